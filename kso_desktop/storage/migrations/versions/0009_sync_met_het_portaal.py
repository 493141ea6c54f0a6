"""Sync met het portaal: basis voor samenvoegen, bevroren ops, quarantaine, conflicten, locatiekoppeling

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 22:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_base',
    sa.Column('entiteit_id', sa.String(length=36), nullable=False),
    sa.Column('entiteit', sa.String(length=40), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('entiteit_id')
    )
    op.create_table('sync_frozen',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('wire', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('op_id')
    )
    op.create_table('sync_quarantaine',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('melding', sa.Text(), nullable=False),
    sa.Column('tijd', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('op_id')
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('conflict_id', sa.String(length=36), nullable=True),
    sa.Column('entiteit', sa.String(length=40), nullable=False),
    sa.Column('entiteit_id', sa.String(length=36), nullable=False),
    sa.Column('reden', sa.String(length=20), nullable=False),
    sa.Column('velden', sa.Text(), nullable=False),
    sa.Column('mijn', sa.Text(), nullable=False),
    sa.Column('mijn_verwijderd', sa.Boolean(), nullable=False),
    sa.Column('hun', sa.Text(), nullable=False),
    sa.Column('hun_verwijderd', sa.Boolean(), nullable=False),
    sa.Column('hun_versie', sa.Integer(), nullable=False),
    sa.Column('hun_auteur', sa.String(length=64), nullable=False),
    sa.Column('ontstaan_op', sa.String(length=32), nullable=False),
    sa.Column('opgelost_op', sa.String(length=32), nullable=True),
    sa.Column('keuze', sa.String(length=12), nullable=True),
    sa.Column('gemeld', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('conflict_id')
    )
    op.create_index('ix_sync_conflict_entiteit', 'sync_conflict', ['entiteit_id'], unique=False)
    op.create_table('sync_locatie',
    sa.Column('local_id', sa.String(length=36), nullable=False),
    sa.Column('portal_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('local_id'),
    sa.UniqueConstraint('portal_id')
    )
    op.create_table('sync_buiten_bereik',
    sa.Column('jongere_id', sa.String(length=36), nullable=False),
    sa.Column('sinds_versie', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('jongere_id')
    )


def downgrade() -> None:
    op.drop_table('sync_buiten_bereik')
    op.drop_table('sync_locatie')
    op.drop_index('ix_sync_conflict_entiteit', table_name='sync_conflict')
    op.drop_table('sync_conflict')
    op.drop_table('sync_quarantaine')
    op.drop_table('sync_frozen')
    op.drop_table('sync_base')
