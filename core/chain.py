"""Tamper evidence for the append-only tables (audit_log, transactions, ledger_entries).

Every row carries ``row_hash``: SHA-256 over the previous row's hash and the row's own fields in a fixed canonical
form (:func:`row_digest`), in id order per table. Gongji seals the rows a write transaction inserted just before it
commits (:func:`begin_seal` in ``Database.write``), and migration 0005 sealed the rows that existed before.
:func:`problems` (part of ``check()``) walks each chain and names the first row whose seal does not match (its fields
or the row before it were changed, a row was removed) or that has no seal (written into the file by another program),
and verifies that the database triggers that keep these tables append-only are all there.

What it does not do: the hash is not a signature (there is no secret on a family computer), so someone who edits a
row and recomputes every later seal with this algorithm is not detected; removing the newest rows is not detected
either. It catches edits by anyone who changes the file directly with another tool — the case of issue #9.

The canonical form below is a file format: never change it (a new column is simply not covered).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import date, datetime

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from core.i18n import tr

#: The sealed tables and, per table, the fields covered by the seal (in this order).
SEALED: dict[str, tuple[str, ...]] = {
    "audit_log": ("id", "at", "actor", "on_behalf_of", "household_id", "action", "summary", "details"),
    "transactions": ("id", "household_id", "kind", "member_id", "amount_fen", "out_of_pocket_fen", "expense_kind",
                     "note", "occurred_at", "recorded_at", "refund_of_id", "operator"),
    "ledger_entries": ("id", "txn_id", "account_id", "seq", "part", "amount_fen"),
}
_CHUNK = 5000


def _canon(value: object) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in " T" and value[13] == ":":
        # a time stamp read as text (SQLite without column types): the same canonical form as a datetime
        try:
            return datetime.fromisoformat(value.replace("T", " ")).strftime("%Y-%m-%d %H:%M:%S.%f")
        except ValueError:
            return value
    return str(value)


def _canon_str(value: str) -> str:
    if len(value) >= 19 and value[4] == "-" and value[10] in " T" and value[13] == ":":
        return _canon(value)
    return value


def _canon_dt(value: datetime) -> str:
    # = value.strftime("%Y-%m-%d %H:%M:%S.%f") for the years 1000-9999, a third of the time
    return value.isoformat(" ", "microseconds") if value.year >= 1000 else _canon(value)


#: The canonical form by exact type (the common cases, fast); anything else goes through _canon.
_FAST = {type(None): lambda v: "\x00", int: str, str: _canon_str, datetime: _canon_dt, bool: _canon}


def row_digest(table: str, prev: str | None, row: Iterable[object]) -> str:
    fast = _FAST
    body = "\x1f".join([fast.get(type(v), _canon)(v) for v in row])
    return hashlib.sha256(f"{prev or ''}\x1e{table}\x1e{body}".encode()).hexdigest()


def _select(table: str) -> str:
    return f"SELECT {', '.join(SEALED[table])}, row_hash FROM {table}"


def _rows(conn: Connection, table: str, after_id: int) -> Iterable[tuple]:
    """All rows with id > after_id in id order, in chunks (a large ledger is not loaded at once)."""
    last = after_id
    while True:
        chunk = conn.execute(text(f"{_select(table)} WHERE id > :last ORDER BY id LIMIT {_CHUNK}"),
                             {"last": last}).all()
        if not chunk:
            return
        yield from chunk
        last = chunk[-1][0]


def seal_after(conn: Connection, table: str, after_id: int, prev: str | None) -> int:
    """Seal every row with id > after_id (they have no seal yet), chained on ``prev``. Returns how many."""
    updates = []
    for row in _rows(conn, table, after_id):
        prev = row_digest(table, prev, row[:-1])
        updates.append({"h": prev, "i": row[0]})
    for i in range(0, len(updates), _CHUNK):
        conn.execute(text(f"UPDATE {table} SET row_hash = :h WHERE id = :i"), updates[i:i + _CHUNK])
    return len(updates)


def _tails(conn: Connection) -> dict[str, tuple[int, str | None]]:
    """Each sealed table's last (id, row_hash), in one round trip."""
    parts = ", ".join(f"(SELECT id FROM {t} ORDER BY id DESC LIMIT 1), "
                      f"(SELECT row_hash FROM {t} ORDER BY id DESC LIMIT 1)" for t in SEALED)
    row = conn.execute(text(f"SELECT {parts}")).one()
    return {t: (row[2 * i] or 0, row[2 * i + 1]) for i, t in enumerate(SEALED)}


_OPEN = "gongji.chain.open_tails"


def open_tails(conn: Connection) -> dict[str, tuple[int, str | None]] | None:
    """The tails (last id, last seal) per table of the write transaction running on ``conn`` — a writer that seals
    the rows it inserts itself sets each table's entry to its last (id, seal) — or None outside such a transaction."""
    got = conn.info.get(_OPEN)
    if got is None or got[0] is not conn.get_transaction():
        return None
    return got[1]


def begin_seal(s: Session) -> Callable[[], None]:
    """Call at the start of a write transaction (after its write lock is taken); call what it returns just before
    the commit: it seals the rows this transaction inserted, and only those (a row another program slipped in
    between two gongji writes keeps no seal, and check() names it)."""
    conn = s.connection()
    before = _tails(conn)
    # A bulk writer in this transaction may seal its own rows as it inserts them and move these tails on
    # (core.csvio.write_bulk via open_tails): then this seal has nothing left to do for them.
    conn.info[_OPEN] = (conn.get_transaction(), before)

    def seal() -> None:
        conn.info.pop(_OPEN, None)
        s.flush()
        parts = ", ".join(f"(SELECT max(id) FROM {t})" for t in SEALED)
        now = conn.execute(text(f"SELECT {parts}")).one()
        for (table, (last_id, last_hash)), newest in zip(before.items(), now):
            if (newest or 0) > last_id:
                seal_after(conn, table, last_id, last_hash)

    return seal


# ----------------------------------------------------------------------------------------------- checking

def expected_triggers(dialect: str) -> dict[str, set[str]]:
    """The triggers that keep each sealed table append-only (created by migration 0005), by table."""
    if dialect == "sqlite":
        return {t: {f"{t}_no_update", f"{t}_no_delete", f"{t}_seal_once", f"{t}_no_replace"} for t in SEALED}
    return {t: {f"{t}_append_only", f"{t}_seal_once", f"{t}_no_truncate"} for t in SEALED}


def present_triggers(conn: Connection) -> set[str]:
    if conn.dialect.name == "sqlite":
        return {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    if conn.dialect.name == "postgresql":
        return {r[0] for r in conn.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))}
    return set()


def problems(conn: Connection) -> list[str]:
    """Missing append-only triggers, and per sealed table the first row whose seal is missing or wrong."""
    out: list[str] = []
    present = present_triggers(conn)
    if conn.dialect.name in ("sqlite", "postgresql"):
        for table, names in expected_triggers(conn.dialect.name).items():
            for name in sorted(names - present):
                out.append(tr("The protection {trigger} of the table {table} is missing: someone changed the "
                              "database file outside gongji.", trigger=name, table=table))
    for table in SEALED:
        try:
            out += _chain_problems(conn, table)
        except DBAPIError as exc:  # a row that cannot even be read (damaged text): say so, no traceback
            detail = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
            out.append(tr("The table {table} cannot be read to the end ({detail}): the file is damaged.",
                          table=table, detail=detail[:120]))
    return out


def _chain_problems(conn: Connection, table: str) -> list[str]:
    prev: str | None = None
    for row in _rows(conn, table, 0):
        stored = row[-1]
        if stored is None:
            return [tr("Row {id} of {table} has no seal: it was written into the database outside gongji.",
                       id=row[0], table=table)]
        if stored != row_digest(table, prev, row[:-1]):
            return [tr("Row {id} of {table} does not match its seal: it (or the row before it) was changed "
                       "outside gongji.", id=row[0], table=table)]
        prev = stored
    return []


__all__ = ["SEALED", "row_digest", "seal_after", "begin_seal", "open_tails", "problems", "expected_triggers"]
