"""Driving modal dialogs from tests: ``exec()`` blocks, so the test answers the dialog from the event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_modal(callback: Callable[[QDialog], None]) -> None:
    """Run ``callback`` on the modal dialog once it is open and active, as a user would answer it."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible() and dialog.isActiveWindow():
            callback(dialog)
            # A dialog that should have closed but did not must fail the test, not hang it.
            QTimer.singleShot(3000, dialog, lambda: dialog.reject() if dialog.isVisible() else None)
            return
        if isinstance(dialog, QDialog) and dialog.isVisible():
            # Offscreen, a second dialog may not get focus by itself; a user would click on it.
            dialog.activateWindow()
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
