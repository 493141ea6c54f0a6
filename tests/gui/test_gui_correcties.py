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
