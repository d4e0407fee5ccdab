"""Opening a SQLite ledger: cheap checks at open for every file, the full quick_check at open only for small files;
a large file is checked later by Database.full_check() (the desktop window runs it after its first paint)."""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from core import ids, opencheck, store
from core.errors import StorageError
from core.collection import Collection
from core.store import open_database

pytestmark = pytest.mark.sqlite_only


@contextlib.contextmanager
def statements():
    """Every SQL statement any engine sends while the block runs (lower-cased)."""
    seen: list[str] = []

    def hook(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement.strip().lower())

    plain = opencheck.connect

    def traced(path, *, read_only):  # the open-time checks run on plain sqlite3 (core.opencheck)
        conn = plain(path, read_only=read_only)
        conn.set_trace_callback(lambda sql: seen.append(sql.strip().lower()))
        return conn

    event.listen(Engine, "before_cursor_execute", hook)
    opencheck.connect = traced
    try:
        yield seen
    finally:
        opencheck.connect = plain
        event.remove(Engine, "before_cursor_execute", hook)


def quick_checks(seen: list[str]) -> int:
    return sum("quick_check" in s for s in seen)


def make_ledger(path: Path, households: int = 40) -> Path:
    db = open_database(path)
    g = Collection(db, actor="t")
    for i in range(households):
        hid = g.households.create(f"household {i}").value.id
        body = f"11010519800101{i:03d}"
        g.members.add(hid, f"member {i} " + "x" * 36, body + ids.check_char(body), "employee", balance_fen=1000 + i)
    with db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def page_of_table(path: Path, table: str) -> tuple[int, int]:
    """(page size, root page number) of a table, read with plain sqlite3."""
    with contextlib.closing(sqlite3.connect(path)) as c:
        page_size = c.execute("PRAGMA page_size").fetchone()[0]
        root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    return page_size, root


@pytest.fixture()
def ledger(tmp_path):
    return make_ledger(tmp_path / "ledger.db")


@pytest.fixture()
def small_threshold(monkeypatch):
    """Every non-empty test file counts as large."""
    monkeypatch.setattr(store, "QUICK_CHECK_AT_OPEN_MAX_BYTES", 1024)
    monkeypatch.setattr(opencheck, "QUICK_CHECK_AT_OPEN_MAX_BYTES", 1024)


def test_small_file_gets_quick_check_at_open(ledger):
    assert ledger.stat().st_size <= store.QUICK_CHECK_AT_OPEN_MAX_BYTES
    with statements() as seen:
        db = open_database(ledger)
    try:
        assert quick_checks(seen) == 1
        assert db.full_check_pending is False
    finally:
        db.close()


def test_large_file_opens_without_quick_check(ledger, small_threshold):
    with statements() as seen:
        db = open_database(ledger)
    try:
        assert quick_checks(seen) == 0
        assert db.full_check_pending is True
        assert len(Collection(db, actor="t").households.list()) == 40
        with statements() as seen:
            assert db.full_check() == []
        assert quick_checks(seen) == 1
        assert db.full_check_pending is False
    finally:
        db.close()


def test_full_check_finds_a_damaged_table_page(ledger, small_threshold):
    page_size, root = page_of_table(ledger, "members")
    data = bytearray(ledger.read_bytes())
    start = (root - 1) * page_size
    assert data[start] in (0x0D, 0x05), "expected a b-tree page"
    for i in range(start + 3, start + page_size, 3):  # the page's cell count, cell pointers and cells
        data[i] ^= 0x5A
    ledger.write_bytes(bytes(data))
    db = open_database(ledger, migrate=False)  # cheap checks pass: header and schema are intact
    try:
        assert db.full_check_pending
        problems = db.full_check()
        assert problems, "quick_check found nothing on a scribbled page"
        assert all(isinstance(p, str) and p for p in problems)
        assert "members" in " ".join(problems) or "malformed" in " ".join(problems) or "page" in " ".join(problems)
        assert db.damaged_message(problems).count(str(ledger)) == 1
    finally:
        db.close()


def test_same_damage_is_refused_at_open_for_a_small_file(ledger):
    page_size, root = page_of_table(ledger, "members")
    data = bytearray(ledger.read_bytes())
    start = (root - 1) * page_size
    for i in range(start + 3, start + page_size, 3):
        data[i] ^= 0x5A
    ledger.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        open_database(ledger)


@pytest.mark.parametrize("cut", [50, 99, 100, 4096, -4096, -1])
def test_truncated_large_file_is_refused_at_open(ledger, small_threshold, cut):
    content = ledger.read_bytes()
    damaged = content[:cut]
    ledger.write_bytes(damaged)
    with statements() as seen, pytest.raises(StorageError) as exc:
        open_database(ledger)
    assert str(ledger) in str(exc.value)
    assert quick_checks(seen) == 0
    assert ledger.read_bytes() == damaged, "opening a damaged file modified it"


@pytest.mark.parametrize("content", [
    bytes(range(256)) * 64,
    b"SQLite format 3\x00" + bytes(range(256)) * 64,
    b"hello, not a database\n" * 1000,
])
def test_random_bytes_large_file_is_refused_at_open(tmp_path, small_threshold, content):
    path = tmp_path / "junk.db"
    path.write_bytes(content)
    with pytest.raises(StorageError):
        open_database(path)
    assert path.read_bytes() == content


def test_scribbled_header_is_refused_at_open(ledger, small_threshold):
    data = bytearray(ledger.read_bytes())
    data[16:18] = (3000).to_bytes(2, "big")  # not a power of two
    ledger.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        open_database(ledger)


def test_scribbled_schema_page_is_refused_at_open(ledger, small_threshold):
    data = bytearray(ledger.read_bytes())
    for i in range(100, 4096, 2):  # page 1 after the header: sqlite_master
        data[i] ^= 0xA5
    ledger.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        open_database(ledger)


def test_header_check_accepts_a_good_file_and_a_pending_wal(ledger):
    assert store.sqlite_header_problem(ledger) == ""
    data = bytearray(ledger.read_bytes())
    short = ledger.with_name("short.db")
    short.write_bytes(bytes(data[: len(data) - 4096]))
    assert "malformed" in store.sqlite_header_problem(short)
    Path(str(short) + "-wal").write_bytes(b"x" * 32)  # pages not yet copied back may still be in the WAL
    assert store.sqlite_header_problem(short) == ""
