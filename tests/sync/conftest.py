"""Fixtures for the sync tests: a real kso_portal on 127.0.0.1 (SQLite and PostgreSQL) and laptops,
each a real encrypted desktop database with its own device id, logged in to that portal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pg_cluster import PgCluster, database_url
from sync_helpers import PASSWORD, Laptop, Portal

from kso_desktop.app import open_store
from kso_desktop.credentials import CredentialStore
from kso_desktop.services.context import Actor, Context
from kso_desktop.services.registry import Services
from kso_desktop.sync.client import Backoff
from kso_portal import admin
from kso_portal.app import Settings, create_app
from kso_portal.db import Database, upgrade
from kso_portal.faults import FaultPlan
from kso_portal.server import start_in_thread


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def portal(
    request: pytest.FixtureRequest, pg_cluster: PgCluster | None, tmp_path_factory: Any
) -> Iterator[Portal]:
    db = Database(database_url(request.param, pg_cluster, tmp_path_factory))
    upgrade(db.engine)
    with db.write() as s:
        org = admin.add_organisatie(s, "Testorganisatie")
        loc_a = admin.add_locatie(s, org.id, "Locatie A", "KWG").id
        loc_b = admin.add_locatie(s, org.id, "Locatie B", "KWE").id
        users = {}
        for username, rol, locs in [
            ("a_med", "medewerker", [loc_a]),
            ("a_med2", "medewerker", [loc_a]),
            ("a_med3", "medewerker", [loc_a]),
            ("ab_med", "medewerker", [loc_a, loc_b]),
        ]:
            users[username] = admin.add_user(
                s, org.id, username=username, naam=username, rol=rol, password=PASSWORD, locatie_ids=locs
            ).id
    faults = FaultPlan()
    server = start_in_thread(create_app(db, Settings(), faults))
    try:
        yield Portal(server.url, db, org.id, loc_a, loc_b, users, faults)
    finally:
        faults.clear()
        server.stop()
        db.dispose()


@pytest.fixture
def laptop(
    portal: Portal, tmp_path: Path, memory_credentials: CredentialStore, fixed_clock: Callable[[], Any]
) -> Iterator[Callable[..., Laptop]]:
    """Make laptops: ``laptop("a_med")`` is a fresh desktop database logged in as that portal user."""
    stores = []
    made: list[Laptop] = []

    def make(user: str, name: str | None = None) -> Laptop:
        name = name or f"{user}-{len(stores)}"
        store, _key = open_store(tmp_path / name, credentials=memory_credentials)
        stores.append(store)
        services = Services.create(
            Context(store, Actor(None, f"Laptop {name}", f"dev-{name}"), clock=fixed_clock)
        )
        services.sync.credentials = memory_credentials
        waits: list[float] = []
        services.sync.backoff = Backoff(sleep=waits.append, rng=lambda: 0.5)
        services.sync.login(portal.url, user, PASSWORD)
        made.append(Laptop(name, services, portal, waits))
        return made[-1]

    try:
        yield make
    finally:
        for one in made:
            one.services.sync.close()
        for s in stores:
            s.close()
