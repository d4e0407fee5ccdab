"""totals indexes: the statement's sums read from two covering indexes, not from the tables

``col.history.totals`` (the PDF statement, the totals line) sums the filtered transactions per kind and member, then
the ledger entries of the filtered payments and refunds per account. On 1M records reading the table rows was most
of the statement's time (issue #11); with these two indexes both passes read index entries only.

Both are partial indexes whose condition always holds (the tables' CHECK constraints: out of pocket is never
negative, an entry never zero): a query can use one only if it says that condition itself, as core.totals does. So
no other query's plan changes — without table statistics SQLite otherwise preferred the wide index for the history's
first page (the household's 1M rows sorted for 500 keys: 0.3 s instead of 0.3 ms).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 02:40:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

#: The conditions of the two partial indexes (core.schema and core.totals say the same).
TOTALS_WHERE = "out_of_pocket_fen >= 0"
ENTRIES_WHERE = "amount_fen <> 0"


def upgrade() -> None:
    op.create_index('ix_transactions_totals', 'transactions',
                    ['household_id', 'kind', 'member_id', 'occurred_at', 'amount_fen', 'out_of_pocket_fen'],
                    unique=False, sqlite_where=sa.text(TOTALS_WHERE), postgresql_where=sa.text(TOTALS_WHERE))
    op.create_index('ix_ledger_entries_txn_amount', 'ledger_entries', ['txn_id', 'account_id', 'amount_fen'],
                    unique=False, sqlite_where=sa.text(ENTRIES_WHERE), postgresql_where=sa.text(ENTRIES_WHERE))


def downgrade() -> None:
    op.drop_index('ix_ledger_entries_txn_amount', table_name='ledger_entries')
    op.drop_index('ix_transactions_totals', table_name='transactions')
