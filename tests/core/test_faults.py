"""Ordinary faults from the outside, through the real ``gongji`` command (issue #9, findings 6 and 7): each gives a
clear, specific message in the user's language and exit 2 — never a traceback or raw SQL — and loses nothing; and
the advice is right (a permission problem, a folder, a read-only file or a full disk is not "damaged — restore").

Permission cases run the command as the unprivileged user ``nobody`` when the tests run as root (root ignores file
modes); the disk-full case mounts a small tmpfs (root only) and otherwise is skipped.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from core.errors import StorageError
from core.store import open_database

pytestmark = pytest.mark.sqlite_only
from tests.openpaths import both_open_paths

_open_path = both_open_paths(__name__)

ROOT = Path(__file__).resolve().parents[2]
ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0
SETPRIV = shutil.which("setpriv")


def gongji(*args: str, lang: str = "en", as_nobody: bool = False, cwd: Path | None = None
           ) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "core.cli", "--lang", lang, *args]
    if as_nobody:
        cmd = [SETPRIV, "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(cmd, cwd=cwd or ROOT, env=env, capture_output=True, text=True, timeout=120)


def refused(r: subprocess.CompletedProcess, *words: str) -> str:
    err = r.stderr
    assert r.returncode == 2, (r.returncode, r.stdout[-500:], err[-2000:])
    assert "Traceback" not in err and "sqlite3." not in err and "SELECT" not in err and "[SQL" not in err, err
    for w in words:
        assert w in err, err
    assert "Restore it from a backup" not in err or "damaged" in words, err
    return err


def ledger(path: Path, households: int = 1) -> Path:
    db = open_database(path, backup=False)
    try:
        from core.collection import Collection
        g = Collection(db, actor="t")
        for i in range(households):
            g.households.create(f"household {i}")
    finally:
        db.close()
    return path


def names(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as c:
        return [r[0] for r in c.execute("SELECT name FROM households ORDER BY id")]


# ----------------------------------------------------------------------------------------------- finding 6

def test_newer_schema_is_named_not_an_alembic_error(tmp_path):
    path = ledger(tmp_path / "l.db")
    with contextlib.closing(sqlite3.connect(path)) as c:
        c.execute("UPDATE alembic_version SET version_num = 'f999_from_the_future'")
        c.commit()
    before = path.read_bytes()
    refused(gongji("--db", str(path), "households"), "newer version of gongji")
    assert path.read_bytes() == before


def test_one_damaged_byte_in_the_schema_is_damage_not_a_unicode_error(tmp_path):
    """Issue #9: byte 65373 → 0x80 of a small ledger raised UnicodeDecodeError at PRAGMA journal_mode (also what
    made test_truncated_or_scribbled_database_files flaky). Every byte of the schema page region is tried."""
    path = ledger(tmp_path / "l.db")
    good = path.read_bytes()
    hit = 0
    for pos in range(65280, min(len(good), 65536)):
        bad = bytearray(good)
        bad[pos] = 0x80
        path.write_bytes(bytes(bad))
        for side in ("-wal", "-shm"):
            Path(f"{path}{side}").unlink(missing_ok=True)
        try:
            db = open_database(path, backup=False)
        except StorageError as exc:
            assert exc.kind in ("damaged", "newer", ""), (pos, exc.kind, str(exc))
            hit += 1
            continue
        except Exception as exc:  # noqa: BLE001 - the point: nothing but StorageError may come out
            pytest.fail(f"byte {pos} → 0x80 raised {type(exc).__name__}: {exc}")
        db.close()
    path.write_bytes(good)
    r = bytearray(good)
    r[65373] = 0x80
    path.write_bytes(bytes(r))
    refused(gongji("--db", str(path), "households"), "damaged")
    assert hit > 0


def test_import_of_a_missing_file_or_a_folder_and_export_into_a_missing_folder(tmp_path):
    path = ledger(tmp_path / "l.db")
    refused(gongji("--db", str(path), "import", "-H", "1", str(tmp_path / "nope.csv")), "does not exist")
    refused(gongji("--db", str(path), "import", "-H", "1", str(tmp_path)), "is a folder")
    refused(gongji("--db", str(path), "export", "-H", "1", str(tmp_path / "no" / "x.csv")), "does not exist")
    assert names(path) == ["household 0"]


def test_a_file_where_the_data_folder_should_be(tmp_path):
    (tmp_path / "afile").write_text("x")
    refused(gongji("--db", str(tmp_path / "afile" / "l.db"), "households"), "is a file, not a folder")


def test_a_folder_where_the_ledger_should_be_is_not_called_damaged(tmp_path):
    (tmp_path / "l.db").mkdir()
    err = refused(gongji("--db", str(tmp_path / "l.db"), "households"), "is a folder")
    assert "damaged" not in err


request_cleanup: list[Path] = []


@pytest.fixture(autouse=True, scope="module")
def _cleanup():
    yield
    for p in request_cleanup:
        shutil.rmtree(p, ignore_errors=True)


@pytest.mark.skipif(not ROOT_USER or SETPRIV is None, reason="needs root to run a command as another user")
def test_permission_faults_are_named_and_never_called_damage():
    import tempfile
    folder = Path(tempfile.mkdtemp(prefix="gongji-perm-"))  # pytest's tmp folders are 0700: nobody cannot enter
    request_cleanup.append(folder)
    path = ledger(folder / "l.db")
    # a healthy file with mode 000: not "damaged — restore"
    os.chmod(folder, 0o755)
    os.chmod(path, 0o000)
    err = refused(gongji("--db", str(path), "households", as_nobody=True), "permission denied")
    assert "is damaged" not in err and "Restore" not in err
    # an unwritable data folder for a new ledger
    err = refused(gongji("--db", str(folder / "new.db"), "households", as_nobody=True), "may not create files")
    # a read-only ledger opens read-only: reading works, writing is refused saying so, nothing changes
    os.chmod(path, 0o644)
    r = gongji("--db", str(path), "households", as_nobody=True)
    assert r.returncode == 0 and "household 0" in r.stdout, r.stderr
    refused(gongji("--db", str(path), "demo", "--force", as_nobody=True),
            "read-only")
    assert names(path) == ["household 0"]


@pytest.mark.skipif(not ROOT_USER or sys.platform != "linux", reason="needs root to mount a small tmpfs")
def test_a_full_disk_says_the_disk_is_full_and_loses_nothing(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mnt)]).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        path = ledger(mnt / "l.db")
        committed = names(path)
        err = ""
        for i in range(400):
            r = gongji("--db", str(path), "demo", "--force")
            if r.returncode != 0:
                err = r.stderr
                break
            committed = names(path)
        assert "disk" in err and "full" in err, err
        assert "Traceback" not in err and "I/O error" not in err, err
        assert set(committed) <= set(names(path))  # nothing committed was lost (demo is many transactions)
        with contextlib.closing(sqlite3.connect(path)) as c:
            assert c.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        subprocess.run(["umount", "-l", str(mnt)])


def test_two_programs_migrating_an_old_file_at_once(tmp_path):
    """Three programs open a file at an older revision at the same moment: one migrates, the others wait and find it
    done (issue #9: the loser died with "database is locked"). The file holds 300,000 payment rows so that the
    migration (an index over them) takes long enough for the programs to overlap."""
    from alembic import command

    from core import migrate
    path = tmp_path / "old.db"
    db = open_database(path, migrate=False, backup=False)
    cfg = migrate.alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    db.close()
    with contextlib.closing(sqlite3.connect(path)) as c:
        c.execute("INSERT INTO households (id, name, profile_id, note, created_at) "
                  "VALUES (1, 'h', 'national', '', '2026-01-01 00:00:00')")
        c.execute("INSERT INTO members (id, household_id, name, id_number, insurance_type, status, region, "
                  "created_at) VALUES (1, 1, 'm', '11010519491231002X', 'employee', 'normal', '', "
                  "'2026-01-01 00:00:00')")
        c.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) "
                  "INSERT INTO transactions (household_id, kind, member_id, amount_fen, out_of_pocket_fen, note, "
                  "occurred_at, recorded_at, operator) SELECT 1, 'credit', 1, i, 0, '', '2026-01-01 00:00:00', "
                  "'2026-01-01 00:00:00', '' FROM n")
        c.commit()
    barrier = threading.Barrier(3)
    results: list[subprocess.CompletedProcess] = []

    def run() -> None:
        barrier.wait()
        results.append(gongji("--db", str(path), "households"))

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in results:
        assert r.returncode == 0, r.stderr[-2000:]
    migrations = [b for b in os.listdir(path.parent / "backups") if "before-migration" in b]
    assert len(migrations) == 1, migrations  # one program migrated (and backed up first); the others waited


def test_a_missing_ledger_with_backups_is_not_silently_replaced_by_an_empty_one(tmp_path):
    """Issue #9 finding 1: after a restore killed between its renames, the next start created an empty ledger
    ("No household yet") and `check` found nothing wrong."""
    path = ledger(tmp_path / "l.db")
    from core import backup as bk
    bk.backup_now(path)
    path.unlink()
    err = refused(gongji("--db", str(path), "households"), "missing", "backups")
    assert "empty" in err
    assert not path.exists()
    # a first use with nothing around still creates the ledger
    r = gongji("--db", str(tmp_path / "fresh" / "new.db"), "--create", "households")
    assert r.returncode == 0 and (tmp_path / "fresh" / "new.db").exists(), r.stderr
