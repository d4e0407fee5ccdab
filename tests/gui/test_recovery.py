"""The recovery dialog (damaged ledger at start-up) and the backups dialog (backup now / restore)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from core import backup as bk
from core.errors import StorageError
from core.collection import Collection
from core.store import open_database
from gui.autobackup import install_auto_backup
from gui.dialogs.backups import BackupsDialog
from gui.dialogs.recovery import RecoveryDialog


def make_ledger(path: Path, *names: str) -> None:
    db = open_database(path, backup=False)  # only the backups each test makes itself
    g = Collection(db, actor="t")
    for n in names:
        g.households.create(n)
    db.close()


def names_in(path: Path) -> list[str]:
    db = open_database(path, backup=False)
    try:
        return [h.name for h in Collection(db, actor="t").households.list()]
    finally:
        db.close()


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data), 5):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.fixture()
def damaged(tmp_path):
    """A ledger with two backups (older: 1 household, newer: 2), then damaged. Returns (path, problem text)."""
    path = tmp_path / "ledger.db"
    make_ledger(path, "first")
    older = bk.backup_now(path)
    make_ledger(path, "second")
    newer = bk.backup_now(path)
    make_ledger(path, "third")
    corrupt(path)
    with pytest.raises(StorageError) as exc:
        open_database(path)
    return path, str(exc.value), older, newer


def test_restore_the_newest_good_backup(qtbot, damaged):
    path, problem, older, newer = damaged
    damaged_bytes = path.read_bytes()
    dlg = RecoveryDialog(path, problem)
    qtbot.addWidget(dlg)
    assert dlg.newest_button.isEnabled() and dlg.newest_good.path == newer
    assert dlg.newest_button.isDefault()
    assert dlg.list.count() == 2
    assert dlg.restore_newest()
    assert dlg.chosen == path and dlg.result() == RecoveryDialog.DialogCode.Accepted
    assert names_in(path) == ["first", "second"]
    assert dlg.moved_aside.read_bytes() == damaged_bytes  # kept, not deleted


def test_a_damaged_newest_backup_is_skipped(qtbot, damaged):
    path, problem, older, newer = damaged
    corrupt(newer)
    dlg = RecoveryDialog(path, problem)
    qtbot.addWidget(dlg)
    assert dlg.newest_good.path == older
    dlg.list.setCurrentRow(0)  # the damaged newer one
    assert not dlg.restore_selected()
    assert dlg.chosen is None and dlg.result_label.text()
    assert dlg.restore_newest()
    assert names_in(path) == ["first"]


def test_choose_another_backup(qtbot, damaged):
    path, problem, older, newer = damaged
    dlg = RecoveryDialog(path, problem)
    qtbot.addWidget(dlg)
    dlg.list.setCurrentRow(1)
    assert dlg.restore_selected()
    assert names_in(path) == ["first"]


def test_no_backups_open_another_file_or_quit(qtbot, tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"garbage" * 1000)
    other = tmp_path / "other.db"
    make_ledger(other, "elsewhere")
    dlg = RecoveryDialog(path, "file is not a database")
    qtbot.addWidget(dlg)
    assert not dlg.newest_button.isEnabled() and not dlg.selected_button.isEnabled()
    assert dlg.open_button.isDefault()
    assert dlg.open_other(str(other))
    assert dlg.chosen == other
    assert path.read_bytes() == b"garbage" * 1000  # nothing touched
    quit_dlg = RecoveryDialog(path, "x")
    qtbot.addWidget(quit_dlg)
    quit_dlg.quit_button.click()
    assert quit_dlg.chosen is None and quit_dlg.result() == RecoveryDialog.DialogCode.Rejected


def test_every_control_has_an_accessible_name(qtbot, damaged):
    from PySide6.QtWidgets import QListWidget, QPushButton
    path, problem, *_ = damaged
    dlg = RecoveryDialog(path, problem)
    qtbot.addWidget(dlg)
    for w in dlg.findChildren(QPushButton) + dlg.findChildren(QListWidget):
        assert w.accessibleName(), w


def test_recovery_dialog_screenshot(qtbot, damaged, tmp_path):
    path, problem, *_ = damaged
    dlg = RecoveryDialog(path, problem)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.wait(50)
    out = Path(os.environ.get("GONGJI_SCREENSHOT_DIR", tmp_path)) / "recovery.png"
    assert dlg.grab().save(str(out))
    assert out.stat().st_size > 1000


# ----------------------------------------------------------------------------------------------- backups dialog

def test_backup_now_and_restore_from_the_dialog(qtbot, runner, service, db_path):
    service.households.create("kept")
    restarted = []
    dlg = BackupsDialog(runner, restart=lambda p: restarted.append(p) or True)
    qtbot.addWidget(dlg)
    assert not dlg.restore_button.isEnabled()  # nothing to restore yet
    made = dlg.backup_now()
    assert made is not None and dlg.list.count() == 1 and dlg.restore_button.isEnabled()
    service.households.create("after the backup")
    assert not dlg.restore_selected(confirm=lambda *a: False)  # the user said no: nothing happens
    assert sorted(names_in(db_path)) == ["after the backup", "kept"]
    assert dlg.restore_selected(confirm=lambda *a: True)
    assert restarted == [str(db_path)]
    assert names_in(db_path) == ["kept"]
    assert dlg.moved_aside is not None and dlg.moved_aside.exists()


def test_a_restore_restarts_the_app_saying_what_was_restored(qtbot, runner, service, db_path, monkeypatch):
    """The default restart passes --restored-from and --kept-as, so the new window can tell the user (gui.app)."""
    import gui.dialogs.backups as backups_dialog
    started = []
    monkeypatch.setattr(backups_dialog, "restart_with_database", lambda path, *extra: started.append((path, extra)) or True)
    service.households.create("kept")
    dlg = BackupsDialog(runner)
    qtbot.addWidget(dlg)
    made = dlg.backup_now()
    assert dlg.restore_selected(confirm=lambda *a: True)
    [(path, extra)] = started
    assert path == str(db_path)
    assert extra[:2] == ("--restored-from", str(made))
    assert extra[2:] == (("--kept-as", str(dlg.moved_aside)) if dlg.moved_aside else ())


def test_read_only_window_cannot_restore(qtbot, runner, service):
    service.db.read_only_reason = "another window has it"
    bk.backup_now(service.db.path)
    dlg = BackupsDialog(runner, restart=lambda p: True)
    qtbot.addWidget(dlg)
    assert dlg.list.count() == 1
    assert not dlg.restore_button.isEnabled()
    assert dlg.result_label.text()
    assert not dlg.restore_selected(confirm=lambda *a: True)
    service.db.read_only_reason = ""


def test_automatic_backup_after_a_change(qtbot, runner, service, db_path):
    auto = install_auto_backup(runner, runner, interval_ms=60_000)
    assert auto is not None and bk.list_backups(db_path) == []
    runner.run(lambda g: g.households.create("changed"))
    qtbot.waitUntil(lambda: len(bk.list_backups(db_path)) == 1, timeout=8000)
    [b] = bk.list_backups(db_path)
    assert b.automatic and names_in(b.path) == ["changed"]


# ----------------------------------------------------------------------------------------------- start-up

def test_start_up_on_a_damaged_file_goes_through_recovery(qtbot, damaged):
    from gui.opening import open_with_recovery
    path, problem, older, newer = damaged
    seen = []

    def recover_fn(p, why):
        seen.append((p, why))
        dlg = RecoveryDialog(p, why)
        qtbot.addWidget(dlg)
        dlg.restore_newest()
        return dlg.chosen

    opened = open_with_recovery(path, recover_fn=recover_fn, inform=lambda *a: pytest.fail("not read-only"))
    try:
        assert len(seen) == 1 and seen[0][0] == path and seen[0][1] == problem
        assert not opened.read_only and opened.lock is not None
        assert [h.name for h in Collection(opened.db, actor="t").households.list()] == ["first", "second"]
    finally:
        opened.close()


def test_start_up_quit_from_recovery_returns_none(qtbot, damaged):
    from gui.opening import open_with_recovery
    path, *_ = damaged
    before = path.read_bytes()
    assert open_with_recovery(path, recover_fn=lambda p, why: None) is None
    assert path.read_bytes() == before
    from gui.lock import lock_path_for
    assert not lock_path_for(path).exists()  # the lock was let go


def test_start_up_second_window_is_read_only_and_says_so(qtbot, tmp_path):
    from gui.opening import open_with_recovery
    path = tmp_path / "ledger.db"
    make_ledger(path, "family")
    first = open_with_recovery(path, inform=lambda *a: pytest.fail("the first window may write"))
    told = []
    second = open_with_recovery(path, inform=lambda title, text: told.append(text))
    try:
        assert not first.read_only and second.read_only
        assert told == [second.read_only_reason] and told[0]
    finally:
        second.close()
        first.close()


def test_start_up_on_a_damaged_file_without_backups_raises_the_clear_error(qtbot, tmp_path):
    from core.errors import GongjiError
    from gui.opening import open_with_recovery
    path = tmp_path / "broken.db"
    path.write_bytes(b"not a database" * 500)
    with pytest.raises(GongjiError) as exc:
        open_with_recovery(path, recover_fn=lambda p, why: pytest.fail("no backups: nothing to recover from"))
    assert str(path) in str(exc.value)
    assert path.read_bytes() == b"not a database" * 500
