"""Herstelpunten voor gesprekken

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 20:06:10.096789
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('gesprek_herstelpunt',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('editor', sa.String(length=80), nullable=False),
    sa.Column('jongere_id', sa.String(length=36), nullable=False),
    sa.Column('soort', sa.String(length=16), nullable=False),
    sa.Column('gesprek_id', sa.String(length=36), nullable=True),
    sa.Column('moment', sa.String(length=32), nullable=False),
    sa.Column('inhoud', sa.Text(), nullable=False),
    sa.Column('opgeslagen_op', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['jongere_id'], ['jongere.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('editor', 'jongere_id', 'soort', 'gesprek_id', name='uq_gesprek_herstelpunt_editor')
    )


def downgrade() -> None:
    op.drop_table('gesprek_herstelpunt')
