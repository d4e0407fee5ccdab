"""gui.lock: one writing window per database file; a crashed window's lock does not lock the user out."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from core.errors import StorageError
from core.collection import Collection
from core.store import open_database
from gui.lock import DatabaseLock, lock_path_for, open_for_window, pid_alive

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QCoreApplication
    from gui.lock import DatabaseLock
    app = QCoreApplication([])
    lock = DatabaseLock(sys.argv[1])
    print("locked" if lock.acquire() else "refused", flush=True)
    time.sleep(60)
""")


@pytest.fixture()
def holder(tmp_path):
    """Start another process that takes the lock on tmp_path/ledger.db; yields the Popen."""
    procs = []

    def start(db: Path) -> subprocess.Popen:
        p = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True, cwd=ROOT,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        procs.append(p)
        assert p.stdout.readline().strip() == "locked"
        return p
    yield start
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.wait()


def test_second_lock_in_the_same_process_is_refused_then_free_after_release(qapp, tmp_path):
    db = tmp_path / "ledger.db"
    first, second = DatabaseLock(db), DatabaseLock(db)
    assert first.acquire()
    assert lock_path_for(db).exists()
    assert not second.acquire(timeout_ms=50)
    assert second.holder is not None and second.holder.pid == os.getpid()
    first.release()
    assert not lock_path_for(db).exists()
    assert second.acquire()
    second.release()


def test_a_live_window_in_another_process_keeps_its_lock_even_when_old(qapp, tmp_path, holder):
    db = tmp_path / "ledger.db"
    p = holder(db)
    time.sleep(0.05)
    lock = DatabaseLock(db, stale_ms=1)  # even with a tiny stale time: the owner is alive on this machine
    assert not lock.acquire(timeout_ms=50)
    assert lock.holder.pid == p.pid and lock.holder.on_this_machine


def test_a_lock_left_by_a_sigkilled_window_does_not_lock_the_user_out(qapp, tmp_path, holder):
    db = tmp_path / "ledger.db"
    p = holder(db)
    p.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs either way
    p.wait()
    assert lock_path_for(db).exists()  # the crash left the file behind
    assert not pid_alive(p.pid)
    lock = DatabaseLock(db)  # default (long) stale time: recovery must not depend on the file's age
    assert lock.acquire(timeout_ms=50)
    assert lock.read_holder().pid == os.getpid()
    lock.release()


def test_a_lock_file_naming_a_dead_process_is_removed(qapp, tmp_path):
    db = tmp_path / "ledger.db"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    from PySide6.QtCore import QSysInfo
    lock_path_for(db).write_text(f"{dead.pid}\ngongji\n{QSysInfo.machineHostName()}\n")
    lock = DatabaseLock(db)
    assert lock.acquire(timeout_ms=50)
    lock.release()


def test_heartbeat_keeps_the_lock_file_fresh(qapp, tmp_path):
    db = tmp_path / "ledger.db"
    lock = DatabaseLock(db)
    assert lock.acquire()
    old = time.time() - 3600
    os.utime(lock_path_for(db), (old, old))
    lock.touch()
    assert time.time() - lock_path_for(db).stat().st_mtime < 60
    lock.release()


def test_second_window_opens_read_only_with_a_clear_message(qapp, tmp_path, holder):
    path = tmp_path / "ledger.db"
    db = open_database(path)
    hid = Collection(db, actor="t").households.create("family").value.id
    db.close()
    holder(path)
    opened = open_for_window(path)
    try:
        assert opened.read_only and opened.lock is None
        assert "read-only" in opened.read_only_reason or "只读" in opened.read_only_reason
        g = Collection(opened.db, actor="second")
        assert [h.name for h in g.households.list()] == ["family"]  # it can look
        with pytest.raises(StorageError) as exc:
            g.households.create("not allowed")
        assert str(exc.value) == opened.read_only_reason
        with pytest.raises(StorageError):
            g.members.add(hid, "x", "11010519491231002X", "resident")
    finally:
        opened.close()
    check = open_database(path)
    assert [h.name for h in Collection(check, actor="t").households.list()] == ["family"]
    check.close()


def test_first_window_writes_and_holds_the_lock_until_closed(qapp, tmp_path):
    path = tmp_path / "ledger.db"
    opened = open_for_window(path)
    assert not opened.read_only and opened.lock is not None and opened.lock.locked
    Collection(opened.db, actor="t").households.create("mine")
    second = open_for_window(path)
    assert second.read_only
    second.close()
    opened.close()
    assert not lock_path_for(path).exists()
    third = open_for_window(path)
    assert not third.read_only
    third.close()


def test_server_databases_take_no_lock(qapp, monkeypatch):
    calls = []
    monkeypatch.setattr("gui.lock.Collection.open", lambda target, **kw: calls.append(target) or object())
    opened = open_for_window("postgresql+psycopg://u:p@127.0.0.1/x")
    assert opened.lock is None and not opened.read_only and calls == ["postgresql+psycopg://u:p@127.0.0.1/x"]
