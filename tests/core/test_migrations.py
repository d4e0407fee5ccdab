"""Migrations: empty database → head matching core.schema; backup before migrating a file that holds data;
a damaged or unreachable database gives StorageError.

Backups are tested two ways: (1) the real scripts — a database stamped/upgraded only to the revision before head is
opened, so the real newest revision runs (needs ≥ 2 revisions); (2) the real scripts copied into a temp folder plus
a no-op revision after the real head, core.migrate pointed there, and a database made by the real scripts opened:
a genuine "older revision" upgrade through the real code path (only the new revision itself is a stand-in).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from core import migrate
from core.errors import StorageError
from core.schema import APPEND_ONLY_TABLES, Base
from core.collection import Collection
from core.store import backup_dir_for, open_database, table_names

pytestmark = pytest.mark.usefixtures("english")

NOOP_REVISION = '''"""test-only no-op revision"""
revision = "test_noop"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
'''


def test_empty_database_reaches_head(db):
    assert migrate.current_revision(db) == migrate.head_revision(db) is not None
    assert table_names(db) >= {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"}


def test_schema_after_migrations_matches_the_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_opening_again_does_not_migrate_or_back_up(db_url):
    first = open_database(db_url)
    first.close()
    again = open_database(db_url, migrate=False)
    try:
        assert migrate.upgrade_to_head(again) is None
    finally:
        again.close()


def test_downgrade_to_base_and_up_again(db):
    cfg = migrate.alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert table_names(db) <= {"alembic_version"}
    migrate.upgrade_to_head(db)
    assert migrate.current_revision(db) == migrate.head_revision(db)
    # The append-only triggers are back.
    g = Collection(db, actor="test")
    h = g.households.create("h").value.id
    assert h
    with pytest.raises(Exception, match="append-only"):
        with db.engine.begin() as c:
            c.execute(text(f"DELETE FROM {APPEND_ONLY_TABLES[0]}"))


def real_head() -> str:
    return ScriptDirectory(str(migrate.MIGRATIONS_DIR)).get_current_head()


@pytest.fixture()
def newer_scripts(tmp_path, monkeypatch):
    """The real migrations plus a no-op revision after the real head; core.migrate uses them from now on."""
    head = real_head()
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_test_noop.py").write_text(NOOP_REVISION.format(head=head), encoding="utf-8")

    def use() -> str:
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
        return head
    return use


def _file_with_data(path: Path) -> tuple[int, list]:
    db = open_database(path, backup=False)  # made by the real scripts: at the real head; no automatic backup
    try:
        h = Collection(db, actor="test").households.create("老数据").value.id
    finally:
        db.close()
    with sqlite3.connect(path) as con:
        return h, con.execute("select * from households").fetchall()


def _check_backup(path: Path, old_rev: str, rows: list) -> None:
    backups = list(backup_dir_for(path).iterdir())
    assert len(backups) == 1 and f"before-migration-from-{old_rev}" in backups[0].name
    with sqlite3.connect(backups[0]) as con:
        assert con.execute("select version_num from alembic_version").fetchall() == [(old_rev,)]
        assert con.execute("select * from households").fetchall() == rows
        assert con.execute("pragma integrity_check").fetchone() == ("ok",)


@pytest.mark.sqlite_only
def test_migrating_a_file_with_data_makes_a_backup_first(tmp_path, newer_scripts):
    path = tmp_path / "old.db"
    h, rows = _file_with_data(path)
    old = newer_scripts()
    db = open_database(path)
    try:
        assert migrate.current_revision(db) == "test_noop"
        assert Collection(db, actor="test").households.get(h).name == "老数据"
    finally:
        db.close()
    _check_backup(path, old, rows)


@pytest.mark.sqlite_only
def test_real_newest_revision_from_the_one_before_makes_a_backup(tmp_path):
    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    head = script.get_revision(script.get_current_head())
    if head.down_revision is None:
        pytest.skip("only one real revision so far; covered by the no-op revision test")
    previous = head.down_revision
    path = tmp_path / "prev.db"
    db = open_database(path, migrate=False, backup=False)
    try:
        cfg = migrate.alembic_config(db)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, previous)
        assert migrate.current_revision(db) == previous
        # Written the way that older gongji wrote it (today's write path expects today's schema).
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO households (name, profile_id, note, created_at) "
                                 "VALUES ('老数据', 'national', '', '2026-01-01 00:00:00.000000')")
    finally:
        db.close()
    with sqlite3.connect(path) as con:
        rows = con.execute("select * from households").fetchall()
    db = open_database(path)
    try:
        assert migrate.current_revision(db) == head.revision
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        db.close()
    _check_backup(path, previous, rows)


@pytest.mark.sqlite_only
def test_no_backup_for_a_new_file(tmp_path, newer_scripts):
    newer_scripts()
    path = tmp_path / "new.db"
    db = open_database(path)
    try:
        assert migrate.current_revision(db) == "test_noop"
    finally:
        db.close()
    assert not backup_dir_for(path).exists()


@pytest.mark.sqlite_only
def test_backup_can_be_turned_off(tmp_path, newer_scripts):
    path = tmp_path / "old.db"
    _file_with_data(path)
    newer_scripts()
    db = open_database(path, backup=False)
    try:
        assert migrate.current_revision(db) == "test_noop"
    finally:
        db.close()
    assert not backup_dir_for(path).exists()


# ----------------------------------------------------------------------------------------------- damaged files

@pytest.mark.sqlite_only
@pytest.mark.parametrize("content", [
    os.urandom(4096),
    b"this is not a database\n" * 50,
    b"SQLite format 3\x00" + os.urandom(4080),
])
def test_garbage_file_gives_storage_error(tmp_path, content):
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    with pytest.raises(StorageError) as exc:
        open_database(path)
    assert str(path) in str(exc.value) or "bad.db" in str(exc.value)
    assert path.read_bytes() == content  # left alone


@pytest.mark.sqlite_only
def test_truncated_database_gives_storage_error(tmp_path):
    good = tmp_path / "good.db"
    db = open_database(good)
    g = Collection(db, actor="test")
    h = g.households.create("h").value.id
    for i in range(200):
        g.households.create(f"household number {i} " + "x" * 60)
    assert h
    db.close()
    data = good.read_bytes()
    bad = tmp_path / "truncated.db"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(StorageError):
        db2 = open_database(bad)
        try:  # if opening happened to succeed, reading must fail cleanly instead
            Collection(db2, actor="t").households.list()
        finally:
            db2.close()


@pytest.mark.sqlite_only
def test_directory_instead_of_file(tmp_path):
    with pytest.raises(StorageError):
        open_database(tmp_path)


def test_bad_url_and_unreachable_server():
    with pytest.raises(StorageError, match="not a valid database URL"):
        open_database("://nothing")
    pytest.importorskip("psycopg")
    with pytest.raises(StorageError, match="cannot be opened"):
        open_database("postgresql+psycopg://nobody:pw@127.0.0.1:9/nothing?connect_timeout=2")


def test_new_file_in_a_new_folder(tmp_path):
    path = tmp_path / "deep" / "er" / "g.db"
    db = open_database(Path(path))
    try:
        assert path.exists() and migrate.current_revision(db) == real_head()
    finally:
        db.close()


@pytest.mark.parametrize("url", ["postgresql://u@host:abc/db", "nonsense://host/db", "mysql://u@h/db"])
def test_malformed_url_gives_storage_error(url):
    with pytest.raises(StorageError):
        open_database(url)
