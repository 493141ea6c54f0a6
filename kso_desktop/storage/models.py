"""SQLAlchemy 2 typed models of the local store.

Every record that syncs with the portal carries the same bookkeeping (sync-protocol §5.2): a client-made
UUID, the portal's ``server_version``, a ``local_rev`` bumped on each local edit, ``sync_state``, a
tombstone ``deleted_at``, and the ``author`` (medewerker) and ``device`` of the last change.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kso_desktop.domain.validation import MAX_KORT, MAX_NAAM, MAX_TEKST, MAX_TELEFOON
from kso_desktop.storage.types import JsonDict, JsonList, UtcDateTime


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime(), date: Date()}


class SyncMixin:
    """Bookkeeping shared by every record that syncs."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    server_version: Mapped[int | None] = mapped_column(Integer, default=None)
    local_rev: Mapped[int] = mapped_column(Integer, default=1)
    sync_state: Mapped[str] = mapped_column(String(10), default="local")
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    author_id: Mapped[str | None] = mapped_column(String(36), default=None)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    #: Columns that are bookkeeping, not content (left out of audit diffs and sync payloads).
    BOOKKEEPING = frozenset(
        {"server_version", "local_rev", "sync_state", "author_id", "device_id", "created_at", "updated_at"}
    )


class Organisatie(SyncMixin, Base):
    __tablename__ = "organisatie"

    naam: Mapped[str] = mapped_column(String(MAX_NAAM))


class Locatie(SyncMixin, Base):
    __tablename__ = "locatie"

    organisatie_id: Mapped[str] = mapped_column(ForeignKey("organisatie.id"))
    naam: Mapped[str] = mapped_column(String(MAX_NAAM))
    type: Mapped[str] = mapped_column(String(8))
    plaats: Mapped[str] = mapped_column(String(MAX_NAAM), default="")
    adres: Mapped[str] = mapped_column(String(MAX_KORT), default="")
    telefoon: Mapped[str] = mapped_column(String(MAX_TELEFOON), default="")


class Medewerker(SyncMixin, Base):
    __tablename__ = "medewerker"

    organisatie_id: Mapped[str] = mapped_column(ForeignKey("organisatie.id"))
    naam: Mapped[str] = mapped_column(String(MAX_NAAM))
    rol: Mapped[str] = mapped_column(String(24))
    email: Mapped[str] = mapped_column(String(MAX_KORT), default="")
    telefoon: Mapped[str] = mapped_column(String(MAX_TELEFOON), default="")
    actief: Mapped[bool] = mapped_column(default=True)
    locatie_ids: Mapped[list[Any]] = mapped_column(JsonList(), default=list)


class Jongere(SyncMixin, Base):
    __tablename__ = "jongere"

    locatie_id: Mapped[str] = mapped_column(ForeignKey("locatie.id"), index=True)
    voornaam: Mapped[str] = mapped_column(String(MAX_NAAM))
    achternaam: Mapped[str] = mapped_column(String(MAX_NAAM))
    roepnaam: Mapped[str] = mapped_column(String(MAX_NAAM), default="")
    geboortedatum: Mapped[date]
    geboorteland: Mapped[str] = mapped_column(String(MAX_NAAM), default="")
    talen: Mapped[list[Any]] = mapped_column(JsonList(), default=list)
    telefoon: Mapped[str] = mapped_column(String(MAX_TELEFOON), default="")
    plaatsing: Mapped[date]
    kennismaking: Mapped[date | None] = mapped_column(default=None)
    vertrek: Mapped[date | None] = mapped_column(default=None)
    verlengde_opvang_start: Mapped[date | None] = mapped_column(default=None)
    jeugdbeschermer_naam: Mapped[str] = mapped_column(String(MAX_NAAM), default="")
    jeugdbeschermer_telefoon: Mapped[str] = mapped_column(String(MAX_TELEFOON), default="")
    jeugdbeschermer_email: Mapped[str] = mapped_column(String(MAX_KORT), default="")
    notities: Mapped[str] = mapped_column(String(MAX_TEKST), default="")

    mentoren: Mapped[list[MentorToewijzing]] = relationship(
        back_populates="jongere", order_by="MentorToewijzing.van", lazy="selectin"
    )
    gebeurtenissen: Mapped[list[Gebeurtenis]] = relationship(order_by="Gebeurtenis.datum", lazy="selectin")


class MentorToewijzing(SyncMixin, Base):
    """Who is or was mentor of a jongere, from when to when, and why (Norm 3.3a, 7.2c)."""

    __tablename__ = "mentor_toewijzing"
    __table_args__ = (Index("ix_mentor_jongere", "jongere_id", "van"),)

    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongere.id"))
    medewerker_id: Mapped[str] = mapped_column(ForeignKey("medewerker.id"))
    van: Mapped[date]
    tot: Mapped[date | None] = mapped_column(default=None)
    reden: Mapped[str] = mapped_column(String(MAX_KORT), default="")

    jongere: Mapped[Jongere] = relationship(back_populates="mentoren")
    medewerker: Mapped[Medewerker] = relationship(lazy="joined")


class Gebeurtenis(SyncMixin, Base):
    """An event the deadlines count from, recorded for one jongere."""

    __tablename__ = "gebeurtenis"
    __table_args__ = (Index("ix_gebeurtenis_jongere", "jongere_id", "datum"),)

    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongere.id"))
    soort: Mapped[str] = mapped_column(String(40))
    datum: Mapped[date]
    notitie: Mapped[str] = mapped_column(String(MAX_KORT), default="")


class PlanVersie(SyncMixin, Base):
    """One version of a jongere's begeleidingsplan: content and template as JSON documents.

    A document per version keeps a vastgesteld version frozen as it was agreed, with the template it was
    written in, and is what the portal stores (Norm 1.2d).
    """

    __tablename__ = "plan_versie"
    __table_args__ = (UniqueConstraint("jongere_id", "nummer", name="uq_plan_versie_nummer"),)

    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongere.id"), index=True)
    nummer: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))
    template_id: Mapped[str] = mapped_column(String(64))
    template_versie: Mapped[int] = mapped_column(Integer)
    template: Mapped[dict[str, Any]] = mapped_column(JsonDict())
    inhoud: Mapped[dict[str, Any]] = mapped_column(JsonDict())
    gestart_op: Mapped[date]
    vastgesteld_op: Mapped[date | None] = mapped_column(default=None)
    akkoord: Mapped[dict[str, Any]] = mapped_column(JsonDict(), default=dict)
    vorige_id: Mapped[str | None] = mapped_column(String(36), default=None)


class NetwerkVersie(SyncMixin, Base):
    """One version of a jongere's sociaal netwerk (bolletjesschema) as a JSON document (Norm 1.3a).

    Like a plan version: a concept is edited, a vastgesteld version never changes again.
    """

    __tablename__ = "netwerk_versie"
    __table_args__ = (UniqueConstraint("jongere_id", "versie", name="uq_netwerk_versie_nummer"),)

    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongere.id"), index=True)
    versie: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))
    inhoud: Mapped[dict[str, Any]] = mapped_column(JsonDict())
    gestart_op: Mapped[date]
    vastgesteld_op: Mapped[date | None] = mapped_column(default=None)
    vorige_id: Mapped[str | None] = mapped_column(String(36), default=None)


class PlanHerstelpunt(Base):
    """Autosaved typing in a plan editor, so a crash loses seconds, not a conversation. Local only."""

    __tablename__ = "plan_herstelpunt"
    __table_args__ = (UniqueConstraint("plan_versie_id", "editor", name="uq_herstelpunt_editor"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    plan_versie_id: Mapped[str] = mapped_column(ForeignKey("plan_versie.id"))
    editor: Mapped[str] = mapped_column(String(80))  # medewerker id (or the system actor) + device
    base_rev: Mapped[int] = mapped_column(Integer)
    basis: Mapped[dict[str, Any]] = mapped_column(JsonDict())
    inhoud: Mapped[dict[str, Any]] = mapped_column(JsonDict())
    opgeslagen_op: Mapped[datetime] = mapped_column(default=utcnow)


class GesprekHerstelpunt(Base):
    """Autosaved typing in a gesprek (new or concept), so a crash loses seconds. Local only, not synced.

    ``gesprek_id`` is None for a gesprek that was never saved. SQLite treats NULLs as distinct in a
    UNIQUE constraint, so "one per editor, jongere, soort and gesprek (or new)" is kept by the service.
    """

    __tablename__ = "gesprek_herstelpunt"
    __table_args__ = (
        UniqueConstraint("editor", "jongere_id", "soort", "gesprek_id", name="uq_gesprek_herstelpunt_editor"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    editor: Mapped[str] = mapped_column(String(80))  # medewerker id (or the system actor) + device
    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongere.id"))
    soort: Mapped[str] = mapped_column(String(16))
    gesprek_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    moment: Mapped[datetime]
    inhoud: Mapped[dict[str, Any]] = mapped_column(JsonDict())
    opgeslagen_op: Mapped[datetime] = mapped_column(default=utcnow)


class Gesprek(SyncMixin, Base):
    """A tweegesprek or driegesprek as a document; a correction is a new row pointing to the old one."""

    __tablename__ = "gesprek"
    __table_args__ = (Index("ix_gesprek_jongere", "jongere_id", "moment"),)

    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongere.id"))
    soort: Mapped[str] = mapped_column(String(16))
    moment: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(12))
    inhoud: Mapped[dict[str, Any]] = mapped_column(JsonDict())
    vervangt_id: Mapped[str | None] = mapped_column(String(36), default=None)
    vervangen: Mapped[bool] = mapped_column(default=False)


class Overdracht(SyncMixin, Base):
    """A shift handover note for a location, or for one jongere there."""

    __tablename__ = "overdracht"
    __table_args__ = (Index("ix_overdracht_locatie", "locatie_id", "geschreven_op"),)

    locatie_id: Mapped[str] = mapped_column(ForeignKey("locatie.id"))
    jongere_id: Mapped[str | None] = mapped_column(ForeignKey("jongere.id"), default=None)
    tekst: Mapped[str] = mapped_column(String(MAX_TEKST))
    geschreven_op: Mapped[datetime] = mapped_column(default=utcnow)


class Correctieverzoek(SyncMixin, Base):
    """A request to correct stored data (AVG art. 16, Norm 7.1c) and how it was handled."""

    __tablename__ = "correctieverzoek"

    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongere.id"), index=True)
    ontvangen_op: Mapped[date]
    van: Mapped[str] = mapped_column(String(MAX_NAAM))
    omschrijving: Mapped[str] = mapped_column(String(MAX_TEKST))
    besluit: Mapped[str] = mapped_column(String(12), default="open")
    toelichting: Mapped[str] = mapped_column(String(MAX_TEKST), default="")
    afgehandeld_op: Mapped[date | None] = mapped_column(default=None)


class OverdrachtGelezen(Base):
    """Who has read a handover note (shown to the next shift until read). Local to this laptop."""

    __tablename__ = "overdracht_gelezen"

    overdracht_id: Mapped[str] = mapped_column(ForeignKey("overdracht.id"), primary_key=True)
    medewerker_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    gelezen_op: Mapped[datetime] = mapped_column(default=utcnow)


class FormulierInvulling(SyncMixin, Base):
    """One filled-in form (Quickscan, signaleringsplan) with the definition it was filled in with.

    ``definitie`` is a snapshot of that definition, so old answers always render whatever the organisation's
    definitions became. Definitief is final: a correction is a new row (``vervangt_id``) that supersedes it.
    ``versie`` counts per jongere and definition id.
    """

    __tablename__ = "formulier_invulling"
    # The unique constraint's index also serves "this jongere's forms of this definition".
    __table_args__ = (UniqueConstraint("jongere_id", "definitie_id", "versie", name="uq_formulier_versie"),)

    jongere_id: Mapped[str] = mapped_column(ForeignKey("jongere.id"))
    definitie_id: Mapped[str] = mapped_column(String(64))
    definitie_versie: Mapped[int] = mapped_column(Integer)
    soort: Mapped[str] = mapped_column(String(40))
    definitie: Mapped[dict[str, Any]] = mapped_column(JsonDict())
    antwoorden: Mapped[dict[str, Any]] = mapped_column(JsonDict())
    versie: Mapped[int] = mapped_column(Integer)
    definitief: Mapped[bool] = mapped_column(default=False)
    vervangt_id: Mapped[str | None] = mapped_column(String(36), default=None)
    vervangen: Mapped[bool] = mapped_column(default=False)
    ingevuld_op: Mapped[datetime] = mapped_column(default=utcnow)
    vastgesteld_op: Mapped[date | None] = mapped_column(default=None)


class FormulierHerstelpunt(Base):
    """Autosaved typing in a concept form, kept as typed (not checked). Local only, not synced or audited."""

    __tablename__ = "formulier_herstelpunt"
    __table_args__ = (UniqueConstraint("editor", "invulling_id", name="uq_formulier_herstelpunt_editor"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    editor: Mapped[str] = mapped_column(String(80))  # medewerker id (or the system actor) + device
    invulling_id: Mapped[str] = mapped_column(ForeignKey("formulier_invulling.id"))
    antwoorden: Mapped[dict[str, Any]] = mapped_column(JsonDict())
    opgeslagen_op: Mapped[datetime] = mapped_column(default=utcnow)


class MedewerkerToegang(Base):
    """The local sign-in verifier of a medewerker (argon2id hash) and their failed attempts.

    Never synced and never in the audit trail: it only says who may unlock this laptop.
    """

    __tablename__ = "medewerker_toegang"

    medewerker_id: Mapped[str] = mapped_column(ForeignKey("medewerker.id"), primary_key=True)
    verifier: Mapped[str] = mapped_column(String(200))
    mislukt: Mapped[int] = mapped_column(Integer, default=0)
    geblokkeerd_tot: Mapped[datetime | None] = mapped_column(default=None)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow)


class AuditLog(Base):
    """Append-only trail (NEN 7513 style): who did what, when, to which jongere's data.

    UPDATE and DELETE are refused by triggers created in the first migration.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_jongere", "jongere_id", "tijd"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tijd: Mapped[datetime] = mapped_column(default=utcnow)
    medewerker_id: Mapped[str | None] = mapped_column(String(36))
    medewerker_naam: Mapped[str] = mapped_column(String(MAX_NAAM))
    device_id: Mapped[str] = mapped_column(String(36))
    actie: Mapped[str] = mapped_column(String(24))
    entiteit: Mapped[str] = mapped_column(String(40))
    entiteit_id: Mapped[str] = mapped_column(String(36))
    jongere_id: Mapped[str | None] = mapped_column(String(36))
    wijzigingen: Mapped[list[Any]] = mapped_column(JsonList(), default=list)


class OutboxOp(Base):
    """An operation waiting for the portal, written in the same transaction as the edit (DESIGN §5)."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    entiteit: Mapped[str] = mapped_column(String(40))
    entiteit_id: Mapped[str] = mapped_column(String(36), index=True)
    soort: Mapped[str] = mapped_column(String(10))  # upsert | delete
    base_version: Mapped[int | None] = mapped_column(Integer)
    local_rev: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDict())
    author_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    frozen_at: Mapped[datetime | None] = mapped_column(default=None)


class AppMeta(Base):
    """Small key/value facts about this database (device id, demo flag, sync cursor)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncBase(Base):
    """The last version of a record both sides agreed on: the base of the three-way merge (sync §5)."""

    __tablename__ = "sync_base"

    entiteit_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entiteit: Mapped[str] = mapped_column(String(40))
    server_version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(default=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDict(), default=dict)


class SyncFrozen(Base):
    """The wire form of an outbox op, fixed on its first send so a retry is byte-for-byte the same op."""

    __tablename__ = "sync_frozen"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    wire: Mapped[dict[str, Any]] = mapped_column(JsonDict())


class SyncQuarantaine(Base):
    """An outbox op the portal refused: kept (never dropped) with the portal's Dutch reason."""

    __tablename__ = "sync_quarantaine"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    melding: Mapped[str] = mapped_column(Text)
    tijd: Mapped[datetime] = mapped_column(default=utcnow)


class SyncConflict(Base):
    """Two versions of one record that a person has to choose between; kept until resolved."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_entiteit", "entiteit_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conflict_id: Mapped[str | None] = mapped_column(String(36), unique=True, default=None)
    entiteit: Mapped[str] = mapped_column(String(40))
    entiteit_id: Mapped[str] = mapped_column(String(36))
    reden: Mapped[str] = mapped_column(String(20))
    velden: Mapped[list[Any]] = mapped_column(JsonList(), default=list)
    mijn: Mapped[dict[str, Any]] = mapped_column(JsonDict(), default=dict)
    mijn_verwijderd: Mapped[bool] = mapped_column(default=False)
    hun: Mapped[dict[str, Any]] = mapped_column(JsonDict(), default=dict)
    hun_verwijderd: Mapped[bool] = mapped_column(default=False)
    hun_versie: Mapped[int] = mapped_column(Integer)
    hun_auteur: Mapped[str] = mapped_column(String(64), default="")
    ontstaan_op: Mapped[datetime] = mapped_column(default=utcnow)
    opgelost_op: Mapped[datetime | None] = mapped_column(default=None)
    keuze: Mapped[str | None] = mapped_column(String(12), default=None)
    #: True once the resolving edit (with ``resolves``) has been frozen into an op for the portal.
    gemeld: Mapped[bool] = mapped_column(default=False)


class SyncLocatie(Base):
    """Which local locatie is which portal locatie (the portal owns the roster and its ids)."""

    __tablename__ = "sync_locatie"

    local_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    portal_id: Mapped[str] = mapped_column(String(36), unique=True)


class SyncBuitenBereik(Base):
    """A jongere that left this laptop's locations but still has unsynced words here: kept, hidden."""

    __tablename__ = "sync_buiten_bereik"

    jongere_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sinds_versie: Mapped[int] = mapped_column(Integer)


class Vernietigd(Base):
    """A jongere whose data left this laptop (id only, no personal data): a later pull never brings it back.

    ``soort`` is ``vernietigd`` (destroyed everywhere on request, AVG art. 17) or ``vertrokken`` (removed
    here after leaving the location, still on the portal). The audit trail's delete trigger allows removing
    only rows of a jongere listed here (migration 0012).
    """

    __tablename__ = "vernietigd"

    #: The jongere's id (named ``id``: this table holds no data about them, only that they are gone).
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    soort: Mapped[str] = mapped_column(String(12))
    op: Mapped[datetime] = mapped_column(default=utcnow)
