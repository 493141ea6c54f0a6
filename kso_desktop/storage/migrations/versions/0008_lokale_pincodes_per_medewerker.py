"""Lokale pincodes per medewerker

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 21:36:27.977119
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('medewerker_toegang',
    sa.Column('medewerker_id', sa.String(length=36), nullable=False),
    sa.Column('verifier', sa.String(length=200), nullable=False),
    sa.Column('mislukt', sa.Integer(), nullable=False),
    sa.Column('geblokkeerd_tot', sa.String(length=32), nullable=True),
    sa.Column('gewijzigd_op', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['medewerker_id'], ['medewerker.id'], ),
    sa.PrimaryKeyConstraint('medewerker_id')
    )


def downgrade() -> None:
    op.drop_table('medewerker_toegang')
