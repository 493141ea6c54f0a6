"""The main window: the list of a location, the dossier, mentor change, keyboard use."""

from __future__ import annotations

from modal import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kso_desktop.domain.enums import GebeurtenisSoort
from kso_desktop.gui.dialogs import JongereDialog, MentorDialog
from kso_desktop.gui.main_window import DOSSIER_DELAY_MS, MainWindow
from kso_desktop.gui.vergrendeling import OntgrendelForm
from kso_desktop.services.registry import Services
from kso_desktop.services.toegang import DEMO_PINCODE
from kso_desktop.storage import models as m


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    # Menu shortcuts (Ctrl+M, Ctrl+N) only fire in the active window, as for a real user.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _names_in_view(window: MainWindow) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def _locatie_id(services: Services, naam: str) -> str:
    return next(loc.id for loc in services.organisatie.locaties() if loc.naam == naam)


def _jongere_id(services: Services, naam: str) -> str:
    return next(r.id for r in services.jongeren.lijst() if r.naam == naam)


def test_starts_on_the_location_of_the_medewerker_and_lists_its_jongeren(
    qtbot: QtBot, gui_services: Services
):
    window = _window(qtbot, gui_services)
    # The demo medewerker (Sanne de Vries) works at De Linde.
    assert window.ui.medewerkerCombo.currentText().startswith("Sanne de Vries")
    assert window.current_locatie_id() == _locatie_id(gui_services, "De Linde")
    expected = sorted(r.naam for r in gui_services.jongeren.lijst(window.current_locatie_id()))
    assert sorted(_names_in_view(window)) == expected
    assert "Yonas Tesfay" in expected and "Daniel Tekle" not in expected
    assert str(len(expected)) in window.statusBar().currentMessage()


def test_changing_location_shows_that_locations_jongeren(qtbot: QtBot, gui_services: Services):
    window = _window(qtbot, gui_services)
    combo = window.ui.locatieCombo
    combo.setCurrentIndex(combo.findData(_locatie_id(gui_services, "Het Anker")))
    assert sorted(_names_in_view(window)) == ["Abdi Yusuf", "Daniel Tekle", "Zahra Hosseini"]


def test_search_filters_the_list(qtbot: QtBot, gui_services: Services):
    window = _window(qtbot, gui_services)
    qtbot.keyClicks(window.ui.zoekEdit, "tesf")
    assert _names_in_view(window) == ["Yonas Tesfay"]
    window.ui.zoekEdit.clear()
    qtbot.keyClicks(window.ui.zoekEdit, "Lotte")  # jeugdbeschermer column is searched too
    assert "Mariam Haddad" in _names_in_view(window)


def test_opening_a_dossier_shows_the_data_and_logs_the_view(qtbot: QtBot, gui_services: Services):
    window = _window(qtbot, gui_services)
    jongere_id = _jongere_id(gui_services, "Yonas Tesfay")
    assert window.select_jongere(jongere_id)
    qtbot.waitUntil(lambda: window.dossier.jongere is not None and window.dossier.jongere.id == jongere_id)
    ui = window.dossier.ui
    assert ui.titel.text() == "Yonas Tesfay"
    assert "Tigrinya" in ui.valTalen.text()
    assert "Lotte Smit" in ui.valJeugdbeschermer.text()
    assert ui.valMentor.text().startswith("Sanne de Vries")
    assert window.dossier.te_doen.rowCount() >= 2  # plan and first driegesprek are due
    acties = [a.actie for a in gui_services.jongeren.audit_trail(jongere_id)]
    assert "ingezien" in acties


def _als(services: Services, naam: str) -> None:
    services.act_as(next(w.id for w in services.organisatie.medewerkers() if w.naam == naam))


def test_mentor_change_via_the_keyboard_is_saved_and_shown_in_the_history(
    qtbot: QtBot, gui_services: Services
):
    _als(gui_services, "Eva Mulder")  # the teamleider changes mentors (domain.rechten)
    window = _window(qtbot, gui_services)
    jongere_id = _jongere_id(gui_services, "Yonas Tesfay")
    window.select_jongere(jongere_id)
    window._open_selected()

    def fill(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, MentorDialog)
            combo = dialog.ui.medewerker
            assert QApplication.focusWidget() is combo  # the dialog opens on the choice of mentor
            for _ in range(combo.count()):
                if combo.currentText().startswith("Youssef"):
                    break
                qtbot.keyClick(combo, Qt.Key.Key_Down)
            qtbot.keyClick(combo, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is dialog.ui.ingang
            qtbot.keyClick(dialog.ui.ingang, Qt.Key.Key_Tab)
            qtbot.keyClicks(dialog.ui.reden, "Op verzoek van de jongere")
            qtbot.keyClick(dialog.ui.reden, Qt.Key.Key_Return)
        except BaseException:
            dialog.reject()  # never leave a modal dialog open: the test would hang instead of fail
            raise

    when_modal(fill)
    qtbot.keyClick(window.ui.jongerenView, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)

    jongere = gui_services.jongeren.get(jongere_id)
    assert jongere.mentor is not None and jongere.mentor.medewerker_naam == "Youssef Amrani"
    assert [p.medewerker_naam for p in jongere.mentoren] == ["Sanne de Vries", "Youssef Amrani"]
    assert jongere.mentoren[0].tot == gui_services.ctx.today()
    history = window.dossier.mentoren
    assert [history.index(r, 0).data() for r in range(history.rowCount())] == [
        "Youssef Amrani",
        "Sanne de Vries",
    ]
    assert history.index(0, 3).data() == "Op verzoek van de jongere"
    assert window.dossier.ui.tabs.currentWidget() is window.dossier.ui.tabMentoren


def test_new_jongere_with_the_keyboard_only(qtbot: QtBot, gui_services: Services):
    window = _window(qtbot, gui_services)

    def fill(dialog: QDialog) -> None:
        try:
            assert isinstance(dialog, JongereDialog)
            values = ["Filmon", "Tsegay", "", "14-05-2010", "Eritrea", "Tigrinya, Engels"]
            for value in values:
                qtbot.keyClicks(QApplication.focusWidget(), value)
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is dialog.ui.telefoon
            qtbot.keyClick(dialog.ui.telefoon, Qt.Key.Key_Return)
        except BaseException:
            dialog.reject()  # never leave a modal dialog open: the test would hang instead of fail
            raise

    when_modal(fill)
    qtbot.keyClick(window.ui.jongerenView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert "Filmon Tsegay" in _names_in_view(window)
    saved = next(r for r in gui_services.jongeren.lijst() if r.naam == "Filmon Tsegay")
    assert saved.locatie == "De Linde"
    assert saved.geboortedatum.isoformat() == "2010-05-14"
    assert window.dossier.jongere is not None and window.dossier.jongere.naam == "Filmon Tsegay"


def _counts(services: Services) -> tuple[int, int, int]:
    with services.ctx.store.read() as s:
        return (
            s.scalar(select(func.count()).select_from(m.Jongere)) or 0,
            s.scalar(select(func.count()).select_from(m.AuditLog)) or 0,
            s.scalar(select(func.count()).select_from(m.OutboxOp)) or 0,
        )


def test_bad_input_shows_a_dutch_message_and_writes_nothing(qtbot: QtBot, gui_services: Services):
    before = _counts(gui_services)
    dialog = JongereDialog(gui_services, locatie_id=_locatie_id(gui_services, "De Linde"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.ui.voornaam, "   ")
    qtbot.keyClicks(dialog.ui.achternaam, "Tsegay")
    qtbot.keyClicks(dialog.ui.geboortedatum, "31-02-2010")
    qtbot.keyClick(dialog.ui.geboortedatum, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.foutLabel.isVisible()
    assert "'31-02-2010' is geen bestaande datum" in dialog.ui.foutLabel.text()
    assert QApplication.focusWidget() is dialog.ui.geboortedatum

    dialog.ui.geboortedatum.setText("14-05-2010")
    qtbot.keyClick(dialog.ui.geboortedatum, Qt.Key.Key_Return)
    assert "Voornaam is verplicht." in dialog.ui.foutLabel.text()
    assert QApplication.focusWidget() is dialog.ui.voornaam
    assert dialog.ui.achternaam.text() == "Tsegay"  # what was typed is kept
    assert _counts(gui_services) == before


def test_age_outside_the_kso_range_is_refused_in_the_dialog(qtbot: QtBot, gui_services: Services):
    before = _counts(gui_services)
    dialog = JongereDialog(gui_services, locatie_id=_locatie_id(gui_services, "De Linde"))
    qtbot.addWidget(dialog)
    dialog.ui.voornaam.setText("Kort")
    dialog.ui.achternaam.setText("Jong")
    dialog.ui.geboortedatum.setText("01-01-2015")
    dialog._try_save()
    assert "15 tot 21 jaar" in dialog.ui.foutLabel.text()
    assert _counts(gui_services) == before


def test_editing_a_jongere_records_field_changes_in_the_log(qtbot: QtBot, gui_services: Services):
    jongere = gui_services.jongeren.get(_jongere_id(gui_services, "Aya Mansour"))
    dialog = JongereDialog(gui_services, jongere)
    qtbot.addWidget(dialog)
    dialog.ui.telefoon.setText("06 1234 5678")
    dialog._try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    trail = gui_services.jongeren.audit_trail(jongere.id)
    latest = trail[0]
    assert latest.actie == "gewijzigd" and latest.medewerker == "Sanne de Vries"
    assert [(w.veld, w.oud, w.nieuw) for w in latest.wijzigingen] == [("telefoon", "", "06 1234 5678")]


def test_switching_medewerker_attributes_changes_to_them(qtbot: QtBot, gui_services: Services):
    window = _window(qtbot, gui_services)
    combo = window.ui.medewerkerCombo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith("Ruben Bakker"))

    def give_pin(dialog: QDialog) -> None:
        form = dialog.findChild(OntgrendelForm)
        assert form is not None
        form.pin.setText(DEMO_PINCODE)
        form.ontgrendel()

    when_modal(give_pin)  # the demo uses PINs: switching asks for Ruben's
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert gui_services.actor.naam == "Ruben Bakker"
    assert "Ruben Bakker" in window.statusBar().currentMessage()


def test_recording_an_event_from_the_due_list_with_ctrl_g(qtbot: QtBot, gui_services: Services):
    window = _window(qtbot, gui_services)
    jongere_id = _jongere_id(gui_services, "Omar Al-Sayed")  # driegesprek overdue in the demo
    window.select_jongere(jongere_id)
    window._open_selected()
    dossier = window.dossier
    dossier.ui.tabs.setCurrentWidget(dossier.ui.tabTeDoen)
    row = next(
        r for r in range(dossier.te_doen.rowCount()) if dossier.te_doen.record(r).kind.value == "driegesprek"
    )
    dossier.ui.teDoenView.selectRow(row)
    dossier.ui.teDoenView.setFocus()
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        try:
            seen.append(dialog.ui.soort.currentText())  # type: ignore[attr-defined]
            dialog.ui.notitie.setFocus()  # type: ignore[attr-defined]
            qtbot.keyClicks(dialog.ui.notitie, "Verslag in papieren dossier")  # type: ignore[attr-defined]
            qtbot.keyClick(dialog.ui.notitie, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        except BaseException:
            dialog.reject()  # never leave a modal dialog open: the test would hang instead of fail
            raise

    when_modal(fill)
    qtbot.keyClick(dossier.ui.teDoenView, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)

    assert seen == ["Driegesprek gehouden (Norm 1.2b)"]  # pre-chosen from the selected due item
    jongere = gui_services.jongeren.get(jongere_id)
    assert jongere.gebeurtenissen[0].notitie == "Verslag in papieren dossier"
    assert jongere.gebeurtenissen[0].datum == gui_services.ctx.today()
    driegesprek = next(i for i in jongere.due if i.kind.value == "driegesprek")
    assert driegesprek.due > gui_services.ctx.today()  # no longer overdue
    assert dossier.gebeurtenissen.index(0, 4).data() == "Verslag in papieren dossier"


def test_withdrawing_an_event_asks_first_and_then_restores_the_deadline(qtbot: QtBot, gui_services: Services):
    window = _window(qtbot, gui_services)
    jongere_id = _jongere_id(gui_services, "Aya Mansour")  # plan vastgesteld in the demo
    window.select_jongere(jongere_id)
    window._open_selected()
    dossier = window.dossier
    plan_row = next(
        r
        for r in range(dossier.gebeurtenissen.rowCount())
        if dossier.gebeurtenissen.record(r).soort.value == "begeleidingsplan_vastgesteld"
    )
    dossier.ui.gebeurtenissenView.selectRow(plan_row)

    def say_no(dialog: QDialog) -> None:
        try:
            assert "&Nee" in [b.text() for b in dialog.buttons()]  # type: ignore[attr-defined]
            qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        except BaseException:
            dialog.reject()  # never leave a modal dialog open: the test would hang instead of fail
            raise

    when_modal(say_no)
    dossier.ui.intrekkenKnop.click()
    assert any(
        g.soort.value == "begeleidingsplan_vastgesteld"
        for g in gui_services.jongeren.get(jongere_id).gebeurtenissen
    )

    def say_yes(dialog: QDialog) -> None:
        try:
            assert "intrekken" in dialog.windowTitle().lower()
            assert "&Ja" in [b.text() for b in dialog.buttons()]  # type: ignore[attr-defined]
            qtbot.keyClick(dialog, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
        except BaseException:
            dialog.reject()  # never leave a modal dialog open: the test would hang instead of fail
            raise

    when_modal(say_yes)
    dossier.ui.gebeurtenissenView.selectRow(plan_row)
    dossier.ui.intrekkenKnop.click()
    jongere = gui_services.jongeren.get(jongere_id)
    assert not any(g.soort.value == "begeleidingsplan_vastgesteld" for g in jongere.gebeurtenissen)
    assert any(i.kind.value == "begeleidingsplan" for i in jongere.due)


def test_adding_a_location_through_the_beheer_menu_with_the_keyboard(qtbot: QtBot, gui_services: Services):
    window = _window(qtbot, gui_services)
    assert not window.ui.actionLocaties.isEnabled()  # Sanne is no admin (domain.rechten)
    _als(gui_services, "Iris Koster")
    window.refresh()
    assert window.ui.actionLocaties.isEnabled()
    steps: list[str] = []

    def in_editor(dialog: QDialog) -> None:
        try:
            steps.append(dialog.windowTitle())
            qtbot.keyClicks(dialog.ui.naam, "De Wilg")  # type: ignore[attr-defined]
            qtbot.keyClick(dialog.ui.naam, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # KWG -> KWE
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        except BaseException:
            dialog.reject()
            raise

    def in_list(dialog: QDialog) -> None:
        try:
            steps.append(dialog.windowTitle())
            when_modal(in_editor)
            qtbot.keyClick(dialog.ui.lijst, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
            steps.append(f"{dialog.model.rowCount()} locaties")  # type: ignore[attr-defined]
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        except BaseException:
            dialog.reject()
            raise

    when_modal(in_list)
    window.ui.actionLocaties.trigger()

    assert steps == ["Locaties", "Nieuwe locatie", "4 locaties"]
    nieuw = next(loc for loc in gui_services.organisatie.locaties() if loc.naam == "De Wilg")
    assert nieuw.gegevens.type.value == "KWE"
    combo = window.ui.locatieCombo
    assert combo.findData(nieuw.id) >= 0  # the main window offers the new location at once


def test_a_dossier_view_is_logged_once_not_again_on_every_refresh(qtbot: QtBot, gui_services: Services):
    window = _window(qtbot, gui_services)
    jongere_id = _jongere_id(gui_services, "Bilal Nouri")
    window.select_jongere(jongere_id)
    qtbot.waitUntil(lambda: window.dossier.jongere is not None and window.dossier.jongere.id == jongere_id)

    def views() -> int:
        return sum(1 for a in gui_services.jongeren.audit_trail(jongere_id) if a.actie == "ingezien")

    assert views() == 1
    gui_services.jongeren.record_event(
        jongere_id, GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD, gui_services.ctx.today()
    )
    window.refresh()
    qtbot.wait(DOSSIER_DELAY_MS * 2)
    assert views() == 1
    # ... while the refreshed dossier does show the new state.
    assert not any(i.kind.value == "begeleidingsplan" for i in window.dossier.jongere.due)


def test_after_a_crash_the_main_window_says_unsaved_plan_edits_were_kept(
    qtbot: QtBot, gui_services: Services
):
    jongere_id = _jongere_id(gui_services, "Yonas Tesfay")
    concept = gui_services.plannen.nieuw_concept(jongere_id)
    typed = concept.inhoud.met_deel("dromen", "Ik wil monteur worden")
    gui_services.plannen.bewaar_herstelpunt(concept.id, typed, basis=concept.inhoud, base_rev=concept.rev)

    window = _window(qtbot, gui_services)

    assert window.ui.herstelBanner.isVisible()
    assert "Yonas Tesfay" in window.ui.herstelTekst.text()
    gui_services.plannen.verwerp_herstelpunt(concept.id)
    window.show_recovered_work()
    assert not window.ui.herstelBanner.isVisible()


def test_show_jongere_switches_to_their_location(qtbot: QtBot, gui_services: Services):
    window = _window(qtbot, gui_services)
    daniel = _jongere_id(gui_services, "Daniel Tekle")  # Het Anker; the window starts on De Linde
    assert window.current_locatie_id() == _locatie_id(gui_services, "De Linde")
    assert window.show_jongere(daniel)
    assert window.current_locatie_id() == _locatie_id(gui_services, "Het Anker")
    assert window.selected_id() == daniel


def test_the_dashboard_shows_an_overdue_driegesprek_and_enter_opens_its_preparation(
    qtbot: QtBot, gui_services: Services
):
    window = _window(qtbot, gui_services)
    omar = _jongere_id(gui_services, "Omar Al-Sayed")  # his driegesprek is overdue in the demo
    qtbot.keyClick(window.ui.jongerenView, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.linksTabs.currentWidget() is window.ui.tabWatMoetEr
    tabel = window.dashboard.tabel
    rows = [
        r
        for r in range(window.dashboard.model.rowCount())
        if window.dashboard.model.record(r).jongere_id == omar
        and window.dashboard.model.record(r).item.kind.value == "driegesprek"
    ]
    assert rows, "the overdue driegesprek is on the dashboard"
    record = window.dashboard.model.record(rows[0])
    assert record.item.urgentie(gui_services.ctx.today()).label == "Te laat"
    tabel.setCurrentIndex(window.dashboard.model.index(rows[0], 0))
    seen: list[str] = []

    def preparation(dialog: QDialog) -> None:
        try:
            seen.append(dialog.windowTitle())
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        except BaseException:
            dialog.reject()
            raise

    when_modal(preparation)
    qtbot.keyClick(tabel, Qt.Key.Key_Return)

    assert window.selected_id() == omar
    assert window.dossier.ui.tabs.currentWidget() is window.dossier.ui.tabGesprekken
    assert seen and "Omar" in seen[0]
