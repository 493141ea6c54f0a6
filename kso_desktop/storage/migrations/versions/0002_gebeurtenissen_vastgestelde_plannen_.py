"""Gebeurtenissen: vastgestelde plannen, driegesprekken en evaluaties van vóór de app

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 18:38:17.870432
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('gebeurtenis',
    sa.Column('jongere_id', sa.String(length=36), nullable=False),
    sa.Column('soort', sa.String(length=40), nullable=False),
    sa.Column('datum', sa.Date(), nullable=False),
    sa.Column('notitie', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('local_rev', sa.Integer(), nullable=False),
    sa.Column('sync_state', sa.String(length=10), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['jongere_id'], ['jongere.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('gebeurtenis', schema=None) as batch_op:
        batch_op.create_index('ix_gebeurtenis_jongere', ['jongere_id', 'datum'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('gebeurtenis', schema=None) as batch_op:
        batch_op.drop_index('ix_gebeurtenis_jongere')

    op.drop_table('gebeurtenis')
