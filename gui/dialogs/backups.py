"""Backups: make one now, or put one in place of the current ledger; and automatic backups after changes.

``BackupsDialog(runner, parent)`` lists the backups of the open SQLite ledger (newest first). "Make a backup now"
uses core.backup.backup_now (verified copy). "Restore the selected backup" asks first, waits for running work,
closes the database, puts the backup in place (the current file is kept beside it, never deleted) and restarts
the app on it, so that nothing shows stale data. A demo, a server database or a read-only window cannot restore.

The automatic backups after changes: gui/autobackup.py.

Files a crash or a restore left next to the ledger (an unfinished ``.part`` backup, a ledger moved aside as
``.replaced-…``) are listed under the backups, so nothing lies around unseen.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from core import backups as bk
from core.errors import GongjiError
from gui import theme
from gui.dialogs.base import Dialog
from gui.dialogs.recovery import backup_line
from gui.ops import Runner
from gui.restart import restart_with_database
from gui.widgets import common


def _t(text: str) -> str:
    return QCoreApplication.translate("BackupsDialog", text)


class BackupsDialog(Dialog):
    def __init__(self, runner: Runner, parent: QWidget | None = None, *,
                 restart: Callable[[str], bool] | None = None, demo: bool = False):
        super().__init__(parent)
        self.runner = runner
        self.db = runner.col.db
        self.db_path: Path | None = self.db.path
        self._restart = restart or self._restart_on_restored
        self.restored_from: Path | None = None
        self.moved_aside: Path | None = None
        self.setWindowTitle(_t("Backups"))
        self.setAccessibleName(_t("Backups"))

        heading = theme.mark(QLabel(_t("Backups of your ledger"), self), "heading")
        where = QLabel(self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setAccessibleName(_t("Where backups are kept"))
        can_backup = self.db_path is not None and not demo
        self.restore_refusal = ""
        if demo:
            self.restore_refusal = _t("This is a demo; its data is thrown away on exit, so it has no backups.")
        elif self.db_path is None:
            self.restore_refusal = _t("This ledger is on a database server; its backups are made on the server.")
        elif self.db.read_only_reason:
            self.restore_refusal = _t("Another window has this ledger open; restore from there.")
        if self.db_path is not None:
            from core.location import backup_dir_for
            where.setText(_t("Backups are made automatically after changes (at most every 10 minutes) and kept in "
                             "{folder}: all from the last day, one a day for a week, one a week for a month, one a "
                             "month for a year.").replace("{folder}", str(backup_dir_for(self.db_path))))
        else:
            where.setText(self.restore_refusal)

        self.list = QListWidget(self)
        self.list.setAccessibleName(_t("Backups, newest first"))
        self.backup_button = QPushButton(_t("Make a &backup now"), self)
        self.backup_button.setAccessibleName(_t("Make a backup now"))
        self.backup_button.setEnabled(can_backup)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(_t("&Restore the selected backup\u2026"), self)
        self.restore_button.setAccessibleName(_t("Restore the selected backup"))
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        for b in (self.backup_button, self.restore_button):
            b.setAutoDefault(False)
        self.leftovers_label = QLabel(self)
        self.leftovers_label.setWordWrap(True)
        self.leftovers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.leftovers_label.setAccessibleName(_t("Other files kept next to the ledger"))
        self.result_label = QLabel(self.restore_refusal, self)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(_t("Result"))

        buttons = QDialogButtonBox(self)
        close = buttons.addButton(_t("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(_t("Close"))
        buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(where)
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.leftovers_label)
        lay.addWidget(self.result_label)
        lay.addWidget(buttons)
        self.setMinimumWidth(640)
        self.refresh()
        common.fit_on_show(self)

    def refresh(self) -> None:
        self.list.clear()
        self.backups = bk.list_backups(self.db_path) if self.db_path is not None else []
        for b in self.backups:
            item = QListWidgetItem(backup_line(b))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if self.backups:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(_t("(no backups yet)"))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.restore_button.setEnabled(bool(self.backups) and not self.restore_refusal)
        self.leftovers = bk.leftovers(self.db_path) if self.db_path is not None else []
        if self.leftovers:
            self.leftovers_label.setText(
                _t("Also kept (earlier ledgers put aside by a restore, or an unfinished backup copy; delete them "
                   "yourself once you no longer need them):") + "\n" + "\n".join(str(p) for p in self.leftovers))
        self.leftovers_label.setVisible(bool(self.leftovers))

    def backup_now(self) -> Path | None:
        if self.db_path is None or not self.backup_button.isEnabled():
            return None
        try:
            made = bk.backup_now(self.db_path)
        except GongjiError as exc:
            self.result_label.setText(str(exc))
            return None
        self.refresh()
        self.result_label.setText(_t("Backup made and checked: {file}").replace("{file}", str(made)))
        return made

    def selected(self) -> bk.Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def restore_selected(self, *, confirm: Callable[[QWidget, str, str, str], bool] | None = None) -> bool:
        b = self.selected()
        if b is None or self.db_path is None or self.restore_refusal:
            return False
        ask = confirm or common.ask
        if not ask(self, _t("Restore a backup"),
                   _t("Put the backup of {time} in place of the current ledger? Changes made after it will not be "
                      "shown. The current ledger is kept as a backup (nothing is deleted), and the app starts again.")
                   .replace("{time}", bk.ledger_time(b.made_at).strftime("%Y-%m-%d %H:%M")), _t("Restore")):
            return False
        if not bk.is_good(b.path):
            self.result_label.setText(_t("This backup is damaged and cannot be used; choose another one."))
            return False
        self.runner.wait_idle()
        self.db.close()  # every pooled connection to the old file is closed before it is moved aside
        try:
            self.moved_aside = bk.restore(b, self.db_path)
        except (GongjiError, OSError) as exc:
            self.result_label.setText(str(exc))
            self.refresh()
            return False
        self.restored_from = b.path
        self.result_label.setText(_t("Restored. The previous file was kept as {file}.")
                                  .replace("{file}", str(self.moved_aside or "")))
        if not self._restart(str(self.db_path)):
            self.result_label.setText(self.result_label.text() + " " + _t("Please start the app again."))
        self.accept()
        return True


    def _restart_on_restored(self, path: str) -> bool:
        """Start the app again on the restored ledger, telling the new window what was restored and where the
        replaced file was kept (gui.app's --restored-from / --kept-as), so the restart is not a silent flash."""
        extra = ["--restored-from", str(self.restored_from)] if self.restored_from else []
        if self.moved_aside:
            extra += ["--kept-as", str(self.moved_aside)]
        return restart_with_database(path, *extra)


__all__ = ["BackupsDialog"]
