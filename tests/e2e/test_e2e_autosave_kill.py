"""A real ``kill -9`` in the middle of typing a plan: the autosaved words survive, the database stays sound.

The child process (``autosave_child.py``) types numbered words into a plan and keeps a herstelpunt after
each one, on the encrypted demo database (WAL, synchronous=FULL). The parent kills it with SIGKILL while it
types, opens the same database again and checks that every word the child confirmed is there, in order.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from kso_desktop.app import open_app
from kso_desktop.domain.enums import Leefgebied

CHILD = Path(__file__).with_name("autosave_child.py")
ROOT = Path(__file__).resolve().parents[2]
KILL_AFTER = 40
TIMEOUT = 30.0


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in iter(stream.readline, ""):
        lines.put(line.rstrip("\n"))
    lines.put(None)


def test_kill_9_while_typing_loses_at_most_the_unconfirmed_word(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    stderr_path = tmp_path / "child-stderr.txt"
    lines: queue.Queue[str | None] = queue.Queue()
    with stderr_path.open("w", encoding="utf-8") as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
    assert proc.stdout is not None
    reader = threading.Thread(target=_pump, args=(proc.stdout, lines), daemon=True)
    reader.start()

    def child_said() -> str:
        return stderr_path.read_text(encoding="utf-8")[-2000:]

    versie_id = ""
    bevestigd = 0
    try:
        deadline = time.monotonic() + TIMEOUT
        while bevestigd < KILL_AFTER:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"the child confirmed only {bevestigd} words in {TIMEOUT:.0f} s:\n{child_said()}")
            if line is None:
                pytest.fail(f"the child ended before it was killed (exit {proc.wait(5)}):\n{child_said()}")
            if match := re.fullmatch(r"versie (\S+)", line):
                versie_id = match[1]
            elif match := re.fullmatch(r"saved (\d+)", line):
                assert int(match[1]) == bevestigd + 1, line
                bevestigd = int(match[1])
            else:
                pytest.fail(f"unexpected line from the child: {line!r}")
        time.sleep(0.045)  # land near the next autosave rather than always in the pause after one
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
        reader.join(timeout=10)
        assert not reader.is_alive(), "the child's output did not end after SIGKILL"
        # words confirmed between the 40th line and the kill count too
        while (line := lines.get_nowait()) is not None:
            if match := re.fullmatch(r"saved (\d+)", line):
                bevestigd = int(match[1])
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        proc.stdout.close()

    assert versie_id, "the child never said which plan version it types in"
    assert bevestigd >= KILL_AFTER
    services, _key = open_app(data_dir, demo=True)
    try:
        assert services.ctx.store.integrity_check() == []
        hp = services.plannen.herstelpunt(versie_id)
        assert hp is not None, "the autosaved typing is gone after kill -9"
        assert hp.jongere_naam == "Yonas Tesfay"
        woorden = hp.inhoud.leefgebied(Leefgebied.WONEN).zijn.split(" ")
        # every confirmed word, in order, nothing garbled; at most one save more than the child reported
        assert woorden == [f"woord{i}" for i in range(1, len(woorden) + 1)]
        assert bevestigd <= len(woorden) <= bevestigd + 1, (bevestigd, len(woorden))
        # the herstelpunt never reached the version itself
        versie = services.plannen.versie(versie_id)
        assert versie.inhoud.leefgebied(Leefgebied.WONEN).zijn == ""
        assert hp.base_rev == versie.rev
        [regel] = [h for h in services.plannen.herstelpunten() if h.versie_id == versie_id]
        assert regel.inhoud == hp.inhoud
    finally:
        services.ctx.store.close()
