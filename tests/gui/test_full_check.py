"""A large ledger's full integrity check runs after the first paint; damage makes the window read-only and says so."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from core.errors import GongjiError
from gui.app import check_after_first_paint


def _window(qtbot):
    w = QLabel("ledger")
    w.setAccessibleName("ledger")
    qtbot.addWidget(w)
    return w


def test_damage_found_after_paint_makes_ledger_read_only(qtbot, runner, service, monkeypatch):
    db = service.db
    db.full_check_pending = True
    calls = []
    monkeypatch.setattr(db, "full_check", lambda: calls.append("check") or ["*** in database main *** page 5 damaged"])
    shown = []
    w = _window(qtbot)
    check_after_first_paint(w, runner, show_damage=lambda win, r, msg, can_restore=True: shown.append((msg,
                                                                                                      can_restore)))
    assert calls == []  # nothing before the window has painted
    w.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert calls == ["check"]
    message, can_restore = shown[0]
    assert "page 5" in message and can_restore
    with pytest.raises(GongjiError):
        service.households.create("新家", "national")
    assert service.households.list() == []


def test_clean_full_check_changes_nothing(qtbot, runner, service, monkeypatch):
    db = service.db
    db.full_check_pending = True
    calls = []
    monkeypatch.setattr(db, "full_check", lambda: calls.append("check") or [])
    shown = []
    w = _window(qtbot)
    check_after_first_paint(w, runner, show_damage=lambda *a, **k: shown.append(a))
    w.show()
    qtbot.waitUntil(lambda: calls == ["check"], timeout=10000)
    runner.wait_idle()
    qtbot.wait(50)
    assert shown == [] and not db.read_only_reason
    assert service.households.create("新家", "national").value.id > 0


def test_small_ledger_is_not_checked_again(qtbot, runner, service, monkeypatch):
    assert not service.db.full_check_pending  # a small file was fully checked when it was opened
    monkeypatch.setattr(service.db, "full_check", lambda: pytest.fail("checked twice"))
    w = _window(qtbot)
    check_after_first_paint(w, runner)
    w.show()
    qtbot.wait(100)


def test_the_full_check_waits_until_the_first_screen_is_done(qtbot, runner, service, monkeypatch):
    """The first paint is followed by more work for the first screen (fits, the repaint with data); the check
    starts after it, not beside it (issue #11: started at the first paint, it delayed the first screen of a 500 MB
    ledger by ~45 ms of CPU). Fails when the check starts at once after the first paint."""
    from PySide6.QtCore import QTimer

    db = service.db
    db.full_check_pending = True
    steps = {"done": 0}
    seen = []
    monkeypatch.setattr(db, "full_check", lambda: seen.append(steps["done"]) or [])

    class Busy(QLabel):
        first = True

        def paintEvent(self, event):  # noqa: N802 - Qt API
            super().paintEvent(event)
            if self.first:  # the first screen's remaining work: ten more turns of the event loop
                self.first = False

                def step():
                    steps["done"] += 1
                    if steps["done"] < 10:
                        QTimer.singleShot(0, step)
                QTimer.singleShot(0, step)

    w = Busy("ledger")
    qtbot.addWidget(w)
    check_after_first_paint(w, runner, show_damage=lambda *a, **k: None)
    w.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [10]
