"""The chosen person's payment order as a short list of large rows. Row 1 is the person's own account (always
first, no buttons); every shared account has 置顶 / 上移 / 下移 / 置底 (to top / up / down / to bottom) on its own
row, saved at once through core's ``move`` (one undoable step each). No drag is needed for anything."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.labels import yuan
from gui.widgets import common


class OrderRow(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.who = QLabel(self)  # body size, bold: the row's buttons need the width
        f = self.who.font()
        f.setBold(True)
        self.who.setFont(f)
        self.money = QLabel(self)
        self.buttons: dict[str, QPushButton] = {}
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.who)
        text.addWidget(self.money)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 6, 4)
        lay.addLayout(text, 1)
        for key in ("top", "up", "down", "bottom"):
            b = QPushButton(self)
            b.setAutoDefault(False)
            self.buttons[key] = b
            lay.addWidget(b)


class OrderRows(QWidget):
    move_requested = Signal(int, int)  # binding id, new 0-based index among the shared accounts

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[OrderRow] = []
        self.entries: list = []
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(6)
        self.lay.addStretch(1)
        self.setAccessibleName(self.tr("Payment order"))

    def set_order(self, user, entries, movable: bool) -> None:
        self.entries = list(entries)
        want = (1 if user is not None else 0) + len(self.entries)
        while len(self.rows) < want:
            row = OrderRow(self)
            self.lay.insertWidget(len(self.rows), row)
            for key, b in row.buttons.items():
                b.clicked.connect(lambda _=False, r=row, k=key: self._clicked(r, k))
            self.rows.append(row)
        for i, row in enumerate(self.rows):
            row.setVisible(i < want)
        if user is None:
            return
        own = self.rows[0]
        own.who.setText(self.tr("{name}'s own account (always first)").replace("{name}", user.name))
        own.money.setText(self.tr("Balance {amount}").replace("{amount}", yuan(user.balance_fen))
                          if user.has_account else self.tr("No personal account"))
        for b in own.buttons.values():
            b.hide()
        n = len(self.entries)
        for k, e in enumerate(self.entries):
            row = self.rows[k + 1]
            row.binding_id = e.binding.id
            row.index = k
            row.who.setText(self.tr("No. {n}: {name}'s account").replace("{n}", str(k + 1)).replace(
                "{name}", e.binding.authorizer_name))
            row.money.setText(self.tr("Can pay {amount}").replace("{amount}", yuan(e.usable_fen)))
            row.setAccessibleName(row.who.text() + ", " + row.money.text())
            texts = {"top": (self.tr("Top"), self.tr("Make {name}'s account pay first")),
                     "up": (self.tr("Up"), self.tr("Move {name}'s account up one place")),
                     "down": (self.tr("Down"), self.tr("Move {name}'s account down one place")),
                     "bottom": (self.tr("Bottom"), self.tr("Make {name}'s account pay last"))}
            for key, b in row.buttons.items():
                label, tip = texts[key]
                tip = tip.replace("{name}", e.binding.authorizer_name)
                b.setText(label)
                common.name(b, tip, tip)
                b.setVisible(movable)
                b.setEnabled(movable and (k > 0 if key in ("top", "up") else k < n - 1))

    def _clicked(self, row: OrderRow, key: str) -> None:
        n = len(self.entries)
        to = {"top": 0, "up": row.index - 1, "down": row.index + 1, "bottom": n - 1}[key]
        if 0 <= to < n and to != row.index:
            self.move_requested.emit(row.binding_id, to)

    def all_rows_visible(self) -> bool:
        """Every row wholly on screen (nothing clipped, nothing to scroll to)."""
        shown = [r for r in self.rows if not r.isHidden()]
        return bool(shown) and all(r.visibleRegion().boundingRect() == r.rect() for r in shown)
