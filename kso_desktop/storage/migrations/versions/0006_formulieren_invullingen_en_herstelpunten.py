"""Formulieren: invullingen en herstelpunten

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 21:34:44.194595
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('formulier_invulling',
    sa.Column('jongere_id', sa.String(length=36), nullable=False),
    sa.Column('definitie_id', sa.String(length=64), nullable=False),
    sa.Column('definitie_versie', sa.Integer(), nullable=False),
    sa.Column('soort', sa.String(length=40), nullable=False),
    sa.Column('definitie', sa.Text(), nullable=False),
    sa.Column('antwoorden', sa.Text(), nullable=False),
    sa.Column('versie', sa.Integer(), nullable=False),
    sa.Column('definitief', sa.Boolean(), nullable=False),
    sa.Column('vervangt_id', sa.String(length=36), nullable=True),
    sa.Column('vervangen', sa.Boolean(), nullable=False),
    sa.Column('ingevuld_op', sa.String(length=32), nullable=False),
    sa.Column('vastgesteld_op', sa.Date(), nullable=True),
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
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('jongere_id', 'definitie_id', 'versie', name='uq_formulier_versie')
    )

    op.create_table('formulier_herstelpunt',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('editor', sa.String(length=80), nullable=False),
    sa.Column('invulling_id', sa.String(length=36), nullable=False),
    sa.Column('antwoorden', sa.Text(), nullable=False),
    sa.Column('opgeslagen_op', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['invulling_id'], ['formulier_invulling.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('editor', 'invulling_id', name='uq_formulier_herstelpunt_editor')
    )


def downgrade() -> None:
    op.drop_table('formulier_herstelpunt')
    op.drop_table('formulier_invulling')
