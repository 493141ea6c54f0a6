"""Autosave of gesprekken in the GUI: typing comes back after a crash, and closing never silently drops it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from modal import when_modal
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kso_desktop.domain.enums import GesprekType
from kso_desktop.domain.gesprek import GesprekInhoud
from kso_desktop.gui.gesprek_dialogs import TweegesprekDialog
from kso_desktop.gui.gesprekken import DriegesprekEditor
from kso_desktop.gui.main_window import MainWindow
from kso_desktop.services.registry import Services

TWEE = GesprekType.TWEEGESPREK


def _id(services: Services, naam: str) -> str:
    return next(r.id for r in services.jongeren.lijst() if r.naam == naam)


@pytest.fixture
def vensters(qtbot: QtBot) -> Iterator[list[QWidget]]:
    """Windows opened by a test; closed afterwards without asking about unsaved text."""
    made: list[QWidget] = []
    yield made
    for w in made:
        if shiboken6.isValid(w):
            if isinstance(w, TweegesprekDialog | DriegesprekEditor):
                w._dirty = False
            w.close()


def _toon(qtbot: QtBot, widget: QWidget, made: list[QWidget]) -> None:
    made.append(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _knop(box: QMessageBox, tekst: str) -> QPushButton:
    return next(b for b in box.buttons() if isinstance(b, QPushButton) and b.text() == tekst)


def test_typing_in_a_new_tweegesprek_comes_back_after_a_crash(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
):
    jongere_id = _id(gui_services, "Yonas Tesfay")
    dialog = TweegesprekDialog(gui_services, jongere_id)
    _toon(qtbot, dialog, vensters)
    assert not dialog.herstelBanner.isVisible()
    dialog.ui.notities.setFocus()
    qtbot.keyClicks(dialog.ui.notities, "Hij wil sparen voor een fiets.")

    def bewaard() -> None:
        herstel = gui_services.gesprekken.herstelpunt(jongere_id, TWEE)
        assert herstel is not None and herstel.inhoud.notities == "Hij wil sparen voor een fiets."

    qtbot.waitUntil(bewaard, timeout=5000)
    assert gui_services.gesprekken.lijst(jongere_id) == []  # kept, not saved

    # The first dialog "crashed" (never closed); a new one for the same jongere brings the text back.
    hersteld = TweegesprekDialog(gui_services, jongere_id)
    _toon(qtbot, hersteld, vensters)
    assert hersteld.herstelBanner.isVisible()
    assert hersteld.herstelBanner.tekst.text().startswith("Niet-opgeslagen tekst van ")
    assert hersteld.herstelBanner.tekst.text().endswith(" is hersteld.")
    assert hersteld.ui.notities.toPlainText() == "Hij wil sparen voor een fiets."
    assert hersteld.dirty

    # Weggooien: the text and the herstelpunt are gone, the dialog is empty again.
    hersteld.herstelBanner.weggooien.click()
    assert gui_services.gesprekken.herstelpunt(jongere_id, TWEE) is None
    assert hersteld.ui.notities.toPlainText() == ""
    assert not hersteld.herstelBanner.isVisible() and not hersteld.dirty


def test_closing_with_unsaved_text_asks_first(qtbot: QtBot, gui_services: Services, vensters: list[QWidget]):
    jongere_id = _id(gui_services, "Yonas Tesfay")
    dialog = TweegesprekDialog(gui_services, jongere_id)
    _toon(qtbot, dialog, vensters)
    dialog.ui.notities.setFocus()
    qtbot.keyClicks(dialog.ui.notities, "Over school.")
    gevraagd: list[list[str]] = []

    def annuleer(box: QDialog) -> None:
        try:
            assert isinstance(box, QMessageBox)
            gevraagd.append([b.text() for b in box.buttons()])
            _knop(box, "Annuleren").click()
        except BaseException:
            box.reject()
            raise

    when_modal(annuleer)
    dialog.reject()  # what Annuleren, Escape and closing the window do
    assert sorted(gevraagd.pop()) == ["&Niet opslaan", "Annuleren", "Opslaan als &concept"]
    assert dialog.isVisible() and dialog.ui.notities.toPlainText() == "Over school."

    def niet_opslaan(box: QDialog) -> None:
        try:
            assert isinstance(box, QMessageBox)
            _knop(box, "&Niet opslaan").click()
        except BaseException:
            box.reject()
            raise

    dialog.bewaar_herstelpunt()  # as the timer would have done by now
    assert gui_services.gesprekken.herstelpunt(jongere_id, TWEE) is not None
    when_modal(niet_opslaan)
    dialog.close()
    assert not dialog.isVisible()
    assert gui_services.gesprekken.herstelpunt(jongere_id, TWEE) is None
    assert gui_services.gesprekken.lijst(jongere_id) == []

    # Opslaan als concept: saved, and the herstelpunt ends with the save.
    weer = TweegesprekDialog(gui_services, jongere_id)
    _toon(qtbot, weer, vensters)
    weer.ui.notities.setFocus()
    qtbot.keyClicks(weer.ui.notities, "Over werk.")
    weer.bewaar_herstelpunt()

    def opslaan(box: QDialog) -> None:
        try:
            assert isinstance(box, QMessageBox)
            _knop(box, "Opslaan als &concept").click()
        except BaseException:
            box.reject()
            raise

    when_modal(opslaan)
    weer.reject()
    assert weer.result() == QDialog.DialogCode.Accepted
    [g] = gui_services.gesprekken.lijst(jongere_id)
    assert not g.definitief and g.inhoud.notities == "Over werk."
    assert gui_services.gesprekken.herstelpunten() == []


def test_a_definitief_tweegesprek_is_not_autosaved_and_closes_without_asking(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
):
    jongere_id = _id(gui_services, "Yonas Tesfay")
    g = gui_services.gesprekken.opslaan(
        jongere_id, TWEE, gui_services.ctx.now(), GesprekInhoud(notities="Klaar."), definitief=True
    )
    dialog = TweegesprekDialog(gui_services, jongere_id, g)
    _toon(qtbot, dialog, vensters)
    dialog.correctieKnop.click()  # editable for a correction; still never autosaved
    dialog.ui.notities.setPlainText("Klaar, met een correctie.")
    assert not dialog.dirty
    dialog.bewaar_herstelpunt()
    assert gui_services.gesprekken.herstelpunten() == []
    dialog.reject()
    assert not dialog.isVisible()


def test_driegesprek_typing_comes_back_and_closing_asks(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
):
    jongere_id = _id(gui_services, "Karim Darwish")
    g = gui_services.gesprekken.maak_driegesprek(jongere_id, gui_services.ctx.now())
    editor = DriegesprekEditor(gui_services, g.id)
    editor.resize(1366, 768)
    _toon(qtbot, editor, vensters)
    editor.ui.verslag.setFocus()
    qtbot.keyClicks(editor.ui.verslag, "Karim vertelde over school.")

    def bewaard() -> None:
        herstel = gui_services.gesprekken.herstelpunt(jongere_id, GesprekType.DRIEGESPREK, g.id)
        assert herstel is not None and herstel.inhoud.verslag == "Karim vertelde over school."

    qtbot.waitUntil(bewaard, timeout=5000)
    hersteld = DriegesprekEditor(gui_services, g.id)
    hersteld.resize(1366, 768)
    _toon(qtbot, hersteld, vensters)
    assert hersteld.herstelBanner.isVisible() and hersteld.dirty
    assert hersteld.ui.verslag.toPlainText() == "Karim vertelde over school."

    def niet_opslaan(box: QDialog) -> None:
        try:
            assert isinstance(box, QMessageBox)
            _knop(box, "&Niet opslaan").click()
        except BaseException:
            box.reject()
            raise

    when_modal(niet_opslaan)
    hersteld.close()
    assert not hersteld.isVisible()
    assert gui_services.gesprekken.herstelpunt(jongere_id, GesprekType.DRIEGESPREK, g.id) is None
    assert gui_services.gesprekken.get(g.id).inhoud.verslag == ""


def test_main_window_names_the_jongere_of_a_kept_gesprek_and_opens_it(qtbot: QtBot, gui_services: Services):
    jongere_id = _id(gui_services, "Yonas Tesfay")
    gui_services.gesprekken.bewaar_herstelpunt(
        jongere_id, TWEE, gui_services.ctx.now(), GesprekInhoud(notities="Bijna vergeten.")
    )
    window = MainWindow(gui_services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.ui.herstelBanner.isVisible()
    assert "Yonas Tesfay" in window.ui.herstelTekst.text()
    assert "tweegesprek" in window.ui.herstelTekst.text()
    geopend: list[str] = []

    def bekijk(d: QDialog) -> None:
        try:
            assert isinstance(d, TweegesprekDialog)
            assert d.herstelBanner.isVisible()
            geopend.append(d.ui.notities.toPlainText())
            d._dirty = False  # leave the herstelpunt as it is
            d.reject()
        except BaseException:
            if isinstance(d, TweegesprekDialog):
                d._dirty = False
            d.reject()
            raise

    when_modal(bekijk)
    window.ui.herstelKnop.click()
    assert geopend == ["Bijna vergeten."]
    assert window.dossier.ui.tabs.currentWidget() is window.dossier.ui.tabGesprekken
    assert window.ui.herstelBanner.isVisible()  # still kept: it was neither saved nor thrown away
    gui_services.gesprekken.verwerp_herstelpunt(jongere_id, TWEE)
    window.show_recovered_work()
    assert not window.ui.herstelBanner.isVisible()
