"""``check()``'s storage half: SQLite's integrity and foreign-key checks, then the append-only triggers and the
row seals (:mod:`core.chain`), then the ledger entries' copies of their transaction's facts (migration 0007).
PostgreSQL has no file to check: only the triggers, seals and copies."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError

from core.chain import problems as tamper_problems
from core.i18n import tr
from core.store import Database


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity and foreign-key checks, then the append-only triggers and row seals (core.chain)."""
    if not db.is_sqlite:
        with db.engine.connect() as conn:
            return tamper_problems(conn) + copies_problems(conn)
    try:
        with db.engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
    except DatabaseError as exc:
        if db.damaged(exc) is None:
            raise
        return [str(exc.orig).splitlines()[0]]
    out = [r for r in rows if r != "ok"]
    out += [tr("foreign key violation in {table} row {row}", table=r[0], row=r[1]) for r in fk]
    if not out:
        try:
            with db.engine.connect() as conn:
                out += tamper_problems(conn)
                out += copies_problems(conn)
        except DatabaseError as exc:
            if db.damaged(exc) is None:
                raise
            out.append(str(exc.orig).splitlines()[0])
    return out


def copies_problems(conn: Connection) -> list[str]:
    """Ledger entries whose copies (migration 0007: the transaction's ``occurred_at``; ``for_other``, the transaction's
    member is not the account's owner) disagree with their transaction and account. The copies are not sealed
    (core.chain covers the original columns only), so this is what makes an edit of them visible; the history's "paid
    from my account" window reads them."""
    differs = "IS NOT" if conn.dialect.name == "sqlite" else "IS DISTINCT FROM"
    n, first = conn.execute(text(
        "SELECT count(*), min(e.id) FROM ledger_entries e JOIN transactions t ON t.id = e.txn_id "
        "JOIN accounts a ON a.id = e.account_id "
        f"WHERE e.occurred_at {differs} t.occurred_at OR e.for_other {differs} (a.member_id <> t.member_id)")).one()
    if not n:
        return []
    return [tr("{n} ledger entries (the first: row {id}) disagree with their transaction or account (the copy of its "
               "time, or of whether it paid for someone else): changed outside gongji.", n=n, id=first)]
