"""Recent payments of the selected member, with Pay… and Refund… (the full history view is elsewhere)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from core.errors import GongjiError
from core.views import Changes
from gui import theme
from gui.models.payments import PaymentsModel
from gui.ops import Runner
from gui.widgets import common, fit

RECENT = 20


class PaymentsPanel(QWidget):
    pay_requested = Signal(int)  # member id
    refund_requested = Signal(object)  # TxnView

    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.household_id: int | None = None
        self.member_id: int | None = None
        self.model = PaymentsModel(self)
        self.title = common.ElidedLabel("", self)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.view = QTableView(self)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside (no keyboard trap)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        theme.min_row_height(self.view)
        # Date, what, amount and refunded as wide as their contents (never cut); "Paid by" takes the rest and
        # wraps onto more lines when it must (gui.widgets.fit re-fits on data, language, mode and size changes).
        fit.auto_fit(self.view, self.fit_columns)
        self.pay, self.refund = QPushButton(self), QPushButton(self)
        self.pay.clicked.connect(lambda: self.member_id is not None and self.pay_requested.emit(self.member_id))
        self.refund.clicked.connect(self._refund_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        # Title and buttons share one row, so the table gets the height (长辈模式: 60 px per row).
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.pay)
        row.addWidget(self.refund)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(row)
        lay.addWidget(self.view, 1)
        runner.changed.connect(self._on_changed)
        self.retranslate()
        self.set_member(None, None)

    def retranslate(self) -> None:
        """Static texts in the current language (again on a language switch); refresh() sets the title."""
        self.view.setAccessibleName(self.tr("Recent payments"))
        self.pay.setText(self.tr("&Pay\u2026"))
        common.name(self.pay, self.tr("Pay a bill"),
                    self.tr("Record a medical bill for this person, with a preview of who pays what"))
        self.refund.setText(self.tr("&Refund\u2026"))
        common.name(self.refund, self.tr("Refund"), self.tr("Refund all or part of the selected payment"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "refund"):
            self.retranslate()
            self.model.retranslate()
            self.refresh()

    def fit_columns(self) -> None:
        m = PaymentsModel
        fit.fit_wrapping(self.view, [m.WHEN, m.KIND, m.AMOUNT, m.REFUNDED], [m.COVERED])

    def set_member(self, household_id: int | None, member_id: int | None) -> None:
        self.household_id, self.member_id = household_id, member_id
        self.refresh(in_place=False)

    def refresh(self, in_place: bool = True) -> None:
        """The member's recent payments again; ``in_place``: the same member, rows updated in place (issue #11)."""
        if self.member_id is None or self.household_id is None:
            self.model.set_transactions([])
            self.title.setText(self.tr("Recent payments"))
        else:
            try:
                name = self.runner.col.members.get(self.member_id).name
                rows = self.runner.col.history.transactions(self.household_id, member_id=self.member_id,
                                                             limit=RECENT * 3)
            except GongjiError:
                rows, name = [], ""
            self.model.set_transactions(rows[:RECENT * 3], in_place=in_place)
            self.title.setText(self.tr("Recent payments of {name}").replace("{name}", name))
        self._update_buttons()

    def selected(self):
        idx = self.view.currentIndex()
        return self.model.txn_at(idx.row()) if idx.isValid() else None

    def _update_buttons(self) -> None:
        t = self.selected()
        writable = not self.runner.read_only_reason  # the database cannot be reached: gui/desks.py says why
        self.pay.setEnabled(writable and self.member_id is not None)
        self.refund.setEnabled(writable and t is not None and t.kind == "payment" and t.refundable_fen > 0)

    update_writable = _update_buttons

    def _refund_selected(self) -> None:
        t = self.selected()
        if t is not None:
            self.refund_requested.emit(t)

    def _on_changed(self, changes: Changes) -> None:
        if self.member_id is not None and (changes.transactions or self.member_id in changes.members):
            self.refresh()
