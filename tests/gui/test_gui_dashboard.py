"""The "Wat moet er gebeuren" list and the shift handover panel, over the demo database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kso_desktop.gui.dashboard import DashboardView
from kso_desktop.gui.overdracht import LEEG_TEKST, OverdrachtPanel
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m


def _locatie_id(services: Services, naam: str) -> str:
    return next(loc.id for loc in services.organisatie.locaties() if loc.naam == naam)


def _jongere_id(services: Services, naam: str) -> str:
    return next(r.id for r in services.jongeren.lijst() if r.naam == naam)


def _medewerker_id(services: Services, naam: str) -> str:
    return next(w.id for w in services.organisatie.medewerkers() if w.naam == naam)


def _dashboard(qtbot: QtBot, services: Services) -> DashboardView:
    view = DashboardView(services)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.toon(_locatie_id(services, "De Linde"))
    view.show()
    return view


def _rows(view: DashboardView) -> list[dict[str, str]]:
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [{h: model.index(r, c).data() for c, h in enumerate(headers)} for r in range(model.rowCount())]


def test_dashboard_lists_the_overdue_driegesprek_most_urgent_first(
    qtbot: QtBot, gui_services: Services
) -> None:
    view = _dashboard(qtbot, gui_services)
    rows = _rows(view)
    omar = [r for r in rows if r["Jongere"] == "Omar Al-Sayed" and r["Wat"] == "Driegesprek"]
    assert omar and omar[0]["Urgentie"] == "Te laat" and omar[0]["Norm"] == "1.2b"
    # Urgency as text, and colour only as a repeat of it.
    index = view.model.index(rows.index(omar[0]), 0)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    volgorde = {"Te laat": 0, "Binnenkort": 1, "Gepland": 2}
    assert [volgorde[r["Urgentie"]] for r in rows] == sorted(volgorde[r["Urgentie"]] for r in rows)
    te_laat = sum(r["Urgentie"] == "Te laat" for r in rows)
    binnenkort = sum(r["Urgentie"] == "Binnenkort" for r in rows)
    assert view.samenvatting.text().startswith(f"{te_laat} te laat · {binnenkort} binnenkort")
    assert view.tabel.isColumnHidden(2)  # one location chosen: no Locatie column


def test_filter_hides_planned_items_and_showing_all_brings_them_back(
    qtbot: QtBot, gui_services: Services
) -> None:
    view = _dashboard(qtbot, gui_services)
    assert view.alleen_urgent.isChecked()
    assert "Gepland" not in {r["Urgentie"] for r in _rows(view)}
    kort = len(_rows(view))
    view.alleen_urgent.setChecked(False)
    rows = _rows(view)
    assert "Gepland" in {r["Urgentie"] for r in rows}
    assert len(rows) > kort
    view.alleen_urgent.setChecked(True)
    assert len(_rows(view)) == kort


def test_my_jongeren_shows_only_the_mentees_of_the_medewerker(qtbot: QtBot, gui_services: Services) -> None:
    assert gui_services.actor.naam == "Sanne de Vries"
    view = _dashboard(qtbot, gui_services)
    view.alleen_urgent.setChecked(False)
    linde = _locatie_id(gui_services, "De Linde")
    mentees = {r.naam for r in gui_services.jongeren.lijst(linde) if r.mentor == "Sanne de Vries"}
    assert mentees
    assert view.mijn_jongeren.isEnabled()
    view.mijn_jongeren.click()
    shown = {r["Jongere"] for r in _rows(view)}
    assert shown and shown <= mentees
    assert "Omar Al-Sayed" not in shown
    view.hele_locatie.click()
    assert "Omar Al-Sayed" in {r["Jongere"] for r in _rows(view)}


def test_enter_on_a_row_asks_to_open_it(qtbot: QtBot, gui_services: Services) -> None:
    view = _dashboard(qtbot, gui_services)
    omar_id = _jongere_id(gui_services, "Omar Al-Sayed")
    rij = next(
        i
        for i, d in enumerate(view.model.records())
        if d.jongere_id == omar_id and d.item.kind.value == "driegesprek"
    )
    view.setFocus()
    assert view.tabel.hasFocus() or view.focusProxy() is view.tabel
    view.tabel.setCurrentIndex(view.model.index(rij, 0))
    with qtbot.waitSignal(view.openen, timeout=1000) as blocker:
        qtbot.keyClick(view.tabel, Qt.Key.Key_Return)
    assert blocker.args == [omar_id, "driegesprek"]


def test_all_locations_show_the_location_column(qtbot: QtBot, gui_services: Services) -> None:
    view = _dashboard(qtbot, gui_services)
    view.toon(None)
    assert not view.tabel.isColumnHidden(2)
    assert {"De Linde", "Het Anker"} <= {r["Locatie"] for r in _rows(view)}


def test_dashboard_model_is_a_valid_qt_model(
    qtbot: QtBot, qtmodeltester: ModelTester, gui_services: Services
) -> None:
    view = _dashboard(qtbot, gui_services)
    view.alleen_urgent.setChecked(False)
    qtmodeltester.check(view.model)


# -- overdracht ----------------------------------------------------------------


def _panel(qtbot: QtBot, services: Services, locatie_id: str) -> OverdrachtPanel:
    panel = OverdrachtPanel(services)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.toon(locatie_id)
    panel.show()
    # Shortcuts (Ctrl+Enter, Alt+G) only fire in the active window, as for a real user.
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def _aantal_overdrachten(services: Services) -> int:
    with services.ctx.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(m.Overdracht)) or 0)


def test_a_note_reaches_the_next_shift_and_gelezen_is_per_medewerker(
    qtbot: QtBot, gui_services: Services
) -> None:
    linde = _locatie_id(gui_services, "De Linde")
    yonas = _jongere_id(gui_services, "Yonas Tesfay")
    panel = _panel(qtbot, gui_services, linde)
    panel.tekst.setPlainText("Yonas had vannacht hoofdpijn; om 8 uur paracetamol gehad.")
    panel.jongere.setCurrentIndex(panel.jongere.findData(yonas))
    qtbot.keyClick(panel.tekst, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.tekst.toPlainText() == ""
    assert panel.notities() == []  # the writer has read their own note

    gui_services.act_as(_medewerker_id(gui_services, "Youssef Amrani"))
    with qtbot.waitSignal(panel.ongelezen, timeout=1000) as blocker:
        panel.ververs()
    assert blocker.args == [1]
    rij = {
        panel.model.headerData(c, Qt.Orientation.Horizontal): panel.model.index(0, c).data()
        for c in range(panel.model.columnCount())
    }
    assert rij["Van"] == "Sanne de Vries"
    assert rij["Over"] == "Yonas Tesfay"
    assert "paracetamol" in rij["Overdracht"]

    with qtbot.waitSignal(panel.ongelezen, timeout=1000) as blocker:
        qtbot.keyClick(panel, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert blocker.args == [0]
    assert panel.model.rowCount() == 0
    assert gui_services.gesprekken.ongelezen_overdracht(linde) == []

    gui_services.act_as(_medewerker_id(gui_services, "Marieke Jansen"))
    assert [n.tekst for n in gui_services.gesprekken.ongelezen_overdracht(linde)] == [
        "Yonas had vannacht hoofdpijn; om 8 uur paracetamol gehad."
    ]


def test_an_empty_note_is_refused_in_dutch_and_nothing_is_saved(qtbot: QtBot, gui_services: Services) -> None:
    panel = _panel(qtbot, gui_services, _locatie_id(gui_services, "De Linde"))
    voor = _aantal_overdrachten(gui_services)
    panel.tekst.setPlainText("   \n ")
    panel.schrijf_knop.click()
    assert panel.melding.isVisible()
    assert panel.melding.text() == LEEG_TEKST
    assert "niets opgeslagen" in panel.melding.text()
    assert _aantal_overdrachten(gui_services) == voor
