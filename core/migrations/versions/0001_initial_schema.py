"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 15:48:44.240343
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('households',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('profile_id', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_households_name_not_empty')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_households'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=50), nullable=False),
    sa.Column('on_behalf_of', sa.String(length=100), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_audit_log_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_household_at', ['household_id', 'at', 'id'], unique=False)

    op.create_table('members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('insurance_type', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('region', sa.String(length=50), nullable=False),
    sa.Column('person_number', sa.String(length=30), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("insurance_type IN ('employee', 'resident')", name=op.f('ck_members_insurance_type')),
    sa.CheckConstraint("status IN ('normal', 'suspended')", name=op.f('ck_members_status')),
    sa.CheckConstraint('length(id_number) = 18', name=op.f('ck_members_id_number_len')),
    sa.CheckConstraint('length(name) > 0', name=op.f('ck_members_name_not_empty')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_members_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members')),
    sa.UniqueConstraint('household_id', 'id_number', name='uq_members_household_id_number')
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_household_id'), ['household_id'], unique=False)

    op.create_table('accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('balance_fen', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('prior_years_fen', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.CheckConstraint('balance_fen >= 0', name=op.f('ck_accounts_balance_not_negative')),
    sa.CheckConstraint('prior_years_fen >= 0 AND prior_years_fen <= balance_fen', name=op.f('ck_accounts_prior_within_balance')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_accounts_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('member_id', name=op.f('uq_accounts_member_id'))
    )
    op.create_table('bindings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('authorizer_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('bound_at', sa.DateTime(), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(), nullable=True),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('ended_by', sa.String(length=12), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('commitment_signed', sa.Boolean(), nullable=False),
    sa.Column('proofs', sa.Text(), nullable=False),
    sa.CheckConstraint("(state = 'ended') = (ended_at IS NOT NULL)", name=op.f('ck_bindings_ended_consistent')),
    sa.CheckConstraint("state IN ('pending', 'active', 'ended')", name=op.f('ck_bindings_state')),
    sa.CheckConstraint('authorizer_id <> user_id', name=op.f('ck_bindings_not_self')),
    sa.CheckConstraint('period_end IS NULL OR period_start IS NULL OR period_end >= period_start', name=op.f('ck_bindings_period')),
    sa.ForeignKeyConstraint(['authorizer_id'], ['members.id'], name=op.f('fk_bindings_authorizer_id_members')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_bindings_household_id_households')),
    sa.ForeignKeyConstraint(['user_id'], ['members.id'], name=op.f('fk_bindings_user_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bindings'))
    )
    with op.batch_alter_table('bindings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bindings_authorizer_id'), ['authorizer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bindings_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bindings_user_id'), ['user_id'], unique=False)
        batch_op.create_index('ix_bindings_user_state', ['user_id', 'state'], unique=False)

    op.create_table('transactions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('out_of_pocket_fen', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('expense_kind', sa.String(length=24), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('refund_of_id', sa.Integer(), nullable=True),
    sa.Column('operator', sa.String(length=50), nullable=False),
    sa.CheckConstraint("(kind = 'refund') = (refund_of_id IS NOT NULL)", name=op.f('ck_transactions_refund_link')),
    sa.CheckConstraint("amount_fen <> 0 AND (kind = 'adjustment' OR amount_fen > 0)", name=op.f('ck_transactions_amount')),
    sa.CheckConstraint("kind IN ('payment', 'refund', 'credit', 'adjustment')", name=op.f('ck_transactions_kind')),
    sa.CheckConstraint('out_of_pocket_fen >= 0', name=op.f('ck_transactions_oop_not_negative')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_transactions_household_id_households')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_transactions_member_id_members')),
    sa.ForeignKeyConstraint(['refund_of_id'], ['transactions.id'], name=op.f('fk_transactions_refund_of_id_transactions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transactions'))
    )
    with op.batch_alter_table('transactions', schema=None) as batch_op:
        batch_op.create_index('ix_transactions_household_occurred', ['household_id', 'occurred_at', 'id'], unique=False)
        batch_op.create_index('ix_transactions_kind_occurred', ['household_id', 'kind', 'occurred_at', 'id'], unique=False)
        batch_op.create_index('ix_transactions_member_occurred', ['member_id', 'occurred_at', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_transactions_refund_of_id'), ['refund_of_id'], unique=False)

    op.create_table('ledger_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('txn_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('part', sa.String(length=8), nullable=False),
    sa.Column('amount_fen', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.CheckConstraint("part IN ('current', 'prior')", name=op.f('ck_ledger_entries_part')),
    sa.CheckConstraint('amount_fen <> 0', name=op.f('ck_ledger_entries_amount_not_zero')),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_ledger_entries_account_id_accounts')),
    sa.ForeignKeyConstraint(['txn_id'], ['transactions.id'], name=op.f('fk_ledger_entries_txn_id_transactions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entries')),
    sa.UniqueConstraint('txn_id', 'seq', name='uq_ledger_entries_txn_seq')
    )
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_entries_account_txn', ['account_id', 'txn_id'], unique=False)

    _append_only_triggers()


def downgrade() -> None:
    _drop_append_only_triggers()
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_ledger_entries_account_txn')

    op.drop_table('ledger_entries')
    with op.batch_alter_table('transactions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transactions_refund_of_id'))
        batch_op.drop_index('ix_transactions_member_occurred')
        batch_op.drop_index('ix_transactions_kind_occurred')
        batch_op.drop_index('ix_transactions_household_occurred')

    op.drop_table('transactions')
    with op.batch_alter_table('bindings', schema=None) as batch_op:
        batch_op.drop_index('ix_bindings_user_state')
        batch_op.drop_index(batch_op.f('ix_bindings_user_id'))
        batch_op.drop_index(batch_op.f('ix_bindings_household_id'))
        batch_op.drop_index(batch_op.f('ix_bindings_authorizer_id'))

    op.drop_table('bindings')
    op.drop_table('accounts')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_household_id'))

    op.drop_table('members')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_household_at')

    op.drop_table('audit_log')
    op.drop_table('households')


APPEND_ONLY = ("audit_log", "transactions", "ledger_entries")


def _append_only_triggers() -> None:
    """The database itself refuses UPDATE and DELETE on the append-only tables."""
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            for verb in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        elif dialect == "postgresql":
            op.execute(f"""CREATE OR REPLACE FUNCTION gongji_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql""")
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION gongji_append_only()")


def _drop_append_only_triggers() -> None:
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
