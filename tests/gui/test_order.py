"""The payment order: the model (moveRows, mimeData/dropMimeData, flags) and the panel (buttons, Alt+Up/Down,
save at once, locked lists under bind_time and balance, re-bind to the front). Every reorder is checked against
a fresh connection to the database, and against the payment preview (the core rule), not against the widget."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from core.errors import RuleRefused
from core.collection import Collection
from gui.models.order import MIME_TYPE, PaymentOrderModel
from gui.widgets import common
from gui.widgets.order_panel import OrderPanel


def stored_order(fresh, user_id: int) -> list[int]:
    """Authorizer member ids in the order the database charges them."""
    return fresh(lambda g: [e.binding.authorizer_id for e in g.order.list(user_id)])


def first_pooled_payer(fresh, user_id: int, amount_fen: int = 100) -> int:
    """Who the core rule would charge first (after the user's own account) for a payment now."""
    def run(g: Collection) -> int:
        p = g.ledger.preview(user_id, amount_fen)
        return next(s.member_id for s in p.splits if not s.own)
    return fresh(run)


@pytest.fixture()
def kid_panel(qtbot, runner, demo):
    panel = OrderPanel(runner)
    qtbot.addWidget(panel)
    panel.set_user(demo["张子涵"])  # national (manual order), three authorizers, no own account
    return panel


# ------------------------------------------------------------------------------------- model, widget-free

def model_for(service, user_id: int) -> PaymentOrderModel:
    m = PaymentOrderModel()
    user = service.members.get(user_id)
    m.set_order(user, service.order.list(user_id), service.households.profile_of(user.household_id).reorderable)
    return m


def test_model_rows_pin_own_account_first(qtbot, service, demo):  # noqa: ARG001
    m = model_for(service, demo["张子涵"])
    order = [e.binding.authorizer_id for e in service.order.list(demo["张子涵"])]
    assert m.rowCount() == 1 + len(order) == 4
    assert m.data(m.index(0), Qt.ItemDataRole.UserRole + 2) is True  # pinned
    assert "张子涵" in m.data(m.index(0))
    assert [m.entry_at(r).binding.authorizer_id for r in range(1, 4)] == order
    # No drop ONTO any row; the root takes drops (between rows); the own row cannot be dragged.
    for r in range(4):
        assert not m.flags(m.index(r)) & Qt.ItemFlag.ItemIsDropEnabled
    assert m.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert not m.flags(m.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert all(m.flags(m.index(r)) & Qt.ItemFlag.ItemIsDragEnabled for r in (1, 2, 3))


def test_model_move_rows(qtbot, service, demo):  # noqa: ARG001
    m = model_for(service, demo["张子涵"])
    before = m.binding_ids()
    got = []
    m.reordered.connect(got.append)
    # The pinned row never moves, and nothing goes above it.
    assert not m.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert not m.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert m.binding_ids() == before and got == []
    # Last to first pooled position (Qt's convention: destination = row to insert before).
    assert m.moveRows(QModelIndex(), 3, 1, QModelIndex(), 1)
    assert m.binding_ids() == [before[2], before[0], before[1]]
    assert got == [m.binding_ids()]
    # First pooled to the end.
    assert m.moveRows(QModelIndex(), 1, 1, QModelIndex(), 4)
    assert m.binding_ids() == [before[0], before[1], before[2]]
    assert m.rowCount() == 4


def test_model_drop_between_onto_and_above_pinned(qtbot, service, demo):  # noqa: ARG001
    m = model_for(service, demo["张子涵"])
    a, b, c = m.binding_ids()
    md = m.mimeData([m.index(3)])
    assert md.hasFormat(MIME_TYPE)
    assert m.mimeData([m.index(0)]).data(MIME_TYPE).data() == b""  # the own account is never dragged

    # A drop ONTO an entry (valid parent) is refused and overwrites nothing.
    assert not m.canDropMimeData(md, Qt.DropAction.MoveAction, -1, -1, m.index(1))
    assert not m.dropMimeData(md, Qt.DropAction.MoveAction, -1, -1, m.index(1))
    assert m.binding_ids() == [a, b, c] and m.rowCount() == 4
    # Even if Qt then "removes the source" of a MoveAction, nothing is deleted.
    assert not m.removeRows(1, 1)
    assert m.rowCount() == 4

    # Between rows 1 and 2 (before row 2).
    assert m.dropMimeData(md, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert m.binding_ids() == [a, c, b]
    # Above the pinned own account: lands just below it, the own account stays on top.
    md = m.mimeData([m.index(3)])
    assert m.dropMimeData(md, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert m.binding_ids() == [b, a, c]
    assert m.data(m.index(0), Qt.ItemDataRole.UserRole + 2) is True
    # At the end (row -1 on the root).
    md = m.mimeData([m.index(1)])
    assert m.dropMimeData(md, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert m.binding_ids() == [a, c, b]
    # Unknown ids (a stale drag) are refused.
    from PySide6.QtCore import QByteArray, QMimeData
    bad = QMimeData()
    bad.setData(MIME_TYPE, QByteArray(b"999999"))
    assert not m.dropMimeData(bad, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert m.binding_ids() == [a, c, b]


# ------------------------------------------------------------------------------------- panel: saved at once

def test_drop_through_panel_is_saved_and_changes_preview(kid_panel, settle, fresh, demo):
    kid = demo["张子涵"]
    before = stored_order(fresh, kid)
    m = kid_panel.model
    md = m.mimeData([m.index(3)])
    assert m.dropMimeData(md, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    settle()
    want = [before[2], before[0], before[1]]
    assert stored_order(fresh, kid) == want
    assert first_pooled_payer(fresh, kid) == before[2] != before[0]
    # The panel re-read what was stored.
    assert [m.entry_at(r).binding.authorizer_id for r in (1, 2, 3)] == want


def test_drop_onto_item_changes_nothing_stored(kid_panel, settle, fresh, demo, snap):
    kid = demo["张子涵"]
    before_rows = snap()
    m = kid_panel.model
    md = m.mimeData([m.index(1)])
    assert not m.dropMimeData(md, Qt.DropAction.MoveAction, -1, -1, m.index(3))
    settle()
    assert snap() == before_rows
    assert len(stored_order(fresh, kid)) == 3


def test_buttons_move_and_save(qtbot, kid_panel, settle, fresh, demo):
    kid = demo["张子涵"]
    before = stored_order(fresh, kid)
    p = kid_panel
    p.view.setCurrentIndex(p.model.index(0))
    assert not p.up.isEnabled() and not p.down.isEnabled()  # own account: nothing to move
    p.view.setCurrentIndex(p.model.index(1))
    assert not p.up.isEnabled() and p.down.isEnabled()  # first pooled cannot go above the own account
    p.view.setCurrentIndex(p.model.index(3))
    assert p.up.isEnabled() and not p.down.isEnabled()
    qtbot.mouseClick(p.up, Qt.MouseButton.LeftButton)
    settle()
    assert stored_order(fresh, kid) == [before[0], before[2], before[1]]
    assert p.selected_binding_id() == p.model.entry_at(2).binding.id  # the moved entry stays selected
    qtbot.mouseClick(p.up, Qt.MouseButton.LeftButton)
    settle()
    assert stored_order(fresh, kid) == [before[2], before[0], before[1]]
    assert first_pooled_payer(fresh, kid) == before[2]
    assert not p.up.isEnabled()
    qtbot.mouseClick(p.down, Qt.MouseButton.LeftButton)
    settle()
    assert stored_order(fresh, kid) == [before[0], before[2], before[1]]


def test_alt_up_down_keys_move_and_save(qtbot, kid_panel, settle, fresh, demo):
    kid = demo["张子涵"]
    before = stored_order(fresh, kid)
    p = kid_panel
    p.view.setCurrentIndex(p.model.index(1))
    qtbot.keyClick(p.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle()
    assert stored_order(fresh, kid) == [before[1], before[0], before[2]]
    qtbot.keyClick(p.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle()
    assert stored_order(fresh, kid) == [before[1], before[2], before[0]]
    assert first_pooled_payer(fresh, kid) == before[1]
    qtbot.keyClick(p.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(p.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle()
    assert stored_order(fresh, kid) == before
    # Alt+Up on the first pooled entry cannot pass the own account.
    qtbot.keyClick(p.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle()
    assert stored_order(fresh, kid) == before
    assert p.model.data(p.model.index(0), Qt.ItemDataRole.UserRole + 2) is True
    # Plain Down just moves the selection, it does not reorder.
    qtbot.keyClick(p.view, Qt.Key.Key_Down)
    settle()
    assert stored_order(fresh, kid) == before


def test_to_top_and_to_bottom_buttons_keys_persist_and_undo(qtbot, kid_panel, runner, service, settle, fresh, demo):
    """置顶 / 置底 beside 上移 / 下移 (Alt+Home / Alt+End): saved at once, one Undo step each."""
    kid = demo["张子涵"]
    before = stored_order(fresh, kid)
    p = kid_panel
    p.view.setCurrentIndex(p.model.index(1))
    assert not p.top.isEnabled() and p.bottom.isEnabled()
    qtbot.mouseClick(p.bottom, Qt.MouseButton.LeftButton)
    settle()
    assert stored_order(fresh, kid) == [before[1], before[2], before[0]]
    assert p.selected_binding_id() == p.model.entry_at(3).binding.id
    assert not p.bottom.isEnabled() and p.top.isEnabled()
    qtbot.mouseClick(p.top, Qt.MouseButton.LeftButton)
    settle()
    assert stored_order(fresh, kid) == before
    assert first_pooled_payer(fresh, kid) == before[0]
    p.view.setCurrentIndex(p.model.index(2))
    qtbot.keyClick(p.view, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    settle()
    assert stored_order(fresh, kid) == [before[0], before[2], before[1]]
    p.view.setCurrentIndex(p.model.index(3))
    qtbot.keyClick(p.view, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    settle()
    assert stored_order(fresh, kid) == [before[1], before[0], before[2]]
    assert first_pooled_payer(fresh, kid) == before[1]
    runner.run(lambda g: g.undo.undo())
    settle()
    assert stored_order(fresh, kid) == [before[0], before[2], before[1]]  # one step back: before the Alt+Home
    runner.run(lambda g: g.undo.undo())
    settle()
    assert stored_order(fresh, kid) == before


def test_elderly_rows_have_four_buttons_that_save(qtbot, runner, settle, fresh, demo):
    """长辈模式: every shared account's row has 置顶 / 上移 / 下移 / 置底; each click is stored."""
    from gui.elderly.page import ElderlyPage
    kid = demo["张子涵"]
    before = stored_order(fresh, kid)
    page = ElderlyPage(runner)
    qtbot.addWidget(page)
    page.show_household(demo["张家"], kid)
    page.show()
    rows = [r for r in page.order_rows.rows if not r.isHidden()]
    assert len(rows) == 1 + len(before)
    assert all(b.isHidden() for b in rows[0].buttons.values())  # the own account cannot move
    for r in rows[1:]:
        assert [b.isVisible() for b in r.buttons.values()] == [True] * 4
    assert not rows[1].buttons["top"].isEnabled() and not rows[-1].buttons["bottom"].isEnabled()
    qtbot.mouseClick(rows[1].buttons["bottom"], Qt.MouseButton.LeftButton)
    settle()
    assert stored_order(fresh, kid) == [before[1], before[2], before[0]]
    qtbot.mouseClick(rows[3].buttons["top"], Qt.MouseButton.LeftButton)
    settle()
    assert stored_order(fresh, kid) == before
    qtbot.mouseClick(rows[1].buttons["down"], Qt.MouseButton.LeftButton)
    settle()
    assert stored_order(fresh, kid) == [before[1], before[0], before[2]]
    qtbot.mouseClick(rows[2].buttons["up"], Qt.MouseButton.LeftButton)
    settle()
    assert stored_order(fresh, kid) == before


# ------------------------------------------------------------------------------------- locked orders

@pytest.mark.parametrize("user, household", [("李娜", "李家"), ("赵磊", "赵家")])
def test_locked_orders_are_read_only_and_say_why(qtbot, runner, service, settle, fresh, demo, user, household):
    uid = demo[user]
    panel = OrderPanel(runner)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_user(uid)
    profile = service.households.profile_of(demo[household])
    assert profile.order in ("bind_time", "balance")
    before = stored_order(fresh, uid)
    assert len(before) == 2
    reason = service.order.locked_reason(profile)
    assert reason and panel.explain.text() == reason
    m = panel.model
    assert not m.movable
    assert not any(m.flags(m.index(r)) & Qt.ItemFlag.ItemIsDragEnabled for r in range(m.rowCount()))
    assert not m.moveRows(QModelIndex(), 2, 1, QModelIndex(), 1)
    assert not m.dropMimeData(m.mimeData([m.index(2)]), Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    panel.view.setCurrentIndex(m.index(2))
    assert not panel.up.isEnabled() and not panel.down.isEnabled()
    assert not panel.up.isVisible() and not panel.down.isVisible()
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle()
    assert stored_order(fresh, uid) == before
    assert panel.error.text() == reason  # the key press is answered, not ignored silently
    with pytest.raises(RuleRefused):
        service.order.reorder(uid, list(reversed([e.binding.id for e in service.order.list(uid)])))
    assert stored_order(fresh, uid) == before
    assert panel.rebind.isVisible() == (profile.order == "bind_time")


def test_bind_time_rebind_to_front(qtbot, runner, settle, fresh, demo, monkeypatch):
    uid = demo["李娜"]
    panel = OrderPanel(runner)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_user(uid)
    before = stored_order(fresh, uid)
    asked = []
    monkeypatch.setattr(common, "ask", lambda parent, title, text, ok: asked.append(text) or False)
    panel.view.setCurrentIndex(panel.model.index(1))
    assert not panel.rebind.isEnabled()  # already pays first
    panel.view.setCurrentIndex(panel.model.index(2))
    assert panel.rebind.isEnabled()
    qtbot.mouseClick(panel.rebind, Qt.MouseButton.LeftButton)
    settle()
    assert len(asked) == 1 and stored_order(fresh, uid) == before  # declined: nothing changed
    monkeypatch.setattr(common, "ask", lambda parent, title, text, ok: True)
    qtbot.mouseClick(panel.rebind, Qt.MouseButton.LeftButton)
    settle()
    assert stored_order(fresh, uid) == [before[1], before[0]]
    assert first_pooled_payer(fresh, uid, 100_000) == before[1]
    assert panel.model.entry_at(1).binding.authorizer_id == before[1]
    # The old binding is kept in the history as ended by re-binding.
    ended = fresh(lambda g: [b for b in g.bindings.list(demo["李家"]) if b.state == "ended"])
    assert [b.ended_by for b in ended] == ["rebind"]
