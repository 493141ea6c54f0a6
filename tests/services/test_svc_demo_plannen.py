"""The demo begeleidingsplannen: made through the PlanService on their own days, with history and scripts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest

from kso_desktop.domain.dates import birthday
from kso_desktop.domain.enums import GebeurtenisSoort, Leefgebied
from kso_desktop.domain.plan import DoelStatus, PlanInhoud, PlanStatus, iter_texts
from kso_desktop.domain.rules import DueKind
from kso_desktop.services.demo_plannen import load_demo_plannen, plannen_definition
from kso_desktop.services.registry import Services

ARABISCH = re.compile(r"[\u0600-\u06FF]")
ETHIOPISCH = re.compile(r"[\u1200-\u137F]")


def jongere_id(services: Services, naam: str) -> str:
    return next(r.id for r in services.jongeren.lijst(met_vertrokken=True) if r.naam == naam)


def alle_teksten(inhoud: PlanInhoud) -> set[str]:
    teksten = {t for _label, t in iter_texts(inhoud)}
    for d in inhoud.doelen:
        teksten |= {d.eigen_woorden, d.professioneel, *(a.wat for a in d.acties)}
        teksten |= {e.tekst for e in d.evaluaties}
    return teksten


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def _als_teamleider(services: Services) -> None:
    services.act_as(next(w.id for w in services.organisatie.medewerkers() if w.naam == "Eva Mulder"))


def test_mariam_has_one_concept_with_scores_and_goals(demo_services: Services) -> None:
    _als_teamleider(demo_services)  # the health part is hidden from Sanne, who is not Mariam's mentor
    jid = jongere_id(demo_services, "Mariam Haddad")
    versies = demo_services.plannen.versies(jid)
    assert [(v.nummer, v.status) for v in versies] == [(1, PlanStatus.CONCEPT)]
    assert versies[0].vastgesteld_op is None
    plan = demo_services.plannen.laatste(jid)
    assert plan is not None
    assert plan.gestart_op < demo_services.ctx.today()
    gevuld = [k for k, lg in plan.inhoud.leefgebieden.items() if lg.zijn and lg.worden and lg.presteren]
    assert len(gevuld) >= 3
    assert all(plan.inhoud.leefgebied(k).score is not None for k in gevuld)
    assert 3 <= len(plan.inhoud.doelen) <= 4
    assert all(d.eigen_woorden and d.professioneel for d in plan.inhoud.doelen)


def test_daniel_has_two_vastgestelde_versions_and_a_concept(demo_services: Services) -> None:
    jid = jongere_id(demo_services, "Daniel Tekle")
    versies = demo_services.plannen.versies(jid)
    assert [(v.nummer, v.status) for v in versies] == [
        (3, PlanStatus.CONCEPT),
        (2, PlanStatus.VASTGESTELD),
        (1, PlanStatus.VASTGESTELD),
    ]
    v3, v2, v1 = versies
    assert v1.vastgesteld_op is not None and v2.vastgesteld_op is not None
    assert v1.gestart_op <= v1.vastgesteld_op < v2.gestart_op <= v2.vastgesteld_op < v3.gestart_op
    assert (v2.vastgesteld_op - v1.vastgesteld_op).days > 365
    # Version 2 is the plan at 17.5 (Norm 1.10c), so nothing about it is due any more.
    jongere = demo_services.jongeren.get(jid)
    assert v2.vastgesteld_op >= birthday(jongere.gegevens.geboortedatum, 17, 6)
    assert DueKind.PLAN_VERLENGDE_OPVANG not in {item.kind for item in jongere.due}
    assert DueKind.BEGELEIDINGSPLAN not in {item.kind for item in jongere.due}
    # Vaststellen recorded the events on the day, with the version in the note.
    events = {
        (g.datum, g.notitie)
        for g in jongere.gebeurtenissen
        if g.soort == GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD
    }
    assert {(v1.vastgesteld_op, "Versie 1"), (v2.vastgesteld_op, "Versie 2")} <= events
    # The history is dated as it happened: the concept was audited on the day it was started.
    aangemaakt = [
        r
        for r in demo_services.jongeren.audit_trail(jid)
        if r.actie == "aangemaakt" and r.entiteit_id == v1.id
    ]
    assert [r.tijd.date() for r in aangemaakt] == [v1.gestart_op]


def test_daniel_shows_progress_between_versions(demo_services: Services) -> None:
    _als_teamleider(demo_services)  # all six leefgebieden, health included
    jid = jongere_id(demo_services, "Daniel Tekle")
    scores = demo_services.plannen.scores(jid)
    assert all(len(punten) == 3 for punten in scores.values())
    for punten in scores.values():
        assert [d for d, _ in punten] == sorted(d for d, _ in punten)
    gegroeid = [k for k, punten in scores.items() if punten[-1][1] > punten[0][1]]
    assert len(gegroeid) >= 3
    assert [s for _, s in scores[Leefgebied.FINANCIEN]] == [2, 3, 4]

    plannen = [demo_services.plannen.versie(v.id) for v in reversed(demo_services.plannen.versies(jid))]
    statussen: dict[str, list[DoelStatus]] = {}
    for plan in plannen:
        for d in plan.inhoud.doelen:
            statussen.setdefault(d.id, []).append(d.status)
            # an evaluation is never dated after the day the version was agreed
            if plan.vastgesteld_op is not None:
                assert all(e.datum <= plan.vastgesteld_op for e in d.evaluaties)
            assert all(e.datum <= demo_services.ctx.today() and e.tekst and e.door for e in d.evaluaties)
    assert [DoelStatus.OPEN, DoelStatus.LOOPT, DoelStatus.BEHAALD] in statussen.values()
    # goals keep their identity across versions; later versions add evaluations
    v1, v2, v3 = plannen
    assert (
        {d.id for d in v1.inhoud.doelen}
        < {d.id for d in v2.inhoud.doelen}
        == {d.id for d in v3.inhoud.doelen}
    )
    assert sum(len(d.evaluaties) for d in v1.inhoud.doelen) == 0
    assert sum(len(d.evaluaties) for d in v3.inhoud.doelen) > sum(len(d.evaluaties) for d in v2.inhoud.doelen)


def test_karim_has_a_vastgesteld_plan_for_verlengde_opvang(demo_services: Services) -> None:
    jid = jongere_id(demo_services, "Karim Darwish")
    plan = demo_services.plannen.laatste(jid)
    assert plan is not None
    assert plan.status == PlanStatus.VASTGESTELD
    assert plan.akkoord is not None and plan.akkoord.jongere
    vo = plan.inhoud.deel("verlengde_opvang")
    assert "Wensen:" in vo
    assert "kiest voor Verlengde Opvang" in vo
    assert len(re.findall(r"^Evaluatie \d{2}-\d{2}-\d{4}:", vo, flags=re.MULTILINE)) >= 3
    assert "{dag:" not in vo  # the placeholders were filled in with dates


def test_arabic_and_ethiopic_texts_round_trip_exactly(demo_services: Services) -> None:
    bron = list(strings(plannen_definition()))
    arabisch = [t for t in bron if ARABISCH.search(t)]
    ethiopisch = [t for t in bron if ETHIOPISCH.search(t)]
    assert arabisch and ethiopisch
    assert all(unicodedata.is_normalized("NFC", t) for t in arabisch + ethiopisch)
    opgeslagen: set[str] = set()
    for naam in ("Mariam Haddad", "Daniel Tekle", "Karim Darwish"):
        for v in demo_services.plannen.versies(jongere_id(demo_services, naam)):
            opgeslagen |= alle_teksten(demo_services.plannen.versie(v.id).inhoud)
    for tekst in arabisch + ethiopisch:
        assert tekst in opgeslagen
    # own words in another script always stand beside a Dutch professional wording
    for naam in ("Mariam Haddad", "Daniel Tekle", "Karim Darwish"):
        plan = demo_services.plannen.laatste(jongere_id(demo_services, naam))
        assert plan is not None
        for d in plan.inhoud.doelen:
            if ARABISCH.search(d.eigen_woorden) or ETHIOPISCH.search(d.eigen_woorden):
                assert d.professioneel and not ARABISCH.search(d.professioneel)


@pytest.mark.parametrize(
    ("data", "fout"),
    [
        ({"plannen": [{"jongere": "Niemand Bestaat", "versies": []}]}, "Niemand Bestaat"),
        (
            {"plannen": [{"jongere": "Yonas Tesfay", "versies": [{"gestart": 1, "vastgesteldd": 1}]}]},
            "vastgesteldd",
        ),
    ],
)
def test_a_mistake_in_the_file_is_named(demo_services: Services, data: dict[str, Any], fout: str) -> None:
    jid = jongere_id(demo_services, "Yonas Tesfay")
    with pytest.raises(ValueError, match=fout):
        load_demo_plannen(demo_services, today=demo_services.ctx.today(), data=data)
    assert demo_services.plannen.versies(jid) == []
