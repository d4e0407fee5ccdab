"""About and data: where everything is stored, and what to do with it.

Shows the platformdirs places — data folder, the database file in use, the backups folder, the settings file —
each selectable and with a button to open its folder. Buttons: open another database file (the app restarts on
it; the choice is remembered), make a backup now (core.backup.backup_now), and restore from a backup when the
backups dialog (gui/dialogs/backups.py) is there. In a demo nothing here touches real data: the backup and
open buttons are disabled and the dialog says it is a demo.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialogButtonBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from core.errors import GongjiError
from core.location import backup_dir_for, default_data_dir
from gui import theme
from gui.dialogs.base import Dialog
from gui.widgets import common
from gui.ops import Runner
from gui.restart import restart_with_database
from gui.settings import Settings, settings_path


def app_version() -> str:
    try:
        from importlib.metadata import version
        return version("gongji")
    except Exception:  # noqa: BLE001 - frozen builds may have no metadata
        return "0.1.0"


def backups_dialog_class():
    """The data-safety engineer's backups dialog, if it exists (it may not in this build)."""
    try:
        mod = importlib.import_module("gui.dialogs.backups")
    except ModuleNotFoundError:
        return None
    return getattr(mod, "BackupsDialog", None)


class AboutDialog(Dialog):
    def __init__(self, runner: Runner, settings: Settings, parent: QWidget | None = None, *, demo: bool = False,
                 restart: Callable[[str], bool] = restart_with_database):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.demo = demo
        self._restart = restart
        self.setWindowTitle(self.tr("About and data"))
        self.setAccessibleName(self.tr("About and data"))

        title = QLabel(self.tr("Family pooling helper {version}").replace("{version}", app_version()), self)
        theme.mark(title, "heading")
        about = QLabel(self.tr("Keeps track of family pooling of medical-insurance personal accounts: members, "
                               "bindings, payment order, payments and refunds. Everything stays on this computer."),
                       self)
        about.setWordWrap(True)

        db = runner.col.db
        self.db_path: Path | None = db.path
        places = [
            (self.tr("Data folder"), default_data_dir(), True),
            (self.tr("Database in use"), db.display_location(), False),
            (self.tr("Backups folder"), backup_dir_for(self.db_path) if self.db_path else self.tr("(none)"), True),
            (self.tr("Settings file"), settings_path() if settings.persistent else self.tr("(not saved in a demo)"),
             False),
        ]
        grid = QGridLayout()
        self.place_labels: dict[str, QLineEdit] = {}
        for row, (name, value, is_dir) in enumerate(places):
            lab = QLabel(name + self.tr(":"), self)
            val = QLineEdit(str(value), self)  # read-only: the whole path on one line, selectable, copyable
            val.setReadOnly(True)
            val.setAccessibleName(name)
            val.setCursorPosition(0)
            lab.setBuddy(val)
            self.place_labels[name] = val
            grid.addWidget(lab, row, 0)
            grid.addWidget(val, row, 1)
            folder = Path(value) if is_dir else Path(str(value)).parent
            if isinstance(value, Path) or (isinstance(value, str) and self.db_path and value == str(self.db_path)):
                b = QPushButton(self.tr("Open folder"), self)
                b.setAccessibleName(self.tr("Open folder: {what}").replace("{what}", name))
                b.setAutoDefault(False)
                b.clicked.connect(lambda _=False, f=folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(f))))
                grid.addWidget(b, row, 2)

        self.demo_note = QLabel(self.tr("This is a demo with sample families. Nothing you do here changes your "
                                        "own data."), self)
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(demo)

        self.open_button = QPushButton(self.tr("&Open another database file\u2026"), self)
        self.open_button.setAccessibleName(self.tr("Open another database file"))
        self.backup_button = QPushButton(self.tr("Make a &backup now"), self)
        self.backup_button.setAccessibleName(self.tr("Make a backup now"))
        self.restore_button: QPushButton | None = None
        for b in (self.open_button, self.backup_button):
            b.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_other)
        self.backup_button.clicked.connect(self.backup_now)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.backup_button)
        if backups_dialog_class() is not None:
            self.restore_button = QPushButton(self.tr("&Restore from a backup\u2026"), self)
            self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
            self.restore_button.setAutoDefault(False)
            self.restore_button.clicked.connect(self.restore)
            actions.addWidget(self.restore_button)
        actions.addStretch(1)
        if demo or self.db_path is None:
            self.backup_button.setEnabled(False)
            if self.restore_button is not None:
                self.restore_button.setEnabled(False)
        if demo:
            self.open_button.setEnabled(False)

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result"))

        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(about)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        lay.addWidget(self.demo_note)
        lay.addLayout(actions)
        lay.addWidget(self.result_label)
        lay.addWidget(buttons)
        self.setMinimumWidth(900)
        common.fit_on_show(self)  # never narrower than its buttons need (长辈模式)
        from gui.server_note import apply_server_note
        self.server_note = apply_server_note(self, about)  # a server database: where it lives, its backups (#14)

    def backup_now(self) -> Path | None:
        if self.db_path is None or self.demo:
            return None
        from core import backups
        try:
            made = backups.backup_now(self.db_path)
        except GongjiError as exc:
            self.result_label.setText(str(exc))
            return None
        b = next((b for b in backups.list_backups(self.db_path) if b.path == made), None)
        when = backups.ledger_time(b.made_at if b is not None else datetime.now())  # as the ledger's records
        self.result_label.setText(self.tr("Backup made at {time}: {file}").replace(
            "{time}", when.strftime("%Y-%m-%d %H:%M")).replace("{file}", str(made)))
        return made

    def open_other(self, path: str | None = None) -> None:
        if self.demo:
            return
        if not path:
            start = str(self.db_path.parent) if self.db_path else str(default_data_dir())
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a database file"), start,
                                                  self.tr("Database files (*.db *.sqlite);;All files (*)"))
        if not path:
            return
        self.settings.last_database = path
        if not self._restart(path):
            self.result_label.setText(self.tr("The app could not restart; please start it again to use {file}.")
                                      .replace("{file}", path))

    def restore(self) -> None:
        cls = backups_dialog_class()
        if cls is not None:
            cls(self.runner, self, demo=self.demo).exec()
