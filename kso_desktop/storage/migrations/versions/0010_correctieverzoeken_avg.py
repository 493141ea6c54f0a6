"""Correctieverzoeken (AVG)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 22:50:15.472502
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('correctieverzoek',
    sa.Column('jongere_id', sa.String(length=36), nullable=False),
    sa.Column('ontvangen_op', sa.Date(), nullable=False),
    sa.Column('van', sa.String(length=100), nullable=False),
    sa.Column('omschrijving', sa.String(length=4000), nullable=False),
    sa.Column('besluit', sa.String(length=12), nullable=False),
    sa.Column('toelichting', sa.String(length=4000), nullable=False),
    sa.Column('afgehandeld_op', sa.Date(), nullable=True),
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
    with op.batch_alter_table('correctieverzoek', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_correctieverzoek_jongere_id'), ['jongere_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('correctieverzoek', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_correctieverzoek_jongere_id'))

    op.drop_table('correctieverzoek')
