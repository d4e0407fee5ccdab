"""Recent payments (and refunds) of one member: a small table for the main window. Widget-free.

Sign convention, the same in 最近的支付, the history tab and the detail pane (issue #10): amounts are shown from
the accounts' side — a payment takes money out of the accounts, so it is shown with a minus sign (``-¥356.80``);
a refund (or a contribution) puts money back, so it is shown with a plus sign (``+¥100.00``). The row also says
in words what it is (门诊 / 退费：门诊), so nothing depends on the sign or the colour alone. ``signed()`` is the
one place that applies it.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from core.labels import expense_label, minute_text, yuan

from core.views import TxnView
from gui.theme import figure_font_for

#: Role returning the row's TxnView.
TxnRole = Qt.ItemDataRole.UserRole + 1


_DISPLAY, _ALIGN, _TIP, _TXN = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole),
                                int(Qt.ItemDataRole.ToolTipRole), int(TxnRole))
_FONT = int(Qt.ItemDataRole.FontRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _t(text: str) -> str:
    return QCoreApplication.translate("PaymentsModel", text)


#: Between a sign and its figure: Unicode lets a line break after ``-`` or ``+`` before ``¥``, and a wrapping cell
#: ("张伟 -" / "¥7.60") then read as a sign alone and an amount without one. The word joiner is invisible and has
#: no width; a cell breaks between the name and the amount instead (tests/gui/test_screen_fit.py split_amounts).
NO_BREAK = "\u2060"


def signed(kind: str, fen: int) -> str:
    """``-¥10.00`` for money out of the accounts (a payment), ``+¥10.00`` for money back (a refund, a
    contribution); zero has no sign. The sign is joined to the figure (``NO_BREAK``): a line never breaks there."""
    if not fen:
        return yuan(0)
    return ("+" if kind in ("refund", "credit") else "-") + NO_BREAK + yuan(abs(fen))


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
        #: (row, column) → the shown text, made once per row (a repaint asks each cell several times); emptied when
        #: rows move and on a language switch (retranslate).
        self._texts: dict[tuple[int, int], str] = {}

    def set_transactions(self, rows: list[TxnView], *, in_place: bool = True) -> None:
        """Show ``rows`` (newest first). When the rows shown before are still there in the same order (a payment or
        a refund added rows, an undo removed some, a refund changed a payment's refunded amount), the model is
        updated in place — rows inserted, removed, changed — instead of being reset: a reset makes the view forget
        its row heights, selection and scroll position and re-lay-out and repaint the whole table (issue #11).
        ``in_place=False`` (another member shown): reset."""
        new = [t for t in rows if t.kind in ("payment", "refund")]
        old_ids, new_ids = [t.id for t in self._rows], [t.id for t in new]
        keep = set(old_ids) & set(new_ids)
        moved = [i for i in old_ids if i in keep] != [i for i in new_ids if i in keep]
        if not in_place or not keep or moved or len(old_ids) + len(new_ids) - 2 * len(keep) > 10:
            self.beginResetModel()  # another member, rows that moved, many new rows: start again
            self._rows, self._texts = new, {}
            self.endResetModel()
            return
        self._texts = {}  # rows shift: the cached texts are by row
        for row in range(len(self._rows) - 1, -1, -1):  # removed rows, from the bottom up
            if self._rows[row].id not in keep:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        by_id = {t.id: t for t in new}
        for row, t in enumerate(new):  # added rows, in their places
            if t.id not in keep:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, t)
                self.endInsertRows()
        for row, t in enumerate(self._rows):  # rows whose contents changed (a payment's refunded amount)
            fresh = by_id[t.id]
            if fresh != t:
                self._rows[row] = fresh
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def retranslate(self) -> None:
        """The texts again in the current language (a language switch), without resetting the rows."""
        self._texts = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

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
        # asked for every role of every shown cell at each paint: the common case (display) first, plain ints
        role = int(role)
        row, c = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        if role == _DISPLAY:
            return self.display_text(row, c)
        if role == _ALIGN:
            return _RIGHT if c in (self.AMOUNT, self.REFUNDED) else None
        if role == _FONT:  # amounts are key figures (Qt's own delegate applies the font: no Python per cell)
            return figure_font_for(self.display_text(row, c)) if c in (self.AMOUNT, self.REFUNDED) else None
        if role == _TIP:
            return self.data(index) if c in (self.KIND, self.COVERED) else None  # the whole text when cut off
        if role == _TXN:
            return self._rows[row]
        return None

    def display_text(self, row: int, c: int) -> str:
        """The cell's DisplayRole text, as a plain call (gui.widgets.fit asks for every cell)."""
        key = (row, c)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._text(self._rows[row], c)
        return text

    def _text(self, t: TxnView, c: int) -> str:
        if c == self.WHEN:
            return minute_text(t.occurred_at)
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
