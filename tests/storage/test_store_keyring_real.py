"""The database key in the real OS keyring (Secret Service), as `make test` provides it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from keyring.backends import SecretService

from kso_desktop.app import KeyMissingError, open_store
from kso_desktop.credentials import CredentialStore


@pytest.mark.keyring
def test_key_in_the_real_keyring_and_nowhere_on_disk(tmp_path: Path) -> None:
    if os.environ.get("KSO_TEST_SECRET_SERVICE") != "1":
        pytest.fail(
            "This test needs the throwaway Secret Service of tools/with-test-session.sh "
            "(KSO_TEST_SECRET_SERVICE=1 is not set). Run the suite via `make test`, or "
            "`bash tools/with-test-session.sh .venv/bin/python -m pytest ...`."
        )
    credentials = CredentialStore()
    assert isinstance(credentials.backend, SecretService.Keyring), credentials.describe()

    store, key = open_store(tmp_path, credentials=credentials)
    store.close()
    name = json.loads((tmp_path / "kso.db.sleutel.json").read_text())["keyring"]
    try:
        assert key.raw_hex is not None
        assert CredentialStore().get(name) == key.raw_hex

        raw = bytes.fromhex(key.raw_hex)
        for path in (p for p in tmp_path.rglob("*") if p.is_file()):
            data = path.read_bytes()
            assert key.raw_hex.lower().encode() not in data.lower(), path
            assert raw not in data, path

        again, again_key = open_store(tmp_path, credentials=CredentialStore())
        again.close()
        assert again_key.raw_hex == key.raw_hex

        credentials.delete(name)
        assert credentials.get(name) is None
        before = (tmp_path / "kso.db").read_bytes()
        with pytest.raises(KeyMissingError):
            open_store(tmp_path, credentials=CredentialStore())
        assert (tmp_path / "kso.db").read_bytes() == before
    finally:
        credentials.delete(name)
