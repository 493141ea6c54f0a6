"""Formulieren in the GUI: a Quickscan by keyboard into the plan, a stoplicht plan, overrides, autosave."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from modal import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.gui.formulier_dialog import FormulierDialog, VeldWidget
from kso_desktop.gui.formulieren import FormulierenTab, NaarPlanDialog
from kso_desktop.services.registry import Services

ALT = Qt.KeyboardModifier.AltModifier


def _id(services: Services, naam: str) -> str:
    return next(r.id for r in services.jongeren.lijst() if r.naam == naam)


def _als_teamleider(services: Services) -> None:
    """Quickscan answers are for the mentor, teamleider, ... (domain.rechten); Sanne is no mentor here."""
    services.act_as(next(w.id for w in services.organisatie.medewerkers() if w.naam == "Eva Mulder"))


@pytest.fixture
def vensters(qtbot: QtBot) -> Iterator[list[QWidget]]:
    made: list[QWidget] = []
    yield made
    for w in made:
        if shiboken6.isValid(w):
            w.close()


def _toon(qtbot: QtBot, widget: QWidget, made: list[QWidget]) -> None:
    made.append(widget)
    widget.show()
    qtbot.waitExposed(widget)
    # Shortcuts and mnemonics only fire in the active window, as for a real user.
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _veld_met_focus(dialoog: FormulierDialog) -> VeldWidget | None:
    focus = QApplication.focusWidget()
    return next((vw for vw in dialoog.velden.values() if focus is vw.focus_widget), None)


def _met_toetsen(qtbot: QtBot, dialoog: FormulierDialog, antwoorden: dict[str, Any]) -> list[str]:
    """Walk the form with Tab only, answering as a person would type; returns the questions passed."""
    langs: list[str] = []
    qtbot.waitUntil(lambda: _veld_met_focus(dialoog) is not None)
    for _ in range(200):
        vw = _veld_met_focus(dialoog)
        if vw is None:
            break
        langs.append(vw.veld.id)
        antwoord = antwoorden.get(vw.veld.id)
        w = vw.widget
        if isinstance(antwoord, int):  # a combo: that many steps down from "–"
            for _i in range(antwoord):
                qtbot.keyClick(w, Qt.Key.Key_Down)
        elif isinstance(antwoord, str):
            assert isinstance(w, (QLineEdit, QPlainTextEdit))
            qtbot.keyClicks(w, antwoord)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return langs


def _alt_knop(qtbot: QtBot, box: QMessageBox, knop: QMessageBox.StandardButton) -> None:
    """Press a message box button by its mnemonic (Alt + underlined letter), as the keyboard does."""
    tekst = box.button(knop).text()
    letter = tekst[tekst.index("&") + 1]
    qtbot.keyClick(box, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)


def _knop(qtbot: QtBot, venster: QWidget, letter: Qt.Key, klaar: Any) -> None:
    """Alt+letter on a push button: Qt clicks it after a short animation, so wait until ``klaar()``."""
    qtbot.keyClick(venster, letter, ALT)
    qtbot.waitUntil(klaar)
    # Offscreen, the window does not get the focus back by itself after a message box; a user's would.
    venster.window().activateWindow()
    qtbot.waitUntil(venster.window().isActiveWindow)


JA, NEE = 1, 2


def test_quickscan_by_keyboard_then_a_finding_becomes_a_plan_goal(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
) -> None:
    services = gui_services
    jid = _id(services, "Yonas Tesfay")
    invulling = services.formulieren.nieuw(jid, "quickscan-veiligheid")
    dialoog = FormulierDialog(services, invulling)
    _toon(qtbot, dialoog, vensters)
    antwoorden: dict[str, Any] = {
        "datum_gesprek": "09-03-2026",
        "samen_met_jongere": JA,
        "financieel_signalen_welke": "Moet geld terugbetalen aan de smokkelaar.",
        "beleving_schaal": 2,
        "oordeel": 2,  # "Zorgen: extra aandacht nodig"
        "oordeel_toelichting": "Schuld bij de smokkelaar; bespreken met de jeugdbeschermer.",
        "bespreken_jb": JA,
        "veiligheidsplan": NEE,
    }
    for gebied in ("locatie", "netwerk", "online", "school", "gezondheid"):
        antwoorden[f"{gebied}_signalen"] = NEE
    antwoorden["financieel_signalen"] = JA
    langs = _met_toetsen(qtbot, dialoog, antwoorden)
    # The follow-up showed after "Ja" and was reached by Tab; the one after "Nee" never showed.
    assert "financieel_signalen_welke" in langs and "locatie_signalen_welke" not in langs
    assert "waarom_niet_samen" not in langs and "bespreken_jb_wanneer" in langs

    when_modal(lambda box: _alt_knop(qtbot, box, QMessageBox.StandardButton.Yes))  # type: ignore[arg-type]
    _knop(qtbot, dialoog, Qt.Key.Key_D, lambda: services.formulieren.get(invulling.id).definitief)
    opgeslagen = services.formulieren.get(invulling.id)
    assert dialoog.fout.text() == ""
    assert opgeslagen.definitief
    assert opgeslagen.antwoorden["financieel_signalen_welke"] == "Moet geld terugbetalen aan de smokkelaar."
    assert opgeslagen.antwoorden["beleving_schaal"] == 2 and opgeslagen.antwoorden["oordeel"] == "zorgen"
    assert opgeslagen.antwoorden["datum_gesprek"] == "2026-03-09"
    assert dialoog.velden["oordeel_toelichting"].widget.isReadOnly()  # type: ignore[attr-defined]
    dialoog.close()

    tab = FormulierenTab(services)
    _toon(qtbot, tab, vensters)
    tab.toon(jid)
    assert tab.tabel.item(0, 0).text() == "Quickscan veiligheid (startdefinitie)"
    assert tab.tabel.item(0, 3).text() == "definitief"

    def in_plan(dialog: QDialog) -> None:
        assert isinstance(dialog, NaarPlanDialog)
        lijst = dialog.findChild(QListWidget)
        assert lijst is not None
        doel = next(i for i, b in enumerate(dialog.bevindingen) if b.veld_id == "financieel_signalen_welke")
        for _i in range(doel):
            qtbot.keyClick(lijst, Qt.Key.Key_Down)
        assert dialog.leefgebied.currentData() == Leefgebied.FINANCIEN
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)  # &Tekst voor het plan
        qtbot.keyClick(dialog.tekst, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.tekst, " Afbetalingsplan maken met de jeugdbeschermer.")
        qtbot.keyClick(dialog, Qt.Key.Key_Z, ALT)  # In het plan &zetten (clicked after a short animation)

    tab.tabel.setFocus()
    when_modal(in_plan)
    _knop(qtbot, tab, Qt.Key.Key_P, lambda: services.plannen.laatste(jid) is not None)  # Naar &plan
    plan = services.plannen.laatste(jid)
    assert plan is not None
    doel = plan.inhoud.doelen[-1]
    assert doel.leefgebied == Leefgebied.FINANCIEN
    assert doel.professioneel.startswith(
        "Moet geld terugbetalen aan de smokkelaar. Afbetalingsplan maken met de jeugdbeschermer. "
        "(uit Quickscan"
    )


def test_a_stoplicht_plan_made_definitief_is_read_only_and_can_be_corrected(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
) -> None:
    services = gui_services
    jid = _id(services, "Mariam Haddad")
    invulling = services.formulieren.nieuw(jid, "signaleringsplan-stoplicht")
    dialoog = FormulierDialog(services, invulling)
    _toon(qtbot, dialoog, vensters)
    # Colours of the phases reach the screen.
    assert "#c62828" in dialoog.findChild(QWidget, "sectie_rood").styleSheet()  # type: ignore[union-attr]
    # First without the required signals: a Dutch message, nothing stored.
    when_modal(lambda box: _alt_knop(qtbot, box, QMessageBox.StandardButton.Yes))  # type: ignore[arg-type]
    _knop(qtbot, dialoog, Qt.Key.Key_D, dialoog.fout.isVisible)
    # The same question in every phase: the message says which phase.
    assert "Rood: crisis – Signalen, in de eigen woorden van de jongere is verplicht." in dialoog.fout.text()
    assert "Gemaakt samen met de jongere is verplicht." in dialoog.fout.text()
    onveranderd = services.formulieren.get(invulling.id)
    assert not onveranderd.definitief and onveranderd.antwoorden == {}

    _met_toetsen(
        qtbot,
        dialoog,
        {
            "samen_met_jongere": JA,
            "groen_signalen": "Ik slaap goed en ga naar school.",
            "oranje_signalen": "Ik blijf op mijn kamer.",
            "oranje_bellen": "Mentor: 06-12345678",
            "rood_signalen": "Ik wil weglopen.",
        },
    )
    when_modal(lambda box: _alt_knop(qtbot, box, QMessageBox.StandardButton.Yes))  # type: ignore[arg-type]
    _knop(qtbot, dialoog, Qt.Key.Key_D, lambda: services.formulieren.get(invulling.id).definitief)
    klaar = services.formulieren.get(invulling.id)
    assert klaar.definitief and klaar.antwoorden["oranje_bellen"] == "Mentor: 06-12345678"
    assert services.formulieren.laatste_signaleringsplan(jid) == klaar
    assert not dialoog.definitiefKnop.isVisible() and dialoog.corrigerenKnop.isVisible()
    assert "Definitief sinds" in dialoog.status.text()
    assert dialoog.velden["rood_signalen"].widget.isReadOnly()  # type: ignore[attr-defined]

    # &Corrigeren: a new concept version with the same answers
    _knop(qtbot, dialoog, Qt.Key.Key_C, lambda: dialoog.invulling.vervangt_id is not None)
    assert dialoog.invulling.vervangt_id == klaar.id and dialoog.invulling.versie == 2
    assert not dialoog.velden["rood_signalen"].widget.isReadOnly()  # type: ignore[attr-defined]


def test_override_folder_adds_a_definition_and_a_broken_file_shows_its_error(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
) -> None:
    services = gui_services
    _als_teamleider(services)
    jid = _id(services, "Daniel Tekle")
    oude_quickscan = next(i for i in services.formulieren.lijst(jid) if i.soort == "quickscan")
    eigen = services.ctx.store.path.parent / "formulieren"
    eigen.mkdir()
    data = services.formulieren.definitie("quickscan-veiligheid").als_json()
    data.update(versie=2, titel="Quickscan van De Linde")
    data["secties"] = [s for s in data["secties"] if s["id"] != "financieel"]
    (eigen / "quickscan.json").write_text(json.dumps(data), encoding="utf-8")
    kapot = {"id": "x", "versie": 1, "soort": "quickscan", "titel": "X"}
    kapot["secties"] = [{"id": "a", "titel": "A", "velden": [{"id": "f", "soort": "foto", "label": "F"}]}]
    (eigen / "kapot.json").write_text(json.dumps(kapot), encoding="utf-8")
    services.formulieren.herlaad()

    tab = FormulierenTab(services)
    _toon(qtbot, tab, vensters)
    tab.toon(jid)
    assert tab.fouten.isVisible()
    assert "kapot.json" in tab.fouten.text() and "onbekend veldtype 'foto'" in tab.fouten.text()

    gezien: list[str] = []

    def kies(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        gezien.extend(combo.itemText(i) for i in range(combo.count()))
        dialog.reject()

    when_modal(kies)
    _knop(qtbot, tab, Qt.Key.Key_N, lambda: bool(gezien))
    assert "Quickscan van De Linde (v2)" in gezien
    assert "Signaleringsplan (Stoplichtmethode) (v1)" in gezien  # the shipped ones still load

    # The Quickscan filled in with version 1 still shows its own questions, answers included.
    oud = FormulierDialog(services, services.formulieren.get(oude_quickscan.id))
    _toon(qtbot, oud, vensters)
    assert "financieel_signalen" in oud.velden
    assert oud.velden["financieel_signalen"].lees() is False
    assert oud.windowTitle().startswith("Quickscan veiligheid (startdefinitie)")


def test_closing_keeps_typing_that_cannot_be_saved_yet_and_brings_it_back(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
) -> None:
    services = gui_services
    _als_teamleider(services)
    jid = _id(services, "Bilal Nouri")
    invulling = services.formulieren.nieuw(jid, "quickscan-veiligheid")
    dialoog = FormulierDialog(services, invulling)
    _toon(qtbot, dialoog, vensters)
    qtbot.keyClicks(dialoog.velden["datum_gesprek"].widget, "31-02-2026")  # not a date: cannot be saved
    qtbot.keyClicks(dialoog.velden["tolk"].widget, "Arabisch-tolk")
    dialoog.close()
    assert services.formulieren.get(invulling.id).antwoorden == {}
    weer = FormulierDialog(services, services.formulieren.get(invulling.id))
    _toon(qtbot, weer, vensters)
    assert weer.velden["datum_gesprek"].lees() == "31-02-2026"
    assert weer.velden["tolk"].lees() == "Arabisch-tolk"
    assert "teruggezet" in weer.status.text()
    _knop(qtbot, weer, Qt.Key.Key_O, weer.fout.isVisible)  # &Opslaan als concept
    assert "'31-02-2026' is geen bestaande datum" in weer.fout.text()
    assert services.formulieren.get(invulling.id).antwoorden == {}


def test_text_in_a_definition_is_shown_as_text_never_as_html(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
) -> None:
    services = gui_services
    eigen = services.ctx.store.path.parent / "formulieren"
    eigen.mkdir()
    definitie = {
        "id": "html",
        "versie": 1,
        "titel": "<h1>Groot</h1>",
        "soort": "ander",
        "omschrijving": "<img src='file:///etc/passwd'>",
        "secties": [
            {
                "id": "a",
                "titel": "A",
                "help": "<a href='x'>klik</a>",
                "velden": [{"id": "v", "soort": "tekst", "label": "<b>vet</b>", "help": "<i>schuin</i>"}],
            }
        ],
    }
    (eigen / "html.json").write_text(json.dumps(definitie), encoding="utf-8")
    services.formulieren.herlaad()
    invulling = services.formulieren.nieuw(_id(services, "Aya Mansour"), "html")
    dialoog = FormulierDialog(services, invulling)
    _toon(qtbot, dialoog, vensters)
    platte = {
        lbl.text() for lbl in dialoog.findChildren(QLabel) if lbl.textFormat() == Qt.TextFormat.PlainText
    }
    assert {"<h1>Groot</h1>", "<img src='file:///etc/passwd'>", "<a href='x'>klik</a>"} <= platte
    vraag = dialoog.velden["v"].label.text()
    assert "&lt;b&gt;vet&lt;/b&gt;" in vraag and "&lt;i&gt;schuin&lt;/i&gt;" in vraag and "<b>" not in vraag


def test_the_plans_safety_part_names_the_latest_quickscan_and_signaleringsplan(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
) -> None:
    from kso_desktop.gui.plan_editor import PlanEditor

    services = gui_services
    _als_teamleider(services)
    editor = PlanEditor(services, _id(services, "Daniel Tekle"))
    _toon(qtbot, editor, vensters)
    [notitie] = [lbl.text() for lbl in editor.findChildren(QLabel) if "tab Formulieren" in lbl.text()]
    assert "Quickscan veiligheid (startdefinitie), versie 2" in notitie and "Voldoende veilig" in notitie
    assert "Signaleringsplan (Gevoelsthermometer), versie 2" in notitie
    assert "Signaleringsplan (Stoplichtmethode), versie 1" in notitie


def test_a_form_made_definitief_elsewhere_stops_autosave_with_a_message(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
) -> None:
    services = gui_services
    invulling = services.formulieren.nieuw(_id(services, "Omar Al-Sayed"), "gevoelsthermometer")
    dialoog = FormulierDialog(services, invulling)
    _toon(qtbot, dialoog, vensters)
    qtbot.keyClicks(dialoog.velden["toelichting_nu"].widget, "Moe")
    services.formulieren.maak_definitief(invulling.id, {"temperatuur": 3, "samen_met_jongere": True})
    dialoog.autosave()
    assert "Dit formulier is definitief en verandert niet meer." in dialoog.fout.text()
    assert not dialoog.timer.isActive()
    dialoog.close()  # nothing to keep: no error either
    assert services.formulieren.get(invulling.id).antwoorden == {"temperatuur": 3, "samen_met_jongere": True}


def test_a_signaleringsplan_prints_from_the_formulieren_tab(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    from kso_desktop.gui.afdrukken import AfdrukVoorbeeld
    from kso_desktop.services.afdrukken import DocumentSoort

    tab = FormulierenTab(gui_services)
    _toon(qtbot, tab, vensters)
    tab.toon(_id(gui_services, "Daniel Tekle"))
    soorten = [i.soort for i in tab.invullingen]
    tab.tabel.selectRow(soorten.index("quickscan"))
    assert not tab.afdrukKnop.isEnabled()  # a Quickscan is not a plan for the jongere's pocket
    tab.tabel.selectRow(soorten.index("stoplicht"))
    assert tab.afdrukKnop.isEnabled()

    tab.afdrukActies[DocumentSoort.KAART].trigger()
    with qtbot.waitSignal(tab.afdruktaak.klaar, timeout=30_000) as geopend:
        pass
    voorbeeld = geopend.args[0]
    assert isinstance(voorbeeld, AfdrukVoorbeeld)
    vensters.append(voorbeeld)
    assert "Daniel Tekle" in voorbeeld.windowTitle()
    tekst = " ".join(
        " ".join(p.extract_text() for p in PdfReader(BytesIO(voorbeeld.afdruk.document.data)).pages).split()
    )
    assert "Groen" in tekst and "Rood" in tekst
    voorbeeld.reject()
