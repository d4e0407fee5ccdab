"""``check()``'s storage half: SQLite's integrity and foreign-key checks, then the append-only triggers and the
row seals (:mod:`core.chain`). PostgreSQL has no file to check: only the triggers and seals."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from core.chain import problems as tamper_problems
from core.i18n import tr
from core.store import Database


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity and foreign-key checks, then the append-only triggers and row seals (core.chain)."""
    if not db.is_sqlite:
        with db.engine.connect() as conn:
            return tamper_problems(conn)
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
        except DatabaseError as exc:
            if db.damaged(exc) is None:
                raise
            out.append(str(exc.orig).splitlines()[0])
    return out
