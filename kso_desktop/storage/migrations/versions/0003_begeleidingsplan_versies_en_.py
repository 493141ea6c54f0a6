"""Begeleidingsplan: versies en herstelpunten

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 19:01:22.649108
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plan_versie',
    sa.Column('jongere_id', sa.String(length=36), nullable=False),
    sa.Column('nummer', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('template_id', sa.String(length=64), nullable=False),
    sa.Column('template_versie', sa.Integer(), nullable=False),
    sa.Column('template', sa.Text(), nullable=False),
    sa.Column('inhoud', sa.Text(), nullable=False),
    sa.Column('gestart_op', sa.Date(), nullable=False),
    sa.Column('vastgesteld_op', sa.Date(), nullable=True),
    sa.Column('akkoord', sa.Text(), nullable=False),
    sa.Column('vorige_id', sa.String(length=36), nullable=True),
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
    sa.UniqueConstraint('jongere_id', 'nummer', name='uq_plan_versie_nummer')
    )
    with op.batch_alter_table('plan_versie', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_versie_jongere_id'), ['jongere_id'], unique=False)

    op.create_table('plan_herstelpunt',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('plan_versie_id', sa.String(length=36), nullable=False),
    sa.Column('editor', sa.String(length=80), nullable=False),
    sa.Column('base_rev', sa.Integer(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('inhoud', sa.Text(), nullable=False),
    sa.Column('opgeslagen_op', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['plan_versie_id'], ['plan_versie.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('plan_versie_id', 'editor', name='uq_herstelpunt_editor')
    )


def downgrade() -> None:
    op.drop_table('plan_herstelpunt')
    with op.batch_alter_table('plan_versie', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_versie_jongere_id'))

    op.drop_table('plan_versie')
