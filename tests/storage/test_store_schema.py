"""Migrations, pragmas, integrity and the append-only audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import exc, select

from kso_desktop.app import open_store
from kso_desktop.credentials import CredentialStore
from kso_desktop.storage import migrate
from kso_desktop.storage import models as m
from kso_desktop.storage.engine import Store

INSERT_AUDIT = (
    "INSERT INTO audit_log (tijd, medewerker_naam, device_id, actie, entiteit, entiteit_id, wijzigingen) "
    "VALUES ('2026-03-10T10:00:00.000000+00:00', 'Sanne', 'dev-1', 'ingezien', 'jongere', 'j-1', '[]')"
)


def test_fresh_database_is_at_head(store: Store) -> None:
    assert migrate.current_revision(store) is not None
    assert migrate.current_revision(store) == migrate.head_revision()


def test_second_open_takes_no_copy(tmp_path: Path, memory_credentials: CredentialStore) -> None:
    first, _ = open_store(tmp_path, credentials=memory_credentials)
    first.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    second, _ = open_store(tmp_path, credentials=memory_credentials)
    try:
        assert migrate.upgrade(second) is None
        assert migrate.current_revision(second) == migrate.head_revision()
    finally:
        second.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == names
    assert not [p for p in tmp_path.iterdir() if "voor-migratie" in p.name]


def test_wal_and_foreign_keys_are_on(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(exc.IntegrityError), store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO locatie (organisatie_id, naam, type, plaats, adres, telefoon, id, local_rev, "
            "sync_state, device_id, created_at, updated_at) VALUES ('bestaat-niet', 'X', 'KWG', '', '', '', "
            "'l-1', 1, 'local', 'dev-1', 'x', 'x')"
        )
    with store.read() as s:
        assert s.scalars(select(m.Locatie)).all() == []


def test_integrity_check_is_empty_on_a_fresh_database(store: Store) -> None:
    assert store.integrity_check() == []


def test_audit_log_refuses_update(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql(INSERT_AUDIT)
    with pytest.raises(exc.DatabaseError, match="append-only"), store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET medewerker_naam = 'iemand anders'")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT medewerker_naam FROM audit_log").scalars().all() == ["Sanne"]


def test_audit_log_refuses_delete(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql(INSERT_AUDIT)
    with pytest.raises(exc.DatabaseError, match="append-only"), store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar() == 1


def test_audit_log_accepts_inserts(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql(INSERT_AUDIT)
        conn.exec_driver_sql(INSERT_AUDIT)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar() == 2


def test_the_head_constant_matches_the_migration_scripts():
    # migrate.upgrade skips alembic when the database is at HEAD_REVISION; a new migration script
    # without a new constant would silently never run.
    assert migrate.head_revision() == migrate.HEAD_REVISION
