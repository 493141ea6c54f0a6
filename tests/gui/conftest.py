"""Fixtures for GUI tests: real widgets over a real encrypted demo database in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kso_desktop.app import open_app
from kso_desktop.gui.main import configure_application
from kso_desktop.services.registry import Services


@pytest.fixture(scope="session", autouse=True)
def dutch_application(qapp: QApplication) -> QApplication:
    """The test QApplication set up as the real one: Dutch locale and Qt's Dutch button texts."""
    configure_application(qapp)
    return qapp


@pytest.fixture
def gui_services(tmp_path: Path) -> Iterator[Services]:
    """Services over a fresh demo database (the demo key sits beside it; no keyring needed)."""
    services, _key = open_app(tmp_path, demo=True)
    yield services
    services.ctx.store.close()
