"""The netwerk editor by keyboard: add a person, move them, undo and redo; drawing and list in step."""

from __future__ import annotations

import pytest
from modal import when_modal
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.domain.netwerk import Cirkel, Persoon, Sector
from kso_desktop.gui.dossier import DossierView
from kso_desktop.gui.netwerk_editor import NetwerkEditor, PersoonDialog, VergelijkDialog
from kso_desktop.gui.netwerk_scene import plek
from kso_desktop.gui.plan_dialogs import DoelDialog
from kso_desktop.gui.plan_editor import PlanEditor
from kso_desktop.services.registry import Services

CTRL = Qt.KeyboardModifier.ControlModifier


def _jongere_id(services: Services, naam: str) -> str:
    return next(r.id for r in services.jongeren.lijst(None) if r.naam == naam)


def _in_step(editor: NetwerkEditor) -> list[tuple[str, Sector, Cirkel]]:
    """What the list shows, checked against what the drawing shows; returned for the test to compare."""
    rijen = [editor.model.persoon(r) for r in range(editor.model.rowCount())]
    assert {p.id for p in rijen} == set(editor.scene.items_per_id)
    for p in rijen:
        item = editor.scene.items_per_id[p.id]
        assert item.persoon == p
        assert plek(item.pos()) == (p.sector, p.cirkel), p.naam
    return [(p.naam, p.sector, p.cirkel) for p in rijen]


def _opgeslagen(services: Services, jongere_id: str) -> list[tuple[str, Sector, Cirkel]]:
    return [(p.naam, p.sector, p.cirkel) for p in services.netwerk.huidig_netwerk(jongere_id).personen]


def test_add_and_move_with_the_keyboard_then_undo_and_redo(qtbot: QtBot, gui_services: Services) -> None:
    jid = _jongere_id(gui_services, "Yonas Tesfay")
    editor = NetwerkEditor(gui_services, jid)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts go to the active window, as for a user
    editor.lijst.setFocus()
    assert "Nog niemand" in editor.status.text()

    def vul_in(dialog: QDialog) -> None:
        assert isinstance(dialog, PersoonDialog)
        qtbot.keyClicks(dialog.naam, "Oom Berhane")
        qtbot.keyClick(dialog.naam, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.relatie, "oom")
        qtbot.keyClick(dialog.relatie, Qt.Key.Key_Return)

    when_modal(vul_in)
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 1)
    stap1 = [("Oom Berhane", Sector.FAMILIE_HIER, Cirkel.DICHTBIJ)]
    assert _in_step(editor) == stap1 == _opgeslagen(gui_services, jid)
    assert editor.model.persoon(0).relatie == "oom"
    # Offscreen, the window does not get the focus back from the closed dialog by itself; a user's would.
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)

    qtbot.keyClick(editor.lijst, Qt.Key.Key_Up, CTRL)
    stap2 = [("Oom Berhane", Sector.FAMILIE_HIER, Cirkel.HEEL_DICHTBIJ)]
    assert _in_step(editor) == stap2 == _opgeslagen(gui_services, jid)
    assert editor.model.index(0, 3).data() == "Heel dichtbij"
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Right, CTRL)
    stap3 = [("Oom Berhane", Sector.FAMILIE_HERKOMST, Cirkel.HEEL_DICHTBIJ)]
    assert _in_step(editor) == stap3 == _opgeslagen(gui_services, jid)
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Down, CTRL)
    stap5 = [("Oom Berhane", Sector.FAMILIE_HERKOMST, Cirkel.VERDER_WEG)]
    assert _in_step(editor) == stap5 == _opgeslagen(gui_services, jid)

    qtbot.keyClick(editor.lijst, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Z, CTRL)
    assert _in_step(editor) == stap3 == _opgeslagen(gui_services, jid)
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Z, CTRL)
    assert _in_step(editor) == stap2 == _opgeslagen(gui_services, jid)
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _in_step(editor) == stap3 == _opgeslagen(gui_services, jid)
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Z, CTRL)  # the person is gone again, also from the drawing
    assert _in_step(editor) == [] == _opgeslagen(gui_services, jid)
    assert not editor.undoKnop.isEnabled()


def test_a_refused_name_stays_in_the_dialog_and_nothing_is_added(
    qtbot: QtBot, gui_services: Services
) -> None:
    jid = _jongere_id(gui_services, "Yonas Tesfay")
    editor = NetwerkEditor(gui_services, jid)
    qtbot.addWidget(editor)
    editor.show()
    gezien: list[str] = []

    def leeg(dialog: QDialog) -> None:
        assert isinstance(dialog, PersoonDialog)
        qtbot.keyClicks(dialog.naam, "   ")
        qtbot.keyClick(dialog.naam, Qt.Key.Key_Return)
        gezien.append(dialog.fout.text() if dialog.isVisible() else "gesloten")
        dialog.reject()

    when_modal(leeg)
    editor.toevoegen()
    assert gezien == ["Naam of omschrijving is verplicht."]
    assert editor.model.rowCount() == 0
    assert gui_services.netwerk.laatste(jid) is None


def test_drag_to_another_ring_and_editing_in_the_list_keep_the_drawing_in_step(
    qtbot: QtBot, gui_services: Services
) -> None:
    jid = _jongere_id(gui_services, "Mariam Haddad")
    editor = NetwerkEditor(gui_services, jid)
    qtbot.addWidget(editor)
    editor.show()
    voor = _in_step(editor)
    aya = next(p for p in editor.netwerk.personen if p.naam == "Aya")
    item = editor.scene.items_per_id[aya.id]
    # Dropped far out in the Vrienden slice: snaps into the verder-weg ring.
    item.setPos(item.pos() * 2.6)
    editor.scene._losgelaten(item)
    assert editor.netwerk.persoon(aya.id).cirkel == Cirkel.VERDER_WEG
    assert plek(item.pos()) == (Sector.VRIENDEN, Cirkel.VERDER_WEG)
    _in_step(editor)
    # A cell in the list: the relation column, typed over with the keyboard.
    rij = editor.model.rij_van(aya.id)
    editor.model.setData(editor.model.index(rij, 1), "beste vriendin")
    assert gui_services.netwerk.huidig_netwerk(jid).persoon(aya.id).relatie == "beste vriendin"
    editor.model.setData(editor.model.index(rij, 2), Sector.SCHOOL_WERK.value)
    assert plek(item.pos()) == (Sector.SCHOOL_WERK, Cirkel.VERDER_WEG)
    editor.undo.undo()
    editor.undo.undo()
    editor.undo.undo()
    assert _in_step(editor) == voor
    assert isinstance(editor.netwerk.persoon(aya.id), Persoon)


# The offscreen platform cannot raise a window; a real desktop does.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_dossier_opens_the_network(qtbot: QtBot, gui_services: Services) -> None:
    dossier = DossierView(gui_services)
    qtbot.addWidget(dossier)
    jid = _jongere_id(gui_services, "Mariam Haddad")
    dossier.show_jongere(gui_services.jongeren.get(jid))
    qtbot.mouseClick(dossier.netwerkKnop, Qt.MouseButton.LeftButton)
    editor = dossier.netwerk_editors[jid]
    assert isinstance(editor, NetwerkEditor)
    assert editor.titel.text() == "Sociaal netwerk van Mariam Haddad"
    assert editor.model.rowCount() == 13


def _actief(qtbot: QtBot, editor: NetwerkEditor) -> None:
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)


def test_the_list_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, gui_services: Services
) -> None:
    editor = NetwerkEditor(gui_services, _jongere_id(gui_services, "Mariam Haddad"))
    qtbot.addWidget(editor)
    assert editor.model.rowCount() == 13
    qtmodeltester.check(editor.model)
    assert (
        editor.model.index(editor.model.rij_van(editor.netwerk.personen[1].id), 0).data() == "! Broertje Sami"
    )


def test_vaststellen_then_the_next_move_is_a_new_version_and_compare_names_it(
    qtbot: QtBot, gui_services: Services
) -> None:
    jid = _jongere_id(gui_services, "Mariam Haddad")
    editor = NetwerkEditor(gui_services, jid)
    qtbot.addWidget(editor)
    _actief(qtbot, editor)
    assert editor.versie is not None and editor.versie.versie == 2 and editor.versie.bewerkbaar
    when_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier))
    qtbot.mouseClick(editor.vaststelKnop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.versie is not None and not editor.versie.bewerkbaar)
    assert "vastgesteld" in editor.status.text()
    assert not editor.vaststelKnop.isEnabled()
    _actief(qtbot, editor)
    editor.kies(next(p.id for p in editor.netwerk.personen if p.naam == "Oom Khaled"))
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Up, CTRL)
    assert editor.versie.versie == 3 and editor.versie.bewerkbaar
    assert [v.versie for v in gui_services.netwerk.versies(jid)] == [3, 2, 1]
    assert gui_services.netwerk.versies(jid)[1].netwerk.persoon(
        editor.versie.netwerk.personen[2].id
    ).cirkel == (Cirkel.VERDER_WEG)
    gezien: list[str] = []

    def lees(dialog: QDialog) -> None:
        assert isinstance(dialog, VergelijkDialog)
        gezien.append(dialog.tekst.toPlainText())
        dialog.oud.setCurrentIndex(2)  # versie 1 against versie 3
        gezien.append(dialog.tekst.toPlainText())
        dialog.reject()

    when_modal(lees)
    editor.vergelijken()
    assert "Dichterbij gekomen" in gezien[0] and "Oom Khaled: Verder weg → Dichtbij" in gezien[0]
    assert "Jongen van het station" not in gezien[0]
    assert "Niet meer in het netwerk" in gezien[1] and "Jongen van het station" in gezien[1]


def test_dragging_with_the_mouse_snaps_to_the_ring_it_was_dropped_in(
    qtbot: QtBot, gui_services: Services
) -> None:
    jid = _jongere_id(gui_services, "Mariam Haddad")
    editor = NetwerkEditor(gui_services, jid)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    _actief(qtbot, editor)
    huisarts = next(p for p in editor.netwerk.personen if p.naam == "Huisarts Brouwer")
    item = editor.scene.items_per_id[huisarts.id]
    viewport = editor.view.viewport()
    van = editor.view.mapFromScene(item.pos())
    # Towards the centre, into the dichtbij ring of the same (Professionals) slice.
    naar = editor.view.mapFromScene(item.pos() * 0.62)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=van)
    for stap in range(1, 6):
        tussen = van + (naar - van) * stap / 5
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(tussen),
            QPointF(viewport.mapToGlobal(tussen)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=naar)
    assert editor.netwerk.persoon(huisarts.id).cirkel == Cirkel.DICHTBIJ
    assert gui_services.netwerk.huidig_netwerk(jid).persoon(huisarts.id).cirkel == Cirkel.DICHTBIJ
    assert plek(item.pos()) == (Sector.PROFESSIONALS, Cirkel.DICHTBIJ)  # snapped into its new cell
    _in_step(editor)
    qtbot.keyClick(editor.lijst, Qt.Key.Key_Z, CTRL)
    assert plek(item.pos()) == (Sector.PROFESSIONALS, Cirkel.VERDER_WEG)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_plan_links_to_the_network_from_sociaal_netwerk(qtbot: QtBot, gui_services: Services) -> None:
    jid = _jongere_id(gui_services, "Mariam Haddad")
    plan = PlanEditor(gui_services, jid)
    qtbot.addWidget(plan)
    plan.show()
    pagina = plan.lg_paginas[Leefgebied.SOCIAAL_NETWERK]
    assert plan.netwerk_knop.parent() is pagina
    qtbot.mouseClick(plan.netwerk_knop, Qt.MouseButton.LeftButton)
    editor = plan.netwerk_editor
    assert editor is not None and editor.isVisible()
    assert editor.model.rowCount() == 13
    editor.close()
    plan._zet_dirty(False)


def test_a_goal_points_to_people_in_the_network(qtbot: QtBot, gui_services: Services) -> None:
    jid = _jongere_id(gui_services, "Mariam Haddad")
    versie = gui_services.plannen.laatste(jid)
    assert versie is not None and versie.bewerkbaar
    dialog = DoelDialog(gui_services, versie, Leefgebied.SOCIAAL_NETWERK)
    qtbot.addWidget(dialog)
    namen = [dialog.personen.item(i).text() for i in range(dialog.personen.count())]
    assert "Nicht Lina (nicht)" in namen and len(namen) == 13
    dialog.ui.eigenWoorden.setPlainText("Vaker bij mijn nicht in Rotterdam logeren")
    lina = next(p for p in gui_services.netwerk.huidig_netwerk(jid).personen if p.naam == "Nicht Lina")
    dialog.personen.setFocus()
    dialog.personen.setCurrentRow(namen.index("Nicht Lina (nicht)"))
    qtbot.keyClick(dialog.personen, Qt.Key.Key_Space)  # the keyboard ticks the box
    dialog.save()
    assert dialog.doel is not None and dialog.doel.personen == (lina.id,)
    opgeslagen = gui_services.plannen.opslaan(
        versie.id, versie.inhoud.met_doel(dialog.doel), basis=versie.inhoud, base_rev=versie.rev
    ).versie
    assert opgeslagen.inhoud.doel(dialog.doel.id).personen == (lina.id,)
    # Opened again, the tick is still there.
    weer = DoelDialog(
        gui_services, opgeslagen, Leefgebied.SOCIAAL_NETWERK, opgeslagen.inhoud.doel(dialog.doel.id)
    )
    qtbot.addWidget(weer)
    assert weer.gekozen_personen() == (lina.id,)
