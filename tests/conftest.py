"""Fixtures shared by the whole test suite.

The in-memory keyring below is a declared fake at a boundary (the OS keyring): it is for tests that
are *not* about the keyring. Tests about the real Secret Service are marked ``keyring``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring.backend
import keyring.errors
import pytest
from pg_cluster import pg_cluster  # noqa: F401 - the session-wide PostgreSQL cluster fixture

from kso_desktop.app import open_app, open_store
from kso_desktop.credentials import CredentialStore
from kso_desktop.services.context import Actor, Context
from kso_desktop.services.registry import Services
from kso_desktop.storage.engine import Store

FIXED_NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps its secrets in a dict, for one test at a time."""

    priority = 1  # plain attribute: a classproperty-compatible override of KeyringBackend.priority

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


# Every concrete backend class registers itself for keyring's automatic backend detection. Take this
# fake out again, so `keyring.get_keyring()` (and so `CredentialStore()`) never picks it or chains it
# with the real Secret Service: it is only ever used when a test passes it in explicitly.
keyring.backend.KeyringBackend._classes.discard(MemoryKeyring)


@pytest.fixture
def memory_credentials() -> CredentialStore:
    """A CredentialStore over a fresh in-memory keyring (nothing touches the OS keyring)."""
    return CredentialStore(MemoryKeyring())


@pytest.fixture
def fixed_clock() -> Callable[[], datetime]:
    """A clock that always says 2026-03-10 10:00 UTC (a Tuesday; 11:00 in Amsterdam)."""
    return lambda: FIXED_NOW


@pytest.fixture
def store(tmp_path: Path, memory_credentials: CredentialStore) -> Iterator[Store]:
    """A migrated, encrypted store in ``tmp_path`` (key in ``memory_credentials``), closed afterwards."""
    opened, _key = open_store(tmp_path, credentials=memory_credentials)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def services(store: Store, fixed_clock: Callable[[], datetime]) -> Services:
    """Services over ``store`` acting as the system actor "Test" on device "dev-1", at ``fixed_clock``."""
    return Services.create(Context(store, Actor(None, "Test", "dev-1"), clock=fixed_clock))


@pytest.fixture
def demo_services(tmp_path: Path) -> Iterator[Services]:
    """Services over a freshly filled demo database in ``tmp_path`` (real clock), closed afterwards."""
    opened, _key = open_app(tmp_path, demo=True)
    try:
        yield opened
    finally:
        opened.ctx.store.close()
