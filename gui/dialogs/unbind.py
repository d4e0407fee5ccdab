"""Unbind: end a binding. Says who ends it, what changes (the user's payment order afterwards, who can no longer
pay for whom) and that the history is kept; nothing happens until the explicit confirmation button."""
from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QLabel, QRadioButton,
                               QVBoxLayout, QWidget)

from core.errors import GongjiError
from core.profiles import relation_label
from core.labels import state_label
from gui.dialogs.base import Dialog
from gui.dialogs.member import ERROR_STYLE
from gui.ops import Runner
from gui.widgets import common


class UnbindDialog(Dialog):
    def __init__(self, runner: Runner, household_id: int, *, binding_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.household_id = household_id
        self.result_binding = None
        self.setWindowTitle(self.tr("End a binding"))
        self.setAccessibleName(self.tr("End a binding"))
        self.setMinimumWidth(520)

        self.binding = common.name(QComboBox(self), self.tr("Binding to end"))
        self.bindings = [b for b in runner.col.bindings.list(household_id, include_ended=False)]
        for b in self.bindings:
            self.binding.addItem(self.tr("{u} uses {a}'s account ({relation}, {state})").replace(
                "{u}", b.user_name).replace("{a}", b.authorizer_name).replace(
                "{relation}", relation_label(b.relation)).replace("{state}", state_label(b.state)), b.id)
        if binding_id is not None and self.binding.findData(binding_id) >= 0:
            self.binding.setCurrentIndex(self.binding.findData(binding_id))
        self.by_authorizer = common.name(QRadioButton(self), self.tr("The authorizer ends it"))
        self.by_user = common.name(QRadioButton(self), self.tr("The user ends it"))
        self.by_authorizer.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_authorizer)
        group.addButton(self.by_user)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What will change"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))

        form = QFormLayout()
        lab = QLabel(self.tr("&Binding:"), self)
        lab.setBuddy(self.binding)
        form.addRow(lab, self.binding)
        form.addRow(self.tr("Who ends it:"), self.by_authorizer)
        form.addRow("", self.by_user)
        self.buttons, self.ok, self.cancel = common.accept_cancel(
            self, self.tr("&End this binding"), self.tr("End this binding"))
        self.cancel.setDefault(True)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.summary)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        common.fit_on_show(self)
        self.binding.currentIndexChanged.connect(self._describe)
        self.by_authorizer.toggled.connect(self._describe)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._describe()

    def current(self):
        bid = self.binding.currentData()
        return next((b for b in self.bindings if b.id == bid), None)

    def _describe(self) -> None:
        b = self.current()
        self.ok.setEnabled(b is not None)
        if b is None:
            self.summary.setText(self.tr("There is no binding to end."))
            return
        who = self.tr("{a} (the authorizer)").replace("{a}", b.authorizer_name) if self.by_authorizer.isChecked() \
            else self.tr("{u} (the user)").replace("{u}", b.user_name)
        self.by_authorizer.setText(self.tr("{a}, the authorizer").replace("{a}", b.authorizer_name))
        self.by_user.setText(self.tr("{u}, the user").replace("{u}", b.user_name))
        try:
            after = [e.binding.authorizer_name for e in self.runner.col.order.list(b.user_id)
                     if e.binding.id != b.id]
        except GongjiError:
            after = []
        order = " \u2192 ".join([self.tr("own account")] + after)
        lines = [
            self.tr("Ended by: {who}.").replace("{who}", who),
            self.tr("After this, {u} can no longer pay with {a}'s account.").replace(
                "{u}", b.user_name).replace("{a}", b.authorizer_name),
            self.tr("{u}'s payment order will be: {order}.").replace("{u}", b.user_name).replace("{order}", order),
            self.tr("Nothing is deleted: the binding and every payment made with it stay in the history, with the "
                    "date it ended."),
        ]
        if b.state == "pending":
            lines[1] = self.tr("The request is still waiting for confirmation; it will be withdrawn.")
        self.summary.setText("\n\n".join(lines))

    def _save(self) -> None:
        b = self.current()
        if b is None:
            return
        who = "authorizer" if self.by_authorizer.isChecked() else "user"
        self.ok.setEnabled(False)
        bid, version = b.id, b.version  # as shown: refused if another desk changed it since (issue #14)
        self.runner.run(lambda g: g.bindings.unbind(bid, ended_by=who, expected_version=version),
                        success=self._saved, failure=self._failed)

    def _saved(self, result) -> None:
        self.result_binding = result.value
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(str(exc))
        self.ok.setEnabled(True)
