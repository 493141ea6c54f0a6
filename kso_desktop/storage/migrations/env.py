"""Alembic environment: always run in-process on the app's own (encrypted) connection."""

from __future__ import annotations

from alembic import context

from kso_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("KSO migrations run through kso_desktop.storage.migrate, not the alembic CLI")


def _include(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    # The full-text index (an FTS5 virtual table and its shadow tables) is made by hand in a migration.
    return not (type_ == "table" and name is not None and name.startswith("zoek_index"))


context.configure(
    connection=connection, target_metadata=Base.metadata, render_as_batch=True, include_object=_include
)
with context.begin_transaction():
    context.run_migrations()
