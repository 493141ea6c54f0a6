"""The app lock: idle lock, nothing personal on screen, PIN unlock, lockout, shift change, dialogs kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from modal import when_modal
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kso_desktop.domain.entities import MedewerkerGegevens
from kso_desktop.domain.enums import Rol
from kso_desktop.gui.dialogs import JongereDialog
from kso_desktop.gui.main_window import MainWindow
from kso_desktop.gui.plan_editor import PlanEditor
from kso_desktop.gui.vergrendeling import OntgrendelForm, PincodeDialog
from kso_desktop.services.registry import Services
from kso_desktop.services.toegang import DEMO_PINCODE
from kso_desktop.storage import models as m


class Klok:
    def __init__(self) -> None:
        self.nu = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.nu


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _texts_on_screen(root: QWidget) -> str:
    """Every text a person could read: visible, not covered widgets only, plus window titles."""
    parts = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.visibleRegion().isEmpty():
            continue
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            parts.append(w.text())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            parts.append(w.toPlainText())
        elif (
            isinstance(w, QAbstractItemView)
            and w.model() is not None
            and not w.viewport().visibleRegion().isEmpty()
        ):
            model = w.model()
            parts += [
                str(model.index(r, c).data())
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            ]
    return "\n".join(parts)


def _kleuren(window: QWidget, gebied: QRect, behalve: QRect) -> set[str]:
    """The colours drawn in ``gebied`` of the window's picture (outside ``behalve``), sampled on a grid."""
    beeld = window.grab().toImage()
    return {
        QColor(beeld.pixel(x, y)).name()
        for x in range(gebied.left() + 2, gebied.right() - 2, 17)
        for y in range(gebied.top() + 2, gebied.bottom() - 2, 13)
        if not behalve.contains(x, y)
    }


def _lock(qtbot: QtBot, window: MainWindow) -> OntgrendelForm:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.vergrendeling.vergrendeld
    form = window.vergrendeling.form
    assert form is not None and form.isVisible()
    return form


def _type_pin(qtbot: QtBot, form: OntgrendelForm, pin: str) -> None:
    form.pin.clear()
    qtbot.keyClicks(form.pin, pin)
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)


def _beheerder(services: Services) -> str:
    return next(w.id for w in services.organisatie.medewerkers() if w.gegevens.rol == Rol.ADMIN)


def test_idle_time_locks_and_nothing_personal_is_on_screen(qtbot: QtBot, gui_services: Services) -> None:
    sanne = gui_services.actor.medewerker_id
    assert sanne is not None
    gui_services.act_as(_beheerder(gui_services))  # the lock time is an admin's setting (domain.rechten)
    gui_services.toegang.stel_vergrendelen_in(1)
    gui_services.act_as(sanne)
    window = _window(qtbot, gui_services)
    controller = window.vergrendeling
    assert controller.idle_timer.interval() == 60_000 and controller.idle_timer.isActive()
    qtbot.waitUntil(lambda: window.dossier.jongere is not None)
    naam = window.proxy.index(0, 0).data()
    assert naam in _texts_on_screen(window)  # the check below could fail
    table = window.ui.jongerenView
    gebied = QRect(table.mapTo(window, table.rect().topLeft()), table.size())
    assert len(_kleuren(window, gebied, QRect())) > 1  # the list is drawn before the lock

    controller.idle_timer.setInterval(20)  # a minute is long for a test; the timer is the same
    controller.idle_timer.start()
    qtbot.waitUntil(lambda: controller.vergrendeld)

    assert naam not in _texts_on_screen(window)
    assert window.windowTitle() == "KSO Desktop (vergrendeld)"
    form = controller.form
    assert form is not None
    vrij = QRect(form.mapTo(window, form.rect().topLeft()), form.size()).adjusted(-4, -4, 4, 4)
    assert len(_kleuren(window, gebied, vrij)) == 1  # where the list was, only the plain cover is drawn
    assert form.demo.isVisible() and form.demo.text() == "Demo: pincode 246810"
    assert form.pin.echoMode() == QLineEdit.EchoMode.Password
    # typing elsewhere does nothing while locked
    qtbot.keyClicks(window.ui.zoekEdit, "Yon")
    assert window.ui.zoekEdit.text() == ""


def test_activity_restarts_the_idle_timer(qtbot: QtBot, gui_services: Services) -> None:
    window = _window(qtbot, gui_services)
    timer = window.vergrendeling.idle_timer
    timer.stop()
    qtbot.keyClick(window.ui.jongerenView, Qt.Key.Key_Down)
    assert timer.isActive()  # a key press starts the idle time again
    timer.stop()
    qtbot.mouseMove(window.ui.jongerenView.viewport())
    assert timer.isActive()
    window.vergrendeling.vergrendel()
    assert not timer.isActive()  # no idle lock while locked
    qtbot.keyClick(window.ui.jongerenView, Qt.Key.Key_Down)
    assert not timer.isActive()


def test_unlock_with_the_right_pin_restores_the_window(qtbot: QtBot, gui_services: Services) -> None:
    window = _window(qtbot, gui_services)
    qtbot.waitUntil(lambda: window.dossier.jongere is not None)
    naam = window.proxy.index(0, 0).data()
    form = _lock(qtbot, window)
    _type_pin(qtbot, form, DEMO_PINCODE)
    assert not window.vergrendeling.vergrendeld
    assert window.windowTitle() == "KSO Desktop"
    assert naam in _texts_on_screen(window)


def test_wrong_pin_shows_a_dutch_message_and_stays_locked(qtbot: QtBot, gui_services: Services) -> None:
    window = _window(qtbot, gui_services)
    form = _lock(qtbot, window)
    _type_pin(qtbot, form, "864209")
    assert window.vergrendeling.vergrendeld
    assert form.fout.isVisible() and form.fout.text() == "De pincode of het wachtwoord klopt niet."
    assert form.pin.text() == ""


def test_five_wrong_pins_make_even_the_right_one_wait(qtbot: QtBot, gui_services: Services) -> None:
    klok = Klok()
    gui_services.ctx.clock = klok
    window = _window(qtbot, gui_services)
    form = _lock(qtbot, window)
    for _ in range(5):
        _type_pin(qtbot, form, "864209")
    assert form.fout.text() == "Te veel mislukte pogingen. Probeer het over 30 seconden opnieuw."
    klok.nu += timedelta(seconds=20)
    _type_pin(qtbot, form, DEMO_PINCODE)
    assert window.vergrendeling.vergrendeld
    assert form.fout.text() == "Te veel mislukte pogingen. Probeer het over 10 seconden opnieuw."
    klok.nu += timedelta(seconds=10)
    _type_pin(qtbot, form, DEMO_PINCODE)
    assert not window.vergrendeling.vergrendeld


def test_unlocking_as_another_medewerker_switches_who_works(qtbot: QtBot, gui_services: Services) -> None:
    window = _window(qtbot, gui_services)
    form = _lock(qtbot, window)
    ander = next(
        form.medewerker.itemData(i)
        for i in range(form.medewerker.count())
        if form.medewerker.itemData(i) != gui_services.actor.medewerker_id
    )
    form.medewerker.setCurrentIndex(form.medewerker.findData(ander))
    _type_pin(qtbot, form, DEMO_PINCODE)
    assert not window.vergrendeling.vergrendeld
    assert gui_services.actor.medewerker_id == ander
    assert window.ui.medewerkerCombo.currentData() == ander
    assert gui_services.actor.naam in window.statusBar().currentMessage()


def test_a_dialog_open_during_the_lock_keeps_its_text(qtbot: QtBot, gui_services: Services) -> None:
    window = _window(qtbot, gui_services)
    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, JongereDialog)
        qtbot.keyClicks(dialog.ui.voornaam, "Half getypte naam")
        qtbot.keyClick(dialog.ui.voornaam, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        form = window.vergrendeling.form
        assert form is not None
        seen["form_in_dialog"] = dialog.isAncestorOf(form)
        seen["dialog_visible_while_locked"] = dialog.isVisible()
        seen["text_hidden"] = "Half getypte naam" not in _texts_on_screen(dialog)
        _type_pin(qtbot, form, DEMO_PINCODE)
        seen["unlocked"] = not window.vergrendeling.vergrendeld
        seen["text_after"] = dialog.ui.voornaam.text()
        seen["dialog_visible_after"] = dialog.isVisible()
        dialog.reject()

    when_modal(answer)
    window.new_jongere()
    assert seen == {
        "form_in_dialog": True,
        "dialog_visible_while_locked": True,
        "text_hidden": True,
        "unlocked": True,
        "text_after": "Half getypte naam",
        "dialog_visible_after": True,
    }


def test_switching_medewerker_in_the_combo_asks_for_their_pin(qtbot: QtBot, gui_services: Services) -> None:
    window = _window(qtbot, gui_services)
    combo = window.ui.medewerkerCombo
    eerst = gui_services.actor.medewerker_id
    ander_index = next(i for i in range(combo.count()) if combo.itemData(i) != eerst)
    ander = combo.itemData(ander_index)

    when_modal(lambda dialog: dialog.reject())
    combo.setCurrentIndex(ander_index)
    combo.activated.emit(ander_index)
    assert gui_services.actor.medewerker_id == eerst
    assert combo.currentData() == eerst  # cancelled: the combo went back

    def answer(dialog: QDialog) -> None:
        form = dialog.findChild(OntgrendelForm)
        assert form is not None and form.gekozen() == ander
        _type_pin(qtbot, form, DEMO_PINCODE)

    when_modal(answer)
    combo.setCurrentIndex(ander_index)
    combo.activated.emit(ander_index)
    assert gui_services.actor.medewerker_id == ander


def test_starts_locked_once_anyone_has_a_pin(
    qtbot: QtBot, gui_services: Services, services: Services
) -> None:
    window = MainWindow(gui_services)
    qtbot.addWidget(window)
    window.vergrendeling.vergrendel_bij_start()
    assert window.vergrendeling.vergrendeld
    zonder = MainWindow(services)  # a new database: nobody has a PIN yet
    qtbot.addWidget(zonder)
    zonder.vergrendeling.vergrendel_bij_start()
    assert not zonder.vergrendeling.vergrendeld


def test_first_sign_in_without_a_pin_chooses_one(qtbot: QtBot, services: Services) -> None:
    sanne = services.organisatie.add_medewerker(MedewerkerGegevens(naam="Sanne de Vries", rol=Rol.ADMIN)).id
    ruben = services.organisatie.add_medewerker(
        MedewerkerGegevens(naam="Ruben Bakker", rol=Rol.WOONBEGELEIDER)
    ).id
    services.toegang.stel_pin_in(sanne, "582039")
    window = _window(qtbot, services)
    form = _lock(qtbot, window)
    assert not form.demo.isVisible()
    form.medewerker.setCurrentIndex(form.medewerker.findData(ruben))
    assert form.herhaal.isVisible() and "Ruben Bakker heeft nog geen pincode" in form.eerste_keer.text()
    qtbot.keyClicks(form.pin, "730551")
    qtbot.keyClicks(form.herhaal, "730552")
    qtbot.keyClick(form.herhaal, Qt.Key.Key_Return)
    assert form.fout.text() == "De twee pincodes zijn niet gelijk. Typ dezelfde pincode twee keer."
    assert not services.toegang.heeft_pin(ruben)
    qtbot.keyClicks(form.pin, "730551")
    qtbot.keyClicks(form.herhaal, "730551")
    qtbot.keyClick(form.herhaal, Qt.Key.Key_Return)
    assert not window.vergrendeling.vergrendeld and services.actor.medewerker_id == ruben
    # Ruben has a PIN now: next time it is asked for, not chosen again
    form = _lock(qtbot, window)
    form.medewerker.setCurrentIndex(form.medewerker.findData(ruben))
    assert not form.herhaal.isVisible()


def test_plan_windows_are_covered_and_get_their_title_back(qtbot: QtBot, gui_services: Services) -> None:
    window = _window(qtbot, gui_services)
    qtbot.waitUntil(lambda: window.dossier.jongere is not None)
    jongere = window.dossier.jongere
    assert jongere is not None
    editor = PlanEditor(gui_services, jongere.id, parent=window)  # as open_plan makes it
    editor.show()
    qtbot.waitUntil(editor.isVisible)
    titel = editor.windowTitle()
    assert jongere.gegevens.voornaam in _texts_on_screen(editor)
    window.vergrendeling.vergrendel()
    assert editor.windowTitle() == "KSO Desktop (vergrendeld)"
    assert jongere.gegevens.voornaam not in _texts_on_screen(editor)
    form = window.vergrendeling.form
    assert form is not None and window.isAncestorOf(form)  # no modal dialog: the form is on the main window
    _type_pin(qtbot, form, DEMO_PINCODE)
    assert editor.windowTitle() == titel and editor.isVisible()
    assert jongere.gegevens.voornaam in _texts_on_screen(editor)


def test_a_small_message_box_grows_to_hold_the_form(qtbot: QtBot, gui_services: Services) -> None:
    window = _window(qtbot, gui_services)
    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> None:
        voor = dialog.size()
        window.vergrendeling.vergrendel()
        form = window.vergrendeling.form
        assert form is not None
        seen["in_box"] = dialog.isAncestorOf(form)
        seen["fits"] = (
            dialog.width() >= form.sizeHint().width() and dialog.height() >= form.sizeHint().height()
        )
        _type_pin(qtbot, form, DEMO_PINCODE)
        seen["size_back"] = dialog.size() == voor
        dialog.reject()

    when_modal(answer)
    window.show_shortcuts()
    assert seen == {"in_box": True, "fits": True, "size_back": True}


def test_a_dialog_that_opens_while_locked_takes_the_form_and_gives_it_back(
    qtbot: QtBot, gui_services: Services
) -> None:
    window = _window(qtbot, gui_services)
    form = _lock(qtbot, window)
    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: dialog.isAncestorOf(form))  # only the modal window gets input
        seen["covered"] = "Sneltoetsen" not in _texts_on_screen(dialog)
        dialog.reject()

    when_modal(answer)
    window.show_shortcuts()  # as if something opened a message box during the lock
    assert seen == {"covered": True}
    qtbot.waitUntil(lambda: window.isAncestorOf(form))
    assert window.vergrendeling.vergrendeld
    _type_pin(qtbot, form, DEMO_PINCODE)
    assert not window.vergrendeling.vergrendeld


def test_a_dossier_is_logged_as_seen_by_who_signed_in(qtbot: QtBot, gui_services: Services) -> None:
    window = MainWindow(gui_services)
    qtbot.addWidget(window)
    window.vergrendeling.vergrendel_bij_start()
    window.resize(1366, 768)
    window.show()
    qtbot.wait(400)  # longer than the delay after which a selected dossier opens
    geselecteerd = window.selected_id()
    assert geselecteerd is not None
    assert all(r.actie != "ingezien" for r in gui_services.jongeren.audit_trail(geselecteerd))
    form = window.vergrendeling.form
    assert form is not None
    ruben = form.medewerker.itemData(
        next(i for i in range(form.medewerker.count()) if form.medewerker.itemText(i).startswith("Ruben"))
    )
    form.medewerker.setCurrentIndex(form.medewerker.findData(ruben))
    _type_pin(qtbot, form, DEMO_PINCODE)
    jongere = window.dossier.jongere
    assert jongere is not None and jongere.id == geselecteerd
    gezien = [r.medewerker for r in gui_services.jongeren.audit_trail(jongere.id) if r.actie == "ingezien"]
    assert gezien == ["Ruben Bakker"]
    # the next shift unlocks with the same dossier on screen: seen by them too
    form = _lock(qtbot, window)
    form.medewerker.setCurrentIndex(0 if form.medewerker.itemData(0) != ruben else 1)
    nieuw = form.medewerker.currentText().split(" (")[0]
    _type_pin(qtbot, form, DEMO_PINCODE)
    gezien = [r.medewerker for r in gui_services.jongeren.audit_trail(jongere.id) if r.actie == "ingezien"]
    assert gezien == [nieuw, "Ruben Bakker"]


def test_changing_your_own_pin_needs_the_current_one(qtbot: QtBot, gui_services: Services) -> None:
    window = _window(qtbot, gui_services)
    ik = gui_services.actor.medewerker_id
    assert ik is not None
    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, PincodeDialog)
        seen["huidige gevraagd"] = dialog.huidige.isVisible()
        seen["kiezen"] = dialog.medewerker.count()  # not an admin: only yourself
        dialog.huidige.setText("000000")
        dialog.nieuw.setText("730551")
        dialog.herhaal.setText("730551")
        dialog.opslaan()
        seen["fout"] = dialog.fout.text()
        dialog.huidige.setText(DEMO_PINCODE)
        dialog.opslaan()
        seen["dicht"] = not dialog.isVisible()

    when_modal(answer)
    window.vergrendeling.actie_pincode.trigger()
    assert seen == {
        "huidige gevraagd": True,
        "kiezen": 1,
        "fout": "De pincode of het wachtwoord klopt niet.",
        "dicht": True,
    }
    gui_services.toegang.aanmelden(ik, "730551")


def test_an_admin_resets_a_colleagues_pin_without_knowing_it(qtbot: QtBot, services: Services) -> None:
    beheer = services.organisatie.add_medewerker(MedewerkerGegevens(naam="Anouk Beheer", rol=Rol.ADMIN)).id
    ruben = services.organisatie.add_medewerker(
        MedewerkerGegevens(naam="Ruben Bakker", rol=Rol.WOONBEGELEIDER)
    ).id
    services.toegang.stel_pin_in(beheer, "907153")
    services.toegang.stel_pin_in(ruben, "664013")
    services.toegang.aanmelden(beheer, "907153")
    window = _window(qtbot, services)
    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, PincodeDialog)
        dialog.medewerker.setCurrentIndex(dialog.medewerker.findData(ruben))
        seen["huidige gevraagd"] = dialog.huidige.isVisible()
        dialog.nieuw.setText("318274")
        dialog.herhaal.setText("318274")
        dialog.opslaan()

    when_modal(answer)
    window.vergrendeling.actie_pincode.trigger()
    assert seen == {"huidige gevraagd": False}
    services.toegang.aanmelden(ruben, "318274")
    assert services.actor.medewerker_id == ruben


def test_lock_time_is_set_from_the_menu(qtbot: QtBot, gui_services: Services) -> None:
    gui_services.act_as(_beheerder(gui_services))
    window = _window(qtbot, gui_services)

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setIntValue(12)
        dialog.accept()

    when_modal(answer)
    window.vergrendeling.actie_instellen.trigger()
    assert gui_services.toegang.vergrendelen_na() == 12
    assert window.vergrendeling.idle_timer.interval() == 12 * 60_000
    assert window.vergrendeling.actie_vergrendelen in window.ui.menuBestand.actions()


def test_a_woonbegeleider_is_told_the_lock_time_is_an_admins_setting(
    qtbot: QtBot, gui_services: Services
) -> None:
    window = _window(qtbot, gui_services)  # Sanne, woonbegeleider
    seen: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.accept()

    when_modal(answer)
    window.vergrendeling.actie_instellen.trigger()
    assert seen == ["Alleen een beheerder mag instellingen wijzigen."]
    assert gui_services.toegang.vergrendelen_na() == 5


def test_tab_stays_in_the_sign_in_form_and_locks_are_logged(qtbot: QtBot, gui_services: Services) -> None:
    window = _window(qtbot, gui_services)
    form = _lock(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.pin)
    for _ in range(6):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        assert form.isAncestorOf(QApplication.focusWidget())
    ik = gui_services.actor.medewerker_id
    with gui_services.ctx.store.read() as s:
        acties = s.scalars(
            select(m.AuditLog.actie).where(
                m.AuditLog.entiteit == "medewerker_toegang", m.AuditLog.entiteit_id == ik
            )
        ).all()
    assert "vergrendeld" in acties
