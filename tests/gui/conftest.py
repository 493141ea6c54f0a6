"""Fixtures for GUI tests: real widgets over a real encrypted demo database in a temp folder."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from kso_desktop.app import open_app
from kso_desktop.gui.main import configure_application
from kso_desktop.services.registry import Services


@pytest.fixture(scope="session", autouse=True)
def dutch_application(qapp: QApplication) -> QApplication:
    """The test QApplication set up as the real one: Dutch locale and Qt's Dutch button texts."""
    os.environ.pop("KSO_LANG", None)  # a developer's English choice must not break the Dutch assertions
    configure_application(qapp)
    return qapp


@pytest.fixture(autouse=True)
def delete_windows_after_test(qapp: QApplication) -> Iterator[None]:
    """Delete every window a test left, while Qt is alive.

    pytest-qt closes widgets but leaves them to the garbage collector; hundreds of closed windows
    destroyed during interpreter shutdown crashed PySide6 ("bool_dealloc ... refcount error").
    """
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def gui_services(tmp_path: Path) -> Iterator[Services]:
    """Services over a fresh demo database (the demo key sits beside it; no keyring needed)."""
    services, _key = open_app(tmp_path, demo=True)
    yield services
    services.ctx.store.close()
