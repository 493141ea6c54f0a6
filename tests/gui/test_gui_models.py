"""Item models checked with pytest-qt's model tester, and their sorting by real values."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from kso_desktop.gui.presentation import audit_columns, due_columns, jongeren_columns, mentor_columns
from kso_desktop.gui.table_model import SORT_ROLE, RecordTableModel
from kso_desktop.services.registry import Services


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, gui_services: Services):
    today = gui_services.ctx.today()
    regels = gui_services.jongeren.lijst()
    jongere = gui_services.jongeren.get(regels[0].id)
    for columns, records in (
        (jongeren_columns(today), regels),
        (due_columns(today), list(jongere.due)),
        (mentor_columns(), list(jongere.mentoren)),
        (audit_columns(), gui_services.jongeren.audit_trail(jongere.id)),
    ):
        model = RecordTableModel(columns)
        model.set_records(records)
        assert model.rowCount() == len(records)
        qtmodeltester.check(model)


def test_age_sorts_numerically_and_due_items_by_date(gui_services: Services):
    today = date(2026, 11, 23)
    model = RecordTableModel(jongeren_columns(today))
    model.set_records(gui_services.jongeren.lijst())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    ages = [int(proxy.index(r, 1).data()) for r in range(proxy.rowCount())]
    assert ages == sorted(ages) and ages[0] < ages[-1]
    proxy.sort(4, Qt.SortOrder.AscendingOrder)
    dues = [
        model.record(proxy.mapToSource(proxy.index(r, 0)).row()).volgende for r in range(proxy.rowCount())
    ]
    dated = [d.due for d in dues if d is not None]
    assert dated == sorted(dated)
