"""Locaties and medewerkers through the real encrypted store."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kso_desktop.domain.entities import LocatieGegevens, MedewerkerGegevens, Wijziging
from kso_desktop.domain.enums import LocatieType, Rol
from kso_desktop.domain.validation import Code, ValidationError
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m


def count(services: Services, model: type[m.Base]) -> int:
    with services.ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def last_audit(services: Services) -> m.AuditLog:
    with services.ctx.store.read() as s:
        row = s.scalars(select(m.AuditLog).order_by(m.AuditLog.id.desc())).first()
        assert row is not None
        return row


def test_locatie_round_trip_and_update(services: Services) -> None:
    loc = services.organisatie.add_locatie(
        LocatieGegevens(" De Brug ", LocatieType.KWE_PLUS, "Tilburg", "Brugweg 27", "013 000 3300")
    )
    assert services.organisatie.locatie(loc.id).gegevens == LocatieGegevens(
        "De Brug", LocatieType.KWE_PLUS, "Tilburg", "Brugweg 27", "013 000 3300"
    )
    assert services.organisatie.locatie(loc.id).label == "De Brug (KWE+, Tilburg)"

    services.organisatie.update_locatie(
        loc.id, LocatieGegevens("De Brug", LocatieType.KWE, "Tilburg", "Brugweg 29", "013 000 3300")
    )
    assert services.organisatie.locatie(loc.id).gegevens.adres == "Brugweg 29"
    audit = last_audit(services)
    assert (audit.actie, audit.entiteit, audit.entiteit_id, audit.jongere_id) == (
        "gewijzigd",
        "locatie",
        loc.id,
        None,
    )
    assert {Wijziging(*w) for w in audit.wijzigingen} == {
        Wijziging("adres", "Brugweg 27", "Brugweg 29"),
        Wijziging("type", "KWE+", "KWE"),
    }
    with services.ctx.store.read() as s:
        op = s.scalars(select(m.OutboxOp).order_by(m.OutboxOp.seq.desc())).first()
    assert op is not None
    assert (op.entiteit, op.entiteit_id, op.local_rev, op.payload["adres"]) == (
        "locatie",
        loc.id,
        2,
        "Brugweg 29",
    )


def test_duplicate_locatie_name_refused(services: Services) -> None:
    services.organisatie.add_locatie(LocatieGegevens("De Linde", LocatieType.KWG))
    before = count(services, m.Locatie), count(services, m.AuditLog)
    with pytest.raises(ValidationError) as info:
        services.organisatie.add_locatie(LocatieGegevens(" De Linde", LocatieType.KWE))
    assert info.value.codes == {Code.DUBBEL}
    assert "De Linde" in str(info.value)
    assert (count(services, m.Locatie), count(services, m.AuditLog)) == before


def test_renaming_a_locatie_to_an_existing_name_is_refused(services: Services) -> None:
    services.organisatie.add_locatie(LocatieGegevens("De Linde", LocatieType.KWG))
    anker = services.organisatie.add_locatie(LocatieGegevens("Het Anker", LocatieType.KWE))
    with pytest.raises(ValidationError) as info:
        services.organisatie.update_locatie(anker.id, LocatieGegevens("De Linde", LocatieType.KWE))
    assert info.value.codes == {Code.DUBBEL}
    assert sorted(loc.naam for loc in services.organisatie.locaties()) == ["De Linde", "Het Anker"]


def test_invalid_locatie_writes_nothing(services: Services) -> None:
    services.organisatie.organisatie_id()
    before = count(services, m.Locatie), count(services, m.AuditLog), count(services, m.OutboxOp)
    with pytest.raises(ValidationError):
        services.organisatie.add_locatie(LocatieGegevens("", LocatieType.KWG, telefoon="geen"))
    assert (count(services, m.Locatie), count(services, m.AuditLog), count(services, m.OutboxOp)) == before


def test_medewerker_round_trip_and_update(services: Services) -> None:
    linde = services.organisatie.add_locatie(LocatieGegevens("De Linde", LocatieType.KWG)).id
    anker = services.organisatie.add_locatie(LocatieGegevens("Het Anker", LocatieType.KWE)).id
    w = services.organisatie.add_medewerker(
        MedewerkerGegevens(
            "Marieke Jansen", Rol.WOONBEGELEIDER, "marieke@x.example", "06 0000 0103", True, (linde,)
        )
    )
    assert services.organisatie.medewerker(w.id).gegevens.locatie_ids == (linde,)
    services.organisatie.update_medewerker(
        w.id,
        MedewerkerGegevens(
            "Marieke Jansen", Rol.TEAMLEIDER, "marieke@x.example", "06 0000 0103", False, (linde, anker)
        ),
    )
    g = services.organisatie.medewerker(w.id).gegevens
    assert (g.rol, g.actief, g.locatie_ids) == (Rol.TEAMLEIDER, False, (linde, anker))
    assert [x.id for x in services.organisatie.medewerkers(locatie_id=anker)] == [w.id]
    assert services.organisatie.medewerkers(alleen_actief=True) == []
    assert {Wijziging(*x) for x in last_audit(services).wijzigingen} == {
        Wijziging("rol", "woonbegeleider", "teamleider"),
        Wijziging("actief", "True", "False"),
        Wijziging("locatie_ids", linde, f"{linde}, {anker}"),
    }


def test_medewerker_with_unknown_locatie_refused(services: Services) -> None:
    before = count(services, m.Medewerker)
    with pytest.raises(ValidationError) as info:
        services.organisatie.add_medewerker(
            MedewerkerGegevens("Ruben", Rol.WOONBEGELEIDER, locatie_ids=("x",))
        )
    assert info.value.codes == {Code.NIET_GEVONDEN}
    assert count(services, m.Medewerker) == before


def test_unchanged_medewerker_update_writes_nothing(services: Services) -> None:
    g = MedewerkerGegevens("Joost van Dam", Rol.WOONBEGELEIDER, "joost@x.example")
    w = services.organisatie.add_medewerker(g)
    before = count(services, m.AuditLog), count(services, m.OutboxOp)
    services.organisatie.update_medewerker(w.id, g)
    assert (count(services, m.AuditLog), count(services, m.OutboxOp)) == before


def test_one_organisatie_per_database(services: Services) -> None:
    first = services.organisatie.organisatie_id()
    assert services.organisatie.organisatie_id() == first
    assert count(services, m.Organisatie) == 1
