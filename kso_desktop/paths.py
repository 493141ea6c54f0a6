"""Where things live: the shipped resources and the user's data directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from kso_desktop import APP_NAME


def resources_dir() -> Path:
    """The top-level ``resources/`` folder: beside the package in a checkout, inside the frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def write_new_private(path: Path, data: bytes) -> None:
    """Create ``path`` readable by this user only, from the first moment; an existing file is refused."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
