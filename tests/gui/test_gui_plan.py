"""The begeleidingsplan editor: keyboard use, refused input, compare, herstelpunten, merging, closing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from modal import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.domain.plan import (
    Actie,
    ActieWie,
    Akkoord,
    Doel,
    DoelStatus,
    Evaluatie,
    LeefgebiedInhoud,
    PlanInhoud,
    PlanStatus,
    PlanVersie,
)
from kso_desktop.gui.plan_dialogs import DoelDialog, EvaluatieDialog, VaststellenDialog, VergelijkDialog
from kso_desktop.gui.plan_editor import PlanEditor
from kso_desktop.services.registry import Services

WONEN = Leefgebied.WONEN
MaakEditor = Callable[[Services, str], PlanEditor]


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _yonas(services: Services) -> str:
    return next(r.id for r in services.jongeren.lijst() if r.naam == "Yonas Tesfay")


def _concept(services: Services, jongere_id: str) -> PlanVersie:
    """A concept to work in, whatever the demo data holds for this jongere."""
    return services.plannen.nieuw_concept(jongere_id)


def _bewaar(services: Services, versie: PlanVersie, inhoud: PlanInhoud) -> PlanVersie:
    return services.plannen.opslaan(versie.id, inhoud, basis=versie.inhoud, base_rev=versie.rev).versie


@pytest.fixture
def editors(qtbot: QtBot) -> Iterator[MaakEditor]:
    """Opens editors the way the main window does; closes them afterwards without asking."""
    made: list[PlanEditor] = []

    def make(services: Services, jongere_id: str) -> PlanEditor:
        editor = PlanEditor(services, jongere_id)
        made.append(editor)
        editor.resize(1366, 768)
        editor.show()
        # Shortcuts (Ctrl+S, Ctrl+D) only fire in the active window, as for a real user.
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    yield make
    for editor in made:
        if shiboken6.isValid(editor):
            editor._zet_dirty(False)  # the test is over: closing must not ask what to do with edits
            editor.close()


def _activeer(qtbot: QtBot, editor: PlanEditor) -> None:
    """Offscreen there is no window manager to give the editor back its focus after a dialog."""
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)


def test_keyboard_only_from_start_to_vastgesteld_and_a_new_concept(
    qtbot: QtBot, gui_services: Services, editors: MaakEditor
):
    jongere_id = _yonas(gui_services)
    editor = editors(gui_services, jongere_id)
    ui = editor.ui
    assert editor.windowTitle() == "Begeleidingsplan – Yonas Tesfay"
    if editor.versie is None:
        assert _focus() is ui.startKnop
        qtbot.keyClick(ui.startKnop, Qt.Key.Key_Space)
    elif not editor.versie.bewerkbaar:  # demo data may one day hold a plan for Yonas
        qtbot.keyClick(_focus(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.versie is not None and editor.versie.bewerkbaar
    nummer = editor.versie.nummer

    nav = ui.navigatie
    assert _focus() is nav
    for _ in range(nav.count()):
        if nav.currentItem().text() == "Wonen":
            break
        qtbot.keyClick(nav, Qt.Key.Key_Down)
    qtbot.keyClick(nav, Qt.Key.Key_Return)
    pagina = editor.lg_paginas[WONEN]
    assert _focus() is pagina.ui.zijn
    for widget, tekst in (
        (pagina.ui.zijn, "Woont sinds maart in De Linde."),
        (pagina.ui.worden, "Wil later een kamer in Utrecht."),
        (pagina.ui.presteren, "Kookt twee keer per week zelf."),
    ):
        assert _focus() is widget
        qtbot.keyClicks(widget, tekst)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert _focus() is pagina.ui.score
    for _ in range(3):
        qtbot.keyClick(pagina.ui.score, Qt.Key.Key_Down)
    assert pagina.ui.score.currentText() == "3 – Beperkt zelfredzaam"
    assert editor.dirty

    def goal(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, DoelDialog)
            assert dialog.ui.leefgebied.currentText() == "Wonen"  # the page the goal was added on
            assert _focus() is dialog.ui.eigenWoorden
            qtbot.keyClicks(dialog.ui.eigenWoorden, "Ik wil zelf koken voor mijn vrienden")
            qtbot.keyClick(dialog.ui.eigenWoorden, Qt.Key.Key_Tab)
            assert _focus() is dialog.ui.professioneel
            qtbot.keyClicks(dialog.ui.professioneel, "Bereidt zelfstandig een maaltijd")
            qtbot.keyClick(dialog.ui.professioneel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        except BaseException:
            dialog.reject()  # never leave a modal dialog open: the test would hang instead of fail
            raise

    when_modal(goal)
    qtbot.keyClick(_focus(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert pagina.doelen.rowCount() == 1
    assert pagina.doelen.index(0, 0).data() == "Ik wil zelf koken voor mijn vrienden"

    _activeer(qtbot, editor)
    assert _focus() is pagina.ui.doelenView  # back on the goals, with the new one chosen
    qtbot.keyClick(_focus(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty
    stored = gui_services.plannen.laatste(jongere_id)
    assert stored is not None and stored.nummer == nummer
    wonen = stored.inhoud.leefgebied(WONEN)
    assert wonen == LeefgebiedInhoud(
        "Woont sinds maart in De Linde.",
        "Wil later een kamer in Utrecht.",
        "Kookt twee keer per week zelf.",
        3,
    )
    (doel,) = stored.inhoud.doelen_van(WONEN)
    assert (doel.eigen_woorden, doel.professioneel) == (
        "Ik wil zelf koken voor mijn vrienden",
        "Bereidt zelfstandig een maaltijd",
    )
    assert gui_services.plannen.herstelpunt(stored.id) is None  # a save replaces the herstelpunt

    def agree(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, VaststellenDialog)
            assert _focus() is dialog.ui.akkoord
            assert dialog.ui.woonbegeleider.text() == gui_services.actor.naam
            qtbot.keyClick(dialog.ui.akkoord, Qt.Key.Key_Space)
            assert dialog.ui.akkoord.isChecked()
            qtbot.keyClick(dialog.ui.akkoord, Qt.Key.Key_Return)
        except BaseException:
            dialog.reject()
            raise

    when_modal(agree)
    qtbot.keyClick(
        _focus(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    _activeer(qtbot, editor)
    stored = gui_services.plannen.laatste(jongere_id)
    assert stored is not None and stored.status == PlanStatus.VASTGESTELD
    assert stored.akkoord is not None and stored.akkoord.jongere
    assert ui.vastgesteldBanner.isVisible()
    assert "verandert niet meer" in ui.vastgesteldTekst.text()
    assert ui.statusLabel.text().startswith("Vastgesteld op")
    assert pagina.ui.zijn.isReadOnly() and not pagina.ui.score.isEnabled()
    assert not ui.actionOpslaan.isEnabled() and not ui.actionDoelToevoegen.isEnabled()
    assert ui.actionNieuwConcept.isEnabled()

    qtbot.keyClick(_focus(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    nieuw = gui_services.plannen.laatste(jongere_id)
    assert nieuw is not None and nieuw.nummer == nummer + 1 and nieuw.status == PlanStatus.CONCEPT
    assert editor.versie is not None and editor.versie.id == nieuw.id
    assert not ui.vastgesteldBanner.isVisible()
    assert not pagina.ui.zijn.isReadOnly()
    assert pagina.ui.zijn.toPlainText() == "Woont sinds maart in De Linde."  # a copy of the vastgesteld one
    assert ui.versieLabel.text() == f"Versie {nummer + 1}"


def test_refused_input_shows_the_dutch_message_and_changes_nothing(
    qtbot: QtBot, gui_services: Services, editors: MaakEditor
):
    jongere_id = _yonas(gui_services)
    versie = _concept(gui_services, jongere_id)
    gestopt = Doel.nieuw(WONEN, eigen_woorden="Stoppen met blowen", status=DoelStatus.GESTOPT)
    versie = _bewaar(gui_services, versie, versie.inhoud.met_doel(gestopt))
    editor = editors(gui_services, jongere_id)
    seen: list[str] = []

    def without_agreement(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, VaststellenDialog)
            qtbot.keyClick(dialog.ui.akkoord, Qt.Key.Key_Return)  # not ticked
            assert dialog.isVisible()
            seen.append(dialog.ui.foutLabel.text())
            assert _focus() is dialog.ui.akkoord  # the message points at what to do
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        except BaseException:
            dialog.reject()
            raise

    when_modal(without_agreement)
    editor.ui.actionVaststellen.trigger()
    assert "vink aan dat de jongere akkoord is" in seen.pop()
    stored = gui_services.plannen.laatste(jongere_id)
    assert stored is not None and stored.status == PlanStatus.CONCEPT and stored.rev == versie.rev
    assert editor.versie is not None and editor.versie.bewerkbaar

    def empty_goal(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, DoelDialog)
            qtbot.keyClicks(dialog.ui.eigenWoorden, "   ")
            qtbot.keyClick(dialog.ui.eigenWoorden, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert dialog.isVisible()
            seen.append(dialog.ui.foutLabel.text())
            assert _focus() is dialog.ui.eigenWoorden
            dialog.ui.eigenWoorden.setPlainText("Zelf koken")
            dialog.ui.streefdatum.setText("31-02-2027")
            qtbot.keyClick(dialog.ui.streefdatum, Qt.Key.Key_Return)
            assert dialog.isVisible()
            seen.append(dialog.ui.foutLabel.text())
            assert _focus() is dialog.ui.streefdatum
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        except BaseException:
            dialog.reject()
            raise

    when_modal(empty_goal)
    editor._naar_leefgebied(WONEN)
    editor.ui.actionDoelToevoegen.trigger()
    assert seen[0] == "De tekst van het doel is verplicht."
    assert "'31-02-2027' is geen bestaande datum" in seen[1]
    assert [d.id for d in editor.inhoud().doelen] == [gestopt.id]
    assert not editor.dirty
    seen.clear()

    def evaluate_stopped(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, EvaluatieDialog)
            qtbot.keyClicks(dialog.tekst, "Gaat goed")
            qtbot.keyClick(dialog.tekst, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert dialog.isVisible()
            seen.append(dialog.fout_label.text())
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        except BaseException:
            dialog.reject()
            raise

    pagina = editor.lg_paginas[WONEN]
    assert pagina.gekozen_doel() == gestopt
    when_modal(evaluate_stopped)
    pagina.ui.evaluatieKnop.click()
    assert seen == [
        "Dit doel is gestopt: er kunnen geen evaluaties meer bij. Zet de status terug of maak een nieuw doel."
    ]
    assert editor.inhoud().doel(gestopt.id).evaluaties == ()
    assert not editor.dirty


def test_compare_view_shows_changed_goal_status_as_inserted_words(
    qtbot: QtBot, gui_services: Services, editors: MaakEditor
):
    jongere_id = _yonas(gui_services)
    v1 = _concept(gui_services, jongere_id)
    doel = Doel.nieuw(WONEN, eigen_woorden="Zelf koken & <boodschappen> doen", status=DoelStatus.LOOPT)
    v1 = _bewaar(gui_services, v1, v1.inhoud.met_doel(doel))
    gui_services.plannen.vaststellen(v1.id, gui_services.ctx.today(), Akkoord(jongere=True))
    v2 = gui_services.plannen.nieuw_concept(jongere_id)
    editor = editors(gui_services, jongere_id)
    editor._naar_leefgebied(WONEN)
    pagina = editor.lg_paginas[WONEN]
    pagina.ui.doelenView.setFocus()

    def change_status(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, DoelDialog)
            assert dialog.ui.eigenWoorden.toPlainText() == "Zelf koken & <boodschappen> doen"
            combo = dialog.ui.status
            combo.setFocus()
            for _ in range(combo.count()):
                if combo.currentText() == "Behaald":
                    break
                qtbot.keyClick(combo, Qt.Key.Key_Down)
            qtbot.keyClick(combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        except BaseException:
            dialog.reject()
            raise

    when_modal(change_status)
    qtbot.keyClick(pagina.ui.doelenView, Qt.Key.Key_Return)  # Enter on a goal opens it
    assert pagina.doelen.index(0, 2).data() == "Behaald"
    _activeer(qtbot, editor)
    qtbot.keyClick(_focus(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert gui_services.plannen.versie(v2.id).inhoud.doel(doel.id).status == DoelStatus.BEHAALD

    shown: list[tuple[str, str, str, str]] = []

    def look(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, VergelijkDialog)
            shown.append(
                (
                    dialog.ui.oud.currentData(),
                    dialog.ui.nieuw.currentData(),
                    dialog.html,
                    dialog.ui.tekst.toPlainText(),
                )
            )
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        except BaseException:
            dialog.reject()
            raise

    when_modal(look)
    editor.ui.actionVergelijken.trigger()
    ((oud, nieuw, html, plain),) = shown
    assert (oud, nieuw) == (v1.id, v2.id)
    assert '<ins style="color:#1b5e20; text-decoration: underline">Behaald</ins>' in html
    assert '<del style="color:#a4001d; text-decoration: line-through">Loopt</del>' in html
    assert "Zelf koken &amp; &lt;boodschappen&gt; doen" in html  # user text is escaped
    assert "<boodschappen>" not in html
    assert "Doel gewijzigd: Zelf koken & <boodschappen> doen" in plain
    assert "Behaald" in plain
    assert "Sociaal netwerk" not in plain  # only the parts that changed


def test_typing_is_kept_as_a_herstelpunt_and_comes_back_after_a_crash(
    qtbot: QtBot, gui_services: Services, editors: MaakEditor
):
    jongere_id = _yonas(gui_services)
    versie = _concept(gui_services, jongere_id)
    editor = editors(gui_services, jongere_id)
    editor._naar_leefgebied(WONEN)
    zijn = editor.lg_paginas[WONEN].ui.zijn
    # Arabic comes in through the input method (QTest cannot type it); right-to-left text is kept as is.
    zijn.insertPlainText("أريد أن أطبخ بنفسي")
    qtbot.keyClicks(zijn, " - wil zelf koken")
    tekst = "أريد أن أطبخ بنفسي - wil zelf koken"

    def kept() -> None:
        herstel = gui_services.plannen.herstelpunt(versie.id)
        assert herstel is not None and herstel.inhoud.leefgebied(WONEN).zijn == tekst

    qtbot.waitUntil(kept, timeout=5000)
    assert editor.statusBar().currentMessage().startswith("Herstelpunt bewaard om ")
    stored = gui_services.plannen.laatste(jongere_id)
    assert stored is not None and stored.inhoud.leefgebied(WONEN).zijn == ""  # not saved, only kept

    # The first window "crashed" (never closed); a fresh editor brings the typing back.
    hersteld = editors(gui_services, jongere_id)
    assert hersteld.ui.herstelBanner.isVisible()
    assert hersteld.ui.herstelTekst.text().startswith("Niet-opgeslagen wijzigingen van ")
    assert "Herstelpunt verwerpen" in hersteld.ui.herstelTekst.text()
    assert hersteld.lg_paginas[WONEN].ui.zijn.toPlainText() == tekst
    assert hersteld.dirty

    def discard(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, QMessageBox)
            qtbot.keyClick(dialog, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
        except BaseException:
            dialog.reject()
            raise

    when_modal(discard)
    hersteld.ui.verwerpKnop.click()
    assert gui_services.plannen.herstelpunt(versie.id) is None
    assert hersteld.lg_paginas[WONEN].ui.zijn.toPlainText() == ""
    assert not hersteld.ui.herstelBanner.isVisible() and not hersteld.dirty


def test_two_editors_saving_the_same_text_are_merged_and_both_texts_kept(
    qtbot: QtBot, gui_services: Services, editors: MaakEditor
):
    jongere_id = _yonas(gui_services)
    versie = _concept(gui_services, jongere_id)
    a = editors(gui_services, jongere_id)
    b = editors(gui_services, jongere_id)
    qtbot.keyClicks(a.lg_paginas[WONEN].ui.zijn, "Tekst van A")
    qtbot.keyClicks(b.lg_paginas[WONEN].ui.zijn, "Tekst van B")
    _activeer(qtbot, a)
    qtbot.keyClick(a.lg_paginas[WONEN].ui.zijn, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not a.dirty
    messages: list[str] = []

    def read(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, QMessageBox)
            messages.append(dialog.text())
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
        except BaseException:
            dialog.reject()
            raise

    _activeer(qtbot, b)
    when_modal(read)
    qtbot.keyClick(b.lg_paginas[WONEN].ui.zijn, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (message,) = messages
    naam = gui_services.actor.naam
    assert message.startswith(
        f"{naam} heeft dit plan intussen ook opgeslagen. Jullie wijzigingen zijn samengevoegd."
    )
    assert "waar beide teksten nu onder elkaar staan — voeg ze samen" in message
    assert "Wonen – Zijn" in message
    stored = gui_services.plannen.versie(versie.id).inhoud.leefgebied(WONEN).zijn
    assert "Tekst van A" in stored and "Tekst van B" in stored
    assert b.lg_paginas[WONEN].ui.zijn.toPlainText() == stored  # B now shows the merged text
    assert not b.dirty


def test_item_models_of_the_editor_pass_the_model_tester(
    qtmodeltester: ModelTester, gui_services: Services, editors: MaakEditor
):
    jongere_id = _yonas(gui_services)
    versie = _concept(gui_services, jongere_id)
    doel = Doel.nieuw(
        WONEN,
        eigen_woorden="Zelf koken",
        acties=(Actie(ActieWie.JONGERE, "kookt op dinsdag"), Actie(ActieWie.WOONBEGELEIDER, "helpt")),
        evaluaties=(Evaluatie(gui_services.ctx.today(), "Gaat goed", "Sanne de Vries"),),
    )
    inhoud = versie.inhoud.met_doel(doel).met_doel(Doel.nieuw(WONEN, professioneel="Sparen"))
    _bewaar(gui_services, versie, inhoud)
    editor = editors(gui_services, jongere_id)
    pagina = editor.lg_paginas[WONEN]
    assert pagina.doelen.rowCount() == 2
    assert pagina.doelen.index(0, 4).data() == "2"  # acties counted
    qtmodeltester.check(pagina.doelen)
    qtmodeltester.check(editor.lg_paginas[Leefgebied.FINANCIEN].doelen)  # empty is fine too
    assert editor.versies.rowCount() >= 1
    qtmodeltester.check(editor.versies)
    assert editor.versie is not None
    dialog = DoelDialog(gui_services, editor.versie, WONEN, doel, parent=editor)
    assert dialog.acties.rowCount() == 2 and dialog.evaluaties.rowCount() == 1
    qtmodeltester.check(dialog.acties)
    qtmodeltester.check(dialog.evaluaties)
    dialog.close()


def test_closing_with_unsaved_changes_asks_first(qtbot: QtBot, gui_services: Services, editors: MaakEditor):
    jongere_id = _yonas(gui_services)
    versie = _concept(gui_services, jongere_id)
    editor = editors(gui_services, jongere_id)
    qtbot.keyClicks(editor.lg_paginas[WONEN].ui.zijn, "Nog niet bewaard")
    asked: list[list[str]] = []

    def cancel(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, QMessageBox)
            asked.append([b.text() for b in dialog.buttons()])
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        except BaseException:
            dialog.reject()
            raise

    when_modal(cancel)
    assert not editor.close()
    assert sorted(asked.pop()) == ["&Niet opslaan", "&Opslaan", "Annuleren"]
    assert editor.isVisible() and editor.dirty
    assert editor.lg_paginas[WONEN].ui.zijn.toPlainText() == "Nog niet bewaard"

    def do_not_save(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, QMessageBox)
            qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        except BaseException:
            dialog.reject()
            raise

    when_modal(do_not_save)
    assert editor.close()
    assert gui_services.plannen.herstelpunt(versie.id) is None  # thrown away, as chosen
    stored = gui_services.plannen.laatste(jongere_id)
    assert stored is not None and stored.inhoud.leefgebied(WONEN).zijn == ""

    again = editors(gui_services, jongere_id)
    qtbot.keyClicks(again.lg_paginas[WONEN].ui.zijn, "Wel bewaren")

    def save(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, QMessageBox)
            qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Opslaan is the default
        except BaseException:
            dialog.reject()
            raise

    when_modal(save)
    assert again.close()
    stored = gui_services.plannen.laatste(jongere_id)
    assert stored is not None and stored.inhoud.leefgebied(WONEN).zijn == "Wel bewaren"


def test_too_many_open_goals_gives_gentle_advice(gui_services: Services, editors: MaakEditor):
    jongere_id = _yonas(gui_services)
    versie = _concept(gui_services, jongere_id)
    inhoud = versie.inhoud
    for i in range(6):
        inhoud = inhoud.met_doel(Doel.nieuw(WONEN, eigen_woorden=f"Doel {i}"))
    _bewaar(gui_services, versie, inhoud)
    editor = editors(gui_services, jongere_id)
    label = editor.ui.waarschuwingLabel
    assert label.isVisible()
    assert label.text().startswith("Er staan 6 doelen open. Onderzoek raadt een handvol tegelijk aan;")
    kaart = editor.overzicht.kaarten[WONEN]
    assert kaart.doelen.text() == "6 open"
    done = dataclasses.replace(inhoud.doelen[0], status=DoelStatus.BEHAALD)
    editor._doelen = [done, *editor._doelen[1:]]
    editor._toon_doelen()
    assert not label.isVisible()


def test_actions_are_added_in_their_own_row_and_the_overview_opens_a_leefgebied(
    qtbot: QtBot, gui_services: Services, editors: MaakEditor
):
    jongere_id = _yonas(gui_services)
    _concept(gui_services, jongere_id)
    editor = editors(gui_services, jongere_id)
    kaart = editor.overzicht.kaarten[WONEN]
    kaart.setFocus()
    qtbot.keyClick(kaart, Qt.Key.Key_Return)
    assert editor.huidig_leefgebied() == WONEN
    assert _focus() is editor.lg_paginas[WONEN].ui.zijn
    assert editor.versie is not None
    dialog = DoelDialog(gui_services, editor.versie, WONEN, parent=editor)
    qtbot.keyClicks(dialog.ui.eigenWoorden, "Zelf koken")
    qtbot.keyClicks(dialog.ui.actieWat, "kookt op dinsdag")
    qtbot.keyClick(dialog.ui.actieWat, Qt.Key.Key_Return)  # adds the action; does not save the goal
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert [a.wat for a in dialog.acties.records()] == ["kookt op dinsdag"]
    assert dialog.ui.actieWat.text() == ""
    qtbot.keyClicks(dialog.ui.actieWat, "belt school")
    qtbot.keyClicks(dialog.ui.actieWanneer, "32-01-2027")
    qtbot.keyClick(dialog.ui.actieWanneer, Qt.Key.Key_Return)
    assert "'32-01-2027' is geen bestaande datum" in dialog.ui.foutLabel.text()
    dialog.ui.actieWanneer.setText("01-02-2027")
    dialog._try_save()  # a typed action that was not added yet is part of the goal
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.doel is not None
    assert [(a.wie, a.wat) for a in dialog.doel.acties] == [
        (ActieWie.JONGERE, "kookt op dinsdag"),
        (ActieWie.JONGERE, "belt school"),
    ]
    assert dialog.doel.acties[1].wanneer is not None
