"""Fixtures for GUI tests: real widgets over a real encrypted demo database in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kso_desktop.app import open_app
from kso_desktop.services.registry import Services


@pytest.fixture
def gui_services(tmp_path: Path) -> Iterator[Services]:
    """Services over a fresh demo database (the demo key sits beside it; no keyring needed)."""
    services, _key = open_app(tmp_path, demo=True)
    yield services
    services.ctx.store.close()
