"""ONE real mouse drag in the real main window: the first pooled account of 张子涵's payment order is dragged
below the last one with the X pointer (Xvfb + xdotool), and the new order is found in the database.

The main window runs in a child process on the xcb platform (see tests/gui/xvfb.py); the demo database is a
temp file the test seeds beforehand and reads back afterwards through its own connection."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

if str(Path(__file__).resolve().parent) not in sys.path:  # also under --import-mode=importlib
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from xvfb import QtChild, xdrag, xvfb_display  # noqa: E402,F401  (xvfb_display is a fixture)

from core.demo import seed_demo  # noqa: E402
from core.collection import Collection  # noqa: E402
from core.store import open_database  # noqa: E402

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

TITLE = "gongji-xvfb-main-window-drag"

CHILD = r"""
import sys
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import xvfb
from core.collection import Collection
from core.store import open_database
from gui.main_window import MainWindow
from gui.ops import Runner

path, hid, uid, title = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
app = QApplication(sys.argv[:1])
db = open_database(path, migrate=False)
runner = Runner(Collection(db, actor="xvfb"))
w = MainWindow(runner, household_id=hid)
w.setWindowTitle(title)
w.resize(1200, 900)
w.move(20, 20)
w.show()
w.raise_()
w.activateWindow()
xvfb.wait_exposed(w)
w.select_member(uid)
QTest.qWait(200)
view, model = w.order_panel.view, w.order_panel.model

def centre(row):
    p = view.viewport().mapToGlobal(view.visualRect(model.index(row)).center())
    return [p.x(), p.y()]

def bottom_edge(row):
    r = view.visualRect(model.index(row))
    p = view.viewport().mapToGlobal(r.bottomLeft())
    return [p.x() + r.width() // 2, p.y() - 1]

def stored_order():
    other = open_database(path, migrate=False)
    try:
        return [e.binding.authorizer_id for e in Collection(other, actor="check").order.list(uid)]
    finally:
        other.close()

def command(msg):
    if msg.get("cmd") == "report":
        runner.wait_idle()
        QTest.qWait(300)  # let the save's callbacks and the refresh run
        xvfb.emit({"event": "result", "order": stored_order(), "error": w.order_panel.error.text(),
                   "shown": [model.entry_at(r).binding.authorizer_id for r in range(1, model.rowCount())]})
        runner.shutdown()
        app.quit()

xvfb.on_command(command)
xvfb.emit({"event": "ready", "rows": model.rowCount(), "movable": model.movable, "order": stored_order(),
           "from": centre(1), "to": bottom_edge(model.rowCount() - 1)})
sys.exit(app.exec())
"""


def test_real_mouse_drag_reorders_payment_order(xvfb_display, tmp_path):
    path = tmp_path / "drag.db"
    db = open_database(path, backup=False)
    try:
        made = seed_demo(Collection(db, actor="test"), history_days=20)
    finally:
        db.close()
    hid, kid = made["张家"], made["张子涵"]

    def stored() -> list[int]:
        d = open_database(path, migrate=False)
        try:
            return [e.binding.authorizer_id for e in Collection(d, actor="check").order.list(kid)]
        finally:
            d.close()

    before = stored()
    assert len(before) == 3
    with QtChild(xvfb_display, CHILD, args=[str(path), str(hid), str(kid), TITLE], timeout=60) as child:
        ready = child.expect("ready")
        assert ready["movable"] and ready["rows"] == 4 and ready["order"] == before
        assert xvfb_display.xdotool("search", "--sync", "--onlyvisible", "--name", TITLE).split()
        xdrag(xvfb_display, ready["from"], ready["to"])
        child.send({"cmd": "report"})
        result = child.expect("result")
        child.proc.wait(20)

    want = [before[1], before[2], before[0]]  # the first pooled account now pays last
    assert result["error"] == ""
    assert result["order"] == want, result
    assert result["shown"] == want
    assert stored() == want
