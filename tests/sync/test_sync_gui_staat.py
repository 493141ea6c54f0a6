"""The rest of the sync GUI against a real portal: stopping a long sync at a safe point, the sync state in
the lists, refused changes with their reason and text, jongeren kept out of scope, and the sync log."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sync_helpers import Laptop

from kso_desktop.domain.enums import GesprekType
from kso_desktop.domain.gesprek import GesprekInhoud
from kso_desktop.gui.formulieren import FormulierenTab
from kso_desktop.gui.gesprekken import GesprekkenTab
from kso_desktop.gui.main import configure_application
from kso_desktop.gui.main_window import MainWindow
from kso_desktop.gui.plan_editor import PlanEditor
from kso_desktop.gui.presentation import jongeren_columns
from kso_desktop.gui.sync_kolom import SyncStaatModel
from kso_desktop.gui.sync_venster import SyncVenster
from kso_desktop.gui.sync_view import SyncStatusBar
from kso_desktop.storage import models as m
from kso_desktop.storage.meta import get_meta
from kso_desktop.sync.engine import CURSOR

# Not the Quickscan: its answers are only for the mentor and up, and this laptop syncs as a woonbegeleider.
SIGNALERINGSPLAN = "signaleringsplan-stoplicht"
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture(autouse=True)
def dutch_qt(qapp: QApplication) -> Iterator[None]:
    configure_application(qapp)
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _shot(widget: object, name: str) -> None:
    """Save what the screen looks like (build/screenshots) so a person can look at it."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # pending layout requests first: the picture is what a person would see
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def _jongeren(lap: Laptop) -> int:
    with lap.services.ctx.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(m.Jongere)) or 0)


def _staat_in(view: QTableView, row_id: str) -> str:
    """The text of the sync column on the row of this record, as the list shows it."""
    model = view.model()
    source = getattr(model, "sourceModel", lambda: model)()
    kolom = getattr(source, "kolom", source.columnCount() - 1)
    for row in range(source.rowCount()):
        record = source.record(row)
        if row_id in (getattr(record, "id", None), getattr(record, "ref_id", None)):
            return str(source.index(row, kolom).data())
    raise AssertionError(f"{row_id} not in the list")


def test_stopping_a_long_sync_stops_at_a_safe_point_and_the_next_sync_completes(
    laptop: Callable[..., Laptop], qtbot: QtBot
) -> None:
    a = laptop("a_med")
    for i in range(24):
        a.new_jongere(f"Jongere{i}")
    a.sync()
    on_portal = len(a.portal.records("jongere"))
    b = laptop("a_med2")
    b.services.sync.page_size = 5  # many small pages: a long pull
    # The portal holds B's first page (bounded: 30 s) so the stop is asked while that page is on its way.
    gate = threading.Event()
    before = len(a.portal.faults.applied)
    a.portal.faults.hold_request_until("/v1/sync/changes", gate, timeout=30)
    bar = SyncStatusBar(b.services)
    qtbot.addWidget(bar)
    bar.show()
    assert not bar.stopKnop.isVisible()
    bar.sync_now()
    assert bar.stopKnop.isVisible() and bar.stopKnop.isEnabled()
    qtbot.waitUntil(lambda: len(a.portal.faults.applied) > before, timeout=30000)
    bar.resize(900, bar.sizeHint().height())
    _shot(bar, "sync-bezig")
    with qtbot.waitSignal(bar.gestopt, timeout=30000):
        qtbot.mouseClick(bar.stopKnop, Qt.MouseButton.LeftButton)
        gate.set()
    assert "Synchronisatie gestopt" in bar.label.text()
    assert not bar.stopKnop.isVisible() and bar.knop.isEnabled()
    _shot(bar, "sync-gestopt")
    # The page on its way was applied whole and the cursor written after it; nothing beyond it.
    half = _jongeren(b)
    assert 0 < half < on_portal
    with b.services.ctx.store.read() as s:
        cursor = int(get_meta(s, CURSOR) or 0)
        versions = list(s.scalars(select(m.Jongere.server_version)))
    assert cursor > 0 and all(v is not None and v <= cursor for v in versions)
    assert b.outbox() == []
    assert b.services.sync.logboek()[0].tekst == "Synchronisatie gestopt"
    # A later sync completes: every jongere once, nothing duplicated on either side.
    with qtbot.waitSignal(bar.gesynchroniseerd, timeout=30000):
        bar.sync_now()
    assert _jongeren(b) == on_portal == len(a.portal.records("jongere")) == 24
    assert "Synchronisatie gestopt" not in bar.label.text()
    assert b.services.sync.logboek()[0].soort == "ok"


def test_lists_show_waiting_synced_and_conflict(laptop: Callable[..., Laptop], qtbot: QtBot) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = a.new_jongere("Senait")
    gesprek = a.services.gesprekken.opslaan(
        jid, GesprekType.TWEEGESPREK, datetime(2026, 3, 9, 13, tzinfo=UTC), GesprekInhoud(notities="Eerste")
    )
    window = MainWindow(a.services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.sync_status.bezig, timeout=30000)  # the sync on start, if any
    a.sync()
    window.refresh()
    assert _staat_in(window.ui.jongerenView, jid) == "Gesynchroniseerd"
    # An edit: the list says it waits, with an explanation (not colour alone).
    a.edit(jid, notities="Wil graag naar de kapper")
    window.refresh()
    assert _staat_in(window.ui.jongerenView, jid) == "Wacht op verzenden"
    kolom = window.model.kolom
    rij = [window.model.record(r).id for r in range(window.model.rowCount())].index(jid)
    index = window.model.index(rij, kolom)
    assert "volgende synchronisatie" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == "Wacht op verzenden"
    _shot(window, "sync-lijst-wachtend")
    with qtbot.waitSignal(window.sync_status.gesynchroniseerd, timeout=30000):
        window.sync_status.sync_now()
    assert _staat_in(window.ui.jongerenView, jid) == "Gesynchroniseerd"

    # The gesprekken timeline has the same column.
    tab = GesprekkenTab(a.services)
    qtbot.addWidget(tab)
    tab.toon(jid)
    assert _staat_in(tab.view, gesprek.id) == "Gesynchroniseerd"

    # The same field edited on two laptops: the list of the one that got the conflict says so.
    b.sync()
    a.edit(jid, notities="Versie van A")
    b.edit(jid, notities="Versie van B")
    a.sync()
    b.sync()
    model = SyncStaatModel(jongeren_columns(b.services.ctx.today()), b.services, lambda r: r.id)
    model.set_records(b.services.jongeren.lijst(None))
    rij = [model.record(r).id for r in range(model.rowCount())].index(jid)
    assert model.index(rij, model.columnCount() - 1).data() == "Conflict"
    [conflict] = b.services.sync.conflicts()
    b.services.sync.resolve(conflict.id, "mijn")
    assert b.services.sync.logboek()[0].tekst == "Conflict opgelost (mijn versie): Gegevens van de jongere"
    model.set_records(b.services.jongeren.lijst(None))
    assert model.index(rij, model.columnCount() - 1).data() == "Wacht op verzenden"


def test_refused_change_and_out_of_scope_jongere_are_shown_and_can_be_sent_again(
    laptop: Callable[..., Laptop], qtbot: QtBot
) -> None:
    a, both = laptop("a_med"), laptop("ab_med")
    kept = a.new_jongere("Blijft")
    a.sync()
    both.sync()
    # Laptop A writes about "Blijft" offline; meanwhile the jongere moves to location B.
    a.edit(kept, notities="Niet verstuurde woorden over de kapper")
    both.edit(kept, locatie_id=both.locatie(a.portal.loc_b))
    both.sync()
    rapport = a.sync().rapport
    assert rapport.rejected == 1 and rapport.kept_out_of_scope == 1

    # The jongeren list marks the jongere and says what still waits.
    window = MainWindow(a.services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.sync_status.bezig, timeout=30000)
    window.ui.locatieCombo.setCurrentIndex(window.ui.locatieCombo.count() - 1)  # alle locaties
    window.refresh()
    assert _staat_in(window.ui.jongerenView, kept) == "Buiten je locaties — bewaard tot alles verzonden is"
    kolom = window.model.kolom
    rij = [window.model.record(r).id for r in range(window.model.rowCount())].index(kept)
    tooltip = window.model.index(rij, kolom).data(Qt.ItemDataRole.ToolTipRole)
    assert "Wacht nog:" in tooltip and "Gegevens van de jongere: Blijft Haile" in tooltip
    window.dossier.show_jongere(a.services.jongeren.get(kept))
    assert "Buiten je locaties — bewaard tot alles verzonden is" in window.dossier.ui.ondertitel.text()
    assert "Blijft Haile" in window.dossier.ui.ondertitel.toolTip()
    # The status bar points to the refused change.
    assert "geweigerd (1)" in window.sync_status.detailsKnop.text()
    _shot(window, "sync-buiten-bereik")

    venster = SyncVenster(a.services)
    qtbot.addWidget(venster)
    venster.show()
    assert venster.tabs.currentIndex() == 0
    assert venster.geweigerdLijst.count() == 1
    assert "Blijft Haile" in venster.geweigerdLijst.item(0).text()
    assert "Onbekende jongere of geen toegang" in venster.reden.text() or "toegang" in venster.reden.text()
    assert "Niet verstuurde woorden over de kapper" in venster.tekst.toPlainText()
    qtbot.mouseClick(venster.kopieerKnop, Qt.MouseButton.LeftButton)
    assert "Niet verstuurde woorden over de kapper" in QApplication.clipboard().text()
    _shot(venster, "sync-geweigerd")
    venster.tabs.setCurrentIndex(1)
    assert "Blijft Haile" in venster.bereikTekst.toPlainText()
    assert "Wacht nog:" in venster.bereikTekst.toPlainText()
    _shot(venster, "sync-buiten-je-locaties")
    venster.tabs.setCurrentIndex(2)
    assert venster.logModel.rowCount() >= 2
    teksten = [venster.logModel.record(r).tekst for r in range(venster.logModel.rowCount())]
    assert any("1 geweigerd" in t for t in teksten)
    _shot(venster, "sync-logboek")

    # The jongere comes back to location A; "Opnieuw proberen" sends the words again and they arrive.
    both.edit(kept, locatie_id=both.locatie(a.portal.loc_a))
    both.sync()
    venster.tabs.setCurrentIndex(0)
    qtbot.mouseClick(venster.opnieuwKnop, Qt.MouseButton.LeftButton)
    assert venster.opnieuw and venster.geweigerdLijst.count() == 0
    assert "volgende synchronisatie" in venster.melding.text()
    a.sync()
    a.sync()
    record = {r.uuid: r for r in a.portal.records("jongere")}[kept]
    assert record.payload["notities"] == "Niet verstuurde woorden over de kapper"
    assert record.locatie_id == a.portal.loc_a
    assert a.outbox() == [] and a.services.sync.status().geweigerd == 0
    window.refresh()
    assert _staat_in(window.ui.jongerenView, kept) == "Gesynchroniseerd"


def test_plan_versions_and_forms_show_their_sync_state(laptop: Callable[..., Laptop], qtbot: QtBot) -> None:
    a = laptop("a_med")
    jid = a.new_jongere("Daniel")
    versie = a.services.plannen.nieuw_concept(jid)
    invulling = a.services.formulieren.nieuw(jid, SIGNALERINGSPLAN)
    editor = PlanEditor(a.services, jid)
    qtbot.addWidget(editor)
    tab = FormulierenTab(a.services)
    qtbot.addWidget(tab)
    tab.toon(jid)
    assert _staat_in(editor.ui.versiesView, versie.id) == "Wacht op verzenden"
    assert tab.tabel.item(0, 5).text() == "Wacht op verzenden"
    assert "volgende synchronisatie" in tab.tabel.item(0, 5).toolTip()
    assert tab.invullingen[0].id == invulling.id
    a.sync()
    editor.versies.set_records(a.services.plannen.versies(jid))
    tab.vernieuw()
    assert _staat_in(editor.ui.versiesView, versie.id) == "Gesynchroniseerd"
    assert tab.tabel.item(0, 5).text() == "Gesynchroniseerd"
    editor.show()
    editor.ui.navigatie.setCurrentRow(editor.ui.navigatie.count() - 1)  # the Versies page
    assert editor.ui.paginas.currentWidget() is editor.ui.versiesPagina
    _shot(editor, "sync-planversies")
    tab.show()
    _shot(tab, "sync-formulieren")


def test_f9_syncs_and_shift_f9_stops_from_the_keyboard(laptop: Callable[..., Laptop], qtbot: QtBot) -> None:
    a = laptop("a_med")
    for i in range(12):
        a.new_jongere(f"Toets{i}")
    a.sync()
    b = laptop("a_med2")
    b.services.sync.page_size = 5
    gate = threading.Event()
    before = len(a.portal.faults.applied)
    a.portal.faults.hold_request_until("/v1/sync/changes", gate, timeout=30)
    window = MainWindow(b.services)  # syncs on start: that sync's first page is held
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(a.portal.faults.applied) > before, timeout=30000)
    assert window.sync_status.stopKnop.isVisible()
    with qtbot.waitSignal(window.sync_status.gestopt, timeout=30000):
        qtbot.keyClick(window.ui.jongerenView, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
        gate.set()
    assert "Synchronisatie gestopt" in window.sync_status.label.text()
    with qtbot.waitSignal(window.sync_status.gesynchroniseerd, timeout=30000):
        qtbot.keyClick(window.ui.jongerenView, Qt.Key.Key_F9)
    in_a = [r for r in a.portal.records("jongere") if r.locatie_id == a.portal.loc_a]
    assert _jongeren(b) == len(in_a) >= 12
    assert "Synchronisatie gestopt" not in window.sync_status.label.text()
