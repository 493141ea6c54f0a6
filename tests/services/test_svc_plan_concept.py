"""The begeleidingsplan through the PlanService: concept, save (audit + outbox), vaststellen, versions."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from kso_desktop.domain.entities import Jongere, JongereGegevens, LocatieGegevens, Wijziging
from kso_desktop.domain.enums import GebeurtenisSoort, Leefgebied, LocatieType
from kso_desktop.domain.plan import (
    Akkoord,
    Deelnemers,
    Doel,
    DoelStatus,
    Evaluatie,
    LeefgebiedInhoud,
    PlanInhoud,
    PlanStatus,
    PlanVersie,
    inhoud_to_json,
)
from kso_desktop.domain.plan_compare import DoelWijziging
from kso_desktop.domain.rules import DueKind
from kso_desktop.domain.validation import MAX_TEKST, Code, ValidationError
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

# The services fixture's clock says 10 March 2026.
VANDAAG = date(2026, 3, 10)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def _jongere(services: Services) -> Jongere:
    locatie = services.organisatie.add_locatie(LocatieGegevens("De Es", LocatieType.KWE))
    return services.jongeren.add(
        JongereGegevens(
            voornaam="Senait",
            achternaam="Haile",
            geboortedatum=date(2010, 4, 2),
            locatie_id=locatie.id,
            plaatsing=date(2025, 9, 1),
            kennismaking=date(2025, 9, 2),
            jeugdbeschermer_naam="Lotte Smit",
        )
    )


def _counts(services: Services) -> tuple[int, int, int, int]:
    with services.ctx.store.read() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.PlanVersie, m.AuditLog, m.OutboxOp, m.Gebeurtenis)
        )


def _plan_rows(services: Services, versie_id: str) -> tuple[list[m.AuditLog], list[m.OutboxOp]]:
    with services.ctx.store.read() as s:
        audit = list(
            s.scalars(select(m.AuditLog).where(m.AuditLog.entiteit_id == versie_id).order_by(m.AuditLog.id))
        )
        ops = list(
            s.scalars(select(m.OutboxOp).where(m.OutboxOp.entiteit_id == versie_id).order_by(m.OutboxOp.seq))
        )
    return audit, ops


def _wonen(inhoud: PlanInhoud, **velden: Any) -> PlanInhoud:
    return inhoud.met_leefgebied(
        Leefgebied.WONEN, dataclasses.replace(inhoud.leefgebied(Leefgebied.WONEN), **velden)
    )


def _save(services: Services, versie: PlanVersie, inhoud: PlanInhoud) -> PlanVersie:
    return services.plannen.opslaan(versie.id, inhoud, basis=versie.inhoud, base_rev=versie.rev).versie


def _set_day(services: Services, day: date) -> None:
    services.ctx.clock = lambda: datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


# -- a new concept ----------------------------------------------------------------------------------


def test_the_first_concept_comes_from_the_template_with_the_jeugdbeschermer_filled_in(
    services: Services,
) -> None:
    jongere = _jongere(services)

    versie = services.plannen.nieuw_concept(jongere.id)

    assert (versie.nummer, versie.status, versie.gestart_op, versie.rev) == (
        1,
        PlanStatus.CONCEPT,
        VANDAAG,
        1,
    )
    assert versie.vorige_id is None and versie.vastgesteld_op is None and versie.bewerkbaar
    assert versie.template.id == "begeleidingsplan-opvang" and len(versie.template.leefgebieden) == 6
    assert versie.inhoud == PlanInhoud(deelnemers=Deelnemers(True, "", "Lotte Smit", ""))
    assert versie.label == "Versie 1 (concept)"
    [info] = services.plannen.versies(jongere.id)
    assert (info.id, info.nummer, info.label) == (versie.id, 1, "Versie 1, concept sinds 10-03-2026")

    audit, ops = _plan_rows(services, versie.id)
    assert [(a.actie, a.entiteit, a.jongere_id) for a in audit] == [("aangemaakt", "plan_versie", jongere.id)]
    [[veld, oud, nieuw]] = audit[0].wijzigingen  # one short line, not the template or the content
    assert (veld, oud) == ("Nieuw concept", None)
    assert nieuw == "versie 1 (sjabloon begeleidingsplan-opvang v1)"
    assert [(o.entiteit, o.soort, o.local_rev) for o in ops] == [("plan_versie", "upsert", 1)]
    assert ops[0].payload["status"] == "concept"
    assert ops[0].payload["inhoud"]["deelnemers"]["jeugdbeschermer"] == "Lotte Smit"


def test_a_second_call_returns_the_same_concept_and_writes_nothing(services: Services) -> None:
    jongere = _jongere(services)
    eerste = services.plannen.nieuw_concept(jongere.id)
    before = _counts(services)

    tweede = services.plannen.nieuw_concept(jongere.id)

    assert tweede == eerste
    assert _counts(services) == before
    assert services.plannen.aantal_versies(jongere.id) == 1


def test_a_concept_for_an_unknown_jongere_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as raised:
        services.plannen.nieuw_concept("bestaat-niet")
    assert raised.value.codes == {Code.NIET_GEVONDEN}
    assert raised.value.message == "Jongere niet gevonden."


# -- saving -----------------------------------------------------------------------------------------


def test_a_save_stores_the_content_and_audits_it_in_words(services: Services) -> None:
    jongere = _jongere(services)
    versie = services.plannen.nieuw_concept(jongere.id)
    doel = Doel.nieuw(Leefgebied.WONEN, eigen_woorden="Ik wil zelf leren koken", streefdatum=date(2026, 6, 1))
    inhoud = _wonen(versie.inhoud, zijn="  Woont sinds september in De Es.  ", score=2).met_doel(doel)

    result = services.plannen.opslaan(versie.id, inhoud, basis=versie.inhoud, base_rev=versie.rev)

    assert (result.samengevoegd_met, result.conflicten) == (None, ())
    stored = services.plannen.versie(versie.id)
    assert stored == result.versie
    assert stored.rev == 2
    assert stored.inhoud.leefgebied(Leefgebied.WONEN) == LeefgebiedInhoud(
        "Woont sinds september in De Es.", score=2
    )
    assert stored.inhoud.doel(doel.id) == doel
    assert stored.inhoud.deelnemers.jeugdbeschermer == "Lotte Smit"

    audit, ops = _plan_rows(services, versie.id)
    assert [a.actie for a in audit] == ["aangemaakt", "gewijzigd"]
    assert audit[1].medewerker_naam == "Test" and audit[1].jongere_id == jongere.id
    changes = [tuple(w) for w in audit[1].wijzigingen]
    assert changes == [
        ("Wonen – Zijn", None, "Woont sinds september in De Es."),
        ("Wonen – Zelfredzaamheid", "nog niet gescoord", "2 – Niet zelfredzaam"),
        ("Wonen: nieuw doel", None, "Ik wil zelf leren koken"),
    ]
    for veld, oud, nieuw in changes:  # readable by a person: no JSON, no ids
        for text in (veld, oud or "", nieuw or ""):
            assert "{" not in text and not UUID.search(text), text
    assert [(o.soort, o.local_rev) for o in ops] == [("upsert", 1), ("upsert", 2)]
    assert ops[1].payload["inhoud"] == inhoud_to_json(stored.inhoud)
    assert ops[1].payload["inhoud"]["leefgebieden"]["wonen"]["zijn"] == "Woont sinds september in De Es."
    # the jongere's audit trail shows it too
    trail = services.jongeren.audit_trail(jongere.id)
    assert trail[0].entiteit == "plan_versie" and trail[0].actie == "gewijzigd"
    assert Wijziging("Wonen: nieuw doel", None, "Ik wil zelf leren koken") in trail[0].wijzigingen


def test_a_changed_text_is_audited_with_old_and_new_and_a_changed_goal_by_field(services: Services) -> None:
    jongere = _jongere(services)
    versie = services.plannen.nieuw_concept(jongere.id)
    doel = Doel.nieuw(Leefgebied.FINANCIEN, eigen_woorden="Sparen")
    v2 = _save(services, versie, _wonen(versie.inhoud, worden="Een eigen kamer").met_doel(doel))

    inhoud = _wonen(v2.inhoud, worden="Een eigen studio").met_doel(
        dataclasses.replace(doel, status=DoelStatus.LOOPT)
    )
    v3 = _save(services, v2, inhoud)

    assert v3.rev == 3
    audit, _ops = _plan_rows(services, versie.id)
    assert [tuple(w) for w in audit[-1].wijzigingen] == [
        ("Wonen – Worden", "Een eigen kamer", "Een eigen studio"),
        ("Financiën: doel 'Sparen' – Status", "Open", "Loopt"),
    ]


def test_a_save_without_changes_writes_no_audit_and_no_outbox(services: Services) -> None:
    jongere = _jongere(services)
    versie = services.plannen.nieuw_concept(jongere.id)
    opgeslagen = _save(services, versie, _wonen(versie.inhoud, zijn="Tekst"))
    before = _counts(services)

    # the same content, with the whitespace a text box adds: cleaned, it is the same
    again = services.plannen.opslaan(
        versie.id,
        _wonen(opgeslagen.inhoud, zijn="Tekst \n"),
        basis=opgeslagen.inhoud,
        base_rev=opgeslagen.rev,
    )

    assert again.versie.rev == opgeslagen.rev == 2
    assert _counts(services) == before


def test_invalid_content_is_refused_and_nothing_is_written(services: Services) -> None:
    jongere = _jongere(services)
    versie = services.plannen.nieuw_concept(jongere.id)
    before = _counts(services)
    slecht = _wonen(versie.inhoud, zijn="x" * (MAX_TEKST + 1), score=7).met_doel(
        Doel.nieuw(Leefgebied.WONEN, eigen_woorden="Koken", streefdatum=date(2026, 3, 9))
    )

    with pytest.raises(ValidationError) as raised:
        services.plannen.opslaan(versie.id, slecht, basis=versie.inhoud, base_rev=versie.rev)

    assert raised.value.codes == {Code.TE_LANG, Code.SCORE_ONGELDIG, Code.DOEL_DATUM}
    assert "Wonen – Zijn is te lang" in raised.value.message
    assert "(10-03-2026)" in raised.value.message
    assert _counts(services) == before
    assert services.plannen.versie(versie.id) == versie


def test_an_evaluation_on_a_goal_already_stopped_is_refused_on_save(services: Services) -> None:
    jongere = _jongere(services)
    versie = services.plannen.nieuw_concept(jongere.id)
    doel = Doel.nieuw(Leefgebied.DAGBESTEDING, eigen_woorden="Naar de voetbalclub", status=DoelStatus.GESTOPT)
    opgeslagen = _save(services, versie, versie.inhoud.met_doel(doel))
    before = _counts(services)
    # not through add_evaluatie: as a merge or an older editor could hand it in
    met_evaluatie = opgeslagen.inhoud.met_doel(
        dataclasses.replace(doel, evaluaties=(Evaluatie(VANDAAG, "Toch weer geweest"),))
    )

    with pytest.raises(ValidationError) as raised:
        services.plannen.opslaan(versie.id, met_evaluatie, basis=opgeslagen.inhoud, base_rev=opgeslagen.rev)

    assert raised.value.codes == {Code.DOEL_GESTOPT}
    assert raised.value.message.startswith("Dit doel is gestopt")
    assert _counts(services) == before
    assert services.plannen.versie(versie.id).inhoud.doel(doel.id).evaluaties == ()


def test_a_stopped_goal_set_back_can_take_an_evaluation_in_the_same_save(services: Services) -> None:
    # The DOEL_GESTOPT message says "Zet de status terug"; the editor's add_evaluatie allows an evaluation
    # once the status is set back, so the save of exactly that must not be refused.
    jongere = _jongere(services)
    versie = services.plannen.nieuw_concept(jongere.id)
    doel = Doel.nieuw(Leefgebied.DAGBESTEDING, eigen_woorden="Naar de voetbalclub", status=DoelStatus.GESTOPT)
    opgeslagen = _save(services, versie, versie.inhoud.met_doel(doel))
    heropend = dataclasses.replace(
        doel, status=DoelStatus.LOOPT, evaluaties=(Evaluatie(VANDAAG, "Weer begonnen"),)
    )

    stored = _save(services, opgeslagen, opgeslagen.inhoud.met_doel(heropend))

    assert stored.inhoud.doel(doel.id) == heropend


# -- vaststellen ------------------------------------------------------------------------------------


def test_vaststellen_needs_the_jongere_and_a_date_not_in_the_future(services: Services) -> None:
    jongere = _jongere(services)
    versie = services.plannen.nieuw_concept(jongere.id)
    before = _counts(services)

    with pytest.raises(ValidationError) as raised:
        services.plannen.vaststellen(versie.id, VANDAAG, Akkoord(jongere=False, jeugdbeschermer="Lotte Smit"))
    assert raised.value.codes == {Code.JONGERE_AKKOORD}
    assert "samen met de jongere" in raised.value.message

    with pytest.raises(ValidationError) as raised:
        services.plannen.vaststellen(versie.id, date(2026, 3, 11), Akkoord(jongere=True))
    assert raised.value.codes == {Code.DATUM_IN_TOEKOMST}
    assert raised.value.message.startswith("Datum van vaststellen: de datum ligt in de toekomst")

    assert _counts(services) == before
    assert services.plannen.versie(versie.id).status == PlanStatus.CONCEPT


def test_vaststellen_before_the_concept_was_started_is_refused(services: Services) -> None:
    jongere = _jongere(services)
    _set_day(services, date(2026, 2, 1))
    versie = services.plannen.nieuw_concept(jongere.id)
    _set_day(services, VANDAAG)

    with pytest.raises(ValidationError) as raised:
        services.plannen.vaststellen(versie.id, date(2026, 1, 31), Akkoord(jongere=True))

    assert raised.value.codes == {Code.DOEL_DATUM}
    assert raised.value.message == "Datum van vaststellen ligt vóór de datum van het plan (01-02-2026)."
    assert services.plannen.versie(versie.id).status == PlanStatus.CONCEPT


def test_vaststellen_freezes_the_version_and_moves_the_deadline(services: Services) -> None:
    jongere = _jongere(services)
    assert DueKind.BEGELEIDINGSPLAN in {d.kind for d in services.jongeren.get(jongere.id).due}
    _set_day(services, date(2026, 2, 1))
    versie = services.plannen.nieuw_concept(jongere.id)
    opgeslagen = _save(services, versie, _wonen(versie.inhoud, zijn="Woont in De Es."))
    services.plannen.bewaar_herstelpunt(
        versie.id,
        _wonen(opgeslagen.inhoud, zijn="Woont in De Es. Kookt"),
        basis=opgeslagen.inhoud,
        base_rev=2,
    )
    _set_day(services, VANDAAG)

    vastgesteld = services.plannen.vaststellen(
        versie.id,
        date(2026, 2, 15),
        Akkoord(jongere=True, jeugdbeschermer=" Lotte Smit ", woonbegeleider="Sanne"),
    )

    assert (vastgesteld.status, vastgesteld.vastgesteld_op, vastgesteld.rev) == (
        PlanStatus.VASTGESTELD,
        date(2026, 2, 15),
        3,
    )
    assert vastgesteld.akkoord == Akkoord(True, "Lotte Smit", "Sanne")
    assert not vastgesteld.bewerkbaar and vastgesteld.label == "Versie 1 (vastgesteld 15-02-2026)"
    assert services.plannen.versie(versie.id) == vastgesteld
    assert services.plannen.herstelpunt(versie.id) is None

    na = services.jongeren.get(jongere.id)
    assert DueKind.BEGELEIDINGSPLAN not in {d.kind for d in na.due}
    assert [(g.soort, g.datum, g.notitie) for g in na.gebeurtenissen] == [
        (GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD, date(2026, 2, 15), "Versie 1")
    ]
    audit, ops = _plan_rows(services, versie.id)
    assert audit[-1].actie == "vastgesteld"
    assert [tuple(w) for w in audit[-1].wijzigingen] == [
        ("Versie", None, "1"),
        ("Vastgesteld op", None, "15-02-2026"),
        ("Jongere akkoord", None, "ja"),
    ]
    assert (ops[-1].payload["status"], ops[-1].payload["vastgesteld_op"], ops[-1].local_rev) == (
        "vastgesteld",
        "2026-02-15",
        3,
    )

    before = _counts(services)
    with pytest.raises(ValidationError) as raised:
        _save(services, opgeslagen, _wonen(opgeslagen.inhoud, zijn="Later nog iets"))
    assert raised.value.codes == {Code.PLAN_NIET_BEWERKBAAR}
    assert "Begin een nieuw concept" in raised.value.message
    with pytest.raises(ValidationError) as raised:
        services.plannen.vaststellen(versie.id, VANDAAG, Akkoord(jongere=True))
    assert raised.value.codes == {Code.PLAN_NIET_BEWERKBAAR}
    assert _counts(services) == before
    assert services.plannen.versie(versie.id).inhoud.leefgebied(Leefgebied.WONEN).zijn == "Woont in De Es."


# -- versions ---------------------------------------------------------------------------------------


def _eerste_vastgesteld(services: Services, jongere: Jongere) -> tuple[PlanVersie, Doel]:
    _set_day(services, date(2026, 1, 10))
    v1 = services.plannen.nieuw_concept(jongere.id)
    doel = Doel.nieuw(Leefgebied.WONEN, eigen_woorden="Zelf koken", professioneel="Kookt wekelijks zelf")
    inhoud = _wonen(v1.inhoud, zijn="Woont in De Es.", score=2).met_doel(doel)
    inhoud = inhoud.met_leefgebied(Leefgebied.GEZONDHEID, LeefgebiedInhoud("Slaapt slecht.", score=3))
    v1 = _save(
        services, v1, dataclasses.replace(inhoud, deelnemers=Deelnemers(True, "Sanne", "Lotte Smit", ""))
    )
    _set_day(services, VANDAAG)
    v1 = services.plannen.vaststellen(v1.id, date(2026, 1, 20), Akkoord(jongere=True))
    return v1, doel


def test_a_new_concept_after_vaststellen_is_version_2_copying_the_content(services: Services) -> None:
    jongere = _jongere(services)
    v1, _doel = _eerste_vastgesteld(services, jongere)

    v2 = services.plannen.nieuw_concept(jongere.id)

    assert (v2.nummer, v2.status, v2.vorige_id, v2.gestart_op, v2.rev) == (
        2,
        PlanStatus.CONCEPT,
        v1.id,
        VANDAAG,
        1,
    )
    assert v2.inhoud == v1.inhoud
    assert v2.template == v1.template
    assert services.plannen.laatste(jongere.id) == v2
    assert [(i.nummer, i.status) for i in services.plannen.versies(jongere.id)] == [
        (2, PlanStatus.CONCEPT),
        (1, PlanStatus.VASTGESTELD),
    ]
    audit, _ops = _plan_rows(services, v2.id)
    assert [tuple(w) for w in audit[0].wijzigingen] == [
        ("Nieuw concept", None, "versie 2 (kopie van versie 1)")
    ]
    # v1 stays as it was agreed
    assert services.plannen.versie(v1.id) == v1


def test_vergelijk_between_versions_shows_the_changed_goal(services: Services) -> None:
    jongere = _jongere(services)
    v1, doel = _eerste_vastgesteld(services, jongere)
    v2 = services.plannen.nieuw_concept(jongere.id)
    v2 = _save(services, v2, v2.inhoud.met_doel(dataclasses.replace(doel, status=DoelStatus.BEHAALD)))

    onderdelen = services.plannen.vergelijk(v1.id, v2.id)

    assert [o.titel for o in onderdelen if o.gewijzigd] == ["Wonen"]
    wonen = next(o for o in onderdelen if o.titel == "Wonen")
    assert wonen.velden == ()
    [verschil] = wonen.doelen
    assert (verschil.soort, verschil.titel) == (DoelWijziging.GEWIJZIGD, "Zelf koken")
    assert [(v.label, v.oud, v.nieuw) for v in verschil.velden] == [("Status", "Open", "Behaald")]


def test_vergelijk_refuses_versions_of_different_jongeren(services: Services) -> None:
    jongere = _jongere(services)
    ander = services.jongeren.add(
        JongereGegevens("Tewelde", "Kahsay", date(2009, 1, 1), jongere.gegevens.locatie_id, date(2025, 9, 1))
    )
    a = services.plannen.nieuw_concept(jongere.id)
    b = services.plannen.nieuw_concept(ander.id)
    with pytest.raises(ValidationError) as raised:
        services.plannen.vergelijk(a.id, b.id)
    assert raised.value.codes == {Code.NIET_GEVONDEN}


def test_scores_give_one_point_per_version_with_a_score(services: Services) -> None:
    jongere = _jongere(services)
    assert services.plannen.scores(jongere.id) == {k: [] for k in Leefgebied}
    _eerste_vastgesteld(services, jongere)
    v2 = services.plannen.nieuw_concept(jongere.id)
    _save(services, v2, _wonen(v2.inhoud, score=4))

    scores = services.plannen.scores(jongere.id)

    # vastgesteld versions count from their vaststel date, a concept from the day it was started
    assert scores[Leefgebied.WONEN] == [(date(2026, 1, 20), 2), (VANDAAG, 4)]
    assert scores[Leefgebied.GEZONDHEID] == [(date(2026, 1, 20), 3), (VANDAAG, 3)]
    assert scores[Leefgebied.FINANCIEN] == []
