"""The dialog that creates a household (name + region rules)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.profiles import builtin_profiles
from gui.dialogs.base import Dialog
from gui.dialogs.member import ERROR_STYLE
from gui.ops import Runner
from gui.widgets import common


class NewHouseholdDialog(Dialog):
    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New household"))
        self.setAccessibleName(self.tr("New household"))
        self.name = common.name(QLineEdit(self), self.tr("Household name"))
        self.profile = common.name(QComboBox(self), self.tr("Region rules"),
                                   self.tr("The region whose pooling rules apply to this household"))
        for p in builtin_profiles().values():
            self.profile.addItem(p.display_name(), p.id)
        i = self.profile.findData("national")
        self.profile.setCurrentIndex(max(i, 0))
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Region rules:"), self.profile)
        self.buttons = QDialogButtonBox(self)
        self.ok = common.name(self.buttons.addButton(self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole),
                              self.tr("Create"))
        common.name(self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.about)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        common.fit_on_show(self)
        self.profile.currentIndexChanged.connect(self._describe)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._describe()

    def _describe(self) -> None:
        p = builtin_profiles().get(self.profile.currentData())
        self.about.setText(p.display_description() if p else "")

    def _save(self) -> None:
        name, pid = self.name.text(), self.profile.currentData()
        self.runner.run(lambda g: g.households.create(name, pid), success=self._saved,
                        failure=lambda exc: self.error.setText(str(exc)))

    def _saved(self, result) -> None:
        self.created_id = result.value.id
        self.accept()
