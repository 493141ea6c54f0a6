"""Mentor changes: the old period ends, the new one starts, history is kept and audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from kso_desktop.domain.entities import JongereGegevens, LocatieGegevens, MedewerkerGegevens, Wijziging
from kso_desktop.domain.enums import LocatieType, Rol
from kso_desktop.domain.validation import Code, ValidationError
from kso_desktop.services.jongeren import ZONDER_MEDEWERKER
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m


@pytest.fixture
def opzet(services: Services) -> tuple[str, str, str]:
    """A jongere (kennismaking 2 March 2026) with Sanne as first mentor; Youssef is another medewerker."""
    loc = services.organisatie.add_locatie(LocatieGegevens("Het Anker", LocatieType.KWE)).id
    sanne = services.organisatie.add_medewerker(MedewerkerGegevens("Sanne de Vries", Rol.WOONBEGELEIDER)).id
    youssef = services.organisatie.add_medewerker(MedewerkerGegevens("Youssef Amrani", Rol.WOONBEGELEIDER)).id
    j = services.jongeren.add(
        JongereGegevens(
            voornaam="Abdi",
            achternaam="Yusuf",
            geboortedatum=date(2009, 2, 6),
            locatie_id=loc,
            plaatsing=date(2026, 2, 27),
            kennismaking=date(2026, 3, 2),
        ),
        mentor_id=sanne,
    )
    return j.id, sanne, youssef


def mentor_rows(services: Services) -> int:
    with services.ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(m.MentorToewijzing)) or 0


def test_first_mentor_starts_at_kennismaking(services: Services, opzet: tuple[str, str, str]) -> None:
    jongere_id, sanne, _ = opzet
    j = services.jongeren.get(jongere_id)
    assert j.mentor is not None
    assert (j.mentor.medewerker_id, j.mentor.van, j.mentor.tot) == (sanne, date(2026, 3, 2), None)
    assert j.mentor.reden == "Eerste mentor"


def test_change_mentor_ends_old_period_and_keeps_history(
    services: Services, opzet: tuple[str, str, str]
) -> None:
    jongere_id, sanne, youssef = opzet
    j = services.jongeren.change_mentor(jongere_id, youssef, date(2026, 3, 9), "  Op verzoek van de jongere ")
    assert [(p.medewerker_id, p.van, p.tot) for p in j.mentoren] == [
        (sanne, date(2026, 3, 2), date(2026, 3, 9)),
        (youssef, date(2026, 3, 9), None),
    ]
    assert j.mentor is not None
    assert j.mentor.medewerker_naam == "Youssef Amrani"
    assert j.mentor.reden == "Op verzoek van de jongere"
    assert j.mentor.vastgelegd_door == ZONDER_MEDEWERKER  # no medewerker chosen in the Test actor
    # and it is really stored
    again = services.jongeren.get(jongere_id)
    assert again.mentoren == j.mentoren
    assert services.jongeren.lijst()[0].mentor == "Youssef Amrani"

    trail = services.jongeren.audit_trail(jongere_id)
    (gewijzigd,) = [
        a for a in trail if a.actie == "mentor gewijzigd" and "Youssef Amrani" in str(a.wijzigingen)
    ]
    assert Wijziging("mentor", "Sanne de Vries", "Youssef Amrani") in gewijzigd.wijzigingen
    assert Wijziging("ingang", None, "2026-03-09") in gewijzigd.wijzigingen
    assert Wijziging("reden", None, "Op verzoek van de jongere") in gewijzigd.wijzigingen
    assert any(
        a.entiteit == "mentor_toewijzing" and Wijziging("tot", None, "2026-03-09") in a.wijzigingen
        for a in trail
    )


def test_same_mentor_refused(services: Services, opzet: tuple[str, str, str]) -> None:
    jongere_id, sanne, _ = opzet
    before = mentor_rows(services), len(services.jongeren.audit_trail(jongere_id))
    with pytest.raises(ValidationError) as info:
        services.jongeren.change_mentor(jongere_id, sanne, date(2026, 3, 9))
    assert info.value.codes == {Code.MENTOR_ZELFDE}
    assert "Sanne de Vries is al de mentor" in str(info.value)
    assert (mentor_rows(services), len(services.jongeren.audit_trail(jongere_id))) == before


def test_ingang_before_current_start_refused(services: Services, opzet: tuple[str, str, str]) -> None:
    jongere_id, _, youssef = opzet
    before = mentor_rows(services), len(services.jongeren.audit_trail(jongere_id))
    with pytest.raises(ValidationError) as info:
        services.jongeren.change_mentor(jongere_id, youssef, date(2026, 3, 1))
    assert info.value.codes == {Code.MENTOR_DATUM}
    assert "02-03-2026" in str(info.value)
    assert (mentor_rows(services), len(services.jongeren.audit_trail(jongere_id))) == before
    assert services.jongeren.get(jongere_id).mentor is not None


def test_reden_too_long_refused(services: Services, opzet: tuple[str, str, str]) -> None:
    jongere_id, _, youssef = opzet
    before = mentor_rows(services)
    with pytest.raises(ValidationError) as info:
        services.jongeren.change_mentor(jongere_id, youssef, date(2026, 3, 9), "x" * 201)
    assert info.value.codes == {Code.TE_LANG}
    assert mentor_rows(services) == before


def test_three_mentors_in_a_row(services: Services, opzet: tuple[str, str, str]) -> None:
    jongere_id, sanne, youssef = opzet
    services.jongeren.change_mentor(jongere_id, youssef, date(2026, 3, 5))
    j = services.jongeren.change_mentor(jongere_id, sanne, date(2026, 3, 9), "Terug na verlof")
    assert [(p.medewerker_id, p.tot) for p in j.mentoren] == [
        (sanne, date(2026, 3, 5)),
        (youssef, date(2026, 3, 9)),
        (sanne, None),
    ]
    assert sum(1 for p in j.mentoren if p.huidig) == 1
