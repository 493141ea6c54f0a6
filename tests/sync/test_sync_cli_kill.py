"""``kso-desktop login`` / ``sync`` / ``sync status`` as real processes, and a real ``kill -9`` of a sync
at named points: the next sync resumes with no duplicate and no loss."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sync_helpers import PASSWORD, Laptop, Portal

from kso_desktop.app import open_app
from kso_desktop.domain.entities import JongereGegevens
from kso_desktop.services.sync import KILL_ENV
from kso_desktop.storage import models as m


def _kso(
    data_dir: Path, *argv: str, stdin: str = "", kill_at: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop(KILL_ENV, None)
    if kill_at:
        env[KILL_ENV] = kill_at
    return subprocess.run(
        [sys.executable, "-m", "kso_desktop", "--data-dir", str(data_dir), *argv],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        cwd=data_dir,
        env=env,
    )


def _add_jongere(data_dir: Path, portal: Portal, voornaam: str) -> str:
    services, _key = open_app(data_dir)
    try:
        with services.ctx.store.read() as s:
            local = s.query(m.SyncLocatie).filter_by(portal_id=portal.loc_a).one().local_id
        return services.jongeren.add(
            JongereGegevens(
                voornaam=voornaam,
                achternaam="Proces",
                geboortedatum=date(2010, 1, 1),
                locatie_id=local,
                plaatsing=date(2025, 9, 1),
            )
        ).id
    finally:
        services.ctx.store.close()


def _count_local(data_dir: Path, jongere_id: str) -> int:
    services, _key = open_app(data_dir)
    try:
        with services.ctx.store.read() as s:
            return s.query(m.Jongere).filter_by(id=jongere_id).count()
    finally:
        services.ctx.store.close()


def test_login_sync_and_status_commands(portal: Portal, tmp_path: Path) -> None:
    wrong = _kso(tmp_path, "login", "--portal", portal.url, "--user", "a_med3", stdin="fout-wachtwoord\n")
    assert wrong.returncode == 1 and "kso-desktop:" in wrong.stderr
    login = _kso(tmp_path, "login", "--portal", portal.url, "--user", "a_med3", stdin=PASSWORD + "\n")
    assert login.returncode == 0, login.stderr
    assert "Ingelogd" in login.stdout
    jid = _add_jongere(tmp_path, portal, "Cli")
    status = json.loads(_kso(tmp_path, "sync", "status", "--json").stdout)
    assert (status["wachtend"], status["gebruiker"]) == (1, "a_med3")
    done = _kso(tmp_path, "sync", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["pushed"], out["conflicts"], out["status"]["wachtend"]) == (1, 0, 0)
    assert jid in {r.uuid for r in portal.records("jongere")}
    text = _kso(tmp_path, "sync", "status")
    assert "Verbinding:     online" in text.stdout and "Wachtend:       0" in text.stdout


def test_kill_9_at_named_points_resumes_without_duplicate_or_loss(
    portal: Portal, tmp_path: Path, laptop: Callable[..., Laptop]
) -> None:
    data = tmp_path / "proces"
    data.mkdir()
    assert (
        _kso(data, "login", "--portal", portal.url, "--user", "a_med3", stdin=PASSWORD + "\n").returncode == 0
    )
    jid = _add_jongere(data, portal, "Gedood")
    # Killed after the portal committed the push, before the laptop stored the answer.
    killed = _kso(data, "sync", kill_at="pushed")
    assert killed.returncode == -signal.SIGKILL
    [record] = [r for r in portal.records("jongere") if r.uuid == jid]
    first_version = record.version
    again = json.loads(_kso(data, "sync", "--json").stdout)
    assert (again["duplicates"], again["status"]["wachtend"]) == (1, 0)
    [record] = [r for r in portal.records("jongere") if r.uuid == jid]
    assert record.version == first_version  # the retry wrote nothing new

    # Killed after a pulled page was applied but before the cursor was stored: the page comes again.
    other = laptop("a_med")
    nieuw = other.new_jongere("Van elders")
    other.sync()
    killed = _kso(data, "sync", kill_at="page-applied")
    assert killed.returncode == -signal.SIGKILL
    assert _count_local(data, nieuw) == 0  # that page's transaction never committed
    resumed = json.loads(_kso(data, "sync", "--json").stdout)
    assert resumed["pulled"] >= 1
    assert _count_local(data, nieuw) == 1
