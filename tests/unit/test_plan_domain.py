"""The begeleidingsplan domain: the shipped template, content as JSON, cleaning, validation and goals."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kso_desktop.domain.enums import Leefgebied, Niveau
from kso_desktop.domain.plan import (
    ADVIES_MAX_OPEN_DOELEN,
    Actie,
    ActieWie,
    Deelnemers,
    Doel,
    DoelStatus,
    Evaluatie,
    LeefgebiedInhoud,
    PlanInhoud,
    TemplateError,
    add_evaluatie,
    check_inhoud,
    clean_inhoud,
    inhoud_from_json,
    inhoud_to_json,
    parse_template,
)
from kso_desktop.domain.validation import MAX_TEKST, Code, ValidationError
from kso_desktop.paths import resources_dir

PLAN_DATUM = date(2026, 3, 10)


def _raw() -> dict[str, Any]:
    path = resources_dir() / "plan" / "begeleidingsplan-v1.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


TEMPLATE = parse_template(_raw(), "test")


# -- template ---------------------------------------------------------------------------------------


def test_the_shipped_template_has_six_leefgebieden_a_five_point_scale_and_three_levels() -> None:
    assert [d.key for d in TEMPLATE.leefgebieden] == [
        Leefgebied.SOCIAAL_NETWERK,
        Leefgebied.GEZONDHEID,
        Leefgebied.DAGBESTEDING,
        Leefgebied.WONEN,
        Leefgebied.FINANCIEN,
        Leefgebied.ZINGEVING,
    ]
    assert TEMPLATE.leefgebied(Leefgebied.WONEN).norm == "1.6"
    assert all(d.hulpvragen for d in TEMPLATE.leefgebieden)
    assert TEMPLATE.schaal.waarden == (1, 2, 3, 4, 5)
    assert TEMPLATE.schaal.label(1) == "1 – Acute problematiek"
    assert TEMPLATE.schaal.label(5) == "5 – Volledig zelfredzaam"
    assert TEMPLATE.schaal.label(None) == "nog niet gescoord"
    assert [n for n, _t, _v in TEMPLATE.niveaus] == list(Niveau)
    assert TEMPLATE.niveau_vraag(Niveau.ZIJN) == "Wie is de jongere en waar staat de jongere nu?"
    assert TEMPLATE.niveau_vraag(Niveau.WORDEN).startswith("Wat is belangrijk")
    assert (TEMPLATE.id, TEMPLATE.versie) == ("begeleidingsplan-opvang", 1)
    delen = {d.key: d for d in TEMPLATE.delen}
    assert delen["verlengde_opvang"].vanaf_leeftijd_maanden == 210
    assert delen["sterke_kanten"].titel == "Sterke kanten en talenten"


def _without(data: dict[str, Any], *path: str) -> dict[str, Any]:
    data = copy.deepcopy(data)
    target = data
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return data


@pytest.mark.parametrize(
    ("path", "named"),
    [
        (("schaal",), "'schaal' ontbreekt"),
        (("schaal", "id"), "'schaal.id' ontbreekt"),
        (("schaal", "niveaus"), "'schaal.niveaus' ontbreekt"),
        (("niveaus",), "'niveaus' ontbreekt"),
        (("niveaus", "presteren"), "'niveaus.presteren' ontbreekt"),
        (("niveaus", "zijn", "vraag"), "'niveaus.zijn.vraag' ontbreekt"),
        (("leefgebieden",), "'leefgebieden' ontbreekt"),
        (("delen",), "'delen' ontbreekt"),
        (("id",), "'id' ontbreekt"),
        (("versie",), "'versie' ontbreekt"),
    ],
)
def test_a_missing_part_of_the_template_is_named(path: tuple[str, ...], named: str) -> None:
    with pytest.raises(TemplateError) as raised:
        parse_template(_without(_raw(), *path), "mijn-sjabloon.json")
    assert str(raised.value) == f"mijn-sjabloon.json: {named}."


def test_a_missing_key_inside_a_list_item_is_named() -> None:
    data = _raw()
    del data["schaal"]["niveaus"][2]["label"]
    with pytest.raises(TemplateError, match=r"'schaal\.niveaus\[\]\.label' ontbreekt"):
        parse_template(data, "s")
    data = _raw()
    del data["delen"][0]["titel"]
    with pytest.raises(TemplateError, match=r"'delen\[\]\.titel' ontbreekt"):
        parse_template(data, "s")


def test_a_missing_leefgebied_is_refused() -> None:
    data = _raw()
    data["leefgebieden"] = [lg for lg in data["leefgebieden"] if lg["key"] != "wonen"]
    with pytest.raises(TemplateError) as raised:
        parse_template(data, "s")
    assert str(raised.value) == "s: 'leefgebieden' moet alle zes leefgebieden bevatten, elk één keer."


def test_a_doubled_leefgebied_is_refused() -> None:
    # The message promises "elk één keer"; a seventh entry repeating one would show that leefgebied
    # twice in the editor, both editing the same content.
    data = _raw()
    data["leefgebieden"].append(copy.deepcopy(data["leefgebieden"][0]))
    with pytest.raises(TemplateError, match="alle zes leefgebieden bevatten, elk één keer"):
        parse_template(data, "s")


def test_an_unknown_leefgebied_is_a_template_error_not_a_crash() -> None:
    data = _raw()
    data["leefgebieden"][0]["key"] = "hobby"
    with pytest.raises(TemplateError, match="ongeldige waarde"):
        parse_template(data, "s")


def test_duplicate_or_empty_scale_values_are_refused() -> None:
    data = _raw()
    data["schaal"]["niveaus"][1]["waarde"] = 1
    with pytest.raises(TemplateError) as raised:
        parse_template(data, "s")
    assert str(raised.value) == "s: 'schaal.niveaus' moet verschillende waarden hebben."

    data = _raw()
    data["schaal"]["niveaus"] = []
    with pytest.raises(TemplateError, match="verschillende waarden"):
        parse_template(data, "s")


def test_a_non_numeric_scale_value_is_a_template_error() -> None:
    data = _raw()
    data["schaal"]["niveaus"][0]["waarde"] = "een"
    with pytest.raises(TemplateError, match=r"^s: ongeldige waarde"):
        parse_template(data, "s")


# -- content as JSON --------------------------------------------------------------------------------

LASTIGE_TEKSTEN = [
    "",
    "Gaat goed 😊👍🏽",
    "مرحبا، أنا أتعلم الهولندية",  # Arabic, right to left
    "ሰላም ትግርኛ",  # Tigrinya
    "regel één\nregel twee\r\nregel drie\n\n",
    "tab\there",
    '"aanhalingstekens" en \\ backslash',
    "Ünïcödé café",
]

teksten = st.one_of(st.sampled_from(LASTIGE_TEKSTEN), st.text(max_size=40))
datums = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
leefgebied_inhoud = st.builds(
    LeefgebiedInhoud,
    zijn=teksten,
    worden=teksten,
    presteren=teksten,
    score=st.one_of(st.none(), st.integers(-5, 10)),
)
acties = st.builds(Actie, wie=st.sampled_from(ActieWie), wat=teksten, wanneer=st.one_of(st.none(), datums))
evaluaties = st.builds(Evaluatie, datum=datums, tekst=teksten, door=teksten)
doelen = st.builds(
    Doel,
    id=st.uuids().map(str),
    leefgebied=st.sampled_from(Leefgebied),
    eigen_woorden=teksten,
    professioneel=teksten,
    acties=st.lists(acties, max_size=3).map(tuple),
    streefdatum=st.one_of(st.none(), datums),
    status=st.sampled_from(DoelStatus),
    evaluaties=st.lists(evaluaties, max_size=3).map(tuple),
)
inhouden = st.builds(
    PlanInhoud,
    leefgebieden=st.dictionaries(st.sampled_from(Leefgebied), leefgebied_inhoud),
    delen=st.dictionaries(st.sampled_from([d.key for d in TEMPLATE.delen]), teksten),
    doelen=st.lists(doelen, max_size=4).map(tuple),
    deelnemers=st.builds(
        Deelnemers, jongere=st.booleans(), woonbegeleider=teksten, jeugdbeschermer=teksten, anderen=teksten
    ),
)


@given(inhouden)
def test_content_survives_the_json_round_trip(inhoud: PlanInhoud) -> None:
    as_json = inhoud_to_json(inhoud)
    text = json.dumps(as_json, ensure_ascii=False)  # as stored and as sent to the portal
    assert inhoud_from_json(json.loads(text)) == inhoud
    assert inhoud_from_json(as_json) == inhoud


def test_content_from_json_fills_in_what_an_older_document_left_out() -> None:
    inhoud = inhoud_from_json(
        {"doelen": [{"id": "d1", "leefgebied": "wonen", "evaluaties": [{"datum": None, "tekst": "x"}]}]}
    )
    assert inhoud.leefgebieden == {} and inhoud.delen == {}
    assert inhoud.deelnemers == Deelnemers()
    doel = inhoud.doel("d1")
    assert (doel.status, doel.eigen_woorden, doel.streefdatum, doel.acties) == (DoelStatus.OPEN, "", None, ())
    assert doel.evaluaties == (Evaluatie(date.min, "x", ""),)


# -- cleaning ---------------------------------------------------------------------------------------


def test_clean_inhoud_normalises_and_strips_every_text() -> None:
    decomposed = "cafe\u0301"  # "café" with a combining accent, as some programs paste it
    doel = Doel(
        "d1",
        Leefgebied.WONEN,
        eigen_woorden=f"  {decomposed}\n",
        professioneel="\tprof ",
        acties=(Actie(ActieWie.JONGERE, f" {decomposed} "),),
        evaluaties=(Evaluatie(date(2026, 1, 1), f"\n{decomposed}\n"),),
    )
    inhoud = PlanInhoud(
        leefgebieden={Leefgebied.WONEN: LeefgebiedInhoud(f" {decomposed} ", "\nwil\n", "  ", 3)},
        delen={"dromen": f"  {decomposed}  "},
        doelen=(doel,),
        deelnemers=Deelnemers(True, " Sanne ", f" {decomposed} ", "\n"),
    )

    clean = clean_inhoud(inhoud)

    assert clean.leefgebied(Leefgebied.WONEN) == LeefgebiedInhoud("café", "wil", "", 3)
    assert clean.leefgebied(Leefgebied.WONEN).zijn == "caf\u00e9"  # one code point, NFC
    assert clean.deel("dromen") == "café"
    d = clean.doel("d1")
    assert (d.eigen_woorden, d.professioneel) == ("café", "prof")
    assert d.acties[0].wat == "café" and d.evaluaties[0].tekst == "café"
    assert clean.deelnemers == Deelnemers(True, "Sanne", "café", "")
    # inner line breaks are the jongere's own layout and stay
    assert clean_inhoud(PlanInhoud(delen={"dromen": " a\n\nb "})).deel("dromen") == "a\n\nb"


# -- validation -------------------------------------------------------------------------------------


def _codes(inhoud: PlanInhoud) -> list[tuple[Code, str]]:
    return [(p.code, p.veld) for p in check_inhoud(inhoud, TEMPLATE, PLAN_DATUM)]


def test_valid_content_has_no_problems() -> None:
    inhoud = PlanInhoud(
        leefgebieden={Leefgebied.WONEN: LeefgebiedInhoud("zijn\nmet regels", "worden", "presteren", 1)},
        delen={"dromen": "x" * MAX_TEKST},
        doelen=(Doel("d1", Leefgebied.WONEN, eigen_woorden="Zelf koken", streefdatum=PLAN_DATUM),),
    )
    assert _codes(inhoud) == []


def test_a_goal_without_any_text_is_verplicht() -> None:
    inhoud = PlanInhoud(
        doelen=(
            Doel("d1", Leefgebied.WONEN, eigen_woorden="ok"),
            Doel("d2", Leefgebied.FINANCIEN),
        )
    )
    problems = check_inhoud(inhoud, TEMPLATE, PLAN_DATUM)
    assert [(p.code, p.veld) for p in problems] == [
        (Code.VERPLICHT, "Doel 2 (Financiën): de tekst van het doel")
    ]
    assert problems[0].message == "Doel 2 (Financiën): de tekst van het doel is verplicht."
    # professional wording alone is enough
    assert _codes(PlanInhoud(doelen=(Doel("d", Leefgebied.WONEN, professioneel="p"),))) == []


def test_a_streefdatum_before_the_plan_date_is_refused() -> None:
    inhoud = PlanInhoud(doelen=(Doel("d1", Leefgebied.WONEN, "ok", streefdatum=date(2026, 3, 9)),))
    problems = check_inhoud(inhoud, TEMPLATE, PLAN_DATUM)
    assert [p.code for p in problems] == [Code.DOEL_DATUM]
    assert problems[0].message == "Doel 1 (Wonen): streefdatum ligt vóór de datum van het plan (10-03-2026)."


def test_too_long_texts_are_refused_with_the_limit() -> None:
    inhoud = PlanInhoud(
        leefgebieden={Leefgebied.WONEN: LeefgebiedInhoud(zijn="x" * (MAX_TEKST + 1))},
        delen={"draaglast": "y" * (MAX_TEKST + 1)},
    )
    problems = check_inhoud(inhoud, TEMPLATE, PLAN_DATUM)
    assert [(p.code, p.veld) for p in problems] == [
        (Code.TE_LANG, "Wonen – Zijn"),
        (Code.TE_LANG, "Draaglast"),
    ]
    assert (
        problems[0].message == f"Wonen – Zijn is te lang: maximaal {MAX_TEKST} tekens (nu {MAX_TEKST + 1})."
    )


def test_control_characters_are_refused() -> None:
    inhoud = PlanInhoud(
        leefgebieden={Leefgebied.GEZONDHEID: LeefgebiedInhoud(presteren="slaapt\x00slecht")},
        doelen=(Doel("d1", Leefgebied.WONEN, eigen_woorden="bel\x07"),),
    )
    assert _codes(inhoud) == [
        (Code.ONGELDIGE_TEKENS, "Lichamelijke en psychische gezondheid – Presteren"),
        (Code.ONGELDIGE_TEKENS, "Doel 1 (Wonen): in eigen woorden"),
    ]


@pytest.mark.parametrize("score", [0, 6, -1])
def test_a_score_outside_the_scale_is_refused(score: int) -> None:
    inhoud = PlanInhoud(leefgebieden={Leefgebied.ZINGEVING: LeefgebiedInhoud(score=score)})
    problems = check_inhoud(inhoud, TEMPLATE, PLAN_DATUM)
    assert [(p.code, p.veld) for p in problems] == [(Code.SCORE_ONGELDIG, "Zingeving – score")]
    assert problems[0].message == f"Zingeving – score: {score} staat niet op de schaal."


def test_several_problems_are_reported_together() -> None:
    inhoud = PlanInhoud(
        leefgebieden={Leefgebied.WONEN: LeefgebiedInhoud(zijn="a\x1b", score=9)},
        doelen=(
            Doel("d1", Leefgebied.WONEN, streefdatum=date(2020, 1, 1)),
            Doel("d2", Leefgebied.WONEN, "ok", acties=(Actie(ActieWie.NETWERK, ""),)),
        ),
        deelnemers=Deelnemers(anderen="z" * (MAX_TEKST + 1)),
    )
    assert _codes(inhoud) == [
        (Code.ONGELDIGE_TEKENS, "Wonen – Zijn"),
        (Code.SCORE_ONGELDIG, "Wonen – score"),
        (Code.VERPLICHT, "Doel 1 (Wonen): de tekst van het doel"),
        (Code.DOEL_DATUM, "Doel 1 (Wonen): streefdatum"),
        (Code.VERPLICHT, "Doel 2 (Wonen): actie"),
        (Code.TE_LANG, "Opgesteld door: Anderen"),
    ]
    with pytest.raises(ValidationError) as raised:
        raise ValidationError(check_inhoud(inhoud, TEMPLATE, PLAN_DATUM))
    assert len(raised.value.message.splitlines()) == 6


# -- goals ------------------------------------------------------------------------------------------


def _plan_met(*statussen: DoelStatus) -> PlanInhoud:
    return PlanInhoud(
        doelen=tuple(Doel(f"d{i}", Leefgebied.WONEN, f"doel {i}", status=s) for i, s in enumerate(statussen))
    )


def test_an_evaluation_is_added_cleaned_after_the_earlier_ones() -> None:
    eerste = Evaluatie(date(2026, 1, 1), "eerste")
    inhoud = PlanInhoud(doelen=(Doel("d1", Leefgebied.WONEN, "koken", evaluaties=(eerste,)),))
    after = add_evaluatie(inhoud, "d1", Evaluatie(date(2026, 2, 1), "  tweede\u0301 ", "Sanne"))
    assert after.doel("d1").evaluaties == (eerste, Evaluatie(date(2026, 2, 1), "tweed\u00e9", "Sanne"))
    assert inhoud.doel("d1").evaluaties == (eerste,)  # content is immutable


def test_a_stopped_goal_takes_no_evaluation() -> None:
    inhoud = _plan_met(DoelStatus.GESTOPT)
    with pytest.raises(ValidationError) as raised:
        add_evaluatie(inhoud, "d0", Evaluatie(date(2026, 3, 1), "nog iets"))
    assert raised.value.codes == {Code.DOEL_GESTOPT}
    assert raised.value.message.startswith("Dit doel is gestopt: er kunnen geen evaluaties meer bij.")
    # a reached goal can still be evaluated
    behaald = add_evaluatie(_plan_met(DoelStatus.BEHAALD), "d0", Evaluatie(PLAN_DATUM, "ok"))
    assert behaald.doel("d0").evaluaties == (Evaluatie(PLAN_DATUM, "ok"),)


@pytest.mark.parametrize("tekst", ["", "   ", "\n\t"])
def test_an_empty_evaluation_is_refused(tekst: str) -> None:
    with pytest.raises(ValidationError) as raised:
        add_evaluatie(_plan_met(DoelStatus.LOOPT), "d0", Evaluatie(PLAN_DATUM, tekst))
    assert [(p.code, p.veld) for p in raised.value.problems] == [(Code.VERPLICHT, "Evaluatie")]
    assert raised.value.message == "Evaluatie is verplicht."


def test_more_than_the_advised_number_of_open_goals_warns() -> None:
    assert ADVIES_MAX_OPEN_DOELEN == 5
    vijf = _plan_met(DoelStatus.OPEN, DoelStatus.LOOPT, DoelStatus.OPEN, DoelStatus.LOOPT, DoelStatus.OPEN)
    assert vijf.open_doelen == 5 and not vijf.te_veel_open_doelen
    zes = _plan_met(*[DoelStatus.OPEN] * 3, *[DoelStatus.LOOPT] * 3)
    assert zes.open_doelen == 6 and zes.te_veel_open_doelen
    afgerond = _plan_met(*[DoelStatus.OPEN] * 5, DoelStatus.BEHAALD, DoelStatus.GESTOPT, DoelStatus.BEHAALD)
    assert afgerond.open_doelen == 5 and not afgerond.te_veel_open_doelen
