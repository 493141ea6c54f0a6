"""Gesprekken in the GUI: a tweegesprek by keyboard, refused input, preparing and finishing a driegesprek."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
import shiboken6
from modal import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kso_desktop.domain.enums import GesprekType, Leefgebied
from kso_desktop.domain.gesprek import (
    Afspraak,
    DeelnemerRol,
    GesprekInhoud,
    GesprekStatus,
    Onderwerp,
)
from kso_desktop.domain.plan import ActieWie, PlanStatus
from kso_desktop.gui.gesprek_dialogs import RedenDialog, TweegesprekDialog
from kso_desktop.gui.gesprekken import AfrondenDialog, DriegesprekEditor, GesprekkenTab, VoorbereidingView
from kso_desktop.gui.presentation import datum
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _id(services: Services, naam: str) -> str:
    return next(r.id for r in services.jongeren.lijst() if r.naam == naam)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.fixture
def vensters(qtbot: QtBot) -> Iterator[list[QWidget]]:
    """Windows opened by a test; closed afterwards."""
    made: list[QWidget] = []
    yield made
    for w in made:
        if shiboken6.isValid(w):
            if isinstance(w, DriegesprekEditor | TweegesprekDialog):
                w._dirty = False  # the test is over: closing must not ask what to do with edits
            w.close()


def _toon(qtbot: QtBot, widget: QWidget, made: list[QWidget]) -> None:
    made.append(widget)
    widget.show()
    # Shortcuts and mnemonics only fire in the active window, as for a real user.
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _twee(services: Services, jongere_id: str) -> None:
    """A definitief tweegesprek with a topic of the jongere and an open afspraak, a day ago."""
    services.gesprekken.opslaan(
        jongere_id,
        GesprekType.TWEEGESPREK,
        services.ctx.now() - timedelta(days=1),
        GesprekInhoud(
            onderwerpen=(Onderwerp("Mijn broer in Eritrea", van_jongere=True),),
            notities="Praat over zijn familie.",
            afspraken=(Afspraak(ActieWie.WOONBEGELEIDER, "Belt de tolk"),),
        ),
        definitief=True,
    )


def test_tweegesprek_by_keyboard_only(qtbot: QtBot, gui_services: Services, vensters: list[QWidget]):
    jongere_id = _id(gui_services, "Yonas Tesfay")
    dialog = TweegesprekDialog(gui_services, jongere_id)
    _toon(qtbot, dialog, vensters)
    ui = dialog.ui
    assert ui.woonbegeleider.text() == gui_services.actor.naam
    assert ui.datum.text() == datum(gui_services.ctx.today())
    assert _focus() is ui.onderwerp
    qtbot.keyClicks(ui.onderwerp, "Geld voor de financi")
    ui.onderwerp.insert("ën")  # QTest types ASCII only; a Dutch keyboard types the ë as one key
    qtbot.keyClick(ui.onderwerp, Qt.Key.Key_Tab)
    assert _focus() is ui.vanJongere
    qtbot.keyClick(ui.vanJongere, Qt.Key.Key_Space)
    qtbot.keyClick(ui.vanJongere, Qt.Key.Key_Return)  # Enter adds the topic
    assert ui.onderwerpenLijst.count() == 1
    assert _focus() is ui.onderwerp
    qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)  # &Financiën
    qtbot.waitUntil(ui.lg_financien.isChecked)  # a mnemonic "clicks" the box after a short animation
    assert ui.lg_financien.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_E, ALT)  # Notiti&es
    assert _focus() is ui.notities
    qtbot.keyClicks(ui.notities, "Hij wil sparen voor een fiets.")
    qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)  # Wa&t of the afspraak
    assert _focus() is ui.afspraakWat
    qtbot.keyClicks(ui.afspraakWat, "Zoekt een spaarrekening uit")
    qtbot.keyClick(ui.afspraakWat, Qt.Key.Key_Return)
    assert dialog.afspraken.model.rowCount() == 1
    qtbot.keyClick(_focus(), Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted

    (g,) = gui_services.gesprekken.lijst(jongere_id)
    assert g.status == GesprekStatus.DEFINITIEF and g.soort == GesprekType.TWEEGESPREK
    assert g.inhoud.onderwerpen == (Onderwerp("Geld voor de financiën", van_jongere=True),)
    assert g.inhoud.leefgebieden == (Leefgebied.FINANCIEN,)
    assert g.inhoud.notities == "Hij wil sparen voor een fiets."
    assert [(a.wie, a.wat) for a in g.inhoud.afspraken] == [(ActieWie.JONGERE, "Zoekt een spaarrekening uit")]
    assert [z.ref_id for z in gui_services.gesprekken.zoek("spaarrekening")] == [g.id]

    # The dossier tab: the timeline shows it; "financien" finds "financiën"; Enter opens it read-only.
    tab = GesprekkenTab(gui_services)
    _toon(qtbot, tab, vensters)
    tab.toon(jongere_id)
    qtbot.keyClicks(tab.zoek, "financien")
    assert tab.model.rowCount() == 1 and tab.model.record(0).ref_id == g.id

    def bekijk(d: QDialog) -> None:
        try:
            assert isinstance(d, TweegesprekDialog)
            assert d.ui.notities.isReadOnly() and d.correctieKnop.isVisible()
        finally:
            d.reject()

    when_modal(bekijk)
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.zoek, "xyzzy")
    assert tab.model.rowCount() == 0 and "Geen gesprekken" in tab.melding.text()


def test_refused_input_shows_dutch_message_and_saves_nothing(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
):
    jongere_id = _id(gui_services, "Yonas Tesfay")
    dialog = TweegesprekDialog(gui_services, jongere_id)
    _toon(qtbot, dialog, vensters)
    ui = dialog.ui

    # Definitief without notes or topics.
    qtbot.keyClick(_focus(), Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert "Wat er besproken is (notities of onderwerpen) is verplicht." in ui.foutLabel.text()
    assert _focus() is ui.notities

    # An afspraak without text.
    ui.afspraakWat.setFocus()
    qtbot.keyClick(ui.afspraakWat, Qt.Key.Key_Return)
    assert "Afspraak 1 is verplicht." in ui.foutLabel.text()
    assert dialog.afspraken.model.rowCount() == 0

    # A date in the future.
    ui.notities.setPlainText("Gesprek over school.")
    ui.datum.setText(datum(gui_services.ctx.today() + timedelta(days=2)))
    qtbot.keyClick(_focus(), Qt.Key.Key_Return, CTRL)
    assert "de datum ligt in de toekomst" in ui.foutLabel.text()
    assert _focus() is ui.datum

    # An impossible time.
    ui.datum.setText(datum(gui_services.ctx.today()))
    ui.tijd.setText("25:70")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return, CTRL)
    assert "Tijd (uu:mm)" in ui.foutLabel.text()
    assert dialog.isVisible()
    assert gui_services.gesprekken.lijst(jongere_id) == []

    # Repaired: a concept is saved and opens again editable.
    ui.tijd.setText("10:15")
    dialog.conceptKnop.click()
    (g,) = gui_services.gesprekken.lijst(jongere_id)
    assert g.status == GesprekStatus.CONCEPT
    weer = TweegesprekDialog(gui_services, jongere_id, g)
    vensters.append(weer)
    assert weer.ui.notities.toPlainText() == "Gesprek over school." and not weer.ui.notities.isReadOnly()
    assert weer.ui.tijd.text() == "10:15"


def test_voorbereiding_shows_tweegesprek_and_makes_a_driegesprek(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
):
    jongere_id = _id(gui_services, "Daniel Tekle")
    _twee(gui_services, jongere_id)
    view = VoorbereidingView(gui_services, jongere_id)
    view.resize(1300, 720)
    _toon(qtbot, view, vensters)
    assert view.ui.sindsLabel.text() == "Nog geen driegesprek"
    assert view.tweegesprekken.rowCount() == 1
    assert "Mijn broer in Eritrea" in view.ui.onderwerpenJongere.text()
    assert view.afspraken.rowCount() == 1 and view.afspraken.index(0, 3).data() == "Belt de tolk"
    assert view.doelen.rowCount() > 0  # Daniel's plan has running goals

    with qtbot.waitSignal(view.driegesprek_gemaakt) as signaal:
        qtbot.keyClick(view, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert view.editor is not None
    vensters.append(view.editor)
    g = gui_services.gesprekken.get(signaal.args[0])
    assert g.soort == GesprekType.DRIEGESPREK and g.status == GesprekStatus.CONCEPT
    teksten = [o.tekst for o in g.inhoud.onderwerpen]
    assert Onderwerp("Mijn broer in Eritrea", van_jongere=True) in g.inhoud.onderwerpen
    assert any("Belt de tolk" in t for t in teksten)
    assert view.editor.ui.onderwerpenLijst.item(0).text().startswith("Mijn broer in Eritrea")


def _editor(qtbot: QtBot, services: Services, naam: str, made: list[QWidget]) -> DriegesprekEditor:
    jongere_id = _id(services, naam)
    g = services.gesprekken.maak_driegesprek(jongere_id, services.ctx.now())
    editor = DriegesprekEditor(services, g.id)
    editor.resize(1366, 768)
    _toon(qtbot, editor, made)
    return editor


def test_driegesprek_afronden_updates_the_plan(qtbot: QtBot, gui_services: Services, vensters: list[QWidget]):
    editor = _editor(qtbot, gui_services, "Karim Darwish", vensters)
    jongere_id = editor.gesprek.jongere_id
    rollen = [d.rol for d in editor.deelnemers.records()]
    assert DeelnemerRol.JEUGDBESCHERMER in rollen and DeelnemerRol.JONGERE in rollen
    # A tolk joins.
    editor.ui.deelnemerNaam.setFocus()
    qtbot.keyClicks(editor.ui.deelnemerNaam, "Tolk Amani")
    qtbot.keyClick(editor.ui.deelnemerNaam, Qt.Key.Key_Return)
    assert editor.deelnemers.record(editor.deelnemers.rowCount() - 1).rol == DeelnemerRol.TOLK

    lg, tab = next(iter(editor.tabs.items()))
    tab.evaluatie.setFocus()
    qtbot.keyClicks(tab.evaluatie, "Gaat goed met de doelen.")
    tab.wat.setFocus()
    qtbot.keyClicks(tab.wat, "Zoekt een sportclub")
    qtbot.keyClick(tab.wat, Qt.Key.Key_Return)
    assert tab.invoer.model.rowCount() == 1
    editor.ui.verslag.setFocus()
    qtbot.keyClicks(editor.ui.verslag, "Karim vertelde over zijn week.")
    qtbot.keyClick(editor.ui.verslag, Qt.Key.Key_S, CTRL)
    assert gui_services.gesprekken.get(editor.gesprek.id).inhoud.verslag == "Karim vertelde over zijn week."

    def bevestig(d: QDialog) -> None:
        try:
            assert isinstance(d, AfrondenDialog)
            assert d.plan_bijwerken.isChecked()
        finally:
            d.accept()

    when_modal(bevestig)
    qtbot.keyClick(_focus(), Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    g = gui_services.gesprekken.get(editor.gesprek.id)
    assert g.status == GesprekStatus.DEFINITIEF
    assert g.inhoud.afspraken[0].leefgebied == lg
    assert "Het verslag is definitief en staat klaar voor het portaal." in editor.ui.bannerLabel.text()
    plan = gui_services.plannen.laatste(jongere_id)
    assert plan is not None and plan.status == PlanStatus.CONCEPT
    assert f"nieuw concept van het begeleidingsplan (versie {plan.nummer})" in editor.ui.bannerLabel.text()
    assert any(
        d.leefgebied == lg and d.professioneel == "Afspraak uit het driegesprek: Zoekt een sportclub"
        for d in plan.inhoud.doelen
    )
    assert editor.ui.verslag.isReadOnly() and not editor.ui.actionAfronden.isEnabled()
    with gui_services.ctx.store.read() as s:
        ops = s.scalars(select(m.OutboxOp).where(m.OutboxOp.entiteit == "gesprek")).all()
        assert ops

    # Correctie: make editable, change, give a reason: a new version replaces the old one.
    editor.ui.actionCorrectie.trigger()
    assert not editor.ui.verslag.isReadOnly()
    editor.ui.verslag.setPlainText("Karim vertelde over zijn week en zijn school.")

    def reden(d: QDialog) -> None:
        try:
            assert isinstance(d, RedenDialog)
            qtbot.keyClicks(d.reden, "Schoolnaam vergeten")
            qtbot.keyClick(d.reden, Qt.Key.Key_Return)
        except BaseException:
            d.reject()
            raise

    when_modal(reden)
    editor.ui.actionCorrectie.trigger()
    nieuw = editor.gesprek
    assert nieuw.id != g.id and nieuw.vervangt_id == g.id
    drie = [x for x in gui_services.gesprekken.lijst(jongere_id) if x.soort == GesprekType.DRIEGESPREK]
    assert [x.id for x in drie] == [nieuw.id]
    assert nieuw.inhoud.verslag == "Karim vertelde over zijn week en zijn school."
    alle = gui_services.gesprekken.lijst(jongere_id, met_vervangen=True)
    assert {g.id, nieuw.id} <= {x.id for x in alle}
    assert editor.ui.verslag.isReadOnly()


def test_driegesprek_without_jeugdbeschermer_is_refused(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
):
    editor = _editor(qtbot, gui_services, "Karim Darwish", vensters)
    rij = next(i for i, d in enumerate(editor.deelnemers.records()) if d.rol == DeelnemerRol.JEUGDBESCHERMER)
    editor.ui.deelnemersView.setFocus()
    editor.ui.deelnemersView.selectRow(rij)
    editor.ui.deelnemerVerwijderenKnop.click()
    editor.ui.verslag.setPlainText("Verslag.")
    when_modal(lambda d: d.accept())
    editor.ui.actionAfronden.trigger()
    assert "voeg de jeugdbeschermer toe als deelnemer" in editor.ui.foutLabel.text()
    assert gui_services.gesprekken.get(editor.gesprek.id).status == GesprekStatus.CONCEPT
    assert not editor.ui.verslag.isReadOnly()


def test_models_pass_qtmodeltester(qtmodeltester: ModelTester, gui_services: Services):
    jongere_id = _id(gui_services, "Daniel Tekle")
    _twee(gui_services, jongere_id)
    view = VoorbereidingView(gui_services, jongere_id)
    tab = GesprekkenTab(gui_services)
    tab.toon(jongere_id)
    dialog = TweegesprekDialog(gui_services, jongere_id)
    for model in (view.tweegesprekken, view.afspraken, view.doelen, tab.model, dialog.afspraken.model):
        assert model.rowCount() > 0 or model is dialog.afspraken.model
        qtmodeltester.check(model)
    for w in (view, tab, dialog):
        w.deleteLater()


def test_the_jongere_adds_a_topic_during_the_driegesprek(
    qtbot: QtBot, gui_services: Services, vensters: list[QWidget]
):
    editor = _editor(qtbot, gui_services, "Karim Darwish", vensters)
    ui = editor.ui
    ui.nieuwOnderwerp.setFocus()
    qtbot.keyClicks(ui.nieuwOnderwerp, "Rijbewijs halen")
    qtbot.keyClick(ui.nieuwOnderwerp, Qt.Key.Key_Return)  # Enter adds the topic, it does not save
    assert ui.nieuwOnderwerp.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = gui_services.gesprekken.get(editor.gesprek.id).inhoud.onderwerpen
    assert ("Rijbewijs halen", True) in [(o.tekst, o.van_jongere) for o in stored]
