"""The ledger's write lock across processes (core.writelock): a program that waits for another program's migration
or restore waits for it to finish, however long it takes on a slow machine, instead of failing with "busy" after
its ordinary timeout (found by test_faults' three programs migrating a 300,000-row file at once under load: the
losers gave up after 15 s while the winner was still sealing rows). A hold for anything else still times out."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from core.errors import StorageError
from core.writelock import WriteLock, lock_file_for

pytestmark = pytest.mark.skipif(os.name == "nt", reason="flock(2): POSIX only (Windows relies on SQLite's lock)")

ROOT = Path(__file__).resolve().parents[2]


def hold(path: Path, work: str, seconds: float) -> subprocess.Popen:
    """Another process holding the ledger's lock exclusively for ``seconds``, saying it does ``work``."""
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from core.writelock import WriteLock
        with WriteLock({str(path)!r}).exclusive({work!r}):
            print("held", flush=True)
            time.sleep({seconds})
    """)
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "held"
    return p


@pytest.mark.parametrize("work", ["migrate", "restore"])
def test_a_writer_waits_out_a_migration_or_restore_longer_than_its_timeout(tmp_path, work):
    path = tmp_path / "l.db"
    other = hold(path, work, 2.0)
    try:
        assert lock_file_for(path).read_text().split()[0] == work
        lock = WriteLock(path, timeout=0.3)
        t0 = time.monotonic()
        with lock.shared():
            waited = time.monotonic() - t0
        # it waited past its own timeout (0.3 s) for the other's whole hold (2 s from "held"), then got the lock
        assert waited > 1.0, waited
        lock.close()
    finally:
        other.kill()
        other.wait()
    assert lock_file_for(path).read_text() == ""  # the note goes with the hold


def test_any_other_exclusive_hold_still_times_out_with_busy(tmp_path):
    path = tmp_path / "l.db"
    other = hold(path, "", 5.0)
    try:
        lock = WriteLock(path, timeout=0.3)
        t0 = time.monotonic()
        with pytest.raises(StorageError):
            with lock.shared():
                pass
        assert time.monotonic() - t0 < 4.0
        lock.close()
    finally:
        other.kill()
        other.wait()


def test_a_note_left_by_a_dead_program_is_not_believed(tmp_path):
    path = tmp_path / "l.db"
    lock_file_for(path).write_text("migrate 999999999\n")  # no such process; nobody holds the lock
    lock = WriteLock(path, timeout=0.3)
    fd = lock._open()
    assert WriteLock.holder_work(fd) is None
    with lock.shared():
        pass
    lock.close()
