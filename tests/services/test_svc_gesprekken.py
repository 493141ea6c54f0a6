"""Gesprekken through the GesprekService on a real encrypted database: concept, definitief, correction,
the driegesprek preparation, the verslag into the plan, and what they do to the deadlines (Norm 1.1b, 1.2).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from kso_desktop.domain.entities import (
    Jongere,
    JongereGegevens,
    LocatieGegevens,
    MedewerkerGegevens,
    Wijziging,
)
from kso_desktop.domain.enums import GesprekType, Leefgebied, LocatieType, Rol
from kso_desktop.domain.gesprek import (
    Afspraak,
    Deelnemer,
    DeelnemerRol,
    GesprekInhoud,
    GesprekStatus,
    LeefgebiedBespreking,
    Onderwerp,
)
from kso_desktop.domain.plan import (
    ActieWie,
    Akkoord,
    Doel,
    DoelStatus,
    LeefgebiedInhoud,
    PlanStatus,
    PlanVersie,
)
from kso_desktop.domain.rules import DueKind
from kso_desktop.domain.validation import Code, ValidationError
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

# The services fixture's clock says 10 March 2026, 10:00 UTC.
NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
TWEE, DRIE = GesprekType.TWEEGESPREK, GesprekType.DRIEGESPREK
JB = (Deelnemer(DeelnemerRol.JONGERE, "Senait"), Deelnemer(DeelnemerRol.JEUGDBESCHERMER, "Lotte Smit"))


def _moment(y: int, mo: int, d: int, h: int = 9) -> datetime:
    return datetime(y, mo, d, h, 0, tzinfo=UTC)


def _jongere(services: Services, locatie_id: str | None = None, **kw: object) -> Jongere:
    if locatie_id is None:
        locatie_id = services.organisatie.add_locatie(LocatieGegevens("De Es", LocatieType.KWE)).id
    waarden: dict[str, object] = {
        "voornaam": "Senait",
        "achternaam": "Haile",
        "geboortedatum": date(2010, 4, 2),
        "locatie_id": locatie_id,
        "plaatsing": date(2025, 9, 1),
        "kennismaking": date(2025, 9, 2),
        "jeugdbeschermer_naam": "Lotte Smit",
    }
    waarden.update(kw)
    mentor = waarden.pop("mentor_id", None)
    return services.jongeren.add(JongereGegevens(**waarden), mentor_id=mentor)  # type: ignore[arg-type]


def _counts(services: Services) -> tuple[int, ...]:
    with services.ctx.store.read() as s:
        tabellen = tuple(
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.Gesprek, m.AuditLog, m.OutboxOp, m.PlanVersie)
        )
        index = s.scalar(text("SELECT count(*) FROM zoek_index")) or 0
    return (*tabellen, index)


def _audit(services: Services, entiteit_id: str) -> list[m.AuditLog]:
    with services.ctx.store.read() as s:
        return list(
            s.scalars(select(m.AuditLog).where(m.AuditLog.entiteit_id == entiteit_id).order_by(m.AuditLog.id))
        )


def _ops(services: Services, entiteit_id: str) -> list[m.OutboxOp]:
    with services.ctx.store.read() as s:
        return list(
            s.scalars(
                select(m.OutboxOp).where(m.OutboxOp.entiteit_id == entiteit_id).order_by(m.OutboxOp.seq)
            )
        )


def _index(services: Services, ref_id: str) -> list[tuple[str, str, str, str]]:
    with services.ctx.store.read() as s:
        return [
            (r[0], r[1], r[2], r[3])
            for r in s.execute(
                text("SELECT tekst, jongere_id, soort, datum FROM zoek_index WHERE ref_id = :r"),
                {"r": ref_id},
            )
        ]


def _set_day(services: Services, day: date) -> None:
    services.ctx.clock = lambda: datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


def _reset(services: Services) -> None:
    services.ctx.clock = lambda: NOW


def _driegesprek(services: Services, jongere_id: str, moment: datetime, verslag: str, **kw: object):
    inhoud = GesprekInhoud(deelnemers=JB, verslag=verslag, **kw)  # type: ignore[arg-type]
    return services.gesprekken.opslaan(jongere_id, DRIE, moment, inhoud, definitief=True)


# -- concept, edit, definitief ---------------------------------------------------------------------------


def test_tweegesprek_concept_edit_definitief_is_audited_queued_and_indexed(services: Services) -> None:
    jongere = _jongere(services)
    moment = _moment(2026, 3, 2)
    concept = services.gesprekken.opslaan(
        jongere.id, TWEE, moment, GesprekInhoud(onderwerpen=(Onderwerp("School", van_jongere=True),))
    )
    assert (concept.status, concept.rev, concept.auteur, concept.vervangt_id) == (
        GesprekStatus.CONCEPT,
        1,
        "import / beheer",
        None,
    )
    bewerkt = services.gesprekken.opslaan(
        jongere.id,
        TWEE,
        moment,
        GesprekInhoud(onderwerpen=(Onderwerp("School", True),), notities="Wil sparen voor een fiets."),
        gesprek_id=concept.id,
    )
    definitief = services.gesprekken.opslaan(
        jongere.id,
        TWEE,
        moment,
        GesprekInhoud(onderwerpen=(Onderwerp("School", True),), notities="Wil sparen voor een fiets."),
        gesprek_id=concept.id,
        definitief=True,
    )
    assert bewerkt.id == definitief.id == concept.id
    assert (definitief.status, definitief.rev) == (GesprekStatus.DEFINITIEF, 3)
    opgeslagen = services.gesprekken.get(concept.id)
    assert opgeslagen.inhoud.notities == "Wil sparen voor een fiets." and opgeslagen.definitief

    audit = _audit(services, concept.id)
    assert [(a.actie, a.entiteit, a.jongere_id) for a in audit] == [
        ("aangemaakt", "gesprek", jongere.id),
        ("gewijzigd", "gesprek", jongere.id),
        ("definitief", "gesprek", jongere.id),
    ]
    assert ["Notities", None, "Wil sparen voor een fiets."] in audit[1].wijzigingen
    assert audit[2].wijzigingen == [["Status", "concept", "definitief"]]
    assert [(o.entiteit, o.soort, o.local_rev, o.payload["status"]) for o in _ops(services, concept.id)] == [
        ("gesprek", "upsert", 1, "concept"),
        ("gesprek", "upsert", 2, "concept"),
        ("gesprek", "upsert", 3, "definitief"),
    ]
    [(tekst, jongere_id, soort, datum)] = _index(services, concept.id)
    assert "Wil sparen voor een fiets." in tekst and "School" in tekst
    assert (jongere_id, soort, datum) == (jongere.id, "tweegesprek", "2026-03-02")
    assert [z.ref_id for z in services.gesprekken.zoek("fiets")] == [concept.id]


def test_a_definitief_gesprek_cannot_be_saved_again_and_nothing_changes(services: Services) -> None:
    jongere = _jongere(services)
    gesprek = _driegesprek(services, jongere.id, _moment(2026, 3, 2), "Verslag A.")
    voor = _counts(services)
    with pytest.raises(ValidationError) as exc:
        services.gesprekken.opslaan(
            jongere.id, DRIE, gesprek.moment, GesprekInhoud(deelnemers=JB, verslag="B"), gesprek_id=gesprek.id
        )
    assert exc.value.codes == {Code.GESPREK_DEFINITIEF}
    assert "definitief" in exc.value.message and "correctie" in exc.value.message
    assert _counts(services) == voor
    assert services.gesprekken.get(gesprek.id).inhoud.verslag == "Verslag A."


def test_a_correction_needs_a_reason_and_becomes_a_new_version_that_replaces_the_old(
    services: Services,
) -> None:
    jongere = _jongere(services)
    oud = _driegesprek(services, jongere.id, _moment(2026, 2, 2), "Gesproken over kamperen in de zomer.")
    nieuwe_inhoud = GesprekInhoud(deelnemers=JB, verslag="Gesproken over zwemles in de zomer.")

    voor = _counts(services)
    with pytest.raises(ValidationError) as exc:
        services.gesprekken.corrigeer(oud.id, nieuwe_inhoud, "   ")
    assert exc.value.codes == {Code.VERPLICHT}
    assert exc.value.message == "Reden van de correctie is verplicht."
    assert _counts(services) == voor

    nieuw = services.gesprekken.corrigeer(oud.id, nieuwe_inhoud, "Verkeerd onderwerp genoteerd")
    assert nieuw.id != oud.id and nieuw.vervangt_id == oud.id
    assert (nieuw.status, nieuw.moment, nieuw.soort) == (GesprekStatus.DEFINITIEF, oud.moment, DRIE)
    assert [g.id for g in services.gesprekken.lijst(jongere.id)] == [nieuw.id]
    beide = services.gesprekken.lijst(jongere.id, met_vervangen=True)
    assert {g.id for g in beide} == {oud.id, nieuw.id}
    assert next(g for g in beide if g.id == oud.id).extra["vervangen"] is True
    assert services.gesprekken.get(oud.id).inhoud.verslag == "Gesproken over kamperen in de zomer."

    assert _index(services, oud.id) == []
    [(tekst, _j, _s, _d)] = _index(services, nieuw.id)
    assert tekst == "Gesproken over zwemles in de zomer."
    assert services.gesprekken.zoek("kamperen") == []
    assert [z.ref_id for z in services.gesprekken.zoek("zwemles")] == [nieuw.id]

    gecorrigeerd = [a for a in _audit(services, oud.id) if a.actie == "gecorrigeerd"]
    assert [a.wijzigingen for a in gecorrigeerd] == [
        [["Reden", None, "Verkeerd onderwerp genoteerd"], ["Vervangen door", None, nieuw.id]]
    ]
    assert [(a.actie, a.entiteit) for a in _audit(services, nieuw.id)] == [("aangemaakt", "gesprek")]
    [op] = _ops(services, nieuw.id)
    assert (op.entiteit, op.payload["vervangt_id"], op.payload["status"]) == ("gesprek", oud.id, "definitief")
    # the correction counts once for the deadlines: the same day, one verslag to the portal
    due = [i for i in services.jongeren.get(jongere.id).due if i.kind == DueKind.VERSLAG_PORTAAL]
    assert [i.due for i in due] == [date(2026, 2, 16)]


def test_the_replaced_version_is_queued_for_the_portal_too(services: Services) -> None:
    """Marking the old version replaced is a change of that row: the portal must hear of it (outbox)."""
    jongere = _jongere(services)
    oud = _driegesprek(services, jongere.id, _moment(2026, 2, 2), "Eerste tekst.")
    services.gesprekken.corrigeer(oud.id, GesprekInhoud(deelnemers=JB, verslag="Tweede tekst."), "Typefout")
    ops = _ops(services, oud.id)
    assert ops[-1].payload["vervangen"] is True, [(o.local_rev, o.payload["vervangen"]) for o in ops]
    with services.ctx.store.read() as s:
        assert s.get(m.Gesprek, oud.id).local_rev == ops[-1].local_rev == 2  # type: ignore[union-attr]


def test_a_replaced_version_cannot_be_corrected_again(services: Services) -> None:
    """Correcting the old version a second time would leave two current versions of one verslag."""
    jongere = _jongere(services)
    oud = _driegesprek(services, jongere.id, _moment(2026, 2, 2), "Eerste tekst.")
    services.gesprekken.corrigeer(oud.id, GesprekInhoud(deelnemers=JB, verslag="Tweede tekst."), "Typefout")
    voor = _counts(services)
    with pytest.raises(ValidationError):
        services.gesprekken.corrigeer(oud.id, GesprekInhoud(deelnemers=JB, verslag="Derde tekst."), "Nog een")
    assert _counts(services) == voor
    assert len(services.gesprekken.lijst(jongere.id)) == 1


# -- deadlines -------------------------------------------------------------------------------------------


def test_a_definitief_driegesprek_moves_the_next_driegesprek_and_asks_for_the_verslag_in_the_portal(
    services: Services,
) -> None:
    jongere = _jongere(services)
    due = {i.kind: i.due for i in jongere.due}
    assert due[DueKind.DRIEGESPREK] == date(2025, 10, 14)  # first one: 6 weeks after 02-09-2025
    # A concept does not count
    services.gesprekken.opslaan(jongere.id, DRIE, _moment(2026, 3, 2), GesprekInhoud(deelnemers=JB))
    assert {i.kind: i.due for i in services.jongeren.get(jongere.id).due}[DueKind.DRIEGESPREK] == date(
        2025, 10, 14
    )
    assert DueKind.VERSLAG_PORTAAL not in {i.kind for i in services.jongeren.get(jongere.id).due}

    # 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam: the day is the Dutch day
    _driegesprek(services, jongere.id, datetime(2026, 3, 1, 23, 30, tzinfo=UTC), "Alles besproken.")
    items = {i.kind: i for i in services.jongeren.get(jongere.id).due}
    assert items[DueKind.DRIEGESPREK].due == date(2026, 6, 2)  # three months after 02-03-2026
    assert "2 maart 2026" in items[DueKind.DRIEGESPREK].reason
    verslag = items[DueKind.VERSLAG_PORTAAL]
    assert (verslag.due, verslag.norm) == (date(2026, 3, 16), "1.2d")
    assert "Nidos Portaal" in verslag.reason
    in_lijst = [d for d in services.jongeren.deadlines() if d.item.kind == DueKind.VERSLAG_PORTAAL]
    assert [(d.jongere_id, d.item.due) for d in in_lijst] == [(jongere.id, date(2026, 3, 16))]


def test_deadlines_per_mentor_show_only_that_mentors_current_jongeren(services: Services) -> None:
    org = services.organisatie
    locatie = org.add_locatie(LocatieGegevens("De Es", LocatieType.KWE))
    ruben = org.add_medewerker(
        MedewerkerGegevens("Ruben Bakker", Rol.WOONBEGELEIDER, locatie_ids=(locatie.id,))
    )
    fatma = org.add_medewerker(
        MedewerkerGegevens("Fatma Yilmaz", Rol.WOONBEGELEIDER, locatie_ids=(locatie.id,))
    )
    a = _jongere(services, locatie.id, mentor_id=ruben.id)
    b = _jongere(services, locatie.id, voornaam="Daniel", achternaam="Tekle", mentor_id=fatma.id)
    c = _jongere(services, locatie.id, voornaam="Amir", achternaam="Karimi", mentor_id=ruben.id)
    _jongere(services, locatie.id, voornaam="Zonder", achternaam="Mentor")
    services.jongeren.change_mentor(c.id, fatma.id, date(2026, 1, 1))  # c moved to Fatma
    vertrokken = _jongere(
        services,
        locatie.id,
        voornaam="Weg",
        achternaam="Gegaan",
        mentor_id=ruben.id,
        vertrek=date(2026, 2, 1),
    )

    van_ruben = services.jongeren.deadlines(mentor_id=ruben.id)
    assert {d.jongere_id for d in van_ruben} == {a.id}
    assert {d.jongere_id for d in services.jongeren.deadlines(mentor_id=fatma.id)} == {b.id, c.id}
    alle = {d.jongere_id for d in services.jongeren.deadlines()}
    assert vertrokken.id not in alle and len(alle) == 4
    assert [d.item for d in van_ruben] == [
        d.item for d in services.jongeren.deadlines() if d.jongere_id == a.id
    ]


# -- the driegesprek preparation -----------------------------------------------------------------------


def _plan_met_twee_versies(services: Services, jongere_id: str) -> PlanVersie:
    """v1 vastgesteld 01-10-2025 with goals; v2 vastgesteld 05-01-2026 with a changed Wonen text."""
    _set_day(services, date(2025, 10, 1))
    v1 = services.plannen.nieuw_concept(jongere_id)
    inhoud = v1.inhoud
    for doel in (
        Doel.nieuw(Leefgebied.FINANCIEN, eigen_woorden="Ik wil sparen", status=DoelStatus.LOOPT),
        Doel.nieuw(Leefgebied.FINANCIEN, eigen_woorden="Kasboek bijhouden", status=DoelStatus.BEHAALD),
        Doel.nieuw(Leefgebied.WONEN, eigen_woorden="Zelf koken", status=DoelStatus.OPEN),
        Doel.nieuw(Leefgebied.GEZONDHEID, eigen_woorden="Roken", status=DoelStatus.GESTOPT),
    ):
        inhoud = inhoud.met_doel(doel)
    v1 = services.plannen.opslaan(v1.id, inhoud, basis=v1.inhoud, base_rev=v1.rev).versie
    services.plannen.vaststellen(v1.id, date(2025, 10, 1), Akkoord(True, "Lotte Smit"))
    _set_day(services, date(2026, 1, 5))
    v2 = services.plannen.nieuw_concept(jongere_id)
    inhoud = v2.inhoud.met_leefgebied(Leefgebied.WONEN, LeefgebiedInhoud(zijn="Woont op een studio."))
    v2 = services.plannen.opslaan(v2.id, inhoud, basis=v2.inhoud, base_rev=v2.rev).versie
    v2 = services.plannen.vaststellen(v2.id, date(2026, 1, 5), Akkoord(True, "Lotte Smit"))
    _reset(services)
    return v2


def test_voorbereiding_collects_everything_since_the_last_driegesprek(services: Services) -> None:
    jongere = _jongere(services)
    plan = _plan_met_twee_versies(services, jongere.id)
    gesprekken = services.gesprekken

    def twee(dag: datetime, onderwerp: str, *afspraken: Afspraak) -> str:
        inhoud = GesprekInhoud(onderwerpen=(Onderwerp(onderwerp, van_jongere=True),), afspraken=afspraken)
        return gesprekken.opslaan(jongere.id, TWEE, dag, inhoud, definitief=True).id

    twee(_moment(2025, 11, 20), "Oude zorg")  # before the last driegesprek
    _driegesprek(
        services,
        jongere.id,
        _moment(2025, 12, 10),
        "Verslag december.",
        afspraken=(
            Afspraak(ActieWie.JONGERE, "Bankpas aanvragen"),
            Afspraak(ActieWie.WOONBEGELEIDER, "Rooster maken", gedaan=True),
        ),
    )
    na1 = twee(
        _moment(2026, 1, 15), "Heimwee", Afspraak(ActieWie.JEUGDBESCHERMER, "Gezinshereniging navragen")
    )
    na2 = twee(_moment(2026, 2, 20), "Voetbalclub")
    # a concept and a tweegesprek without the jongere's own topics are no preparation material
    gesprekken.opslaan(
        jongere.id, TWEE, _moment(2026, 3, 1), GesprekInhoud(onderwerpen=(Onderwerp("Concept", True),))
    )
    gesprekken.opslaan(
        jongere.id,
        TWEE,
        _moment(2026, 2, 25),
        GesprekInhoud(onderwerpen=(Onderwerp("Door begeleider"),)),
        definitief=True,
    )

    v = gesprekken.voorbereiding(jongere.id)
    assert v.sinds == date(2025, 12, 10)
    assert [g.id for g in v.tweegesprekken][:1] != [] and na1 in [g.id for g in v.tweegesprekken]
    assert {g.inhoud.onderwerpen[0].tekst for g in v.tweegesprekken} == {
        "Heimwee",
        "Voetbalclub",
        "Door begeleider",
    }
    assert set(v.onderwerpen_jongere) == {"Heimwee", "Voetbalclub"}
    assert na2 in [g.id for g in v.tweegesprekken]
    assert sorted((d, a.wat) for d, a in v.open_afspraken) == [
        (date(2025, 12, 10), "Bankpas aanvragen"),
        (date(2026, 1, 15), "Gezinshereniging navragen"),
    ]
    assert v.plan is not None and v.plan.id == plan.id
    assert v.plan_wijzigingen == ("Wonen",)
    assert {d.titel for d in v.doelen} == {"Ik wil sparen", "Zelf koken"}  # not behaald, not gestopt


def test_maak_driegesprek_fills_in_participants_and_agenda(services: Services) -> None:
    org = services.organisatie
    locatie = org.add_locatie(LocatieGegevens("De Es", LocatieType.KWE))
    ruben = org.add_medewerker(
        MedewerkerGegevens("Ruben Bakker", Rol.WOONBEGELEIDER, locatie_ids=(locatie.id,))
    )
    jongere = _jongere(services, locatie.id, mentor_id=ruben.id)
    _plan_met_twee_versies(services, jongere.id)
    services.act_as(ruben.id)
    services.gesprekken.opslaan(
        jongere.id,
        TWEE,
        _moment(2026, 2, 3),
        GesprekInhoud(
            onderwerpen=(Onderwerp("Heimwee", van_jongere=True),),
            afspraken=(Afspraak(ActieWie.JONGERE, "Oom bellen"),),
        ),
        definitief=True,
    )

    concept = services.gesprekken.maak_driegesprek(jongere.id, _moment(2026, 3, 9))
    assert (concept.soort, concept.status, concept.auteur) == (DRIE, GesprekStatus.CONCEPT, "Ruben Bakker")
    assert concept.inhoud.deelnemers == (
        Deelnemer(DeelnemerRol.JONGERE, ""),
        Deelnemer(DeelnemerRol.JEUGDBESCHERMER, "Lotte Smit"),
        Deelnemer(DeelnemerRol.WOONBEGELEIDER, "Ruben Bakker"),
    )
    onderwerpen = [(o.tekst, o.van_jongere) for o in concept.inhoud.onderwerpen]
    assert onderwerpen[0] == ("Heimwee", True)
    assert ("Afspraak: Oom bellen (Jongere)", False) in onderwerpen
    # Norm 1.2: all six leefgebieden are on the agenda, those with running goals first.
    assert set(concept.inhoud.leefgebieden) == set(Leefgebied)
    assert set(concept.inhoud.leefgebieden[:2]) == {Leefgebied.FINANCIEN, Leefgebied.WONEN}
    assert [b.leefgebied for b in concept.inhoud.besprekingen] == list(concept.inhoud.leefgebieden)
    assert services.gesprekken.get(concept.id).inhoud == concept.inhoud  # stored as shown


# -- the verslag into the plan -------------------------------------------------------------------------


def _verslag_inhoud(concept_inhoud: GesprekInhoud) -> GesprekInhoud:
    return concept_inhoud.met(
        leefgebieden=(Leefgebied.WONEN, Leefgebied.FINANCIEN),
        besprekingen=(
            LeefgebiedBespreking(Leefgebied.FINANCIEN, "Spaart elke week tien euro."),
            LeefgebiedBespreking(Leefgebied.WONEN, ""),
        ),
        afspraken=(
            Afspraak(ActieWie.JONGERE, "Stage zoeken", leefgebied=Leefgebied.DAGBESTEDING),
            Afspraak(ActieWie.WOONBEGELEIDER, "Samen boodschappen doen"),
        ),
        verslag="Goed gesprek over geld, wonen en school.",
    )


def test_rond_verslag_af_with_plan_bijwerken_puts_evaluations_and_afspraken_in_a_plan_concept(
    services: Services,
) -> None:
    jongere = _jongere(services)
    v2 = _plan_met_twee_versies(services, jongere.id)
    concept = services.gesprekken.maak_driegesprek(jongere.id, _moment(2026, 3, 4))

    gesprek, plan = services.gesprekken.rond_verslag_af(
        concept.id, _verslag_inhoud(concept.inhoud), plan_bijwerken=True
    )
    assert gesprek.definitief and gesprek.id == concept.id
    assert plan is not None and (plan.status, plan.nummer, plan.vorige_id) == (PlanStatus.CONCEPT, 3, v2.id)
    stored = services.plannen.versie(plan.id).inhoud
    evaluaties = {d.titel: [(e.datum, e.tekst) for e in d.evaluaties] for d in stored.doelen}
    assert evaluaties["Ik wil sparen"] == [(date(2026, 3, 4), "Driegesprek: Spaart elke week tien euro.")]
    assert evaluaties["Zelf koken"] == []  # Wonen had no evaluation text
    assert evaluaties["Roken"] == []  # gestopt
    nieuwe = [
        (d.leefgebied, d.professioneel, d.status)
        for d in stored.doelen
        if d.id not in {x.id for x in v2.inhoud.doelen}
    ]
    assert nieuwe == [
        (Leefgebied.DAGBESTEDING, "Afspraak uit het driegesprek: Stage zoeken", DoelStatus.OPEN),
        # no leefgebied: the first leefgebied of the gesprek
        (Leefgebied.WONEN, "Afspraak uit het driegesprek: Samen boodschappen doen", DoelStatus.OPEN),
    ]
    assert [a.actie for a in _audit(services, plan.id)] == ["aangemaakt", "gewijzigd"]
    assert [o.entiteit for o in _ops(services, plan.id)] == ["plan_versie", "plan_versie"]
    assert [a.actie for a in _audit(services, concept.id)][-1] == "definitief"


def test_rond_verslag_af_only_evaluates_running_goals(services: Services) -> None:
    """A behaald goal is finished: an evaluation from a later driegesprek does not belong to it."""
    jongere = _jongere(services)
    _plan_met_twee_versies(services, jongere.id)
    concept = services.gesprekken.maak_driegesprek(jongere.id, _moment(2026, 3, 4))
    _g, plan = services.gesprekken.rond_verslag_af(
        concept.id, _verslag_inhoud(concept.inhoud), plan_bijwerken=True
    )
    assert plan is not None
    behaald = next(
        d for d in services.plannen.versie(plan.id).inhoud.doelen if d.titel == "Kasboek bijhouden"
    )
    assert behaald.evaluaties == ()


def test_rond_verslag_af_updates_an_open_concept_and_without_plan_bijwerken_leaves_the_plan_alone(
    services: Services,
) -> None:
    jongere = _jongere(services)
    v2 = _plan_met_twee_versies(services, jongere.id)
    open_concept = services.plannen.nieuw_concept(jongere.id)  # version 3, already open

    eerste = services.gesprekken.maak_driegesprek(jongere.id, _moment(2026, 3, 4))
    voor = services.plannen.versie(open_concept.id)
    gesprek, plan = services.gesprekken.rond_verslag_af(
        eerste.id, _verslag_inhoud(eerste.inhoud), plan_bijwerken=False
    )
    assert gesprek.definitief and plan is None
    assert services.plannen.versie(open_concept.id) == voor
    assert len(services.plannen.versies(jongere.id)) == 3

    tweede = services.gesprekken.maak_driegesprek(jongere.id, _moment(2026, 3, 9))
    _g, plan = services.gesprekken.rond_verslag_af(
        tweede.id, _verslag_inhoud(tweede.inhoud), plan_bijwerken=True
    )
    assert plan is not None and plan.id == open_concept.id and plan.vorige_id == v2.id
    assert len(services.plannen.versies(jongere.id)) == 3
    assert len(plan.inhoud.doelen) == len(v2.inhoud.doelen) + 2


def test_rond_verslag_af_without_a_plan_starts_the_first_plan(services: Services) -> None:
    jongere = _jongere(services)
    concept = services.gesprekken.maak_driegesprek(jongere.id, _moment(2026, 3, 4))
    inhoud = concept.inhoud.met(
        leefgebieden=(Leefgebied.ZINGEVING,),
        afspraken=(Afspraak(ActieWie.JONGERE, "Naar de moskee op vrijdag"),),
        verslag="Kennismaking met de jeugdbeschermer.",
    )
    _g, plan = services.gesprekken.rond_verslag_af(concept.id, inhoud, plan_bijwerken=True)
    assert plan is not None and plan.nummer == 1
    [doel] = services.plannen.versie(plan.id).inhoud.doelen
    assert (doel.leefgebied, doel.professioneel) == (
        Leefgebied.ZINGEVING,
        "Afspraak uit het driegesprek: Naar de moskee op vrijdag",
    )


# -- validation writes nothing ----------------------------------------------------------------------------


def test_refused_gesprekken_write_nothing(services: Services) -> None:
    jongere = _jongere(services)
    concept = services.gesprekken.opslaan(jongere.id, DRIE, _moment(2026, 3, 2), GesprekInhoud(deelnemers=JB))
    voor = _counts(services)
    pogingen = [
        # a driegesprek without the jeugdbeschermer
        lambda: services.gesprekken.opslaan(
            jongere.id, DRIE, _moment(2026, 3, 2), GesprekInhoud(verslag="x"), definitief=True
        ),
        # tomorrow
        lambda: services.gesprekken.opslaan(
            jongere.id, TWEE, NOW + timedelta(days=1), GesprekInhoud(notities="x")
        ),
        # before the placement
        lambda: services.gesprekken.opslaan(
            jongere.id, TWEE, _moment(2025, 8, 1), GesprekInhoud(notities="x")
        ),
        # an empty definitief tweegesprek
        lambda: services.gesprekken.opslaan(
            jongere.id, TWEE, _moment(2026, 3, 2), GesprekInhoud(), definitief=True
        ),
        # making the concept definitief without a verslag
        lambda: services.gesprekken.opslaan(
            jongere.id,
            DRIE,
            _moment(2026, 3, 2),
            GesprekInhoud(deelnemers=JB),
            gesprek_id=concept.id,
            definitief=True,
        ),
        lambda: services.gesprekken.rond_verslag_af(
            concept.id, GesprekInhoud(deelnemers=JB), plan_bijwerken=True
        ),
    ]
    for poging in pogingen:
        with pytest.raises(ValidationError):
            poging()
        assert _counts(services) == voor
    assert services.gesprekken.get(concept.id).status == GesprekStatus.CONCEPT
    with pytest.raises(ValueError, match="timezone-aware"):
        services.gesprekken.opslaan(jongere.id, TWEE, datetime(2026, 3, 2, 9), GesprekInhoud(notities="x"))
    with pytest.raises(ValidationError) as exc:
        services.gesprekken.lijst("bestaat-niet")
    assert exc.value.message == "Jongere niet gevonden."
    assert _counts(services) == voor


def test_wijziging_type_is_the_domain_one() -> None:
    # the audit rows are read back as [veld, oud, nieuw], the shape of Wijziging
    assert [f.name for f in dataclasses.fields(Wijziging)] == ["veld", "oud", "nieuw"]
