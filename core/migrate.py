"""Alembic migrations, run at start-up. A SQLite file that holds data is backed up before any migration."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from core.errors import StorageError
from core.i18n import tr
from core.store import Database, copy_file_backup, table_names

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False).replace("%", "%%"))
    cfg.attributes["database"] = db
    return cfg


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(db: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def upgrade_to_head(db: Database, *, backup: bool = True) -> Path | None:
    """Bring the schema to the newest revision. Returns the backup made (if any)."""
    cfg = alembic_config(db)
    current = current_revision(db)
    if current == head_revision(db):
        return None
    if current is None and table_names(db) - {"alembic_version"}:
        # Tables but no gongji revision: another program's database. Never build ours into it.
        raise StorageError(tr("{where} is not a gongji database (it holds other tables); nothing was changed.",
                              where=db.display_location()))
    made = None
    path = db.path
    if backup and path is not None and path.exists() and path.stat().st_size > 0 and current is not None:
        made = copy_file_backup(path, f"before-migration-from-{current}")
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return made
