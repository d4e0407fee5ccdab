"""tamper evidence: a chained seal on every append-only row; REPLACE and TRUNCATE refused

Each row of audit_log, transactions and ledger_entries gets ``row_hash`` (see core.chain), filled here for the rows
that exist. The append-only triggers are rebuilt: UPDATE of any column but row_hash refused, row_hash written once;
on SQLite a BEFORE INSERT trigger refuses an insert that would replace an existing row (``REPLACE INTO`` /
``INSERT OR REPLACE`` delete the old row without firing the DELETE trigger); on PostgreSQL TRUNCATE is refused.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 20:30:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TABLES = {
    "audit_log": ("at", "actor", "on_behalf_of", "household_id", "action", "summary", "details"),
    "transactions": ("household_id", "kind", "member_id", "amount_fen", "out_of_pocket_fen", "expense_kind", "note",
                     "occurred_at", "recorded_at", "refund_of_id", "operator"),
    "ledger_entries": ("txn_id", "account_id", "seq", "part", "amount_fen"),
}
#: Other unique keys an INSERT OR REPLACE could collide with (and so delete the old row through).
UNIQUE = {"ledger_entries": ("txn_id", "seq")}


def upgrade() -> None:
    from core.chain import seal_after

    bind = op.get_bind()
    dialect = bind.dialect.name
    for table in TABLES:
        op.add_column(table, sa.Column("row_hash", sa.String(length=64), nullable=True))
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    for table in TABLES:
        seal_after(bind, table, 0, None)
    for table, cols in TABLES.items():
        if dialect == "sqlite":
            others = ", ".join(("id",) + cols)
            op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE OF {others} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
            op.execute(f"CREATE TRIGGER {table}_seal_once BEFORE UPDATE OF row_hash ON {table} "
                       f"WHEN OLD.row_hash IS NOT NULL BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
            clash = f"id = NEW.id"
            if table in UNIQUE:
                clash += " OR (" + " AND ".join(f"{c} = NEW.{c}" for c in UNIQUE[table]) + ")"
            op.execute(f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table} "
                       f"WHEN EXISTS (SELECT 1 FROM {table} WHERE {clash}) "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        elif dialect == "postgresql":
            others = ", ".join(("id",) + cols)
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OF {others} OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION gongji_append_only()")
            op.execute(f"CREATE TRIGGER {table}_seal_once BEFORE UPDATE OF row_hash ON {table} "
                       f"FOR EACH ROW WHEN (OLD.row_hash IS NOT NULL) EXECUTE FUNCTION gongji_append_only()")
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       f"FOR EACH STATEMENT EXECUTE FUNCTION gongji_append_only()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        if dialect == "sqlite":
            for name in ("no_update", "seal_once", "no_replace"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{name}")
            op.execute(f"ALTER TABLE {table} DROP COLUMN row_hash")
            op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
        elif dialect == "postgresql":
            for name in ("append_only", "seal_once", "no_truncate"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{name} ON {table}")
            op.drop_column(table, "row_hash")
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION gongji_append_only()")
