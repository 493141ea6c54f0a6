"""Gesprekken, overdracht en zoekindex

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 19:30:31.135088
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('gesprek',
    sa.Column('jongere_id', sa.String(length=36), nullable=False),
    sa.Column('soort', sa.String(length=16), nullable=False),
    sa.Column('moment', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('inhoud', sa.Text(), nullable=False),
    sa.Column('vervangt_id', sa.String(length=36), nullable=True),
    sa.Column('vervangen', sa.Boolean(), nullable=False),
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
    with op.batch_alter_table('gesprek', schema=None) as batch_op:
        batch_op.create_index('ix_gesprek_jongere', ['jongere_id', 'moment'], unique=False)

    op.create_table('overdracht',
    sa.Column('locatie_id', sa.String(length=36), nullable=False),
    sa.Column('jongere_id', sa.String(length=36), nullable=True),
    sa.Column('tekst', sa.String(length=4000), nullable=False),
    sa.Column('geschreven_op', sa.String(length=32), nullable=False),
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
    sa.ForeignKeyConstraint(['locatie_id'], ['locatie.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('overdracht', schema=None) as batch_op:
        batch_op.create_index('ix_overdracht_locatie', ['locatie_id', 'geschreven_op'], unique=False)

    op.create_table('overdracht_gelezen',
    sa.Column('overdracht_id', sa.String(length=36), nullable=False),
    sa.Column('medewerker_id', sa.String(length=80), nullable=False),
    sa.Column('gelezen_op', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['overdracht_id'], ['overdracht.id'], ),
    sa.PrimaryKeyConstraint('overdracht_id', 'medewerker_id')
    )

    # Full-text search over notes and verslagen; remove_diacritics: "financien" finds "financiën".
    op.execute(
        "CREATE VIRTUAL TABLE zoek_index USING fts5(tekst, jongere_id UNINDEXED, soort UNINDEXED, "
        "ref_id UNINDEXED, datum UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS zoek_index")
    op.drop_table('overdracht_gelezen')
    with op.batch_alter_table('overdracht', schema=None) as batch_op:
        batch_op.drop_index('ix_overdracht_locatie')

    op.drop_table('overdracht')
    with op.batch_alter_table('gesprek', schema=None) as batch_op:
        batch_op.drop_index('ix_gesprek_jongere')

    op.drop_table('gesprek')
