"""The service-center demo never touches the user's real data.

A real ledger is made in the default data folder (a temp XDG_DATA_HOME), its bytes recorded; then the real
``gongji-desktop --demo`` runs in its own process: it makes a payment, resets the demo (fresh sample), pays
again, and closes. Afterwards the real ledger is byte-identical, no file appeared or vanished in the data
folder or the settings folder, and the demo's own temp folder is gone.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

DRIVER = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import gui.app

log = lambda *a: print(*a, flush=True)
state = {}

def window():
    app = QApplication.instance()
    return next((w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()), None)

def pay(w, then):
    g = w.runner.col
    hid = g.households.list()[0].id
    kid = g.members.find(hid, "张子涵").id
    def paid(r):
        log("PAID", r.value.id, g.db.display_location())
        then(w)
    w.runner.run(lambda s: s.ledger.pay(kid, 12345, "pharmacy", note="demo visitor"), success=paid,
                 failure=lambda e: (log("FAILED", e), QApplication.instance().exit(3)))

def reset(w):
    state["old"] = w.runner.col
    w.extras["reset_demo"].trigger()
    wait_reset(w)

def wait_reset(w):
    if w.runner.col is state["old"]:
        QTimer.singleShot(50, lambda: wait_reset(w))
        return
    g = w.runner.col
    hid = g.households.list()[0].id
    log("RESET", len(g.history.transactions(hid, limit=100000)), g.db.display_location())
    pay(w, finish)

def finish(w):
    w.close()
    QApplication.instance().quit()

def start():
    w = window()
    if w is None:
        QTimer.singleShot(50, start)
        return
    log("DEMO", w.windowTitle(), w.runner.col.db.display_location())
    pay(w, reset)

QTimer.singleShot(0, start)
sys.exit(gui.app.main(["--demo"]))
"""


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_demo_session_leaves_real_data_untouched(tmp_path):
    env = dict(os.environ)
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), TMPDIR=str(tmp_path / "tmp"), QT_QPA_PLATFORM="offscreen",
               GONGJI_LANG="zh_CN", PYTHONPATH=str(REPO))
    for d in ("data", "config", "cache", "tmp"):
        (tmp_path / d).mkdir()

    # 1. The user's real ledger, in the default place, made the way the app makes it.
    make_real = (
        "from core.store import open_database, default_database_path\n"
        "from core.collection import Collection\n"
        "db = open_database(None); g = Collection(db)\n"
        "h = g.households.create('我家', 'national').value.id\n"
        "a = g.members.add(h, '王大爷', '11010519491231002X', 'employee', balance_fen=500000).value.id\n"
        "g.ledger.pay(a, 1200, 'pharmacy', note='real')\n"
        "db.close(); print(default_database_path())\n")
    out = subprocess.run([sys.executable, "-c", make_real], env=env, cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    real_db = Path(out.stdout.strip().splitlines()[-1])
    data_dir = tmp_path / "data"
    assert real_db.is_file() and data_dir in real_db.parents
    data_before = snapshot(data_dir)
    config_before = snapshot(tmp_path / "config")
    assert real_db.relative_to(data_dir).as_posix() in data_before

    # 2. A whole demo session in the real program.
    run = subprocess.run([sys.executable, "-c", DRIVER], env=env, cwd=REPO, capture_output=True, text=True,
                         timeout=180)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert any(line.startswith("DEMO") for line in lines), run.stdout
    paid = [line for line in lines if line.startswith("PAID")]
    assert len(paid) == 2 and any(line.startswith("RESET") for line in lines), run.stdout
    for line in paid:  # both payments went into the demo's temp database, not the real one
        where = line.split()[-1]
        assert str(tmp_path / "tmp") in where and str(real_db) != where

    # 3. Nothing of the user's changed; the demo cleaned up after itself.
    assert snapshot(data_dir) == data_before
    assert snapshot(tmp_path / "config") == config_before
    assert not list((tmp_path / "tmp").glob("gongji-demo-*")), "the demo left its temp folder behind"


def test_demo_session_reset_gives_a_fresh_sample(qtbot, tmp_path):
    """In-process: DemoSession.reset swaps in a new seeded database and forgets what the visitor did."""
    from gui.demo import DemoSession
    from gui.ops import Runner
    demo = DemoSession(tmp_path / "demo")
    g = demo.open()
    runner = Runner(g)
    try:
        hid = g.households.list()[0].id
        kid = g.members.find(hid, "张子涵").id
        before = len(g.history.transactions(hid, limit=100000))
        g.ledger.pay(kid, 4321, "pharmacy", note="visitor")
        assert len(g.history.transactions(hid, limit=100000)) == before + 1
        old_path = g.db.path
        names = [h.name for h in g.households.list()]
        done = []
        demo.reset(runner, lambda: done.append(True))
        qtbot.waitUntil(lambda: bool(done), timeout=60000)
        new = runner.col
        assert new is not g and new.db.path != old_path and not old_path.exists()
        assert [h.name for h in new.households.list()] == names
        assert len(new.history.transactions(new.households.list()[0].id, limit=100000)) == before
        assert not [t for t in new.history.transactions(hid, limit=100000) if t.note == "visitor"]
    finally:
        runner.wait_idle()
        runner.shutdown()
        runner.col.db.close()
        demo.close()
    assert not (tmp_path / "demo").exists()
