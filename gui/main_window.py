"""The main window: household selector, region rules in plain words, members with bindings at a glance,
the selected member's payment order and recent payments, pending confirmations, Undo/Redo.

Every change goes through :class:`gui.ops.Runner`; the views refresh on ``runner.changed`` for what they show.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMainWindow, QProgressBar,
                               QPushButton, QSplitter, QTableView, QTabWidget, QToolBar, QToolButton, QVBoxLayout,
                               QWidget)

from core.errors import GongjiError
from core.profiles import builtin_profiles, order_label
from core.collection import Collection
from core.views import Changes, TxnView
from gui.dialogs.bind import BindDialog
from gui.dialogs.member import ERROR_STYLE, MemberDialog
from gui.dialogs.pay import PayDialog, RefundDialog
from gui.dialogs.unbind import UnbindDialog
from gui.models.members import MembersModel
from gui.ops import Runner
from gui.widgets import common
from gui.widgets.order_panel import OrderPanel
from gui.widgets.payments_panel import PaymentsPanel
from gui.widgets.pending_panel import PendingPanel


class NewHouseholdDialog(QDialog):
    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New household"))
        self.setAccessibleName(self.tr("New household"))
        self.name = common.name(QLineEdit(self), self.tr("Household name"))
        self.profile = common.name(QComboBox(self), self.tr("Region rules"),
                                   self.tr("The region whose pooling rules apply to this household"))
        for p in builtin_profiles().values():
            self.profile.addItem(p.display_name(), p.id)
        i = self.profile.findData("national")
        self.profile.setCurrentIndex(max(i, 0))
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Region rules:"), self.profile)
        self.buttons = QDialogButtonBox(self)
        self.ok = common.name(self.buttons.addButton(self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole),
                              self.tr("Create"))
        common.name(self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.about)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        common.fit_on_show(self)
        self.profile.currentIndexChanged.connect(self._describe)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._describe()

    def _describe(self) -> None:
        p = builtin_profiles().get(self.profile.currentData())
        self.about.setText(p.display_description() if p else "")

    def _save(self) -> None:
        name, pid = self.name.text(), self.profile.currentData()
        self.runner.run(lambda g: g.households.create(name, pid), success=self._saved,
                        failure=lambda exc: self.error.setText(str(exc)))

    def _saved(self, result) -> None:
        self.created_id = result.value.id
        self.accept()


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


class MainWindow(QMainWindow):
    def __init__(self, runner: Runner, household_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.household_id: int | None = None
        self._bindings: list = []
        self.setWindowTitle(self.tr("Family pooling helper"))
        self.setAccessibleName(self.tr("Family pooling helper"))
        self._initial_size()

        self._make_actions()
        self._make_toolbar()
        self._make_menus()

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Sections"))
        self.setup_tab = self._make_setup_tab()
        self.tabs.addTab(self.setup_tab, self.tr("Household and poolin&g"))
        # --- tabs added by other modules ---
        from gui.history import HistoryView
        self.history = HistoryView(self.runner, self)
        self.tabs.addTab(self.history, self.tr("His&tory"))
        self.tabs.setCornerWidget(self.profile_frame, Qt.Corner.TopRightCorner)
        self.profile_frame.show()
        self.setCentralWidget(self.tabs)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().setAccessibleName(self.tr("Status"))
        location = runner.col.db.display_location()
        self.db_label = QLabel(self.tr("Data: {where}").replace("{where}", location), self)
        self.db_label.setAccessibleName(self.tr("Where the data is stored"))
        self.statusBar().addPermanentWidget(self.db_label)

        runner.changed.connect(self._on_changed)
        runner.message.connect(lambda text: self.statusBar().showMessage(text))  # no time limit (适老化)
        runner.busy.connect(self._on_busy)
        self.reload_households(household_id)
        self._update_undo()

    # ------------------------------------------------------------------ building

    def _initial_size(self) -> None:
        """1280×700 fits a 1366×768 screen; 长辈模式 (which shows the window maximized) wants 1920×1000, the
        working area of a 1920×1080 screen. Never larger than the screen's working area."""
        from gui import theme
        w, h = (1920, 1000) if theme.is_elderly() else (1280, 700)
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry()
            if avail.width() >= 1024 and avail.height() >= 700:  # a real screen (offscreen reports 800×600)
                w, h = min(w, avail.width()), min(h, avail.height())
        self.resize(w, h)

    def _action(self, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setToolTip(tip)
            a.setStatusTip(tip)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    def _make_actions(self) -> None:
        self.act_new_household = self._action(self.tr("New &household\u2026"), self.new_household, None,
                                              self.tr("Create another household"))
        self.act_add_member = self._action(self.tr("&Add member\u2026"), self.add_member, "Ctrl+N",
                                           self.tr("Add a family member to this household"))
        self.act_bind = self._action(self.tr("&Bind\u2026"), self.bind, "Ctrl+B",
                                     self.tr("Let one person pay with another's personal account"))
        self.act_unbind = self._action(self.tr("E&nd binding\u2026"), self.unbind, "Ctrl+E",
                                       self.tr("End a binding (the history is kept)"))
        self.act_pay = self._action(self.tr("&Pay\u2026"), self.pay, "Ctrl+P",
                                    self.tr("Record a medical bill, with a preview of who pays what"))
        self.act_reveal = self._action(self.tr("Show full &ID"), self.toggle_reveal, "Ctrl+I",
                                       self.tr("Show or hide the selected member's full ID number (showing it is "
                                               "logged)"))
        self.act_undo = self._action(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(self.tr("&Redo"), self.redo, "Ctrl+Shift+Z")
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

    def _make_toolbar(self) -> None:
        tb = QToolBar(self.tr("Main toolbar"), self)
        tb.setObjectName("mainToolbar")
        tb.setAccessibleName(self.tr("Main toolbar"))
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(tb)
        lab = QLabel(self.tr("Hou&sehold:"), self)
        self.household_combo = common.name(QComboBox(self), self.tr("Household"),
                                           self.tr("Choose which household to show"))
        self.household_combo.setMinimumWidth(240)
        self.household_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        lab.setBuddy(self.household_combo)
        tb.addWidget(lab)
        tb.addWidget(self.household_combo)
        tb.addSeparator()
        # "Show full ID number" stays in the menu and under the members table: the toolbar must fit (a demo adds a
        # button) without hiding the last buttons behind the overflow arrow.
        for a in (self.act_add_member, self.act_bind, self.act_unbind, self.act_pay):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.act_undo)
        tb.addAction(self.act_redo)
        for a in tb.actions():
            w = tb.widgetForAction(a)
            if w is not None and not w.accessibleName():
                w.setAccessibleName(a.text().replace("&", "").replace("\u2026", ""))
        ext = tb.findChild(QToolButton, "qt_toolbar_ext_button")
        if ext is not None:
            ext.setAccessibleName(self.tr("More toolbar buttons"))
        self.toolbar = tb
        self.household_combo.currentIndexChanged.connect(self._household_chosen)

    def _make_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu(self.tr("&File"))
        m.addAction(self.act_new_household)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = mb.addMenu(self.tr("&Edit"))
        m.addAction(self.act_undo)
        m.addAction(self.act_redo)
        m = mb.addMenu(self.tr("H&ousehold"))
        for a in (self.act_add_member, self.act_bind, self.act_unbind, self.act_pay, self.act_reveal):
            m.addAction(a)
        mb.setAccessibleName(self.tr("Menu bar"))
        ext = mb.findChild(QToolButton, "qt_menubar_ext_button")
        if ext is not None:
            ext.setAccessibleName(self.tr("More menus"))

    def _make_setup_tab(self) -> QWidget:
        w = QWidget(self)
        # Region rules: the name and the payment order in ONE line, right of the tabs (the tab bar's free space;
        # a row of its own cost the payment order list an entry in 长辈模式). The line is cut off with "…" and
        # its tooltip has the whole text when the window is narrow; the profile's full description is shown
        # above the members by the "Show details" toggle (keyboard: Alt+L, or Tab to it and Space).
        self.profile_frame = _CornerFrame(self)
        self.profile_frame.setObjectName("regionRules")
        self.profile_name = QLabel(self.profile_frame)
        self.profile_name.setAccessibleName(self.tr("Region rules"))
        f = self.profile_name.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.profile_name.setFont(f)
        self.profile_summary = common.ElidedLabel("", self.profile_frame)
        self.profile_summary.setAccessibleName(self.tr("Payment order in short"))
        self.profile_details = common.name(QPushButton(self.tr("Show detai&ls"), self.profile_frame),
                                           self.tr("Details of the region rules"),
                                           self.tr("Show or hide the full description of the region rules"))
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
        self.profile_text.setAccessibleName(self.tr("What the region rules say"))
        self.profile_text.hide()

        self.members_model = MembersModel(self)
        self.members_view = QTableView(w)
        self.members_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside (no keyboard trap)
        self.members_view.setModel(self.members_model)
        self.members_view.setAccessibleName(self.tr("Family members"))
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_view.setAlternatingRowColors(True)
        self.members_view.verticalHeader().hide()
        self.members_view.horizontalHeader().setStretchLastSection(True)
        self.members_view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        self.members_view.selectionModel().currentRowChanged.connect(self._member_chosen)
        # The buttons stand in a column right of the table (a row of their own cost the table a member in
        # 长辈模式); the table's accessible name and column titles say what it is.
        members_buttons = QVBoxLayout()
        members_buttons.setSpacing(4)
        for a in (self.act_add_member, self.act_bind, self.act_unbind, self.act_reveal):
            b = QPushButton(a.text(), w)
            common.name(b, a.text().replace("&", "").replace("\u2026", ""), a.toolTip())
            b.setAutoDefault(False)
            b.clicked.connect(a.trigger)
            members_buttons.addWidget(b)
        members_buttons.addStretch(1)
        self.pending = PendingPanel(self.runner, w)

        self.order_panel = OrderPanel(self.runner, w)
        self.payments_panel = PaymentsPanel(self.runner, w)
        self.payments_panel.pay_requested.connect(self.pay)
        self.payments_panel.refund_requested.connect(self.refund)
        bottom = QSplitter(Qt.Orientation.Horizontal, w)
        bottom.setAccessibleName(self.tr("Payment order and recent payments"))
        bottom.addWidget(self.order_panel)
        bottom.addWidget(self.payments_panel)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        bottom.setChildrenCollapsible(False)
        self.bottom_split = bottom

        top = QWidget(w)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.setSpacing(4)
        members_row = QHBoxLayout()
        members_row.addWidget(self.members_view, 1)
        members_row.addLayout(members_buttons)
        tl.addLayout(members_row, 1)
        tl.addWidget(self.pending)
        self.members_pane = top
        split = QSplitter(Qt.Orientation.Vertical, w)
        split.setAccessibleName(self.tr("Members and payment order"))
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.split = split
        self._split_moved_by_user = False
        split.splitterMoved.connect(self._split_moved)
        lay = QVBoxLayout(w)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        lay.addWidget(self.profile_text)
        lay.addWidget(split, 1)
        return w

    def _show_profile_details(self, shown: bool) -> None:
        if shown:
            self.tabs.setCurrentWidget(self.setup_tab)
        self.profile_text.setVisible(shown)
        self.profile_details.setText(self.tr("Hide detai&ls") if shown else self.tr("Show detai&ls"))
        self._fit_split()

    def _split_moved(self, *_args) -> None:
        self._split_moved_by_user = True

    def _members_height(self) -> int:
        """The height the members pane needs to show every member (at most 8) without scrolling."""
        mv = self.members_view
        rows = min(max(self.members_model.rowCount(), 1), 8)
        row_h = mv.verticalHeader().defaultSectionSize()
        if self.members_model.rowCount():
            row_h = max(row_h, mv.rowHeight(0))
        table = mv.horizontalHeader().sizeHint().height() + rows * row_h + 2 * mv.frameWidth()
        if mv.horizontalScrollBar().isVisible():
            table += mv.horizontalScrollBar().height()
        if self.pending.isVisible():
            table += self.pending.sizeHint().height() + self.members_pane.layout().spacing()
        return max(table, self.members_pane.layout().minimumSize().height()) + 2

    def _fit_split(self) -> None:
        """Give the members table the height for all its rows and the payment order / recent payments the rest
        (the lower pane keeps at least 45 %), until the user moves the splitter."""
        if getattr(self, "split", None) is None or self._split_moved_by_user:
            return
        total = sum(self.split.sizes())
        if total <= 0:
            return
        top = min(self._members_height(), int(total * 0.55))
        self.split.setSizes([top, total - top])
        across = sum(self.bottom_split.sizes())
        if across > 0:  # payment order and recent payments: half each
            self.bottom_split.setSizes([across // 2, across - across // 2])

    def _fit_corner(self) -> None:
        """The region-rules line takes all the tab bar's free width (a corner widget only gets its size hint)."""
        free = self.tabs.width() - self.tabs.tabBar().sizeHint().width() - 8
        self.profile_frame.set_width(max(free, self.profile_frame.minimumSizeHint().width()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_corner()
        self._fit_split()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_corner)  # with the window as context: skipped once it is deleted
        QTimer.singleShot(0, self, self._fit_split)

    # ------------------------------------------------------------------ state

    @property
    def col(self) -> Collection:
        return self.runner.col

    def reload_households(self, select: int | None = None) -> None:
        keep = select if select is not None else self.household_id
        self.household_combo.blockSignals(True)
        self.household_combo.clear()
        try:
            households = self.col.households.list()
        except GongjiError as exc:
            households = []
            self.statusBar().showMessage(str(exc))
        for h in households:
            # The name only: the region rules are spelled out under the tabs (the full text was cut off here).
            self.household_combo.addItem(h.name, h.id)
            self.household_combo.setItemData(self.household_combo.count() - 1, h.profile.display_name(),
                                             Qt.ItemDataRole.ToolTipRole)
        i = self.household_combo.findData(keep) if keep is not None else -1
        self.household_combo.setCurrentIndex(i if i >= 0 else (0 if households else -1))
        self.household_combo.blockSignals(False)
        self.set_household(self.household_combo.currentData())

    def _household_chosen(self, _index: int) -> None:
        self.set_household(self.household_combo.currentData())

    def set_household(self, household_id: int | None) -> None:
        self.household_id = household_id
        has = household_id is not None
        for a in (self.act_add_member, self.act_bind, self.act_unbind, self.act_pay, self.act_reveal):
            a.setEnabled(has)
        self.refresh_household()
        if has and self.members_model.rowCount():
            self.select_member(self._default_member())
        else:
            self._member_chosen()
        self.pending.set_household(household_id)
        self.history.set_household(household_id)

    def _default_member(self) -> int:
        """The member who can use the most accounts (the most interesting payment order), else the first."""
        counts: dict[int, int] = {}
        for b in self._bindings:
            counts[b.user_id] = counts.get(b.user_id, 0) + 1
        first = self.members_model.member_at(0).id
        return max(counts, key=lambda k: (counts[k], -k)) if counts else first

    def refresh_household(self) -> None:
        if self.household_id is None:
            self.profile_name.setText(self.tr("No household yet"))
            self.profile_summary.setText(self.tr("Use File \u2192 New household to start."))
            self.profile_summary.setBaseToolTip("")
            self.profile_text.setText(self.profile_summary.text())
            self.profile_details.setEnabled(False)
            self.members_model.set_household([], [], None)
            return
        keep = self.selected_member_id()
        try:
            h = self.col.households.get(self.household_id)
            members = self.col.members.list(self.household_id)
            bindings = self.col.bindings.list(self.household_id, include_ended=False)
        except GongjiError as exc:
            self.statusBar().showMessage(str(exc))
            return
        p = h.profile
        self.profile_name.setText(self.tr("Region rules: {name}").replace("{name}", p.display_name()))
        # One sentence on who pays first (one line, always shown), then the profile's own description (Details).
        order = self.tr("Payment order: the user's own account first; then the shared accounts "
                        "({order}).").replace("{order}", order_label(p.order))
        self.profile_summary.setText(order)
        self.profile_summary.setBaseToolTip(p.display_description())
        self.profile_text.setText(order + "\n" + p.display_description())
        self.profile_details.setEnabled(True)
        self._bindings = bindings
        self.members_model.set_household(members, bindings, p)
        self._resize_member_columns()
        if keep is not None:
            self.select_member(keep)
        self._fit_split()

    def _resize_member_columns(self) -> None:
        hh = self.members_view.horizontalHeader()
        hh.resizeSections(QHeaderView.ResizeMode.ResizeToContents)

    def selected_member_id(self) -> int | None:
        idx = self.members_view.currentIndex()
        m = self.members_model.member_at(idx.row()) if idx.isValid() else None
        return m.id if m else None

    def select_member(self, member_id: int) -> None:
        row = self.members_model.row_of(member_id)
        if row >= 0:
            self.members_view.selectionModel().setCurrentIndex(
                self.members_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _member_chosen(self, *_args) -> None:
        mid = self.selected_member_id()
        if mid != self.order_panel.user_id:
            self.order_panel.set_user(mid)
        if mid != self.payments_panel.member_id or self.household_id != self.payments_panel.household_id:
            self.payments_panel.set_member(self.household_id, mid)
        self.act_reveal.setText(self.tr("Hide full &ID") if mid is not None and self.members_model.is_revealed(mid)
                                else self.tr("Show full &ID"))

    def _on_changed(self, changes: Changes) -> None:
        if changes.households:
            self.reload_households()
        elif self.household_id is not None and (
                changes.members or changes.bindings or changes.balances & self.members_model.member_ids()):
            self.refresh_household()
        self._update_undo()

    def _on_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _update_undo(self) -> None:
        g = self.col
        self.act_undo.setEnabled(g.undo.can_undo)
        self.act_redo.setEnabled(g.undo.can_redo)
        self.act_undo.setText(self.tr("&Undo: {what}").replace("{what}", g.undo.undo_label) if g.undo.can_undo
                              else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo: {what}").replace("{what}", g.undo.redo_label) if g.undo.can_redo
                              else self.tr("&Redo"))
        self.act_undo.setToolTip(self.act_undo.text().replace("&", "") + " (Ctrl+Z)")
        self.act_redo.setToolTip(self.act_redo.text().replace("&", "") + " (Ctrl+Shift+Z)")

    # ------------------------------------------------------------------ actions

    def new_household(self) -> None:
        dlg = NewHouseholdDialog(self.runner, self)
        if dlg.exec() and dlg.created_id is not None:
            self.reload_households(dlg.created_id)

    def add_member(self) -> None:
        if self.household_id is None:
            return
        dlg = MemberDialog(self.runner, self.household_id, self)
        if dlg.exec() and dlg.created_id is not None:
            self.select_member(dlg.created_id)

    def bind(self) -> None:
        if self.household_id is None:
            return
        BindDialog(self.runner, self.household_id, user_id=self.selected_member_id(), parent=self).exec()

    def unbind(self) -> None:
        if self.household_id is None:
            return
        bid = self.order_panel.selected_binding_id()
        UnbindDialog(self.runner, self.household_id, binding_id=bid, parent=self).exec()

    def pay(self, member_id: int | None = None) -> None:
        if self.household_id is None:
            return
        mid = member_id if isinstance(member_id, int) and not isinstance(member_id, bool) else \
            self.selected_member_id()
        PayDialog(self.runner, self.household_id, member_id=mid, parent=self).exec()

    def refund(self, txn: TxnView) -> None:
        RefundDialog(self.runner, txn, self).exec()

    def toggle_reveal(self) -> None:
        mid = self.selected_member_id()
        if mid is None:
            return
        if self.members_model.is_revealed(mid):
            self.members_model.hide_ids()
            self._member_chosen()
            return

        def shown(number: str) -> None:
            self.members_model.reveal(mid, number)
            self._member_chosen()

        self.runner.query(lambda g: g.members.reveal_id(mid, reason="main window: show full ID"), success=shown)

    def undo(self) -> None:
        if self.col.undo.can_undo:
            self.runner.run(lambda g: g.undo.undo(), success=lambda r: self._update_undo(),
                            failure=lambda exc: (self.statusBar().showMessage(str(exc), 10000), self._update_undo()))

    def redo(self) -> None:
        if self.col.undo.can_redo:
            self.runner.run(lambda g: g.undo.redo(), success=lambda r: self._update_undo(),
                            failure=lambda exc: (self.statusBar().showMessage(str(exc), 10000), self._update_undo()))

    def closeEvent(self, event) -> None:
        self.runner.wait_idle()
        super().closeEvent(event)
