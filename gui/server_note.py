"""The About/data dialog for a server database (issue #14): where the data lives (server, database, user — never
the password), that backups are the server's job with the exact pg_dump/pg_restore commands, and why gongji's own
backup buttons are disabled. One call from gui/dialogs/about.py; the words come from core (``col.server_info()``).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("ServerNote", text)


def apply_server_note(dialog: QDialog, about: QLabel) -> QWidget | None:
    """Rewrite ``about`` and add the server section above the dialog's buttons; None (nothing done) for a file."""
    info = dialog.runner.col.server_info()
    lay = dialog.layout()
    if info is None or not isinstance(lay, QVBoxLayout):
        return None
    about.setText(info.where)
    box = QWidget(dialog)
    box.setObjectName("serverNote")
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 0, 0, 0)
    note = QLabel(info.backup_note, box)
    note.setWordWrap(True)
    v.addWidget(note)
    grid = QGridLayout()
    box.commands = {}
    for row, (name, command) in enumerate(((_t("Back up:"), info.dump_command),
                                           (_t("Restore:"), info.restore_command))):
        lab = QLabel(name, box)
        line = QLineEdit(command, box)
        line.setReadOnly(True)
        line.setCursorPosition(0)
        line.setAccessibleName(name)
        lab.setBuddy(line)
        copy = QPushButton(_t("Copy"), box)
        copy.setAccessibleName(_t("Copy the command: {what}").replace("{what}", name))
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda _=False, text=command: QCoreApplication.instance().clipboard().setText(text))
        grid.addWidget(lab, row, 0)
        grid.addWidget(line, row, 1)
        grid.addWidget(copy, row, 2)
        box.commands[name] = line
    grid.setColumnStretch(1, 1)
    v.addLayout(grid)
    why = QLabel(info.buttons_disabled_reason, box)
    why.setWordWrap(True)
    why.setObjectName("buttonsDisabledReason")
    v.addWidget(why)
    for b in (getattr(dialog, "backup_button", None), getattr(dialog, "restore_button", None)):
        if b is not None:
            b.setEnabled(False)
            b.setToolTip(info.buttons_disabled_reason)
    lay.insertWidget(max(0, lay.count() - 3), box)  # above the actions, the result line and Close
    return box
