"""The portal restored from a backup (new server_epoch): the laptop reconciles everything and re-uploads
what the portal lost; nothing is duplicated. On SQLite the backup is a copy of the file; on PostgreSQL a
real ``pg_dump`` restored with ``pg_restore --clean`` into the same database."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from pg_cluster import PgCluster
from sync_helpers import PASSWORD, Laptop, Portal

from kso_desktop.storage import models as m
from kso_portal.app import Settings, create_app
from kso_portal.commands import run as portal_cli
from kso_portal.db import Database
from kso_portal.faults import FaultPlan
from kso_portal.server import start_in_thread


class _Backup:
    """Back up the portal's database now; ``restore()`` puts it back and gives the URL to serve."""

    def __init__(self, portal: Portal, pg_cluster: PgCluster | None, tmp_path: Path) -> None:
        self.portal = portal
        self.url = portal.db.engine.url
        self.tmp_path = tmp_path
        if self.url.get_backend_name() == "sqlite":
            # A file copy while the portal is idle.
            portal.db.dispose()
            self.file = tmp_path / "portal-backup.db"
            shutil.copy(Path(self.url.database or ""), self.file)
            return
        assert pg_cluster is not None
        self.cluster = pg_cluster
        self.file = tmp_path / "portal-backup.dump"
        self._pg("pg_dump", "--format=custom", f"--file={self.file}")

    def _pg(self, tool: str, *args: str) -> None:
        subprocess.run(
            [
                str(self.cluster.bin / tool),
                *("--host", "127.0.0.1", "--port", str(self.cluster.port), "--username", "portal"),
                f"--dbname={self.url.database}",
                *args,
            ],
            check=True,
            capture_output=True,
        )

    def restore(self) -> str:
        if self.url.get_backend_name() == "sqlite":
            restored = self.tmp_path / "restored.db"
            shutil.copy(self.file, restored)
            return f"sqlite:///{restored}"
        # Into the same database: every table dropped and loaded again from the dump, in one transaction.
        self.portal.db.dispose()
        self._pg("pg_restore", "--clean", "--if-exists", "--single-transaction", "--no-owner", str(self.file))
        return self.url.render_as_string(hide_password=False)


def test_server_restored_from_backup_client_reuploads(
    portal: Portal, laptop: Callable[..., Laptop], tmp_path: Path, pg_cluster: PgCluster | None
) -> None:
    a = laptop("a_med")
    before = a.new_jongere("VoorBackup")
    a.sync()
    backup = _Backup(portal, pg_cluster, tmp_path)
    # Written after the backup: the restored portal will have lost this.
    a.edit(before, notities="Na de backup geschreven")
    after = a.new_jongere("NaBackup")
    a.sync()
    lost = {r.uuid: r.payload for r in portal.records("jongere")}
    assert lost[after]["voornaam"] == "NaBackup"

    # Restore, then `kso-portal db restored` and a new portal process on the restored database.
    url = backup.restore()
    assert portal_cli(["db", "restored", "--db", url]) == 0
    db = Database(url)
    server = start_in_thread(create_app(db, Settings(), FaultPlan()))
    try:
        restored = Portal(
            server.url, db, portal.org_id, portal.loc_a, portal.loc_b, portal.users, FaultPlan()
        )
        gone = {r.uuid: r for r in restored.records("jongere")}
        assert after not in gone and gone[before].payload.get("notities") != "Na de backup geschreven"
        a.services.sync.login(server.url, "a_med", PASSWORD)
        a.sync()
        records = {r.uuid: r for r in restored.records("jongere")}
        assert records[before].payload["notities"] == "Na de backup geschreven"
        assert records[after].payload["voornaam"] == "NaBackup"
        assert len(records) == len(lost)
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
