"""An existing database at an older schema is copied aside, then upgraded, keeping every row."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from kso_desktop.app import open_store
from kso_desktop.credentials import CredentialStore
from kso_desktop.storage import migrate
from kso_desktop.storage.engine import Store, create_db_engine


def test_upgrade_from_the_first_schema_copies_the_file_first_and_keeps_the_data(
    tmp_path: Path, memory_credentials: CredentialStore
):
    # A database as the first release made it: schema 0001 only, with one location in it.
    store, key = open_store(tmp_path, credentials=memory_credentials)
    db_path = store.path
    store.close()
    db_path.unlink()
    old = Store(create_db_engine(db_path, key), db_path)
    cfg = migrate._config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organisatie (id, naam, local_rev, sync_state, device_id, created_at, "
                "updated_at) VALUES ('org', 'Oud', 1, 'local', 'd', :t, :t)"
            ),
            {"t": "2025-01-01T00:00:00+00:00"},
        )
        conn.execute(
            text(
                "INSERT INTO locatie (id, organisatie_id, naam, type, plaats, adres, telefoon, local_rev, "
                "sync_state, device_id, created_at, updated_at) VALUES ('loc', 'org', 'De Oude Eik', 'KWE', "
                "'Ede', '', '', 1, 'local', 'd', :t, :t)"
            ),
            {"t": "2025-01-01T00:00:00+00:00"},
        )
    assert migrate.current_revision(old) == "0001"
    old.checkpoint()
    old.close()
    before_bytes = db_path.read_bytes()

    upgraded, _ = open_store(tmp_path, credentials=memory_credentials)
    try:
        assert migrate.current_revision(upgraded) == migrate.head_revision() != "0001"
        copies = sorted(tmp_path.glob("kso.db.voor-migratie-0001-*"))
        assert len(copies) == 1
        assert copies[0].read_bytes() == before_bytes  # the copy is the database as it was
        with upgraded.engine.connect() as conn:
            assert conn.execute(text("SELECT naam, plaats FROM locatie")).all() == [("De Oude Eik", "Ede")]
            assert conn.execute(text("SELECT count(*) FROM gebeurtenis")).scalar() == 0
    finally:
        upgraded.close()
