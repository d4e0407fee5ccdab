"""Alembic migrations, run at start-up. A SQLite file that holds data is backed up before any migration (a
verified copy, core.backup_files.backup_now; no migration without it).

Two programs opening the same old file at once: the migration holds the ledger's exclusive write lock
(core.writelock) and a ``BEGIN IMMEDIATE`` transaction, and looks at the revision again once it has them, so the
second program waits and then finds nothing left to do — never "database is locked". A file from a newer gongji
is refused with a message saying so (alembic's "Can't locate revision" never reaches the user).

This module imports nothing from core.store, not even for type checking (``Database`` below is only a name for
``core.store.Database``): core.store imports it when opening, and the two would otherwise import each other.

Alembic itself (about 0.1 s to import, more to load the scripts) is imported only when a migration may be needed:
the usual start-up compares the stored revision (one plain query) with the head read from the scripts' own
``revision``/``down_revision`` lines, and falls back to alembic whenever that quick reading is not certain.
"""
from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from core.backup_files import backup_now
from core.errors import StorageError
from core.i18n import tr
from core.writelock import WriteLock

if TYPE_CHECKING:
    from alembic.config import Config

#: core.store.Database (not imported: core.store imports this module; the import cycle is gone on purpose).
Database = Any

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# The head read from the scripts' text without alembic lives in core/heads.py (quick_head).
from core.heads import quick_head  # noqa: E402


def _quick_head() -> str | None:
    return quick_head(MIGRATIONS_DIR)


def _stored_revision(db: Database) -> str | None:
    """The revision in alembic_version by one plain query; None if there is none or not exactly one."""
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no such table (a new file) and the like: alembic decides
        return None
    return rows[0][0] if len(rows) == 1 else None


def alembic_config(db: Database) -> Config:
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False).replace("%", "%%"))
    cfg.attributes["database"] = db
    return cfg


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(db: Database) -> str | None:
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def _newer(db: Database, current: str) -> StorageError | None:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError
    try:
        ScriptDirectory.from_config(alembic_config(db)).get_revision(current)
    except CommandError:
        return StorageError(tr("{where} was saved by a newer version of gongji (database version {rev}). Please "
                               "install the newer gongji to open it; nothing was changed.",
                               where=db.display_location(), rev=current), kind="newer")
    return None


def upgrade_to_head(db: Database, *, backup: bool = True) -> Path | None:
    """Bring the schema to the newest revision. Returns the backup made (if any)."""
    stored = _stored_revision(db)
    if stored is not None and stored == _quick_head():
        return None  # up to date: the usual start-up, without importing alembic
    path = db.path
    lock = WriteLock(path) if path is not None else None
    try:
        with lock.exclusive("migrate") if lock is not None else contextlib.nullcontext():
            return _upgrade_locked(db, backup=backup)
    finally:
        if lock is not None:
            lock.close()


def _upgrade_locked(db: Database, *, backup: bool) -> Path | None:
    from alembic import command
    cfg = alembic_config(db)
    current = current_revision(db)
    if current == head_revision(db):
        return None  # another program migrated it while this one waited for the lock
    if current is not None and (newer := _newer(db, current)) is not None:
        raise newer
    if current is None and set(inspect(db.engine).get_table_names()) - {"alembic_version"}:
        # Tables but no gongji revision: another program's database. Never build ours into it.
        raise StorageError(tr("{where} is not a gongji database (it holds other tables); nothing was changed.",
                              where=db.display_location()))
    made = None
    path = db.path
    if backup and path is not None and path.exists() and path.stat().st_size > 0 and current is not None:
        made = backup_now(path, f"before-migration-from-{current}")
    with db._write_engine.begin() as conn:  # BEGIN IMMEDIATE on SQLite: a second migrator waits here
        cfg.attributes["connection"] = conn
        if current_revision_on(conn) != current:
            return made  # changed while this one waited (only without the lock file, e.g. Windows)
        command.upgrade(cfg, "head")
    return made


def current_revision_on(conn) -> str | None:  # noqa: ANN001 - a SQLAlchemy Connection
    from alembic.runtime.migration import MigrationContext
    return MigrationContext.configure(conn).get_current_revision()
