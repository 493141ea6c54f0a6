"""Deadlines checked against cases worked out by hand, with the arithmetic written out in the comments.

The expected dates are computed on paper from the kwaliteitskader (Norm 1.1a, 1.1b, 1.2b, 1.2d, 1.9,
1.10, 1.10c), not with the code under test. Each case says what the norm asks and how the date follows.
"""

from __future__ import annotations

from datetime import date

from kso_desktop.domain.entities import JongereGegevens, LocatieGegevens, MedewerkerGegevens
from kso_desktop.domain.enums import GebeurtenisSoort, LocatieType, Rol
from kso_desktop.domain.rules import DueKind, JongereFacts, due_items
from kso_desktop.services.registry import Services

VASTGESTELD = GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD
DRIEGESPREK = GebeurtenisSoort.DRIEGESPREK
VO_EVALUATIE = GebeurtenisSoort.VO_EVALUATIE


def _rows(facts: JongereFacts, today: date) -> list[tuple[DueKind, date, str]]:
    return [(i.kind, i.due, i.norm) for i in due_items(facts, today)]


# -- 1. Placed at 17 years and 8 months ----------------------------------------------------------------
#
# Born 15-06-2008.  17 years = 15-06-2025;  17,5 years = 15-12-2025;  17 y 8 m = 15-02-2026 (placement).
# Kennismaking two days later: 17-02-2026.
# End of the verkenningsfase = kennismaking + 6 weeks (42 days):
#   February 2026 has 28 days: 17-02 + 11 days = 28-02; 42 - 11 = 31 days left = 31-03-2026.
# Due at the end of the verkenningsfase (31-03-2026):
#   - begeleidingsplan (1.1a),
#   - first driegesprek (1.2b),
#   - plan voor Verlengde Opvang: 17,5 (15-12-2025) was before the kennismaking, so with the first plan
#     (1.10c),
#   - toekomstperspectief: from 17 (15-06-2025), at the latest at the end of the verkenningsfase (1.9a).
# 18th birthday: 15-06-2026 (1.9, 1.10a). Today 20-02-2026: 115 days ahead (8+31+30+31+15), within
# the 183-day milestone horizon, so it is listed.


def test_placed_at_17_years_8_months() -> None:
    facts = JongereFacts(
        geboortedatum=date(2008, 6, 15), plaatsing=date(2026, 2, 15), kennismaking=date(2026, 2, 17)
    )
    today = date(2026, 2, 20)
    assert _rows(facts, today) == [
        (DueKind.BEGELEIDINGSPLAN, date(2026, 3, 31), "1.1a"),
        (DueKind.DRIEGESPREK, date(2026, 3, 31), "1.2b"),
        (DueKind.PLAN_VERLENGDE_OPVANG, date(2026, 3, 31), "1.10c"),
        (DueKind.TOEKOMSTPERSPECTIEF, date(2026, 3, 31), "1.9a"),
        (DueKind.ACHTTIEN, date(2026, 6, 15), "1.9, 1.10a"),
    ]
    redenen = {i.kind: i.reason for i in due_items(facts, today)}
    assert "17 februari 2026" in redenen[DueKind.BEGELEIDINGSPLAN]
    assert "na 17,5 jaar" in redenen[DueKind.PLAN_VERLENGDE_OPVANG]
    assert "15 juni 2025" in redenen[DueKind.TOEKOMSTPERSPECTIEF]
    assert "eind van de verkenningsfase" in redenen[DueKind.TOEKOMSTPERSPECTIEF]


def test_placed_at_17_years_8_months_after_the_plan_and_first_driegesprek() -> None:
    # Plan vastgesteld on 20-03-2026 (after 17,5), first driegesprek on 25-03-2026, toekomstperspectief
    # discussed 25-03-2026. Left: the next driegesprek 3 months after 25-03 = 25-06-2026, and 18 on
    # 15-06-2026. Today 01-04-2026.
    facts = JongereFacts.from_events(
        geboortedatum=date(2008, 6, 15),
        plaatsing=date(2026, 2, 15),
        kennismaking=date(2026, 2, 17),
        vertrek=None,
        verlengde_opvang_start=None,
        events=[
            (VASTGESTELD, date(2026, 3, 20)),
            (DRIEGESPREK, date(2026, 3, 25)),
            (GebeurtenisSoort.TOEKOMSTPERSPECTIEF_BESPROKEN, date(2026, 3, 25)),
        ],
    )
    assert _rows(facts, date(2026, 4, 1)) == [
        (DueKind.ACHTTIEN, date(2026, 6, 15), "1.9, 1.10a"),
        (DueKind.DRIEGESPREK, date(2026, 6, 25), "1.2b"),
    ]


# -- 2. In Verlengde Opvang at 20 years and 9 months ---------------------------------------------------
#
# Born 10-06-2005. 18 = 10-06-2023 (VO start), 21 = 10-06-2026 (VO ends, 1.10).
# Today 10-03-2026 = 20 y 9 m. Placed 05-01-2022, kennismaking 06-01-2022.
# Plans vastgesteld 10-02-2022 and 05-01-2023 (the second after 17,5 = 10-12-2022: 1.10c done).
# Last VO evaluation 20-01-2026 -> next 3 months later: 20-04-2026 (1.10c).
# Last driegesprek 02-02-2026 -> next 02-05-2026 (1.2b).
# VO end 10-06-2026 is 92 days ahead (21+30+31+10), within the horizon.
# No 18 and no toekomstperspectief: the 18th birthday is long past.


def _vo_facts(laatste_evaluatie: date) -> JongereFacts:
    return JongereFacts.from_events(
        geboortedatum=date(2005, 6, 10),
        plaatsing=date(2022, 1, 5),
        kennismaking=date(2022, 1, 6),
        vertrek=None,
        verlengde_opvang_start=date(2023, 6, 10),
        events=[
            (VASTGESTELD, date(2022, 2, 10)),
            (VASTGESTELD, date(2023, 1, 5)),
            (DRIEGESPREK, date(2025, 11, 1)),
            (DRIEGESPREK, date(2026, 2, 2)),
            (VO_EVALUATIE, date(2025, 10, 15)),
            (VO_EVALUATIE, laatste_evaluatie),
        ],
    )


def test_in_verlengde_opvang_at_20_years_9_months() -> None:
    items = due_items(_vo_facts(date(2026, 1, 20)), date(2026, 3, 10))
    assert [(i.kind, i.due, i.norm) for i in items] == [
        (DueKind.VO_EVALUATIE, date(2026, 4, 20), "1.10c"),
        (DueKind.DRIEGESPREK, date(2026, 5, 2), "1.2b"),
        (DueKind.VO_EINDE, date(2026, 6, 10), "1.10"),
    ]
    assert "de vorige evaluatie was op 20 januari 2026" in items[0].reason
    assert "10 juni 2026" in items[2].reason
    kinds = {i.kind for i in items}
    assert not kinds & {DueKind.ACHTTIEN, DueKind.TOEKOMSTPERSPECTIEF, DueKind.PLAN_VERLENGDE_OPVANG}


def test_no_vo_evaluation_due_after_the_21st_birthday() -> None:
    # Evaluated 15-03-2026: +3 months = 15-06-2026, after the VO ends on 10-06-2026: not asked any more.
    items = due_items(_vo_facts(date(2026, 3, 15)), date(2026, 3, 16))
    assert [(i.kind, i.due) for i in items] == [
        (DueKind.DRIEGESPREK, date(2026, 5, 2)),
        (DueKind.VO_EINDE, date(2026, 6, 10)),
    ]


# -- 3. Last driegesprek on 30 November ----------------------------------------------------------------
#
# 30-11 + 3 months = "30 February", which does not exist: the latest real day of February.
# 2026 is no leap year -> 28-02-2026; 2024 is a leap year -> 29-02-2024.


def test_driegesprek_on_30_november_is_due_again_on_the_last_day_of_february() -> None:
    for jaar, verwacht in ((2025, date(2026, 2, 28)), (2023, date(2024, 2, 29))):
        facts = JongereFacts(
            geboortedatum=date(jaar - 16, 1, 1),
            plaatsing=date(jaar, 9, 1),
            kennismaking=date(jaar, 9, 1),
            plan_vastgesteld=(date(jaar, 10, 1),),
            driegesprekken=(date(jaar, 10, 5), date(jaar, 11, 30)),
        )
        [drie] = [i for i in due_items(facts, date(jaar, 12, 1)) if i.kind == DueKind.DRIEGESPREK]
        assert drie.due == verwacht
        assert f"30 november {jaar}" in drie.reason


# -- 4. Verslagen and the plan not yet in the Nidos Portaal (1.2d) -------------------------------------
#
# PORTAAL_TERMIJN is two weeks (14 days) after the driegesprek or the vaststelling.
#   driegesprek 31-12-2025 + 14 = 14-01-2026
#   driegesprek 25-02-2026 + 14: February 2026 has 28 days, 25 + 14 = 39 -> 39 - 28 = 11-03-2026
#   plan vastgesteld 20-02-2026 + 14 = 34 -> 34 - 28 = 06-03-2026 (norm "1.2d, 7.1b")


def test_verslagen_and_plan_not_in_the_portal() -> None:
    facts = JongereFacts.from_events(
        geboortedatum=date(2009, 1, 1),
        plaatsing=date(2025, 9, 1),
        kennismaking=date(2025, 9, 2),
        vertrek=None,
        verlengde_opvang_start=None,
        events=[(VASTGESTELD, date(2026, 2, 20)), (DRIEGESPREK, date(2026, 2, 25))],
        verslagen_niet_in_portaal=[date(2026, 2, 25), date(2025, 12, 31)],
        plan_niet_in_portaal=date(2026, 2, 20),
    )
    items = [i for i in due_items(facts, date(2026, 3, 1)) if i.kind.value.endswith("_portaal")]
    assert [(i.kind, i.due, i.norm) for i in items] == [
        (DueKind.VERSLAG_PORTAAL, date(2026, 1, 14), "1.2d"),
        (DueKind.PLAN_PORTAAL, date(2026, 3, 6), "1.2d, 7.1b"),
        (DueKind.VERSLAG_PORTAAL, date(2026, 3, 11), "1.2d"),
    ]
    assert "31 december 2025" in items[0].reason and "Nidos Portaal" in items[0].reason
    assert "20 februari 2026" in items[1].reason
    # everything in the portal: no portal items
    schoon = JongereFacts.from_events(
        geboortedatum=date(2009, 1, 1),
        plaatsing=date(2025, 9, 1),
        kennismaking=date(2025, 9, 2),
        vertrek=None,
        verlengde_opvang_start=None,
        events=[(VASTGESTELD, date(2026, 2, 20)), (DRIEGESPREK, date(2026, 2, 25))],
    )
    assert not [i for i in due_items(schoon, date(2026, 3, 1)) if i.kind.value.endswith("_portaal")]


# -- 5. Another mentor or location between two driegesprekken ------------------------------------------
#
# Placed 01-09-2025, kennismaking 02-09-2025, driegesprek 31-12-2025 -> next 31-03-2026 (1.2b),
# whoever the mentor is and wherever the jongere lives: the deadline depends on the dates only.


def _driegesprek_due(services: Services, jongere_id: str) -> date:
    [item] = [i for i in services.jongeren.get(jongere_id).due if i.kind == DueKind.DRIEGESPREK]
    return item.due


def test_changing_mentor_or_location_leaves_the_driegesprek_deadline_unchanged(services: Services) -> None:
    org = services.organisatie
    es = org.add_locatie(LocatieGegevens("De Es", LocatieType.KWE))
    eik = org.add_locatie(LocatieGegevens("De Eik", LocatieType.KWE))
    ruben = org.add_medewerker(MedewerkerGegevens("Ruben Bakker", Rol.WOONBEGELEIDER, locatie_ids=(es.id,)))
    fatma = org.add_medewerker(MedewerkerGegevens("Fatma Yilmaz", Rol.WOONBEGELEIDER, locatie_ids=(eik.id,)))
    jongere = services.jongeren.add(
        JongereGegevens(
            voornaam="Senait",
            achternaam="Haile",
            geboortedatum=date(2010, 4, 2),
            locatie_id=es.id,
            plaatsing=date(2025, 9, 1),
            kennismaking=date(2025, 9, 2),
        ),
        mentor_id=ruben.id,
    )
    services.jongeren.record_event(jongere.id, DRIEGESPREK, date(2025, 12, 31))
    assert _driegesprek_due(services, jongere.id) == date(2026, 3, 31)

    services.jongeren.change_mentor(jongere.id, fatma.id, date(2026, 1, 15), "Verhuizing")
    assert _driegesprek_due(services, jongere.id) == date(2026, 3, 31)

    gegevens = services.jongeren.get(jongere.id).gegevens
    from dataclasses import replace

    verhuisd = services.jongeren.update(jongere.id, replace(gegevens, locatie_id=eik.id))
    assert verhuisd.locatie_naam == "De Eik"
    assert _driegesprek_due(services, jongere.id) == date(2026, 3, 31)
    # and the lists per location and per mentor show the same date
    [d] = [d for d in services.jongeren.deadlines(eik.id) if d.item.kind == DueKind.DRIEGESPREK]
    assert (d.jongere_id, d.item.due) == (jongere.id, date(2026, 3, 31))
    assert not services.jongeren.deadlines(es.id)
    assert [
        d.item.due
        for d in services.jongeren.deadlines(mentor_id=fatma.id)
        if d.item.kind == DueKind.DRIEGESPREK
    ] == [date(2026, 3, 31)]
    assert services.jongeren.deadlines(mentor_id=ruben.id) == []
