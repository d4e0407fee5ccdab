"""The Xvfb + xdotool infrastructure works: a real X pointer drag reorders a QListWidget (InternalMove)
running in a child process on the xcb platform. See tests/gui/xvfb.py for how to use it elsewhere."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

if str(Path(__file__).resolve().parent) not in sys.path:  # also under --import-mode=importlib
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from xvfb import QtChild, xdrag, xvfb_display  # noqa: E402,F401  (xvfb_display is a fixture)

pytestmark = pytest.mark.xvfb

TITLE = "gongji-xvfb-drag-test"

CHILD = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget
import xvfb

app = QApplication(sys.argv[:1])
lw = QListWidget()
lw.setWindowTitle(sys.argv[1])
lw.addItems(["甲", "乙", "丙", "丁", "戊"])
lw.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
lw.setDefaultDropAction(Qt.DropAction.MoveAction)
lw.resize(300, 300)
lw.move(200, 150)
lw.show()
lw.raise_()
lw.activateWindow()
xvfb.wait_exposed(lw)

def centre(row):
    r = lw.visualItemRect(lw.item(row))
    p = lw.viewport().mapToGlobal(r.center())
    return [p.x(), p.y()]

def bottom_edge(row):
    # Just inside the lower edge of the row: InternalMove drops *below* it.
    r = lw.visualItemRect(lw.item(row))
    p = lw.viewport().mapToGlobal(r.bottomLeft())
    return [p.x() + r.width() // 2, p.y() - 1]

def order():
    return [lw.item(i).text() for i in range(lw.count())]

def command(msg):
    if msg.get("cmd") == "report":
        xvfb.emit({"event": "result", "order": order()})
        app.quit()

xvfb.on_command(command)
g = lw.frameGeometry()
xvfb.emit({
    "event": "ready",
    "order": order(),
    "window": [g.x(), g.y(), g.width(), g.height()],
    "from": centre(0),          # 甲
    "to": bottom_edge(3),       # just under 丁
    "drag_distance": QApplication.startDragDistance(),
})
sys.exit(app.exec())
"""


def test_real_pointer_drag_reorders_list(xvfb_display):
    with QtChild(xvfb_display, CHILD, args=[TITLE]) as child:
        ready = child.expect("ready")
        assert ready["order"] == ["甲", "乙", "丙", "丁", "戊"]
        # The X server sees the window mapped under its title (what a test of the real app would look for).
        wid = xvfb_display.xdotool("search", "--sync", "--onlyvisible", "--name", TITLE).split()
        assert wid, "window not found by xdotool"
        x, y, w, h = ready["window"]
        assert w > 100 and h > 100 and x >= 0 and y >= 0

        xdrag(xvfb_display, ready["from"], ready["to"])

        child.send({"cmd": "report"})
        result = child.expect("result")
        child.proc.wait(10)

    assert result["order"] == ["乙", "丙", "丁", "甲", "戊"], result
