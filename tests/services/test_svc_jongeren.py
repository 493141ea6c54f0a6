"""Jongeren use cases through the real encrypted store: round trips, audit, outbox, lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kso_desktop.app import open_store
from kso_desktop.credentials import CredentialStore
from kso_desktop.domain.entities import JongereGegevens, LocatieGegevens, MedewerkerGegevens, Wijziging
from kso_desktop.domain.enums import LocatieType, Rol
from kso_desktop.domain.rules import DueKind
from kso_desktop.domain.validation import Code, ValidationError
from kso_desktop.services.context import Actor, Context
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m
from kso_desktop.storage.engine import Store

TODAY = date(2026, 3, 10)


def counts(store: Store) -> dict[str, int]:
    with store.read() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.Jongere, m.MentorToewijzing, m.Locatie, m.Medewerker, m.AuditLog, m.OutboxOp)
        }


def audit_rows(store: Store) -> list[m.AuditLog]:
    with store.read() as s:
        return list(s.scalars(select(m.AuditLog).order_by(m.AuditLog.id)))


def outbox_rows(store: Store) -> list[m.OutboxOp]:
    with store.read() as s:
        return list(s.scalars(select(m.OutboxOp).order_by(m.OutboxOp.seq)))


@pytest.fixture
def locatie_id(services: Services) -> str:
    return services.organisatie.add_locatie(LocatieGegevens("De Linde", LocatieType.KWG, "Amersfoort")).id


def gegevens(locatie_id: str, **kw: object) -> JongereGegevens:
    base = JongereGegevens(
        voornaam="Yonas",
        achternaam="Tesfay",
        geboortedatum=date(2009, 6, 15),
        locatie_id=locatie_id,
        plaatsing=date(2026, 3, 1),
        kennismaking=date(2026, 3, 2),
        geboorteland="Eritrea",
        talen=("Tigrinya", "Engels"),
        jeugdbeschermer_naam="Lotte Smit",
        jeugdbeschermer_email="l.smit@nidos.example",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def test_add_and_read_back_after_reopening(
    tmp_path: Path, memory_credentials: CredentialStore, fixed_clock: Callable[[], datetime]
) -> None:
    store, _ = open_store(tmp_path, credentials=memory_credentials)
    svc = Services.create(Context(store, Actor(None, "Test", "dev-1"), clock=fixed_clock))
    loc = svc.organisatie.add_locatie(LocatieGegevens("De Linde", LocatieType.KWG)).id
    added = svc.jongeren.add(gegevens(loc, voornaam="  Yonas ", notities="Eerste week 🙂"))
    store.close()

    store, _ = open_store(tmp_path, credentials=memory_credentials)
    try:
        svc = Services.create(Context(store, Actor(None, "Test", "dev-1"), clock=fixed_clock))
        j = svc.jongeren.get(added.id)
    finally:
        store.close()
    assert j.gegevens == gegevens(loc, notities="Eerste week 🙂")
    assert j.locatie_naam == "De Linde"
    assert j.bijgewerkt == datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
    # 17 on 15 June 2026 (97 days ahead): the toekomstperspectief is within the horizon.
    assert {i.kind for i in j.due} == {
        DueKind.BEGELEIDINGSPLAN,
        DueKind.DRIEGESPREK,
        DueKind.TOEKOMSTPERSPECTIEF,
    }


def test_add_writes_audit_and_outbox(services: Services, locatie_id: str) -> None:
    j = services.jongeren.add(gegevens(locatie_id))
    (audit,) = [a for a in audit_rows(services.ctx.store) if a.entiteit_id == j.id]
    assert (audit.actie, audit.entiteit, audit.jongere_id, audit.medewerker_naam) == (
        "aangemaakt",
        "jongere",
        j.id,
        "Test",
    )
    assert ["voornaam", None, "Yonas"] in audit.wijzigingen
    assert audit.tijd == datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
    (op,) = [o for o in outbox_rows(services.ctx.store) if o.entiteit_id == j.id]
    assert (op.soort, op.entiteit, op.local_rev, op.device_id) == ("upsert", "jongere", 1, "dev-1")
    assert op.payload["voornaam"] == "Yonas"
    assert op.payload["geboortedatum"] == "2009-06-15"
    assert op.payload["talen"] == ["Tigrinya", "Engels"]


def test_validation_error_writes_nothing(services: Services, locatie_id: str) -> None:
    before = counts(services.ctx.store)
    with pytest.raises(ValidationError) as info:
        services.jongeren.add(gegevens(locatie_id, voornaam="", kennismaking=date(2026, 2, 1)))
    assert info.value.codes == {Code.VERPLICHT, Code.KENNISMAKING_VOOR_PLAATSING}
    with pytest.raises(ValidationError) as missing:
        services.jongeren.add(gegevens("bestaat-niet"))
    assert missing.value.codes == {Code.NIET_GEVONDEN}
    assert counts(services.ctx.store) == before


def test_unknown_mentor_rolls_back_the_new_jongere(services: Services, locatie_id: str) -> None:
    before = counts(services.ctx.store)
    with pytest.raises(ValidationError) as info:
        services.jongeren.add(gegevens(locatie_id), mentor_id="bestaat-niet")
    assert info.value.codes == {Code.NIET_GEVONDEN}
    assert counts(services.ctx.store) == before


def test_update_records_field_changes_in_audit_and_outbox(services: Services, locatie_id: str) -> None:
    j = services.jongeren.add(gegevens(locatie_id))
    store = services.ctx.store
    n_audit, n_outbox = len(audit_rows(store)), len(outbox_rows(store))

    updated = services.jongeren.update(
        j.id, gegevens(locatie_id, roepnaam="Yoni", talen=("Tigrinya",), kennismaking=date(2026, 3, 3))
    )
    assert updated.gegevens.roepnaam == "Yoni"
    assert updated.naam == "Yoni Tesfay"

    new_audit = audit_rows(store)[n_audit:]
    assert len(new_audit) == 1
    assert new_audit[0].actie == "gewijzigd"
    trail = services.jongeren.audit_trail(j.id)
    assert trail[0].actie == "gewijzigd"
    assert set(trail[0].wijzigingen) == {
        Wijziging("roepnaam", "", "Yoni"),
        Wijziging("talen", "Tigrinya, Engels", "Tigrinya"),
        Wijziging("kennismaking", "2026-03-02", "2026-03-03"),
    }
    new_ops = outbox_rows(store)[n_outbox:]
    assert len(new_ops) == 1
    op = new_ops[0]
    assert (op.soort, op.entiteit, op.entiteit_id, op.local_rev) == ("upsert", "jongere", j.id, 2)
    assert op.payload["roepnaam"] == "Yoni"
    assert op.payload["kennismaking"] == "2026-03-03"
    with store.read() as s:
        row = s.get(m.Jongere, j.id)
        assert row is not None
        assert row.local_rev == 2


def test_update_that_changes_nothing_writes_nothing(services: Services, locatie_id: str) -> None:
    j = services.jongeren.add(gegevens(locatie_id))
    before = counts(services.ctx.store)
    services.jongeren.update(j.id, gegevens(locatie_id, voornaam=" Yonas  "))  # cleans to the same value
    assert counts(services.ctx.store) == before
    with services.ctx.store.read() as s:
        row = s.get(m.Jongere, j.id)
        assert row is not None
        assert row.local_rev == 1


def test_audit_and_outbox_are_one_transaction_with_the_edit(
    services: Services, locatie_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kso_desktop.services import recording

    j = services.jongeren.add(gegevens(locatie_id))
    before = counts(services.ctx.store)

    def broken_enqueue(*args: object, **kwargs: object) -> None:
        raise RuntimeError("outbox kapot")

    monkeypatch.setattr(recording, "enqueue", broken_enqueue)
    with pytest.raises(RuntimeError, match="outbox kapot"):
        services.jongeren.update(j.id, gegevens(locatie_id, roepnaam="Yoni"))
    assert counts(services.ctx.store) == before
    assert services.jongeren.get(j.id).gegevens.roepnaam == ""


def test_open_dossier_is_logged(services: Services, locatie_id: str) -> None:
    j = services.jongeren.add(gegevens(locatie_id))
    dossier = services.jongeren.open_dossier(j.id)
    assert dossier.id == j.id
    last = services.jongeren.audit_trail(j.id)[0]
    assert (last.actie, last.entiteit, last.entiteit_id, last.medewerker) == (
        "ingezien",
        "jongere",
        j.id,
        "Test",
    )
    services.jongeren.get(j.id)  # a plain get is not a dossier view
    assert [a.actie for a in services.jongeren.audit_trail(j.id)].count("ingezien") == 1


def test_unknown_jongere(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.jongeren.open_dossier("bestaat-niet")
    assert info.value.codes == {Code.NIET_GEVONDEN}
    assert "Jongere niet gevonden." in str(info.value)


def test_lijst_shows_age_mentor_jeugdbeschermer_and_next_item(services: Services, locatie_id: str) -> None:
    sanne = services.organisatie.add_medewerker(
        MedewerkerGegevens("Sanne de Vries", Rol.WOONBEGELEIDER, locatie_ids=(locatie_id,))
    )
    j = services.jongeren.add(gegevens(locatie_id), mentor_id=sanne.id)
    services.jongeren.add(
        gegevens(locatie_id, voornaam="Mohamed", achternaam="Ali", vertrek=date(2026, 3, 9))
    )
    blijft = services.jongeren.add(
        gegevens(locatie_id, voornaam="Aya", achternaam="Mansour", vertrek=date(2026, 3, 11))
    )

    rows = services.jongeren.lijst(locatie_id)
    assert [r.naam for r in rows] == ["Aya Mansour", "Yonas Tesfay"]
    (regel,) = [r for r in rows if r.id == j.id]
    assert regel.leeftijd == 16  # born 15-06-2009, on 10-03-2026
    assert regel.mentor == "Sanne de Vries"
    assert regel.jeugdbeschermer == "Lotte Smit"
    assert regel.locatie == "De Linde"
    assert regel.volgende is not None
    assert regel.volgende.kind is DueKind.BEGELEIDINGSPLAN
    assert regel.volgende.due == date(2026, 4, 13)  # kennismaking 2 March + 6 weeks
    assert {r.id for r in services.jongeren.lijst(locatie_id, met_vertrokken=True)} >= {j.id, blijft.id}
    assert len(services.jongeren.lijst(locatie_id, met_vertrokken=True)) == 3
    assert services.organisatie.locatie(locatie_id).naam == "De Linde"
    assert [loc.aantal_jongeren for loc in services.organisatie.locaties()] == [2]


def test_deadlines_sorted_by_date(services: Services, locatie_id: str) -> None:
    services.jongeren.add(gegevens(locatie_id, plaatsing=date(2026, 2, 1), kennismaking=date(2026, 2, 3)))
    services.jongeren.add(gegevens(locatie_id, voornaam="Aya", plaatsing=date(2026, 3, 5), kennismaking=None))
    # 17 on 1 June 2026: toekomstperspectief within the horizon.
    services.jongeren.add(
        gegevens(
            locatie_id,
            voornaam="Rahel",
            geboortedatum=date(2009, 6, 1),
            plaatsing=date(2025, 10, 1),
            kennismaking=None,
        )
    )
    services.jongeren.add(gegevens(locatie_id, voornaam="Weg", vertrek=date(2026, 3, 5)))
    deadlines = services.jongeren.deadlines()
    dues = [d.item.due for d in deadlines]
    assert dues == sorted(dues)
    assert dues[0] == date(2025, 11, 12)  # Rahel: plaatsing 1 October + 6 weeks, te laat
    assert {d.jongere_naam for d in deadlines} == {"Yonas Tesfay", "Aya Tesfay", "Rahel Tesfay"}
    assert {d.locatie for d in deadlines} == {"De Linde"}
    assert any(d.item.kind is DueKind.TOEKOMSTPERSPECTIEF for d in deadlines)


def test_act_as_attributes_changes_to_the_medewerker(services: Services, locatie_id: str) -> None:
    youssef = services.organisatie.add_medewerker(MedewerkerGegevens("Youssef Amrani", Rol.WOONBEGELEIDER))
    services.act_as(youssef.id)
    assert services.actor.naam == "Youssef Amrani"
    j = services.jongeren.add(gegevens(locatie_id))
    services.jongeren.open_dossier(j.id)
    rows = [a for a in audit_rows(services.ctx.store) if a.jongere_id == j.id]
    assert rows
    assert {(a.medewerker_id, a.medewerker_naam, a.device_id) for a in rows} == {
        (youssef.id, "Youssef Amrani", "dev-1")
    }
    (op,) = [o for o in outbox_rows(services.ctx.store) if o.entiteit_id == j.id]
    assert op.author_id == youssef.id
    with pytest.raises(ValidationError):
        services.act_as("bestaat-niet")
    assert services.actor.medewerker_id == youssef.id
