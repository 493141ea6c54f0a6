"""Alembic environment of the portal: run in-process on a connection handed over by kso_portal.db."""

from __future__ import annotations

from alembic import context

from kso_portal.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Portal migrations run through `kso-portal db upgrade`, not the alembic CLI")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
