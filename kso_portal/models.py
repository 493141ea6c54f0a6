"""SQLAlchemy 2 typed models of the portal database (PostgreSQL in production, SQLite for a local run).

The shapes follow sync-protocol §5.3: one row per record with the tenant's version of its last change,
an append-only history, conflict revisions that keep stale writes, and the idempotency store of op results.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    event,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on both databases (SQLite forgets the zone; this puts it back)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


JsonDoc = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime()}


class Organisatie(Base):
    """A tenant. ``version`` is its change counter, bumped once in every write transaction."""

    __tablename__ = "organisaties"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    naam: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(BigInteger, default=0)
    #: Changes when the database is restored from a backup, so clients know to reconcile (§5.7).
    epoch: Mapped[str] = mapped_column(String(36), default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Locatie(Base):
    __tablename__ = "locaties"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    organisatie_id: Mapped[str] = mapped_column(ForeignKey("organisaties.id"), index=True)
    naam: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(8), default="")


class User(Base):
    """A portal account: medewerker, jeugdbeschermer or admin."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    organisatie_id: Mapped[str] = mapped_column(ForeignKey("organisaties.id"), index=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    naam: Mapped[str] = mapped_column(String(200))
    rol: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    actief: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Lidmaatschap(Base):
    """Which locations a user works at (or, for a jeugdbeschermer, follows): the unit of authorisation."""

    __tablename__ = "lidmaatschappen"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    locatie_id: Mapped[str] = mapped_column(ForeignKey("locaties.id"), primary_key=True)


class Record(Base):
    """The current state of one synced record; ``version`` is the tenant version of its last change."""

    __tablename__ = "records"
    __table_args__ = (
        Index("ix_records_feed", "organisatie_id", "version", "uuid"),
        Index("ix_records_jongere", "organisatie_id", "jongere_id"),
    )

    organisatie_id: Mapped[str] = mapped_column(ForeignKey("organisaties.id"), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    type: Mapped[str] = mapped_column(String(40))
    jongere_id: Mapped[str | None] = mapped_column(String(36), default=None)
    locatie_id: Mapped[str] = mapped_column(ForeignKey("locaties.id"))
    version: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(default=False)
    purged: Mapped[bool] = mapped_column(default=False)
    immutable: Mapped[bool] = mapped_column(default=False)
    supersedes: Mapped[str | None] = mapped_column(String(36), default=None)
    superseded_by: Mapped[str | None] = mapped_column(String(36), default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    author: Mapped[str] = mapped_column(String(64))
    pushed_by: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: This record as a change-feed entry (JSON text without ``open_conflicts``), kept up to date on every
    #: ORM insert/update, so a page of the feed is stored text joined together (the feed's hot path).
    feed_json: Mapped[str] = mapped_column(Text)


def record_fields(rec: Record) -> dict[str, Any]:
    """A record as clients see it, without its open conflicts (one shape for the feed and the reads)."""
    hidden = rec.deleted or rec.purged
    return {
        "type": rec.type,
        "uuid": rec.uuid,
        "version": rec.version,
        "deleted": rec.deleted,
        "purged": rec.purged,
        "jongere_id": rec.jongere_id,
        "locatie_id": rec.locatie_id,
        "immutable": rec.immutable,
        "supersedes": rec.supersedes,
        "superseded_by": rec.superseded_by,
        "author": None if rec.purged else rec.author,
        "updated_at": rec.updated_at.isoformat(),
        "payload": None if hidden else rec.payload,
    }


def feed_text(rec: Record) -> str:
    return json.dumps(record_fields(rec), ensure_ascii=False, separators=(",", ":"))


@event.listens_for(Record, "before_insert")
@event.listens_for(Record, "before_update")
def _refresh_feed_json(_mapper: Any, _connection: Any, rec: Record) -> None:
    # Column defaults are applied after this hook: fill the ones the entry shows.
    if getattr(rec, "updated_at", None) is None:
        rec.updated_at = utcnow()
    for flag in ("deleted", "purged", "immutable"):
        if getattr(rec, flag) is None:
            setattr(rec, flag, False)
    rec.feed_json = feed_text(rec)


class RecordHistory(Base):
    """Append-only: every applied version of every record, for the audit trail and merge bases."""

    __tablename__ = "record_history"
    __table_args__ = (Index("ix_history_record", "organisatie_id", "uuid", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    organisatie_id: Mapped[str] = mapped_column(String(36))
    uuid: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(default=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    author: Mapped[str] = mapped_column(String(64))
    pushed_by: Mapped[str | None] = mapped_column(String(36))
    op_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ConflictRevision(Base):
    """A stale write kept beside the record until a person resolves it: words are never thrown away."""

    __tablename__ = "conflict_revisions"
    __table_args__ = (Index("ix_conflict_record", "organisatie_id", "record_uuid"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    organisatie_id: Mapped[str] = mapped_column(String(36))
    record_uuid: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(20))
    base_version: Mapped[int | None] = mapped_column(BigInteger)
    current_version: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(default=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    author: Mapped[str] = mapped_column(String(64))
    pushed_by: Mapped[str | None] = mapped_column(String(36))
    op_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(10), default="open")
    resolved_version: Mapped[int | None] = mapped_column(BigInteger, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OpResult(Base):
    """The idempotency store: ``op_id`` → the answer, written in the same transaction as the write."""

    __tablename__ = "op_results"

    organisatie_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    request_sha256: Mapped[str] = mapped_column(String(64))
    #: The record the op wrote to, so a purge can also erase what the stored answer holds.
    record_uuid: Mapped[str | None] = mapped_column(String(36), default=None)
    result: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ScopeEvent(Base):
    """A jongere moved from one location to another at ``version`` (so the old location's feed says so)."""

    __tablename__ = "scope_events"
    __table_args__ = (Index("ix_scope_feed", "organisatie_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    organisatie_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(BigInteger)
    jongere_id: Mapped[str] = mapped_column(String(36))
    van_locatie_id: Mapped[str] = mapped_column(String(36))
    naar_locatie_id: Mapped[str] = mapped_column(String(36))


class AccessToken(Base):
    """A short-lived bearer token; only its SHA-256 is stored."""

    __tablename__ = "access_tokens"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    family_id: Mapped[str] = mapped_column(String(36))
    expires_at: Mapped[datetime]


class RefreshToken(Base):
    """A rotating refresh token: each use replaces it; reusing an old one revokes its whole family."""

    __tablename__ = "refresh_tokens"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    family_id: Mapped[str] = mapped_column(String(36), index=True)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
