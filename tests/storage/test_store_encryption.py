"""The database file is encrypted with SQLCipher; wrong keys are refused without touching the file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kso_desktop.app import open_store
from kso_desktop.credentials import CredentialStore
from kso_desktop.storage.engine import DbKey, create_db_engine
from kso_desktop.storage.errors import WrongKeyError

SQLITE_HEADER = b"SQLite format 3\x00"


def make_db(tmp_path: Path, credentials: CredentialStore) -> tuple[Path, DbKey]:
    store, key = open_store(tmp_path, credentials=credentials)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO app_meta (key, value) VALUES ('geheim', 'Yonas Tesfay')")
    store.close()
    return store.path, key


def test_file_is_not_plain_sqlite(tmp_path: Path, memory_credentials: CredentialStore) -> None:
    path, _ = make_db(tmp_path, memory_credentials)
    data = path.read_bytes()
    assert len(data) > 0
    assert data[:16] != SQLITE_HEADER
    assert b"Yonas Tesfay" not in data
    assert b"CREATE TABLE" not in data


def test_stdlib_sqlite3_cannot_read_it(tmp_path: Path, memory_credentials: CredentialStore) -> None:
    path, _ = make_db(tmp_path, memory_credentials)
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_wrong_key_refused_with_dutch_message_and_file_unchanged(
    tmp_path: Path, memory_credentials: CredentialStore
) -> None:
    path, _ = make_db(tmp_path, memory_credentials)
    before = path.read_bytes()
    files_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(WrongKeyError) as info:
        create_db_engine(path, DbKey.generate())
    message = str(info.value)
    assert "kan niet worden geopend" in message
    assert "sleutel klopt niet" in message
    assert str(path) in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


def test_right_key_reads_the_data(tmp_path: Path, memory_credentials: CredentialStore) -> None:
    path, key = make_db(tmp_path, memory_credentials)
    engine = create_db_engine(path, key)
    try:
        with engine.connect() as conn:
            value = conn.exec_driver_sql("SELECT value FROM app_meta WHERE key = 'geheim'").scalar()
    finally:
        engine.dispose()
    assert value == "Yonas Tesfay"


def test_passphrase_key(tmp_path: Path) -> None:
    store, _ = open_store(tmp_path, passphrase="lange wachtwoordzin met 'quote'")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO app_meta (key, value) VALUES ('x', 'y')")
    store.close()
    assert json.loads((tmp_path / "kso.db.sleutel.json").read_text()) == {"sleutel": "wachtwoordzin"}
    assert (tmp_path / "kso.db").read_bytes()[:16] != SQLITE_HEADER

    again, _ = open_store(tmp_path, passphrase="lange wachtwoordzin met 'quote'")
    try:
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT value FROM app_meta WHERE key = 'x'").scalar() == "y"
    finally:
        again.close()

    before = (tmp_path / "kso.db").read_bytes()
    with pytest.raises(WrongKeyError):
        open_store(tmp_path, passphrase="lange wachtwoordzin met 'quote")
    assert (tmp_path / "kso.db").read_bytes() == before


def test_db_key_never_shows_its_material() -> None:
    key = DbKey.generate()
    assert key.raw_hex is not None
    assert key.raw_hex not in repr(key)
    assert key.raw_hex not in str(key)
    assert "geheim" not in repr(DbKey(passphrase="geheim"))


@pytest.mark.parametrize("bad", [DbKey(raw_hex="abc"), DbKey(raw_hex="g" * 64), DbKey(passphrase="")])
def test_malformed_keys_are_refused(bad: DbKey) -> None:
    with pytest.raises(ValueError):
        bad.pragma_value()
