"""Bewaren en vernietigen

Revision ID: 0012
Revises: 0010
Create Date: 2026-11-24 00:12:44.047112
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0012'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('vernietigd',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('soort', sa.String(length=12), nullable=False),
    sa.Column('op', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    # The audit trail stays append-only, except for the rows of a jongere whose data left this laptop
    # (listed in vernietigd): their changes hold the jongere's words, which must go with the rest.
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "WHEN OLD.jongere_id IS NULL OR OLD.jongere_id NOT IN (SELECT id FROM vernietigd) "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
    op.drop_table('vernietigd')
