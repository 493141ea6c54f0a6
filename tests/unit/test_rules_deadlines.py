"""Deadlines of domain/rules.py against the kwaliteitskader (Norm 1.1a, 1.2b, 1.9a, 1.10, 1.10c)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from kso_desktop.domain.rules import (
    DueItem,
    DueKind,
    JongereFacts,
    Urgentie,
    due_items,
    next_due,
)

DAG = timedelta(days=1)


def facts(**kw: object) -> JongereFacts:
    values: dict[str, object] = {
        "geboortedatum": date(2010, 5, 20),
        "plaatsing": date(2026, 3, 1),
        "kennismaking": date(2026, 3, 3),
    }
    values.update(kw)
    return JongereFacts(**values)  # type: ignore[arg-type]


def only(items: list[DueItem], kind: DueKind) -> DueItem:
    found = [i for i in items if i.kind is kind]
    assert len(found) == 1, f"expected one {kind}, got {found}"
    return found[0]


def kinds(items: list[DueItem]) -> set[DueKind]:
    return {i.kind for i in items}


# -- 1.1a begeleidingsplan ----------------------------------------------------------------------


def test_begeleidingsplan_due_six_weeks_after_kennismaking() -> None:
    item = only(due_items(facts(), date(2026, 3, 10)), DueKind.BEGELEIDINGSPLAN)
    assert item.due == date(2026, 4, 14)
    assert item.norm == "1.1a"
    assert "3 maart 2026" in item.reason


def test_without_kennismaking_the_placement_day_counts() -> None:
    item = only(due_items(facts(kennismaking=None), date(2026, 3, 10)), DueKind.BEGELEIDINGSPLAN)
    assert item.due == date(2026, 4, 12)
    assert "1 maart 2026" in item.reason


def test_begeleidingsplan_six_weeks_after_31_january() -> None:
    f = facts(plaatsing=date(2026, 1, 31), kennismaking=date(2026, 1, 31))
    assert only(due_items(f, date(2026, 2, 1)), DueKind.BEGELEIDINGSPLAN).due == date(2026, 3, 14)


def test_no_begeleidingsplan_item_once_a_plan_is_vastgesteld() -> None:
    f = facts(plan_vastgesteld=(date(2026, 4, 10),))
    assert DueKind.BEGELEIDINGSPLAN not in kinds(due_items(f, date(2026, 4, 11)))


# -- 1.2b driegesprekken ------------------------------------------------------------------------


def test_first_driegesprek_within_six_weeks_of_kennismaking() -> None:
    item = only(due_items(facts(), date(2026, 3, 10)), DueKind.DRIEGESPREK)
    assert item.due == date(2026, 4, 14)
    assert item.norm == "1.2b"
    assert "Eerste driegesprek" in item.reason
    assert "3 maart 2026" in item.reason


def test_next_driegesprek_three_months_after_the_last() -> None:
    f = facts(driegesprekken=(date(2026, 5, 2), date(2026, 3, 20)))  # order does not matter
    item = only(due_items(f, date(2026, 5, 3)), DueKind.DRIEGESPREK)
    assert item.due == date(2026, 8, 2)
    assert "2 mei 2026" in item.reason
    assert "Eerste" not in item.reason


def test_driegesprek_before_kennismaking_does_not_count() -> None:
    f = facts(plaatsing=date(2026, 1, 1), kennismaking=date(2026, 1, 15), driegesprekken=(date(2026, 1, 10),))
    item = only(due_items(f, date(2026, 1, 20)), DueKind.DRIEGESPREK)
    assert item.due == date(2026, 2, 26)
    assert "Eerste driegesprek" in item.reason


def test_driegesprek_on_the_kennismaking_day_counts() -> None:
    f = facts(plaatsing=date(2026, 1, 1), kennismaking=date(2026, 1, 15), driegesprekken=(date(2026, 1, 15),))
    assert only(due_items(f, date(2026, 1, 20)), DueKind.DRIEGESPREK).due == date(2026, 4, 15)


@pytest.mark.parametrize(
    ("laatste", "expected"),
    [(date(2025, 11, 30), date(2026, 2, 28)), (date(2027, 11, 30), date(2028, 2, 29))],
)
def test_three_months_after_30_november_is_the_end_of_february(laatste: date, expected: date) -> None:
    f = facts(
        geboortedatum=date(2010, 1, 5),
        plaatsing=laatste - timedelta(days=60),
        kennismaking=laatste - timedelta(days=60),
        driegesprekken=(laatste,),
    )
    assert only(due_items(f, laatste), DueKind.DRIEGESPREK).due == expected


# -- 1.9a toekomstperspectief, 18 jaar ----------------------------------------------------------


def test_toekomstperspectief_due_on_the_17th_birthday() -> None:
    f = facts(geboortedatum=date(2009, 8, 1), plaatsing=date(2025, 6, 1), kennismaking=date(2025, 6, 1))
    item = only(due_items(f, date(2026, 3, 10)), DueKind.TOEKOMSTPERSPECTIEF)
    assert item.due == date(2026, 8, 1)
    assert item.norm == "1.9a"
    assert "1 augustus 2026" in item.reason
    assert "verkenningsfase" not in item.reason


def test_toekomstperspectief_gone_once_besproken() -> None:
    f = facts(
        geboortedatum=date(2009, 1, 1),
        plaatsing=date(2025, 6, 1),
        kennismaking=date(2025, 6, 1),
        toekomstperspectief_besproken=date(2026, 2, 1),
    )
    assert DueKind.TOEKOMSTPERSPECTIEF not in kinds(due_items(f, date(2026, 3, 10)))


def test_toekomstperspectief_gone_from_the_18th_birthday() -> None:
    f = facts(geboortedatum=date(2008, 3, 10), plaatsing=date(2025, 1, 6), kennismaking=date(2025, 1, 6))
    item = only(due_items(f, date(2026, 3, 9)), DueKind.TOEKOMSTPERSPECTIEF)
    assert item.urgentie(date(2026, 3, 9)) is Urgentie.TE_LAAT
    assert DueKind.TOEKOMSTPERSPECTIEF not in kinds(due_items(f, date(2026, 3, 10)))


def test_achttien_milestone_until_the_day_before() -> None:
    f = facts(geboortedatum=date(2008, 3, 10), plaatsing=date(2025, 1, 6), kennismaking=date(2025, 1, 6))
    item = only(due_items(f, date(2026, 3, 9)), DueKind.ACHTTIEN)
    assert item.due == date(2026, 3, 10)
    assert item.norm and "18" in item.reason
    assert DueKind.ACHTTIEN not in kinds(due_items(f, date(2026, 3, 10)))


def test_achttien_milestone_only_within_183_days() -> None:
    f = facts(geboortedatum=date(2009, 1, 1), plaatsing=date(2025, 1, 6), kennismaking=date(2025, 1, 6))
    achttien = date(2027, 1, 1)
    assert only(due_items(f, achttien - timedelta(days=183)), DueKind.ACHTTIEN).due == achttien
    assert DueKind.ACHTTIEN not in kinds(due_items(f, achttien - timedelta(days=184)))


def test_toekomstperspectief_only_within_183_days() -> None:
    f = facts(geboortedatum=date(2010, 1, 1), plaatsing=date(2025, 6, 1), kennismaking=date(2025, 6, 1))
    zeventien = date(2027, 1, 1)
    assert DueKind.TOEKOMSTPERSPECTIEF in kinds(due_items(f, zeventien - timedelta(days=183)))
    assert DueKind.TOEKOMSTPERSPECTIEF not in kinds(due_items(f, zeventien - timedelta(days=184)))


def test_29_february_child_milestones() -> None:
    f = facts(geboortedatum=date(2008, 2, 29), plaatsing=date(2024, 1, 10), kennismaking=date(2024, 1, 10))
    items = due_items(f, date(2025, 8, 1))
    assert only(items, DueKind.PLAN_VERLENGDE_OPVANG).due == date(2025, 8, 29)
    assert "29 augustus 2025" in only(items, DueKind.PLAN_VERLENGDE_OPVANG).reason
    assert only(due_items(f, date(2026, 2, 1)), DueKind.ACHTTIEN).due == date(2026, 3, 1)
    assert DueKind.ACHTTIEN in kinds(due_items(f, date(2026, 2, 28)))
    assert DueKind.ACHTTIEN not in kinds(due_items(f, date(2026, 3, 1)))


# -- 1.10c plan bij 17,5 jaar, jongere die na 17,5 komt ---------------------------------------


def test_plan_verlengde_opvang_due_at_17_and_a_half() -> None:
    f = facts(geboortedatum=date(2008, 11, 15), plaatsing=date(2025, 1, 6), kennismaking=date(2025, 1, 6))
    item = only(due_items(f, date(2026, 3, 10)), DueKind.PLAN_VERLENGDE_OPVANG)
    assert item.due == date(2026, 5, 15)
    assert item.norm == "1.10c"
    assert "kwam na 17,5" not in item.reason


def test_plan_verlengde_opvang_satisfied_by_a_plan_from_17_and_a_half() -> None:
    f = facts(geboortedatum=date(2008, 11, 15), plaatsing=date(2025, 1, 6), kennismaking=date(2025, 1, 6))
    te_vroeg = due_items(replace(f, plan_vastgesteld=(date(2026, 5, 14),)), date(2026, 5, 20))
    assert DueKind.PLAN_VERLENGDE_OPVANG in kinds(te_vroeg)
    op_tijd = due_items(replace(f, plan_vastgesteld=(date(2026, 5, 15),)), date(2026, 5, 20))
    assert DueKind.PLAN_VERLENGDE_OPVANG not in kinds(op_tijd)


def test_jongere_arriving_at_17_8_gets_plan_and_toekomstperspectief_at_end_of_verkenningsfase() -> None:
    # Born 1 May 2008: 17,5 on 1 November 2025, 17 on 1 May 2025; arrives 1 February 2026 (about 17,75).
    f = facts(geboortedatum=date(2008, 5, 1), plaatsing=date(2026, 2, 1), kennismaking=date(2026, 2, 1))
    items = due_items(f, date(2026, 2, 10))
    einde_verkenning = date(2026, 3, 15)
    plan = only(items, DueKind.PLAN_VERLENGDE_OPVANG)
    assert plan.due == einde_verkenning
    assert "1 november 2025" in plan.reason
    assert "kwam na 17,5 jaar" in plan.reason
    perspectief = only(items, DueKind.TOEKOMSTPERSPECTIEF)
    assert perspectief.due == einde_verkenning
    assert "eind van de verkenningsfase" in perspectief.reason
    assert only(items, DueKind.ACHTTIEN).due == date(2026, 5, 1)


# -- 1.10 Verlengde Opvang ----------------------------------------------------------------------


def vo_facts(**kw: object) -> JongereFacts:
    # 18 on 15 January 2024, 21 on 15 January 2027.
    base: dict[str, object] = {
        "geboortedatum": date(2006, 1, 15),
        "plaatsing": date(2022, 3, 1),
        "kennismaking": date(2022, 3, 1),
        "plan_vastgesteld": (date(2022, 4, 1), date(2023, 7, 20)),
        "verlengde_opvang_start": date(2025, 6, 1),
    }
    base.update(kw)
    return JongereFacts(**base)  # type: ignore[arg-type]


def test_vo_evaluation_three_months_after_the_start() -> None:
    item = only(due_items(vo_facts(), date(2025, 6, 2)), DueKind.VO_EVALUATIE)
    assert item.due == date(2025, 9, 1)
    assert item.norm == "1.10c"
    assert "de start van de Verlengde Opvang was op 1 juni 2025" in item.reason


def test_vo_evaluation_three_months_after_the_last_evaluation() -> None:
    f = vo_facts(vo_evaluaties=(date(2025, 12, 3), date(2025, 9, 1)))
    item = only(due_items(f, date(2026, 3, 10)), DueKind.VO_EVALUATIE)
    assert item.due == date(2026, 3, 3)
    assert "de vorige evaluatie was op 3 december 2025" in item.reason
    assert item.urgentie(date(2026, 3, 10)) is Urgentie.TE_LAAT


def test_vo_ends_at_21_and_shows_within_the_horizon() -> None:
    einde = date(2027, 1, 15)
    item = only(due_items(vo_facts(), einde - timedelta(days=183)), DueKind.VO_EINDE)
    assert item.due == einde
    assert item.norm == "1.10"
    assert "15 januari 2027" in item.reason
    assert DueKind.VO_EINDE not in kinds(due_items(vo_facts(), einde - timedelta(days=184)))


def test_no_vo_evaluation_due_on_or_after_the_21st_birthday() -> None:
    f = vo_facts(vo_evaluaties=(date(2026, 10, 20),))  # + 3 months = 20 January 2027, after 21
    items = due_items(f, date(2026, 10, 21))
    assert DueKind.VO_EVALUATIE not in kinds(items)
    assert DueKind.VO_EINDE in kinds(items)


def test_no_vo_items_from_the_21st_birthday() -> None:
    assert not kinds(due_items(vo_facts(), date(2027, 1, 15))) & {DueKind.VO_EINDE, DueKind.VO_EVALUATIE}
    assert DueKind.VO_EINDE in kinds(due_items(vo_facts(), date(2027, 1, 14)))


def test_no_vo_items_without_verlengde_opvang() -> None:
    items = due_items(vo_facts(verlengde_opvang_start=None), date(2025, 6, 2))
    assert not kinds(items) & {DueKind.VO_EINDE, DueKind.VO_EVALUATIE}


# -- vertrek, urgentie, ordering ----------------------------------------------------------------


def test_vertrokken_jongere_has_no_items() -> None:
    assert due_items(facts(vertrek=date(2026, 3, 10)), date(2026, 3, 10)) == []
    assert due_items(facts(vertrek=date(2026, 3, 5)), date(2026, 3, 10)) == []
    assert next_due(facts(vertrek=date(2026, 3, 5)), date(2026, 3, 10)) is None


def test_vertrek_in_the_future_keeps_the_items() -> None:
    assert due_items(facts(vertrek=date(2026, 3, 11)), date(2026, 3, 10)) != []


@pytest.mark.parametrize(
    ("days_left", "expected"),
    [
        (-30, Urgentie.TE_LAAT),
        (-1, Urgentie.TE_LAAT),
        (0, Urgentie.BINNENKORT),
        (1, Urgentie.BINNENKORT),
        (14, Urgentie.BINNENKORT),
        (15, Urgentie.GEPLAND),
        (200, Urgentie.GEPLAND),
    ],
)
def test_urgentie_boundaries(days_left: int, expected: Urgentie) -> None:
    today = date(2026, 3, 10)
    item = DueItem(DueKind.DRIEGESPREK, today + timedelta(days=days_left), "reden.", "1.2b")
    assert item.urgentie(today) is expected


def test_urgentie_labels_are_dutch() -> None:
    assert [u.label for u in Urgentie] == ["Te laat", "Binnenkort", "Gepland"]


def test_kort_names_the_item_and_the_date() -> None:
    item = DueItem(DueKind.DRIEGESPREK, date(2026, 3, 14), "reden.", "1.2b")
    assert "Driegesprek" in item.kort()
    assert "14-03-2026" in item.kort()


def test_items_are_sorted_by_date_and_next_due_is_the_earliest() -> None:
    # Born 1 September 2008: 17 on 1-9-2025, 17,5 on 1-3-2026, 18 on 1-9-2026 (175 days ahead).
    # Kennismaking 20 December 2025: end of the verkenningsfase 31 January 2026.
    f = facts(geboortedatum=date(2008, 9, 1), plaatsing=date(2025, 12, 20), kennismaking=date(2025, 12, 20))
    items = due_items(f, date(2026, 3, 10))
    assert [(i.kind, i.due) for i in items] == [
        (DueKind.BEGELEIDINGSPLAN, date(2026, 1, 31)),
        (DueKind.DRIEGESPREK, date(2026, 1, 31)),
        (DueKind.TOEKOMSTPERSPECTIEF, date(2026, 1, 31)),
        (DueKind.PLAN_VERLENGDE_OPVANG, date(2026, 3, 1)),
        (DueKind.ACHTTIEN, date(2026, 9, 1)),
    ]
    assert next_due(f, date(2026, 3, 10)) == items[0]


def test_reason_does_not_say_the_jongere_came_after_17_and_a_half_when_it_came_before() -> None:
    # Born 1 September 2008: 17,5 on 1 March 2026. Arrives 15 February 2026, two weeks *before* 17,5;
    # the plan is due at the end of the verkenningsfase (29 March), but the jongere did not come after 17,5.
    f = facts(geboortedatum=date(2008, 9, 1), plaatsing=date(2026, 2, 15), kennismaking=date(2026, 2, 15))
    plan = only(due_items(f, date(2026, 3, 10)), DueKind.PLAN_VERLENGDE_OPVANG)
    assert plan.due == date(2026, 3, 29)
    assert "kwam na 17,5 jaar" not in plan.reason


def test_new_jongere_of_15_has_exactly_plan_and_driegesprek() -> None:
    items = due_items(facts(), date(2026, 3, 10))
    assert kinds(items) == {DueKind.BEGELEIDINGSPLAN, DueKind.DRIEGESPREK}
