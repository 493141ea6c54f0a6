"""Herstelpunten (autosave) of gesprekken: kept per medewerker and device, replaced by newer typing,
dropped by the save that makes them unnecessary, never for a definitief gesprek, never audited or synced.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from kso_desktop.domain.entities import Jongere, JongereGegevens, LocatieGegevens, MedewerkerGegevens
from kso_desktop.domain.enums import GesprekType, LocatieType, Rol
from kso_desktop.domain.gesprek import Deelnemer, DeelnemerRol, GesprekInhoud, Onderwerp
from kso_desktop.domain.validation import Code, ValidationError
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

# The services fixture's clock says 10 March 2026, 10:00 UTC.
TWEE, DRIE = GesprekType.TWEEGESPREK, GesprekType.DRIEGESPREK
MOMENT = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
JB = (Deelnemer(DeelnemerRol.JONGERE, "Senait"), Deelnemer(DeelnemerRol.JEUGDBESCHERMER, "Lotte Smit"))


def _jongere(services: Services, voornaam: str = "Senait") -> Jongere:
    locatie = services.organisatie.add_locatie(LocatieGegevens(f"De Es {voornaam}", LocatieType.KWE))
    return services.jongeren.add(
        JongereGegevens(
            voornaam=voornaam,
            achternaam="Haile",
            geboortedatum=date(2010, 4, 2),
            locatie_id=locatie.id,
            plaatsing=date(2025, 9, 1),
            kennismaking=date(2025, 9, 2),
            jeugdbeschermer_naam="Lotte Smit",
        )
    )


def _medewerkers(services: Services) -> tuple[str, str]:
    sanne = services.organisatie.add_medewerker(MedewerkerGegevens("Sanne de Vries", Rol.WOONBEGELEIDER)).id
    youssef = services.organisatie.add_medewerker(MedewerkerGegevens("Youssef Amrani", Rol.WOONBEGELEIDER)).id
    return sanne, youssef


def _count(services: Services, model: type[Any]) -> int:
    with services.ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _notities(tekst: str) -> GesprekInhoud:
    return GesprekInhoud(notities=tekst)


def test_bewaar_herstel_and_verwerp_for_a_new_tweegesprek(services: Services) -> None:
    jongere = _jongere(services)
    audit, outbox = _count(services, m.AuditLog), _count(services, m.OutboxOp)
    inhoud = GesprekInhoud(
        onderwerpen=(Onderwerp("School", van_jongere=True),), notities="Hij wil naar het mbo"
    )
    services.gesprekken.bewaar_herstelpunt(jongere.id, TWEE, MOMENT, inhoud)

    hp = services.gesprekken.herstelpunt(jongere.id, TWEE)
    assert hp is not None
    assert (hp.gesprek_id, hp.moment, hp.inhoud, hp.soort) == (None, MOMENT, inhoud, TWEE)
    assert hp.opgeslagen_op == datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
    assert services.gesprekken.herstelpunt(jongere.id, DRIE) is None
    [alle] = services.gesprekken.herstelpunten()
    assert alle.jongere_naam == "Senait Haile"
    # typing is not a change of the dossier: nothing audited, nothing for the portal
    assert (_count(services, m.AuditLog), _count(services, m.OutboxOp)) == (audit, outbox)

    services.gesprekken.verwerp_herstelpunt(jongere.id, TWEE)
    assert services.gesprekken.herstelpunt(jongere.id, TWEE) is None
    assert _count(services, m.GesprekHerstelpunt) == 0


def test_a_newer_bewaar_replaces_the_older_one_also_for_a_new_gesprek(services: Services) -> None:
    """gesprek_id is NULL for a new gesprek, and SQLite's UNIQUE lets NULLs repeat: the service keeps one."""
    jongere = _jongere(services)
    for tekst in ("Hij", "Hij wil", "Hij wil sparen voor een fiets"):
        services.gesprekken.bewaar_herstelpunt(jongere.id, TWEE, MOMENT, _notities(tekst))
    assert _count(services, m.GesprekHerstelpunt) == 1
    hp = services.gesprekken.herstelpunt(jongere.id, TWEE)
    assert hp is not None and hp.inhoud.notities == "Hij wil sparen voor een fiets"

    concept = services.gesprekken.opslaan(jongere.id, TWEE, MOMENT, _notities("Concept"))
    for tekst in ("Concept a", "Concept ab"):
        services.gesprekken.bewaar_herstelpunt(
            jongere.id, TWEE, MOMENT, _notities(tekst), gesprek_id=concept.id
        )
    # saving the new gesprek dropped the "new" herstelpunt; the concept has its own
    assert _count(services, m.GesprekHerstelpunt) == 1
    hp = services.gesprekken.herstelpunt(jongere.id, TWEE, concept.id)
    assert hp is not None and hp.inhoud.notities == "Concept ab" and hp.gesprek_id == concept.id
    assert services.gesprekken.herstelpunt(jongere.id, TWEE) is None


def test_each_medewerker_keeps_their_own_herstelpunt(services: Services) -> None:
    jongere = _jongere(services)
    sanne, youssef = _medewerkers(services)
    services.act_as(sanne)
    services.gesprekken.bewaar_herstelpunt(jongere.id, TWEE, MOMENT, _notities("Sanne typt"))

    services.act_as(youssef)
    assert services.gesprekken.herstelpunt(jongere.id, TWEE) is None
    assert services.gesprekken.herstelpunten() == []
    services.gesprekken.bewaar_herstelpunt(jongere.id, TWEE, MOMENT, _notities("Youssef typt"))
    assert _count(services, m.GesprekHerstelpunt) == 2

    # Youssef's save of his new tweegesprek drops his herstelpunt, not Sanne's
    services.gesprekken.opslaan(jongere.id, TWEE, MOMENT, _notities("Youssef typt"))
    assert services.gesprekken.herstelpunt(jongere.id, TWEE) is None
    services.act_as(sanne)
    mine = services.gesprekken.herstelpunt(jongere.id, TWEE)
    assert mine is not None and mine.inhoud.notities == "Sanne typt"
    services.gesprekken.verwerp_herstelpunt(jongere.id, TWEE)
    assert _count(services, m.GesprekHerstelpunt) == 0


def test_herstelpunten_are_per_jongere_and_soort(services: Services) -> None:
    senait, daniel = _jongere(services), _jongere(services, "Daniel")
    drie = services.gesprekken.maak_driegesprek(daniel.id, MOMENT)
    services.gesprekken.bewaar_herstelpunt(senait.id, TWEE, MOMENT, _notities("Senait"))
    services.gesprekken.bewaar_herstelpunt(
        daniel.id, DRIE, MOMENT, drie.inhoud.met(verslag="Daniel"), gesprek_id=drie.id
    )
    namen = {(h.jongere_naam, h.soort, h.gesprek_id) for h in services.gesprekken.herstelpunten()}
    assert namen == {("Senait Haile", TWEE, None), ("Daniel Haile", DRIE, drie.id)}
    assert services.gesprekken.herstelpunt(daniel.id, TWEE) is None
    hp = services.gesprekken.herstelpunt(daniel.id, DRIE, drie.id)
    assert hp is not None and hp.inhoud.verslag == "Daniel"


def test_saving_an_existing_concept_drops_its_herstelpunt(services: Services) -> None:
    jongere = _jongere(services)
    concept = services.gesprekken.opslaan(jongere.id, TWEE, MOMENT, _notities("Eerste"))
    services.gesprekken.bewaar_herstelpunt(
        jongere.id, TWEE, MOMENT, _notities("Tweede"), gesprek_id=concept.id
    )
    services.gesprekken.bewaar_herstelpunt(jongere.id, TWEE, MOMENT, _notities("Nieuw"))  # another one
    services.gesprekken.opslaan(jongere.id, TWEE, MOMENT, _notities("Tweede"), gesprek_id=concept.id)
    assert services.gesprekken.herstelpunt(jongere.id, TWEE, concept.id) is None
    # the herstelpunt of a different, new tweegesprek stays
    assert services.gesprekken.herstelpunt(jongere.id, TWEE) is not None


def test_rond_verslag_af_drops_the_herstelpunt_of_the_driegesprek(services: Services) -> None:
    jongere = _jongere(services)
    concept = services.gesprekken.maak_driegesprek(jongere.id, MOMENT)
    inhoud = concept.inhoud.met(deelnemers=JB, verslag="Goed gesprek over school.")
    services.gesprekken.bewaar_herstelpunt(jongere.id, DRIE, MOMENT, inhoud, gesprek_id=concept.id)
    services.gesprekken.rond_verslag_af(concept.id, inhoud, plan_bijwerken=False)
    assert services.gesprekken.herstelpunten() == []
    assert _count(services, m.GesprekHerstelpunt) == 0


def test_corrigeer_drops_a_herstelpunt_of_the_corrected_gesprek(services: Services) -> None:
    """A definitief gesprek gets no new herstelpunt; one left from its concept ends with the correction."""
    jongere = _jongere(services)
    concept = services.gesprekken.opslaan(jongere.id, DRIE, MOMENT, GesprekInhoud(deelnemers=JB))
    services.gesprekken.bewaar_herstelpunt(
        jongere.id, DRIE, MOMENT, GesprekInhoud(deelnemers=JB, verslag="Getypt"), gesprek_id=concept.id
    )
    # made definitief on another device by the same medewerker (which has its own herstelpunt): simulate by
    # writing the status directly, so this device's herstelpunt is left over
    with services.ctx.store.write() as s:
        row = s.get(m.Gesprek, concept.id)
        assert row is not None
        row.status = "definitief"
        row.inhoud = {**row.inhoud, "verslag": "Verslag."}
    services.gesprekken.corrigeer(concept.id, GesprekInhoud(deelnemers=JB, verslag="Verbeterd."), "Typefout")
    assert services.gesprekken.herstelpunt(jongere.id, DRIE, concept.id) is None
    assert _count(services, m.GesprekHerstelpunt) == 0


def test_a_definitief_gesprek_gets_no_herstelpunt(services: Services) -> None:
    jongere = _jongere(services)
    definitief = services.gesprekken.opslaan(jongere.id, TWEE, MOMENT, _notities("Klaar"), definitief=True)
    with pytest.raises(ValidationError) as exc:
        services.gesprekken.bewaar_herstelpunt(
            jongere.id, TWEE, MOMENT, _notities("Nog wat"), gesprek_id=definitief.id
        )
    assert exc.value.codes == {Code.GESPREK_DEFINITIEF}
    assert _count(services, m.GesprekHerstelpunt) == 0


def test_a_naive_moment_is_refused(services: Services) -> None:
    jongere = _jongere(services)
    with pytest.raises(ValueError, match="timezone-aware"):
        services.gesprekken.bewaar_herstelpunt(jongere.id, TWEE, datetime(2026, 3, 9, 9), _notities("x"))
