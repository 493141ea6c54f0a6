"""Fixtures for the portal tests: a real portal server on 127.0.0.1, over SQLite and over a throwaway
PostgreSQL cluster started here (skipped only when the PostgreSQL binaries are not installed)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pg_cluster import PgCluster, database_url
from portal_helpers import PASSWORD, Portal

from kso_portal import admin
from kso_portal.app import Settings, create_app
from kso_portal.db import Database, upgrade
from kso_portal.faults import FaultPlan
from kso_portal.server import start_in_thread


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, pg_cluster: PgCluster | None, tmp_path_factory: Any) -> str:
    return database_url(request.param, pg_cluster, tmp_path_factory)


@pytest.fixture(scope="module")
def portal(db_url: str) -> Iterator[Portal]:
    db = Database(db_url)
    upgrade(db.engine)
    with db.write() as s:
        org = admin.add_organisatie(s, "Testorganisatie")
        loc_a = admin.add_locatie(s, org.id, "Locatie A", "KWG").id
        loc_b = admin.add_locatie(s, org.id, "Locatie B", "KWE").id
        users = {}
        for username, rol, locs in [
            ("a_med", "medewerker", [loc_a]),
            ("a_med2", "medewerker", [loc_a]),
            ("b_med", "medewerker", [loc_b]),
            ("ab_med", "medewerker", [loc_a, loc_b]),
            ("a_jb", "jeugdbeschermer", [loc_a]),
            ("beheer", "admin", []),
            ("limiet", "medewerker", [loc_a]),
        ]:
            users[username] = admin.add_user(
                s, org.id, username=username, naam=username, rol=rol, password=PASSWORD, locatie_ids=locs
            ).id
    faults = FaultPlan()
    server = start_in_thread(create_app(db, Settings(), faults))
    kind = "postgresql" if db_url.startswith("postgresql") else "sqlite"
    try:
        yield Portal(server.url, db_url, db, server, org.id, loc_a, loc_b, users, kind, faults)
    finally:
        server.stop()
        db.dispose()
