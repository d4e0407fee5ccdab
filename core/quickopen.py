"""Opening a SQLite ledger for reading with plain :mod:`sqlite3` — no SQLAlchemy, no alembic (private to core).

:func:`quick_open` does the checks :func:`core.store.open_database` does when a file is opened (the header, SQLite's
quick check or — for a large file — the cheap checks, the stored schema revision equal to the newest migration) and
returns a :class:`QuickDatabase`: the read model (:mod:`core.reads`) runs on its sqlite3 connection, and the first
use of anything else (a write, ``engine``, ``url``, a full check …) opens the real :class:`core.store.Database`
through ``open_database`` and hands over to it. Whenever a quick reading is not certain (a URL, no file yet, a
revision that differs, anything odd), :func:`quick_open` returns None and the caller opens the full database.
"""
from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: As core.store: the busy timeout and the size up to which the full quick check runs at opening.
BUSY_TIMEOUT_MS = 15_000
QUICK_CHECK_AT_OPEN_MAX_BYTES = 32 * 1024 * 1024
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_REVISION = re.compile(r"""^revision\s*(?::[^=]*)?=\s*['"]([^'"]+)['"]\s*$""", re.M)
_DOWN = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*(?:None|['"]([^'"]+)['"])\s*$""", re.M)


def sqlite_header_problem(path: Path) -> str:
    """What is wrong with the 100-byte header of a (non-empty) SQLite file, in a few words; "" when it looks right:
    the magic string, a valid page size, and a file at least as long as the page count in the header says (when
    that count is valid, and no -wal file with not yet copied pages could make up the difference)."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
        size = path.stat().st_size
    except OSError as exc:
        return str(exc.strerror or exc)
    if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
        return "file is not a database"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return "file is not a database"
    change_counter, pages, valid_for = (int.from_bytes(head[i:i + 4], "big") for i in (24, 28, 92))
    wal = Path(str(path) + "-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0
    if pages and change_counter == valid_for and not wal_pending and pages * page_size > size:
        return f"database disk image is malformed: {size} bytes, the header says {pages} pages of {page_size}"
    return ""


def quick_head(migrations_dir: Path | None = None) -> str | None:
    """The single head revision read from the migration scripts' text, without alembic; None when not certain (a
    merge, a branch, an unusual file): then alembic decides."""
    revisions: set[str] = set()
    downs: set[str] = set()
    try:
        files = sorted(((migrations_dir or MIGRATIONS_DIR) / "versions").glob("*.py"))
    except OSError:
        return None
    for f in files:
        if f.name == "__init__.py":
            continue
        try:
            body = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        rev, down = _REVISION.findall(body), _DOWN.findall(body)
        if len(rev) != 1 or len(down) != 1 or rev[0] in revisions:
            return None
        revisions.add(rev[0])
        if down[0]:
            downs.add(down[0])
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 and downs <= revisions else None


def default_database_path() -> Path:
    """As :func:`core.store.default_database_path` (a test keeps the two equal), without importing the store."""
    import platformdirs
    return Path(platformdirs.user_data_dir("gongji", appauthor=False)) / "gongji.db"


def _file_of(target: str | Path | None) -> Path | None:
    if target is None or str(target) == "":
        return default_database_path()
    s = str(target)
    if "://" in s:
        return None  # a URL (a server, or sqlite:/// spelled out): the full open decides
    return Path(s).expanduser().resolve()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


class QuickDatabase:
    """A SQLite ledger open for reading through sqlite3; becomes the full :class:`core.store.Database` on demand.

    Attributes it does not have itself (``write``, ``read``, ``engine``, ``url`` …) are those of the full database,
    opened by ``open_database`` the first time one is asked for (after that, everything goes to it)."""

    is_sqlite = True

    def __init__(self, path: Path, conn: sqlite3.Connection, *, full_check_pending: bool,
                 opener: Callable[[Path], Any]):
        mine = threading.local()
        mine.conn = conn
        self.__dict__.update(_path=path, _mine=mine, _conns=[conn], _lock=threading.Lock(), _full=None,
                             _opener=opener,
                             _local={"read_only_reason": "", "full_check_pending": full_check_pending})

    # ------------------------------------------------------------------ what the read model needs

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's sqlite3 connection (one per thread, as the engine's pool gives: the GUI reads on its own
        thread and on the DB worker)."""
        conn = getattr(self._mine, "conn", None)
        if conn is None:
            conn = self._mine.conn = _connect(self._path)
            with self._lock:
                self._conns.append(conn)
        return conn

    @property
    def path(self) -> Path:
        return self._path

    @property
    def full(self) -> Any:
        """The full database (opened now if it is not yet)."""
        if self._full is None:
            full = self._opener(self._path)
            for k, v in self._local.items():
                if k == "full_check_pending":
                    v = v or full.full_check_pending
                setattr(full, k, v)
            self.__dict__["_full"] = full  # the sqlite3 connections stay open (a read may be running) until close()
        return self._full

    @property
    def opened(self) -> bool:
        """True once the full database has been opened."""
        return self._full is not None

    def display_location(self) -> str:
        return str(self._path)

    def _close_conns(self) -> None:
        with self._lock:
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

    Raises :class:`core.errors.StorageError` for a damaged file, with the same words as ``open_database``."""
    path = _file_of(target)
    if path is None or not path.is_file():
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if size == 0:
        return None
    from core.errors import StorageError
    from core.i18n import tr

    def damaged(detail: str) -> StorageError:
        return StorageError(tr("The database file {path} is damaged ({detail}). Restore it from a backup.",
                               path=path, detail=detail))

    problem = sqlite_header_problem(path)
    if problem:
        raise damaged(problem)
    head = quick_head()
    if head is None:
        return None
    try:
        conn = _connect(path)
    except sqlite3.Error:
        return None
    ok = False
    try:
        pending = size > QUICK_CHECK_AT_OPEN_MAX_BYTES
        if pending:
            conn.execute("PRAGMA schema_version").fetchone()
            conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master").fetchall()
        else:
            row = conn.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                raise damaged(row[0] if row else "?")
        try:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.DatabaseError:
            return None
        if len(rows) != 1 or rows[0][0] != head:
            return None  # a migration is due (or this is not a gongji file): the full open does it, or says so
        ok = True
        return QuickDatabase(path, conn, full_check_pending=pending, opener=opener)
    except sqlite3.DatabaseError:
        return None  # damaged, locked, busy …: the full open handles it and words it (the recovery dialog shows that)
    finally:
        if not ok:
            with contextlib.suppress(sqlite3.Error):
                conn.close()


__all__ = ["QuickDatabase", "quick_open", "quick_head", "sqlite_header_problem", "default_database_path"]
