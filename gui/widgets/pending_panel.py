"""Bindings waiting for the other person's confirmation, with Confirm and Withdraw."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from core.errors import GongjiError
from core.profiles import relation_label
from core.views import Changes
from gui.ops import Runner
from gui.widgets import common


class PendingPanel(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.household_id: int | None = None
        self.title = QLabel(self.tr("Waiting for confirmation"), self)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Bindings waiting for confirmation"))
        self.list.setMaximumHeight(90)
        self.confirm = common.name(QPushButton(self.tr("&Confirm"), self), self.tr("Confirm"),
                                   self.tr("The other person agrees: the binding becomes active"))
        self.withdraw = common.name(QPushButton(self.tr("&Withdraw"), self), self.tr("Withdraw"),
                                    self.tr("Withdraw the request; it stays in the history"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.confirm.clicked.connect(lambda: self._act("confirm"))
        self.withdraw.clicked.connect(lambda: self._act("withdraw"))
        self.list.currentRowChanged.connect(lambda *_: self._update_buttons())
        buttons = QVBoxLayout()
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.withdraw)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addLayout(row)
        lay.addWidget(self.error)
        runner.changed.connect(self._on_changed)

    def set_household(self, household_id: int | None) -> None:
        self.household_id = household_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.error.setText("")
        pending = []
        if self.household_id is not None:
            try:
                pending = [b for b in self.runner.col.bindings.list(self.household_id, include_ended=False)
                           if b.state == "pending"]
            except GongjiError:
                pending = []
        for b in pending:
            confirmer = b.confirmer_name
            if b.initiated_by == "user":
                text = self.tr("{u} asked on {date} to use {a}'s account ({relation}); waiting for {c} to confirm")
            else:
                text = self.tr("{a} applied on {date} to let {u} use {a}'s account ({relation}); waiting for {c} to "
                               "confirm")
            item = QListWidgetItem(text.replace("{u}", b.user_name).replace("{a}", b.authorizer_name).replace(
                "{relation}", relation_label(b.relation)).replace("{date}", b.bound_at.strftime("%Y-%m-%d")).replace(
                "{c}", confirmer or ""))
            item.setToolTip(item.text())
            item.setData(256, b.id)
            item.setData(258, b.initiated_by or "authorizer")  # who applied: the one who may withdraw
            item.setData(257, b.version)  # sent back with Confirm / Withdraw (compare-and-set, issue #14)
            self.list.addItem(item)
        if pending:
            self.list.setCurrentRow(0)
        self.setVisible(bool(pending))
        self._update_buttons()

    def selected_binding_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(256) if item is not None else None

    def _update_buttons(self) -> None:
        ok = self.list.currentItem() is not None
        self.confirm.setEnabled(ok)
        self.withdraw.setEnabled(ok)

    def _act(self, what: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        bid, version, applicant = item.data(256), item.data(257), item.data(258)

        def fail(exc: Exception) -> None:
            self.refresh()  # show what is stored now
            self.error.setText(str(exc))
        if what == "confirm":
            self.runner.run(lambda g: g.bindings.confirm(bid, expected_version=version), failure=fail)
        else:
            self.runner.run(lambda g: g.bindings.unbind(bid, ended_by=applicant, expected_version=version), failure=fail)

    def _on_changed(self, changes: Changes) -> None:
        if changes.bindings or changes.households:
            self.refresh()
