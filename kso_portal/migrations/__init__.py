"""Alembic migrations of the portal database (run with ``kso-portal db upgrade``)."""
