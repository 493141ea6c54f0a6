"""Shift handover notes per medewerker, full-text search over notes and verslagen, and the timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, text

from kso_desktop.domain.entities import Jongere, JongereGegevens, LocatieGegevens, MedewerkerGegevens
from kso_desktop.domain.enums import GesprekType, LocatieType, Rol
from kso_desktop.domain.gesprek import Deelnemer, DeelnemerRol, GesprekInhoud, Onderwerp
from kso_desktop.domain.plan import Akkoord
from kso_desktop.domain.validation import Code, ValidationError
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

TWEE, DRIE = GesprekType.TWEEGESPREK, GesprekType.DRIEGESPREK
JB = (Deelnemer(DeelnemerRol.JONGERE, ""), Deelnemer(DeelnemerRol.JEUGDBESCHERMER, "Lotte Smit"))


def _opzet(services: Services) -> tuple[str, Jongere, Jongere, str, str]:
    org = services.organisatie
    loc = org.add_locatie(LocatieGegevens("De Es", LocatieType.KWE))
    ruben = org.add_medewerker(MedewerkerGegevens("Ruben Bakker", Rol.WOONBEGELEIDER, locatie_ids=(loc.id,)))
    fatma = org.add_medewerker(MedewerkerGegevens("Fatma Yilmaz", Rol.WOONBEGELEIDER, locatie_ids=(loc.id,)))

    def jongere(voornaam: str, achternaam: str) -> Jongere:
        return services.jongeren.add(
            JongereGegevens(
                voornaam=voornaam,
                achternaam=achternaam,
                geboortedatum=date(2010, 4, 2),
                locatie_id=loc.id,
                plaatsing=date(2025, 9, 1),
                kennismaking=date(2025, 9, 2),
                jeugdbeschermer_naam="Lotte Smit",
            )
        )

    return loc.id, jongere("Senait", "Haile"), jongere("Daniel", "Tekle"), ruben.id, fatma.id


def _twee(services: Services, jongere_id: str, dag: int, notities: str) -> str:
    moment = datetime(2026, 2, dag, 9, tzinfo=UTC)
    return services.gesprekken.opslaan(
        jongere_id, TWEE, moment, GesprekInhoud(notities=notities), definitief=True
    ).id


# -- overdracht -------------------------------------------------------------------------------------------


def test_overdracht_is_unread_for_the_next_shift_until_marked_read(services: Services) -> None:
    loc, senait, _daniel, ruben, fatma = _opzet(services)
    services.act_as(ruben)
    notitie = services.gesprekken.schrijf_overdracht(
        loc, "  Senait had vannacht buikpijn.  ", jongere_id=senait.id
    )
    algemeen = services.gesprekken.schrijf_overdracht(loc, "De wasmachine is kapot.")
    assert (notitie.tekst, notitie.auteur, notitie.jongere_naam) == (
        "Senait had vannacht buikpijn.",
        "Ruben Bakker",
        "Senait Haile",
    )
    assert (algemeen.jongere_id, algemeen.jongere_naam) == (None, "")
    assert services.gesprekken.ongelezen_overdracht(loc) == []  # the writer has read their own notes

    services.act_as(fatma)
    ongelezen = services.gesprekken.ongelezen_overdracht(loc)
    assert {n.id for n in ongelezen} == {notitie.id, algemeen.id}
    services.gesprekken.markeer_gelezen([notitie.id])
    assert [n.id for n in services.gesprekken.ongelezen_overdracht(loc)] == [algemeen.id]
    services.gesprekken.markeer_gelezen([notitie.id, algemeen.id])  # marking twice is fine
    assert services.gesprekken.ongelezen_overdracht(loc) == []

    services.act_as(ruben)
    assert services.gesprekken.ongelezen_overdracht(loc) == []
    with services.ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(m.OverdrachtGelezen)) == 4
        audit = list(s.scalars(select(m.AuditLog).where(m.AuditLog.entiteit_id == notitie.id)))
        ops = list(s.scalars(select(m.OutboxOp).where(m.OutboxOp.entiteit_id == notitie.id)))
    assert [(a.actie, a.entiteit, a.jongere_id, a.medewerker_naam) for a in audit] == [
        ("aangemaakt", "overdracht", senait.id, "Ruben Bakker")
    ]
    assert [(o.entiteit, o.payload["tekst"]) for o in ops] == [
        ("overdracht", "Senait had vannacht buikpijn.")
    ]


def test_an_empty_overdracht_is_refused_and_nothing_is_written(services: Services) -> None:
    loc, *_ = _opzet(services)
    with services.ctx.store.read() as s:
        voor = s.scalar(select(func.count()).select_from(m.Overdracht))
    with pytest.raises(ValidationError) as exc:
        services.gesprekken.schrijf_overdracht(loc, "  \n ")
    assert exc.value.codes == {Code.VERPLICHT} and exc.value.message == "Overdracht is verplicht."
    with pytest.raises(ValidationError) as exc:
        services.gesprekken.schrijf_overdracht(loc, "x", jongere_id="bestaat-niet")
    assert exc.value.message == "Jongere niet gevonden."
    with services.ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(m.Overdracht)) == voor


# -- search ------------------------------------------------------------------------------------------------


def test_search_ignores_diacritics_both_ways(services: Services) -> None:
    _loc, senait, daniel, *_ = _opzet(services)
    met = _twee(services, senait.id, 3, "We hebben de financiën doorgenomen.")
    zonder = _twee(services, daniel.id, 4, "Financien op orde, ook de zorgverzekering.")
    assert {z.ref_id for z in services.gesprekken.zoek("financien")} == {met, zonder}
    assert {z.ref_id for z in services.gesprekken.zoek("financiën")} == {met, zonder}
    assert {z.ref_id for z in services.gesprekken.zoek("FINANCIËN")} == {met, zonder}
    [r] = services.gesprekken.zoek("financiën", jongere_id=senait.id)
    assert (r.jongere_id, r.jongere_naam, r.soort, r.ref_id, r.datum) == (
        senait.id,
        "Senait Haile",
        "tweegesprek",
        met,
        date(2026, 2, 3),
    )
    assert "[financiën]" in r.fragment


def test_search_matches_prefixes_and_requires_every_word(services: Services) -> None:
    _loc, senait, *_ = _opzet(services)
    sparen = _twee(services, senait.id, 3, "Ze wil sparen voor een laptop.")
    _twee(services, senait.id, 5, "Gaat naar school.")
    assert [z.ref_id for z in services.gesprekken.zoek("spa")] == [sparen]
    assert [z.ref_id for z in services.gesprekken.zoek("lap spa")] == [sparen]
    assert services.gesprekken.zoek("laptop school") == []
    assert services.gesprekken.zoek("   ") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"sparen',
        "sparen AND",
        "AND",
        "OR NOT",
        "*",
        "spa*",
        "(sparen",
        ")",
        "-",
        "- sparen",
        "NEAR(",
        "^",
        ":",
    ],
)
def test_fts_syntax_in_the_query_never_raises(services: Services, query: str) -> None:
    _loc, senait, *_ = _opzet(services)
    sparen = _twee(services, senait.id, 3, "Ze wil sparen voor een laptop.")
    result = services.gesprekken.zoek(query)
    assert {z.ref_id for z in result} <= {sparen}
    if query in ('"sparen', "(sparen", "- sparen", "spa*"):  # the syntax is taken as plain words
        assert [z.ref_id for z in result] == [sparen]


def test_search_within_one_jongere_and_rebuilding_the_index(services: Services) -> None:
    _loc, senait, daniel, *_ = _opzet(services)
    a = _twee(services, senait.id, 3, "Voetbal op zaterdag.")
    b = _twee(services, daniel.id, 4, "Voetbal op zondag.")
    assert {z.ref_id for z in services.gesprekken.zoek("voetbal")} == {a, b}
    assert [z.ref_id for z in services.gesprekken.zoek("voetbal", jongere_id=daniel.id)] == [b]
    with services.ctx.store.write() as s:
        s.execute(text("DELETE FROM zoek_index"))
    assert services.gesprekken.zoek("voetbal") == []
    assert services.gesprekken.herbouw_index() == 2
    assert {z.ref_id for z in services.gesprekken.zoek("voetbal")} == {a, b}
    with services.ctx.store.read() as s:
        assert s.scalar(text("SELECT count(*) FROM zoek_index")) == 2


# -- timeline ----------------------------------------------------------------------------------------------


def test_tijdlijn_lists_gesprekken_and_plan_versions_newest_first_and_filters(services: Services) -> None:
    _loc, senait, *_ = _opzet(services)
    services.ctx.clock = lambda: datetime(2025, 10, 1, 10, tzinfo=UTC)
    plan = services.plannen.nieuw_concept(senait.id)
    services.plannen.vaststellen(plan.id, date(2025, 10, 1), Akkoord(True, "Lotte Smit"))
    services.ctx.clock = lambda: datetime(2026, 3, 10, 10, tzinfo=UTC)
    oud = _twee(services, senait.id, 3, "Over sparen gesproken.")
    drie = services.gesprekken.opslaan(
        senait.id,
        DRIE,
        datetime(2026, 3, 5, 9, tzinfo=UTC),
        GesprekInhoud(deelnemers=JB, onderwerpen=(Onderwerp("School"),), verslag="Verslag over school."),
        definitief=True,
    ).id
    concept = services.plannen.nieuw_concept(senait.id)  # started 10-03-2026

    regels = services.gesprekken.tijdlijn(senait.id)
    assert [(r.soort, r.ref_id) for r in regels] == [
        ("plan", concept.id),
        ("driegesprek", drie),
        ("tweegesprek", oud),
        ("plan", plan.id),
    ]
    assert [r.moment for r in regels] == sorted((r.moment for r in regels), reverse=True)
    assert regels[1].samenvatting == "Verslag over school." and regels[1].titel == "Driegesprek (definitief)"
    assert services.gesprekken.tijdlijn(senait.id, zoek="laptop") == []
    gefilterd = services.gesprekken.tijdlijn(senait.id, zoek="spare")
    assert [r.ref_id for r in gefilterd] == [oud]
