"""Opening the ledger database: URL handling, SQLite pragmas, migrations with a backup first, sessions.

``open_database(target)`` takes a file path or any SQLAlchemy URL (``postgresql+psycopg://...`` for a service
center with several desks). With no target the embedded SQLite file in the platformdirs user data dir is used.

Every write goes through ``Database.write()``: one transaction, ``BEGIN IMMEDIATE`` on SQLite so that two
writers queue behind the busy timeout instead of failing half-way with "database is locked".
"""
from __future__ import annotations

import contextlib
import logging
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core.chain import begin_seal, problems as tamper_problems
from core.errors import StorageError
from core.i18n import tr

APP_NAME = "gongji"
BUSY_TIMEOUT_MS = 15_000
#: pg_advisory_xact_lock key that serializes write transactions on PostgreSQL (any constant; "gongji" in ASCII).
PG_WRITE_LOCK_KEY = 0x676F6E676A69


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return default_data_dir() / "gongji.db"


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def resolve_url(target: str | Path | None) -> URL:
    """A path (absolute, relative, ~) or a SQLAlchemy URL → URL. None → the default embedded database."""
    if target is None or str(target) == "":
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return make_url(f"sqlite:///{path}")
    s = str(target)
    if "://" in s:
        try:
            url = make_url(s)
            url.get_dialect()  # unknown database kinds and missing drivers fail here, not later
            return url
        except (ArgumentError, ValueError, NoSuchModuleError, ImportError):
            raise StorageError(tr("\u201c{url}\u201d is not a valid database URL.", url=s)) from None
    path = Path(s).expanduser().resolve()
    return make_url(f"sqlite:///{path}")


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (see SQLAlchemy's pysqlite notes).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
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


def make_engine(url: URL) -> Engine:
    # hide_parameters: SQL logging and database error messages never show values (ID numbers, names).
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
                               hide_parameters=True)
        _install_sqlite_hooks(engine)
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


def sqlite_backup(src: Path, dest: Path) -> Path:
    """Consistent copy of a live SQLite file (the online backup API; safe while others write)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    with contextlib.closing(sqlite3.connect(f"file:{src}?mode=ro", uri=True)) as s, \
            contextlib.closing(sqlite3.connect(tmp)) as d:
        s.backup(d)
        # A backup is one self-contained file: no -wal/-shm next to it (the copied header says WAL).
        d.execute("PRAGMA journal_mode = DELETE")
    tmp.replace(dest)
    return dest


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

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

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
        err = StorageError(tr("The database file {path} is damaged ({detail}). Restore it from a backup.",
                              path=self.display_location(), detail=str(exc.orig).splitlines()[0]))
        err.__cause__ = exc
        return err

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction. Commits at the end of the block; any exception rolls everything back."""
        if self.read_only_reason:
            raise StorageError(self.read_only_reason)
        try:
            with self._write() as s, s.begin():
                if self.url.get_backend_name() == "postgresql":
                    # One writer at a time, as BEGIN IMMEDIATE gives on SQLite: without it two desks could both
                    # read a balance under READ COMMITTED and the second write would undo the first.
                    s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK_KEY})
                seal = begin_seal(s)  # tamper evidence: chain the rows this transaction inserts (core.chain)
                yield s
                seal()
        except OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StorageError(tr("The database is busy with another program; please try again.")) from exc
            raise
        except DatabaseError as exc:
            raise self.damaged(exc) or exc

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
        self.engine.dispose()


#: Files up to this size get the full ``PRAGMA quick_check`` when opened (well under a second); larger ones get the
#: cheap checks of :func:`sqlite_header_problem` and the schema at open, and ``Database.full_check()`` later.
QUICK_CHECK_AT_OPEN_MAX_BYTES = 32 * 1024 * 1024
_SQLITE_MAGIC = b"SQLite format 3\x00"


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


def open_database(target: str | Path | None = None, *, migrate: bool = True, backup: bool = True) -> Database:
    url = resolve_url(target)
    try:
        engine = make_engine(url)
    except ImportError as exc:
        raise StorageError(tr("The database driver for {kind} is not installed ({detail}).",
                              kind=url.get_backend_name(), detail=exc.name or exc)) from None
    write_engine = engine.execution_options(sqlite_begin="IMMEDIATE") if url.get_backend_name() == "sqlite" else engine
    db = Database(url=url, engine=engine, _write_engine=write_engine,
                  _read=sessionmaker(engine, expire_on_commit=False),
                  _write=sessionmaker(write_engine, expire_on_commit=False))
    try:
        size = db.path.stat().st_size if db.is_sqlite and db.path is not None and db.path.exists() else 0
        if size > 0:
            header_problem = sqlite_header_problem(db.path)
            if header_problem:
                raise StorageError(tr("The database file {path} is damaged ({detail}). Restore it from a backup.",
                                      path=db.path, detail=header_problem))
        with engine.connect() as conn:
            if size > QUICK_CHECK_AT_OPEN_MAX_BYTES:
                # Large file: the full scan would hold up start-up for seconds. Cheap checks now (the header above;
                # the schema is readable), the full quick_check later via db.full_check() (full_check_pending).
                conn.exec_driver_sql("PRAGMA schema_version").fetchone()
                conn.exec_driver_sql("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master").fetchall()
                db.full_check_pending = True
            elif size > 0:
                row = conn.exec_driver_sql("PRAGMA quick_check").fetchone()
                if row is None or row[0] != "ok":
                    raise StorageError(tr("The database file {path} is damaged ({detail}). Restore it from a backup.",
                                          path=db.path, detail=row[0] if row else "?"))
    except DatabaseError as exc:
        engine.dispose()
        raise StorageError(tr("The database {where} cannot be opened: {detail}", where=db.display_location(),
                              detail=str(exc.orig).splitlines()[0] if exc.orig else exc)) from None
    except StorageError:
        engine.dispose()
        raise
    if migrate:
        from core.migrate import upgrade_to_head
        upgrade_to_head(db, backup=backup)
    return db


def table_names(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


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


def timestamped_backup_name(db_path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir_for(db_path) / f"{db_path.stem}-{stamp}-{reason}.db"


def copy_file_backup(db_path: Path, reason: str) -> Path:
    """Back up a SQLite file before a risky step. Uses the backup API; falls back to a byte copy if unreadable."""
    dest = timestamped_backup_name(db_path, reason)
    try:
        return sqlite_backup(db_path, dest)
    except sqlite3.DatabaseError:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(db_path, dest)
        return dest
