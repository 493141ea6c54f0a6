"""The Qt half of ``kso-desktop --smoke-test``: translations load, the main window opens and closes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kso_desktop.gui.main import ensure_application
from kso_desktop.gui.main_window import MainWindow
from kso_desktop.services.registry import Services


def check_translations() -> str:
    """Qt's own Dutch strings must be in the bundle: without them dialogs say "Yes"/"Cancel"."""
    ensure_application()
    translator = QTranslator()
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_nl", path):
        raise RuntimeError(f"qtbase_nl niet gevonden in {path}")
    probe = translator.translate("QPlatformTheme", "Cancel")
    if not probe:
        raise RuntimeError("qtbase_nl geladen maar zonder vertaling voor 'Cancel'")
    return f"qtbase_nl ('Cancel' = {probe!r})"


def check_main_window(services: Services) -> str:
    app = ensure_application()
    window = MainWindow(services)
    window.resize(1366, 768)
    window.show()
    QCoreApplication.processEvents()
    shown = window.isVisible()
    title = window.windowTitle()
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    if not shown:
        raise RuntimeError("het hoofdvenster werd niet getoond")
    return f"hoofdvenster geopend en gesloten ({title!r}, platform {app.platformName()})"
