"""Eerste schema: organisatie, locaties, medewerkers, jongeren, mentorhistorie, audit trail, outbox.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 18:19:08.203724
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('tijd', sa.String(length=32), nullable=False),
    sa.Column('medewerker_id', sa.String(length=36), nullable=True),
    sa.Column('medewerker_naam', sa.String(length=100), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('actie', sa.String(length=24), nullable=False),
    sa.Column('entiteit', sa.String(length=40), nullable=False),
    sa.Column('entiteit_id', sa.String(length=36), nullable=False),
    sa.Column('jongere_id', sa.String(length=36), nullable=True),
    sa.Column('wijzigingen', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_jongere', ['jongere_id', 'tijd'], unique=False)

    op.create_table('organisatie',
    sa.Column('naam', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('local_rev', sa.Integer(), nullable=False),
    sa.Column('sync_state', sa.String(length=10), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('entiteit', sa.String(length=40), nullable=False),
    sa.Column('entiteit_id', sa.String(length=36), nullable=False),
    sa.Column('soort', sa.String(length=10), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('local_rev', sa.Integer(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('frozen_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('op_id')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_entiteit_id'), ['entiteit_id'], unique=False)

    op.create_table('locatie',
    sa.Column('organisatie_id', sa.String(length=36), nullable=False),
    sa.Column('naam', sa.String(length=100), nullable=False),
    sa.Column('type', sa.String(length=8), nullable=False),
    sa.Column('plaats', sa.String(length=100), nullable=False),
    sa.Column('adres', sa.String(length=200), nullable=False),
    sa.Column('telefoon', sa.String(length=30), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('local_rev', sa.Integer(), nullable=False),
    sa.Column('sync_state', sa.String(length=10), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['organisatie_id'], ['organisatie.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('medewerker',
    sa.Column('organisatie_id', sa.String(length=36), nullable=False),
    sa.Column('naam', sa.String(length=100), nullable=False),
    sa.Column('rol', sa.String(length=24), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('telefoon', sa.String(length=30), nullable=False),
    sa.Column('actief', sa.Boolean(), nullable=False),
    sa.Column('locatie_ids', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('local_rev', sa.Integer(), nullable=False),
    sa.Column('sync_state', sa.String(length=10), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['organisatie_id'], ['organisatie.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('jongere',
    sa.Column('locatie_id', sa.String(length=36), nullable=False),
    sa.Column('voornaam', sa.String(length=100), nullable=False),
    sa.Column('achternaam', sa.String(length=100), nullable=False),
    sa.Column('roepnaam', sa.String(length=100), nullable=False),
    sa.Column('geboortedatum', sa.Date(), nullable=False),
    sa.Column('geboorteland', sa.String(length=100), nullable=False),
    sa.Column('talen', sa.Text(), nullable=False),
    sa.Column('telefoon', sa.String(length=30), nullable=False),
    sa.Column('plaatsing', sa.Date(), nullable=False),
    sa.Column('kennismaking', sa.Date(), nullable=True),
    sa.Column('vertrek', sa.Date(), nullable=True),
    sa.Column('verlengde_opvang_start', sa.Date(), nullable=True),
    sa.Column('jeugdbeschermer_naam', sa.String(length=100), nullable=False),
    sa.Column('jeugdbeschermer_telefoon', sa.String(length=30), nullable=False),
    sa.Column('jeugdbeschermer_email', sa.String(length=200), nullable=False),
    sa.Column('notities', sa.String(length=4000), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.Column('local_rev', sa.Integer(), nullable=False),
    sa.Column('sync_state', sa.String(length=10), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['locatie_id'], ['locatie.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('jongere', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jongere_locatie_id'), ['locatie_id'], unique=False)

    op.create_table('mentor_toewijzing',
    sa.Column('jongere_id', sa.String(length=36), nullable=False),
    sa.Column('medewerker_id', sa.String(length=36), nullable=False),
    sa.Column('van', sa.Date(), nullable=False),
    sa.Column('tot', sa.Date(), nullable=True),
    sa.Column('reden', sa.String(length=200), nullable=False),
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
    sa.ForeignKeyConstraint(['medewerker_id'], ['medewerker.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mentor_toewijzing', schema=None) as batch_op:
        batch_op.create_index('ix_mentor_jongere', ['jongere_id', 'van'], unique=False)


    # The audit trail is append-only: the database itself refuses to change or remove a row.
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    with op.batch_alter_table('mentor_toewijzing', schema=None) as batch_op:
        batch_op.drop_index('ix_mentor_jongere')

    op.drop_table('mentor_toewijzing')
    with op.batch_alter_table('jongere', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jongere_locatie_id'))

    op.drop_table('jongere')
    op.drop_table('medewerker')
    op.drop_table('locatie')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_entiteit_id'))

    op.drop_table('outbox')
    op.drop_table('organisatie')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_jongere')

    op.drop_table('audit_log')
    op.drop_table('app_meta')
