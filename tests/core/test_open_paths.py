"""The quick read path (core.quickopen) refuses and reports exactly what the full open (core.store) does, on its
own — not only because a later write would open the full database — and the quick check's stamp (core.opencheck)
is believed only for the very file that passed it."""
from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import opencheck, quickopen, store
from core import backup as bk
from core.collection import Collection
from core.errors import StorageError

pytestmark = pytest.mark.sqlite_only
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    path = tmp_path / "family.db"
    db = store.open_database(path, backup=False)
    col = Collection(db, actor="t")
    for i in range(30):
        col.households.create(f"household {i}")
    with db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def scribble_table(path: Path, table: str) -> None:
    """Damage one table's b-tree page that listing households never reads (header and schema intact)."""
    with contextlib.closing(sqlite3.connect(path)) as c:
        page_size = c.execute("PRAGMA page_size").fetchone()[0]
        root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    for i in range(start + 3, start + page_size, 3):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def opened(opener, path: Path):
    return opener(path, backup=False)


OPENERS = {"full": store.open_database, "quick": quickopen.open_ledger}


@pytest.mark.parametrize("way", OPENERS)
def test_damage_that_a_list_never_reads_is_refused_at_open(ledger: Path, way: str):
    scribble_table(ledger, "audit_log")
    with pytest.raises(StorageError) as exc:
        opened(OPENERS[way], ledger)
    assert exc.value.kind == "damaged"


def test_the_cli_list_refuses_that_damage_too(ledger: Path):
    scribble_table(ledger, "audit_log")
    r = subprocess.run([sys.executable, "-m", "core.cli", "--lang", "en", "--db", str(ledger), "households"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "damaged" in r.stderr and "Traceback" not in r.stderr, r.stderr


@pytest.mark.parametrize("way", OPENERS)
def test_a_missing_ledger_with_backups_is_refused(ledger: Path, way: str):
    bk.backup_now(ledger)
    ledger.unlink()
    with pytest.raises(StorageError) as exc:
        opened(OPENERS[way], ledger)
    assert exc.value.kind == "missing"
    assert not ledger.exists()


def test_a_read_only_ledger_is_read_only_on_the_quick_path(ledger: Path, monkeypatch):
    ledger.chmod(0o400)
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root writes any file: give the answer a user gets
        real = os.access
        monkeypatch.setattr("core.storefaults.os.access",
                            lambda p, m, *a, **k: False if Path(p) == ledger and m & os.W_OK else real(p, m, *a, **k))
    try:
        db = quickopen.open_ledger(ledger, backup=False)
        try:
            assert isinstance(db, quickopen.QuickDatabase) and not db.opened
            assert db.read_only_reason  # known before any write, without the full open
            assert len(Collection(db, actor="t").households.list()) == 30
        finally:
            db.close()
    finally:
        ledger.chmod(0o600)


def test_the_stamp_spares_the_quick_check_only_for_the_checked_file(ledger: Path, monkeypatch):
    runs: list[Path] = []
    plain = opencheck.connect

    def counting(path, *, read_only):
        conn = plain(path, read_only=read_only)
        conn.set_trace_callback(lambda sql: runs.append(path) if "quick_check" in sql else None)
        return conn

    monkeypatch.setattr(opencheck, "connect", counting)
    quickopen.open_ledger(ledger, backup=False).close()
    assert len(runs) == 1 and opencheck.stamp_matches(ledger)
    assert oct(opencheck.stamp_path(ledger).stat().st_mode & 0o777) == "0o600"
    quickopen.open_ledger(ledger, backup=False).close()
    assert len(runs) == 1  # unchanged since the check: not checked again on the read path
    store.open_database(ledger, backup=False).close()
    assert len(runs) == 2  # the full open (every write goes through it) never trusts the stamp
    # the same bytes written back in place (size kept, mtime put back): ctime still moves, so it is checked again
    st = ledger.stat()
    ledger.write_bytes(ledger.read_bytes())
    os.utime(ledger, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert not opencheck.stamp_matches(ledger)
    scribble_table(ledger, "audit_log")
    os.utime(ledger, ns=(st.st_atime_ns, st.st_mtime_ns))
    with pytest.raises(StorageError) as exc:
        quickopen.open_ledger(ledger, backup=False)
    assert exc.value.kind == "damaged"


def test_an_empty_wal_left_behind_does_not_void_the_stamp(ledger: Path):
    """A program killed while it held the ledger open leaves an empty -wal (no pages: the content is the main
    file's); the next start must not pay the whole quick check for it. A -wal with pages does void the stamp."""
    quickopen.open_ledger(ledger, backup=False).close()
    assert opencheck.stamp_matches(ledger)
    wal = Path(str(ledger) + "-wal")
    wal.write_bytes(b"")
    assert opencheck.stamp_matches(ledger)
    wal.write_bytes(b"\0" * 32)
    assert not opencheck.stamp_matches(ledger)
    wal.unlink()


def test_a_stamp_someone_else_could_write_is_not_believed(ledger: Path):
    quickopen.open_ledger(ledger, backup=False).close()
    assert opencheck.stamp_matches(ledger)
    opencheck.stamp_path(ledger).chmod(0o644)
    assert not opencheck.stamp_matches(ledger)
