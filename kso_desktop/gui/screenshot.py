"""Render a view offscreen to PNG, for the README and for looking at what we build."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kso_desktop.services.registry import Services

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

VIEWS = (
    "main",
    "dossier",
    "te-doen",
    "gesprekken",
    "mentoren",
    "logboek",
    "jongere",
    "mentor",
    "vastleggen",
    "locaties",
    "medewerkers",
    "plan",
    "netwerk",
    "formulieren",
    "vergrendeld",
)


def _plan_editor(services: Services, jongere_id: str, parent: QWidget) -> QWidget:
    from kso_desktop.gui.plan_editor import PlanEditor

    editor = PlanEditor(services, jongere_id, parent=parent)
    editor.resize(parent.size())
    return editor


def _netwerk_editor(services: Services, jongere_id: str, parent: QWidget) -> QWidget:
    from kso_desktop.gui.netwerk_editor import NetwerkEditor

    editor = NetwerkEditor(services, jongere_id, parent=parent)
    editor.resize(parent.size())
    return editor


def render_screenshot(
    services: Services,
    out: Path,
    *,
    view: str = "main",
    jongere_id: str | None = None,
    size: tuple[int, int] = (1366, 768),
) -> Path:
    """Draw ``view`` at ``size`` into ``out`` (PNG) and return the path. Runs without a display."""
    if view not in VIEWS:
        raise ValueError(f"Onbekend scherm '{view}'. Kies uit: {', '.join(VIEWS)}.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent

    from kso_desktop.gui.dialogs import (
        GebeurtenisDialog,
        JongereDialog,
        MentorDialog,
        locaties_dialog,
        medewerkers_dialog,
    )
    from kso_desktop.gui.main import ensure_application
    from kso_desktop.gui.main_window import MainWindow

    app = ensure_application()
    window = MainWindow(services)
    window.resize(*size)
    window.show()
    if jongere_id is not None and not window.show_jongere(jongere_id):
        raise ValueError("Jongere niet gevonden in deze lijst.")
    window._open_selected()
    d = window.dossier.ui
    tabs = {
        "dossier": d.tabGegevens,
        "te-doen": d.tabTeDoen,
        "gesprekken": d.tabGesprekken,
        "mentoren": d.tabMentoren,
        "logboek": d.tabAudit,
    }
    if view in tabs:
        d.tabs.setCurrentWidget(tabs[view])
    if view == "formulieren":
        d.tabs.setCurrentWidget(window.dossier.formulieren)
    if view == "vergrendeld":
        window.vergrendeling.vergrendel(loggen=False)
    target: QWidget = window
    jongere = window.dossier.jongere
    dialogs: dict[str, Callable[[], QWidget | None]] = {
        "jongere": lambda: JongereDialog(services, jongere, parent=window),
        "mentor": lambda: MentorDialog(services, jongere, parent=window) if jongere else None,
        "vastleggen": lambda: GebeurtenisDialog(services, jongere, parent=window) if jongere else None,
        "locaties": lambda: locaties_dialog(services, window),
        "medewerkers": lambda: medewerkers_dialog(services, window),
        "plan": lambda: _plan_editor(services, jongere.id, window) if jongere else None,
        "netwerk": lambda: _netwerk_editor(services, jongere.id, window) if jongere else None,
    }
    if view in dialogs:
        dialog = dialogs[view]()
        if dialog is None:
            raise ValueError("Dit scherm heeft een jongere nodig.")
        dialog.show()
        target = dialog
    app.processEvents()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not target.grab().save(str(out), "PNG"):
        raise OSError(f"Kon {out} niet schrijven.")
    target.close()
    window.close()
    # Delete now, not at interpreter exit: PySide6 can crash destroying live windows during finalization.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return out
