"""binding parties: who initiated and who confirmed a binding, and the other direction of a two-way binding

Seed 004 (Jiangsu): the authorizer (主账户) applies, the spouse accepts in 「授权绑定确认」, which completes a two-way
binding. Bindings made before this revision keep NULL (not recorded).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 20:35:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('bindings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('initiated_by', sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column('confirmed_by', sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column('partner_id', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('bindings', schema=None) as batch_op:
        batch_op.drop_column('partner_id')
        batch_op.drop_column('confirmed_by')
        batch_op.drop_column('initiated_by')
