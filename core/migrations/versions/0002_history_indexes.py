"""history indexes: a member's records of one kind in date order

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 16:10:00
"""
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('transactions', schema=None) as batch_op:
        batch_op.create_index('ix_transactions_member_kind_occurred', ['member_id', 'kind', 'occurred_at', 'id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('transactions', schema=None) as batch_op:
        batch_op.drop_index('ix_transactions_member_kind_occurred')
