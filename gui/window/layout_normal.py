"""The normal (administrator's) layout of the main window: region rules beside the tabs, the members table with
its buttons, pending confirmations, and below them the payment order and the recent payments.

Columns re-fit (gui.widgets.fit) when the data, the language, the mode or the size changes: names, amounts and
dates are never cut; the lists of names (who uses / shares whose account) wrap instead.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from gui import theme
from gui.models.members import MembersModel
from gui.widgets import common, fit
from gui.widgets.order_panel import OrderPanel
from gui.widgets.payments_panel import PaymentsPanel
from gui.widgets.pending_panel import PendingPanel


def _t(text: str) -> str:  # the main window's texts: context "MainWindow", shared by its mixins
    return QCoreApplication.translate("MainWindow", text)


class _CornerFrame(QFrame):
    """The region-rules line beside the tabs: QTabWidget gives a corner widget its size hint, so the hint is the
    width the main window has left for it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._width = 0

    def set_width(self, width: int) -> None:
        if width != self._width:
            self._width = width
            self.updateGeometry()

    def sizeHint(self):  # noqa: N802 - Qt API
        s = super().sizeHint()
        if self._width:
            s.setWidth(self._width)
        return s


class _FittedSplitter(QSplitter):
    """A splitter that shares its size out again (``fit``) whenever it is resized: at once, inside the layout that
    resized it, so that its panes' columns are fitted once, to their final size, at start-up (they were fitted to
    the first layout's sizes, then again after the splitters were set: issue #11)."""

    def __init__(self, orientation, parent: QWidget, fit):
        super().__init__(orientation, parent)
        self.fit = fit

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit()


class NormalLayoutMixin:
    """Mixed into MainWindow: builds and fits the normal layout's setup tab."""

    def _make_setup_tab(self, w: QWidget) -> None:
        """Builds the setup tab's children in ``w`` (already in the tab widget: see MainWindow.__init__)."""
        # Region rules: the name and a short payment-order line right of the tabs; the full description is shown
        # above the members by the "Show details" toggle (keyboard: Alt+L, or Tab to it and Space).
        self.profile_frame = _CornerFrame(self.tabs)  # the tab widget's corner
        self.profile_frame.setObjectName("regionRules")
        self.profile_name = QLabel(self.profile_frame)
        f = self.profile_name.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.profile_name.setFont(f)
        self.profile_summary = common.ElidedLabel("", self.profile_frame)
        self.profile_details = QPushButton(self.profile_frame)
        self.profile_details.setCheckable(True)
        self.profile_details.setAutoDefault(False)
        self.profile_details.toggled.connect(self._show_profile_details)
        head = QHBoxLayout(self.profile_frame)
        head.setContentsMargins(16, 0, 0, 0)
        head.addWidget(self.profile_name)
        head.addSpacing(12)
        head.addWidget(self.profile_summary, 1)
        head.addWidget(self.profile_details)
        self.profile_text = QLabel(w)
        self.profile_text.setWordWrap(True)
        self.profile_text.setFrameShape(QFrame.Shape.StyledPanel)
        self.profile_text.setMargin(6)
        self.profile_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.profile_text.hide()

        # until the person moves a divider, the splitters share out their size themselves (_fit_split, _halve_bottom)
        self._split_moved_by_user = False
        self._bottom_moved_by_user = False  # the person's own division of the width stays, through any resize
        split = _FittedSplitter(Qt.Orientation.Vertical, w, self._fit_split)
        top = QWidget(split)
        self.members_model = MembersModel(self)
        self.members_view = QTableView(top)
        self.members_view.setHorizontalHeader(fit.WrappingHeader(self.members_view))  # (English at 1280 px)
        self.members_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside (no keyboard trap)
        self.members_view.setModel(self.members_model)
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_view.setAlternatingRowColors(True)
        self.members_view.verticalHeader().hide()
        self.members_view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        theme.min_row_height(self.members_view)
        self.members_view.selectionModel().currentRowChanged.connect(self._member_chosen)
        fit.auto_fit(self.members_view, self._resize_member_columns)
        # The buttons stand in a column right of the table; the table's accessible name and titles say what it is.
        members_buttons = QVBoxLayout()
        members_buttons.setSpacing(4)
        self.member_buttons = []
        for a in (self.act_add_member, self.act_bind, self.act_unbind, self.act_reveal):
            b = QPushButton(top)
            b.setAutoDefault(False)
            b.clicked.connect(a.trigger)
            # the button is the action: disabled with it, and its tooltip (which says why, e.g. in an outage)
            a.changed.connect(lambda b=b, a=a: (b.setEnabled(a.isEnabled()), b.setToolTip(a.toolTip())))
            b.setEnabled(a.isEnabled())
            members_buttons.addWidget(b)
            self.member_buttons.append((b, a))
        members_buttons.addStretch(1)
        self.pending = PendingPanel(self.runner, top)

        bottom = _FittedSplitter(Qt.Orientation.Horizontal, split, self._halve_bottom)
        self.order_panel = OrderPanel(self.runner, bottom)
        self.payments_panel = PaymentsPanel(self.runner, bottom)
        self.payments_panel.pay_requested.connect(self.pay)
        self.payments_panel.refund_requested.connect(self.refund)
        bottom.addWidget(self.order_panel)
        bottom.addWidget(self.payments_panel)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        bottom.setChildrenCollapsible(False)
        self.bottom_split = bottom

        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(4)
        members_row = QHBoxLayout()
        members_row.addWidget(self.members_view, 1)
        members_row.addLayout(members_buttons)
        tl.addLayout(members_row, 1)
        tl.addWidget(self.pending)
        self.members_pane = top
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.split = split
        split.splitterMoved.connect(self._split_moved)
        bottom.splitterMoved.connect(lambda *_a: setattr(self, "_bottom_moved_by_user", True))
        lay = QVBoxLayout(w)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        lay.addWidget(self.profile_text)
        lay.addWidget(split, 1)

    def _translate_normal(self) -> None:
        self.profile_name.setAccessibleName(_t("Region rules"))
        self.profile_summary.setAccessibleName(_t("Payment order in short"))
        common.name(self.profile_details, _t("Details of the region rules"),
                    _t("Show or hide the full description of the region rules"))
        self.profile_details.setText(_t("Hide detai&ls") if self.profile_details.isChecked()
                                     else _t("Show detai&ls"))
        self.profile_text.setAccessibleName(_t("What the region rules say"))
        self.members_view.setAccessibleName(_t("Family members"))
        for b, a in self.member_buttons:
            b.setText(a.text())
            common.name(b, a.iconText() or a.text().replace("&", "").replace("\u2026", ""), a.toolTip())
        self.bottom_split.setAccessibleName(_t("Payment order and recent payments"))
        self.split.setAccessibleName(_t("Members and payment order"))

    def _show_profile_details(self, shown: bool) -> None:
        if shown:
            self.tabs.setCurrentWidget(self.setup_tab)
        self.profile_text.setVisible(shown)
        self.profile_details.setText(_t("Hide detai&ls") if shown else _t("Show detai&ls"))
        self._fit_split()

    def _split_moved(self, *_args) -> None:
        self._split_moved_by_user = True

    def _members_height(self) -> int:
        """The height the members pane needs to show every member (at most 8) without scrolling."""
        mv = self.members_view
        n = min(self.members_model.rowCount(), 8)
        rows = sum(mv.rowHeight(r) for r in range(n)) if n else mv.verticalHeader().defaultSectionSize()
        table = mv.horizontalHeader().sizeHint().height() + rows + 2 * mv.frameWidth()
        if self.pending.isVisible():
            table += self.pending.sizeHint().height() + self.members_pane.layout().spacing()
        return max(table, self.members_pane.layout().minimumSize().height()) + 2

    def _order_height(self) -> int:
        """The height the payment-order panel needs to show every entry without scrolling."""
        p = self.order_panel
        v = p.view
        rows = sum(v.sizeHintForRow(r) + 2 * v.spacing() for r in range(p.model.rowCount()))
        return p.layout().sizeHint().height() - v.sizeHint().height() + rows + 2 * v.frameWidth() + 4

    def _fit_split(self) -> None:
        """Members table as high as its rows, the payment order below it as high as its entries; when both do not
        fit, the payment order comes first (its entries must all be visible), until the user moves the splitter."""
        if getattr(self, "split", None) is None or self._split_moved_by_user:
            return
        total = sum(self.split.sizes())
        if total <= 0:
            return
        bottom = max(self._order_height(), int(total * 0.4))
        top = max(min(self._members_height(), total - bottom), self.members_pane.minimumSizeHint().height())
        self.split.setSizes([top, total - top])
        self._halve_bottom()

    def _halve_bottom(self) -> None:
        """Payment order and recent payments: half the width each (until the user moves a splitter)."""
        sizes = self.bottom_split.sizes()
        across = sum(sizes)
        halves = [across // 2, across - across // 2]
        moved = self._split_moved_by_user or self._bottom_moved_by_user
        if across > 0 and not moved and sizes != halves:
            self.bottom_split.setSizes(halves)

    def _fit_corner(self) -> None:
        """The region-rules line takes all the tab bar's free width (a corner widget only gets its size hint)."""
        free = self.tabs.width() - self.tabs.tabBar().sizeHint().width() - 8
        self.profile_frame.set_width(max(free, self.profile_frame.minimumSizeHint().width()))

    def _resize_member_columns(self) -> None:
        m = self.members_model
        kinds = [m.column_kind(c) for c in range(m.columnCount())]
        wrapping = [c for c, k in enumerate(kinds) if k in (MembersModel.USES, MembersModel.SHARES)]
        fixed = [c for c in range(len(kinds)) if c not in wrapping]
        fit.fit_wrapping(self.members_view, fixed, wrapping)
        self._fit_split()
