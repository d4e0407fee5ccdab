"""Paths that differ by platform: the data and settings folders (platformdirs), and backups and CSV exports in
folders whose names have Chinese characters and spaces (a Windows user's profile folder often has both).

The data folder is asked of core and gui the way they ask it (``platformdirs.user_*_dir``), with platformdirs'
Windows or macOS class put in place of this machine's and their inputs faked: Windows' known folders through
platformdirs' own ``WIN_PD_OVERRIDE_*`` variables, macOS' home through HOME. What that shows is where gongji keeps its
data there; that Windows really returns those folders is platformdirs' promise (and CI's windows job runs the rest).
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path, PurePosixPath, PureWindowsPath

import platformdirs
import platformdirs.macos
import platformdirs.windows
import pytest

from core import backup
from core.cli import main as cli
from core.store import default_data_dir, default_database_path

WIN_HOME = r"C:\Users\张 三"
ODD_FOLDERS = ["我的 账本", "Zhang San's ledger (2026)", "家庭 共济 — 备份"]


@pytest.fixture()
def on_windows(monkeypatch):
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", WIN_HOME + r"\AppData\Local")
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", WIN_HOME + r"\AppData\Roaming")


@pytest.fixture()
def on_macos(monkeypatch):
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    monkeypatch.setenv("HOME", "/Users/zhang san")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):  # platformdirs honours them on macOS too when set
        monkeypatch.delenv(var, raising=False)


def test_windows_data_folder_is_in_the_users_local_appdata(on_windows):  # noqa: ARG001
    # Local, not Roaming: a SQLite file must not be copied around by roaming profiles while it is open.
    assert PureWindowsPath(default_data_dir()) == PureWindowsPath(WIN_HOME, "AppData", "Local", "gongji")
    assert PureWindowsPath(default_database_path()).name == "gongji.db"
    assert PureWindowsPath(default_database_path()).parent == PureWindowsPath(default_data_dir())


def test_windows_settings_folder(on_windows):  # noqa: ARG001
    from gui.settings import config_dir
    assert PureWindowsPath(config_dir()) == PureWindowsPath(WIN_HOME, "AppData", "Local", "gongji")


def test_macos_data_and_settings_folders_are_in_application_support(on_macos):  # noqa: ARG001
    from gui.settings import config_dir
    want = PurePosixPath("/Users/zhang san/Library/Application Support/gongji")
    assert PurePosixPath(default_data_dir()) == want
    assert PurePosixPath(config_dir()) == want


def test_linux_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.unix.Unix)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "数据 目录"))
    assert default_data_dir() == tmp_path / "数据 目录" / "gongji"


def _ledger(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "家庭 账本.db"
    assert cli(["--db", str(db), "demo"]) == 0
    return db


@pytest.mark.parametrize("name", ODD_FOLDERS)
def test_backup_and_restore_in_a_folder_with_chinese_and_spaces(tmp_path, name):
    db = _ledger(tmp_path / name)
    made = backup.backup_now(db)
    assert made.parent == db.parent / "backups" and made.name.startswith("家庭 账本-")
    assert ":" not in made.name  # a name Windows can store (no drive-letter colon in the time stamp)
    assert made in [b.path for b in backup.list_backups(db)]  # beside the automatic backup of the demo's writes
    assert backup.problems(made) == []
    backup.restore(made, db)
    assert cli(["--db", str(db), "check"]) == 0


def test_backup_in_a_folder_with_a_hash_sign(tmp_path):
    db = _ledger(tmp_path / "C# ledgers")
    assert backup.problems(backup.backup_now(db)) == []


def test_a_folder_with_a_percent_sign(tmp_path):
    db = _ledger(tmp_path / "100%25 done")
    assert db.is_file()


def test_csv_export_for_excel_in_a_folder_with_chinese_and_spaces(tmp_path, monkeypatch):
    """Excel on Windows reads UTF-8 only with a BOM, and wants CRLF rows. The export writes both on every platform
    (newline='' + the csv module's \\r\\n; encoding utf-8-sig), so os.linesep — faked to Windows' here — changes
    nothing, and a field's own line break stays inside its quotes."""
    monkeypatch.setattr(os, "linesep", "\r\n")
    db = _ledger(tmp_path / "我的 账本")
    out = tmp_path / "导出 文件夹" / "张家 收支 2026.csv"
    out.parent.mkdir()
    assert cli(["--db", str(db), "export", "--household", "1", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
    assert b"\r\r\n" not in data
    body = data[3:]
    assert body.count(b"\n") == body.count(b"\r\n") > 2  # every line ends CRLF, no bare LF
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) > 2 and all(len(r) == len(rows[0]) for r in rows)
    assert any("张" in cell for r in rows for cell in r)  # Chinese survives the round trip
    # ... and it imports again into a new ledger in another such folder
    db2 = _ledger(tmp_path / "新 账本")
    assert cli(["--db", str(db2), "import", "--household", "1", str(out)]) == 0
