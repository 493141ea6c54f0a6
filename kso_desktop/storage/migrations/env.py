"""Alembic environment: always run in-process on the app's own (encrypted) connection."""

from __future__ import annotations

from alembic import context

from kso_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("KSO migrations run through kso_desktop.storage.migrate, not the alembic CLI")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
