"""Removing every stored row about one jongere, and making sure the removed text is physically gone.

The rows are found by the same foreign-key walk as the AVG inzage (storage/inzage.py), so a table added
later is removed too without anyone remembering it; the sync queues and caches, the search index and the
autosaves are added here by hand because they point at records without a foreign key.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, func, select, text
from sqlalchemy.orm import Session

from kso_desktop.domain.bewaren import Wachtend
from kso_desktop.storage import models as m
from kso_desktop.storage.engine import _DB_ERRORS, Store
from kso_desktop.storage.inzage import _LOSSE_VERWIJZINGEN, _RECORD_VERWIJZINGEN, verwijzingen

log = logging.getLogger(__name__)


def _sleutels(s: Session, jongere_id: str) -> dict[str, list[Any]]:
    """Table name → the values of each referenced column of its rows about this jongere (by FK walk).

    Keyed as ``"tabel.kolom"``: what the children of that table point at.
    """
    waarden: dict[str, list[Any]] = {"jongere.id": [jongere_id]}
    for v in verwijzingen():
        ouders = waarden.get(f"{v.doel.name}.{v.doelkolom.name}", [])
        kolommen = {c.name for c in v.tabel.columns}
        # Only the columns other tables point at are needed (usually "id").
        nodig = [c for c in ("id",) if c in kolommen]
        if not ouders or not nodig:
            for c in nodig:
                waarden.setdefault(f"{v.tabel.name}.{c}", [])
            continue
        for c in nodig:
            rijen = s.execute(select(v.tabel.c[c]).where(v.kolom.in_(ouders)))
            waarden.setdefault(f"{v.tabel.name}.{c}", []).extend(r[0] for r in rijen)
    return waarden


def record_ids(s: Session, jongere_id: str) -> list[str]:
    """The jongere's id and the ids of every row about them (records, autosaves, ...)."""
    ids: list[str] = []
    for sleutel, waarden in _sleutels(s, jongere_id).items():
        if sleutel.endswith(".id"):
            ids.extend(str(w) for w in waarden)
    return ids


def _tel(s: Session, q: Any) -> int:
    return int(s.scalar(select(func.count()).select_from(q.subquery())) or 0)


def wachtend(s: Session, jongere_id: str) -> Wachtend:
    """What of this jongere has not safely reached the portal."""
    ids = record_ids(s, jongere_id)
    quarantaine = select(m.SyncQuarantaine.op_id)
    ops = select(m.OutboxOp.op_id).where(m.OutboxOp.entiteit_id.in_(ids))
    return Wachtend(
        wijzigingen=_tel(s, ops.where(m.OutboxOp.op_id.not_in(quarantaine))),
        geweigerd=_tel(s, ops.where(m.OutboxOp.op_id.in_(quarantaine))),
        conflicten=_tel(
            s,
            select(m.SyncConflict.id).where(
                m.SyncConflict.entiteit_id.in_(ids), m.SyncConflict.opgelost_op.is_(None)
            ),
        ),
        herstelpunten=_tel(s, select(m.PlanHerstelpunt.id).where(m.PlanHerstelpunt.plan_versie_id.in_(ids)))
        + _tel(s, select(m.GesprekHerstelpunt.id).where(m.GesprekHerstelpunt.jongere_id == jongere_id))
        + _tel(s, select(m.FormulierHerstelpunt.id).where(m.FormulierHerstelpunt.invulling_id.in_(ids))),
    )


@dataclass(frozen=True, slots=True)
class Gewist:
    """How many rows went, per table (no content)."""

    per_tabel: dict[str, int]

    @property
    def totaal(self) -> int:
        return sum(self.per_tabel.values())


def wis_jongere(s: Session, jongere_id: str, *, soort: str, nu: datetime, blijvend: bool = True) -> Gewist:
    """Delete every row about this jongere and keep a tombstone (id only) in ``vernietigd``.

    The tombstone goes in first: the audit trail's delete trigger allows removing only the rows of a
    jongere listed there. Without ``blijvend`` it goes again at the end (the jongere may come back).
    """
    s.merge(m.Vernietigd(id=jongere_id, soort=soort, op=nu))
    s.flush()
    waarden = _sleutels(s, jongere_id)
    ids = record_ids(s, jongere_id)
    tabellen = m.Base.metadata.tables
    per_tabel: dict[str, int] = {}

    def weg(tabel: Table, voorwaarde: Any) -> None:
        n = s.execute(delete(tabel).where(voorwaarde)).rowcount  # type: ignore[attr-defined]
        if n:
            per_tabel[tabel.name] = per_tabel.get(tabel.name, 0) + int(n)

    # Sync bookkeeping first: queued ops, their frozen wire form (a copy of the payload), refusals.
    outbox, frozen, quarantaine = tabellen["outbox"], tabellen["sync_frozen"], tabellen["sync_quarantaine"]
    op_ids = select(outbox.c.op_id).where(outbox.c.entiteit_id.in_(ids))
    weg(frozen, frozen.c.op_id.in_(op_ids))
    weg(quarantaine, quarantaine.c.op_id.in_(op_ids))
    weg(outbox, outbox.c.entiteit_id.in_(ids))
    weg(tabellen["sync_base"], tabellen["sync_base"].c.entiteit_id.in_(ids))
    for naam, kolom in _RECORD_VERWIJZINGEN.items():
        weg(tabellen[naam], tabellen[naam].c[kolom].in_(ids))
    for naam, kolom in _LOSSE_VERWIJZINGEN.items():
        weg(tabellen[naam], tabellen[naam].c[kolom] == jongere_id)
    # The full-text index (an FTS5 table, not in the models): by jongere and by record.
    n = s.execute(
        text("DELETE FROM zoek_index WHERE jongere_id = :j OR ref_id IN (SELECT value FROM json_each(:ids))"),
        {"j": jongere_id, "ids": json.dumps(ids)},
    ).rowcount  # type: ignore[attr-defined]
    if n:
        per_tabel["zoek_index"] = int(n)
    # Children before parents: the walk found parents first.
    for v in reversed(verwijzingen()):
        ouders = waarden.get(f"{v.doel.name}.{v.doelkolom.name}", [])
        if ouders:
            weg(v.tabel, v.kolom.in_(ouders))
    weg(tabellen["jongere"], tabellen["jongere"].c.id == jongere_id)
    if not blijvend:
        s.execute(delete(m.Vernietigd).where(m.Vernietigd.id == jongere_id))
    s.flush()
    s.expire_all()
    return Gewist(per_tabel)


def is_verwijderd(s: Session, jongere_id: str) -> bool:
    return s.get(m.Vernietigd, jongere_id) is not None


def secure_delete_aan(s: Session) -> None:
    """Deleted content is overwritten with zeros, not left in free space (this connection, from now on).

    SQLCipher turns this on for encrypted databases already; said here so it never depends on the build.
    """
    s.execute(text("PRAGMA secure_delete = ON"))


@dataclass(frozen=True, slots=True)
class Opgeruimd:
    """The result of making deleted text physically gone: was the WAL emptied?"""

    wal_leeg: bool


def fysiek_opruimen(store: Store) -> Opgeruimd:
    """Rebuild the file (VACUUM: no free pages with old text) and empty the WAL (checkpoint + truncate).

    Run outside any transaction, on a connection of its own. A reader elsewhere (another app window on
    the same file) can keep the WAL from being emptied; that is reported, and the next run catches up.
    """
    try:
        with store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA secure_delete = ON")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")
            busy, _log, _klaar = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except _DB_ERRORS as exc:  # busy: another writer; the rows are deleted, the next run cleans the file
        log.warning("bewaren: opruimen van het bestand uitgesteld (%s)", type(exc).__name__)
        return Opgeruimd(False)
    wal = store.path.with_name(store.path.name + "-wal")
    leeg = busy == 0 and (not wal.exists() or wal.stat().st_size == 0)
    if not leeg:
        log.warning("bewaren: WAL niet helemaal leeg na opruimen (busy=%s)", busy)
    return Opgeruimd(leeg)


def nog_buiten_bereik(s: Session) -> set[str]:
    """Jongeren kept after leaving this laptop's locations who have not come back since.

    The mark stays in ``sync_buiten_bereik``; a newer version of the jongere from the portal (they moved
    back to one of this laptop's locations) means in scope again.
    """
    kept, j = m.SyncBuitenBereik, m.Jongere
    return set(
        s.scalars(
            select(kept.jongere_id)
            .join(j, j.id == kept.jongere_id)
            .where(j.server_version.is_(None) | (j.server_version <= kept.sinds_versie))
        )
    )
