"""Destruction on request and removal after leaving, on a real encrypted database without a portal: refusals
name what still waits, only a beheerder overrides (with a reason), and nothing of the jongere is left."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date

import pytest
from sqlalchemy import func, select, text

from kso_desktop.domain.bewaren import GeweigerdError
from kso_desktop.domain.entities import JongereGegevens, MedewerkerGegevens
from kso_desktop.domain.enums import GebeurtenisSoort, Rol
from kso_desktop.domain.validation import ValidationError
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m
from kso_desktop.storage.inzage import tabellen_met_jongere


def _jongere(services: Services, voornaam: str = "Amanuel", **extra: object) -> str:
    locatie = _locatie(services)
    gegevens = JongereGegevens(
        voornaam=voornaam,
        achternaam="Tesfay",
        geboortedatum=date(2009, 5, 1),
        locatie_id=locatie,
        plaatsing=date(2025, 10, 1),
        **extra,  # type: ignore[arg-type]
    )
    return services.jongeren.add(gegevens).id


def _locatie(services: Services) -> str:
    bestaande = services.organisatie.locaties()
    if bestaande:
        return bestaande[0].id
    from kso_desktop.domain.entities import LocatieGegevens
    from kso_desktop.domain.enums import LocatieType

    # Adding a locatie is a beheerder's job; the system sets it up, whoever acts in the test.
    keep = services.ctx.actor
    services.ctx.actor = dataclasses.replace(keep, medewerker_id=None)
    try:
        return services.organisatie.add_locatie(LocatieGegevens("De Linde", LocatieType.KWG)).id
    finally:
        services.ctx.actor = keep


def _als(services: Services, rol: Rol) -> str:
    services.ctx.actor = dataclasses.replace(services.ctx.actor, medewerker_id=None)  # the system adds them
    medewerker = services.organisatie.add_medewerker(MedewerkerGegevens(f"Iemand {rol.value}", rol))
    services.act_as(medewerker.id)
    return medewerker.id


def _alles_verstuurd(services: Services) -> None:
    """Mark everything as accepted by the portal, as a sync would (without one)."""
    with services.ctx.store.write() as s:
        s.execute(m.OutboxOp.__table__.delete())
        for model in (m.Jongere, m.Gebeurtenis, m.MentorToewijzing, m.PlanVersie, m.Gesprek):
            s.execute(model.__table__.update().values(server_version=1, sync_state="synced"))


def test_refused_while_unsynced_and_the_message_names_the_count(services: Services) -> None:
    _als(services, Rol.TEAMLEIDER)
    jid = _jongere(services)
    services.jongeren.record_event(jid, GebeurtenisSoort.DRIEGESPREK, date(2026, 3, 1))
    with pytest.raises(GeweigerdError) as refused:
        services.bewaren.vernietig(jid, "verzoek")
    assert "2 onderdelen wachten nog op het portaal" in refused.value.message
    assert "2 wijzigingen nog niet verstuurd" in refused.value.message
    assert services.jongeren.get(jid).gegevens.voornaam == "Amanuel"  # nothing deleted


def test_a_teamleider_may_not_override_an_admin_may_with_a_reason(services: Services) -> None:
    _als(services, Rol.TEAMLEIDER)
    jid = _jongere(services)
    with pytest.raises(GeweigerdError, match="Alleen een beheerder"):
        services.bewaren.vernietig(jid, "verzoek", override_reden="Laptop gaat vandaag weg")
    _als(services, Rol.ADMIN)
    with pytest.raises(GeweigerdError, match="minstens 10 tekens"):
        services.bewaren.vernietig(jid, "verzoek", override_reden="   kort  ")
    with pytest.raises(GeweigerdError, match="Noem de naam"):
        services.bewaren.vernietig(jid, "verzoek", override_reden="Amanuel wil het zo, per direct")
    with pytest.raises(GeweigerdError, match="maximaal 200"):
        services.bewaren.vernietig(jid, "verzoek", override_reden="x" * 201)
    assert services.jongeren.get(jid)  # still there after every refusal

    gedaan = services.bewaren.vernietig(
        jid, "verzoek", override_reden="Verzoek via advocaat, portaal offline"
    )
    assert gedaan.rijen > 0
    with pytest.raises(ValidationError, match="niet gevonden"):
        services.jongeren.get(jid)
    assert services.bewaren.is_verwijderd(jid)


def test_woonbegeleider_and_unknown_reason_are_refused(services: Services) -> None:
    jid = _jongere(services)
    _alles_verstuurd(services)
    _als(services, Rol.WOONBEGELEIDER)
    with pytest.raises(GeweigerdError, match="teamleider of beheerder"):
        services.bewaren.vernietig(jid, "verzoek")
    _als(services, Rol.ADMIN)
    with pytest.raises(GeweigerdError, match="Kies een reden"):
        services.bewaren.vernietig(jid, "zomaar")


def test_destruction_removes_every_row_and_the_audit_record_has_no_name(services: Services) -> None:
    _als(services, Rol.ADMIN)
    jid = _jongere(services, notities="Houdt van tekenen")
    ander = _jongere(services, "Selam")
    services.jongeren.record_event(jid, GebeurtenisSoort.DRIEGESPREK, date(2026, 3, 1))
    services.jongeren.open_dossier(jid)  # a read in the audit trail
    _alles_verstuurd(services)

    services.bewaren.vernietig(jid, "verzoek")

    with services.ctx.store.read() as s:
        for naam in tabellen_met_jongere():
            tabel = m.Base.metadata.tables[naam]
            for kolom in ("jongere_id", "id", "entiteit_id"):
                if kolom in tabel.c and not (naam == "audit_log" and kolom == "entiteit_id"):
                    n = s.scalar(select(func.count()).select_from(tabel).where(tabel.c[kolom] == jid))
                    assert n == 0, f"{naam}.{kolom}"
        assert s.scalar(text("SELECT count(*) FROM zoek_index WHERE jongere_id = :j"), {"j": jid}) == 0
        [record] = s.scalars(select(m.AuditLog).where(m.AuditLog.entiteit_id == jid)).all()
        assert record.actie == "vernietigd" and record.jongere_id is None
        assert record.medewerker_naam == "Iemand admin"
        assert {w[0]: w[2] for w in record.wijzigingen}["reden"] == "verzoek"
        assert "Amanuel" not in repr(record.wijzigingen) and "Tesfay" not in repr(record.wijzigingen)
        [op] = s.scalars(select(m.OutboxOp)).all()
        assert (op.entiteit, op.entiteit_id, op.soort, op.payload) == ("jongere", jid, "vernietig", {})
        # The audit trail stays append-only for everyone else, and for the destruction record itself.
        with pytest.raises(Exception, match="append-only"):
            s.execute(m.AuditLog.__table__.delete().where(m.AuditLog.entiteit_id == jid))
    assert services.jongeren.get(ander).gegevens.voornaam == "Selam"
    assert services.jongeren.audit_trail(ander)


def test_removal_after_leaving_waits_for_the_leaving_date_and_the_portal(
    services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    jid = _jongere(services)
    assert services.bewaren.kan_verwijderen(jid) == [
        "Woont nog op de locatie (geen vertrekdatum).",
        "Staat nog niet op het portaal: eerst synchroniseren.",
        "Nog niet veilig op het portaal: 1 wijziging nog niet verstuurd.",
    ]
    gegevens = services.jongeren.get(jid).gegevens
    services.jongeren.update(jid, dataclasses.replace(gegevens, vertrek=date(2026, 3, 10)))
    _alles_verstuurd(services)
    assert services.bewaren.kan_verwijderen(jid) == [
        "Vertrekt op 10-03-2026; de gegevens blijven tot na die dag."
    ]
    assert services.bewaren.bewaarronde() == []
    with pytest.raises(GeweigerdError, match="Vertrekt op"):
        services.bewaren.verwijder_lokaal(jid)

    services.jongeren.update(jid, dataclasses.replace(gegevens, vertrek=date(2026, 3, 9)))
    _alles_verstuurd(services)
    assert services.bewaren.kan_verwijderen(jid) == []
    with caplog.at_level(logging.INFO, logger="kso_desktop"):
        assert services.bewaren.bewaarronde() == [jid]
    assert "1 vertrokken jongeren verwijderd" in caplog.text
    assert "Amanuel" not in caplog.text and "Tesfay" not in caplog.text  # ids and counts, never names
    with services.ctx.store.read() as s:
        [record] = s.scalars(select(m.AuditLog).where(m.AuditLog.entiteit_id == jid)).all()
        assert record.actie == "lokaal verwijderd" and record.jongere_id is None
        assert s.scalars(select(m.OutboxOp)).all() == []  # the portal keeps the data: nothing to send
