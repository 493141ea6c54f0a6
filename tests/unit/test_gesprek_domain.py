"""Gesprekken in the domain: the rules of check_gesprek, cleaning, and the JSON form (Norm 1.1b, 1.2a-d)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kso_desktop.domain.enums import GesprekType, Leefgebied
from kso_desktop.domain.gesprek import (
    MAX_VERSLAG,
    Afspraak,
    Deelnemer,
    DeelnemerRol,
    DoelVoortgang,
    GesprekInhoud,
    LeefgebiedBespreking,
    Onderwerp,
    check_gesprek,
    clean_gesprek,
    gesprek_from_json,
    gesprek_to_json,
)
from kso_desktop.domain.plan import ActieWie
from kso_desktop.domain.validation import MAX_KORT, MAX_TEKST, Code, Problem

VANDAAG = date(2026, 3, 10)
PLAATSING = date(2025, 9, 1)
DRIE = GesprekType.DRIEGESPREK
TWEE = GesprekType.TWEEGESPREK
MET_JB = (Deelnemer(DeelnemerRol.JONGERE, "Senait"), Deelnemer(DeelnemerRol.JEUGDBESCHERMER, "Lotte Smit"))

# Words that never appear in a Dutch message here: the English of the codes and field names.
_ENGELS = ("required", "too long", "future", "missing", "must", "invalid", "error")


def _check(
    soort: GesprekType, inhoud: GesprekInhoud, *, dag: date = date(2026, 3, 5), definitief: bool = False
) -> list[Problem]:
    return check_gesprek(
        soort, dag, clean_gesprek(inhoud), vandaag=VANDAAG, plaatsing=PLAATSING, definitief=definitief
    )


def _codes(problems: list[Problem]) -> list[Code]:
    return [p.code for p in problems]


def _dutch(problems: list[Problem]) -> None:
    for p in problems:
        assert p.message and p.message[0].isupper() and p.message.endswith(".")
        assert "{" not in p.message, p.message
        assert not any(w in p.message.lower() for w in _ENGELS), p.message


def test_a_complete_driegesprek_and_tweegesprek_have_no_problems() -> None:
    drie = GesprekInhoud(deelnemers=MET_JB, verslag="We spraken over school en geld.")
    twee = GesprekInhoud(notities="Gaat goed op school.")
    assert _check(DRIE, drie, definitief=True) == []
    assert _check(TWEE, twee, definitief=True) == []
    # on the day itself and on the placement day are both allowed
    assert _check(TWEE, twee, dag=VANDAAG) == [] and _check(TWEE, twee, dag=PLAATSING) == []


def test_a_driegesprek_without_the_jeugdbeschermer_is_refused_even_as_concept() -> None:
    inhoud = GesprekInhoud(deelnemers=(Deelnemer(DeelnemerRol.JONGERE, "Senait"),), verslag="x")
    problems = _check(DRIE, inhoud)
    assert _codes(problems) == [Code.DRIEGESPREK_ZONDER_JEUGDBESCHERMER]
    assert "jeugdbeschermer" in problems[0].message and "tweegesprek" in problems[0].message
    _dutch(problems)
    # a tweegesprek needs no jeugdbeschermer
    assert _check(TWEE, GesprekInhoud(notities="x")) == []


def test_a_date_in_the_future_or_before_the_placement_is_refused() -> None:
    inhoud = GesprekInhoud(notities="x")
    toekomst = _check(TWEE, inhoud, dag=date(2026, 3, 11))
    assert _codes(toekomst) == [Code.DATUM_IN_TOEKOMST]
    assert toekomst[0].message.startswith("Datum van het gesprek: de datum ligt in de toekomst")
    voor = _check(TWEE, inhoud, dag=date(2025, 8, 31))
    assert _codes(voor) == [Code.DATUM_VOOR_PLAATSING]
    assert voor[0].message == "Datum van het gesprek: de datum ligt vóór de plaatsing (01-09-2025)."
    _dutch(toekomst + voor)


def test_an_afspraak_without_text_is_refused_and_named_by_its_number() -> None:
    inhoud = GesprekInhoud(
        notities="x",
        afspraken=(Afspraak(ActieWie.JONGERE, "Sparen"), Afspraak(ActieWie.WOONBEGELEIDER, "   ")),
    )
    problems = _check(TWEE, inhoud)
    assert _codes(problems) == [Code.VERPLICHT]
    assert problems[0].message == "Afspraak 2 is verplicht."


def test_a_definitief_driegesprek_needs_a_verslag_but_a_concept_does_not() -> None:
    inhoud = GesprekInhoud(deelnemers=MET_JB, verslag="  \n ")
    assert _check(DRIE, inhoud) == []
    problems = _check(DRIE, inhoud, definitief=True)
    assert _codes(problems) == [Code.VERPLICHT]
    assert problems[0].message == "Het verslag van het driegesprek is verplicht."


@pytest.mark.parametrize(
    ("inhoud", "ok"),
    [
        (GesprekInhoud(), False),
        (GesprekInhoud(onderwerpen=(Onderwerp("   "),)), False),  # an empty topic is dropped
        (GesprekInhoud(notities="Rustige week."), True),
        (GesprekInhoud(onderwerpen=(Onderwerp("Heimwee", van_jongere=True),)), True),
    ],
)
def test_a_definitief_tweegesprek_needs_notes_or_a_topic(inhoud: GesprekInhoud, ok: bool) -> None:
    assert _check(TWEE, inhoud) == []  # a concept may be empty
    problems = _check(TWEE, inhoud, definitief=True)
    if ok:
        assert problems == []
    else:
        assert _codes(problems) == [Code.VERPLICHT]
        assert problems[0].message == "Wat er besproken is (notities of onderwerpen) is verplicht."


@pytest.mark.parametrize(
    ("inhoud", "veld", "maximum"),
    [
        (GesprekInhoud(notities="a" * (MAX_TEKST + 1)), "Notities", MAX_TEKST),
        (GesprekInhoud(notities="x", onderwerpen=(Onderwerp("o" * (MAX_KORT + 1)),)), "Onderwerp", MAX_KORT),
        (GesprekInhoud(notities="x", verslag="v" * (MAX_VERSLAG + 1)), "Verslag", MAX_VERSLAG),
        (
            GesprekInhoud(notities="x", afspraken=(Afspraak(ActieWie.JONGERE, "w" * (MAX_KORT + 1)),)),
            "Afspraak 1",
            MAX_KORT,
        ),
        (
            GesprekInhoud(notities="x", voortgang=(DoelVoortgang("d1", "Sparen", "t" * (MAX_TEKST + 1)),)),
            "Voortgang op 'Sparen'",
            MAX_TEKST,
        ),
        (
            GesprekInhoud(
                notities="x",
                besprekingen=(LeefgebiedBespreking(Leefgebied.FINANCIEN, "e" * (MAX_TEKST + 1)),),
            ),
            "Evaluatie Financiën",
            MAX_TEKST,
        ),
    ],
)
def test_oversized_text_is_refused_with_the_limit_and_length(
    inhoud: GesprekInhoud, veld: str, maximum: int
) -> None:
    problems = _check(TWEE, inhoud)
    assert _codes(problems) == [Code.TE_LANG]
    assert problems[0].message == f"{veld} is te lang: maximaal {maximum} tekens (nu {maximum + 1})."
    # exactly at the limit is fine
    assert _check(TWEE, GesprekInhoud(notities="a" * MAX_TEKST)) == []


def test_several_problems_are_reported_together_in_dutch() -> None:
    inhoud = GesprekInhoud(
        deelnemers=(Deelnemer(DeelnemerRol.JONGERE, "Senait"),),
        afspraken=(Afspraak(ActieWie.JONGERE, ""),),
        notities="n" * (MAX_TEKST + 1),
    )
    problems = _check(DRIE, inhoud, dag=date(2026, 4, 1), definitief=True)
    assert _codes(problems) == [
        Code.DATUM_IN_TOEKOMST,
        Code.DRIEGESPREK_ZONDER_JEUGDBESCHERMER,
        Code.VERPLICHT,  # afspraak 1
        Code.TE_LANG,  # notities
        Code.VERPLICHT,  # verslag
    ]
    _dutch(problems)


def test_clean_gesprek_drops_empty_topics_and_progress_and_dedups_leefgebieden() -> None:
    inhoud = GesprekInhoud(
        deelnemers=(Deelnemer(DeelnemerRol.TOLK, "  Amal  "),),
        onderwerpen=(Onderwerp("  "), Onderwerp(" School ", True), Onderwerp("")),
        leefgebieden=(Leefgebied.WONEN, Leefgebied.FINANCIEN, Leefgebied.WONEN),
        notities="  Financie\u0308n  ",  # decomposed ë, as pasted from some programs
        voortgang=(DoelVoortgang("d1", "Sparen", " "), DoelVoortgang("d2", "Slapen", " Beter ")),
        verslag=" v ",
    )
    schoon = clean_gesprek(inhoud)
    assert schoon.deelnemers == (Deelnemer(DeelnemerRol.TOLK, "Amal"),)
    assert schoon.onderwerpen == (Onderwerp("School", True),)
    assert schoon.leefgebieden == (Leefgebied.WONEN, Leefgebied.FINANCIEN)
    assert schoon.notities == "Financiën" and len(schoon.notities) == 9
    assert schoon.voortgang == (DoelVoortgang("d2", "Slapen", "Beter"),)
    assert schoon.verslag == "v"
    assert clean_gesprek(schoon) == schoon


# -- JSON round trip ---------------------------------------------------------------------------------

_tekst = st.text(
    alphabet=st.one_of(
        st.sampled_from("abcëéïöü ÀŁ\n"),
        st.sampled_from("مرحبا بالعالم"),
        st.sampled_from("😀👍🏽🇳🇱"),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=40,
)
_datum = st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
_inhoud = st.builds(
    GesprekInhoud,
    deelnemers=st.lists(st.builds(Deelnemer, st.sampled_from(DeelnemerRol), _tekst), max_size=4).map(tuple),
    onderwerpen=st.lists(st.builds(Onderwerp, _tekst, st.booleans()), max_size=4).map(tuple),
    leefgebieden=st.lists(st.sampled_from(Leefgebied), max_size=6).map(tuple),
    notities=_tekst,
    afspraken=st.lists(
        st.builds(
            Afspraak,
            st.sampled_from(ActieWie),
            _tekst,
            _datum,
            st.booleans(),
            st.none() | st.sampled_from(Leefgebied),
        ),
        max_size=4,
    ).map(tuple),
    voortgang=st.lists(st.builds(DoelVoortgang, _tekst, _tekst, _tekst), max_size=3).map(tuple),
    voorbereiding=_tekst,
    besprekingen=st.lists(
        st.builds(LeefgebiedBespreking, st.sampled_from(Leefgebied), _tekst), max_size=3
    ).map(tuple),
    verslag=_tekst,
)


@given(_inhoud)
def test_json_round_trip_keeps_everything(inhoud: GesprekInhoud) -> None:
    import json

    data = gesprek_to_json(inhoud)
    # through real JSON text, as the database column and the outbox store it
    assert gesprek_from_json(json.loads(json.dumps(data, ensure_ascii=False))) == inhoud


def test_json_round_trip_of_an_example_with_arabic_emoji_and_a_leefgebied() -> None:
    inhoud = GesprekInhoud(
        deelnemers=MET_JB,
        onderwerpen=(Onderwerp("أريد أن أعمل 👷🏽", van_jongere=True),),
        afspraken=(
            Afspraak(ActieWie.JONGERE, "Kasboek bijhouden 💶", date(2026, 4, 1), False, Leefgebied.FINANCIEN),
            Afspraak(ActieWie.WOONBEGELEIDER, "Huisarts bellen"),
        ),
        verslag="Financiën besproken.",
    )
    data = gesprek_to_json(inhoud)
    assert data["afspraken"][0] == {
        "wie": "jongere",
        "wat": "Kasboek bijhouden 💶",
        "wanneer": "2026-04-01",
        "gedaan": False,
        "leefgebied": "financien",
    }
    assert data["afspraken"][1]["leefgebied"] is None and data["afspraken"][1]["wanneer"] is None
    assert gesprek_from_json(data) == inhoud
    assert gesprek_from_json({}) == GesprekInhoud()
