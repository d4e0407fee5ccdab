"""core.backup: verified online backups, rotation (thin), automatic backups, restore over a damaged file."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import backup as bk
from core.errors import StorageError
from core.collection import Collection
from core.store import backup_dir_for, open_database

pytestmark = pytest.mark.sqlite_only


@pytest.fixture()
def dbfile(tmp_path) -> Path:
    """A database file with one household and two members, all connections closed."""
    path = tmp_path / "ledger.db"
    db = open_database(path, backup=False)
    g = Collection(db, actor="test")
    hid = g.households.create("household A").value.id
    g.members.add(hid, "A one", "11010519491231002X", "employee", balance_fen=10_000)
    db.close()
    return path


def household_names(path: Path) -> list[str]:
    db = open_database(path, backup=False)
    try:
        return [h.name for h in Collection(db, actor="t").households.list()]
    finally:
        db.close()


def add_household(path: Path, name: str) -> None:
    db = open_database(path, backup=False)
    try:
        Collection(db, actor="t").households.create(name)
    finally:
        db.close()


def corrupt(path: Path) -> None:
    """Scribble over everything after the first page (the header stays, so SQLite opens it and finds damage)."""
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data), 7):
        data[i] = (data[i] * 31 + 17) % 256
    path.write_bytes(bytes(data))


# ----------------------------------------------------------------------------------------------- backup_now

def test_backup_now_is_a_sound_copy_with_the_data(dbfile):
    made = bk.backup_now(dbfile)
    assert made.parent == backup_dir_for(dbfile)
    assert bk.problems(made) == []
    assert household_names(made) == ["household A"]
    [b] = bk.list_backups(dbfile)
    assert b.path == made and b.reason == "manual" and b.size > 0


def test_backup_while_another_connection_has_an_open_write(dbfile):
    conn = sqlite3.connect(dbfile)
    conn.isolation_level = None
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO households(name, profile_id, note, created_at) "
                 "VALUES ('uncommitted', 'national', '', '2026-01-01 00:00:00')")
    try:
        made = bk.backup_now(dbfile)
    finally:
        conn.execute("ROLLBACK")
        conn.close()
    assert household_names(made) == ["household A"]  # committed data only


def test_backup_of_a_damaged_database_is_refused_and_nothing_kept(dbfile):
    corrupt(dbfile)
    with pytest.raises(StorageError) as exc:
        bk.backup_now(dbfile)
    assert str(exc.value)
    folder = backup_dir_for(dbfile)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_copy_that_fails_the_check_is_deleted_and_reported(dbfile, monkeypatch):
    def bad_copy(src, dest):
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(b"not a database at all" * 100)
        return dest
    monkeypatch.setattr("core.backup_files.sqlite_backup", bad_copy)
    with pytest.raises(StorageError) as exc:
        bk.backup_now(dbfile)
    assert str(exc.value)
    assert list(backup_dir_for(dbfile).iterdir()) == []


def test_list_backups_newest_first_and_ignores_other_files(dbfile):
    first = bk.backup_now(dbfile, "manual")
    add_household(dbfile, "household B")
    second = bk.backup_now(dbfile, "auto")
    (backup_dir_for(dbfile) / "notes.txt").write_text("x")
    (backup_dir_for(dbfile) / "other-20260101-000000-000000-auto.db").write_bytes(b"")
    got = bk.list_backups(dbfile)
    assert [b.path for b in got] == [second, first]
    assert got[0].automatic and not got[1].automatic
    assert household_names(second) == ["household A", "household B"]


def test_a_backup_time_is_read_from_its_name_and_an_impossible_one_is_skipped(dbfile):
    folder = backup_dir_for(dbfile)
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(dbfile).stem
    for stamp in ("20260229-120000-000000", "20261301-000000-000000", "20261124-246000-000000"):  # not real times
        (folder / f"{stem}-{stamp}-auto.db").write_bytes(b"")
    (folder / f"{stem}-20240229-235959-000042-manual.db").write_bytes(b"")
    got = bk.list_backups(dbfile)
    assert [(b.made_at, b.reason) for b in got] == [(datetime(2024, 2, 29, 23, 59, 59, 42), "manual")]


def test_newest_good_backup_skips_a_damaged_one(dbfile):
    good = bk.backup_now(dbfile)
    damaged = bk.backup_now(dbfile)
    corrupt(damaged)
    assert bk.newest_good_backup(dbfile).path == good


# ----------------------------------------------------------------------------------------------- thin

NOW = datetime(2026, 6, 15, 12, 0)
times = st.lists(st.datetimes(min_value=NOW - timedelta(days=500), max_value=NOW + timedelta(hours=2)),
                 max_size=80)


@settings(max_examples=300, deadline=None)
@given(times)
def test_thin_properties(ts):
    gone = bk.thin(ts, NOW)
    kept = set(ts) - gone
    assert gone <= set(ts)
    if ts:
        assert max(ts) in kept  # the newest is never deleted
    for t in ts:
        age = NOW - t
        if age < timedelta(days=1):
            assert t in kept  # everything from the last day
        elif age >= timedelta(days=365) and t != max(ts):
            assert t in gone  # nothing older than a year
    # At least one (the newest) per bucket survives; at most one per bucket beyond the first day.
    def bucket(t):
        age = NOW - t
        if age < timedelta(days=1):
            return None
        if age < timedelta(days=7):
            return ("d", t.date())
        if age < timedelta(days=30):
            return ("w",) + tuple(t.isocalendar())[:2]
        if age < timedelta(days=365):
            return ("m", t.year, t.month)
        return ("old",)
    buckets: dict = {}
    for t in set(ts):
        if bucket(t) not in (None, ("old",)):
            buckets.setdefault(bucket(t), []).append(t)
    for b, members in buckets.items():
        assert max(members) in kept, b
        assert len([t for t in members if t in kept]) == 1 or max(ts) in members
    # Thinning what was kept deletes nothing more (stable), and the count stays bounded.
    assert bk.thin(kept, NOW) == set()
    assert len(kept) <= len([t for t in ts if NOW - t < timedelta(days=1)]) + 7 + 5 + 13 + 1


def test_thin_examples():
    hourly_for_40_days = [NOW - timedelta(hours=h) for h in range(0, 40 * 24)]
    kept = set(hourly_for_40_days) - bk.thin(hourly_for_40_days, NOW)
    assert len([t for t in kept if NOW - t < timedelta(days=1)]) == 24
    days = {t.date() for t in kept if timedelta(days=1) <= NOW - t < timedelta(days=7)}
    assert len(days) == len({t.date() for t in hourly_for_40_days
                             if timedelta(days=1) <= NOW - t < timedelta(days=7)})
    assert len(kept) < 24 + 8 + 6 + 3
    assert bk.thin([], NOW) == set()
    assert bk.thin([NOW - timedelta(days=800)], NOW) == set()  # the only backup stays


def test_prune_deletes_only_automatic_backups(dbfile):
    folder = backup_dir_for(dbfile)
    folder.mkdir()
    made = []
    for days, reason in ((2.1, "auto"), (2.2, "auto"), (2.3, "manual"), (400, "before-migration-from-0001")):
        t = NOW - timedelta(days=days)
        p = folder / f"{dbfile.stem}-{t:%Y%m%d-%H%M%S-%f}-{reason}.db"
        p.write_bytes(b"x")
        made.append(p)
    gone = bk.prune(dbfile, NOW)
    # the two automatic backups on the same day → the older one goes; manual and pre-migration stay
    assert [p.name for p in gone] == [made[1].name] or set(gone) <= {made[1]}
    assert not made[1].exists() and made[0].exists() and made[2].exists() and made[3].exists()


# ----------------------------------------------------------------------------------------------- automatic

def test_auto_backup_only_after_a_change_and_at_most_every_interval(dbfile):
    now = [datetime.now()]
    auto = bk.AutoBackup(dbfile, interval=timedelta(minutes=10), clock=lambda: now[0])
    assert auto.tick() is None  # nothing changed
    auto.changed()
    first = auto.tick()
    assert first is not None and bk.is_good(first)
    auto.changed()
    now[0] += timedelta(minutes=5)
    assert auto.tick() is None  # too soon
    now[0] += timedelta(minutes=6)
    second = auto.tick()
    assert second is not None and second != first
    assert auto.tick() is None  # nothing changed since
    assert [b.reason for b in bk.list_backups(dbfile)] == ["auto", "auto"]
    # a new AutoBackup (next start of the app) knows when the last automatic backup was made
    again = bk.AutoBackup(dbfile, interval=timedelta(hours=1))
    again.changed()
    assert again.tick() is None


# ----------------------------------------------------------------------------------------------- restore

def test_restore_over_a_corrupt_file_keeps_the_damaged_one_aside(dbfile):
    made = bk.backup_now(dbfile)
    add_household(dbfile, "after the backup")
    corrupt(dbfile)
    damaged_bytes = dbfile.read_bytes()
    with pytest.raises(StorageError):
        open_database(dbfile)
    Path(str(dbfile) + "-wal").write_bytes(b"stale wal" * 50)
    Path(str(dbfile) + "-shm").write_bytes(b"stale shm" * 50)
    aside = bk.restore(made, dbfile)
    assert aside is not None and aside.read_bytes() == damaged_bytes  # never deleted
    assert Path(str(aside) + "-wal").exists()  # moved with it
    assert not Path(str(dbfile) + "-wal").exists() or Path(str(dbfile) + "-wal").read_bytes() != b"stale wal" * 50
    assert household_names(dbfile) == ["household A"]
    assert bk.problems(dbfile) == []
    assert made.exists()  # the backup itself stays


def test_restore_refuses_a_bad_backup_and_changes_nothing(dbfile, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\0" * 5000)
    before = dbfile.read_bytes()
    with pytest.raises(StorageError) as exc:
        bk.restore(bad, dbfile)
    assert str(exc.value)
    assert dbfile.read_bytes() == before
    assert sorted(p.name for p in dbfile.parent.iterdir()
                  if p.name.startswith(dbfile.name) and not p.name.endswith(".writelock")) == [dbfile.name]


def test_restore_when_the_live_file_is_missing(dbfile, tmp_path):
    made = bk.backup_now(dbfile)
    target = tmp_path / "elsewhere" / "new.db"
    assert bk.restore(made, target) is None
    assert household_names(target) == ["household A"]


def test_problems_of_non_databases(tmp_path):
    assert bk.problems(tmp_path / "missing.db")
    p = tmp_path / "random.db"
    p.write_bytes(bytes(range(256)) * 40)
    assert bk.problems(p)
    q = tmp_path / "plain.db"
    sqlite3.connect(q).execute("CREATE TABLE t(x)").connection.close()
    assert bk.problems(q)  # a sound SQLite file, but not ours


# ----------------------------------------------------------------------------------------------- policy in core

def test_every_writer_gets_automatic_backups_by_the_policy(tmp_path):
    """Issue #9 finding 8: ~1,950 writes through the CLI and core made no automatic backup. The policy now runs
    in core after each committed write: the first change is backed up, then at most one per interval."""
    import os
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[2]
    path = tmp_path / "cli.db"
    env = {**os.environ, "PYTHONPATH": str(root)}

    def cli(*args):
        r = subprocess.run([sys.executable, "-m", "core.cli", "--db", str(path), *args], cwd=root, env=env,
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
    cli("demo")
    autos = [b for b in bk.list_backups(path) if b.automatic]
    assert len(autos) == 1 and bk.is_good(autos[0].path)
    cli("demo", "--force")  # within the interval: no second backup
    assert len([b for b in bk.list_backups(path) if b.automatic]) == 1

    # core alone (no CLI, no window), on a controllable clock
    db = open_database(tmp_path / "core.db")
    now = [datetime(2026, 1, 1, 12, 0)]
    db.auto_backup.clock = lambda: now[0]
    g = Collection(db, actor="t")
    g.households.create("one")
    assert len(bk.list_backups(db.path)) == 1
    now[0] += timedelta(minutes=5)
    g.households.create("two")
    assert len(bk.list_backups(db.path)) == 1
    now[0] += timedelta(minutes=6)
    g.households.create("three")
    assert len(bk.list_backups(db.path)) == 2
    db.close()


def test_a_failed_automatic_backup_does_not_undo_the_write(tmp_path, monkeypatch):
    db = open_database(tmp_path / "l.db")
    monkeypatch.setattr("core.backup.backup_now", lambda *_a, **_k: (_ for _ in ()).throw(StorageError("no room")))
    Collection(db, actor="t").households.create("kept")
    assert db.backup_error == "no room"
    assert [h.name for h in Collection(db, actor="t").households.list()] == ["kept"]
    db.close()
