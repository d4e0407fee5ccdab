"""Opening the ledger for the desktop window: the lock, a read-only window when another window has the file, and
the recovery dialog (gui/dialogs/recovery.py) when the file is damaged and has backups.

Apart from the dialogs: the window's start imports this, and the dialogs' modules (their Qt classes, the backups'
code) only when a damaged file needs them (issue #11: start-up).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.errors import GongjiError


def _t(text: str) -> str:  # the recovery dialog's context: these texts were first written there
    return QCoreApplication.translate("RecoveryDialog", text)


def _inform(title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from gui import theme
    box = theme.own_window(QMessageBox(QMessageBox.Icon.Information, title, text))
    box.setAccessibleName(title)
    box.exec()


def open_with_recovery(target, *, recover_fn=None, inform=_inform):
    """Open the ledger for the desktop window (gui.lock.open_for_window). A damaged SQLite file that has backups
    brings up the recovery dialog, then the file it chose is opened (without backups the error is raised). Only
    real damage does: a permission problem, a folder, a full disk, a missing ledger or a newer version is raised
    with its own message, because restoring an older backup over a healthy file is never the answer to those
    (core's StorageError.restore_helps). Another window's lock, or a read-only file, gives a read-only window and
    a message saying so. Returns gui.lock.Opened, or None when the user quits. Other errors (a bad URL, a server
    that is down) are raised as core's GongjiError for the caller to show."""
    from PySide6.QtWidgets import QApplication

    from core.location import sqlite_file
    from gui.lock import open_for_window

    while True:
        try:
            opened = open_for_window(target)
        except GongjiError as exc:
            from core import backups as bk  # (only for a file that failed to open)

            path = sqlite_file(target)
            if not getattr(exc, "restore_helps", False) or path is None or not bk.list_backups(path) \
                    or not (path.is_file() or getattr(exc, "kind", "") == "missing"):
                raise  # nothing to restore from: the caller shows the message (and the app quits)
            if recover_fn is None:
                from gui.dialogs.recovery import recover as recover_fn  # the dialog: only for a damaged file
            chosen = recover_fn(path, str(exc))
            if chosen is None:
                return None
            target = chosen
            continue
        if opened.lock is not None and QApplication.instance() is not None:
            QApplication.instance().aboutToQuit.connect(opened.lock.release)
        if not opened.read_only and opened.db.read_only_reason:  # the file or disk is read-only (core saw it)
            opened.read_only_reason = opened.db.read_only_reason
        if opened.read_only:
            inform(_t("Opened read-only"), opened.read_only_reason)
        return opened
