"""accounts: every audit and owner rule belongs to one account; personal API tokens

Rows made before accounts keep an empty account_id; the first account created adopts them
(app/auth.py), so nothing is lost on upgrade.

Revision ID: a7c3e9b1d2f4
Revises: f2d324979fa2
Create Date: 2026-11-26 01:40:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'a7c3e9b1d2f4'
down_revision = 'f2d324979fa2'
branch_labels = None
depends_on = None


def _rebuild(table, columns, kept, unique):
    """Copy a table into a new shape (SQLite cannot change keys in place), keeping its rows."""
    op.create_table(
        f'_new_{table}',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('account_id', sa.Integer(), sa.ForeignKey(
            'account.id', name=f'fk_{table}_account', ondelete='CASCADE'), nullable=True),
        *columns,
        sa.UniqueConstraint('account_id', unique[1], name=unique[0]))
    names = ', '.join(kept)
    op.execute(f'INSERT INTO _new_{table} ({names}) SELECT {names} FROM {table}')
    op.drop_table(table)
    op.rename_table(f'_new_{table}', table)
    op.create_index(f'ix_{table}_account_id', table, ['account_id'])


def upgrade():
    op.create_table(
        'account',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('email', sa.String(length=254), nullable=False, unique=True),
        sa.Column('password_hash', sa.String(length=256), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        'api_token',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('account_id', sa.Integer(),
                  sa.ForeignKey('account.id', ondelete='CASCADE'), nullable=False),
        sa.Column('name', sa.String(length=80), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False, unique=True),
        sa.Column('hint', sa.String(length=8), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index('ix_api_token_account_id', 'api_token', ['account_id'])
    with op.batch_alter_table('audit') as batch:
        batch.add_column(sa.Column('account_id', sa.Integer(), nullable=True))
        batch.create_foreign_key('fk_audit_account', 'account', ['account_id'], ['id'],
                                 ondelete='CASCADE')
        batch.create_index('ix_audit_account_id', ['account_id'])
    _rebuild('owner_rule', [
        sa.Column('slug', sa.String(length=80), nullable=False),
        sa.Column('label', sa.String(length=16), nullable=False),
        sa.Column('category', sa.String(length=80), nullable=False),
        sa.Column('phrases', sa.String(length=4000), nullable=False),
        sa.Column('all_words', sa.String(length=4000), nullable=False),
        sa.Column('unless', sa.String(length=4000), nullable=False),
        sa.Column('explanation', sa.String(length=500), nullable=False),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    ], ['id', 'slug', 'label', 'category', 'phrases', 'all_words', 'unless', 'explanation',
        'enabled', 'created_at'], ('uq_owner_rule_account_slug', 'slug'))
    _rebuild('switched_off', [sa.Column('rule_id', sa.String(length=80), nullable=False)],
             ['rule_id'], ('uq_switched_off_account_rule', 'rule_id'))
    _rebuild('ignored_term', [sa.Column('term', sa.String(length=120), nullable=False)],
             ['term'], ('uq_ignored_term_account_term', 'term'))


def downgrade():
    # Accounts cannot be undone without losing who owns what; restore a backup instead.
    raise NotImplementedError('the accounts migration cannot be downgraded')
