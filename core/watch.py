""""Has anything changed since I last looked?" — cheap enough to ask twice a second (issue #14).

Several desks (or a desk and the ``gongji`` command) write one ledger; each open window asks its
:class:`ChangeWatcher` on the database worker and refreshes when the answer is yes. It uses what the database
already offers:

- SQLite: ``PRAGMA data_version`` on a dedicated connection. The number changes when ANOTHER connection committed
  (this process's own writes go through other connections, so they count too — one extra refresh, harmless).
- PostgreSQL: ``LISTEN gongji_changed`` on a dedicated autocommit connection; every write transaction sends
  ``pg_notify`` before it commits (``core.store.Database.write``), and the notification arrives only if it commits.

:meth:`ChangeWatcher.changed` raises :class:`core.errors.StorageError` with a plain message when the database cannot
be reached; the next call tries to connect again (the window shows the outage meanwhile).
"""
from __future__ import annotations

import contextlib
import sqlite3
from typing import TYPE_CHECKING, Any

from core.errors import StorageError
from core.i18n import tr
from core.reads import cursor
from core.views import Changes

if TYPE_CHECKING:
    from core.store import Database

#: As core.store.NOTIFY_CHANNEL (a test keeps them equal); here so that watching a SQLite file loads no SQLAlchemy.
NOTIFY_CHANNEL = "gongji_changed"


class ChangeWatcher:
    """One per open window; call it from one thread (the DB worker)."""

    def __init__(self, db: Database):
        self.db = db
        self._conn: Any = None
        self._last: int | None = None

    def changed(self) -> bool:
        """True when someone committed a write since the previous call (the first call primes and says False)."""
        try:
            return self._sqlite_changed() if self.db.is_sqlite else self._pg_changed()
        except StorageError:
            self.close()
            raise
        except Exception as exc:  # the driver's own errors: lost connection, server stopped, file gone
            self.close()
            raise unreachable(self.db, exc) from exc

    def _sqlite_changed(self) -> bool:
        if self._conn is None:
            path = self.db.path
            if path is None:  # an in-memory database: only this process writes it
                return False
            self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        was, self._last = self._last, version
        return was is not None and version != was

    def _pg_changed(self) -> bool:
        fresh = self._conn is None
        if fresh:
            raw = self.db.engine.raw_connection()
            self._conn = raw
            conn = raw.driver_connection
            conn.autocommit = True
            conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        conn = self._conn.driver_connection
        conn.execute("SELECT 1")  # a round trip: notices a lost connection, and delivers pending notifications
        got = list(conn.notifies(timeout=0, stop_after=1000))
        # The first connection primes; after a reconnect say "changed": what happened meanwhile is unknown.
        if fresh:
            primed, self._last = self._last is not None, 1
            return primed
        return bool(got)

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.invalidate() if hasattr(self._conn, "invalidate") else self._conn.close()
            self._conn = None


def unreachable(db: Database, exc: BaseException) -> StorageError:
    """A plain message for a database that cannot be reached; the driver's words in ``details``."""
    err = StorageError(tr("The database at {where} cannot be reached right now. Nothing is saved until it is back; "
                          "gongji keeps trying.", where=db.display_location()))
    err.details = str(getattr(exc, "orig", None) or exc).strip()
    return err


class Watch:
    """``col.watch``: what a window polls (on its DB worker) to stay current with the other desks. Plain SQL over
    the DB-API connection (core.reads.cursor): polling a SQLite ledger loads no ORM."""

    def __init__(self, ctx):
        self._ctx = ctx
        self._watcher: ChangeWatcher | None = None
        self._households: tuple = ()

    @property
    def db(self) -> Any:
        return self._ctx.db

    def changed(self) -> bool:
        """Did anyone (another desk, the command line, this process) commit since the last call? Cheap.
        StorageError (plain message, driver text in ``details``) while the database cannot be reached."""
        if self._watcher is None:
            self._watcher = ChangeWatcher(self.db)
            primed = self._watcher.changed()
            self.everything()  # the baseline: the household list as the window loaded it
            return primed
        return self._watcher.changed()

    def everything(self) -> Changes:
        """Changes naming everything (households only when their list changed): broadcast it so that every view
        reloads what it shows, keeping its selection. For F5 and for a change made elsewhere."""
        try:
            with cursor(self.db) as (cur, _style):
                cur.execute("SELECT id, name, profile_id FROM households ORDER BY id")
                hh = tuple(tuple(r) for r in cur.fetchall())
                cur.execute("SELECT id FROM members")
                members = frozenset(r[0] for r in cur.fetchall())
                cur.execute("SELECT id FROM bindings")
                bindings = frozenset(r[0] for r in cur.fetchall())
        except StorageError:
            raise
        except Exception as exc:  # a lost connection: the window shows it
            raise unreachable(self.db, exc) from exc
        households = frozenset(h[0] for h in hh) if hh != self._households else frozenset()
        self._households = hh
        return Changes(households=households, members=members, bindings=bindings, orders=members,
                       balances=members, transactions=frozenset({0}), audit=True)

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
