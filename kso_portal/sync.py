"""Push and pull: the server half of the sync protocol (PROTOCOL.md; sync-protocol §5.3-5.7).

Each op is applied in its own transaction, which starts by bumping the tenant's version counter
(``UPDATE organisaties SET version = version + 1 ... RETURNING``). On PostgreSQL that row lock
serialises writers per tenant, so version order equals commit order and a change feed read by version
never skips a late commit. An op that writes nothing rolls back, so versions stay gapless.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, select, update
from sqlalchemy.orm import Session

from kso_desktop.domain.rechten import Actie, weigering
from kso_portal import models as m
from kso_portal import rechten
from kso_portal.auth import AuthUser
from kso_portal.db import Database
from kso_portal.schemas import PushOp, sha256_of

log = logging.getLogger("kso_portal.sync")

#: Server-owned roster types: they come down from the portal, never up from a laptop (§5.1).
ROSTER_TYPES = frozenset({"organisatie", "locatie", "medewerker"})
JONGERE = "jongere"


class OpIdReusedError(Exception):
    """An ``op_id`` came back with a different request: a client bug, refused as a whole (422)."""

    def __init__(self, op_id: str) -> None:
        super().__init__(op_id)
        self.op_id = op_id


class _NoWrite(Exception):  # noqa: N818 - control flow that carries a result, not an error
    """Ends an op's transaction without writing (the version bump rolls back) with this result."""

    def __init__(self, result: dict[str, Any]) -> None:
        super().__init__(result.get("status"))
        self.result = result


@dataclass(frozen=True, slots=True)
class Tenant:
    version: int
    epoch: str


def tenant_state(s: Session, organisatie_id: str) -> Tenant:
    org = s.get(m.Organisatie, organisatie_id)
    assert org is not None
    return Tenant(org.version, org.epoch)


def _bump(s: Session, organisatie_id: str) -> int:
    version = s.execute(
        update(m.Organisatie)
        .where(m.Organisatie.id == organisatie_id)
        .values(version=m.Organisatie.version + 1)
        .returning(m.Organisatie.version)
    ).scalar_one()
    return int(version)


def record_json(rec: m.Record, conflicts: Iterable[m.ConflictRevision] = ()) -> dict[str, Any]:
    """A record as the feed and the read endpoints show it, with its open conflicts."""
    return {**m.record_fields(rec), "open_conflicts": [conflict_json(c) for c in conflicts]}


def conflict_json(c: m.ConflictRevision) -> dict[str, Any]:
    return {
        "conflict_id": c.id,
        "reason": c.reason,
        "base_version": c.base_version,
        "current_version": c.current_version,
        "deleted": c.deleted,
        "payload": c.payload,
        "author": c.author,
        "op_id": c.op_id,
        "created_at": c.created_at.isoformat(),
    }


def open_conflicts(
    s: Session, organisatie_id: str, uuids: list[str] | Select[Any]
) -> dict[str, list[m.ConflictRevision]]:
    """Open conflicts of the given records (a list of uuids or a query selecting them), oldest first."""
    out: dict[str, list[m.ConflictRevision]] = {}
    if isinstance(uuids, list) and not uuids:
        return out
    rows = s.scalars(
        select(m.ConflictRevision)
        .where(
            m.ConflictRevision.organisatie_id == organisatie_id,
            m.ConflictRevision.record_uuid.in_(uuids),
            m.ConflictRevision.status == "open",
        )
        .order_by(m.ConflictRevision.created_at, m.ConflictRevision.id)
    )
    for c in rows:
        out.setdefault(c.record_uuid, []).append(c)
    return out


# ---------------------------------------------------------------------------------------------- pull


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _feed_entry(row: Any, conflicts: list[m.ConflictRevision] | None) -> str:
    """One change as JSON text: the stored entry with its open conflicts added."""
    extra = _dumps([conflict_json(c) for c in conflicts]) if conflicts else "[]"
    text: str = row.feed_json
    return text[:-1] + ',"open_conflicts":' + extra + "}"


def changes_json(db: Database, user: AuthUser, since: int, limit: int, service: str) -> bytes:
    """The whole ``GET /sync/changes`` answer as bytes (the API's largest, so built without pydantic)."""
    page = changes(db, user, since, limit)
    entries: list[str] = page.pop("changes")
    head = _dumps({"service": service, **page})
    return (head[:-1] + ',"changes":[' + ",".join(entries) + "]}").encode()


def changes(db: Database, user: AuthUser, since: int, limit: int) -> dict[str, Any]:
    """One page of the change feed: records of the caller's locations with ``since < version``.

    ``changes`` holds each record as JSON text (see ``changes_json``)."""
    org_id = user.organisatie_id
    scope = sorted(user.locatie_ids)
    with db.read() as s:
        # Read the counter first: every version up to it is committed (commit order = version order), so
        # the page below can never miss a record that commits later with a smaller version.
        tenant = tenant_state(s, org_id)
        top = tenant.version
        # Plain rows of stored entry text, not ORM objects: this is the feed's hot path.
        base = select(m.Record.uuid, m.Record.version, m.Record.feed_json).where(
            m.Record.organisatie_id == org_id,
            m.Record.locatie_id.in_(scope),
            m.Record.version > since,
            m.Record.version <= top,
        )
        rows = list(s.execute(base.order_by(m.Record.version, m.Record.uuid).limit(limit + 1)))
        has_more = len(rows) > limit
        if has_more:
            rows = rows[:limit]
            last = rows[-1].version
            # Never split one version (one transaction) over two pages: the cursor is a version.
            seen = {r.uuid for r in rows}
            rest = s.execute(base.where(m.Record.version == last).order_by(m.Record.uuid))
            rows.extend(r for r in rest if r.uuid not in seen)
            cursor = last
        else:
            cursor = max(top, since)
        # The page is exactly the records in scope with since < version <= min(cursor, top): their open
        # conflicts in one query over that range, not an IN list of thousands of bound uuids.
        page_uuids = select(m.Record.uuid).where(
            m.Record.organisatie_id == org_id,
            m.Record.locatie_id.in_(scope),
            m.Record.version > since,
            m.Record.version <= min(cursor, top),
        )
        conflicts = open_conflicts(s, org_id, page_uuids) if rows else {}
        moved = s.scalars(
            select(m.ScopeEvent)
            .where(
                m.ScopeEvent.organisatie_id == org_id,
                m.ScopeEvent.version > since,
                m.ScopeEvent.version <= cursor,
                m.ScopeEvent.van_locatie_id.in_(scope),
                m.ScopeEvent.naar_locatie_id.not_in(scope),
            )
            .order_by(m.ScopeEvent.version)
        )
        removed = [{"jongere_id": e.jongere_id, "version": e.version} for e in moved]
        out = [_feed_entry(r, conflicts.get(r.uuid)) for r in rows]
    log.info(
        "changes user=%s since=%d count=%d cursor=%d more=%s", user.id, since, len(out), cursor, has_more
    )
    return {
        "changes": out,
        "removed_youth": removed,
        "next_cursor": cursor,
        "has_more": has_more,
        "max_version": top,
        "server_epoch": tenant.epoch,
    }


# ---------------------------------------------------------------------------------------------- push


def push(db: Database, user: AuthUser, ops: list[PushOp], now: datetime) -> dict[str, Any]:
    hashes: dict[str, str] = {}
    for op in ops:
        h = op.request_sha256()
        if hashes.setdefault(op.op_id, h) != h:
            raise OpIdReusedError(op.op_id)
    # Refuse a reused op_id before anything of the batch is applied (the per-op check below still holds).
    with db.read() as s:
        stored = s.execute(
            select(m.OpResult.op_id, m.OpResult.request_sha256).where(
                m.OpResult.organisatie_id == user.organisatie_id, m.OpResult.op_id.in_(list(hashes))
            )
        )
        for op_id, h in stored:
            if h != hashes[op_id]:
                raise OpIdReusedError(op_id)
    results = [_apply(db, user, op, hashes[op.op_id], now) for op in ops]
    with db.read() as s:
        tenant = tenant_state(s, user.organisatie_id)
    counts: dict[str, int] = {}
    for r in results:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    log.info(
        "push user=%s ops=%d %s", user.id, len(ops), " ".join(f"{k}={v}" for k, v in sorted(counts.items()))
    )
    return {"results": results, "max_version": tenant.version, "server_epoch": tenant.epoch}


def _apply(db: Database, user: AuthUser, op: PushOp, request_sha: str, now: datetime) -> dict[str, Any]:
    try:
        with db.write() as s:
            version = _bump(s, user.organisatie_id)
            prior = s.get(m.OpResult, (user.organisatie_id, op.op_id))
            if prior is not None:
                if prior.request_sha256 != request_sha:
                    raise OpIdReusedError(op.op_id)
                if prior.result["status"] == "gone":  # purged since: the record must not come back
                    raise _NoWrite({"op_id": op.op_id, "status": "gone", "reason": "purged"})
                raise _NoWrite(
                    {**prior.result, "status": "duplicate", "original_status": prior.result["status"]}
                )
            result = _write(s, user, op, version, now)
            s.add(
                m.OpResult(
                    organisatie_id=user.organisatie_id,
                    op_id=op.op_id,
                    request_sha256=request_sha,
                    record_uuid=result.get("uuid"),
                    result=result,
                    created_at=now,
                )
            )
            return result
    except _NoWrite as done:
        return done.result


def _rejected(op: PushOp, code: str, message_nl: str) -> _NoWrite:
    return _NoWrite({"op_id": op.op_id, "status": "rejected", "code": code, "message_nl": message_nl})


def _not_found(op: PushOp) -> _NoWrite:
    # The same answer whether the record is elsewhere or nowhere: never confirm another location's data.
    return _rejected(op, "not_found", "Onbekend record of geen toegang.")


def _scope_of_op(s: Session, user: AuthUser, op: PushOp, rec: m.Record | None) -> tuple[str, str | None]:
    """The (locatie_id, jongere_id) a write lands in, checked against the caller's locations."""
    if op.type == JONGERE:
        loc = op.payload.get("locatie_id") if not op.deleted else (rec.locatie_id if rec else None)
        if not isinstance(loc, str) or not loc:
            raise _rejected(op, "validation", "Een jongere heeft een locatie nodig (payload.locatie_id).")
        if loc not in user.locatie_ids:
            raise _rejected(op, "forbidden", "Je hebt geen toegang tot deze locatie.")
        return loc, op.uuid
    jongere_id = op.jongere_id or (rec.jongere_id if rec else None)
    if rec is not None and op.jongere_id is not None and rec.jongere_id != op.jongere_id:
        raise _rejected(op, "validation", "Een record kan niet naar een andere jongere verhuizen.")
    if jongere_id is not None:
        jongere = s.get(m.Record, (user.organisatie_id, jongere_id))
        if jongere is None or jongere.type != JONGERE or jongere.locatie_id not in user.locatie_ids:
            raise _rejected(op, "unknown_jongere", "Onbekende jongere of geen toegang.")
        if jongere.purged:
            raise _NoWrite({"op_id": op.op_id, "status": "gone", "reason": "purged"})
        return jongere.locatie_id, jongere_id
    loc = rec.locatie_id if rec else (op.locatie_id or op.payload.get("locatie_id"))
    if not isinstance(loc, str) or not loc:
        raise _rejected(
            op, "validation", "Een record hoort bij een jongere (jongere_id) of een locatie (locatie_id)."
        )
    if loc not in user.locatie_ids:
        raise _rejected(op, "forbidden", "Je hebt geen toegang tot deze locatie.")
    return loc, None


def _check_author(s: Session, user: AuthUser, op: PushOp, locatie_id: str) -> m.User | None:
    """An author who is a portal user must belong to the record's location (§5.8 attribution).

    Returns that verified author (None for other author ids: a laptop's own medewerker id before that
    person ever logged in is recorded as given, next to ``pushed_by``, the authenticated user).
    """
    author = s.get(m.User, op.author) if len(op.author) == 36 else None
    if author is None or author.organisatie_id != user.organisatie_id:
        return None
    if author.rol == "admin":
        return author
    member = s.get(m.Lidmaatschap, (author.id, locatie_id))
    if member is None:
        raise _rejected(op, "author", "De auteur werkt niet op de locatie van dit record.")
    return author


def _history(s: Session, rec: m.Record, op: PushOp, user: AuthUser, now: datetime) -> None:
    s.add(
        m.RecordHistory(
            organisatie_id=rec.organisatie_id,
            uuid=rec.uuid,
            version=rec.version,
            deleted=rec.deleted,
            payload=rec.payload,
            author=rec.author,
            pushed_by=user.id,
            op_id=op.op_id,
            created_at=now,
        )
    )


def _conflict(
    s: Session, rec: m.Record, op: PushOp, user: AuthUser, *, version: int, reason: str, now: datetime
) -> dict[str, Any]:
    """Keep the stale write as a conflict revision; the record's version moves so the feed carries it."""
    revision = m.ConflictRevision(
        id=m.new_id(),
        organisatie_id=rec.organisatie_id,
        record_uuid=rec.uuid,
        reason=reason,
        base_version=op.base_version,
        current_version=version,
        deleted=op.deleted,
        payload=op.payload,
        author=op.author,
        pushed_by=user.id,
        op_id=op.op_id,
        created_at=now,
    )
    s.add(revision)
    rec.version = version
    s.flush()
    return {
        "op_id": op.op_id,
        "status": "conflict",
        "reason": reason,
        "conflict_id": revision.id,
        "uuid": rec.uuid,
        "current_version": version,
        "current": record_json(rec, open_conflicts(s, rec.organisatie_id, [rec.uuid]).get(rec.uuid, ())),
    }


def _applied(op: PushOp, rec: m.Record) -> dict[str, Any]:
    return {"op_id": op.op_id, "status": "applied", "uuid": rec.uuid, "version": rec.version}


def _write(s: Session, user: AuthUser, op: PushOp, version: int, now: datetime) -> dict[str, Any]:
    org = user.organisatie_id
    if op.type in ROSTER_TYPES:
        raise _rejected(op, "read_only", "Dit soort gegevens wordt in het portaal beheerd.")
    if op.purge:
        return _purge_op(s, user, op, version)
    rec = s.get(m.Record, (org, op.uuid))
    if rec is not None and rec.locatie_id not in user.locatie_ids:
        raise _not_found(op)
    if rec is not None and rec.purged:
        raise _NoWrite({"op_id": op.op_id, "status": "gone", "reason": "purged"})
    if rec is not None and rec.type != op.type:
        raise _rejected(op, "validation", "Dit id hoort bij een ander soort record.")
    if op.deleted and op.immutable:
        raise _rejected(op, "validation", "Een inzending kan niet tegelijk verwijderd worden.")
    locatie_id, jongere_id = _scope_of_op(s, user, op, rec)
    author = _check_author(s, user, op, locatie_id)
    if rechten.raakt_gevoelig(
        op.type, op.payload, rec.payload if rec else None, op.deleted
    ) and not rechten.mag_schrijven(s, user, jongere_id, rechten.vandaag(now), auteur=author):
        # The same rule as on the laptop (kso_desktop.domain.rechten), in the same Dutch words.
        raise _rejected(op, "forbidden_part", weigering(Actie.GEVOELIG_SCHRIJVEN))
    payload_sha = sha256_of(op.payload)

    if rec is None:
        if op.deleted:
            # Deleting something the portal never had: nothing to keep, and the client can drop it.
            raise _NoWrite({"op_id": op.op_id, "status": "gone", "reason": "unknown"})
        if op.supersedes is not None:
            old = s.get(m.Record, (org, op.supersedes))
            if old is None or old.locatie_id not in user.locatie_ids or not old.immutable or old.deleted:
                raise _rejected(
                    op, "supersedes", "De versie die dit vervangt is onbekend of niet definitief."
                )
            if old.superseded_by is not None:
                head = s.get(m.Record, (org, old.superseded_by))
                assert head is not None
                # Someone corrected it first: keep this correction beside theirs (ODK 409.9).
                return _conflict(s, head, op, user, version=version, reason="superseded", now=now)
            old.superseded_by = op.uuid
            old.version = version
        rec = m.Record(
            organisatie_id=org,
            uuid=op.uuid,
            type=op.type,
            jongere_id=jongere_id,
            locatie_id=locatie_id,
            version=version,
            deleted=False,
            immutable=op.immutable,
            supersedes=op.supersedes,
            payload=op.payload,
            payload_sha256=payload_sha,
            author=op.author,
            pushed_by=user.id,
            updated_at=now,
        )
        s.add(rec)
        s.flush()
        _history(s, rec, op, user, now)
        return _applied(op, rec)

    if rec.immutable:
        if op.immutable and not op.deleted and payload_sha == rec.payload_sha256:
            raise _NoWrite(
                {"op_id": op.op_id, "status": "duplicate", "uuid": rec.uuid, "version": rec.version}
            )
        return _conflict(s, rec, op, user, version=version, reason="immutable", now=now)
    if rec.deleted:
        if op.deleted:
            raise _NoWrite(
                {"op_id": op.op_id, "status": "duplicate", "uuid": rec.uuid, "version": rec.version}
            )
        if op.base_version != rec.version:
            return _conflict(s, rec, op, user, version=version, reason="deleted", now=now)
    elif op.base_version != rec.version:
        return _conflict(s, rec, op, user, version=version, reason="stale", now=now)

    # base_version is current: apply (an upsert on a tombstone at its version restores the record).
    if op.type == JONGERE and locatie_id != rec.locatie_id:
        _move_jongere(s, org, rec, locatie_id, version)
    rec.version = version
    rec.deleted = op.deleted
    rec.immutable = op.immutable
    if op.deleted:
        rec.payload = {}
        rec.payload_sha256 = sha256_of({})
    else:
        rec.payload = op.payload
        rec.payload_sha256 = payload_sha
    rec.author = op.author
    rec.pushed_by = user.id
    rec.updated_at = now
    if op.resolves:
        s.execute(
            update(m.ConflictRevision)
            .where(
                m.ConflictRevision.organisatie_id == org,
                m.ConflictRevision.record_uuid == rec.uuid,
                m.ConflictRevision.id.in_(op.resolves),
                m.ConflictRevision.status == "open",
            )
            .values(status="resolved", resolved_version=version)
        )
    s.flush()
    _history(s, rec, op, user, now)
    return _applied(op, rec)


def _move_jongere(s: Session, org: str, rec: m.Record, naar: str, version: int) -> None:
    """A jongere moves: all their records follow, at this version, so the new location's laptops get them
    all and the old location's feed lists the jongere in ``removed_youth``."""
    s.add(
        m.ScopeEvent(
            organisatie_id=org,
            version=version,
            jongere_id=rec.uuid,
            van_locatie_id=rec.locatie_id,
            naar_locatie_id=naar,
        )
    )
    others = s.scalars(
        select(m.Record).where(
            m.Record.organisatie_id == org, m.Record.jongere_id == rec.uuid, m.Record.uuid != rec.uuid
        )
    )
    for other in others:  # ORM updates, so each one's feed entry is refreshed
        other.locatie_id = naar
        other.version = version
    rec.locatie_id = naar


# ---------------------------------------------------------------------------------------------- purge


#: Roles that may destroy a jongere's data from a laptop (a push op with ``purge``).
PURGE_ROLES = frozenset({"admin", "teamleider"})


def _purge_op(s: Session, user: AuthUser, op: PushOp, version: int) -> dict[str, Any]:
    """A laptop's destruction on request: purge like ``kso-portal purge``, for a beheerder only."""
    if op.type != JONGERE:
        raise _rejected(op, "validation", "Alleen een jongere als geheel kan worden vernietigd.")
    rec = s.get(m.Record, (user.organisatie_id, op.uuid))
    if rec is None:
        raise _NoWrite({"op_id": op.op_id, "status": "gone", "reason": "unknown"})
    if rec.type != JONGERE or rec.locatie_id not in user.locatie_ids:
        raise _not_found(op)
    # The login of a shared laptop is often not the person who destroyed: a verified author counts too.
    author = _check_author(s, user, op, rec.locatie_id)
    if user.rol not in PURGE_ROLES and (author is None or author.rol not in PURGE_ROLES):
        raise _rejected(
            op, "forbidden", "Alleen een beheerder of teamleider mag gegevens op het portaal vernietigen."
        )
    if not rec.purged:
        _purge_in(s, user.organisatie_id, op.uuid, version)
    return {"op_id": op.op_id, "status": "gone", "reason": "purged", "uuid": op.uuid}


def purge_jongere(db: Database, organisatie_id: str, jongere_id: str) -> int:
    """AVG erasure of a jongere and all their records: the content goes, the uuids stay (as ``purged``)
    so a laptop can never bring them back (any later op gets ``gone``). Returns the number of records."""
    with db.write() as s:
        jongere = s.get(m.Record, (organisatie_id, jongere_id))
        if jongere is None or jongere.type != JONGERE:
            return 0
        version = _bump(s, organisatie_id)
        count = _purge_in(s, organisatie_id, jongere_id, version)
    return count


def _purge_in(s: Session, organisatie_id: str, jongere_id: str, version: int) -> int:
    """The purge itself, inside the caller's transaction at ``version``."""
    empty = sha256_of({})
    rows = list(
        s.scalars(
            select(m.Record).where(
                m.Record.organisatie_id == organisatie_id, m.Record.jongere_id == jongere_id
            )
        )
    )
    uuids = [r.uuid for r in rows]
    for rec in rows:  # ORM updates, so each one's stored feed entry is rewritten without the content
        rec.purged = rec.deleted = True
        rec.payload = {}
        rec.payload_sha256 = empty
        rec.author = ""
        rec.version = version
    s.execute(
        update(m.RecordHistory)
        .where(m.RecordHistory.organisatie_id == organisatie_id, m.RecordHistory.uuid.in_(uuids))
        .values(payload={}, author="")
    )
    s.execute(
        delete(m.ConflictRevision).where(
            m.ConflictRevision.organisatie_id == organisatie_id, m.ConflictRevision.record_uuid.in_(uuids)
        )
    )
    s.execute(
        update(m.OpResult)
        .where(m.OpResult.organisatie_id == organisatie_id, m.OpResult.record_uuid.in_(uuids))
        .values(result={"status": "gone", "reason": "purged"})
    )
    log.info(
        "purge organisatie=%s jongere=%s records=%d version=%d",
        organisatie_id,
        jongere_id,
        len(uuids),
        version,
    )
    return len(uuids)


# ---------------------------------------------------------------------------------------------- read


def find_jongere(s: Session, user: AuthUser, jongere_id: str) -> m.Record | None:
    rec = s.get(m.Record, (user.organisatie_id, jongere_id))
    if (
        rec is None
        or rec.type != JONGERE
        or rec.deleted
        or rec.purged
        or rec.locatie_id not in user.locatie_ids
    ):
        return None
    return rec


def find_record(s: Session, user: AuthUser, uuid: str) -> m.Record | None:
    rec = s.get(m.Record, (user.organisatie_id, uuid))
    if rec is None or rec.locatie_id not in user.locatie_ids:
        return None
    return rec


def records_of(s: Session, user: AuthUser, jongere_id: str, type_: str) -> list[m.Record]:
    return list(
        s.scalars(
            select(m.Record).where(
                m.Record.organisatie_id == user.organisatie_id,
                m.Record.jongere_id == jongere_id,
                m.Record.type == type_,
                m.Record.deleted.is_(False),
                m.Record.purged.is_(False),
            )
        )
    )
