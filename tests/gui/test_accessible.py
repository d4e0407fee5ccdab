"""Every interactive widget of the main window and of each dialog has an accessible name (screen readers, and
the keyboard-only users the app is for). Walks the whole widget tree, hidden parts included."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                               QLineEdit, QMenuBar, QPlainTextEdit, QScrollBar, QTabBar, QTextEdit, QWidget)

from gui.dialogs.bind import BindDialog
from gui.dialogs.member import MemberDialog
from gui.dialogs.pay import PayDialog, RefundDialog
from gui.dialogs.unbind import UnbindDialog
from gui.main_window import MainWindow
from gui.window.new_household import NewHouseholdDialog

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
               QTabBar, QTextEdit, QPlainTextEdit)
#: Parts Qt builds inside composite controls; the composite itself carries the name.
INNER = (QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)


def unnamed(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    bad = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or isinstance(w, QScrollBar):
            continue
        p = w.parentWidget()
        inner = any(w is s for s in skip)
        while p is not None and p is not root.parentWidget() and not inner:
            if isinstance(p, INNER) or any(p is s for s in skip):
                inner = True
                break
            p = p.parentWidget()
        if inner:
            continue
        if type(w).__name__ == "QToolBarExtension":  # Qt's own overflow arrow, named by Qt
            continue
        if not w.accessibleName().strip():
            bad.append(f"{type(w).__name__} objectName={w.objectName()!r} text={getattr(w, 'text', lambda: '')()!r}")
    return bad


def test_unnamed_detector_works(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout
    w = QWidget()
    qtbot.addWidget(w)
    lay = QVBoxLayout(w)
    b = QPushButton("x", w)
    lay.addWidget(b)
    assert len(unnamed(w)) == 1
    b.setAccessibleName("x")
    assert unnamed(w) == []


def test_main_window_controls_are_named(qtbot, runner, demo):
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    # Tabs other modules add (history, ...) are checked by their own tests.
    others = tuple(w.tabs.widget(i) for i in range(1, w.tabs.count()))
    for hid in (demo["张家"], demo["李家"], demo["周家"]):  # manual, bind_time, pending bindings visible
        w.household_combo.setCurrentIndex(w.household_combo.findData(hid))
        assert unnamed(w, others) == []
    assert isinstance(w.menuBar(), QMenuBar)
    assert w.menuBar().actions() and all(a.text() for a in w.menuBar().actions())


@pytest.mark.parametrize("which", ["member", "bind", "bind_jiangsu", "unbind", "pay", "refund", "household"])
def test_dialog_controls_are_named(qtbot, runner, service, demo, which):
    hid, kid = demo["张家"], demo["张子涵"]
    if which == "member":
        dlg = MemberDialog(runner, demo["陈家"])
    elif which == "bind":
        dlg = BindDialog(runner, hid, user_id=kid)
    elif which == "bind_jiangsu":
        dlg = BindDialog(runner, demo["周家"])
    elif which == "unbind":
        dlg = UnbindDialog(runner, hid)
    elif which == "pay":
        dlg = PayDialog(runner, hid, member_id=kid)
        dlg.amount.setText("88")
    elif which == "refund":
        t = next(t for t in service.history.transactions(hid, kind="payment"))
        dlg = RefundDialog(runner, t)
    else:
        dlg = NewHouseholdDialog(runner)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.accessibleName()
    assert unnamed(dlg) == []
