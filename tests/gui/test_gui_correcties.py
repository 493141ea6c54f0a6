"""Correction requests in the dossier by keyboard (Norm 7.1c), and what a woonbegeleider may not do."""

from __future__ import annotations

from modal import when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from kso_desktop.domain.correctie import Besluit
from kso_desktop.gui.correcties import CorrectieAfhandelenDialog, CorrectieDialog
from kso_desktop.gui.dossier import DossierView
from kso_desktop.services.registry import Services

ALT = Qt.KeyboardModifier.AltModifier


def _id(services: Services, naam: str) -> str:
    return next(r.id for r in services.jongeren.lijst() if r.naam == naam)


def _dossier(qtbot: QtBot, services: Services, naam: str) -> DossierView:
    view = DossierView(services)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show_jongere(services.jongeren.get(_id(services, naam)))
    view.show()
    qtbot.waitExposed(view)
    _actief(qtbot, view)
    return view


def _actief(qtbot: QtBot, view: DossierView) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)


def test_record_and_handle_a_request_by_keyboard(qtbot: QtBot, gui_services: Services) -> None:
    services = gui_services
    assert services.actor.naam == "Sanne de Vries"  # the demo's woonbegeleider, mentor of Yonas
    view = _dossier(qtbot, services, "Yonas Tesfay")
    tab = view.correcties

    qtbot.keyClick(view, Qt.Key.Key_C, ALT)  # &Correcties
    assert view.ui.tabs.currentWidget() is tab
    assert tab.model.rowCount() == 0

    def vastleggen(dialog: QDialog) -> None:
        assert isinstance(dialog, CorrectieDialog)
        assert QApplication.focusWidget() is dialog.ui.omschrijving
        qtbot.keyClicks(dialog.ui.omschrijving, "Mijn tweede taal is Engels, niet Arabisch.")
        qtbot.keyClick(dialog, Qt.Key.Key_O, ALT)  # &Opslaan

    when_modal(vastleggen)
    qtbot.keyClick(view, Qt.Key.Key_V, ALT)  # Verzoek &vastleggen…
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    verzoek = tab.gekozen()
    assert verzoek is not None and verzoek.besluit is Besluit.OPEN
    assert tab.model.index(0, 2).data() == "Mijn tweede taal is Engels, niet Arabisch."
    assert tab.model.index(0, 3).data() == "open"
    assert tab.ui.afhandelenKnop.isEnabled()

    def afhandelen(dialog: QDialog) -> None:
        assert isinstance(dialog, CorrectieAfhandelenDialog)
        assert "Engels, niet Arabisch" in dialog.ui.verzoek.text()
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)  # &Toelichting
        qtbot.keyClicks(dialog.ui.toelichting, "Talen aangepast: Tigrinya en Engels.")
        qtbot.keyClick(dialog, Qt.Key.Key_O, ALT)

    when_modal(afhandelen)
    _actief(qtbot, view)  # offscreen, the window does not get focus back by itself after a dialog
    qtbot.keyClick(view, Qt.Key.Key_A, ALT)  # &Afhandelen…
    qtbot.waitUntil(lambda: tab.model.index(0, 3).data() != "open")
    vandaag = services.ctx.today()
    assert tab.model.index(0, 3).data() == f"gecorrigeerd {vandaag:%d-%m-%Y}"
    assert tab.model.index(0, 5).data() == "Talen aangepast: Tigrinya en Engels."
    # Accepted: the user is taken to the data to correct.
    assert view.ui.tabs.currentWidget() is view.ui.tabGegevens
    assert view.focusWidget() is view.ui.wijzigKnop
    # And it is in the dossier's logboek, on Sanne's name.
    regels = [view.audit.record(r) for r in range(view.audit.rowCount())]
    acties = {(r.actie, r.entiteit, r.medewerker) for r in regels}
    assert ("aangemaakt", "correctieverzoek", "Sanne de Vries") in acties
    assert ("gewijzigd", "correctieverzoek", "Sanne de Vries") in acties
    assert services.correcties.get(verzoek.id).besluit is Besluit.UITGEVOERD


def test_a_woonbegeleider_records_but_cannot_handle_for_someone_elses_jongere(
    qtbot: QtBot, gui_services: Services
) -> None:
    services = gui_services
    daniel = _id(services, "Daniel Tekle")  # mentor: Ruben; Sanne is signed in
    verzoek = services.correcties.registreer(
        daniel, ontvangen_op=services.ctx.today(), van="Daniel", omschrijving="Adres klopt niet."
    )
    view = _dossier(qtbot, services, "Daniel Tekle")
    tab = view.correcties
    qtbot.keyClick(view, Qt.Key.Key_C, ALT)
    assert tab.gekozen() is not None and tab.gekozen().id == verzoek.id  # type: ignore[union-attr]

    assert tab.ui.vastleggenKnop.isEnabled()
    assert not tab.ui.afhandelenKnop.isEnabled()
    assert tab.ui.rechtLabel.isVisible()
    assert "Afhandelen is voor de mentor" in tab.ui.rechtLabel.text()
    qtbot.keyClick(view, Qt.Key.Key_A, ALT)  # a disabled button: nothing opens
    assert QApplication.activeModalWidget() is None
    assert services.correcties.get(verzoek.id).besluit is Besluit.OPEN


def _als(services: Services, naam: str) -> None:
    services.act_as(next(w.id for w in services.organisatie.medewerkers() if w.naam == naam))


def test_health_notes_show_the_marker_read_only_and_vaststellen_is_off_for_a_non_mentor(
    qtbot: QtBot, gui_services: Services
) -> None:
    from kso_desktop.domain.enums import Leefgebied, Niveau
    from kso_desktop.domain.rechten import AFGESCHERMD
    from kso_desktop.gui.plan_editor import PlanEditor

    services = gui_services
    mariam = _id(services, "Mariam Haddad")  # a concept plan; her mentor is Youssef, Sanne is signed in
    editor = PlanEditor(services, mariam)
    qtbot.addWidget(editor)
    gezondheid = editor.lg_paginas[Leefgebied.GEZONDHEID]
    zijn = gezondheid.teksten[Niveau.ZIJN]
    assert zijn.toPlainText() == AFGESCHERMD and zijn.isReadOnly()
    assert not gezondheid.ui.score.isEnabled()
    wonen = editor.lg_paginas[Leefgebied.WONEN].teksten[Niveau.ZIJN]
    assert not wonen.isReadOnly()  # the rest of the plan is hers to write
    assert editor.ui.actionOpslaan.isEnabled() and not editor.ui.actionVaststellen.isEnabled()

    _als(services, "Youssef Amrani")
    als_mentor = PlanEditor(services, mariam)
    qtbot.addWidget(als_mentor)
    zijn = als_mentor.lg_paginas[Leefgebied.GEZONDHEID].teksten[Niveau.ZIJN]
    assert zijn.toPlainText() not in ("", AFGESCHERMD) and not zijn.isReadOnly()
    assert als_mentor.ui.actionVaststellen.isEnabled()


def test_a_hidden_quickscan_says_so_and_cannot_be_opened_but_the_signaleringsplan_can(
    qtbot: QtBot, gui_services: Services
) -> None:
    view = _dossier(qtbot, gui_services, "Daniel Tekle")  # Sanne is not Daniel's mentor
    tab = view.formulieren
    rijen = {
        tab.tabel.item(r, 0).text(): r
        for r in range(tab.tabel.rowCount())  # title -> row
    }
    quickscan = next(r for titel, r in rijen.items() if titel.startswith("Quickscan"))
    plan = next(r for titel, r in rijen.items() if titel.startswith("Signaleringsplan"))
    assert tab.tabel.item(quickscan, 3).text().endswith("· Afgeschermd voor jouw rol")
    tab.tabel.selectRow(quickscan)
    assert not tab.openenKnop.isEnabled()
    tab.tabel.selectRow(plan)
    assert "Afgeschermd" not in tab.tabel.item(plan, 3).text()
    assert tab.openenKnop.isEnabled()
