"""Write transactions on the DB-API connection, without the ORM: the hot write paths (a payment, a refund).

:func:`sql_write` runs inside the same frame as :meth:`core.store.Database.write` (``Database.write_frame``:
read-only refusal -> shared flock on ``<ledger>.writelock`` -> follow an interrupted restore -> ... -> error
wording -> backup policy) and keeps its inner order — ``BEGIN IMMEDIATE`` (PostgreSQL: the advisory lock) -> work
-> seal -> ``pg_notify`` -> commit — but the work is a few prepared statements on the driver's connection
(``sqlite3``: the connection the Database keeps for its writes, core.writeconn; ``psycopg`` from the engine's pool
for PostgreSQL), not an ORM unit of work.

Sealing (core.chain) is done as the rows are written: :meth:`Tx.insert_sealed` chains each new row on the newest
row of its table (read once per transaction) with :func:`core.chain.row_digest`, and stores the seal in the INSERT
itself (PostgreSQL: the id comes from the table's sequence first). Same chain, same canonical form, fewer writes.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import date, datetime

from core.chain import SEALED, row_digest
from core.store import NOTIFY_CHANNEL, PG_WRITE_LOCK_KEY, Database

_PG_SQL: dict[str, str] = {}


class Tx:
    """One write transaction on a driver connection. SQL is written with ``?`` placeholders (qmark); for
    PostgreSQL each statement is converted once and cached."""

    def __init__(self, conn, pg: bool, cur=None):
        self.conn = conn
        self.pg = pg
        self.cur = conn.cursor() if cur is None else cur
        self._tails: dict[str, list] = {}

    def _sql(self, sql: str) -> str:
        if not self.pg:
            return sql
        out = _PG_SQL.get(sql)
        if out is None:
            out = _PG_SQL[sql] = sql.replace("?", "%s")
        return out

    def run(self, sql: str, params: Sequence = ()) -> None:
        self.cur.execute(self._sql(sql), params)

    def all(self, sql: str, params: Sequence = ()) -> list[tuple]:
        self.cur.execute(self._sql(sql), params)
        return self.cur.fetchall()

    def one(self, sql: str, params: Sequence = ()) -> tuple | None:
        self.cur.execute(self._sql(sql), params)
        return self.cur.fetchone()

    def dt(self, value: datetime | None):
        """A datetime as the column stores it (SQLite: SQLAlchemy's text form; PostgreSQL: the object)."""
        if value is None or self.pg:
            return value
        return value.isoformat(" ", "microseconds")

    def read_dt(self, value) -> datetime | None:
        if value is None or isinstance(value, datetime):
            return value
        return datetime.fromisoformat(value)

    def read_date(self, value) -> date | None:
        if value is None or isinstance(value, date):
            return value
        return date.fromisoformat(value)

    def tails(self, *tables: str) -> None:
        """Read the newest (id, seal) of each table the transaction will insert into, in one round trip."""
        parts = ", ".join(f"(SELECT id FROM {t} ORDER BY id DESC LIMIT 1), "
                          f"(SELECT row_hash FROM {t} ORDER BY id DESC LIMIT 1)" for t in tables)
        row = self.one(f"SELECT {parts}")
        for i, t in enumerate(tables):
            self._tails[t] = [row[2 * i] or 0, row[2 * i + 1]]

    def insert_sealed(self, table: str, values: Sequence[object], **unsealed: object) -> int:
        """INSERT one row of a sealed table with its seal; returns its id. ``values``: the sealed fields but id, in
        the order of core.chain.SEALED (datetimes as Python objects). ``unsealed``: the row's other columns, which
        the seal does not cover (a ledger entry's copies of its transaction's time and of "paid for someone else",
        migration 0007), by column name; stored like the sealed ones."""
        tail = self._tails.get(table)
        if tail is None:
            self.tails(table)
            tail = self._tails[table]
        if self.pg:
            new_id = self.one(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))")[0]
        else:
            new_id = tail[0] + 1  # BEGIN IMMEDIATE: no other writer until the commit
        row = (new_id, *values)
        digest = row_digest(table, tail[1], row)
        stored = (*row, digest, *unsealed.values())
        if not self.pg:
            stored = [v.isoformat(" ", "microseconds") if type(v) is datetime else v for v in stored]
        self.cur.execute(self._sql(_insert(table, tuple(unsealed))), stored)
        tail[0], tail[1] = new_id, digest
        return new_id


_INSERT: dict[tuple[str, tuple[str, ...]], str] = {}


def _insert(table: str, unsealed: tuple[str, ...]) -> str:
    """The INSERT of a sealed row: its sealed fields, its seal, then its unsealed columns (built once each)."""
    sql = _INSERT.get((table, unsealed))
    if sql is None:
        cols = [*SEALED[table], "row_hash", *unsealed]
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        _INSERT[table, unsealed] = sql
    return sql


@contextlib.contextmanager
def sql_write(db: Database) -> Iterator[Tx]:
    """One write transaction on the driver connection, inside :meth:`core.store.Database.write_frame` (the same
    read-only refusal, write lock, restore-following, error wording and backup policy as every write). Commits at
    the end of the block; any exception rolls everything back."""
    with db.write_frame():
        fairy, conn, cur = db._writer.take()  # SQLite: the connection kept for writes (core.writeconn)
        ended = False
        try:
            tx = Tx(conn, not db.is_sqlite, cur)
            try:
                if tx.pg:
                    tx.run("SELECT pg_advisory_xact_lock(?)", (PG_WRITE_LOCK_KEY,))
                else:
                    tx.run("BEGIN IMMEDIATE")
                yield tx
                if tx.pg:  # other desks refresh (core.watch); sent on commit
                    tx.run(f"SELECT pg_notify('{NOTIFY_CHANNEL}', '')")
                conn.commit()
                ended = True
            except BaseException:
                try:
                    conn.rollback()
                    ended = True
                except Exception:
                    pass
                raise
        finally:
            db._writer.give_back(fairy, ended)


__all__ = ["sql_write", "Tx"]
