"""长辈模式's page: the household as large member cards (left), the chosen person's payment order as large rows
with 置顶 / 上移 / 下移 / 置底 (right), and one big Pay button that opens the guided two-step pay.

The page is built once; showing another household or person only fills it in again."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import GongjiError
from core.collection import Collection
from gui import theme
from gui.elderly.cards import MemberCard
from gui.elderly.order_rows import OrderRows
from gui.ops import Runner
from gui.widgets import common

CARD_COLUMNS = 1  # one column up to five people (the demo family); two when there are more


class ElderlyPage(QWidget):
    member_chosen = Signal(int)
    pay_requested = Signal(int)
    #: the order rows (and their move buttons) were made again: an outage's tooltips must be put on them too
    writers_rebuilt = Signal()

    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("elderlyPage")
        self.runner = runner
        self.household_id: int | None = None
        self.member_id: int | None = None
        self.cards: list[MemberCard] = []
        self.people_title = theme.mark(QLabel(self), "heading")
        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(8)
        self.order_title = theme.mark(QLabel(self), "heading")
        self.order_note = QLabel(self)
        self.order_note.setWordWrap(True)
        self.order_rows = OrderRows(self)
        self.order_rows.move_requested.connect(self._move)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        self.pay = QPushButton(self)
        self.pay.setObjectName("bigPay")
        self.pay.setAutoDefault(False)
        self.pay.clicked.connect(lambda: self.member_id is not None and self.pay_requested.emit(self.member_id))
        left = QVBoxLayout()
        left.addWidget(self.people_title)
        left.addLayout(self.cards_grid)
        left.addStretch(1)
        right = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.order_title, 1)
        head.addWidget(self.pay)
        right.addLayout(head)
        right.addWidget(self.order_note)
        right.addWidget(self.order_rows)
        right.addWidget(self.error)
        right.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(10)
        lay.addLayout(left, 5)
        lay.addLayout(right, 6)
        self.retranslate()

    def retranslate(self) -> None:
        self.people_title.setText(self.tr("The family: choose a person"))
        common.name(self.pay, self.tr("Pay a bill"), self.tr("Pay a medical bill for this person, step by step"))
        self.pay.setText(self.tr("Pay a bill"))
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    @property
    def col(self) -> Collection:
        return self.runner.col

    def show_household(self, household_id: int | None, member_id: int | None) -> None:
        """Fill the page for this household and person; skipped when it already shows them and nothing changed
        since (``stale`` is set by the main window when data changes while the page is hidden)."""
        if (household_id, member_id) == (self.household_id, self.member_id) and not self.stale and self.cards:
            return
        if (household_id, member_id) != (self.household_id, self.member_id):
            self.error.hide()  # another household or person: an earlier refusal's message goes
        self.household_id, self.member_id = household_id, member_id
        self.refresh()

    stale = True

    def refresh(self) -> None:
        self.stale = False
        members, bindings = [], []
        if self.household_id is not None:
            try:
                members = self.col.members.list(self.household_id)
                bindings = self.col.bindings.list(self.household_id, include_ended=False)
            except GongjiError as exc:
                self._show_error(str(exc))
        while len(self.cards) < len(members):
            card = MemberCard(self)
            card.clicked.connect(lambda _=False, c=card: self._card_clicked(c))
            self.cards.append(card)
        columns = CARD_COLUMNS if len(members) <= 5 else 2
        for i, card in enumerate(self.cards):
            self.cards_grid.addWidget(card, i // columns, i % columns)
        for i, card in enumerate(self.cards):
            card.setVisible(i < len(members))
            if i < len(members):
                card.set_member(members[i], bindings)
                card.setChecked(members[i].id == self.member_id)
        self._refresh_order()

    def _refresh_order(self) -> None:
        if self.member_id is None:
            self.order_title.setText(self.tr("Payment order"))
            self.order_note.setText(self.tr("Choose a person on the left."))
            self.order_rows.set_order(None, [], False)
            self.pay.setEnabled(False)
            return
        try:
            user = self.col.members.get(self.member_id)
            profile = self.col.households.profile_of(user.household_id)
            entries = self.col.order.list(self.member_id)
        except GongjiError as exc:
            self._show_error(str(exc))
            return
        self.update_writable()
        self.order_title.setText(self.tr("Who pays for {name}, in order").replace("{name}", user.name))
        if not entries:
            note = self.tr("{name} can only use their own account.").replace("{name}", user.name)
        elif profile.reorderable:
            note = self.tr("The account at the top pays first. Use the buttons on a row to move it.")
        else:
            note = self.col.order.locked_reason(profile)
        self.order_note.setText(note)
        self.order_rows.set_order(user, entries, profile.reorderable)
        self.writers_rebuilt.emit()

    def update_writable(self) -> None:
        """Pay and the move buttons, unless the database cannot be reached (gui/desks.py says why)."""
        writable = not self.runner.read_only_reason
        self.pay.setEnabled(writable and self.member_id is not None)
        self.order_rows.setEnabled(writable)

    def _card_clicked(self, card: MemberCard) -> None:
        if card.member_id is None:
            return
        self.member_id = card.member_id
        self.error.hide()  # a new choice: an earlier refusal's message goes (a refresh after a change keeps it)
        for c in self.cards:
            c.setChecked(c is card)
        self._refresh_order()
        self.member_chosen.emit(card.member_id)

    def _move(self, binding_id: int, to_index: int) -> None:
        uid = self.member_id
        if uid is None:
            return
        self.error.hide()
        seen = [e.binding.id for e in self.order_rows.entries]  # the order the person saw (several desks: a
        self.runner.run(lambda g: g.order.move(uid, binding_id, to_index, expected=seen),  # changed one is refused)
                        success=lambda r: self._refresh_order(), failure=self._move_failed)

    def _move_failed(self, exc: Exception) -> None:
        """Say why (another desk changed the order: who and when), then show the order the database really has."""
        self._refresh_order()
        self._show_error(str(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
