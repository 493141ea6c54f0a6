"""Start the Qt application: the chosen UI language (Dutch by default, or English), then the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kso_desktop import APP_NAME, __version__
from kso_desktop.gui.focusring import installeer_focusring
from kso_desktop.gui.main_window import MainWindow
from kso_desktop.gui.taal import gekozen_taal, installeer_vertalingen
from kso_desktop.services.registry import Services


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created (Dutch, with Qt's Dutch translations) if there is none."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or [APP_NAME])
    configure_application(app)
    return app


def configure_application(app: QApplication) -> None:
    """Names, then the locale and translators of the chosen language (default Dutch, with Qt's own Dutch
    strings: Ja/Nee, Opslaan, ...; English: our kso_desktop_en.qm). The organisation/app names come first:
    the language setting is read from QSettings."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("KSO Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("KSO")
    installeer_vertalingen(app, gekozen_taal())
    installeer_focusring(app)


def show_fatal_error(message: str) -> None:
    """A modal Dutch error box for a start that failed before the main window existed."""
    from PySide6.QtWidgets import QMessageBox

    ensure_application()
    box = QMessageBox(QMessageBox.Icon.Critical, "KSO Desktop kan niet starten", message)
    box.exec()


def run(services: Services, argv: list[str]) -> int:
    app = ensure_application(argv)
    window = MainWindow(services)
    window.resize(1366, 768)
    window.vergrendeling.vergrendel_bij_start()  # before show: no data is drawn before sign-in
    window.show()
    try:
        return app.exec()
    finally:
        services.ctx.store.close()
