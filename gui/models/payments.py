"""Recent payments (and refunds) of one member: a small table for the main window. Widget-free.

Sign convention, the same in 最近的支付, the history tab and the detail pane (issue #10): amounts are shown from
the accounts' side — a payment takes money out of the accounts, so it is shown with a minus sign (``-¥356.80``);
a refund (or a contribution) puts money back, so it is shown with a plus sign (``+¥100.00``). The row also says
in words what it is (门诊 / 退费：门诊), so nothing depends on the sign or the colour alone. ``signed()`` is the
one place that applies it.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from core.labels import expense_label, yuan

#: Role returning the row's TxnView.
from core.views import TxnView

#: Role returning the row's TxnView.
TxnRole = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("PaymentsModel", text)


def signed(kind: str, fen: int) -> str:
    """``-¥10.00`` for money out of the accounts (a payment), ``+¥10.00`` for money back (a refund, a
    contribution); zero has no sign."""
    if not fen:
        return yuan(0)
    return ("+" if kind in ("refund", "credit") else "-") + yuan(abs(fen))


def covered_text(t: TxnView) -> str:
    """'own -¥10.00, 张伟 -¥5.00, out of pocket ¥1.00' — how a payment was covered; for a refund, what went back
    to which account (+)."""
    parts = []
    for sp in t.splits:
        who = _t("own account") if sp.own else sp.member_name
        parts.append(f"{who} {signed(t.kind, sp.amount_fen)}")
    if t.out_of_pocket_fen:
        parts.append(_t("out of pocket {amount}").replace("{amount}", yuan(t.out_of_pocket_fen)))
    return ", ".join(parts)


class PaymentsModel(QAbstractTableModel):
    WHEN, KIND, AMOUNT, COVERED, REFUNDED = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[TxnView] = []
        self._texts: dict[tuple[int, int], str] = {}  # (row, column) -> display text; painting asks many times

    def set_transactions(self, rows: list[TxnView]) -> None:
        self.beginResetModel()
        self._rows = [t for t in rows if t.kind in ("payment", "refund")]
        self._texts = {}  # (a language switch refreshes through here too)
        self.endResetModel()

    def txn_at(self, row: int) -> TxnView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def ids(self) -> set[int]:
        return {t.id for t in self._rows}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return [_t("Date"), _t("What"), _t("Amount"), _t("Paid by"), _t("Refunded")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        c = index.column()
        if role == TxnRole:
            return t
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.row(), c)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._display(t, c)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (self.AMOUNT, self.REFUNDED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and c in (self.KIND, self.COVERED):
            return self.data(index, Qt.ItemDataRole.DisplayRole)  # the whole text when the cell is cut off
        return None

    def _display(self, t: TxnView, c: int) -> str:
        if c == self.WHEN:
            return t.occurred_at.strftime("%Y-%m-%d %H:%M")
        if c == self.KIND:
            kind = expense_label(t.expense_kind) if t.expense_kind else ""
            return kind if t.kind == "payment" else _t("refund: {kind}").replace("{kind}", kind)
        if c == self.AMOUNT:
            return signed(t.kind, t.amount_fen)
        if c == self.COVERED:
            text = covered_text(t)
            return text if t.kind == "payment" else _t("back to {accounts}").replace("{accounts}", text)
        if c == self.REFUNDED:
            return yuan(t.refunded_fen) if t.kind == "payment" and t.refunded_fen else ""
        return ""
