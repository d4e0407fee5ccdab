"""Automatic backups after changes, the window's part: core makes them (at most every 10 minutes, thinned;
core.backup.AutoBackup, for every program that writes); the window adds a timer for a backup still due after the
last change, and shows a failed backup on the status line. Kept apart from the backups dialog
(gui/dialogs/backups.py), which the window's start does not need (issue #11: start-up).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from core.errors import GongjiError
from gui.ops import Runner


def install_auto_backup(runner: Runner, parent: QObject, *, interval_ms: int = 60_000):
    """The window's part of the automatic backups: core applies the policy after every committed write (for every
    program, core.store.Database.write); this timer only makes the backup that is still due after the last change
    once the interval has passed, on the DB worker, and reports a failed backup on the status line, once.
    Returns core's AutoBackup; None for a server database or a read-only window."""
    db = runner.col.db
    if db.path is None or db.read_only_reason:
        return None
    auto = runner.col.backups.auto()  # core's policy (made for the window if the ledger was opened without one)
    last_error = {"text": ""}

    def report() -> None:
        if db.backup_error and db.backup_error != last_error["text"]:
            runner.message.emit(db.backup_error)
        last_error["text"] = db.backup_error

    def flush(_service) -> None:
        try:
            auto.tick()
            db.backup_error = ""
        except GongjiError as exc:
            db.backup_error = str(exc)

    runner.changed.connect(lambda _changes: QTimer.singleShot(0, report))
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.timeout.connect(lambda: runner.query(flush, success=lambda _r: report()) if auto.due() else report())
    timer.start()
    auto.timer = timer  # type: ignore[attr-defined] - kept alive with the AutoBackup
    return auto
