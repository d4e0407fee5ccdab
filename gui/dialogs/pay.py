"""Pay (with a live preview from the core rule) and refund a recorded payment."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QFormLayout,
                               QHeaderView, QLabel, QLineEdit, QRadioButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from core.errors import GongjiError
from core.money import parse_yuan
from core.labels import EXPENSE_KINDS, INELIGIBLE_EXPENSES, expense_label, yuan
from core.views import TxnView
from gui import theme
from gui.dialogs import prefs
from gui.dialogs.base import Dialog
from gui.dialogs.member import ERROR_STYLE
from gui.models.payments import covered_text
from gui.ops import Runner
from gui.widgets import common


class PayDialog(Dialog):
    def __init__(self, runner: Runner, household_id: int, *, member_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.household_id = household_id
        self.result_txn: TxnView | None = None
        self.preview = None
        self.setWindowTitle(self.tr("Pay a medical bill"))
        self.setAccessibleName(self.tr("Pay a medical bill"))
        self.setMinimumWidth(520)

        self.member = common.name(QComboBox(self), self.tr("Who pays (the patient)"))
        for m in runner.col.members.list(household_id):
            self.member.addItem(m.name, m.id)
        if member_id is not None and self.member.findData(member_id) >= 0:
            self.member.setCurrentIndex(self.member.findData(member_id))
        self.amount = common.name(QLineEdit(self), self.tr("Amount in yuan"),
                                  self.tr("For example 128.50; full-width digits are fine"))
        self.amount.setPlaceholderText("0.00")
        self.kind = common.name(QComboBox(self), self.tr("What the money is for"))
        for k in EXPENSE_KINDS:
            label = expense_label(k)
            if k in INELIGIBLE_EXPENSES:
                label = self.tr("{kind} (not payable from the account)").replace("{kind}", label)
            self.kind.addItem(label, k)
        self.note = common.name(QLineEdit(self), self.tr("Note"), self.tr("Where, or what for (optional)"))
        self.note.setMaxLength(500)
        self.table = QTableWidget(0, 2, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside (no keyboard trap)
        self.table.setAccessibleName(self.tr("How the payment would be covered"))
        self.table.setHorizontalHeaderLabels([self.tr("Paid from"), self.tr("Amount")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        theme.min_row_height(self.table)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(140)
        self.out_of_pocket = QLabel(self)
        self.out_of_pocket.setAccessibleName(self.tr("Out of pocket"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))

        form = QFormLayout()
        for text, w in ((self.tr("&Patient:"), self.member), (self.tr("&Amount (yuan):"), self.amount),
                        (self.tr("&For:"), self.kind), (self.tr("&Note:"), self.note)):
            lab = QLabel(text, self)
            lab.setBuddy(w)
            form.addRow(lab, w)
        self.buttons, self.ok, self.cancel = common.accept_cancel(
            self, self.tr("&Record payment"), self.tr("Record payment"))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Preview \u2014 how this payment would be covered now:"), self))
        lay.addWidget(self.table)
        lay.addWidget(self.out_of_pocket)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        common.fit_on_show(self)
        self.member.currentIndexChanged.connect(self.update_preview)
        self.kind.currentIndexChanged.connect(self.update_preview)
        self.amount.textChanged.connect(self.update_preview)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.update_preview()

    def _fit_table(self) -> None:
        """Every paying account in view, never behind a scroll bar (issue #10); the dialog grows with the table."""
        t = self.table
        t.ensurePolished()  # row heights are the mode's (60 px in 长辈模式) once polished
        t.setMinimumHeight(max(140, t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth() + 2
                               + sum(t.rowHeight(r) for r in range(t.rowCount()))))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._fit_table()
        super().showEvent(event)

    def update_preview(self) -> None:
        self.preview = None
        self.table.setRowCount(0)
        self.out_of_pocket.setText("")
        self.error.setText("")
        self.ok.setEnabled(False)
        mid = self.member.currentData()
        if mid is None:
            self.error.setText(self.tr("Add a family member first."))
            return
        if self.kind.currentData() in INELIGIBLE_EXPENSES:
            self.error.setText(self.tr("{kind} cannot be paid from a personal account or a shared account.").replace(
                "{kind}", expense_label(self.kind.currentData())))
            return
        if not self.amount.text().strip():
            self.error.setText(self.tr("Enter the amount to see how it would be covered."))
            self.error.setStyleSheet("")
            return
        self.error.setStyleSheet(ERROR_STYLE)
        try:
            fen = parse_yuan(self.amount.text())
            p = self.runner.col.ledger.preview(mid, fen)
        except GongjiError as exc:
            self.error.setText(str(exc))
            return
        self.preview = p
        for sp in p.splits:
            who = self.tr("{name} (own account)").replace("{name}", sp.member_name) if sp.own else \
                self.tr("{name}'s account").replace("{name}", sp.member_name)
            r = self.table.rowCount()
            self.table.insertRow(r)
            self.table.setItem(r, 0, QTableWidgetItem(who))
            self.table.setItem(r, 1, QTableWidgetItem(yuan(sp.amount_fen)))
        self._fit_table()
        self.out_of_pocket.setText(self.tr("Out of pocket (cash or other): {amount}").replace(
            "{amount}", yuan(p.out_of_pocket_fen)))
        self.ok.setEnabled(True)

    def _save(self) -> None:
        self.update_preview()
        if self.preview is None or not self._confirmed(self.preview):
            return
        mid, fen, kind, note = self.member.currentData(), self.preview.amount_fen, self.kind.currentData(), \
            self.note.text()
        self.ok.setEnabled(False)
        self.runner.run(lambda g: g.ledger.pay(mid, fen, kind, note=note), success=self._saved, failure=self._failed)

    def _confirmed(self, p) -> bool:
        """Ask first when the payment would take more than the user's threshold (Settings) from other people's
        accounts: a large draw on a relative's account should never be one slip of the Enter key."""
        limit = prefs.current().confirm_pooled_above_fen
        pooled = [sp for sp in p.splits if not sp.own]
        total = sum(sp.amount_fen for sp in pooled)
        if limit <= 0 or total <= limit:
            return True
        who = self.tr(", ").join(self.tr("{name} {amount}").replace("{name}", sp.member_name).replace(
            "{amount}", yuan(sp.amount_fen)) for sp in pooled)
        text = self.tr("This payment takes {total} from other people's accounts ({who}), more than the {limit} "
                       "you asked to confirm. Record it?").replace("{total}", yuan(total)).replace(
            "{who}", who).replace("{limit}", yuan(limit))
        return common.ask(self, self.tr("Confirm a large payment"), text, self.tr("Record payment"))

    def _saved(self, result) -> None:
        self.result_txn = result.value
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(str(exc))
        self.ok.setEnabled(True)


class RefundDialog(Dialog):
    def __init__(self, runner: Runner, payment: TxnView, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.payment = payment
        self.result_txn: TxnView | None = None
        self.setWindowTitle(self.tr("Refund a payment"))
        self.setAccessibleName(self.tr("Refund a payment"))
        self.setMinimumWidth(480)
        about = QLabel(self.tr("Payment of {amount} on {date} for {name} ({kind}).\nPaid by: {covered}.\n"
                               "Already refunded: {refunded}.").replace("{amount}", yuan(payment.amount_fen))
                       .replace("{date}", payment.occurred_at.strftime("%Y-%m-%d")).replace(
                           "{name}", payment.member_name).replace(
                           "{kind}", expense_label(payment.expense_kind or "")).replace(
                           "{covered}", covered_text(payment)).replace("{refunded}", yuan(payment.refunded_fen)),
                       self)
        about.setWordWrap(True)
        self.full = common.name(QRadioButton(self.tr("Refund the rest: {amount}").replace(
            "{amount}", yuan(payment.refundable_fen)), self), self.tr("Refund the rest"))
        self.part = common.name(QRadioButton(self.tr("Refund part of it:"), self), self.tr("Refund part of it"))
        self.amount = common.name(QLineEdit(self), self.tr("Amount to refund in yuan"))
        self.amount.setPlaceholderText("0.00")
        group = QButtonGroup(self)
        group.addButton(self.full)
        group.addButton(self.part)
        self.full.setChecked(True)
        how = QLabel(self.tr("The money goes back where it came from. A partial refund first returns the part paid "
                             "out of pocket, then the shared accounts (last charged first), and the patient's own "
                             "account last."), self)
        how.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))
        form = QFormLayout()
        form.addRow(self.full)
        form.addRow(self.part, self.amount)
        self.buttons, self.ok, self.cancel = common.accept_cancel(
            self, self.tr("&Record refund"), self.tr("Record refund"))
        lay = QVBoxLayout(self)
        lay.addWidget(about)
        lay.addLayout(form)
        lay.addWidget(how)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        common.fit_on_show(self)
        self.part.toggled.connect(self._validate)
        self.amount.textChanged.connect(lambda: (self.part.setChecked(True), self._validate()))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._validate()

    def _fen(self) -> int | None:
        if self.full.isChecked():
            return None
        return parse_yuan(self.amount.text())

    def _validate(self) -> bool:
        self.amount.setEnabled(True)
        problem = ""
        if self.payment.refundable_fen <= 0:
            problem = self.tr("This payment has already been refunded in full.")
        elif self.part.isChecked():
            try:
                fen = self._fen()
                if fen is not None and fen > self.payment.refundable_fen:
                    problem = self.tr("At most {amount} can still be refunded.").replace(
                        "{amount}", yuan(self.payment.refundable_fen))
            except GongjiError as exc:
                problem = str(exc)
        self.error.setText(problem)
        self.ok.setEnabled(not problem)
        return not problem

    def _save(self) -> None:
        if not self._validate():
            return
        fen, pid = self._fen(), self.payment.id
        self.ok.setEnabled(False)
        self.runner.run(lambda g: g.ledger.refund(pid, fen), success=self._saved, failure=self._failed)

    def _saved(self, result) -> None:
        self.result_txn = result.value
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(str(exc))
        self.ok.setEnabled(True)
