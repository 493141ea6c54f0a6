"""Properties of due_items that hold for every jongere on every day (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kso_desktop.domain.dates import birthday
from kso_desktop.domain.rules import (
    BINNENKORT,
    MIJLPAAL_HORIZON,
    DueItem,
    DueKind,
    JongereFacts,
    Urgentie,
    due_items,
    next_due,
)

MILESTONES = {DueKind.TOEKOMSTPERSPECTIEF, DueKind.PLAN_VERLENGDE_OPVANG, DueKind.ACHTTIEN, DueKind.VO_EINDE}


@st.composite
def jongeren(draw: st.DrawFn) -> JongereFacts:
    geboren = draw(st.dates(min_value=date(1995, 1, 1), max_value=date(2015, 12, 31)))
    plaatsing = birthday(geboren, 15) + timedelta(days=draw(st.integers(0, 6 * 365 - 1)))
    kennismaking = draw(st.one_of(st.none(), st.integers(0, 30).map(lambda n: plaatsing + timedelta(days=n))))
    later = st.integers(0, 4 * 365).map(lambda n: plaatsing + timedelta(days=n))
    vo_start = draw(
        st.one_of(st.none(), st.integers(0, 2 * 365).map(lambda n: birthday(geboren, 18) + timedelta(days=n)))
    )
    return JongereFacts(
        geboortedatum=geboren,
        plaatsing=plaatsing,
        kennismaking=kennismaking,
        vertrek=draw(st.one_of(st.none(), later)),
        plan_vastgesteld=tuple(draw(st.lists(later, max_size=3))),
        driegesprekken=tuple(draw(st.lists(later, max_size=4))),
        toekomstperspectief_besproken=draw(st.one_of(st.none(), later)),
        verlengde_opvang_start=vo_start,
        vo_evaluaties=tuple(draw(st.lists(later, max_size=3))) if vo_start else (),
    )


def days_around(f: JongereFacts) -> st.SearchStrategy[date]:
    return st.integers(-400, 6 * 365).map(lambda n: f.plaatsing + timedelta(days=n))


@given(data=st.data(), f=jongeren())
def test_items_are_sorted_and_explained(data: st.DataObject, f: JongereFacts) -> None:
    today = data.draw(days_around(f))
    items = due_items(f, today)
    assert [i.due for i in items] == sorted(i.due for i in items)
    for item in items:
        assert item.reason.strip(), item
        assert item.reason.endswith("."), item
        assert item.norm.startswith("1."), item
        assert item.kind.label
    assert next_due(f, today) == (items[0] if items else None)


@given(data=st.data(), f=jongeren())
def test_at_most_one_item_of_each_kind(data: st.DataObject, f: JongereFacts) -> None:
    items = due_items(f, data.draw(days_around(f)))
    assert len({i.kind for i in items}) == len(items)


@given(data=st.data(), f=jongeren())
def test_milestones_never_beyond_the_horizon(data: st.DataObject, f: JongereFacts) -> None:
    today = data.draw(days_around(f))
    for item in due_items(f, today):
        if item.kind in MILESTONES:
            assert item.due - today <= MIJLPAAL_HORIZON


@given(data=st.data(), f=jongeren())
def test_nothing_due_after_vertrek(data: st.DataObject, f: JongereFacts) -> None:
    today = data.draw(days_around(f))
    if f.vertrek is not None and f.vertrek <= today:
        assert due_items(f, today) == []


@given(data=st.data(), f=jongeren())
def test_age_bound_items(data: st.DataObject, f: JongereFacts) -> None:
    today = data.draw(days_around(f))
    kinds = {i.kind for i in due_items(f, today)}
    if today >= birthday(f.geboortedatum, 18):
        assert not kinds & {DueKind.ACHTTIEN, DueKind.TOEKOMSTPERSPECTIEF}
    if today >= birthday(f.geboortedatum, 21):
        assert not kinds & {DueKind.VO_EINDE, DueKind.VO_EVALUATIE}
    if f.verlengde_opvang_start is None:
        assert not kinds & {DueKind.VO_EINDE, DueKind.VO_EVALUATIE}


@given(data=st.data(), f=jongeren())
def test_driegesprek_always_due_within_six_weeks_or_three_months(
    data: st.DataObject, f: JongereFacts
) -> None:
    today = data.draw(days_around(f))
    items = [i for i in due_items(f, today) if i.kind is DueKind.DRIEGESPREK]
    if f.vertrek is not None and f.vertrek <= today:
        return
    assert len(items) == 1
    counted = [d for d in f.driegesprekken if d >= f.start]
    if counted:
        laatste = max(counted)
        assert laatste + timedelta(days=89) <= items[0].due <= laatste + timedelta(days=92)
    else:
        assert items[0].due == f.start + timedelta(days=42)


@given(due=st.dates(), today=st.dates())
def test_urgentie_partitions_the_calendar(due: date, today: date) -> None:
    u = DueItem(DueKind.DRIEGESPREK, due, "r.", "1.2b").urgentie(today)
    if due < today:
        assert u is Urgentie.TE_LAAT
    elif due <= today + BINNENKORT:
        assert u is Urgentie.BINNENKORT
    else:
        assert u is Urgentie.GEPLAND
