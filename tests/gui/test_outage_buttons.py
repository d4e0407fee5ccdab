"""During an outage (the database cannot be reached, gui/desks.py read-only mode) nothing that writes looks enabled
(issue #10): the side buttons beside the members table, Pay…/Refund…, the payment-order buttons, 长辈模式's Pay and
move buttons are disabled and their tooltips say why; afterwards each gets its own state and tooltip back."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton

from core.errors import StorageError
from gui import theme
from tests.gui.test_desks import desk1, family, runner, url, window  # noqa: F401 - the same fixtures

pytestmark = pytest.mark.usefixtures("english")

REASON = "The database cannot be reached (test)."
#: Buttons that only read or only show: they stay enabled in an outage.
READING = {"Try again now", "Details of the region rules", "Technical details of the connection problem"}


def enabled_buttons(window) -> list[QAbstractButton]:
    return [b for b in window.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()
            and type(b).__name__ not in ("QToolBarExtension",) and not b.objectName().startswith("qt_")]


def label(b: QAbstractButton) -> str:
    return b.accessibleName() or b.text().replace("&", "") or b.toolTip()


def go_down(qtbot, window, runner):
    sync = window.desk_sync
    qtbot.waitUntil(lambda: sync.polls >= 1)
    runner.wait_idle()
    sync.timer.stop()  # no poll that would find the (local) database again
    qtbot.wait(50)
    sync._lost(StorageError(REASON))
    return sync


def assert_elderly_writers_down(page) -> list[QAbstractButton]:
    """长辈模式's Pay and move buttons disabled, each saying why; returns the move buttons."""
    assert not page.pay.isEnabled() and REASON in page.pay.toolTip()
    moves = [b for b in page.order_rows.findChildren(QAbstractButton) if b.isVisible()]
    assert moves and not any(b.isEnabled() for b in moves)
    assert all(REASON in b.toolTip() for b in moves)
    return moves


def writing_buttons(window) -> list[QAbstractButton]:
    out = [b for b, _a in window.member_buttons]
    out += [window.payments_panel.pay, window.payments_panel.refund]
    out += window.order_panel.findChildren(QAbstractButton)
    return out


def test_every_writing_button_is_disabled_and_says_why(qtbot, window, runner, family):  # noqa: F811
    window.select_member(family["张小明"])
    window.payments_panel.view.selectRow(0)
    before = {id(b): (b.isEnabled(), b.toolTip()) for b in writing_buttons(window)}
    assert any(e for e, _t in before.values())  # some were enabled: the test can see a change
    sync = go_down(qtbot, window, runner)
    assert sync.banner.isVisible()
    left = [label(b) for b in enabled_buttons(window) if label(b) not in READING]
    assert not left, f"enabled in an outage: {left}"
    for b in writing_buttons(window):
        assert not b.isEnabled(), label(b)
        if b.isVisible():
            assert REASON in b.toolTip(), (label(b), b.toolTip())
    assert REASON in window.act_pay.toolTip()
    # a selection change does not bring Refund back
    window.payments_panel.view.selectRow(1)
    assert not window.payments_panel.refund.isEnabled()
    sync._back()
    for b in writing_buttons(window):
        assert b.toolTip() == before[id(b)][1], label(b)  # its own tooltip back
    assert window.payments_panel.pay.isEnabled()
    assert [b.isEnabled() for b, _a in window.member_buttons] == [a.isEnabled() for _b, a in window.member_buttons]
    assert window.act_add_member.isEnabled() and REASON not in window.act_pay.toolTip()


def test_elderly_page_is_read_only_too(qtbot, window, runner, family):  # noqa: F811
    app = theme.QApplication.instance()
    theme.apply_theme(app, True)
    try:
        window.select_member(family["张小明"])
        page = window.elderly_page
        qtbot.waitUntil(page.isVisible)
        assert page.pay.isEnabled()
        sync = go_down(qtbot, window, runner)
        left = [label(b) for b in enabled_buttons(window) if label(b) not in READING]
        # the member cards only choose whose order is shown: they stay
        left = [t for t in left if not any(c.isVisible() and label(c) == t for c in page.cards)]
        assert not left, f"enabled in an outage: {left}"
        moves = assert_elderly_writers_down(page)
        sync._back()
        assert page.pay.isEnabled() and REASON not in page.pay.toolTip()
        assert any(b.isEnabled() for b in moves)
    finally:
        theme.apply_theme(app, False)


def test_elderly_page_built_during_an_outage_is_read_only(qtbot, window, runner, family):  # noqa: F811
    """长辈模式's page is built when first shown (issue #11: not before the first paint); an outage that began
    before then must still disable its writers and say why."""
    assert window._elderly_page is None  # not built at start
    window.select_member(family["张小明"])
    sync = go_down(qtbot, window, runner)
    assert window._elderly_page is None  # the outage did not build it either
    app = theme.QApplication.instance()
    theme.apply_theme(app, True)
    try:
        page = window.elderly_page
        qtbot.waitUntil(page.isVisible)
        assert_elderly_writers_down(page)
        sync._back()
        assert page.pay.isEnabled() and REASON not in page.pay.toolTip()
    finally:
        theme.apply_theme(app, False)
