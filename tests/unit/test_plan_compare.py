"""Comparing plan versions per leefgebied, and the three-way merge of two concurrent edits."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kso_desktop.domain.enums import Leefgebied, Niveau
from kso_desktop.domain.plan import (
    Actie,
    ActieWie,
    Deelnemers,
    Doel,
    DoelStatus,
    Evaluatie,
    LeefgebiedInhoud,
    PlanInhoud,
    parse_template,
)
from kso_desktop.domain.plan_compare import DoelWijziging, Onderdeel, Op, merge, vergelijk, woord_diff
from kso_desktop.paths import resources_dir

TEMPLATE = parse_template(
    json.loads((resources_dir() / "plan" / "begeleidingsplan-v1.json").read_text(encoding="utf-8")), "t"
)
WIE = "Sanne de Vries"

# -- word diff --------------------------------------------------------------------------------------


def _join(segments: tuple[tuple[Op, str], ...], *ops: Op) -> str:
    return "".join(text for op, text in segments if op in ops)


def test_word_diff_marks_whole_words() -> None:
    segments = woord_diff("Yonas kookt soms zelf.", "Yonas kookt elke dag zelf.")
    assert segments == (
        (Op.GELIJK, "Yonas kookt "),
        (Op.WEG, "soms"),
        (Op.ERBIJ, "elke dag"),
        (Op.GELIJK, " zelf."),
    )
    assert woord_diff("", "") == ()
    assert woord_diff("", "nieuw") == ((Op.ERBIJ, "nieuw"),)
    assert woord_diff("oud", "") == ((Op.WEG, "oud"),)


diff_teksten = st.one_of(
    st.text(max_size=60),
    st.lists(
        st.sampled_from(["de", "het", "een", "😊", "مرحبا", " ", "\n", "  ", "\t", "kookt."]), max_size=25
    ).map("".join),
)


@given(diff_teksten, diff_teksten)
def test_word_diff_reconstructs_both_texts(oud: str, nieuw: str) -> None:
    segments = woord_diff(oud, nieuw)
    assert _join(segments, Op.GELIJK, Op.WEG) == oud
    assert _join(segments, Op.GELIJK, Op.ERBIJ) == nieuw
    assert all(text for _op, text in segments)
    if oud == nieuw:
        assert all(op == Op.GELIJK for op, _t in segments)


# -- vergelijk --------------------------------------------------------------------------------------


def _part(onderdelen: tuple[Onderdeel, ...], titel: str) -> Onderdeel:
    return next(o for o in onderdelen if o.titel == titel)


KOKEN = Doel("d-koken", Leefgebied.WONEN, "Ik wil zelf koken", status=DoelStatus.OPEN)
SPAREN = Doel("d-sparen", Leefgebied.FINANCIEN, "Sparen voor een fiets")
SPORT = Doel("d-sport", Leefgebied.SOCIAAL_NETWERK, "Op voetbal")

OUD = PlanInhoud(
    leefgebieden={
        Leefgebied.WONEN: LeefgebiedInhoud("Woont in De Linde.", "Zelfstandig wonen", "", 2),
        Leefgebied.GEZONDHEID: LeefgebiedInhoud("Slaapt slecht.", score=3),
    },
    delen={"dromen": "Monteur worden", "draaglast": "Zorgen om familie"},
    doelen=(KOKEN, SPAREN),
    deelnemers=Deelnemers(True, "Sanne de Vries", "Lotte Smit", ""),
)


def test_unchanged_content_has_no_changed_parts() -> None:
    onderdelen = vergelijk(OUD, OUD, TEMPLATE)
    assert not any(o.gewijzigd for o in onderdelen)
    assert [o.titel for o in onderdelen] == [
        *(lg.label for lg in Leefgebied),
        *(d.titel for d in TEMPLATE.delen),
        "Opgesteld door",
    ]


def test_vergelijk_reports_every_changed_part() -> None:
    nieuw = PlanInhoud(
        leefgebieden={
            Leefgebied.WONEN: LeefgebiedInhoud("Woont in De Linde.", "Zelfstandig wonen in Utrecht", "", 3),
            Leefgebied.GEZONDHEID: OUD.leefgebied(Leefgebied.GEZONDHEID),
        },
        delen={"dromen": "Monteur worden", "draaglast": "", "sterke_kanten": "Behulpzaam"},
        doelen=(
            dataclasses.replace(
                KOKEN,
                status=DoelStatus.LOOPT,
                streefdatum=date(2026, 6, 1),
                acties=(Actie(ActieWie.WOONBEGELEIDER, "Samen boodschappen doen"),),
                evaluaties=(Evaluatie(date(2026, 3, 1), "Eerste keer pasta"),),
            ),
            SPORT,
        ),
        deelnemers=Deelnemers(True, "Sanne de Vries", "Lotte Smit", "Tolk"),
    )

    onderdelen = vergelijk(OUD, nieuw, TEMPLATE)

    wonen = _part(onderdelen, "Wonen")
    assert [(v.label, v.oud, v.nieuw) for v in wonen.velden] == [
        ("Worden", "Zelfstandig wonen", "Zelfstandig wonen in Utrecht"),
        ("Zelfredzaamheid", "2 – Niet zelfredzaam", "3 – Beperkt zelfredzaam"),
    ]
    [koken] = wonen.doelen
    assert koken.soort == DoelWijziging.GEWIJZIGD and koken.titel == "Ik wil zelf koken"
    assert [(v.label, v.oud, v.nieuw) for v in koken.velden] == [
        ("Status", "Open", "Loopt"),
        ("Streefdatum", "", "01-06-2026"),
        ("Acties", "", "Woonbegeleider: Samen boodschappen doen"),
        ("Evaluaties", "", "01-03-2026 Eerste keer pasta"),
    ]
    [sparen] = _part(onderdelen, "Financiën").doelen
    assert (sparen.soort, sparen.oud, sparen.nieuw) == (DoelWijziging.VERVALLEN, SPAREN, None)
    [sport] = _part(onderdelen, "Sociaal netwerk").doelen
    assert (sport.soort, sport.oud, sport.nieuw, sport.titel) == (
        DoelWijziging.NIEUW,
        None,
        SPORT,
        "Op voetbal",
    )
    assert not _part(onderdelen, "Lichamelijke en psychische gezondheid").gewijzigd
    assert not _part(onderdelen, "Dromen en ambities").gewijzigd
    assert [(v.label, v.oud, v.nieuw) for v in _part(onderdelen, "Draaglast").velden] == [
        ("Draaglast", "Zorgen om familie", "")
    ]
    assert [(v.oud, v.nieuw) for v in _part(onderdelen, "Sterke kanten en talenten").velden] == [
        ("", "Behulpzaam")
    ]
    assert [(v.label, v.oud, v.nieuw) for v in _part(onderdelen, "Opgesteld door").velden] == [
        ("Anderen", "", "Tolk")
    ]
    assert {o.titel for o in onderdelen if o.gewijzigd} == {
        "Wonen",
        "Financiën",
        "Sociaal netwerk",
        "Draaglast",
        "Sterke kanten en talenten",
        "Opgesteld door",
    }


def test_vergelijk_reports_a_changed_score_and_the_jongere_taking_part() -> None:
    nieuw = dataclasses.replace(
        OUD,
        leefgebieden={
            **OUD.leefgebieden,
            Leefgebied.GEZONDHEID: LeefgebiedInhoud("Slaapt slecht.", score=None),
        },
        deelnemers=dataclasses.replace(OUD.deelnemers, jongere=False),
    )
    onderdelen = vergelijk(OUD, nieuw, TEMPLATE)
    gezondheid = _part(onderdelen, "Lichamelijke en psychische gezondheid")
    assert [(v.label, v.oud, v.nieuw) for v in gezondheid.velden] == [
        ("Zelfredzaamheid", "3 – Beperkt zelfredzaam", "nog niet gescoord")
    ]
    assert [(v.label, v.oud, v.nieuw) for v in _part(onderdelen, "Opgesteld door").velden] == [
        ("Jongere deed mee", "ja", "nee")
    ]


# -- merge ------------------------------------------------------------------------------------------


def _met(inhoud: PlanInhoud, key: Leefgebied, **velden: object) -> PlanInhoud:
    return inhoud.met_leefgebied(key, dataclasses.replace(inhoud.leefgebied(key), **velden))  # type: ignore[arg-type]


def test_disjoint_edits_combine_without_conflicts() -> None:
    mine = _met(OUD, Leefgebied.WONEN, zijn="Woont sinds maart in De Linde.").met_deel(
        "dromen", "Automonteur"
    )
    theirs = _met(OUD, Leefgebied.WONEN, worden="Een eigen kamer", score=3).met_deel(
        "draaglast", "Minder zorgen"
    )

    merged, conflicts = merge(OUD, mine, theirs, WIE)

    assert conflicts == ()
    assert merged.leefgebied(Leefgebied.WONEN) == LeefgebiedInhoud(
        "Woont sinds maart in De Linde.", "Een eigen kamer", "", 3
    )
    assert merged.delen == {"dromen": "Automonteur", "draaglast": "Minder zorgen"}
    assert merged.doelen == OUD.doelen and merged.deelnemers == OUD.deelnemers


def test_the_same_text_changed_by_both_keeps_both_texts_and_names_the_place() -> None:
    mine = _met(OUD, Leefgebied.WONEN, zijn="Mijn versie van zijn.").met_deel("dromen", "Mijn droom")
    theirs = _met(OUD, Leefgebied.WONEN, zijn="Hun versie van zijn.").met_deel("dromen", "Hun droom")

    merged, conflicts = merge(OUD, mine, theirs, WIE)

    zijn = merged.leefgebied(Leefgebied.WONEN).zijn
    assert "Mijn versie van zijn." in zijn and "Hun versie van zijn." in zijn
    assert WIE in zijn
    assert "Mijn droom" in merged.deel("dromen") and "Hun droom" in merged.deel("dromen")
    assert len(conflicts) == 2 and conflicts[0] == "Wonen – Zijn"
    assert "dromen" in conflicts[1].lower()


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    both = _met(OUD, Leefgebied.WONEN, zijn="Zelfde tekst.", score=4)
    merged, conflicts = merge(OUD, both, both, WIE)
    assert (merged, conflicts) == (both, ())


def test_a_score_changed_differently_by_both_is_a_conflict() -> None:
    merged, conflicts = merge(
        OUD, _met(OUD, Leefgebied.WONEN, score=4), _met(OUD, Leefgebied.WONEN, score=1), WIE
    )
    assert conflicts == ("Wonen – score",)
    assert merged.leefgebied(Leefgebied.WONEN).score in (4, 1)


def test_when_one_side_changed_nothing_the_other_side_wins() -> None:
    edited = _met(OUD, Leefgebied.GEZONDHEID, presteren="Gaat naar de huisarts.").met_deel("dromen", "")
    edited = dataclasses.replace(edited, deelnemers=Deelnemers(True, "Youssef", "Lotte Smit", "Tolk"))
    assert merge(OUD, edited, OUD, WIE) == (edited, ())
    assert merge(OUD, OUD, edited, WIE) == (edited, ())


def test_goals_added_on_either_side_are_kept() -> None:
    mine = OUD.met_doel(SPORT)
    nieuw_doel = Doel("d-school", Leefgebied.DAGBESTEDING, "Naar de ISK")
    theirs = OUD.met_doel(nieuw_doel)
    merged, conflicts = merge(OUD, mine, theirs, WIE)
    assert conflicts == ()
    assert {d.id for d in merged.doelen} == {KOKEN.id, SPAREN.id, SPORT.id, nieuw_doel.id}
    assert merged.doel(SPORT.id) == SPORT and merged.doel(nieuw_doel.id) == nieuw_doel


def test_a_goal_removed_by_one_side_and_untouched_by_the_other_is_gone() -> None:
    removed = OUD.zonder_doel(SPAREN.id)
    assert [d.id for d in merge(OUD, removed, OUD, WIE)[0].doelen] == [KOKEN.id]
    assert [d.id for d in merge(OUD, OUD, removed, WIE)[0].doelen] == [KOKEN.id]


def test_a_goal_removed_by_one_side_but_changed_by_the_other_is_kept_with_the_change() -> None:
    removed = OUD.zonder_doel(KOKEN.id)
    changed = OUD.met_doel(dataclasses.replace(KOKEN, professioneel="Kookt twee keer per week zelf"))
    for mine, theirs in ((removed, changed), (changed, removed)):
        merged, _conflicts = merge(OUD, mine, theirs, WIE)
        assert merged.doel(KOKEN.id).professioneel == "Kookt twee keer per week zelf"
        assert SPAREN.id in {d.id for d in merged.doelen}


def test_evaluations_added_on_both_sides_are_all_kept() -> None:
    eerste = Evaluatie(date(2026, 1, 5), "Kookte pasta")
    base = OUD.met_doel(dataclasses.replace(KOKEN, evaluaties=(eerste,)))
    mijn = Evaluatie(date(2026, 3, 9), "Kookte rijst", "Sanne")
    hun = Evaluatie(date(2026, 3, 9), "Deed boodschappen", "Youssef")
    mine = base.met_doel(dataclasses.replace(base.doel(KOKEN.id), evaluaties=(eerste, mijn)))
    theirs = base.met_doel(dataclasses.replace(base.doel(KOKEN.id), evaluaties=(eerste, hun)))

    merged, conflicts = merge(base, mine, theirs, WIE)

    assert conflicts == ()
    evaluaties = merged.doel(KOKEN.id).evaluaties
    assert sorted(evaluaties, key=lambda e: e.tekst) == sorted([eerste, mijn, hun], key=lambda e: e.tekst)
    assert evaluaties[0] == eerste


def test_a_status_changed_differently_by_both_is_a_conflict() -> None:
    mine = OUD.met_doel(dataclasses.replace(KOKEN, status=DoelStatus.BEHAALD))
    theirs = OUD.met_doel(dataclasses.replace(KOKEN, status=DoelStatus.GESTOPT))
    merged, conflicts = merge(OUD, mine, theirs, WIE)
    assert conflicts == ("Doel 'Ik wil zelf koken': status",)
    assert merged.doel(KOKEN.id).status in (DoelStatus.BEHAALD, DoelStatus.GESTOPT)


def test_different_fields_of_one_goal_combine() -> None:
    mine = OUD.met_doel(dataclasses.replace(KOKEN, status=DoelStatus.LOOPT))
    theirs = OUD.met_doel(dataclasses.replace(KOKEN, streefdatum=date(2026, 5, 1), professioneel="Koken"))
    merged, conflicts = merge(OUD, mine, theirs, WIE)
    assert conflicts == ()
    assert merged.doel(KOKEN.id) == dataclasses.replace(
        KOKEN, status=DoelStatus.LOOPT, streefdatum=date(2026, 5, 1), professioneel="Koken"
    )


def test_a_goal_moved_to_another_leefgebied_by_them_stays_moved() -> None:
    # The DoelDialog lets a medewerker move a goal to another leefgebied. When they did and I did not
    # touch the goal, their move must survive my save.
    moved = OUD.met_doel(dataclasses.replace(KOKEN, leefgebied=Leefgebied.DAGBESTEDING))
    merged, conflicts = merge(OUD, OUD, moved, WIE)
    assert conflicts == ()
    assert merged.doel(KOKEN.id).leefgebied == Leefgebied.DAGBESTEDING


def test_different_deelnemers_changed_by_both_are_both_kept() -> None:
    mine = dataclasses.replace(
        OUD, deelnemers=dataclasses.replace(OUD.deelnemers, woonbegeleider="Youssef Amrani")
    )
    theirs = dataclasses.replace(OUD, deelnemers=dataclasses.replace(OUD.deelnemers, anderen="Tolk Tigrinya"))
    merged, conflicts = merge(OUD, mine, theirs, WIE)
    assert (merged.deelnemers.woonbegeleider, merged.deelnemers.anderen) == (
        "Youssef Amrani",
        "Tolk Tigrinya",
    )
    assert conflicts == ()


def test_actions_added_to_one_goal_by_both_are_both_kept() -> None:
    mijn = Actie(ActieWie.JONGERE, "Recept uitzoeken")
    hun = Actie(ActieWie.WOONBEGELEIDER, "Samen boodschappen doen")
    mine = OUD.met_doel(dataclasses.replace(KOKEN, acties=(mijn,)))
    theirs = OUD.met_doel(dataclasses.replace(KOKEN, acties=(hun,)))
    merged, _conflicts = merge(OUD, mine, theirs, WIE)
    assert set(merged.doel(KOKEN.id).acties) == {mijn, hun}


# -- merge properties -------------------------------------------------------------------------------

korte_teksten = st.sampled_from(["", "a", "b", "Woont in De Linde.", "😊 مرحبا", "regel\nregel"])
evaluatie_st = st.builds(
    Evaluatie, datum=st.dates(date(2025, 1, 1), date(2026, 12, 31)), tekst=st.text(min_size=1, max_size=12)
)


def _doel_st(doel_id: str) -> st.SearchStrategy[Doel]:
    return st.builds(
        Doel,
        id=st.just(doel_id),
        leefgebied=st.sampled_from(Leefgebied),
        eigen_woorden=korte_teksten,
        professioneel=korte_teksten,
        acties=st.lists(st.builds(Actie, wie=st.sampled_from(ActieWie), wat=korte_teksten), max_size=2).map(
            tuple
        ),
        streefdatum=st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2026, 12, 31))),
        status=st.sampled_from(DoelStatus),
        evaluaties=st.lists(evaluatie_st, max_size=2, unique=True).map(tuple),
    )


@st.composite
def bases(draw: st.DrawFn) -> PlanInhoud:
    ids = draw(st.lists(st.sampled_from(["g1", "g2", "g3", "g4"]), unique=True, max_size=3))
    return PlanInhoud(
        leefgebieden=draw(
            st.dictionaries(
                st.sampled_from(Leefgebied),
                st.builds(
                    LeefgebiedInhoud,
                    zijn=korte_teksten,
                    worden=korte_teksten,
                    presteren=korte_teksten,
                    score=st.one_of(st.none(), st.integers(1, 5)),
                ),
                max_size=3,
            )
        ),
        delen=draw(
            st.dictionaries(st.sampled_from(["dromen", "draaglast", "veiligheid"]), korte_teksten, max_size=2)
        ),
        doelen=tuple(draw(_doel_st(i)) for i in ids),
        deelnemers=draw(st.builds(Deelnemers, woonbegeleider=korte_teksten, anderen=korte_teksten)),
    )


def _niet_in(bestaand: tuple[Evaluatie, ...]) -> Callable[[Evaluatie], bool]:
    return lambda e: e not in bestaand


@st.composite
def edits_of(draw: st.DrawFn, base: PlanInhoud) -> PlanInhoud:
    """What an editor can make of ``base``: change texts, scores and goals, add and remove goals."""
    inhoud = base
    for key in draw(st.lists(st.sampled_from(Leefgebied), max_size=3, unique=True)):
        lg = inhoud.leefgebied(key)
        niveau = draw(st.sampled_from(Niveau))
        velden: dict[str, Any] = {niveau.value: draw(korte_teksten)}
        lg = dataclasses.replace(lg, **velden)
        if draw(st.booleans()):
            lg = dataclasses.replace(lg, score=draw(st.one_of(st.none(), st.integers(1, 5))))
        inhoud = inhoud.met_leefgebied(key, lg)
    for key in draw(
        st.lists(st.sampled_from(["dromen", "draaglast", "veiligheid"]), max_size=2, unique=True)
    ):
        inhoud = inhoud.met_deel(key, draw(korte_teksten))
    for doel in base.doelen:
        actie = draw(st.sampled_from(["keep", "remove", "change", "evaluate"]))
        if actie == "remove":
            inhoud = inhoud.zonder_doel(doel.id)
        elif actie == "change":
            inhoud = inhoud.met_doel(
                dataclasses.replace(
                    doel,
                    eigen_woorden=draw(korte_teksten),
                    status=draw(st.sampled_from(DoelStatus)),
                    streefdatum=draw(st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2026, 12, 31)))),
                )
            )
        elif actie == "evaluate":
            extra = draw(evaluatie_st.filter(_niet_in(doel.evaluaties)))
            inhoud = inhoud.met_doel(dataclasses.replace(doel, evaluaties=(*doel.evaluaties, extra)))
    for _ in range(draw(st.integers(0, 2))):
        inhoud = inhoud.met_doel(draw(st.uuids().map(str).flatmap(_doel_st)))  # new goals get a fresh uuid
    if draw(st.booleans()):
        inhoud = dataclasses.replace(
            inhoud, deelnemers=dataclasses.replace(inhoud.deelnemers, anderen=draw(korte_teksten))
        )
    return inhoud


@given(st.data(), bases())
def test_merging_with_an_unchanged_other_side_returns_my_edit(data: st.DataObject, base: PlanInhoud) -> None:
    mine = data.draw(edits_of(base))
    assert merge(base, mine, base, WIE) == (mine, ())


@given(st.data(), bases())
def test_merging_my_unchanged_side_returns_their_edit(data: st.DataObject, base: PlanInhoud) -> None:
    theirs = data.draw(edits_of(base))
    assert merge(base, base, theirs, WIE) == (theirs, ())


@given(st.data(), bases())
def test_no_text_of_either_side_is_lost(data: st.DataObject, base: PlanInhoud) -> None:
    mine, theirs = data.draw(edits_of(base)), data.draw(edits_of(base))
    merged, _conflicts = merge(base, mine, theirs, WIE)
    for key in Leefgebied:
        for niveau in Niveau:
            b, m, t = (x.leefgebied(key).tekst(niveau) for x in (base, mine, theirs))
            result = merged.leefgebied(key).tekst(niveau)
            if m != b:
                assert m in result
            if t != b:
                assert t in result
    kept = {d.id: d for d in merged.doelen}
    for side in (mine, theirs):
        for d in side.doelen:
            if d.id in kept:  # every evaluation written on a kept goal is in it
                assert set(d.evaluaties) <= set(kept[d.id].evaluaties)
            else:  # a goal disappears only when one side removed it and the other left it as it was
                assert d.id in {b.id for b in base.doelen} and d == base.doel(d.id)
