"""Recording what happened (plan vastgesteld, driegesprek, ...) moves the kwaliteitskader deadlines."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from kso_desktop.domain.entities import Jongere, JongereGegevens, LocatieGegevens
from kso_desktop.domain.enums import GebeurtenisSoort, LocatieType
from kso_desktop.domain.rules import DueKind
from kso_desktop.domain.validation import Code, ValidationError
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

# The services fixture's clock says 10 March 2026.


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
        )
    )


def _due(jongere: Jongere) -> dict[DueKind, date]:
    return {item.kind: item.due for item in jongere.due}


def test_recording_the_plan_and_a_driegesprek_moves_the_deadlines(services: Services):
    jongere = _jongere(services)
    before = _due(jongere)
    assert before[DueKind.BEGELEIDINGSPLAN] == date(2025, 10, 14)  # 6 weeks after kennismaking (1.1a)
    assert before[DueKind.DRIEGESPREK] == date(2025, 10, 14)  # first one within 6 weeks (1.2b)

    services.jongeren.record_event(
        jongere.id, GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD, date(2025, 10, 10)
    )
    after = services.jongeren.record_event(
        jongere.id, GebeurtenisSoort.DRIEGESPREK, date(2025, 12, 31), "verslag op papier"
    )

    due = _due(after)
    assert DueKind.BEGELEIDINGSPLAN not in due
    assert due[DueKind.DRIEGESPREK] == date(2026, 3, 31)  # three months after the last one, clamped
    assert [(g.soort, g.datum, g.notitie) for g in after.gebeurtenissen] == [
        (GebeurtenisSoort.DRIEGESPREK, date(2025, 12, 31), "verslag op papier"),
        (GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD, date(2025, 10, 10), ""),
    ]
    row = next(r for r in services.jongeren.lijst() if r.id == jongere.id)
    assert row.volgende is not None and row.volgende.kind == DueKind.DRIEGESPREK


def test_an_event_is_audited_and_queued_for_the_portal_in_the_same_unit(services: Services):
    jongere = _jongere(services)
    after = services.jongeren.record_event(jongere.id, GebeurtenisSoort.DRIEGESPREK, date(2026, 1, 5))
    event_id = after.gebeurtenissen[0].id
    trail = services.jongeren.audit_trail(jongere.id)
    assert trail[0].actie == "aangemaakt" and trail[0].entiteit == "gebeurtenis"
    assert ("datum", None, "2026-01-05") in [(w.veld, w.oud, w.nieuw) for w in trail[0].wijzigingen]
    with services.ctx.store.read() as s:
        ops = list(s.scalars(select(m.OutboxOp).where(m.OutboxOp.entiteit_id == event_id)))
    assert [(o.soort, o.payload["soort"], o.payload["datum"]) for o in ops] == [
        ("upsert", "driegesprek", "2026-01-05")
    ]


@pytest.mark.parametrize(
    ("day", "code"),
    [(date(2026, 3, 11), Code.DATUM_IN_TOEKOMST), (date(2025, 8, 31), Code.DATUM_VOOR_PLAATSING)],
)
def test_impossible_event_dates_are_refused_and_nothing_is_written(services: Services, day: date, code: Code):
    jongere = _jongere(services)
    with services.ctx.store.read() as s:
        counts = (
            s.scalar(select(func.count()).select_from(m.Gebeurtenis)),
            s.scalar(select(func.count()).select_from(m.AuditLog)),
        )
    with pytest.raises(ValidationError) as raised:
        services.jongeren.record_event(jongere.id, GebeurtenisSoort.DRIEGESPREK, day)
    assert raised.value.codes == {code}
    assert "Datum" in raised.value.message
    with services.ctx.store.read() as s:
        assert (
            s.scalar(select(func.count()).select_from(m.Gebeurtenis)),
            s.scalar(select(func.count()).select_from(m.AuditLog)),
        ) == counts


def test_withdrawing_keeps_a_tombstone_and_restores_the_deadline(services: Services):
    jongere = _jongere(services)
    recorded = services.jongeren.record_event(
        jongere.id, GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD, date(2025, 10, 1)
    )
    assert DueKind.BEGELEIDINGSPLAN not in _due(recorded)
    event_id = recorded.gebeurtenissen[0].id

    after = services.jongeren.withdraw_event(jongere.id, event_id)

    assert after.gebeurtenissen == ()
    assert _due(after)[DueKind.BEGELEIDINGSPLAN] == date(2025, 10, 14)
    with services.ctx.store.read() as s:
        row = s.get(m.Gebeurtenis, event_id)
        assert row is not None and row.deleted_at is not None  # kept as a tombstone for the portal
        last_op = s.scalars(
            select(m.OutboxOp).where(m.OutboxOp.entiteit_id == event_id).order_by(m.OutboxOp.seq.desc())
        ).first()
    assert last_op is not None and last_op.soort == "delete"
    assert services.jongeren.audit_trail(jongere.id)[0].actie == "verwijderd"


def test_an_event_of_another_jongere_cannot_be_withdrawn_through_this_one(services: Services):
    eerste = _jongere(services)
    tweede = services.jongeren.add(
        JongereGegevens(
            voornaam="Tewelde",
            achternaam="Kahsay",
            geboortedatum=date(2009, 1, 1),
            locatie_id=eerste.gegevens.locatie_id,
            plaatsing=date(2025, 9, 1),
        )
    )
    event = services.jongeren.record_event(
        tweede.id, GebeurtenisSoort.DRIEGESPREK, date(2026, 1, 1)
    ).gebeurtenissen[0]
    with pytest.raises(ValidationError) as raised:
        services.jongeren.withdraw_event(eerste.id, event.id)
    assert raised.value.codes == {Code.NIET_GEVONDEN}
    assert services.jongeren.get(tweede.id).gebeurtenissen[0].id == event.id
