"""Schema migrations at start-up, with a copy of the database file taken before each one."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from kso_desktop.storage.engine import Store
from kso_desktop.storage.errors import MigrationError

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(store: Store) -> Path | None:
    """Bring the schema to the newest version. Returns the path of the copy taken first, if any."""
    current = current_revision(store)
    head = head_revision()
    if current == head:
        return None
    backup: Path | None = None
    if current is not None:
        store.checkpoint()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = store.path.with_name(f"{store.path.name}.voor-migratie-{current}-{stamp}")
        shutil.copy2(store.path, backup)
    cfg = _config()
    try:
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        raise MigrationError(store.path, backup or "(geen: nieuwe database)", type(exc).__name__) from exc
    return backup
