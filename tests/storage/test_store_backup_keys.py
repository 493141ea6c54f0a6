"""Encrypted backups, a missing keyring entry, and the demo key file."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kso_desktop.app import KeyMissingError, open_store
from kso_desktop.credentials import SERVICE, CredentialStore
from kso_desktop.storage import models as m
from kso_desktop.storage.engine import DbKey, Store, backup_to, create_db_engine
from kso_desktop.storage.errors import WrongKeyError

SQLITE_HEADER = b"SQLite format 3\x00"


def add_rows(store: Store) -> None:
    """Two locaties and two jongeren, written straight through the ORM."""
    with store.write() as s:
        org = m.Organisatie(naam="Org", device_id="dev-1")
        s.add(org)
        s.flush()
        loc = m.Locatie(organisatie_id=org.id, naam="De Linde", type="KWG", device_id="dev-1")
        s.add(loc)
        s.flush()
        for voornaam in ("Yonas", "Mariam"):
            s.add(
                m.Jongere(
                    locatie_id=loc.id,
                    voornaam=voornaam,
                    achternaam="Test",
                    geboortedatum=date(2010, 1, 1),
                    plaatsing=date(2026, 1, 1),
                    device_id="dev-1",
                )
            )


def namen(store: Store) -> list[str]:
    with store.read() as s:
        return sorted(s.scalars(select(m.Jongere.voornaam)))


def test_backup_is_encrypted_and_opens_with_the_same_key(
    tmp_path: Path, memory_credentials: CredentialStore
) -> None:
    store, key = open_store(tmp_path / "data", credentials=memory_credentials)
    try:
        add_rows(store)
        target = tmp_path / "backup.db"
        backup_to(store, target, key)
        original = namen(store)
    finally:
        store.close()
    assert original == ["Mariam", "Yonas"]
    data = target.read_bytes()
    assert data[:16] != SQLITE_HEADER
    assert b"Yonas" not in data
    copy = Store(create_db_engine(target, key), target)
    try:
        assert namen(copy) == original
        assert copy.integrity_check() == []
    finally:
        copy.close()
    with pytest.raises(WrongKeyError):
        create_db_engine(target, DbKey.generate())


def test_backup_refuses_an_existing_target(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "bestaat.db"
    target.write_bytes(b"niet overschrijven")
    with pytest.raises(FileExistsError):
        backup_to(store, target, DbKey.generate())
    assert target.read_bytes() == b"niet overschrijven"


def test_deleted_keyring_entry_raises_and_creates_nothing(
    tmp_path: Path, memory_credentials: CredentialStore
) -> None:
    store, key = open_store(tmp_path, credentials=memory_credentials)
    add_rows(store)
    store.close()
    info = json.loads((tmp_path / "kso.db.sleutel.json").read_text())
    assert info["sleutel"] == "keyring"
    assert memory_credentials.get(info["keyring"]) == key.raw_hex
    memory_credentials.delete(info["keyring"])

    snapshot = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(KeyMissingError) as err:
        open_store(tmp_path, credentials=memory_credentials)
    assert "niet in de sleutelopslag" in str(err.value)
    assert "geen nieuwe database" in str(err.value)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == snapshot
    assert memory_credentials.backend.secrets == {}  # type: ignore[attr-defined]  # no new key made


def test_missing_key_description_raises_too(tmp_path: Path, memory_credentials: CredentialStore) -> None:
    store, _ = open_store(tmp_path, credentials=memory_credentials)
    store.close()
    (tmp_path / "kso.db.sleutel.json").unlink()
    before = (tmp_path / "kso.db").read_bytes()
    with pytest.raises(KeyMissingError):
        open_store(tmp_path, credentials=memory_credentials)
    assert (tmp_path / "kso.db").read_bytes() == before


def test_key_lives_in_the_keyring_not_in_the_key_description(
    tmp_path: Path, memory_credentials: CredentialStore
) -> None:
    store, key = open_store(tmp_path, credentials=memory_credentials)
    store.close()
    assert key.raw_hex is not None
    stored = memory_credentials.backend.secrets  # type: ignore[attr-defined]
    assert list(stored.values()) == [key.raw_hex]
    assert all(service == SERVICE for service, _ in stored)
    for p in tmp_path.iterdir():
        assert key.raw_hex.encode() not in p.read_bytes().lower(), p


def test_demo_key_file_is_private(tmp_path: Path) -> None:
    store, key = open_store(tmp_path, demo=True)
    store.close()
    key_file = tmp_path / "demo" / "kso-demo.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key_file.read_text().strip() == key.raw_hex
    again, _ = open_store(tmp_path, demo=True)  # the same key opens it again
    again.close()


def test_demo_without_its_key_file_raises(tmp_path: Path) -> None:
    store, _ = open_store(tmp_path, demo=True)
    store.close()
    (tmp_path / "demo" / "kso-demo.key").unlink()
    before = (tmp_path / "demo" / "kso-demo.db").read_bytes()
    with pytest.raises(KeyMissingError):
        open_store(tmp_path, demo=True)
    assert (tmp_path / "demo" / "kso-demo.db").read_bytes() == before
    assert not (tmp_path / "demo" / "kso-demo.key").exists()
