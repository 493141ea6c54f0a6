"""Store.bulk_writes (a sync's pull): each unit commits on its own or rolls back, other connections see
each commit at once, and the connection's page cache and checkpoint setting go back to normal after."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from kso_desktop.storage import models as m
from kso_desktop.storage.engine import BULK_CACHE_KIB, Store
from kso_desktop.storage.meta import get_meta, set_meta


def _pragmas(store: Store) -> list[tuple[Any, Any]]:
    """cache_size and wal_autocheckpoint of every connection the pool holds (checked out one by one)."""
    conns = [store.engine.connect() for _ in range(3)]
    try:
        out = []
        for conn in conns:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            out.append(
                (
                    raw.execute("PRAGMA cache_size").fetchone()[0],
                    raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0],
                )
            )
        return out
    finally:
        for conn in conns:
            conn.close()


def test_each_bulk_unit_commits_or_rolls_back_on_its_own(store: Store) -> None:
    before = _pragmas(store)
    with store.bulk_writes() as write:
        with write() as s:
            set_meta(s, "bulk.een", "1")
        with store.read() as s:  # another connection sees the committed unit while the bulk run goes on
            assert get_meta(s, "bulk.een") == "1"
        with write() as s:
            cache = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
            assert cache == BULK_CACHE_KIB
        with pytest.raises(RuntimeError), write() as s:
            set_meta(s, "bulk.twee", "2")
            raise RuntimeError("afgebroken")
        with write() as s:
            set_meta(s, "bulk.drie", "3")
    with store.read() as s:
        keys = set(s.scalars(select(m.AppMeta.key).where(m.AppMeta.key.like("bulk.%"))))
    assert keys == {"bulk.een", "bulk.drie"}
    assert _pragmas(store) == before
