"""Everything gongji writes is readable by its user only (issue #9, finding 3): 0600 files, 0700 folders on POSIX,
whatever the umask. One test per kind of file, each made the way a user makes it (the real ``gongji`` command
where there is one), with the most permissive umask (000) so that nothing passes by the umask's grace.
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from core import backup as bk
from core import fsmode
from core.store import open_database

pytestmark = [pytest.mark.sqlite_only, pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")]
from tests.openpaths import both_open_paths

_open_path = both_open_paths(__name__)

ROOT = Path(__file__).resolve().parents[2]


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def private(p: Path) -> None:
    want = 0o700 if p.is_dir() else 0o600
    assert mode(p) == want, f"{p.name}: {oct(mode(p))}, want {oct(want)}"


@pytest.fixture(autouse=True)
def open_umask():
    old = os.umask(0)
    yield
    os.umask(old)


def gongji(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = "import os, sys; os.umask(0); from core.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, "--lang", "en", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture()
def made(tmp_path) -> Path:
    """A ledger made by the CLI in a data folder that did not exist, umask 000."""
    path = tmp_path / "data" / "deeper" / "ledger.db"
    r = gongji("--db", str(path), "--create", "demo")
    assert r.returncode == 0, r.stderr
    return path


def test_the_data_folders_gongji_creates(made):
    private(made.parent)
    private(made.parent.parent)


def test_the_ledger_file(made):
    private(made)


def test_wal_and_shm_files(tmp_path):
    path = tmp_path / "l.db"
    db = open_database(path, backup=False)
    try:
        with db.write() as s:
            s.connection().exec_driver_sql("CREATE TABLE IF NOT EXISTS t(x)")
        assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
        private(Path(f"{path}-wal"))
        private(Path(f"{path}-shm"))
    finally:
        db.close()


def test_the_write_lock_file(made):
    private(made.with_name(made.name + ".writelock"))


def test_automatic_backups_and_their_folder(made):
    folder = bk.backup_dir_for(made)
    autos = [b for b in bk.list_backups(made) if b.automatic]
    assert autos, "the CLI's writes made no automatic backup"
    private(folder)
    for b in autos:
        private(b.path)


def test_manual_and_before_restore_backups_and_the_part_file(made, monkeypatch):
    seen: list[int] = []
    real = bk.sqlite_backup.__globals__["create_private_file"]

    def spy(p):
        made_now = real(p)
        seen.append(mode(Path(p)))
        return made_now
    monkeypatch.setattr("core.backup_files.create_private_file", spy)
    manual = bk.backup_now(made)
    private(manual)
    assert seen == [0o600]  # the .part file was 0600 before SQLite wrote a byte into it
    kept = bk.restore(manual, made)
    private(kept)
    private(made)


def test_moved_aside_and_restoring_files(made, tmp_path):
    good = bk.backup_now(made)
    made.write_bytes(b"\0" * 8192)  # damaged: the restore swaps files
    aside = bk.restore(good, made)
    assert aside is not None and aside.name.startswith(made.name + ".replaced-")
    private(made)
    private(aside)
    assert aside in bk.leftovers(made)


def test_files_written_with_the_export_helper(tmp_path):
    out = tmp_path / "export.csv"
    fsmode.write_private(out, "a,b\n")
    private(out)
    with fsmode.open_private(tmp_path / "statement.pdf", "wb") as f:
        f.write(b"%PDF")
    private(tmp_path / "statement.pdf")
    out.chmod(0o644)
    fsmode.write_private(out, "again")  # an existing file is replaced by an owner-only one
    private(out)


def test_csv_export_through_the_cli(made, tmp_path):
    out = tmp_path / "history.csv"
    r = gongji("--db", str(made), "export", "-H", "1", str(out))
    assert r.returncode == 0, r.stderr
    private(out)
