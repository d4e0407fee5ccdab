"""entry facts: each ledger entry carries its transaction's time and whether it paid for someone else

The "paid from my account" history (共济支出明细) lists the transactions of OTHER members that took money from a
member's account, newest first, in a period. Entries carried no time, so no index could give that window: the query
looked up the transaction of every entry of the account (136,000 primary-key reads for one account on 1M records,
issue #11). Two copies on each entry make it an index range of a page's rows:

- ``occurred_at``: the transaction's ``occurred_at``;
- ``for_other``: the transaction's member is not the owner of the entry's account;

with ``ix_ledger_entries_for_other (account_id, occurred_at, txn_id) WHERE for_other``.

They are copies, not sealed facts (the seal's canonical form, core.chain.SEALED, never changes: a new column is not
covered); ``check()`` reports an entry whose copies disagree with its transaction and account (core.integrity). Both
are NOT NULL without a default, so a writer that forgets them fails at once. The append-only triggers now refuse an
UPDATE of them too.

SQLite cannot make an added column NOT NULL without a default: the table is rebuilt (new table filled from the old
one joined to its transactions and accounts, in id order, seals copied unchanged; the old table dropped — which drops
its triggers without firing them —, the new one renamed, its indexes and triggers made again). PostgreSQL adds the
columns, fills them (the UPDATE touches neither the sealed columns nor row_hash, so the append-only triggers do not
fire) and sets NOT NULL.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 05:40:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

#: The columns an UPDATE is refused for (0005's list, and the two copies); row_hash is written once (seal_once).
FIXED = ("id", "txn_id", "account_id", "seq", "part", "amount_fen", "occurred_at", "for_other")
#: The condition of the new partial index (core.schema and core.history say the same).
FOR_OTHER = "for_other"

_SQLITE_TABLE = """CREATE TABLE ledger_entries_0007 (
	id INTEGER NOT NULL, 
	txn_id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	part VARCHAR(8) NOT NULL, 
	amount_fen INTEGER NOT NULL, 
	row_hash VARCHAR(64), 
	occurred_at DATETIME NOT NULL, 
	for_other BOOLEAN NOT NULL, 
	CONSTRAINT pk_ledger_entries PRIMARY KEY (id), 
	CONSTRAINT ck_ledger_entries_part CHECK (part IN ('current', 'prior')), 
	CONSTRAINT ck_ledger_entries_amount_not_zero CHECK (amount_fen <> 0), 
	CONSTRAINT fk_ledger_entries_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id), 
	CONSTRAINT fk_ledger_entries_txn_id_transactions FOREIGN KEY(txn_id) REFERENCES transactions (id), 
	CONSTRAINT uq_ledger_entries_txn_seq UNIQUE (txn_id, seq)
)"""

#: An entry whose transaction is missing (a damaged file: check() reports the foreign key) keeps a time far in the
#: past instead of stopping the migration or being lost.
_NO_TIME = "0001-01-01 00:00:00.000000"


def _sqlite_triggers() -> None:
    t = "ledger_entries"
    stop = f"BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END"
    op.execute(f"CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t} {stop}")
    op.execute(f"CREATE TRIGGER {t}_no_update BEFORE UPDATE OF {', '.join(FIXED)} ON {t} {stop}")
    op.execute(f"CREATE TRIGGER {t}_seal_once BEFORE UPDATE OF row_hash ON {t} WHEN OLD.row_hash IS NOT NULL {stop}")
    op.execute(f"CREATE TRIGGER {t}_no_replace BEFORE INSERT ON {t} WHEN EXISTS (SELECT 1 FROM {t} WHERE "
               f"id = NEW.id OR (txn_id = NEW.txn_id AND seq = NEW.seq)) {stop}")


def _indexes() -> None:
    op.create_index('ix_ledger_entries_account_txn', 'ledger_entries', ['account_id', 'txn_id'], unique=False)
    op.create_index('ix_ledger_entries_txn_amount', 'ledger_entries', ['txn_id', 'account_id', 'amount_fen'],
                    unique=False, sqlite_where=sa.text("amount_fen <> 0"))


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    analyzed = False
    if dialect == "sqlite":
        # Planner statistics of the old table (a file someone ran ANALYZE on, as the benchmarks' ledger) go with it:
        # made again below for the new one, so no other query's plan changes.
        analyzed = bool(bind.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar()
                        and bind.exec_driver_sql("SELECT count(*) FROM sqlite_stat1 "
                                                 "WHERE tbl = 'ledger_entries'").scalar())
        op.execute(_SQLITE_TABLE)
        op.execute("INSERT INTO ledger_entries_0007 (id, txn_id, account_id, seq, part, amount_fen, row_hash, "
                   "occurred_at, for_other) "
                   f"SELECT e.id, e.txn_id, e.account_id, e.seq, e.part, e.amount_fen, e.row_hash, "
                   f"COALESCE(t.occurred_at, '{_NO_TIME}'), COALESCE(a.member_id <> t.member_id, 0) "
                   "FROM ledger_entries e LEFT JOIN transactions t ON t.id = e.txn_id "
                   "LEFT JOIN accounts a ON a.id = e.account_id ORDER BY e.id")
        op.execute("DROP TABLE ledger_entries")  # its indexes and triggers go with it (the triggers unfired)
        op.execute("ALTER TABLE ledger_entries_0007 RENAME TO ledger_entries")
        _indexes()
        _sqlite_triggers()
    else:
        op.add_column('ledger_entries', sa.Column('occurred_at', sa.DateTime(), nullable=True))
        op.add_column('ledger_entries', sa.Column('for_other', sa.Boolean(), nullable=True))
        op.execute("UPDATE ledger_entries e SET occurred_at = t.occurred_at, for_other = (a.member_id <> t.member_id) "
                   "FROM transactions t, accounts a WHERE t.id = e.txn_id AND a.id = e.account_id")
        op.alter_column('ledger_entries', 'occurred_at', nullable=False)
        op.alter_column('ledger_entries', 'for_other', nullable=False)
        if dialect == "postgresql":
            op.execute("DROP TRIGGER IF EXISTS ledger_entries_append_only ON ledger_entries")
            op.execute(f"CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OF {', '.join(FIXED)} OR DELETE "
                       "ON ledger_entries FOR EACH ROW EXECUTE FUNCTION gongji_append_only()")
    op.create_index('ix_ledger_entries_for_other', 'ledger_entries', ['account_id', 'occurred_at', 'txn_id'],
                    unique=False, sqlite_where=sa.text(FOR_OTHER), postgresql_where=sa.text(FOR_OTHER))
    if analyzed:
        op.execute("ANALYZE ledger_entries")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.drop_index('ix_ledger_entries_for_other', table_name='ledger_entries')
    old = ", ".join(FIXED[:6])
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS ledger_entries_no_update")
        op.execute("ALTER TABLE ledger_entries DROP COLUMN for_other")
        op.execute("ALTER TABLE ledger_entries DROP COLUMN occurred_at")
        op.execute(f"CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE OF {old} ON ledger_entries "
                   "BEGIN SELECT RAISE(ABORT, 'ledger_entries is append-only'); END")
    else:
        if dialect == "postgresql":
            op.execute("DROP TRIGGER IF EXISTS ledger_entries_append_only ON ledger_entries")
        op.drop_column('ledger_entries', 'for_other')
        op.drop_column('ledger_entries', 'occurred_at')
        if dialect == "postgresql":
            op.execute(f"CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OF {old} OR DELETE "
                       "ON ledger_entries FOR EACH ROW EXECUTE FUNCTION gongji_append_only()")
