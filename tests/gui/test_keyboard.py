"""Every main task with the keyboard alone — no mouse event anywhere in this file.

On the real main window (demo data): reach the members table with Tab, choose the child with the arrow keys, bind
(Ctrl+B, then Alt+B in the dialog), move an account down the payment order (Tab to the list, arrow keys,
Alt+Down), pay (Ctrl+P, Alt+A, type the amount, Alt+F and an arrow key for the kind, Alt+R) and refund it (Tab to
the recent payments, Home, Alt+R, then Alt+R in the dialog). Each step is checked in the database.

Modal dialogs run their own event loop (exec); the keys for them are sent from a timer started just before the
key that opens them, to whatever widget has the keyboard focus — exactly where a user's key presses would go.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from gui.dialogs.bind import BindDialog
from gui.dialogs.pay import PayDialog, RefundDialog
from gui.main_window import MainWindow

K = Qt.Key
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def press(key, mod=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        target = QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow()
        assert target is not None, "no widget has the keyboard focus"
        QTest.keyClick(target, key, mod)
        QApplication.processEvents()


def type_text(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def has_focus(target: QWidget) -> bool:
    f = QApplication.focusWidget()
    return f is not None and (f is target or target.isAncestorOf(f))


def tab_to(target: QWidget, limit: int = 80) -> int:
    """Press Tab until ``target`` has the focus; fails if the focus chain never reaches it. Returns the presses."""
    for n in range(limit):
        if has_focus(target):
            return n
        press(K.Key_Tab)
    raise AssertionError(f"Tab never reaches {target.accessibleName() or target}: focus went around "
                         f"{limit} times")


class in_dialog:  # noqa: N801 - used like a function
    """Run ``keys(dialog)`` inside the next modal dialog (which must be a ``kind``), then ``finish()`` waits until
    it has run and raises what went wrong. (A mnemonic "clicks" its button 100 ms later, as Qt animates the press,
    so the dialog opens a little after the key press that asks for it.)"""

    def __init__(self, qtbot, kind, keys, timeout_ms: int = 10000):
        self.qtbot, self.done, self.errors, self.tries = qtbot, False, [], timeout_ms // 20

        def drive():
            dlg = QApplication.activeModalWidget()
            if dlg is None or not dlg.isActiveWindow():  # not shown (or not active) yet
                self.tries -= 1
                if self.tries > 0:
                    QTimer.singleShot(20, drive)
                else:
                    self.errors.append(AssertionError(f"no {kind.__name__} opened"))
                    self.done = True
                return
            try:
                assert isinstance(dlg, kind), f"expected {kind.__name__}, got {type(dlg).__name__}"
                keys(dlg)
            except Exception as exc:  # noqa: BLE001 - raised by finish()
                self.errors.append(exc)
                dlg.reject()
            self.done = True

        QTimer.singleShot(0, drive)

    def finish(self) -> None:
        self.qtbot.waitUntil(lambda: self.done, timeout=20000)
        if self.errors:
            raise self.errors[0]


def wait_closed(qtbot, dlg) -> None:
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)


def back_to(qtbot, window) -> None:
    """After a dialog closes, the window manager gives the main window the focus back; the offscreen platform
    has no window manager, so do what it would."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def test_bind_reorder_pay_refund_with_the_keyboard_only(qtbot, runner, service, demo, settle):
    hid, kid, grandma = demo["张家"], demo["张子涵"], demo["王桂兰"]
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.household_combo.setCurrentIndex(w.household_combo.findData(hid))  # the household shown first (a setting)
    settle()

    # Choose the child in the members table: Tab to it, then the arrow keys.
    tab_to(w.members_view)
    press(K.Key_Home)
    for _ in range(10):
        if w.selected_member_id() == kid:
            break
        press(K.Key_Down)
    assert w.selected_member_id() == kid
    settle()

    # Bind: Ctrl+B opens the dialog on a pair that can be bound (the grandmother, relation from the IDs); Alt+B.
    def bind_keys(dlg):
        assert dlg.user.currentData() == kid and dlg.authorizer.currentData() == grandma
        assert dlg.relation.currentData() == "grandchild" and dlg.ok.isEnabled()
        press(K.Key_B, ALT)
        wait_closed(qtbot, dlg)
    dialog = in_dialog(qtbot, BindDialog, bind_keys)
    press(K.Key_B, CTRL)
    dialog.finish()
    settle()
    back_to(qtbot, w)
    assert any(b.authorizer_id == grandma and b.user_id == kid and b.relation == "grandchild"
               for b in service.bindings.list(hid))

    # Reorder: Tab to the payment order, the first shared account, Alt+Down.
    before = [e.binding.authorizer_id for e in service.order.list(kid)]
    assert len(before) >= 2
    view = w.order_panel.view
    tab_to(view)
    press(K.Key_Home)
    press(K.Key_Down)  # row 0 is the child's own account, which cannot move
    press(K.Key_Down, ALT)
    settle()
    after = [e.binding.authorizer_id for e in service.order.list(kid)]
    assert after == [before[1], before[0], *before[2:]]

    # Pay: Ctrl+P, Alt+A and type the amount, Alt+F and Down for another kind, Alt+R.
    count = len(service.history.transactions(hid, member_id=kid, kind="payment"))
    chosen = {}

    def pay_keys(dlg):
        assert dlg.member.currentData() == kid
        press(K.Key_A, ALT)
        assert has_focus(dlg.amount)
        type_text("88.50")
        press(K.Key_F, ALT)
        assert has_focus(dlg.kind)
        press(K.Key_Down)
        chosen["kind"] = dlg.kind.currentData()
        assert dlg.ok.isEnabled(), dlg.error.text()
        press(K.Key_R, ALT)
        wait_closed(qtbot, dlg)
    dialog = in_dialog(qtbot, PayDialog, pay_keys)
    press(K.Key_P, CTRL)
    dialog.finish()
    settle()
    back_to(qtbot, w)
    payments = service.history.transactions(hid, member_id=kid, kind="payment")
    assert len(payments) == count + 1
    newest = max(payments, key=lambda t: t.id)
    assert newest.amount_fen == 88_50 and newest.expense_kind == chosen["kind"]

    # Refund it: Tab to the recent payments, Home (the newest), Alt+R; in the dialog the whole rest, Alt+R.
    table = w.payments_panel.view
    tab_to(table)
    press(K.Key_Home)
    assert w.payments_panel.selected().id == newest.id

    def refund_keys(dlg):
        assert dlg.payment.id == newest.id and dlg.full.isChecked() and dlg.ok.isEnabled()
        press(K.Key_R, ALT)
        wait_closed(qtbot, dlg)
    dialog = in_dialog(qtbot, RefundDialog, refund_keys)
    press(K.Key_R, ALT)
    dialog.finish()
    settle()
    refunds = service.history.transactions(hid, member_id=kid, kind="refund")
    assert any(t.refund_of_id == newest.id and t.amount_fen == 88_50 for t in refunds), refunds
