"""The portal restored from a backup (new server_epoch): the laptop reconciles everything and re-uploads
what the portal lost; nothing is duplicated."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sync_helpers import PASSWORD, Laptop, Portal

from kso_desktop.storage import models as m
from kso_portal.app import Settings, create_app
from kso_portal.commands import run as portal_cli
from kso_portal.db import Database
from kso_portal.faults import FaultPlan
from kso_portal.server import start_in_thread


def test_server_restored_from_backup_client_reuploads(
    portal: Portal, laptop: Callable[..., Laptop], tmp_path: Path
) -> None:
    if portal.db.engine.url.get_backend_name() != "sqlite":
        pytest.skip(
            "the backup here is a copy of the SQLite file; the client side is the same for PostgreSQL"
        )
    a = laptop("a_med")
    before = a.new_jongere("VoorBackup")
    a.sync()
    # Back up the portal (SQLite file copy while idle), then write more that the backup will miss.
    db_file = Path(portal.db.engine.url.database or "")
    backup = tmp_path / "portal-backup.db"
    portal.db.dispose()
    shutil.copy(db_file, backup)
    a.edit(before, notities="Na de backup geschreven")
    after = a.new_jongere("NaBackup")
    a.sync()

    # Restore: a new portal process on the backup file, with `kso-portal db restored`.
    restored_file = tmp_path / "restored.db"
    shutil.copy(backup, restored_file)
    url = f"sqlite:///{restored_file}"
    assert portal_cli(["db", "restored", "--db", url]) == 0
    db = Database(url)
    server = start_in_thread(create_app(db, Settings(), FaultPlan()))
    try:
        restored = Portal(
            server.url, db, portal.org_id, portal.loc_a, portal.loc_b, portal.users, FaultPlan()
        )
        a.services.sync.login(server.url, "a_med", PASSWORD)
        a.sync()
        records = {r.uuid: r for r in restored.records("jongere")}
        assert records[before].payload["notities"] == "Na de backup geschreven"
        assert records[after].payload["voornaam"] == "NaBackup"
        assert a.outbox() == [] and a.services.sync.status().conflicten == 0
        assert a.row(m.Jongere, after).server_version == records[after].version
        # A second laptop on the restored portal sees exactly one of each.
        b = laptop("a_med2")
        b.services.sync.login(server.url, "a_med2", PASSWORD)
        b.sync()
        assert b.services.jongeren.get(after).gegevens.voornaam == "NaBackup"
        assert b.services.jongeren.get(before).gegevens.notities == "Na de backup geschreven"
        b.services.sync.close()
    finally:
        a.services.sync.close()
        server.stop()
        db.dispose()
