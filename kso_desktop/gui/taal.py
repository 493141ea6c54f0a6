"""The UI language: Dutch (the source language) or English (Qt Linguist), chosen per user, used at start."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from kso_desktop.paths import resources_dir

NEDERLANDS = "nl"
ENGLISH = "en"
TALEN = (NEDERLANDS, ENGLISH)
#: Shown in the chooser in their own language, so anyone can find theirs.
TAAL_NAMEN = {NEDERLANDS: "Nederlands", ENGLISH: "English"}
INSTELLING = "ui/taal"
#: Overrides the per-user setting (tests, IT admins rolling out an English install).
OMGEVINGSVARIABELE = "KSO_LANG"


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def gekozen_taal() -> str:
    """The language to start in: ``KSO_LANG`` if set to a known one, else the user's setting, else Dutch."""
    env = os.environ.get(OMGEVINGSVARIABELE, "").strip().lower()[:2]
    if env in TALEN:
        return env
    waarde = QSettings().value(INSTELLING, NEDERLANDS)
    return str(waarde) if str(waarde) in TALEN else NEDERLANDS


def bewaar_taal(taal: str) -> None:
    if taal not in TALEN:
        raise ValueError(f"onbekende taal: {taal}")
    settings = QSettings()
    settings.setValue(INSTELLING, taal)
    settings.sync()


def installeer_vertalingen(app: QCoreApplication, taal: str) -> list[QTranslator]:
    """Set the locale and install the translators for ``taal``; returns them (parented to ``app``)."""
    geinstalleerd: list[QTranslator] = []
    if taal == ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        eigen = QTranslator(app)
        if eigen.load("kso_desktop_en", translations_dir()):
            app.installTranslator(eigen)
            geinstalleerd.append(eigen)
        # Qt's own strings are English already: no qtbase translator needed.
        return geinstalleerd
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    qt = QTranslator(app)
    if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        geinstalleerd.append(qt)
    return geinstalleerd


def verwijder_vertalingen(app: QCoreApplication) -> None:
    """Remove every translator this module installed (tests switch languages within one process)."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()


def kies_taal(parent: QWidget | None) -> str | None:
    """Ask for the UI language and store it; it applies at the next start. Returns the choice or None."""
    huidige = gekozen_taal()
    namen = [TAAL_NAMEN[t] for t in TALEN]
    naam, ok = QInputDialog.getItem(
        parent,
        "Taal / Language",
        "Taal van KSO Desktop / Language of KSO Desktop:",
        namen,
        TALEN.index(huidige),
        False,
    )
    if not ok:
        return None
    taal = TALEN[namen.index(naam)]
    bewaar_taal(taal)
    QMessageBox.information(
        parent,
        "Taal / Language",
        "De nieuwe taal wordt gebruikt zodra je KSO Desktop opnieuw start.\n"
        "The new language is used the next time you start KSO Desktop.",
    )
    return taal
