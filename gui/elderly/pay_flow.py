"""Pay, guided, in two steps (长辈模式): first the amount and what it is for; then one plain sentence per account
("张德福 的账户付 ¥356.80") and what the person pays themselves, and one big confirm. Nothing is written before
the confirm; Back changes the amount."""
from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from core.errors import GongjiError
from core.money import parse_yuan
from core.labels import INELIGIBLE_EXPENSES, expense_label, yuan
from gui import theme
from gui.dialogs.base import Dialog
from gui.ops import Runner
from gui.widgets import common

#: The purposes offered as big buttons (the common ones; the normal pay dialog has them all).
KINDS = ("outpatient", "pharmacy", "inpatient")


class GuidedPayDialog(Dialog):
    def __init__(self, runner: Runner, household_id: int, member_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.member_id = member_id
        self.preview = None
        self.paid = None
        name = runner.col.members.get(member_id).name if member_id is not None else ""
        self.setWindowTitle(self.tr("Pay a bill for {name}").replace("{name}", name))
        self.setAccessibleName(self.windowTitle())
        self.steps = QStackedWidget(self)

        # Step 1: amount and purpose.
        one = QWidget(self)
        self.step1_title = theme.mark(QLabel(self.tr("Step 1 of 2: how much, and what for?"), one), "heading")
        self.amount = common.name(QLineEdit(one), self.tr("Amount in yuan"), self.tr("For example 356.80"))
        self.amount.setPlaceholderText("0.00")
        f = self.amount.font()
        f.setPointSize(theme.figure_point_size())
        self.amount.setFont(f)
        amount_label = QLabel(self.tr("&Amount (yuan):"), one)
        amount_label.setBuddy(self.amount)
        self.kind_group = QButtonGroup(self)
        kinds = QGridLayout()
        for i, k in enumerate(KINDS):
            b = QPushButton(expense_label(k), one)
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.setAccessibleName(expense_label(k))
            self.kind_group.addButton(b, i)
            kinds.addWidget(b, 0, i)
        self.kind_group.button(0).setChecked(True)
        self.error = QLabel(one)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.next = QPushButton(self.tr("&Next: see who pays"), one)
        self.next.setDefault(True)
        self.next.clicked.connect(self.go_next)
        l1 = QVBoxLayout(one)
        l1.addWidget(self.step1_title)
        row = QHBoxLayout()
        row.addWidget(amount_label)
        row.addWidget(self.amount, 1)
        l1.addLayout(row)
        l1.addWidget(QLabel(self.tr("What is it for?"), one))
        l1.addLayout(kinds)
        l1.addWidget(self.error)
        l1.addStretch(1)
        l1.addWidget(self.next)
        self.steps.addWidget(one)

        # Step 2: one sentence per account, a big confirm.
        two = QWidget(self)
        self.step2_title = theme.mark(QLabel(self.tr("Step 2 of 2: check and confirm"), two), "heading")
        self.summary = QLabel(two)
        self.summary.setWordWrap(True)
        self.sentences = theme.mark(QLabel(two), "heading")
        self.sentences.setWordWrap(True)
        self.sentences.setAccessibleName(self.tr("Who pays what"))
        self.confirm = common.name(QPushButton(two), self.tr("Confirm payment"))
        theme.mark(self.confirm, "bigButton")
        self.confirm.clicked.connect(self.confirm_payment)
        self.back = QPushButton(self.tr("&Back: change the amount"), two)
        self.back.setAutoDefault(False)
        self.back.clicked.connect(self.go_back)
        l2 = QVBoxLayout(two)
        l2.addWidget(self.step2_title)
        l2.addWidget(self.summary)
        l2.addWidget(self.sentences)
        l2.addStretch(1)
        l2.addWidget(self.confirm)
        l2.addWidget(self.back)
        self.steps.addWidget(two)

        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.steps, 1)
        lay.addWidget(cancel)
        self.setMinimumWidth(640)
        common.fit_on_show(self)  # as high as the wrapped sentences need

    def kind(self) -> str:
        return KINDS[max(self.kind_group.checkedId(), 0)]

    def go_next(self) -> None:
        self.error.setText("")
        if self.member_id is None:
            return
        if not self.amount.text().strip():
            self.error.setText(self.tr("Please enter the amount first."))
            return
        if self.kind() in INELIGIBLE_EXPENSES:
            return
        try:
            fen = parse_yuan(self.amount.text())
            self.preview = self.runner.col.ledger.preview(self.member_id, fen)
        except GongjiError as exc:
            self.error.setText(str(exc))
            return
        self.summary.setText(self.tr("{name} pays {amount} for {kind}. It is paid like this:").replace(
            "{name}", self.preview.user.name).replace("{amount}", yuan(self.preview.amount_fen)).replace(
            "{kind}", expense_label(self.kind())))
        self.sentences.setText("\n".join(self.sentence_lines()))
        self.confirm.setText(self.tr("Confirm: pay {amount}").replace("{amount}", yuan(self.preview.amount_fen)))
        self.steps.setCurrentIndex(1)
        self.confirm.setDefault(True)  # Enter confirms only on the confirmation page
        self.confirm.setFocus()

    def go_back(self) -> None:
        self.steps.setCurrentIndex(0)
        self.next.setDefault(True)
        self.amount.setFocus()

    def sentence_lines(self) -> list[str]:
        p = self.preview
        lines = []
        for sp in p.splits:
            if sp.own:
                lines.append(self.tr("{name}'s own account pays {amount}").replace("{name}", sp.member_name)
                             .replace("{amount}", yuan(sp.amount_fen)))
            else:
                lines.append(self.tr("{name}'s account pays {amount}").replace("{name}", sp.member_name)
                             .replace("{amount}", yuan(sp.amount_fen)))
        lines.append(self.tr("Paid in cash or otherwise: {amount}").replace("{amount}", yuan(p.out_of_pocket_fen)))
        return lines

    def confirm_payment(self) -> None:
        if self.preview is None:
            return
        mid, fen, kind = self.member_id, self.preview.amount_fen, self.kind()
        self.confirm.setEnabled(False)
        self.runner.run(lambda g: g.ledger.pay(mid, fen, kind), success=self._paid, failure=self._failed)

    def _paid(self, result) -> None:
        self.paid = result.value
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.confirm.setEnabled(True)
        self.go_back()
        self.error.setText(str(exc))
