"""session epoch: "log out everywhere" ends every session begun before

Revision ID: b3d8f1a2c4e6
Revises: a7c3e9b1d2f4
Create Date: 2026-11-26 02:10:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'b3d8f1a2c4e6'
down_revision = 'a7c3e9b1d2f4'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('account') as batch:
        batch.add_column(sa.Column('session_epoch', sa.Integer(), nullable=False,
                                   server_default='0'))


def downgrade():
    with op.batch_alter_table('account') as batch:
        batch.drop_column('session_epoch')
