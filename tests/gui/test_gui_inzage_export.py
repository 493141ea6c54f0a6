"""Inzage-export from the Jongere menu (AVG art. 15, Norm 7.1c): files written off the UI thread and read
back, a refusal for a role that may not, and an earlier export never overwritten."""

from __future__ import annotations

import json
from pathlib import Path

from modal import when_modal
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from schermen import daniel, hoofdvenster

from kso_desktop.gui.main_window import MainWindow
from kso_desktop.services.registry import Services


def _window(services: Services, qtbot: QtBot) -> tuple[MainWindow, str]:
    window = hoofdvenster(services, qtbot)
    jongere_id = daniel(services)
    window.show_jongere(jongere_id)
    window._open_selected()
    return window, jongere_id


def _als(services: Services, naam: str) -> None:
    services.act_as(next(w.id for w in services.organisatie.medewerkers() if w.naam == naam))


def _melding(qtbot: QtBot, start: object) -> str:
    """Run ``start`` and return the text of the warning box it opens (then close it)."""
    gezien: list[str] = []

    def antwoord(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        gezien.append(dialog.text())
        dialog.accept()

    when_modal(antwoord)
    start()  # type: ignore[operator]
    qtbot.waitUntil(lambda: bool(gezien), timeout=10_000)
    return gezien[0]


def test_a_teamleider_exports_pdf_and_json_from_the_jongere_menu(
    qtbot: QtBot, gui_services: Services, tmp_path: Path
) -> None:
    _als(gui_services, "Eva Mulder")  # teamleider
    window, daniel = _window(gui_services, qtbot)
    tmp_path = tmp_path / "export"  # the demo database lives in tmp_path itself
    tmp_path.mkdir()
    assert window.actionInzage in window.ui.menuJongere.actions()
    assert window.actionInzage.shortcut().toString() == "Ctrl+Shift+I"

    assert window.inzage_export.start(window.dossier.jongere, tmp_path)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.inzage_export.taak is None, timeout=60_000)

    bestanden = window.inzage_export.laatste
    assert bestanden is not None
    assert bestanden.pdf == tmp_path / f"inzage-{daniel}.pdf"
    data = json.loads(bestanden.json.read_text(encoding="utf-8"))
    assert data["jongere_id"] == daniel
    tekst = "".join(page.extract_text() for page in PdfReader(bestanden.pdf).pages)
    assert "Daniel" in tekst and "Tekle" in tekst
    assert bestanden.pdf.name in window.statusBar().currentMessage()
    assert "deel ze veilig" in window.statusBar().currentMessage()
    # The export itself is in the jongere's logboek.
    assert any(
        r.actie == "geëxporteerd" and r.entiteit == "inzage" and r.medewerker == "Eva Mulder"
        for r in gui_services.jongeren.audit_trail(daniel)
    )

    # A second export into the same folder never overwrites the first.
    voor = bestanden.pdf.read_bytes()
    melding = _melding(qtbot, lambda: window.inzage_export.start(window.dossier.jongere, tmp_path))
    assert "staat al een inzage-export" in melding
    assert bestanden.pdf.read_bytes() == voor


def test_a_woonbegeleider_who_is_not_the_mentor_is_refused_and_nothing_is_written(
    qtbot: QtBot, gui_services: Services, tmp_path: Path
) -> None:
    _als(gui_services, "Sanne de Vries")  # woonbegeleider, Daniel's mentor is someone else
    window, _daniel = _window(gui_services, qtbot)
    tmp_path = tmp_path / "export"
    tmp_path.mkdir()
    melding = _melding(qtbot, lambda: window.inzage_export.start(window.dossier.jongere, tmp_path))
    assert melding.startswith("Alleen") and "inzage-export" in melding
    qtbot.waitUntil(lambda: window.inzage_export.taak is None, timeout=10_000)
    assert list(tmp_path.iterdir()) == []
