"""The Qt half of ``kso-desktop --smoke-test``: translations load, the main window opens and closes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kso_desktop.gui.main import ensure_application
from kso_desktop.gui.main_window import MainWindow
from kso_desktop.gui.taal import translations_dir
from kso_desktop.services.registry import Services


def check_translations() -> str:
    """Qt's own Dutch strings and our English .qm must be in the bundle: without the first dialogs say
    "Yes"/"Cancel", without the second the English UI silently stays Dutch."""
    ensure_application()
    translator = QTranslator()
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_nl", path):
        raise RuntimeError(f"qtbase_nl niet gevonden in {path}")
    probe = translator.translate("QPlatformTheme", "Cancel")
    if not probe:
        raise RuntimeError("qtbase_nl geladen maar zonder vertaling voor 'Cancel'")
    eigen = QTranslator()
    if not eigen.load("kso_desktop_en", translations_dir()):
        raise RuntimeError(f"kso_desktop_en.qm niet gevonden in {translations_dir()}")
    engels = eigen.translate("MainWindow", "&Afsluiten")
    if engels != "&Quit":
        raise RuntimeError(f"kso_desktop_en.qm vertaalt '&Afsluiten' niet als '&Quit' maar als {engels!r}")
    return f"qtbase_nl ('Cancel' = {probe!r}), kso_desktop_en ('&Afsluiten' = {engels!r})"


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


def check_preview(pdf: bytes) -> str:
    """The print preview draws pages with PDFium: its library must be in the bundle and draw ink."""
    from kso_desktop.gui.afdrukken import rasteriseer

    ensure_application()
    paginas = rasteriseer(pdf, dpi=50)
    if not paginas:
        raise RuntimeError("PDFium tekende geen pagina's")
    eerste = paginas[0]
    inkt = sum(
        1
        for x in range(0, eerste.width(), 4)
        for y in range(0, eerste.height(), 4)
        if eerste.pixelColor(x, y).lightness() < 128
    )
    if not inkt:
        raise RuntimeError("de eerste pagina van het afdrukvoorbeeld is leeg")
    return f"{len(paginas)} pagina's getekend met PDFium"
