"""Where things live: the shipped resources and the user's data directory."""

from __future__ import annotations

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
