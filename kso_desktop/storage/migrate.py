"""Schema migrations at start-up, with a copy of the database file taken before each one.

alembic is imported only when the schema is behind: an everyday start reads one row and goes on.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from kso_desktop.storage.engine import Store
from kso_desktop.storage.errors import MigrationError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest revision in migrations/versions. A test checks it against alembic's own view of the head,
#: so adding a migration without updating this fails the build.
HEAD_REVISION = "0012"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The head as alembic sees it in the migration scripts (slow: imports alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(store: Store) -> str | None:
    """The revision stamped in the database, or None for a database without a schema yet."""
    with store.engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no alembic_version table: a new, empty database
            return None


def upgrade(store: Store) -> Path | None:
    """Bring the schema to the newest version. Returns the path of the copy taken first, if any."""
    current = current_revision(store)
    if current == HEAD_REVISION:
        return None
    from alembic import command

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
