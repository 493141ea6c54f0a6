"""Start-up time of KSO Desktop, process start to main window painted, against a bare PySide6 window."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from _common import (
    PAINT_PROBE,
    ChildFailedError,
    Summary,
    child_env,
    machine_line,
    print_ratio,
    print_result,
    print_table,
    summarize,
    time_child_ms,
)

TARGET = 1.5
WIDTH, HEIGHT = 1366, 768

BARE = (
    PAINT_PROBE
    + f"""
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(["bench-bare"])
window = QMainWindow()
window.setWindowTitle("Bare")
window.resize({WIDTH}, {HEIGHT})
probe = watch_paint(window)
window.show()
report_painted(app, window, probe)
"""
)


def app_snippet(data_dir: Path) -> str:
    """Mirrors ``kso_desktop.gui.main.run`` (after ``cli.main`` → ``open_app``) without entering exec."""
    return (
        PAINT_PROBE
        + f"""
from pathlib import Path
from kso_desktop.app import open_app
from kso_desktop.gui.main import ensure_application
from kso_desktop.gui.main_window import MainWindow

services, _key = open_app(Path({str(data_dir)!r}), demo=True)
app = ensure_application(["kso-desktop"])
window = MainWindow(services)
window.resize({WIDTH}, {HEIGHT})
probe = watch_paint(window)
window.show()
report_painted(app, window, probe)
"""
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="repetitions of each variant (default 9)")
    parser.add_argument(
        "--display", action="store_true", help="use the real display if DISPLAY is set (default: offscreen)"
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="keep the caller's PYTHONDONTWRITEBYTECODE (default: bytecode cached in a scratch folder)",
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    tmp = Path(tempfile.mkdtemp(prefix="kso-bench-startup-"))
    env = child_env(pycache=None if args.no_bytecode_cache else tmp / "pycache", display=args.display)
    try:
        data_dir, scratch_dir = tmp / "data", tmp / "scratch"
        app_code = app_snippet(data_dir)
        # Warm the OS file cache and the bytecode caches; discarded. The scratch database is thrown away so
        # that the first-start figure below is not also a cold-cache figure.
        time_child_ms(BARE, env=env)
        time_child_ms(app_snippet(scratch_dir), env=env)
        first_start = time_child_ms(app_code, env=env)  # creates and fills the demo database
        time_child_ms(app_code, env=env)  # warm-up on the existing database; discarded
        bare_ms: list[float] = []
        app_ms: list[float] = []
        for i in range(args.runs):
            bare_ms.append(time_child_ms(BARE, env=env))
            app_ms.append(time_child_ms(app_code, env=env))
            print(
                f"run {i + 1}/{args.runs}: bare {bare_ms[-1]:.0f} ms, app {app_ms[-1]:.0f} ms",
                file=sys.stderr,
            )
    except ChildFailedError as exc:
        print(f"startup benchmark: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    bare, app = summarize(bare_ms), summarize(app_ms)
    bytecode = "cached" if "PYTHONPYCACHEPREFIX" in env else "as the caller's environment says"
    print(
        machine_line() + f", QT_QPA_PLATFORM={env.get('QT_QPA_PLATFORM', '(display)')}, bytecode {bytecode}"
    )
    print_table(
        [
            ("bare PySide6 window (baseline)", bare),
            ("KSO Desktop, existing demo DB", app),
            (
                "KSO Desktop, first start (creates demo DB; not in ratio)",
                Summary(first_start, first_start, 1),
            ),
        ]
    )
    print_ratio("app/bare", app, bare, TARGET)
    print_result(
        "startup",
        app,
        bare,
        target=TARGET,
        targets=f"≤ {TARGET:g}× a bare Qt window",
        met=app.median_ms / bare.median_ms <= TARGET,
        first_start_ms=round(first_start, 1),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
