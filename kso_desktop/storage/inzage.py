"""Every stored row about one jongere, found by following the foreign keys from the jongere table.

Used for the AVG inzage (Norm 7.1c). Walking the schema, rather than listing tables by hand, means a table
added later is in the export without anyone remembering to add it; a test checks the walk reaches every
table that refers to a jongere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from kso_desktop.storage.models import Base

#: Tables that hold a jongere's id without a foreign key (the audit trail, sync bookkeeping).
_LOSSE_VERWIJZINGEN = {"audit_log": "jongere_id", "sync_buiten_bereik": "jongere_id"}
#: Tables that point at any record by ``entiteit_id``: a sync conflict keeps both versions of someone's words.
_RECORD_VERWIJZINGEN = {"sync_conflict": "entiteit_id"}
#: Queues and caches with copies of rows that are already exported from their own table.
OVERGESLAGEN = frozenset({"outbox", "sync_base", "sync_frozen"})


@dataclass(frozen=True, slots=True)
class Verwijzing:
    """``tabel.kolom`` points at ``doel.doelkolom``: export the rows that point at exported rows."""

    tabel: Table
    kolom: Column[Any]
    doel: Table
    doelkolom: Column[Any]


def verwijzingen() -> list[Verwijzing]:
    """Every table that refers, directly or through other tables, to the jongere table (breadth first)."""
    tabellen = Base.metadata.tables
    bereikt = {"jongere"}
    gevonden: list[Verwijzing] = []
    veranderd = True
    while veranderd:
        veranderd = False
        for tabel in tabellen.values():
            if tabel.name in bereikt or tabel.name in OVERGESLAGEN:
                continue
            for fk in tabel.foreign_keys:
                if fk.column.table.name in bereikt:
                    gevonden.append(Verwijzing(tabel, fk.parent, fk.column.table, fk.column))
                    bereikt.add(tabel.name)
                    veranderd = True
                    break
    return gevonden


def _json_klaar(waarde: Any) -> Any:
    if isinstance(waarde, (date, datetime)):
        return waarde.isoformat()
    return waarde


def rijen_van_jongere(s: Session, jongere_id: str) -> dict[str, list[dict[str, Any]]]:
    """Table name → its rows (as plain dicts) about this jongere; the jongere row itself under "jongere"."""
    jongere = Base.metadata.tables["jongere"]
    uit: dict[str, list[dict[str, Any]]] = {
        "jongere": [dict(r._mapping) for r in s.execute(select(jongere).where(jongere.c.id == jongere_id))]
    }
    for v in verwijzingen():
        ouders = [r[v.doelkolom.name] for r in uit.get(v.doel.name, [])]
        if not ouders:
            uit.setdefault(v.tabel.name, [])
            continue
        rijen = s.execute(select(v.tabel).where(v.kolom.in_(ouders)).order_by(*v.tabel.primary_key.columns))
        uit.setdefault(v.tabel.name, []).extend(dict(r._mapping) for r in rijen)
    for naam, kolom in _LOSSE_VERWIJZINGEN.items():
        tabel = Base.metadata.tables[naam]
        rijen = s.execute(
            select(tabel).where(tabel.c[kolom] == jongere_id).order_by(*tabel.primary_key.columns)
        )
        uit[naam] = [dict(r._mapping) for r in rijen]
    record_ids = [
        rij["id"] for naam, rijen in uit.items() if naam != "audit_log" for rij in rijen if "id" in rij
    ]
    for naam, kolom in _RECORD_VERWIJZINGEN.items():
        tabel = Base.metadata.tables[naam]
        rijen = s.execute(
            select(tabel).where(tabel.c[kolom].in_(record_ids)).order_by(*tabel.primary_key.columns)
        )
        uit[naam] = [dict(r._mapping) for r in rijen]
    return {
        naam: [{k: _json_klaar(w) for k, w in rij.items()} for rij in rijen] for naam, rijen in uit.items()
    }


def tabellen_met_jongere() -> Iterator[str]:
    """Names of the tables that hold data about a jongere (for the completeness test)."""
    yield "jongere"
    yield from (v.tabel.name for v in verwijzingen())
    yield from _LOSSE_VERWIJZINGEN
    yield from _RECORD_VERWIJZINGEN
