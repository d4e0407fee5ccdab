"""The month's 划入 for the whole household in one step: one amount field per member with a personal account,
filled with what was credited last month (editable; 0 or empty skips the member), the total, and — when the month
already has contributions — what is recorded, with a question before recording again. ``col.bookkeeping.
credit_month`` writes them all in ONE transaction. Large fields and plain sentences: usable in 长辈模式."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame, QLabel, QLineEdit,
                               QScrollArea, QVBoxLayout, QWidget)

from core.errors import GongjiError, InvalidInput
from core.labels import yuan
from core.money import parse_yuan
from gui.dialogs.base import Dialog
from gui.dialogs.member import ERROR_STYLE
from gui.ops import Runner
from gui.widgets import common
from gui.dialogs.wide import dialog_width


def _months(today: date, n: int = 12) -> list[str]:
    y, m, out = today.year, today.month, []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out


class MonthlyDialog(Dialog):
    def __init__(self, runner: Runner, household_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.household_id = household_id
        self.result = None
        self.plan = None
        self.fields: dict[int, QLineEdit] = {}
        self.setWindowTitle(self.tr("Monthly contributions"))
        self.setAccessibleName(self.tr("Monthly contributions"))
        self.setMinimumWidth(dialog_width(self, 520))

        intro = QLabel(self.tr("Record this month's contributions (划入) for everyone at once. Each amount is last "
                               "month's; change any that differ. 0 leaves a person out."), self)
        intro.setWordWrap(True)
        self.month = common.name(QComboBox(self), self.tr("Month"))
        for m in _months(runner.col.clock().date()):
            self.month.addItem(m, m)
        top = QFormLayout()
        lab = QLabel(self.tr("&Month:"), self)
        lab.setBuddy(self.month)
        top.addRow(lab, self.month)
        # One row per member; a large household scrolls here instead of growing past a 1366×768 screen.
        self.rows = QWidget(self)
        self.form = QFormLayout(self.rows)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.rows)
        self.total = QLabel(self)
        self.total.setAccessibleName(self.tr("Total"))
        self.already = QLabel(self)
        self.already.setWordWrap(True)
        self.already.setAccessibleName(self.tr("Already recorded"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))
        self.buttons, self.ok, self.cancel = common.accept_cancel(
            self, self.tr("&Record contributions"), self.tr("Record contributions"))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(top)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self.total)
        lay.addWidget(self.already)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        common.fit_on_show(self)
        self.month.currentIndexChanged.connect(self.load)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        """The chosen month's plan: one field per member, last month's amount in it."""
        self.error.setText("")
        try:
            self.plan = self.runner.col.bookkeeping.month_plan(self.household_id, self.month.currentData())
        except GongjiError as exc:
            self.plan = None
            self.error.setText(str(exc))
            return
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        for ln in self.plan.lines:
            edit = common.name(QLineEdit(self.rows), self.tr("{name}: amount in yuan").replace("{name}", ln.member_name),
                               self.tr("Last month: {amount}").replace("{amount}", yuan(ln.last_month_fen)))
            edit.setPlaceholderText("0.00")
            if ln.last_month_fen:
                edit.setText(f"{ln.last_month_fen // 100}.{ln.last_month_fen % 100:02d}")
            edit.textChanged.connect(self._update_total)
            lab = QLabel(self.tr("{name}:").replace("{name}", ln.member_name), self.rows)
            lab.setBuddy(edit)
            self.form.addRow(lab, edit)
            self.fields[ln.member_id] = edit
        self._fit_rows()
        if self.plan.already:
            listed = self.tr(", ").join(f"{t.member_name} {yuan(t.amount_fen)} ({t.occurred_at:%m-%d})"
                                        for t in self.plan.already)
            self.already.setText(self.tr("Already recorded for {month}: {listed}.").replace(
                "{month}", self.plan.month).replace("{listed}", listed))
        else:
            self.already.setText("")
        if not self.plan.lines:
            self.error.setText(self.tr("No one in this household has a personal account."))
        self._update_total()

    def _fit_rows(self) -> None:
        """Show every row when they fit (at most 300 px, under half a 768-pixel screen), else scroll the rest."""
        self.rows.adjustSize()
        need = self.form.sizeHint().height()
        screen = self.screen() or QApplication.primaryScreen()
        cap = min(int(screen.availableGeometry().height() * 0.4), 300) if screen is not None else 300
        self.scroll.setFixedHeight(min(need + 2, cap))

    def amounts(self) -> dict[int, int]:
        """Member id → fen from the fields (empty: 0); InvalidInput naming the person."""
        out = {}
        names = {ln.member_id: ln.member_name for ln in self.plan.lines} if self.plan else {}
        for mid, edit in self.fields.items():
            text = edit.text().strip()
            try:
                out[mid] = parse_yuan(text, allow_zero=True) if text else 0
            except InvalidInput as exc:
                raise InvalidInput(f"{names.get(mid, '')}: {exc.message}", field="amount") from None
        return out

    def _update_total(self) -> None:
        self.error.setText("")
        try:
            amounts = self.amounts()
        except GongjiError as exc:
            self.total.setText("")
            self.error.setText(str(exc))
            self.ok.setEnabled(False)
            return
        n = sum(1 for v in amounts.values() if v)
        self.total.setText(self.tr("{n} people, {total} in all.").replace("{n}", str(n)).replace(
            "{total}", yuan(sum(amounts.values()))))
        self.ok.setEnabled(n > 0)

    def _save(self) -> None:
        if self.plan is None:
            return
        try:
            amounts = self.amounts()
        except GongjiError as exc:
            self.error.setText(str(exc))
            return
        again = False
        if self.plan.already:
            if not common.ask(self, self.tr("Record again?"),
                              self.already.text() + "\n\n" + self.tr("Record these contributions as well?"),
                              self.tr("Record again")):
                return
            again = True
        month = self.plan.month
        self.ok.setEnabled(False)
        hid = self.household_id
        self.runner.run(lambda g: g.bookkeeping.credit_month(hid, amounts, month, again=again),
                        success=self._saved, failure=self._failed)

    def _saved(self, result) -> None:
        self.result = result
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(str(exc))
        self.ok.setEnabled(True)
