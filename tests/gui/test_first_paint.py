"""The window's first screen (the household's members painted) is read without SQLAlchemy: the ORM is loaded
only afterwards, on the DB worker (issue #11). Nor does the first screen wait for the modules of what it does not
show (dialogs, backups, the restart). Runs the real program (gui.app.main) through bench/_paint_probe.py."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.collection import Collection
from core.demo import seed_demo

pytestmark = pytest.mark.sqlite_only
REPO = Path(__file__).resolve().parents[2]


#: Not needed to show the first screen: imported when first used (issue #11: start-up). Each was imported before the
#: first paint once, costing the start its module and Qt classes (QFileDialog, QListWidget, QProcess, ...).
DEFERRED = ["sqlalchemy", "gui.dialogs.backups", "gui.dialogs.recovery", "gui.dialogs.member", "gui.dialogs.settings",
            "gui.dialogs.about", "gui.window.new_household", "gui.restart", "core.backups", "core.backup",
            "dataclasses"]
#: Qt classes the first screen does not use: PySide6 makes a class, with its enums, the first time a module names it
#: (QAccessible: ~3 ms), so they are imported where used. (Not listed: QObject subclasses such as QMessageBox or
#: QProcess, which PySide6 makes anyway when it looks up the type of an object Qt returns, e.g. a view's viewport.)
DEFERRED_QT = ["QAccessible", "QAccessibleEvent"]


def _ledger(tmp_path) -> Path:
    path = tmp_path / "family.db"
    col = Collection.open(path, actor="t")
    seed_demo(col, history_days=60)
    col.close()
    cfg = tmp_path / "config" / "gongji"
    cfg.mkdir(parents=True)
    (cfg / "gongji.ini").write_text("[ui]\nfirst_run_done=true\ntour_done=true\n", encoding="utf-8")  # no welcome
    return path


def _env(tmp_path) -> dict:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_T0": str(time.time()),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}


def test_no_sqlalchemy_nor_dialogs_before_the_first_paint(tmp_path):
    path = _ledger(tmp_path)
    r = subprocess.run([sys.executable, str(REPO / "bench" / "_paint_probe.py"), "app", "--db", str(path),
                        "--lang", "en"], cwd=REPO, env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    lines = [line for line in r.stdout.splitlines() if line.startswith("{")]
    assert lines, r.stdout + r.stderr[-3000:]
    got = json.loads(lines[-1])
    assert got["kind"] == "app"
    assert got["sqlalchemy_before_paint"] is False
    assert "gui.main_window" in got["modules"]  # (the list is the real one)
    assert [m for m in DEFERRED if m in got["modules"]] == []
    assert "QMainWindow" in got["qt_classes"]  # (the list is the real one)
    assert [c for c in DEFERRED_QT if c in got["qt_classes"]] == []


# the real program until its screenshot (600 ms after the start); the automatic backups' part of the window spied on
_CHILD = r'''
import sys
import gui.autobackup as autobackup
import gui.app
calls = []
real = autobackup.install_auto_backup
def spy(runner, parent, **kw):
    auto = real(runner, parent, **kw)
    calls.append(type(auto).__name__)
    return auto
autobackup.install_auto_backup = spy
code = gui.app.main(sys.argv[1:])
print("AUTO", calls)
sys.exit(code)
'''


def test_the_automatic_backups_are_on_once_the_window_has_painted(tmp_path):
    """Installed after the first paint (no change can be made before the window is shown), but installed."""
    path = _ledger(tmp_path)
    r = subprocess.run([sys.executable, "-c", _CHILD, "--db", str(path), "--lang", "en", "--screenshot",
                        str(tmp_path / "shot.png")], cwd=REPO, env=_env(tmp_path), capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "AUTO ['AutoBackup']" in r.stdout, r.stdout + r.stderr[-3000:]
