"""Facts built from recorded events, and which event settles which due item."""

from __future__ import annotations

from datetime import date

from kso_desktop.domain.enums import GebeurtenisSoort as G
from kso_desktop.domain.rules import DueKind, JongereFacts, due_items


def _facts(*events: tuple[G, date], vo: date | None = None) -> JongereFacts:
    return JongereFacts.from_events(
        geboortedatum=date(2008, 6, 1),
        plaatsing=date(2025, 1, 6),
        kennismaking=date(2025, 1, 7),
        vertrek=None,
        verlengde_opvang_start=vo,
        events=events,
    )


def test_events_are_sorted_into_the_facts_whatever_their_order():
    f = _facts(
        (G.DRIEGESPREK, date(2025, 9, 1)),
        (G.BEGELEIDINGSPLAN_VASTGESTELD, date(2025, 2, 10)),
        (G.DRIEGESPREK, date(2025, 2, 11)),
        (G.TOEKOMSTPERSPECTIEF_BESPROKEN, date(2025, 7, 1)),
        (G.TOEKOMSTPERSPECTIEF_BESPROKEN, date(2025, 6, 1)),
    )
    assert f.driegesprekken == (date(2025, 2, 11), date(2025, 9, 1))
    assert f.plan_vastgesteld == (date(2025, 2, 10),)
    assert f.toekomstperspectief_besproken == date(2025, 7, 1)


def test_every_settled_item_disappears_once_its_event_is_recorded():
    today = date(2026, 3, 1)  # 17 years 9 months
    open_items = {i.kind for i in due_items(_facts(), today)}
    assert {
        DueKind.BEGELEIDINGSPLAN,
        DueKind.TOEKOMSTPERSPECTIEF,
        DueKind.PLAN_VERLENGDE_OPVANG,
    } <= open_items
    events = [(kind.afgerond_door, today) for kind in open_items if kind.afgerond_door is not None]
    settled = {i.kind for i in due_items(_facts(*events), today)}
    # Only recurring items come back (the next driegesprek, 3 months on); the milestone of turning 18 stays.
    assert settled == {DueKind.DRIEGESPREK, DueKind.ACHTTIEN}
    assert next(i for i in due_items(_facts(*events), today) if i.kind == DueKind.DRIEGESPREK).due == date(
        2026, 6, 1
    )


def test_a_vo_evaluation_restarts_the_three_month_clock():
    vo = date(2026, 6, 1)
    today = date(2026, 9, 15)
    before = {i.kind: i.due for i in due_items(_facts(vo=vo), today)}
    assert before[DueKind.VO_EVALUATIE] == date(2026, 9, 1)
    after = {i.kind: i.due for i in due_items(_facts((G.VO_EVALUATIE, date(2026, 9, 10)), vo=vo), today)}
    assert after[DueKind.VO_EVALUATIE] == date(2026, 12, 10)


def test_turning_18_is_not_settled_by_any_event():
    assert DueKind.ACHTTIEN.afgerond_door is None
    assert DueKind.VO_EINDE.afgerond_door is None
