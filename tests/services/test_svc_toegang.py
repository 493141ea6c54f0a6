"""Signing in per medewerker: PINs, wrong attempts, lockout with an injected clock, admin reset, audit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kso_desktop.app import open_app
from kso_desktop.domain.entities import JongereGegevens, LocatieGegevens, MedewerkerGegevens
from kso_desktop.domain.enums import LocatieType, Rol
from kso_desktop.domain.validation import Code, ValidationError
from kso_desktop.services.context import Actor, Context
from kso_desktop.services.registry import Services
from kso_desktop.services.toegang import DEMO_PINCODE
from kso_desktop.storage import models as m
from kso_desktop.storage.engine import Store


class Klok:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.nu = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.nu


@pytest.fixture
def klok() -> Klok:
    return Klok()


@pytest.fixture
def svc(store: Store, klok: Klok) -> Services:
    return Services.create(Context(store, Actor(None, "Test", "dev-1"), clock=klok))


def _medewerker(svc: Services, naam: str, rol: Rol = Rol.WOONBEGELEIDER) -> str:
    return svc.organisatie.add_medewerker(MedewerkerGegevens(naam=naam, rol=rol)).id


def _audit(store: Store) -> list[m.AuditLog]:
    with store.read() as s:
        rows = list(s.scalars(select(m.AuditLog).where(m.AuditLog.entiteit == "medewerker_toegang")))
        s.expunge_all()
    return rows


def test_first_pin_then_sign_in_switches_the_actor(svc: Services, store: Store) -> None:
    sanne = _medewerker(svc, "Sanne de Vries")
    loc = svc.organisatie.add_locatie(LocatieGegevens(naam="De Linde", type=LocatieType.KWE))
    assert not svc.toegang.pincodes_in_gebruik()
    assert not svc.toegang.heeft_pin(sanne)
    svc.toegang.stel_pin_in(sanne, "582039")
    assert svc.toegang.heeft_pin(sanne) and svc.toegang.pincodes_in_gebruik()
    svc.toegang.aanmelden(sanne, "582039")
    assert svc.actor.medewerker_id == sanne and svc.actor.naam == "Sanne de Vries"
    # every service shares the switched actor: a change is on Sanne's name
    jongere = svc.jongeren.add(
        JongereGegevens(
            voornaam="Senait",
            achternaam="Haile",
            geboortedatum=date(2010, 4, 2),
            locatie_id=loc.id,
            plaatsing=date(2025, 9, 1),
        )
    )
    with store.read() as s:
        auteur = s.scalars(
            select(m.AuditLog.medewerker_naam).where(m.AuditLog.entiteit_id == jongere.id)
        ).one()
    assert auteur == "Sanne de Vries"
    acties = [r.actie for r in _audit(store)]
    assert acties == ["pincode_ingesteld", "aangemeld"]
    assert _audit(store)[-1].medewerker_id == sanne


def test_wrong_pin_is_refused_and_counted(svc: Services) -> None:
    sanne = _medewerker(svc, "Sanne de Vries")
    svc.toegang.stel_pin_in(sanne, "582039")
    with pytest.raises(ValidationError) as exc:
        svc.toegang.aanmelden(sanne, "582038")
    assert exc.value.codes == {Code.PINCODE_ONJUIST}
    assert "klopt niet" in exc.value.message
    assert svc.actor.medewerker_id is None


def test_five_wrong_attempts_block_even_the_right_pin_until_the_wait_is_over(
    svc: Services, klok: Klok
) -> None:
    sanne = _medewerker(svc, "Sanne de Vries")
    svc.toegang.stel_pin_in(sanne, "582039")
    meldingen = []
    for _ in range(5):
        with pytest.raises(ValidationError) as exc:
            svc.toegang.aanmelden(sanne, "999111")
        meldingen.append(exc.value.message)
    assert "Nog 1 poging voordat" in meldingen[3]
    assert meldingen[4] == "Te veel mislukte pogingen. Probeer het over 30 seconden opnieuw."
    klok.nu += timedelta(seconds=10)
    assert svc.toegang.status(sanne).wacht == timedelta(seconds=20)
    with pytest.raises(ValidationError) as exc:
        svc.toegang.aanmelden(sanne, "582039")
    assert exc.value.message == "Te veel mislukte pogingen. Probeer het over 20 seconden opnieuw."
    assert svc.actor.medewerker_id is None
    klok.nu += timedelta(seconds=20)
    # a sixth failure doubles the wait
    with pytest.raises(ValidationError) as exc:
        svc.toegang.aanmelden(sanne, "999111")
    assert exc.value.message == "Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw."
    klok.nu += timedelta(minutes=1)
    svc.toegang.aanmelden(sanne, "582039")
    assert svc.actor.medewerker_id == sanne
    # a success starts the count again
    with pytest.raises(ValidationError) as exc:
        svc.toegang.aanmelden(sanne, "999111")
    assert exc.value.codes == {Code.PINCODE_ONJUIST}


def test_unknown_medewerker_and_medewerker_without_pin(svc: Services) -> None:
    sanne = _medewerker(svc, "Sanne de Vries")
    with pytest.raises(ValidationError) as exc:
        svc.toegang.aanmelden("bestaat-niet", "582039")
    assert exc.value.message == "De pincode of het wachtwoord klopt niet."
    with pytest.raises(ValidationError) as exc:
        svc.toegang.aanmelden(sanne, "582039")
    assert exc.value.codes == {Code.PINCODE_GEEN}
    assert "Sanne de Vries" in exc.value.message


def test_changing_a_pin_needs_the_current_one(svc: Services) -> None:
    sanne = _medewerker(svc, "Sanne de Vries")
    svc.toegang.stel_pin_in(sanne, "582039")
    svc.toegang.aanmelden(sanne, "582039")
    with pytest.raises(ValidationError) as exc:
        svc.toegang.stel_pin_in(sanne, "730551")
    assert exc.value.codes == {Code.PINCODE_HUIDIGE_NODIG}
    with pytest.raises(ValidationError) as exc:
        svc.toegang.stel_pin_in(sanne, "730551", huidige="000001")
    assert exc.value.codes == {Code.PINCODE_ONJUIST}
    with pytest.raises(ValidationError) as exc:
        svc.toegang.stel_pin_in(sanne, "123456", huidige="582039")
    assert exc.value.codes == {Code.PINCODE_EENVOUDIG}
    svc.toegang.stel_pin_in(sanne, "730551", huidige="582039")
    with pytest.raises(ValidationError):
        svc.toegang.aanmelden(sanne, "582039")
    svc.toegang.aanmelden(sanne, "730551")


def test_only_an_admin_resets_another_medewerkers_pin(svc: Services, store: Store) -> None:
    sanne = _medewerker(svc, "Sanne de Vries")
    ruben = _medewerker(svc, "Ruben Bakker")
    beheer = _medewerker(svc, "Anouk Beheer", Rol.ADMIN)
    for mid, pin in ((sanne, "582039"), (ruben, "664013"), (beheer, "907153")):
        svc.toegang.stel_pin_in(mid, pin)
    svc.toegang.aanmelden(ruben, "664013")
    with pytest.raises(ValidationError) as exc:
        svc.toegang.stel_pin_in(sanne, "730551")
    assert exc.value.codes == {Code.PINCODE_ALLEEN_BEHEERDER}
    # Sanne locked herself out; the admin resets her PIN, and the block is lifted
    for _ in range(5):
        with pytest.raises(ValidationError):
            svc.toegang.aanmelden(sanne, "000007")
    svc.toegang.aanmelden(beheer, "907153")
    svc.toegang.stel_pin_in(sanne, "730551")
    assert svc.toegang.status(sanne).wacht == timedelta(0)
    svc.toegang.aanmelden(sanne, "730551")
    assert svc.actor.medewerker_id == sanne
    hersteld = [r for r in _audit(store) if r.actie == "pincode_hersteld"]
    assert [(r.medewerker_id, r.entiteit_id) for r in hersteld] == [(beheer, sanne)]


def test_audit_rows_never_hold_the_pin_or_its_hash(svc: Services, store: Store) -> None:
    sanne = _medewerker(svc, "Sanne de Vries")
    svc.toegang.stel_pin_in(sanne, "582039")
    for _ in range(5):
        with pytest.raises(ValidationError):
            svc.toegang.aanmelden(sanne, "441907")
    with store.read() as s:
        verifier = s.get(m.MedewerkerToegang, sanne).verifier  # type: ignore[union-attr]
        rows = list(s.scalars(select(m.AuditLog)))
        outbox = list(s.scalars(select(m.OutboxOp)))
        assert verifier.startswith("$argon2id$")
        tekst = repr([(r.actie, r.entiteit, r.entiteit_id, r.wijzigingen) for r in rows])
        acties = [r.actie for r in rows if r.entiteit == "medewerker_toegang"]
    for geheim in ("582039", "441907", verifier, "$argon2"):
        assert geheim not in tekst
    assert acties == ["pincode_ingesteld"] + ["aanmelden_mislukt"] * 5 + ["geblokkeerd"]
    assert all(r.jongere_id is None for r in rows if r.entiteit == "medewerker_toegang")
    assert all(op.entiteit != "medewerker_toegang" for op in outbox)  # local only: never synced


def test_lock_minutes_setting(svc: Services) -> None:
    assert svc.toegang.vergrendelen_na() == 5
    svc.toegang.stel_vergrendelen_in(12)
    assert svc.toegang.vergrendelen_na() == 12
    with pytest.raises(ValidationError) as exc:
        svc.toegang.stel_vergrendelen_in(0)
    assert exc.value.codes == {Code.VERGRENDELEN_MINUTEN}
    assert svc.toegang.vergrendelen_na() == 12


def test_demo_medewerkers_sign_in_with_the_demo_pin(tmp_path: Path) -> None:
    services, _key = open_app(tmp_path, demo=True)
    try:
        assert services.toegang.is_demo() and services.toegang.pincodes_in_gebruik()
        for w in services.organisatie.medewerkers(alleen_actief=True):
            services.toegang.aanmelden(w.id, DEMO_PINCODE)
            assert services.actor.medewerker_id == w.id
    finally:
        services.ctx.store.close()


def test_a_real_database_is_not_the_demo(svc: Services) -> None:
    assert not svc.toegang.is_demo()
