"""The sync engine: push the outbox (ops frozen on first send), apply per-op results, pull the change feed
page by page (cursor written last), three-way merge, conflicts kept, scope changes without losing words."""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from sqlalchemy import Date, Dialect, Table, delete, func, insert, inspect, select
from sqlalchemy.orm import Session, lazyload

from kso_desktop.storage import models as m
from kso_desktop.storage.bewaren import fysiek_opruimen, wis_jongere
from kso_desktop.storage.engine import Store
from kso_desktop.storage.meta import get_meta, set_meta
from kso_desktop.storage.types import UtcDateTime
from kso_desktop.sync.client import PortalClient, SyncError
from kso_desktop.sync.merge import merge3

log = logging.getLogger(__name__)

#: Desktop tables that sync, by the portal's record type (PROTOCOL.md: the type is the table name).
SYNC_TYPES: dict[str, type[m.SyncMixin]] = {
    "jongere": m.Jongere,
    "gebeurtenis": m.Gebeurtenis,
    "mentor_toewijzing": m.MentorToewijzing,
    "plan_versie": m.PlanVersie,
    "gesprek": m.Gesprek,
    "overdracht": m.Overdracht,
    "formulier_invulling": m.FormulierInvulling,
    "netwerk_versie": m.NetwerkVersie,
    "correctieverzoek": m.Correctieverzoek,
}
#: The roster belongs to the portal (``read_only`` there): local ops on it never leave this laptop.
PORTAL_OWNED = frozenset({"organisatie", "locatie", "medewerker"})
#: Records of a jongere, children before parents (the order to erase them in).
CHILD_TYPES = (
    "correctieverzoek",
    "netwerk_versie",
    "formulier_invulling",
    "overdracht",
    "gesprek",
    "plan_versie",
    "gebeurtenis",
    "mentor_toewijzing",
)
NOT_IN_PAYLOAD = frozenset({"id", "deleted_at"})

#: Records per page of the change feed: fewer, larger pages mean fewer round trips and commits (the portal
#: allows up to 5000); one page is still one short write transaction.
PAGE_SIZE = 5000

CURSOR = "sync.cursor"
EPOCH = "sync.epoch"
LAST_OK = "sync.laatst"
LAST_ERROR = "sync.fout"
RECONCILE = "sync.afstemmen"
#: Named points a test can stop the process at (a real kill -9 at an exact moment).
KillPoint = Callable[[str], None]


def is_final(type_: str, payload: dict[str, Any]) -> bool:
    """Definitief verslagen and forms, vastgestelde plans and networks go up as immutable submissions."""
    status = payload.get("status")
    return (
        (type_ == "gesprek" and status == "definitief")
        or (type_ in ("plan_versie", "netwerk_versie") and status == "vastgesteld")
        or (type_ == "formulier_invulling" and payload.get("definitief") is True)
    )


#: Types whose corrections are new records pointing at the one they supersede (``vervangt_id``).
SUPERSEDING_TYPES = frozenset({"gesprek", "formulier_invulling"})


class SyncBusyError(SyncError):
    def __init__(self) -> None:
        super().__init__("Er loopt al een synchronisatie voor deze database.", "busy")


class SyncStoppedError(SyncError):
    """The person stopped the sync; raised only at a safe point (a batch's results or a page committed)."""

    def __init__(self) -> None:
        super().__init__("Synchronisatie gestopt", "stopped")


@dataclass
class SyncReport:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    merged: int = 0
    rejected: int = 0
    gone: int = 0
    pulled: int = 0
    removed_youth: int = 0
    kept_out_of_scope: int = 0
    local_only: int = 0
    rounds: int = 0
    requests: int = 0
    meldingen: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


# -- payloads -----------------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def local_payload(row: m.SyncMixin) -> dict[str, Any]:
    """The content of a row as JSON (local ids), as recording.snapshot writes it into the outbox."""
    out: dict[str, Any] = {}
    for attr in inspect(type(row)).column_attrs:
        if attr.key in m.SyncMixin.BOOKKEEPING or attr.key in NOT_IN_PAYLOAD:
            continue
        out[attr.key] = _json_value(getattr(row, attr.key))
    return out


def _parse_datetime(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@lru_cache(maxsize=4096)  # dates repeat a lot in a feed; a date is immutable, so one object serves all
def _parse_date(value: str) -> date:
    return date.fromisoformat(value[:10])


_CONTENT_COLUMNS: dict[type[m.SyncMixin], tuple[tuple[str, Callable[[str], Any] | None], ...]] = {}


def _content_columns(model: type[m.SyncMixin]) -> tuple[tuple[str, Callable[[str], Any] | None], ...]:
    """A model's content columns with the parser for their wire text (dates), worked out once per model:
    the pull converts every record of a contractpartner with it."""
    known = _CONTENT_COLUMNS.get(model)
    if known is not None:
        return known
    out: list[tuple[str, Callable[[str], Any] | None]] = []
    for attr in inspect(model).column_attrs:
        key = attr.key
        if key in m.SyncMixin.BOOKKEEPING or key in NOT_IN_PAYLOAD:
            continue
        column_type = attr.columns[0].type
        parse: Callable[[str], Any] | None = None
        if isinstance(column_type, UtcDateTime):
            parse = _parse_datetime
        elif isinstance(column_type, Date):
            parse = _parse_date
        out.append((key, parse))
    return _CONTENT_COLUMNS.setdefault(model, tuple(out))


def _column_values(model: type[m.SyncMixin], payload: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, parse in _content_columns(model):
        if key not in payload:
            continue
        value = payload[key]
        if parse is not None and isinstance(value, str):
            value = parse(value)
        values[key] = value
    return values


class LocatieMap:
    """Local locatie ids <-> the portal's (the roster's ids are the portal's own)."""

    def __init__(self, session: Session) -> None:
        rows = session.scalars(select(m.SyncLocatie)).all()
        self.to_portal = {r.local_id: r.portal_id for r in rows}
        self.to_local = {r.portal_id: r.local_id for r in rows}

    def wire(self, payload: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in payload.items() if k not in NOT_IN_PAYLOAD}
        if out.get("locatie_id") is not None:
            out["locatie_id"] = self.to_portal.get(out["locatie_id"], out["locatie_id"])
        return out

    def local(self, payload: dict[str, Any]) -> dict[str, Any]:
        """The payload with a local locatie id (a new dict only when there is one to map)."""
        if payload.get("locatie_id") is None:
            return payload
        out = dict(payload)
        out["locatie_id"] = self.to_local.get(out["locatie_id"], out["locatie_id"])
        return out


def link_locaties(session: Session, user: dict[str, Any], device_id: str) -> None:
    """Match the portal's locaties of this user to local ones (by name), creating the missing ones."""
    org_id = str(user.get("organisatie_id") or "")
    local_org = session.scalars(select(m.Organisatie.id)).first()
    if local_org is None and org_id:
        session.add(m.Organisatie(id=org_id, naam="Organisatie", device_id=device_id, sync_state="synced"))
        session.flush()
        local_org = org_id
    known = LocatieMap(session)
    for loc in user.get("locaties", []):
        portal_id = str(loc["id"])
        if portal_id in known.to_local:
            continue
        same_name = session.scalars(
            select(m.Locatie).where(m.Locatie.naam == loc.get("naam"), m.Locatie.deleted_at.is_(None))
        ).all()
        free = [r for r in same_name if r.id not in known.to_portal]
        if free:
            local_id = free[0].id
        else:
            local_id = portal_id
            if session.get(m.Locatie, portal_id) is None:
                session.add(
                    m.Locatie(
                        id=portal_id,
                        organisatie_id=local_org,
                        naam=str(loc.get("naam", "Locatie")),
                        type=str(loc.get("type", "KWG")),
                        device_id=device_id,
                        sync_state="synced",
                    )
                )
        session.add(m.SyncLocatie(local_id=local_id, portal_id=portal_id))
        known.to_local[portal_id] = local_id
        known.to_portal[local_id] = portal_id
    session.flush()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a page is applied: a page makes tens of thousands of short-lived
    dicts and tuples (no cycles; reference counting frees them), and the collector kept walking them all.
    Only the automatic collection waits; it runs as usual after the page."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _drop(fetch: Future[dict[str, Any]]) -> None:
    """Wait for a page fetched ahead that is not needed after all; its answer or error does not matter."""
    try:
        fetch.result()
    except Exception:  # the page is re-read from the current cursor anyway
        log.debug("page fetched ahead dropped", exc_info=True)


# -- the one-sync-at-a-time lock ------------------------------------------------------------------------


@contextmanager
def sync_lock(db_path: Path) -> Iterator[None]:
    """An exclusive lock file beside the database; a second sync on the same database is refused."""
    lock_path = Path(str(db_path) + ".sync.lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise SyncBusyError() from None
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _present(s: Session, column: Any, ids: list[str]) -> list[str]:
    """Those of ``ids`` that are in ``column``: one query with the ids as one JSON parameter, instead of
    thousands of bound parameters (the cost of ``IN (...)`` on a page of thousands was mostly binding)."""
    if not ids:
        return []
    wanted = select(func.json_each(json.dumps(ids)).table_valued("value").c.value)
    return list(s.scalars(select(column).where(column.in_(wanted))))


def _chunks(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


_Plan = tuple[str, tuple[tuple[str, bool, Any, Callable[[Any], Any] | None], ...]]


@cache
def _insert_plan(table: Table, keys: frozenset[str], dialect: Dialect) -> _Plan | None:
    """The INSERT for rows with these keys, with each column's own bind processor (the very text the
    ORM would store: ISO dates, sorted JSON) and its constant default where a key is missing.
    None when a missing column has a computed default: those rows go through a Core insert."""
    quote = dialect.identifier_preparer.quote
    columns: list[tuple[str, bool, Any, Callable[[Any], Any] | None]] = []
    for col in table.columns:
        # The dialect's own implementation of the type (SQLite's DATE writes its own text format).
        proc = col.type.dialect_impl(dialect).bind_processor(dialect)
        if col.key in keys:
            columns.append((col.key, True, None, proc))
        elif col.default is not None:
            if not col.default.is_scalar:
                return None
            columns.append((col.key, False, col.default.arg, proc))  # type: ignore[attr-defined]
    names = ", ".join(quote(key) for key, *_ in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", tuple(columns)


def _table(model: type[Any]) -> Table:
    table = inspect(model).local_table
    assert isinstance(table, Table)
    return table


def _processed(values: list[Any], proc: Callable[[Any], Any]) -> list[Any]:
    """``proc`` over ``values``, once per distinct object: a page's records share their time stamps and
    (parsed once) dates. Keyed by ``id``, which is stable here because ``values`` holds every object."""
    memo: dict[int, Any] = {}
    out: list[Any] = []
    for value in values:
        key = id(value)
        if key in memo:
            out.append(memo[key])
        else:
            out.append(memo.setdefault(key, proc(value)))
    return out


def _insert_rows(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """New records in one executemany straight to the driver: on an initial sync this is nearly every
    record, and SQLAlchemy's per-row parameter handling cost more than SQLite's own work."""
    if not rows:
        return
    connection = s.connection()
    plan = _insert_plan(table, frozenset(rows[0]), connection.dialect)
    if plan is None or connection.dialect.paramstyle != "qmark":
        s.execute(insert(table), rows)
        return
    sql, columns = plan
    count = len(rows)
    by_column: list[Iterable[Any]] = []
    for key, given, const, proc in columns:
        if not given:
            by_column.append(repeat(proc(const) if proc is not None else const, count))
        elif proc is None:
            by_column.append([row[key] for row in rows])
        else:
            by_column.append(_processed([row[key] for row in rows], proc))
    params = list(zip(*by_column, strict=True))
    connection.exec_driver_sql(sql, params)


@dataclass
class _Page:
    """What applying one page of the feed needs, read in a few queries instead of a few per record."""

    locs: LocatieMap
    rows: dict[str, Any]
    bases: dict[str, m.SyncBase]
    pending: set[str]
    open_conflicts: set[str]
    jongeren: set[str]
    locaties: set[str]
    medewerkers: set[str]
    reconcile: bool
    #: One time stamp for the page's new records (created_at / updated_at).
    now: datetime
    inserts: dict[tuple[str, frozenset[str]], list[dict[str, Any]]] = field(default_factory=dict)
    base_inserts: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, s: Session, changes: list[dict[str, Any]], now: datetime) -> _Page:
        uuids_by_type: dict[str, list[str]] = {}
        for c in changes:
            uuids_by_type.setdefault(c["type"], []).append(str(c["uuid"]))
        uuids = [u for us in uuids_by_type.values() for u in us]
        rows: dict[str, Any] = {}
        for type_, ids in uuids_by_type.items():
            model = SYNC_TYPES[type_]
            # Which of the page's records are here already, in one query; only those become ORM objects
            # (on an initial sync: none).
            for known in _chunks(_present(s, model.id, ids)):
                q = select(model).where(model.id.in_(known)).options(lazyload("*"))
                rows.update({r.id: r for r in s.scalars(q)})
        bases: dict[str, m.SyncBase] = {}
        for known in _chunks(_present(s, m.SyncBase.entiteit_id, uuids)):
            q2 = select(m.SyncBase).where(m.SyncBase.entiteit_id.in_(known))
            bases.update({b.entiteit_id: b for b in s.scalars(q2)})
        return cls(
            locs=LocatieMap(s),
            rows=rows,
            bases=bases,
            pending=set(s.scalars(select(m.OutboxOp.entiteit_id).distinct())),
            open_conflicts=set(
                s.scalars(select(m.SyncConflict.entiteit_id).where(m.SyncConflict.opgelost_op.is_(None)))
            ),
            jongeren=set(s.scalars(select(m.Jongere.id))),
            locaties=set(s.scalars(select(m.Locatie.id))),
            medewerkers=set(s.scalars(select(m.Medewerker.id))),
            reconcile=get_meta(s, RECONCILE) == "1",
            now=now,
        )


# -- the engine -------------------------------------------------------------------------------------------


class SyncEngine:
    def __init__(
        self,
        store: Store,
        client: PortalClient,
        *,
        device_id: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        page_size: int | None = None,
        max_ops: int = 100,
        kill_point: KillPoint | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.device_id = device_id
        self.clock = clock
        self.page_size = page_size or PAGE_SIZE
        self.max_ops = max_ops
        self.kill_point = kill_point or (lambda name: None)
        #: A jongere was erased: rebuild the file and empty the WAL after the sync (storage/bewaren.py).
        self.opruimen = False
        #: Asked between push batches and pull pages (after each one's transaction committed).
        self.stop = stop or (lambda: False)

    def _safe_point(self) -> None:
        if self.stop():
            raise SyncStoppedError()

    def sync(self, progress: Callable[[str], None] | None = None) -> SyncReport:
        report = SyncReport()
        say = progress or (lambda text: None)
        with sync_lock(self.store.path):
            before = self.client.requests
            try:
                if self.client.access_token is None:
                    self.client.refresh()
                if self.client.user is not None:
                    with self.store.write() as s:
                        link_locaties(s, self.client.user, self.device_id)
                        self._check_epoch(s, self.client.server_epoch)
                with self.store.read() as s:
                    reconcile = get_meta(s, RECONCILE) == "1"
                if reconcile:  # after a portal restore: learn what it still has before sending anything
                    self._pull(report)
                # Push, pull, and push again what the pull or a merge left (a bounded conflict loop).
                for round_ in range(3):
                    report.rounds = round_ + 1
                    say("Versturen…")
                    self._push(report)
                    if round_ == 0 or report.pulled == 0:
                        say("Ophalen…")
                        self._pull(report)
                    if not self._has_pushable():
                        break
                report.requests = self.client.requests - before
            except SyncError as exc:
                with self.store.write() as s:
                    set_meta(s, LAST_ERROR, exc.message_nl)
                raise
            with self.store.write() as s:
                set_meta(s, LAST_OK, self.clock().isoformat())
                set_meta(s, LAST_ERROR, "")
        if self.opruimen:
            self.opruimen = False
            fysiek_opruimen(self.store)
        return report

    def _check_epoch(self, s: Session, epoch: str | None) -> None:
        if not epoch:
            return
        known = get_meta(s, EPOCH)
        if known is not None and known != epoch:
            # The portal was restored from a backup: read the whole feed again and re-upload what it lost.
            log.warning("portal epoch changed: full reconcile")
            set_meta(s, CURSOR, "0")
            set_meta(s, RECONCILE, "1")
            s.execute(delete(m.SyncBase))
            s.execute(delete(m.SyncFrozen))
            # Unanswered ops go again as new ops (new op_id): the restored portal may know the old ids.
            for op in s.scalars(select(m.OutboxOp).where(m.OutboxOp.frozen_at.is_not(None))):
                op.op_id = m.new_id()
                op.frozen_at = None
            s.execute(delete(m.SyncQuarantaine))
        set_meta(s, EPOCH, epoch)

    # -- push --------------------------------------------------------------------------------------------

    def _pushable(self, s: Session) -> list[m.OutboxOp]:
        quarantined = select(m.SyncQuarantaine.op_id)
        rows = s.scalars(
            select(m.OutboxOp).where(m.OutboxOp.op_id.not_in(quarantined)).order_by(m.OutboxOp.seq)
        ).all()
        # A record in a hard conflict waits for a person; one that merely lists another laptop's conflict
        # goes up as usual (holding it would keep this laptop's words back).
        held: set[str] = set()
        for type_, model in SYNC_TYPES.items():
            ids = [op.entiteit_id for op in rows if op.entiteit == type_]
            if ids:
                held |= set(
                    s.scalars(select(model.id).where(model.id.in_(ids), model.sync_state == "conflict"))
                )
        return [op for op in rows if op.entiteit_id not in held]

    def _has_pushable(self) -> bool:
        with self.store.read() as s:
            return any(op.entiteit in SYNC_TYPES for op in self._pushable(s))

    def _push(self, report: SyncReport) -> None:
        for _ in range(50):  # bounded: each round sends at most one op per record
            self._safe_point()
            with self.store.write() as s:
                batch = self._freeze_batch(s, report)
            if not batch:
                return
            self.kill_point("frozen")
            body = self.client.push(batch)
            self.kill_point("pushed")
            with self.store.write() as s:
                self._check_epoch(s, body.get("server_epoch"))
                for wire, result in zip(batch, body["results"], strict=True):
                    self._apply_result(s, wire, result, report)
            self.kill_point("results")

    def _freeze_batch(self, s: Session, report: SyncReport) -> list[dict[str, Any]]:
        ops = self._pushable(s)
        by_entity: dict[str, list[m.OutboxOp]] = {}
        for op in ops:
            if op.entiteit in PORTAL_OWNED or op.entiteit not in SYNC_TYPES:
                s.delete(op)  # the roster is the portal's; nothing to send
                report.local_only += 1
                continue
            by_entity.setdefault(op.entiteit_id, []).append(op)
        batch: list[dict[str, Any]] = []
        for entity_ops in by_entity.values():
            if len(batch) >= self.max_ops:
                break
            wire = self._freeze(s, entity_ops)
            if wire is not None:
                batch.append(wire)
        return batch

    def _freeze(self, s: Session, entity_ops: list[m.OutboxOp]) -> dict[str, Any] | None:
        """The wire op for the first op of a record, frozen on first send (same op_id and payload on retry).

        Later unfrozen ops of the same author are folded in (each op is the full record), so a record
        edited five times offline goes up as one op; another author's edit stays its own op.
        """
        first = entity_ops[0]
        frozen = s.get(m.SyncFrozen, first.op_id)
        if frozen is not None:
            return dict(frozen.wire)
        folded: list[m.OutboxOp] = []
        for op in entity_ops[1:]:
            if op.frozen_at is not None or op.author_id != first.author_id:
                break
            folded.append(op)
        if folded:
            last = folded[-1]
            first.payload = last.payload
            first.soort = last.soort
            first.local_rev = last.local_rev
            for op in folded:
                s.delete(op)
        model = SYNC_TYPES[first.entiteit]
        row = s.get(model, first.entiteit_id)
        locs = LocatieMap(s)
        payload = locs.wire(first.payload)
        # "vernietig": destruction on request (services/bewaren.py); the portal purges the jongere.
        purge = first.soort == "vernietig"
        deleted = first.soort == "delete" or purge
        if self._only_marks_superseded(s, first.entiteit, first.entiteit_id, payload):
            # The portal marks a corrected verslag itself (superseded_by); the final one stays as it was.
            s.delete(first)
            s.flush()
            if row is not None and not self._ops_of(s, first.entiteit_id):
                row.sync_state = "synced"
            return None
        jongere_id = None if first.entiteit == "jongere" else payload.get("jongere_id")
        resolves = s.scalars(
            select(m.SyncConflict).where(
                m.SyncConflict.entiteit_id == first.entiteit_id,
                m.SyncConflict.opgelost_op.is_not(None),
                m.SyncConflict.gemeld.is_(False),
                m.SyncConflict.conflict_id.is_not(None),
            )
        ).all()
        for c in resolves:
            c.gemeld = True
        wire: dict[str, Any] = {
            "op_id": first.op_id,
            "type": first.entiteit,
            "uuid": first.entiteit_id,
            "base_version": row.server_version if row is not None else first.base_version,
            "payload": {} if deleted else payload,
            "deleted": deleted,
            "immutable": not deleted and is_final(first.entiteit, payload),
            "author": (first.author_id or f"apparaat:{first.device_id}")[:64],
            "jongere_id": jongere_id,
            "locatie_id": payload.get("locatie_id") if jongere_id is None else None,
            "supersedes": payload.get("vervangt_id") if first.entiteit in SUPERSEDING_TYPES else None,
            "resolves": [c.conflict_id for c in resolves],
        }
        if purge:
            wire["purge"] = True
        first.frozen_at = self.clock()
        first.base_version = wire["base_version"]
        s.add(m.SyncFrozen(op_id=first.op_id, wire=wire))
        s.flush()
        return wire

    def _only_marks_superseded(self, s: Session, type_: str, uuid: str, payload: dict[str, Any]) -> bool:
        base = s.get(m.SyncBase, uuid)
        if (
            type_ != "gesprek"
            or base is None
            or not is_final(type_, base.payload)
            or not payload.get("vervangen")
        ):
            return False
        return {**payload, "vervangen": False} == {**base.payload, "vervangen": False}

    # -- per-op results --------------------------------------------------------------------------------

    def _ops_of(self, s: Session, entity_id: str) -> list[m.OutboxOp]:
        return list(
            s.scalars(select(m.OutboxOp).where(m.OutboxOp.entiteit_id == entity_id).order_by(m.OutboxOp.seq))
        )

    def _drop_op(self, s: Session, op_id: str) -> None:
        s.execute(delete(m.OutboxOp).where(m.OutboxOp.op_id == op_id))
        s.execute(delete(m.SyncFrozen).where(m.SyncFrozen.op_id == op_id))

    def _set_base(
        self, s: Session, entity: str, uuid: str, version: int, *, deleted: bool, payload: Any
    ) -> None:
        base = s.get(m.SyncBase, uuid)
        if base is None:
            base = m.SyncBase(entiteit_id=uuid, entiteit=entity)
            s.add(base)
        base.server_version = version
        base.deleted = deleted
        base.payload = dict(payload or {})

    def _apply_result(
        self, s: Session, wire: dict[str, Any], result: dict[str, Any], report: SyncReport
    ) -> None:
        status = result["status"]
        if status == "duplicate":
            report.duplicates += 1
            status = result.get("original_status") or "applied"
        model = SYNC_TYPES[wire["type"]]
        uuid = wire["uuid"]
        row = s.get(model, uuid)
        if status == "applied":
            report.pushed += 1
            self._drop_op(s, wire["op_id"])
            version = int(result["version"])
            self._set_base(s, wire["type"], uuid, version, deleted=wire["deleted"], payload=wire["payload"])
            if row is not None:
                row.server_version = version
                # An edit made while this op was on its way has its own op: the record stays pending.
                row.sync_state = "pending" if self._ops_of(s, uuid) else "synced"
        elif status == "conflict":
            self._drop_op(s, wire["op_id"])  # the portal keeps our payload as a conflict revision
            self._on_conflict(s, wire, result, row, report)
        elif status == "rejected":
            report.rejected += 1
            message = str(result.get("message_nl") or "Het portaal weigerde deze wijziging.")
            report.meldingen.append(message)
            s.merge(m.SyncQuarantaine(op_id=wire["op_id"], code=str(result.get("code", "")), melding=message))
        elif status == "gone":
            report.gone += 1
            self._drop_op(s, wire["op_id"])
            if result.get("reason") == "purged":
                self._erase(s, wire["type"], uuid)
            elif row is not None and not self._ops_of(s, uuid):
                row.sync_state = "synced"
        else:  # pragma: no cover - a newer portal
            log.warning("unknown push status %s", status)

    def _on_conflict(
        self,
        s: Session,
        wire: dict[str, Any],
        result: dict[str, Any],
        row: m.SyncMixin | None,
        report: SyncReport,
    ) -> None:
        current: dict[str, Any] = result.get("current") or {}
        if current.get("purged"):
            self._erase(s, wire["type"], wire["uuid"])
            return
        if row is None:
            return
        locs = LocatieMap(s)
        version = int(result.get("current_version") or current.get("version") or 0)
        theirs_deleted = bool(current.get("deleted"))
        theirs: dict[str, Any] = dict(current.get("payload") or {})
        base_row = s.get(m.SyncBase, wire["uuid"])
        base = dict(base_row.payload) if base_row is not None else {}
        mine_deleted = row.deleted_at is not None
        mine = locs.wire(local_payload(row))
        later = [op for op in self._ops_of(s, wire["uuid"]) if op.frozen_at is None]
        author = later[-1].author_id if later else wire["author"]
        fields: list[str] = []
        clean = False
        if mine_deleted and theirs_deleted:
            clean, merged = True, theirs
        elif not mine_deleted and not theirs_deleted:
            merged, fields = merge3(base, mine, theirs)
            clean = not fields
        if clean:
            report.merged += 1
            if not mine_deleted:
                for key, value in _column_values(type(row), locs.local(merged)).items():
                    setattr(row, key, value)
            row.server_version = version
            self._set_base(s, wire["type"], wire["uuid"], version, deleted=theirs_deleted, payload=theirs)
            for op in later:
                s.delete(op)
            s.add(
                m.SyncConflict(
                    conflict_id=result.get("conflict_id"),
                    entiteit=wire["type"],
                    entiteit_id=wire["uuid"],
                    reden=str(result.get("reason", "stale")),
                    velden=[],
                    mijn=mine,
                    hun=theirs,
                    hun_verwijderd=theirs_deleted,
                    hun_versie=version,
                    hun_auteur=str(current.get("author") or ""),
                    opgelost_op=self.clock(),
                    keuze="samengevoegd",
                )
            )
            s.flush()
            self._new_op(s, row, wire["type"], author)
            return
        report.conflicts += 1
        if not fields:
            fields = ["verwijderd"]
        s.add(
            m.SyncConflict(
                conflict_id=result.get("conflict_id"),
                entiteit=wire["type"],
                entiteit_id=wire["uuid"],
                reden=str(result.get("reason", "stale")),
                velden=fields,
                mijn={} if mine_deleted else mine,
                mijn_verwijderd=mine_deleted,
                hun=theirs,
                hun_verwijderd=theirs_deleted,
                hun_versie=version,
                hun_auteur=str(current.get("author") or ""),
            )
        )
        row.sync_state = "conflict"

    def _new_op(self, s: Session, row: m.SyncMixin, entity: str, author: str | None) -> None:
        """An outbox op with the record as it is now (after a merge or a person's choice)."""
        row.local_rev = (row.local_rev or 0) + 1
        row.sync_state = "pending"
        s.add(
            m.OutboxOp(
                entiteit=entity,
                entiteit_id=row.id,
                soort="delete" if row.deleted_at is not None else "upsert",
                base_version=row.server_version,
                local_rev=row.local_rev,
                payload=local_payload(row) | {"id": row.id},
                author_id=author,
                device_id=self.device_id,
                created_at=self.clock(),
            )
        )
        s.flush()

    # -- pull ------------------------------------------------------------------------------------------

    def _pull(self, report: SyncReport) -> None:
        # The next page is fetched while this one is applied (one request ahead, on one worker thread):
        # the portal's work and the transfer overlap with the database's. Nothing about the order of
        # writes changes: each page is still applied in its own transaction with the cursor written last,
        # and a page fetched ahead for a cursor that is no longer current (the epoch changed) is dropped.
        # A feed of more than one page is written through Store.bulk_writes (one connection with a large
        # cache); a sync that finds one page or nothing new keeps the plain write units and their low cost.
        with ExitStack() as stack:
            pool = stack.enter_context(ThreadPoolExecutor(max_workers=1, thread_name_prefix="kso-sync-pull"))
            write: Callable[[], AbstractContextManager[Session]] = self.store.write
            bulk = False
            ahead: tuple[int, Future[dict[str, Any]]] | None = None
            for _ in range(100_000):
                self._safe_point()
                with self.store.read() as s:
                    since = int(get_meta(s, CURSOR) or 0)
                if ahead is not None and ahead[0] == since:
                    body = ahead[1].result()
                else:
                    if ahead is not None:
                        _drop(ahead[1])
                    body = self.client.changes(since, self.page_size)
                ahead = None
                if body.get("has_more"):
                    after = int(body["next_cursor"])
                    ahead = (after, pool.submit(self.client.changes, after, self.page_size))
                    if not bulk:
                        write, bulk = stack.enter_context(self.store.bulk_writes()), True
                with write() as s, _gc_paused():
                    self._check_epoch(s, body.get("server_epoch"))
                    if int(get_meta(s, CURSOR) or 0) != since:  # the epoch changed: start again from 0
                        continue
                    self._apply_page(s, body, report)
                    self.kill_point("page-applied")
                    set_meta(s, CURSOR, str(int(body["next_cursor"])))  # last: a crash re-reads the page
                if not body.get("has_more"):
                    with write() as s:
                        if get_meta(s, RECONCILE) == "1":
                            self._finish_reconcile(s)
                    return

    def _apply_page(self, s: Session, body: dict[str, Any], report: SyncReport) -> None:
        changes = [c for c in body.get("changes", []) if c.get("type") in SYNC_TYPES]
        if not changes and not body.get("removed_youth"):
            return  # nothing new (a no-change sync): no need to read what applying would need
        # Jongeren whose data left this laptop (destroyed, or removed after leaving) never come back.
        weg = set(s.scalars(select(m.Vernietigd.id)))
        if weg:
            changes = [c for c in changes if str(c["uuid"]) not in weg and c.get("jongere_id") not in weg]
        # A jongere before their records (a jongere moving in re-versions all of them at once).
        changes.sort(key=lambda c: (c["version"], c["type"] != "jongere"))
        purged = [c for c in changes if c.get("purged")]
        with s.no_autoflush:
            page = _Page.load(s, [c for c in changes if not c.get("purged")], self.clock())
            for change in changes:
                if not change.get("purged"):
                    self._apply_change(s, change, page, report)
        s.flush()
        for type_ in ("jongere", *reversed(CHILD_TYPES)):  # parents first
            for (insert_type, _keys), rows in page.inserts.items():
                if insert_type == type_:
                    _insert_rows(s, _table(SYNC_TYPES[type_]), rows)
        _insert_rows(s, _table(m.SyncBase), page.base_inserts)
        for type_ in (*CHILD_TYPES, "jongere"):
            for change in purged:
                if change["type"] == type_:
                    self._erase(s, type_, change["uuid"])
                    report.pulled += 1
        for gone in body.get("removed_youth", []):
            self._leave_scope(s, str(gone["jongere_id"]), int(gone["version"]), report)

    def _apply_change(self, s: Session, c: dict[str, Any], page: _Page, report: SyncReport) -> None:
        model = SYNC_TYPES[c["type"]]
        uuid = str(c["uuid"])
        row = page.rows.get(uuid)
        locs = page.locs
        if c.get("open_conflicts") or uuid in page.open_conflicts:
            s.flush()
            self._feed_conflicts(s, c, row)
        version = int(c["version"])
        if row is not None and page.reconcile and self._reconcile(s, c, row, locs):
            return
        if row is not None and row.server_version is not None and version <= row.server_version:
            return
        if row is not None and (uuid in page.pending or row.sync_state == "conflict"):
            # Unsynced words here: never overwritten. The push gets a conflict and merges (or the open
            # conflict shows the newest portal version).
            s.flush()
            for open_ in self._open_conflicts(s, uuid):
                open_.hun = dict(c.get("payload") or {})
                open_.hun_verwijderd = bool(c.get("deleted"))
                open_.hun_versie = version
            return
        deleted = bool(c.get("deleted"))
        payload = dict(c.get("payload") or {})
        if c["type"] == "gesprek" and c.get("superseded_by") and payload:
            payload["vervangen"] = True
        base = page.bases.get(uuid)
        if base is None and row is None and not deleted:
            page.base_inserts.append(
                {"entiteit_id": uuid, "entiteit": c["type"], "server_version": version, "deleted": False}
                | {"payload": payload}
            )
        else:
            if base is None:
                base = page.bases[uuid] = m.SyncBase(entiteit_id=uuid, entiteit=c["type"])
                s.add(base)
            base.server_version = version
            base.deleted = deleted
            base.payload = payload
        if row is None:
            if deleted:
                return
            values = _column_values(model, locs.local(payload))
            if not self._parents_ready(s, model, values, page):
                log.warning("pulled %s without its jongere: skipped", c["type"])
                return
            # A new record goes in with one executemany per table at the end of the page (no ORM objects):
            # the initial sync of a whole contractpartner is mostly this.
            author = str(c.get("author") or "")
            now = page.now
            values.update(
                id=uuid,
                device_id="portaal",
                created_at=now,
                updated_at=now,
                server_version=version,
                sync_state="synced",
                local_rev=1,
                deleted_at=None,
                author_id=author if author in page.medewerkers else None,
            )
            page.inserts.setdefault((c["type"], frozenset(values)), []).append(values)
            if model is m.Jongere:
                page.jongeren.add(uuid)
            report.pulled += 1
            return
        elif deleted:
            row.deleted_at = row.deleted_at or self.clock()
        else:
            for key, value in _column_values(model, locs.local(payload)).items():
                setattr(row, key, value)
            row.deleted_at = None
        author = str(c.get("author") or "")
        row.author_id = author if author in page.medewerkers else None
        row.server_version = version
        row.sync_state = "synced"
        row.updated_at = self.clock()
        report.pulled += 1

    def _reconcile(self, s: Session, c: dict[str, Any], row: m.SyncMixin, locs: LocatieMap) -> bool:
        """After a restore: equal content is simply synced; where the portal lost words, mine go again."""
        version = int(c["version"])
        deleted = bool(c.get("deleted"))
        payload = dict(c.get("payload") or {})
        self._set_base(s, c["type"], row.id, version, deleted=deleted, payload=payload)
        if self._ops_of(s, row.id) or row.sync_state == "conflict":
            row.server_version = version
            return True
        mine = locs.wire(local_payload(row))
        mine_deleted = row.deleted_at is not None
        row.server_version = version
        if (mine_deleted and deleted) or (not mine_deleted and not deleted and mine == payload):
            row.sync_state = "synced"
        else:
            self._new_op(s, row, c["type"], row.author_id)
        return True

    def _finish_reconcile(self, s: Session) -> None:
        """Records the restored portal never had (made after its backup) are uploaded as new."""
        known = select(m.SyncBase.entiteit_id)
        for type_, model in SYNC_TYPES.items():
            rows = s.scalars(
                select(model).where(
                    model.server_version.is_not(None), model.id.not_in(known), model.deleted_at.is_(None)
                )
            ).all()
            for row in rows:
                row.server_version = None
                if not self._ops_of(s, row.id):
                    self._new_op(s, row, type_, row.author_id)
        set_meta(s, RECONCILE, "0")

    def _parents_ready(
        self, s: Session, model: type[m.SyncMixin], values: dict[str, Any], page: _Page
    ) -> bool:
        locatie_id = values.get("locatie_id")
        if model in (m.Jongere, m.Overdracht) and locatie_id not in page.locaties:
            self._ensure_locatie(s, str(locatie_id))
            page.locaties.add(str(locatie_id))
        if model is m.Jongere:
            return True
        medewerker_id = values.get("medewerker_id")
        if model is m.MentorToewijzing and medewerker_id not in page.medewerkers:
            self._ensure_medewerker(s, str(medewerker_id))
            page.medewerkers.add(str(medewerker_id))
        jongere_id = values.get("jongere_id")
        return jongere_id is None or jongere_id in page.jongeren

    def _ensure_locatie(self, s: Session, locatie_id: str) -> None:
        if s.get(m.Locatie, locatie_id) is None:
            org = s.scalars(select(m.Organisatie.id)).first()
            if org is None:
                org = m.new_id()
                s.add(m.Organisatie(id=org, naam="Organisatie", device_id="portaal", sync_state="synced"))
                s.flush()
            s.add(
                m.Locatie(
                    id=locatie_id,
                    organisatie_id=org,
                    naam="Locatie",
                    type="KWG",
                    device_id="portaal",
                    sync_state="synced",
                )
            )
            s.flush()

    def _ensure_medewerker(self, s: Session, medewerker_id: str) -> None:
        if s.get(m.Medewerker, medewerker_id) is None:
            org = s.scalars(select(m.Organisatie.id)).first()
            s.add(
                m.Medewerker(
                    id=medewerker_id,
                    organisatie_id=org,
                    naam="Medewerker (van het portaal)",
                    rol="woonbegeleider",
                    device_id="portaal",
                    sync_state="synced",
                )
            )
            s.flush()

    def _open_conflicts(self, s: Session, uuid: str) -> list[m.SyncConflict]:
        return list(
            s.scalars(
                select(m.SyncConflict).where(
                    m.SyncConflict.entiteit_id == uuid, m.SyncConflict.opgelost_op.is_(None)
                )
            )
        )

    def _feed_conflicts(self, s: Session, c: dict[str, Any], row: m.SyncMixin | None) -> None:
        """Conflicts other laptops left on this record are listed here too, and closed when resolved."""
        listed = {str(o["conflict_id"]): o for o in c.get("open_conflicts") or []}
        for conflict in self._open_conflicts(s, str(c["uuid"])):
            closed = conflict.conflict_id is not None and conflict.conflict_id not in listed
            newer = int(c["version"]) > conflict.hun_versie
            if newer:  # "theirs" is always the portal's newest version
                conflict.hun = dict(c.get("payload") or {})
                conflict.hun_verwijderd = bool(c.get("deleted"))
                conflict.hun_versie = int(c["version"])
            if closed and newer:
                conflict.opgelost_op = self.clock()
                conflict.keuze = "elders"
                conflict.gemeld = True
                s.flush()
                # Resolved on another laptop: this record follows the portal again.
                if row is not None and row.sync_state == "conflict" and not self._open_conflicts(s, row.id):
                    row.sync_state = "pending" if self._ops_of(s, row.id) else "synced"
        for conflict_id, o in listed.items():
            if s.scalars(select(m.SyncConflict.id).where(m.SyncConflict.conflict_id == conflict_id)).first():
                continue
            s.add(
                m.SyncConflict(
                    conflict_id=conflict_id,
                    entiteit=c["type"],
                    entiteit_id=str(c["uuid"]),
                    reden=str(o.get("reason", "stale")),
                    velden=sorted(
                        k
                        for k in set(o.get("payload") or {}) | set(c.get("payload") or {})
                        if (o.get("payload") or {}).get(k) != (c.get("payload") or {}).get(k)
                    ),
                    mijn=dict(o.get("payload") or {}),
                    mijn_verwijderd=bool(o.get("deleted")),
                    hun=dict(c.get("payload") or {}),
                    hun_verwijderd=bool(c.get("deleted")),
                    hun_versie=int(c["version"]),
                    hun_auteur=str(c.get("author") or ""),
                )
            )
        s.flush()

    # -- erasing and leaving scope -------------------------------------------------------------------------

    def _erase(self, s: Session, type_: str, uuid: str) -> None:
        """AVG purge: the record and everything of it goes, including queued ops."""
        if type_ == "jongere":
            # Every row about them (also the audit trail's and the search index's copies of their words),
            # found by the inzage's FK walk, with a tombstone so a later pull never brings them back.
            if wis_jongere(s, uuid, soort="vernietigd", nu=self.clock()).totaal:
                self.opruimen = True
            return
        self._delete_records(s, [uuid], jongere_id=None)

    def _delete_records(self, s: Session, ids: list[str], *, jongere_id: str | None) -> None:
        s.execute(delete(m.OverdrachtGelezen).where(m.OverdrachtGelezen.overdracht_id.in_(ids)))
        s.execute(delete(m.PlanHerstelpunt).where(m.PlanHerstelpunt.plan_versie_id.in_(ids)))
        s.execute(delete(m.FormulierHerstelpunt).where(m.FormulierHerstelpunt.invulling_id.in_(ids)))
        if jongere_id is not None:
            s.execute(delete(m.GesprekHerstelpunt).where(m.GesprekHerstelpunt.jongere_id == jongere_id))
        op_ids = select(m.OutboxOp.op_id).where(m.OutboxOp.entiteit_id.in_(ids))
        s.execute(delete(m.SyncFrozen).where(m.SyncFrozen.op_id.in_(op_ids)))
        s.execute(delete(m.SyncQuarantaine).where(m.SyncQuarantaine.op_id.in_(op_ids)))
        s.execute(delete(m.OutboxOp).where(m.OutboxOp.entiteit_id.in_(ids)))
        s.execute(delete(m.SyncConflict).where(m.SyncConflict.entiteit_id.in_(ids)))
        s.execute(delete(m.SyncBase).where(m.SyncBase.entiteit_id.in_(ids)))
        for type_ in (*CHILD_TYPES, "jongere"):
            model = SYNC_TYPES[type_]
            s.execute(delete(model).where(model.id.in_(ids)))
        s.flush()
        s.expire_all()

    def _leave_scope(self, s: Session, jongere_id: str, version: int, report: SyncReport) -> None:
        """A jongere moved out of this laptop's locations: forget them, unless words here are unsynced."""
        row = s.get(m.Jongere, jongere_id)
        if row is None:
            return
        if row.server_version is not None and row.server_version > version:
            # Moved back since: the feed still lists the old move, but this laptop already has a newer
            # version from one of its own locations (a first sync reads both in one page).
            return
        report.removed_youth += 1
        ids = [jongere_id]
        for child in CHILD_TYPES:
            model = SYNC_TYPES[child]
            ids += list(s.scalars(select(model.id).where(getattr(model, "jongere_id") == jongere_id)))  # noqa: B009
        unsynced = (
            s.scalar(select(func.count()).select_from(m.OutboxOp).where(m.OutboxOp.entiteit_id.in_(ids)))
            or s.scalar(
                select(func.count())
                .select_from(m.GesprekHerstelpunt)
                .where(m.GesprekHerstelpunt.jongere_id == jongere_id)
            )
            or s.scalar(
                select(func.count())
                .select_from(m.PlanHerstelpunt)
                .where(m.PlanHerstelpunt.plan_versie_id.in_(ids))
            )
            or s.scalar(
                select(func.count())
                .select_from(m.FormulierHerstelpunt)
                .where(m.FormulierHerstelpunt.invulling_id.in_(ids))
            )
            or self._open_conflicts(s, jongere_id)
        )
        if unsynced:
            report.kept_out_of_scope += 1
            report.meldingen.append(
                "Een jongere is niet meer van uw locatie, maar heeft hier nog niet-verstuurde gegevens; "
                "die blijven bewaard."
            )
            s.merge(m.SyncBuitenBereik(jongere_id=jongere_id, sinds_versie=version))
            return
        # Everything about them leaves this laptop (audit rows and search index too); no tombstone:
        # they may come back in scope later.
        wis_jongere(s, jongere_id, soort="vertrokken", nu=self.clock(), blijvend=False)
        self.opruimen = True


def waiting_ops(s: Session) -> int:
    """Ops that still have to reach the portal (the roster's local ops do not count)."""
    return int(
        s.scalar(
            select(func.count()).select_from(m.OutboxOp).where(m.OutboxOp.entiteit.in_(list(SYNC_TYPES)))
        )
        or 0
    )


def open_conflict_count(s: Session) -> int:
    return int(
        s.scalar(select(func.count()).select_from(m.SyncConflict).where(m.SyncConflict.opgelost_op.is_(None)))
        or 0
    )


def resolve_conflict(
    s: Session,
    conflict: m.SyncConflict,
    keuze: str,
    merged: dict[str, Any] | None,
    *,
    author: str | None,
    device_id: str,
    now: datetime,
) -> m.SyncMixin | None:
    """A person's choice: keep mine, keep theirs, or a merged text. Queues the edit that tells the portal.

    ``merged`` holds the fields to take over (wire form) on top of my version.
    """
    model = SYNC_TYPES[conflict.entiteit]
    row = s.get(model, conflict.entiteit_id)
    locs = LocatieMap(s)
    if keuze == "hun":
        target, target_deleted = dict(conflict.hun), conflict.hun_verwijderd
    elif keuze == "mijn":
        target, target_deleted = dict(conflict.mijn), conflict.mijn_verwijderd
    else:
        target, target_deleted = {**conflict.mijn, **(merged or {})}, False
    if row is not None and row.deleted_at is None and not target_deleted:
        # Words typed here that the conflict did not show (edits after it, or edits waiting while another
        # laptop's conflict was listed) are kept on top of the choice.
        if row.sync_state == "conflict":
            shown = dict(conflict.mijn)
        else:
            base_row = s.get(m.SyncBase, conflict.entiteit_id)
            shown = dict(base_row.payload) if base_row is not None else dict(conflict.hun)
        target, _fields = merge3(shown, locs.wire(local_payload(row)), target)
    conflict.opgelost_op = now
    conflict.keuze = keuze
    conflict.gemeld = False
    if row is None:
        if target_deleted:
            return None
        values = _column_values(model, locs.local(target))
        new_row: Any = model
        row = new_row(id=conflict.entiteit_id, device_id=device_id, created_at=now, **values)
        s.add(row)
        s.flush()
    assert row is not None
    if target_deleted:
        row.deleted_at = row.deleted_at or now
    else:
        for key, value in _column_values(model, locs.local(target)).items():
            setattr(row, key, value)
        row.deleted_at = None
    row.server_version = conflict.hun_versie
    base = s.get(m.SyncBase, conflict.entiteit_id) or m.SyncBase(
        entiteit_id=conflict.entiteit_id, entiteit=conflict.entiteit
    )
    base.server_version = conflict.hun_versie
    base.deleted = conflict.hun_verwijderd
    base.payload = dict(conflict.hun)
    s.add(base)
    # The choice replaces whatever was queued for this record (it was shown as "mine").
    s.execute(
        delete(m.OutboxOp).where(
            m.OutboxOp.entiteit_id == conflict.entiteit_id,
            m.OutboxOp.op_id.not_in(select(m.SyncFrozen.op_id)),
        )
    )
    row.author_id = author
    row.device_id = device_id
    row.updated_at = now
    row.local_rev = (row.local_rev or 0) + 1
    still_open = s.scalar(
        select(func.count())
        .select_from(m.SyncConflict)
        .where(m.SyncConflict.entiteit_id == conflict.entiteit_id, m.SyncConflict.opgelost_op.is_(None))
    )
    row.sync_state = "conflict" if still_open else "pending"
    s.add(
        m.OutboxOp(
            entiteit=conflict.entiteit,
            entiteit_id=row.id,
            soort="delete" if row.deleted_at is not None else "upsert",
            base_version=row.server_version,
            local_rev=row.local_rev,
            payload=local_payload(row) | {"id": row.id},
            author_id=author,
            device_id=device_id,
            created_at=now,
        )
    )
    s.flush()
    return row
