"""Opening the ledger database: URL handling, SQLite pragmas, migrations with a backup first, sessions.

``open_database(target)`` takes a file path or any SQLAlchemy URL (``postgresql+psycopg://...`` for a service
center with several desks). With no target the embedded SQLite file in the platformdirs user data dir is used.

Every write goes through ``Database.write()``: one transaction, ``BEGIN IMMEDIATE`` on SQLite so that two
writers queue behind the busy timeout instead of failing half-way with "database is locked". On SQLite a write also
holds the ledger's shared write lock (core.writelock), so a restore excludes every writer in every program, and
after it commits core applies the automatic-backup policy (core.backup.AutoBackup) — for every writer, not only the
window. Files are created owner-only (core.fsmode). Faults of the file or disk are reported by what they are
(core.storefaults): damaged, permission, folder, missing, disk full, read-only — never as raw SQL text.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core import sqlite_uri
from core import storefaults as faults
from core.backup_files import backup_dir_for, sqlite_backup, timestamped_backup_name
from core.chain import begin_seal
from core.errors import StorageError
from core.fsmode import create_private_file, private_dir
from core.i18n import tr
from core import opencheck
from core.paths import APP_NAME, default_data_dir, default_database_path, default_ledger  # noqa: F401
from core.opencheck import QUICK_CHECK_AT_OPEN_MAX_BYTES, check_at_open  # noqa: F401 (re-exported)
from core.storefaults import sqlite_header_problem
from core.writeconn import WriterConnection
from core.writelock import WriteLock

__all__ = ["open_database", "Database", "resolve_url", "sqlite_path", "default_data_dir", "default_database_path",
           "backup_dir_for", "sqlite_backup", "timestamped_backup_name", "sqlite_header_problem", "table_names",
           "make_engine"]

BUSY_TIMEOUT_MS = 15_000
#: pg_advisory_xact_lock key that serializes write transactions on PostgreSQL (any constant; "gongji" in ASCII).
PG_WRITE_LOCK_KEY = 0x676F6E676A69
#: LISTEN/NOTIFY channel: every write transaction on PostgreSQL notifies it (see core.watch).
NOTIFY_CHANNEL = "gongji_changed"


def resolve_url(target: str | Path | None) -> URL:
    """A path (absolute, relative, ~) or a SQLAlchemy URL → URL. None → the default embedded database."""
    if target is None or str(target) == "":
        return URL.create("sqlite", database=str(default_ledger()))
    s = str(target)
    if "://" in s:
        try:
            url = make_url(s)
            url.get_dialect()  # unknown database kinds and missing drivers fail here, not later
            return url
        except (ArgumentError, ValueError, NoSuchModuleError, ImportError):
            raise StorageError(tr("\u201c{url}\u201d is not a valid database URL.", url=s)) from None
    path = Path(s).expanduser().resolve()
    return URL.create("sqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def _install_sqlite_hooks(engine: Engine, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (see SQLAlchemy's pysqlite notes).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:") and not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


class _MaskIdNumbers(logging.Filter):
    """SQLAlchemy's debug log prints result rows; an 18-character ID number in them is masked like on screen."""
    _ID = re.compile(r"(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])")

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        if self._ID.search(msg):
            record.msg, record.args = self._ID.sub(r"\1********\2", msg), None
        return True


logging.getLogger("sqlalchemy.engine.Engine").addFilter(_MaskIdNumbers())


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    # hide_parameters: SQL logging and database error messages never show values (ID numbers, names).
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        extra: dict[str, Any] = {}
        if path is not None and read_only:
            # mode=ro: SQLite never tries to write (no journal-mode change, no -wal created for a read-only file).
            extra["creator"] = lambda: opencheck.connect(path, read_only=True)
        elif path is not None and not path.exists():
            private_dir(path.parent)
            create_private_file(path)  # 0600 before SQLite writes: its -wal/-shm/-journal take the file's mode
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
                               hide_parameters=True, **extra)
        _install_sqlite_hooks(engine, read_only)
        return engine
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    if url.get_backend_name() == "postgresql" and url.get_driver_name() == "psycopg":
        _install_psycopg_hooks(engine)
    return engine


def _install_psycopg_hooks(engine: Engine) -> None:
    """PostgreSQL's SUM() of a BIGINT column is NUMERIC, which psycopg returns as Decimal; money here is int fen
    everywhere (SQLite returns int), so a whole NUMERIC is loaded as int. A fraction stays Decimal."""
    from decimal import Decimal

    from psycopg.types.numeric import NumericLoader

    class WholeNumericLoader(NumericLoader):
        def load(self, data):  # type: ignore[no-untyped-def]
            value = super().load(data)
            if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
                return int(value)
            return value

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - PostgreSQL only
        dbapi_conn.adapters.register_loader("numeric", WholeNumericLoader)


@dataclass
class Database:
    url: URL
    engine: Engine
    _write_engine: Engine
    _read: sessionmaker[Session]
    _write: sessionmaker[Session]
    #: Set (to the reason, in the user's language) when another window owns this database: writes are refused.
    read_only_reason: str = ""
    #: True when open_database skipped the full quick check (a large file): run :meth:`full_check` soon after.
    full_check_pending: bool = False
    #: The automatic-backup policy applied after each committed write (core.backup.AutoBackup); None: none.
    auto_backup: Any = None
    #: Why the last automatic backup failed (in the user's language); "" when it worked. The write itself stood.
    backup_error: str = ""
    _lock: WriteLock | None = None
    _ino: int | None = None
    _misc: dict = field(default_factory=dict)
    #: What the URL says, worked out once (every write asks): the SQLite file (None: a server) and its path as text.
    _file: Path | None = field(init=False, default=None)
    _file_s: str | None = field(init=False, default=None)
    _sqlite: bool = field(init=False, default=False)
    #: The connection core.sqlwrite's transactions run on (core.writeconn: on SQLite one kept checked out).
    _writer: WriterConnection = field(init=False)

    def __post_init__(self) -> None:
        self._sqlite = self.url.get_backend_name() == "sqlite"
        self._file = sqlite_path(self.url)
        self._file_s = None if self._file is None else str(self._file)
        self._writer = WriterConnection(self._write_engine, held=self._sqlite)

    @property
    def read_only(self) -> bool:
        """Writes are refused (another window owns the file, or the file/disk is read-only): see read_only_reason."""
        return bool(self.read_only_reason)

    @property
    def is_sqlite(self) -> bool:
        return self._sqlite

    @property
    def path(self) -> Path | None:
        return self._file

    def display_location(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._read() as s, s.begin():
                yield s
        except DatabaseError as exc:
            raise self.damaged(exc) or exc

    def damaged(self, exc: DatabaseError) -> StorageError | None:
        """A StorageError for SQLite's "database disk image is malformed" / "file is not a database" (damage that
        the quick check at opening did not see), else None."""
        name = getattr(exc.orig, "sqlite_errorname", "")
        if not self.is_sqlite or name not in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            return None
        err = faults.damaged(self.display_location(), str(exc.orig).splitlines()[0])
        err.__cause__ = exc
        return err

    @contextlib.contextmanager
    def write_frame(self) -> Iterator[None]:
        """What every write transaction runs inside, whichever way it writes (an ORM session in :meth:`write`, the
        driver's connection in core.sqlwrite): refused on a read-only ledger -> the ledger's shared write lock (a
        restore waits for it, and it waits for a restore) -> write into the file at the ledger's path now (after a
        restore put another file there, the connections to the old one are dropped first) -> [the caller's
        transaction] -> a storage error in the user's words -> after the commit, the automatic-backup policy (a
        failed backup is kept in :attr:`backup_error`; the write stands)."""
        if self.read_only_reason:
            raise StorageError(self.read_only_reason, kind="read_only")
        lock = self._lock.shared() if self._lock is not None else contextlib.nullcontext()
        try:
            with lock:
                self._follow_restore()
                yield
        except (DatabaseError, sqlite3.Error) as exc:
            orig = getattr(exc, "orig", exc)  # SQLAlchemy wraps the driver's error
            mapped = faults.sqlite_error(orig, self.display_location()) if self.is_sqlite else None
            if mapped is None and isinstance(exc, (OperationalError, sqlite3.OperationalError)) and \
                    ("locked" in str(exc) or "busy" in str(exc)):
                mapped = StorageError(tr("The database is busy with another program; please try again."), kind="busy")
            if mapped is None:
                raise
            raise mapped from exc
        self._after_commit()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction in an ORM session (inside :meth:`write_frame`). Commits at the end of the block;
        any exception rolls everything back. The rows it inserts are sealed before the commit (core.chain)."""
        with self.write_frame(), self._write() as s, s.begin():
            if self.url.get_backend_name() == "postgresql":
                # One writer at a time, as BEGIN IMMEDIATE gives on SQLite: without it two desks could both
                # read a balance under READ COMMITTED and the second write would undo the first.
                s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK_KEY})
            seal = begin_seal(s)  # tamper evidence: chain the rows this transaction inserts (core.chain)
            yield s
            seal()
            if self.url.get_backend_name() == "postgresql":  # other desks refresh (core.watch); sent on commit
                s.execute(text(f"SELECT pg_notify('{NOTIFY_CHANNEL}', '')"))

    def _follow_restore(self) -> None:
        path = self._file_s
        if path is None or self._lock is None:
            return
        try:
            ino = os.stat(path).st_ino
        except FileNotFoundError:
            raise StorageError(tr("The ledger file {path} is gone (moved or deleted while gongji was using it). "
                                  "Nothing was saved by this change.", path=path), kind="missing") from None
        if self._ino is not None and ino != self._ino:
            self.engine.dispose()  # connections to the file that was moved aside: never write there
        self._ino = ino

    def _after_commit(self) -> None:
        if self.auto_backup is None:
            return
        self.auto_backup.changed()
        try:
            made = self.auto_backup.tick()
        except StorageError as exc:
            self.backup_error = str(exc)
            return
        if made is not None:
            self.backup_error = ""

    def full_check(self) -> list[str]:
        """``PRAGMA quick_check`` over the whole file (a full scan: seconds on a large ledger; run it off the GUI
        thread). What it finds wrong, in SQLite's words; empty: sound (and always empty for a server database)."""
        if not self.is_sqlite:
            self.full_check_pending = False
            return []
        try:
            with self.engine.connect() as conn:
                rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check")]
        except DatabaseError as exc:
            if self.damaged(exc) is None:
                raise
            rows = [str(exc.orig).splitlines()[0]]
        self.full_check_pending = False
        return [r for r in rows if r != "ok"] or ([] if rows else ["?"])

    def damaged_message(self, problems: list[str]) -> str:
        return tr("The database file {path} is damaged ({detail}). Restore it from a backup.",
                  path=self.display_location(), detail=problems[0] if problems else "?")

    def close(self) -> None:
        self._writer.close()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.close()




def open_database(target: str | Path | None = None, *, migrate: bool = True, backup: bool = True) -> Database:
    """Open (and migrate) a ledger. ``backup=False``: no backup before a migration and no automatic backups (demo,
    benchmarks). A new SQLite file is created (0600) only when nothing suggests one existed: see
    :func:`core.storefaults.missing_ledger_problem`. A file that cannot be written is opened read-only (``db.read_only``)."""
    url = resolve_url(target)
    path = sqlite_path(url)
    state = check_at_open(path) if path is not None else None  # the one open-time check path (core.opencheck)
    read_only = state is not None and state.read_only
    try:
        engine = make_engine(url, read_only=read_only)
    except ImportError as exc:
        raise StorageError(tr("The database driver for {kind} is not installed ({detail}).",
                              kind=url.get_backend_name(), detail=exc.name or exc)) from None
    except OSError as exc:
        raise faults.os_error(exc, path) from None
    write_engine = engine.execution_options(sqlite_begin="IMMEDIATE") if url.get_backend_name() == "sqlite" else engine
    db = Database(url=url, engine=engine, _write_engine=write_engine,
                  _read=sessionmaker(engine, expire_on_commit=False),
                  _write=sessionmaker(write_engine, expire_on_commit=False))
    db.full_check_pending = state is not None and state.full_check_pending
    if path is not None and read_only:
        db.read_only_reason = str(faults.read_only_error(path))
    try:
        with engine.connect():
            pass  # a server is reachable; a new SQLite file gets its pragmas (WAL) now
    except DatabaseError as exc:
        engine.dispose()
        mapped = faults.sqlite_error(exc.orig, db.display_location()) if db.is_sqlite else None
        raise mapped or StorageError(tr("The database {where} cannot be opened: {detail}",
                                        where=db.display_location(),
                                        detail=str(exc.orig).splitlines()[0] if exc.orig else exc)) from None
    except OSError as exc:
        engine.dispose()
        raise faults.os_error(exc, path) from None
    if path is not None and not read_only:
        db._lock = WriteLock(path)
    if migrate and not read_only:
        from core.migrate import upgrade_to_head
        try:
            upgrade_to_head(db, backup=backup)
        except BaseException:
            db.close()
            raise
    if path is not None and not read_only:
        with contextlib.suppress(OSError):
            db._ino = os.stat(path).st_ino
        if backup:
            from core.backup import AutoBackup
            db.auto_backup = AutoBackup(path)
    return db


def table_names(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())
