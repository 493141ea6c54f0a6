"""The app's log file and crash reports, kept free of personal data (AVG: this is data about minors).

Rules that keep names, birth dates and notes out of the files:
- our own log calls carry ids, counts and kinds only (reviewed, and checked by a test that greps every
  log file a demo session writes for the demo's names and birth dates);
- SQLAlchemy never logs below WARNING: at INFO/DEBUG it writes every SQL parameter, which holds
  exactly the words we protect;
- a crash report has the exception type and the stack (file, line, function) but not the exception
  message or any variable, since a message can quote what somebody typed.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

LOG_NAME = "kso-desktop.log"
_HANDLER_NAME = "kso-desktop-file"
#: Libraries that would write SQL parameters (personal data) or noise at INFO or DEBUG.
_QUIET = ("sqlalchemy", "alembic")


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def configure_logging(data_dir: Path, *, level: str | None = None) -> Path:
    """Log to ``data_dir/logs/kso-desktop.log`` (rotated, 3 × 1 MB); returns the file's path.

    The level comes from ``KSO_LOG_LEVEL`` (default INFO). Calling it again moves the log to the new folder.
    """
    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel((level or os.environ.get("KSO_LOG_LEVEL") or "INFO").upper())
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
    return path


def crash_report(exc_type: type[BaseException], tb: TracebackType | None, *, now: datetime) -> str:
    """The text of a crash report: when, which exception type, and where; never the message."""
    frames = traceback.extract_tb(tb)
    lines = [
        f"KSO Desktop crash {now:%Y-%m-%d %H:%M:%S} UTC",
        f"Python {sys.version.split()[0]} on {sys.platform}",
        f"{exc_type.__module__}.{exc_type.__qualname__} (message left out: it can hold personal data)",
        "Traceback (most recent call last):",
    ]
    lines += [f'  File "{_short(f.filename)}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    """Paths from the package onwards: a home folder name can be a person's name."""
    parts = Path(filename).parts
    for anchor in ("kso_desktop", "site-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(filename).name


def install_crash_handler(data_dir: Path) -> None:
    """A crash report for every uncaught exception, in any thread; then Python's own handling goes on."""
    folder = log_dir(data_dir)

    def write(exc_type: type[BaseException], tb: TracebackType | None) -> Path | None:
        now = datetime.now(UTC)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"crash-{now:%Y%m%d-%H%M%S-%f}.txt"
            path.write_text(crash_report(exc_type, tb, now=now), encoding="utf-8")
        except OSError:
            return None
        logging.getLogger(__name__).error("uncaught %s; crash report %s", exc_type.__name__, path.name)
        return path

    previous_hook = sys.excepthook

    def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        write(exc_type, tb)
        previous_hook(exc_type, exc, tb)

    previous_thread_hook = threading.excepthook

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        write(args.exc_type, args.exc_traceback)
        previous_thread_hook(args)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
