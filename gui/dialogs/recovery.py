"""The ledger file is damaged (or not a ledger at all): a recovery dialog instead of a traceback.

Choices, largest first: restore the newest backup that passes its check; restore another backup from the list;
open another file; quit. Restoring never deletes anything: the damaged file is moved aside next to the original
(core.backup.restore). The dialog's :attr:`RecoveryDialog.chosen` is the file to open afterwards (None: quit).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from core import backups as bk
from core.errors import GongjiError
from gui import theme
from gui.dialogs.base import Dialog
from gui.widgets.common import fit_on_show


def _t(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


def reason_label(b: bk.Backup) -> str:
    if b.automatic:
        return _t("automatic")
    if b.before_migration:
        return _t("before an update")
    if b.before_restore:
        return _t("the ledger before a restore")
    if b.reason == bk.MANUAL:
        return _t("made by hand")
    return b.reason


def backup_line(b: bk.Backup) -> str:
    return _t("{time} \u2014 {kind}, {size} KB").replace("{time}", bk.ledger_time(b.made_at).strftime("%Y-%m-%d %H:%M:%S")) \
        .replace("{kind}", reason_label(b)).replace("{size}", f"{max(1, round(b.size / 1024)):,}")


class RecoveryDialog(Dialog):
    def __init__(self, db_path: Path, problem: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.problem = problem
        self.chosen: Path | None = None
        self.moved_aside: Path | None = None
        self.setWindowTitle(_t("The ledger file cannot be used"))
        self.setAccessibleName(_t("The ledger file cannot be used"))

        heading = theme.mark(QLabel(_t("The ledger file is damaged or cannot be read"), self), "heading")
        explain = QLabel(_t("File: {file}\nProblem: {problem}\n\nNothing has been deleted. You can put a backup in "
                            "its place (the damaged file is kept beside it), open another file, or quit.")
                         .replace("{file}", str(self.db_path)).replace("{problem}", problem), self)
        explain.setWordWrap(True)
        explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain.setAccessibleName(_t("What happened"))

        self.backups = bk.list_backups(self.db_path)
        self.newest_good = next((b for b in self.backups if bk.is_good(b.path)), None)

        if self.newest_good is not None:
            text = _t("&Restore the newest good backup ({time})").replace(
                "{time}", bk.ledger_time(self.newest_good.made_at).strftime("%Y-%m-%d %H:%M"))
        else:
            text = _t("No good backup found")
        self.newest_button = QPushButton(text, self)
        self.newest_button.setAccessibleName(_t("Restore the newest good backup"))
        self.newest_button.setEnabled(self.newest_good is not None)
        self.newest_button.clicked.connect(self.restore_newest)

        self.list = QListWidget(self)
        self.list.setAccessibleName(_t("Backups, newest first"))
        for b in self.backups:
            item = QListWidgetItem(backup_line(b))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if self.backups:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        self.selected_button = QPushButton(_t("Restore the &selected backup"), self)
        self.selected_button.setAccessibleName(_t("Restore the selected backup"))
        self.selected_button.setEnabled(bool(self.backups))
        self.selected_button.clicked.connect(self.restore_selected)

        self.open_button = QPushButton(_t("&Open another file\u2026"), self)
        self.open_button.setAccessibleName(_t("Open another file"))
        self.open_button.clicked.connect(lambda: self.open_other())
        self.quit_button = QPushButton(_t("&Quit"), self)
        self.quit_button.setAccessibleName(_t("Quit"))
        self.quit_button.clicked.connect(self.reject)
        for b in (self.newest_button, self.selected_button, self.open_button, self.quit_button):
            b.setAutoDefault(False)
        (self.newest_button if self.newest_good else self.open_button).setDefault(True)

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(_t("Result"))

        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(explain)
        lay.addWidget(self.newest_button)
        lay.addWidget(QLabel(_t("Other backups:"), self))
        lay.addWidget(self.list, 1)
        lay.addWidget(self.selected_button)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.quit_button)
        lay.addWidget(self.result_label)
        lay.addLayout(row)
        self.setMinimumWidth(640)
        fit_on_show(self)

    # ------------------------------------------------------------------ actions (tests call these directly)

    def _restore(self, b: bk.Backup | Path) -> bool:
        try:
            self.moved_aside = bk.restore(b, self.db_path)
        except (GongjiError, OSError) as exc:
            self.result_label.setText(_t("This backup cannot be used: {why}").replace("{why}", str(exc)))
            return False
        self.chosen = self.db_path
        self.accept()
        return True

    def restore_newest(self) -> bool:
        return self.newest_good is not None and self._restore(self.newest_good)

    def restore_selected(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            self.result_label.setText(_t("Choose a backup in the list first."))
            return False
        return self._restore(Path(item.data(Qt.ItemDataRole.UserRole)))

    def open_other(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, _t("Open a database file"), str(self.db_path.parent),
                                                  _t("Database files (*.db *.sqlite);;All files (*)"))
        if not path:
            return False
        self.chosen = Path(path)
        self.accept()
        return True


def recover(db_path: Path, problem: str, parent: QWidget | None = None) -> Path | None:
    """Show the recovery dialog; the file to open next, or None when the user quits."""
    dlg = RecoveryDialog(db_path, problem, parent)
    dlg.exec()
    return dlg.chosen


__all__ = ["RecoveryDialog", "recover", "backup_line", "reason_label"]
