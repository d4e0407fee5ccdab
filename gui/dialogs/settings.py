"""Settings: one switch for 长辈模式 (larger text and buttons) and the language. Also the first-run question.

Both take effect when the user presses Save: 长辈模式 at once (the whole app is re-styled), the language at once
for new windows and messages (the main window's own texts follow after a restart, which the dialog says).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from core.errors import GongjiError
from core.money import format_fen, parse_yuan
from gui import theme
from gui.dialogs.base import Dialog
from gui.widgets import common
from gui.dialogs.member import ERROR_STYLE
from gui.i18n import choose_language, current_language, install_translators
from gui.settings import Settings

#: Language names are shown in their own language, so that anyone can find theirs.
LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))


class SettingsDialog(Dialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.elderly = QCheckBox(self.tr("&Elderly mode (长辈模式): larger text and bigger buttons"), self)
        self.elderly.setAccessibleName(self.tr("Elderly mode"))
        self.elderly.setAccessibleDescription(self.tr("Text at least 18 points, buttons at least 60 pixels high"))
        self.elderly.setToolTip(self.elderly.accessibleDescription())
        self.elderly.setChecked(theme.is_elderly() if QApplication.instance() else settings.elderly)

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        lang = settings.language or current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        lang_label = QLabel(self.tr("&Language:"), self)
        lang_label.setBuddy(self.language)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.language.currentIndexChanged.connect(self._language_note)

        self.confirm_above = QLineEdit(self)
        self.confirm_above.setAccessibleName(self.tr("Confirm payments above (yuan)"))
        self.confirm_above.setToolTip(self.tr("Ask before recording a payment that takes more than this from other "
                                              "people's accounts. 0: never ask."))
        self.confirm_above.setAccessibleDescription(self.confirm_above.toolTip())
        self.confirm_above.setText(format_fen(settings.confirm_pooled_above_fen, symbol=False))
        confirm_label = QLabel(self.tr("Ask &before a payment takes more than this from others' accounts (yuan):"),
                               self)
        confirm_label.setWordWrap(True)
        confirm_label.setBuddy(self.confirm_above)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.elderly)
        form.addRow(lang_label, self.language)
        form.addRow(confirm_label, self.confirm_above)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(720)
        self._language_note()

    def _language_note(self) -> None:
        changed = self.language.currentData() != current_language()
        self.note.setText(self.tr("The new language is used for new windows and messages at once, and everywhere "
                                  "after you restart the app.") if changed else "")
        self.note.setVisible(changed)

    def save(self) -> None:
        try:
            confirm_fen = parse_yuan(self.confirm_above.text() or "0", allow_zero=True)
        except GongjiError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.confirm_above.setFocus()
            return
        self.settings.confirm_pooled_above_fen = confirm_fen
        app = QApplication.instance()
        elderly = self.elderly.isChecked()
        lang = self.language.currentData()
        self.settings.elderly = elderly
        self.settings.language = lang
        if app is not None:
            theme.apply_theme(app, elderly)
            if lang != current_language(app):
                install_translators(app, choose_language(lang))
        self.accept()


class FirstRunDialog(Dialog):
    """Asked once, at the first start: turn on 长辈模式? Shown in large print so that whoever needs it can read it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))
        self.setAccessibleName(self.tr("Welcome"))
        title = QLabel(self.tr("Welcome to the family pooling helper"), self)
        theme.mark(title, "heading")
        text = QLabel(self.tr("Would you like larger text and bigger buttons (elderly mode, 长辈模式)? "
                              "You can change this at any time under Settings."), self)
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("Question"))
        self.yes = QPushButton(self.tr("&Yes, larger text"), self)
        self.yes.setAccessibleName(self.tr("Yes, larger text"))
        self.no = QPushButton(self.tr("&No, normal size"), self)
        self.no.setAccessibleName(self.tr("No, normal size"))
        self.yes.setDefault(True)
        self.yes.clicked.connect(self.accept)
        self.no.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(text)
        lay.addWidget(self.yes)
        lay.addWidget(self.no)
        self.setMinimumWidth(560)
        common.fit_on_show(self)  # never narrower than the heading needs (长辈模式, English)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)


def first_run(settings: Settings, app: QApplication, parent: QWidget | None = None, *, ask=None) -> bool:
    """At the first start ask about 长辈模式 (``ask`` replaces the dialog in tests). Returns the choice."""
    if settings.first_run_done:
        return settings.elderly
    if ask is None:
        theme.apply_theme(app, True)  # ask in large print
        dlg = FirstRunDialog(parent)
        on = dlg.exec() == QDialog.DialogCode.Accepted
    else:
        on = bool(ask())
    settings.elderly = on
    settings.first_run_done = True
    theme.apply_theme(app, on)
    return on
