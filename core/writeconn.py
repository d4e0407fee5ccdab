"""The connection core.sqlwrite's write transactions run on (private to core.store).

On SQLite one pool connection is kept checked out for a Database's writes: a write then pays no pool checkout, no
rollback at checkin (SQLAlchemy's reset on return) and no cursor creation, and the connection's page cache is not
thrown away by another connection's reads between two writes. Nothing about the transaction changes: it still runs
inside ``Database.write_frame`` (read-only refusal -> shared flock -> following a restore -> ...), starts with
``BEGIN IMMEDIATE`` and ends in a commit or a rollback.

- While another thread writes on the held connection (or one write runs inside another), a write takes a connection
  from the pool, as every write did before.
- The held connection belongs to the engine's pool of the moment: after the engine was disposed (``Database`` does
  that when it follows a restore that put another file at the ledger's path, and at close) it is closed, never
  written through, and the next write checks out a new one.
- A transaction that did not end (its commit and its rollback both failed) gives the connection back to the pool,
  whose checkin rolls it back or drops it; the next write checks out another.

On a server (PostgreSQL) every write takes a connection from the pool (its pre-ping and recycling stay in charge).
"""
from __future__ import annotations

import contextlib
import threading
from typing import Any


class WriterConnection:
    def __init__(self, engine: Any, *, held: bool):
        self.engine = engine
        self._hold = held
        self._held: tuple | None = None  # (pool connection, its pool, driver connection, cursor)
        self._mutex = threading.Lock()

    def take(self) -> tuple[Any, Any, Any]:
        """(pool connection, its driver connection, a cursor on it) for one write transaction; give it back with
        :meth:`give_back`."""
        if self._hold and self._mutex.acquire(blocking=False):
            try:
                held = self._held
                pool = self.engine.pool
                if held is not None and held[1] is not pool:  # the engine was disposed: never write through it
                    self._held = None
                    with contextlib.suppress(Exception):
                        held[0].invalidate()  # closes it (its file may be one a restore moved aside)
                    held = None
                if held is None:
                    fairy = self.engine.raw_connection()
                    conn = fairy.driver_connection
                    held = self._held = (fairy, pool, conn, conn.cursor())
                if held[2].in_transaction:  # (never: every transaction on it ends in a commit or a rollback)
                    held[2].rollback()
            except BaseException:
                self._mutex.release()
                raise
            return held[0], held[2], held[3]
        fairy = self.engine.raw_connection()
        conn = fairy.driver_connection
        return fairy, conn, conn.cursor()

    def give_back(self, fairy: Any, ended: bool) -> None:
        """``ended``: the transaction was committed or rolled back."""
        held = self._held
        if held is None or held[0] is not fairy:
            fairy.close()
            return
        try:
            if not ended:
                self._held = None
                fairy.close()
        finally:
            self._mutex.release()

    def close(self) -> None:
        """Give the held connection back to the pool (before the engine is disposed); waits for a write running on
        it to end."""
        if not self._mutex.acquire(timeout=15.0):
            return
        try:
            held, self._held = self._held, None
            if held is not None:
                with contextlib.suppress(Exception):
                    held[0].close()
        finally:
            self._mutex.release()


__all__ = ["WriterConnection"]
