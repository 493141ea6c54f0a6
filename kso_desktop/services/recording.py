"""Audit rows and outbox ops, written inside the caller's unit of work."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from kso_desktop.domain.entities import Wijziging
from kso_desktop.domain.enums import SyncState
from kso_desktop.services.context import Context
from kso_desktop.storage import models as m


def snapshot(row: m.SyncMixin) -> dict[str, Any]:
    """The content columns of a row as JSON-ready values (bookkeeping left out)."""
    mapper = inspect(type(row))
    out: dict[str, Any] = {}
    for attr in mapper.column_attrs:
        if attr.key in m.SyncMixin.BOOKKEEPING:
            continue
        value = getattr(row, attr.key)
        if isinstance(value, (date, datetime)):
            value = value.isoformat()
        elif isinstance(value, list):
            value = list(value)
        out[attr.key] = value
    return out


def diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[Wijziging, ...]:
    keys = sorted(set(before) | set(after))
    return tuple(
        Wijziging(k, _text(before.get(k)), _text(after.get(k))) for k in keys if before.get(k) != after.get(k)
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def audit(
    session: Session,
    ctx: Context,
    *,
    actie: str,
    entiteit: str,
    entiteit_id: str,
    jongere_id: str | None,
    wijzigingen: tuple[Wijziging, ...] = (),
) -> None:
    session.add(
        m.AuditLog(
            tijd=ctx.now(),
            medewerker_id=ctx.actor.medewerker_id,
            medewerker_naam=ctx.actor.naam,
            device_id=ctx.actor.device_id,
            actie=actie,
            entiteit=entiteit,
            entiteit_id=entiteit_id,
            jongere_id=jongere_id,
            wijzigingen=[[w.veld, w.oud, w.nieuw] for w in wijzigingen],
        )
    )


def touch(row: m.SyncMixin, ctx: Context, *, new: bool) -> None:
    """Stamp author, device and revision on a row that is about to be written."""
    row.author_id = ctx.actor.medewerker_id
    row.device_id = ctx.actor.device_id
    row.updated_at = ctx.now()
    if new:
        row.created_at = ctx.now()
        row.local_rev = 1
        row.sync_state = SyncState.LOCAL.value
    else:
        row.local_rev = (row.local_rev or 0) + 1
        if row.sync_state == SyncState.SYNCED.value:
            row.sync_state = SyncState.PENDING.value


def enqueue(session: Session, ctx: Context, row: m.SyncMixin, *, soort: str = "upsert") -> None:
    """Put the row's new state in the outbox, in the same transaction as the edit."""
    session.flush()
    session.add(
        m.OutboxOp(
            entiteit=getattr(row, "__tablename__"),  # noqa: B009 - declared on each model class
            entiteit_id=row.id,
            soort=soort,
            base_version=row.server_version,
            local_rev=row.local_rev,
            payload=snapshot(row),
            author_id=ctx.actor.medewerker_id,
            device_id=ctx.actor.device_id,
            created_at=ctx.now(),
        )
    )


def save_new(session: Session, ctx: Context, row: m.SyncMixin, *, jongere_id: str | None) -> None:
    """Add a new syncing row with its audit row and outbox op."""
    touch(row, ctx, new=True)
    session.add(row)
    session.flush()
    name = getattr(row, "__tablename__")  # noqa: B009
    audit(
        session,
        ctx,
        actie="aangemaakt",
        entiteit=name,
        entiteit_id=row.id,
        jongere_id=jongere_id,
        wijzigingen=diff({}, snapshot(row)),
    )
    enqueue(session, ctx, row)


def save_changes(
    session: Session,
    ctx: Context,
    row: m.SyncMixin,
    before: dict[str, Any],
    *,
    jongere_id: str | None,
    soort: str = "upsert",
) -> tuple[Wijziging, ...]:
    """Audit and enqueue an edited (or, with ``soort="delete"``, tombstoned) row.

    An edit that changes nothing writes nothing.
    """
    changes = diff(before, snapshot(row))
    if not changes:
        return changes
    touch(row, ctx, new=False)
    name = getattr(row, "__tablename__")  # noqa: B009
    actie = "verwijderd" if soort == "delete" else "gewijzigd"
    audit(
        session,
        ctx,
        actie=actie,
        entiteit=name,
        entiteit_id=row.id,
        jongere_id=jongere_id,
        wijzigingen=changes,
    )
    enqueue(session, ctx, row, soort=soort)
    return changes
