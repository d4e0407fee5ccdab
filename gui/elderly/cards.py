"""A family member as a large card: name, balance in big figures, who may use the account. A card is a checkable
button (keyboard: Tab to it, Space), so choosing a person is one large click target."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QGridLayout, QWidget

from core.profiles import relation_label
from core.labels import yuan
from gui import theme


class MemberCard(QPushButton):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setObjectName("memberCard")
        self.member_id: int | None = None
        self.name = theme.mark(QLabel(self), "heading")
        self.balance = theme.mark(QLabel(self), "figure")
        self.users = QLabel(self)
        self.users.setWordWrap(True)
        for lab in (self.name, self.balance, self.users):
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Name and balance on one line, who may use the account below: five cards fit a laptop screen's height.
        lay = QGridLayout(self)
        lay.setContentsMargins(14, 6, 14, 6)
        lay.setHorizontalSpacing(16)
        lay.setVerticalSpacing(0)
        lay.addWidget(self.name, 0, 0)
        lay.addWidget(self.balance, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.users, 1, 0, 1, 2)
        lay.setColumnStretch(0, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_member(self, m, bindings) -> None:
        self.member_id = m.id
        self.name.setText(m.name)
        if m.has_account:
            self.balance.setText(yuan(m.balance_fen))
        else:
            self.balance.setText(self.tr("No personal account"))
        users = [b for b in bindings if b.authorizer_id == m.id]
        if users:
            # Names on the card (one line on a laptop screen); with the relations in the tooltip and for screen
            # readers.
            names = self.tr(", ").join(b.user_name for b in users)
            self.users.setText(self.tr("Also used by: {names}").replace("{names}", names))
            self.setToolTip(self.tr("Also used by: {names}").replace("{names}", self.tr(", ").join(
                f"{b.user_name} ({relation_label(b.relation)})" for b in users)))
        else:
            self.users.setText(self.tr("Used only by {name}").replace("{name}", m.name))
            self.setToolTip("")
        self.setAccessibleName(self.tr("{name}, balance {amount}").replace("{name}", m.name).replace(
            "{amount}", self.balance.text()))
        self.balance.setAccessibleName(self.tr("Balance"))
        self.setAccessibleDescription(self.toolTip() or self.users.text())
        self.updateGeometry()

    def sizeHint(self):  # noqa: N802 - Qt API: the labels decide the size, not the (empty) button text
        return self.layout().sizeHint()

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, w: int) -> int:  # noqa: N802 - Qt API
        return self.layout().totalHeightForWidth(w)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())  # the wrapped line decides the height (grids ignore it)
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)
