"""Shared helpers for the benchmarks: child-process timing, median/min summaries, machine details, output."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

#: The line a child prints (with ``time.time_ns()``) at the moment being measured.
MARKER = "BENCH_T"

#: Source for child snippets: wait until ``window`` is visible and has painted, print the wall-clock
#: time after ``MARKER`` and leave at once with ``os._exit`` so teardown is not measured.
#: Call ``watch_paint(window)`` before ``window.show()`` and ``report_painted(app, window)`` after.
PAINT_PROBE = f'''
import os as _os, sys as _sys, time as _time
from PySide6.QtCore import QEvent as _QEvent, QEventLoop as _QEventLoop, QObject as _QObject


class _PaintSeen(_QObject):
    seen = False

    def eventFilter(self, obj, event):
        if event.type() == _QEvent.Type.Paint:
            self.seen = True
        return False


def watch_paint(window):
    probe = _PaintSeen(window)
    window.installEventFilter(probe)
    return probe


def report_painted(app, window, probe, timeout_s=120.0):
    deadline = _time.monotonic() + timeout_s
    while not (probe.seen and window.isVisible()):
        if _time.monotonic() > deadline:
            _sys.stderr.write("window not shown and painted within %.0f s\\n" % timeout_s)
            _sys.stderr.flush()
            _os._exit(3)
        app.processEvents(_QEventLoop.ProcessEventsFlag.AllEvents, 50)
    t = _time.time_ns()
    _sys.stdout.write("{MARKER} %d\\n" % t)
    _sys.stdout.flush()
    _os._exit(0)
'''


class ChildFailedError(RuntimeError):
    """A measured child process failed; the message holds its exit code and stderr."""


@dataclass(frozen=True, slots=True)
class Summary:
    median_ms: float
    min_ms: float
    runs: int


def summarize(values_ms: Sequence[float]) -> Summary:
    if not values_ms:
        raise ValueError("no measurements")
    return Summary(statistics.median(values_ms), min(values_ms), len(values_ms))


def child_env(
    *, pycache: Path | None, display: bool = False, extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The environment for a GUI child: offscreen Qt unless ``display`` and a DISPLAY/Wayland is set.

    With ``pycache`` (a scratch folder) children write and reuse bytecode there, as an installed app
    does, even when PYTHONDONTWRITEBYTECODE is set, and without writing into the source tree; without it,
    the caller's setting stands and project modules may be compiled from source on every start.
    """
    env = dict(os.environ)
    has_display = bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    if not (display and has_display):
        env["QT_QPA_PLATFORM"] = "offscreen"
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    if extra:
        env.update(extra)
    return env


def time_child_ms(
    code: str, *, env: Mapping[str, str], cwd: Path = REPO_ROOT, timeout_s: float = 300
) -> float:
    """Milliseconds from just before starting ``python -c code`` to the time the child prints after MARKER.

    Wall-clock ``time.time_ns()`` on both sides, since ``perf_counter`` does not span processes.
    """
    start = time.time_ns()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=cwd,
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise ChildFailedError(f"child timed out after {timeout_s:.0f} s\n{err}") from None
    stamps = [line.split()[1] for line in out.splitlines() if line.startswith(MARKER + " ")]
    if proc.returncode != 0 or not stamps:
        raise ChildFailedError(f"child exited with {proc.returncode} without a time stamp\n{err}")
    return (int(stamps[-1]) - start) / 1e6


def machine() -> dict[str, object]:
    """Details that matter when comparing figures between machines."""
    info: dict[str, object] = {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        info["pyside6"] = PySide6.__version__
        info["qt"] = qVersion()
    except ImportError:
        pass
    return info


def machine_line() -> str:
    return "machine: " + ", ".join(f"{k} {v}" for k, v in machine().items())


def print_table(rows: Sequence[tuple[str, Summary]]) -> None:
    width = max(len("figure"), *(len(name) for name, _ in rows))
    print(f"{'figure':<{width}}  {'median ms':>10}  {'min ms':>10}  {'runs':>4}")
    print(f"{'-' * width}  {'-' * 10}  {'-' * 10}  {'-' * 4}")
    for name, s in rows:
        print(f"{name:<{width}}  {s.median_ms:>10.1f}  {s.min_ms:>10.1f}  {s.runs:>4}")


def print_ratio(label: str, figure: Summary, baseline: Summary, target: float) -> float:
    ratio = figure.median_ms / baseline.median_ms
    print(f"ratio {label} (median): {ratio:.2f}× (target ≤ {target:g}×)")
    return ratio


def print_result(
    name: str,
    figure: Summary,
    baseline: Summary,
    *,
    target: float,
    targets: str = "",
    met: bool | None = None,
    **extra: object,
) -> None:
    """The machine-readable line: ``RESULT {json}``; ``make bench`` collects them into bench/RESULTS.md.

    ``targets`` says in words what the figure should reach (for example ``"≤ 100 ms"``) and ``met``
    whether it did, so the results table needs no knowledge of each benchmark.
    """
    data: dict[str, object] = {
        "name": name,
        "figure_ms": round(figure.median_ms, 1),
        "figure_min_ms": round(figure.min_ms, 1),
        "baseline_ms": round(baseline.median_ms, 1),
        "baseline_min_ms": round(baseline.min_ms, 1),
        "ratio": round(figure.median_ms / baseline.median_ms, 3),
        "target": target,
        "targets": targets,
        "met": met,
        "runs": figure.runs,
        **extra,
        "machine": machine(),
    }
    print("RESULT " + json.dumps(data, ensure_ascii=False))
