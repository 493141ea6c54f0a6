"""Sociaal netwerk (bolletjesschema) per versie

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 21:29:03.311281
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('netwerk_versie',
    sa.Column('jongere_id', sa.String(length=36), nullable=False),
    sa.Column('versie', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('inhoud', sa.Text(), nullable=False),
    sa.Column('gestart_op', sa.Date(), nullable=False),
    sa.Column('vastgesteld_op', sa.Date(), nullable=True),
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
    sa.UniqueConstraint('jongere_id', 'versie', name='uq_netwerk_versie_nummer')
    )
    with op.batch_alter_table('netwerk_versie', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_netwerk_versie_jongere_id'), ['jongere_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('netwerk_versie', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_netwerk_versie_jongere_id'))

    op.drop_table('netwerk_versie')
