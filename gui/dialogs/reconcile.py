"""对账: make a member's balance agree with the official app. The person types what the official app shows (the
current-year part and, where the region keeps it apart, the prior-years part) and the day; the dialog shows the
ledger's figures for that day and the difference before anything is recorded. ``col.bookkeeping.reconcile`` writes
ONE audited correction (nothing when there is no difference)."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.errors import GongjiError
from core.labels import yuan
from core.money import parse_yuan
from gui.dialogs.base import Dialog
from gui.dialogs.member import ERROR_STYLE
from gui.ops import Runner
from gui.widgets import common
from gui.dialogs.wide import dialog_width


class ReconcileDialog(Dialog):
    def __init__(self, runner: Runner, household_id: int, *, member_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.household_id = household_id
        self.result = None
        self.setWindowTitle(self.tr("Reconcile with the official app"))
        self.setAccessibleName(self.tr("Reconcile with the official app"))
        self.setMinimumWidth(dialog_width(self, 540))
        col = runner.col
        self.split = col.households.profile_of(household_id).shareable == "prior_years"

        intro = QLabel(self.tr("The official medical-insurance app is right about balances. Type what it shows; the "
                               "ledger records one correction for the difference (nothing if they agree)."), self)
        intro.setWordWrap(True)
        self.member = common.name(QComboBox(self), self.tr("Whose account"))
        for m in col.members.list(household_id):
            if m.balance_fen is not None:
                self.member.addItem(m.name, m.id)
        if member_id is not None and self.member.findData(member_id) >= 0:
            self.member.setCurrentIndex(self.member.findData(member_id))
        self.day = common.name(QDateEdit(self), self.tr("The day the official app showed these figures"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = col.clock().date()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setMinimumDate(QDate(2000, 1, 1))
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.current = common.name(QLineEdit(self), self.tr("Current-year balance in yuan"),
                                   self.tr("当年账户: as the official app shows it, e.g. 1,234.50"))
        self.current.setPlaceholderText("0.00")
        self.prior = common.name(QLineEdit(self), self.tr("Prior-years balance in yuan"),
                                 self.tr("历年账户: as the official app shows it") if self.split else
                                 self.tr("历年账户: leave empty to keep the ledger's figure"))
        self.prior.setPlaceholderText("0.00" if self.split else self.tr("as recorded"))
        self.note = common.name(QLineEdit(self), self.tr("Note"), self.tr("Optional"))
        self.note.setMaxLength(300)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Ledger and difference"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))

        form = QFormLayout()
        for text, w in ((self.tr("&Member:"), self.member), (self.tr("&Day:"), self.day),
                        (self.tr("&Current year (当年):"), self.current), (self.tr("&Prior years (历年):"), self.prior),
                        (self.tr("&Note:"), self.note)):
            lab = QLabel(text, self)
            lab.setBuddy(w)
            form.addRow(lab, w)
        self.buttons, self.ok, self.cancel = common.accept_cancel(
            self, self.tr("&Record the correction"), self.tr("Record the correction"))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.summary)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        common.fit_on_show(self)
        for signal in (self.member.currentIndexChanged, self.day.dateChanged, self.current.textChanged,
                       self.prior.textChanged):
            signal.connect(self.update_preview)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.update_preview()

    def _inputs(self):
        """(member id, current fen, prior fen or None, day) from the form; InvalidInput with core's words."""
        mid = self.member.currentData()
        current = parse_yuan(self.current.text(), field="balance", allow_zero=True)
        prior = parse_yuan(self.prior.text(), field="prior", allow_zero=True) if self.prior.text().strip() else None
        return mid, current, prior, self.day.date().toPython()

    def update_preview(self) -> None:
        self.ok.setEnabled(False)
        self.error.setText("")
        self.summary.setText("")
        if self.member.currentData() is None:
            self.error.setText(self.tr("No one in this household has a personal account."))
            return
        if not self.current.text().strip():
            self.summary.setText(self.tr("Type the current-year balance to see the difference."))
            return
        try:
            mid, current, prior, day = self._inputs()
            rec = self.runner.col.bookkeeping.reconcile_preview(mid, current, prior, on=day)
        except GongjiError as exc:
            self.error.setText(str(exc))
            return
        lines = [
            self.tr("Official app: current year {c}, prior years {p}.").replace(
                "{c}", yuan(rec.official_current_fen)).replace("{p}", yuan(rec.official_prior_fen)),
            self.tr("Ledger on {day}: current year {c}, prior years {p}.").replace("{day}", rec.on.isoformat())
            .replace("{c}", yuan(rec.ledger_current_fen)).replace("{p}", yuan(rec.ledger_prior_fen)),
        ]
        if rec.matches:
            lines.append(self.tr("They agree: nothing needs to be recorded."))
        else:
            lines.append(self.tr("The ledger will be corrected by {d}.").replace("{d}", yuan(rec.delta_fen)))
            self.ok.setEnabled(True)
        self.summary.setText("\n".join(lines))

    def _save(self) -> None:
        try:
            mid, current, prior, day = self._inputs()
        except GongjiError as exc:
            self.error.setText(str(exc))
            return
        note = self.note.text()
        self.ok.setEnabled(False)
        self.runner.run(lambda g: g.bookkeeping.reconcile(mid, current, prior, on=day, note=note),
                        success=self._saved, failure=self._failed)

    def _saved(self, result) -> None:
        self.result = result
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(str(exc))
        self.ok.setEnabled(True)
