"""Opening a SQLite ledger for reading with plain :mod:`sqlite3` — no SQLAlchemy, no alembic (private to core).

:func:`quick_open` runs THE open-time checks (:func:`core.opencheck.check_at_open`, the same function
:func:`core.store.open_database` runs: an interrupted restore is followed, a missing ledger with backups is refused,
read-only is detected, a damaged file is refused with the same words), then compares the stored schema revision
with the newest migration, and returns a :class:`QuickDatabase`: the read model (:mod:`core.reads`) runs on its
sqlite3 connection, and the first use of anything else (a write, ``engine``, ``url``, a full check …) opens the
full :class:`core.store.Database` through ``open_database`` — which runs the checks again, never trusting the quick
check's stamp — and hands over to it. Whenever a quick reading is not certain (a URL, no file yet, a revision that
differs: a migration is due or the file is newer than this program), :func:`quick_open` returns None and the caller
opens the full database, which migrates or refuses.
"""
from __future__ import annotations

import contextlib
import sqlite3
import os
import threading
from collections.abc import Callable
from pathlib import Path

from core import opencheck
from core.heads import quick_head
from core.paths import default_database_path, file_of  # noqa: F401 (default_database_path: re-exported)
from core import storefaults as faults

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: a CLI call would pay ~3 ms)
if TYPE_CHECKING:
    from typing import Any

def _inode(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


class QuickDatabase:
    """A SQLite ledger open for reading through sqlite3; becomes the full :class:`core.store.Database` on demand.

    Attributes it does not have itself (``write``, ``read``, ``engine``, ``url``, ``_lock``, ``_write_engine`` …)
    are those of the full database, opened by ``open_database`` the first time one is asked for (after that,
    everything goes to it). Its own private names start with ``_q_`` or are listed in ``__init__``, so that no
    name of the full database (core.sqlwrite uses ``db._lock``) is shadowed."""

    is_sqlite = True

    def __init__(self, path: Path, conn: sqlite3.Connection, *, full_check_pending: bool,
                 opener: Callable[[Path], Any], read_only: bool = False):
        mine = threading.local()
        mine.conn = conn
        self.__dict__.update(_path=path, _mine=mine, _conns=[conn], _q_lock=threading.Lock(), _full=None,
                             _opener=opener, _ro=read_only, _q_ino=_inode(path),
                             _local={"read_only_reason": "", "full_check_pending": full_check_pending,
                                     "auto_backup": None, "backup_error": ""})

    # ------------------------------------------------------------------ what the read model needs

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's sqlite3 connection (one per thread, as the engine's pool gives: the GUI reads on its own
        thread and on the DB worker)."""
        ino = _inode(self._path)
        if ino != self._q_ino:
            # A restore put another file at the ledger's path (or it is gone): never read the moved-aside file.
            # Gone: said in the words Database.write uses (kind "missing"); nothing new is created there.
            if ino is None:
                return self._fail_missing()
            self._close_conns()
            self.__dict__["_mine"] = threading.local()
            self.__dict__["_q_ino"] = ino
        conn = getattr(self._mine, "conn", None)
        if conn is None:
            conn = self._mine.conn = opencheck.connect(self._path, read_only=self._ro)
            with self._q_lock:
                self._conns.append(conn)
        return conn

    def _fail_missing(self) -> sqlite3.Connection:
        from core.errors import StorageError
        from core.i18n import tr
        raise StorageError(tr("The ledger file {path} is gone (moved or deleted while gongji was using it). "
                              "Nothing was saved by this change.", path=self._path), kind="missing")

    @property
    def path(self) -> Path:
        return self._path

    @property
    def full(self) -> Any:
        """The full database (opened now if it is not yet)."""
        if self._full is None:
            full = self._opener(self._path)
            for k, v in self._local.items():  # what was set here, unless the full open found more
                setattr(full, k, v or getattr(full, k))
            self.__dict__["_full"] = full  # the sqlite3 connections stay open (a read may be running) until close()
        return self._full

    @property
    def opened(self) -> bool:
        """True once the full database has been opened."""
        return self._full is not None

    def display_location(self) -> str:
        return str(self._path)

    def _close_conns(self) -> None:
        with self._q_lock:
            conns, self.__dict__["_conns"] = self._conns, []
        for c in conns:
            with contextlib.suppress(sqlite3.Error):
                c.close()

    def close(self) -> None:
        if self._full is not None:
            self._full.close()
        self._close_conns()

    # ------------------------------------------------------------------ everything else: the full database

    def __getattr__(self, name: str) -> Any:
        local = self.__dict__.get("_local", {})
        if name in local and self.__dict__.get("_full") is None:
            return local[name]
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.full, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if self._full is not None:
            setattr(self._full, name, value)
        elif name in self._local:
            self._local[name] = value
        else:
            setattr(self.full, name, value)


def quick_open(target: str | Path | None, opener: Callable[[Path], Any]) -> QuickDatabase | None:
    """The ledger at ``target`` open for reading without SQLAlchemy, or None when only the full open can say.
    ``opener(path)`` opens the full database when it is needed (``core.store.open_database``; passed in, so this
    module does not import the store).

    Raises :class:`core.errors.StorageError` exactly as ``open_database`` does (the same checks, the same words)."""
    path = file_of(target)
    if path is None:
        return None
    state = opencheck.check_at_open(path, trust_stamp=True)
    if not state.exists or state.size == 0:
        return None  # a new ledger: the full open creates and migrates it
    head = quick_head()
    if head is None:
        return None
    try:
        conn = opencheck.connect(path, read_only=state.read_only)
    except sqlite3.DatabaseError as exc:
        raise opencheck.open_error(exc, path) from None
    ok = False
    try:
        try:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return None  # not (yet) a gongji ledger: the full open decides
            raise
        if len(rows) != 1 or rows[0][0] != head:
            return None  # a migration is due, or the file is newer than this program: the full open says so
        ok = True
        qdb = QuickDatabase(path, conn, full_check_pending=state.full_check_pending, opener=opener,
                            read_only=state.read_only)
        if state.read_only:
            qdb.read_only_reason = str(faults.read_only_error(path))
        return qdb
    except sqlite3.DatabaseError as exc:
        raise opencheck.open_error(exc, path) from None
    finally:
        if not ok:
            with contextlib.suppress(sqlite3.Error):
                conn.close()


def open_ledger(target: str | Path | None = None, *, migrate: bool = True, backup: bool = True) -> Any:
    """What :meth:`core.Collection.open` opens: a current SQLite ledger quickly for reading (:func:`quick_open`),
    anything else (a new file, a migration due, a server URL) by the full ``open_database``."""
    def full(where: str | Path | None) -> Any:
        from core.store import open_database
        return open_database(where, migrate=migrate, backup=backup)
    return quick_open(target, full) or full(target)


__all__ = ["QuickDatabase", "quick_open", "quick_head", "default_database_path", "open_ledger"]
