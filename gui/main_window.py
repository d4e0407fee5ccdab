"""The main window: household selector, Undo/Redo, and two layouts of the same data on a QStackedWidget —
the normal layout (members table, payment order, recent payments, history tab; gui/window/layout_normal.py) and
长辈模式's own layout (member cards, a short payment order with 置顶/上移/下移/置底 on every row, a guided pay;
gui/elderly/). Switching modes swaps the page and the style sheet; nothing is rebuilt.

Every change goes through :class:`gui.ops.Runner`; the views refresh on ``runner.changed`` for what they show.
All texts are set in ``retranslate()``, which runs again on a LanguageChange (language switch at run time).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QProgressBar, QStackedWidget, QTabWidget, QWidget

from core.errors import GongjiError
from core.profiles import order_label
from core.collection import Collection
from core.views import Changes
from gui.ops import Runner
from gui.window.actions import ActionsMixin
from gui.window.layout_normal import NormalLayoutMixin

__all__ = ["MainWindow"]


class _Pages(QStackedWidget):
    """A stack whose size (and minimum size) is the shown page's: the hidden layout must not make the window
    larger than the screen (the normal layout in 长辈模式's large fonts is wider than a laptop screen)."""

    def sizeHint(self):  # noqa: N802 - Qt API
        w = self.currentWidget()
        return w.sizeHint() if w is not None else super().sizeHint()

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        w = self.currentWidget()
        return w.minimumSizeHint() if w is not None else super().minimumSizeHint()


class MainWindow(ActionsMixin, NormalLayoutMixin, QMainWindow):
    def __init__(self, runner: Runner, household_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from gui import theme
        # the mode before any child is polished: the style sheet's rules for menus, tool bar and status bar select
        # on it (gui/style_sheet.py); the two pages below carry their own mode by their object names
        theme.own_window(self)
        self.runner = runner
        self.household_id: int | None = None
        self._bindings: list = []
        self.elderly = False
        self._initial_size()

        self._make_actions()
        self._make_toolbar()
        self._make_menus()

        # Every widget is made inside the parent it ends in, parents first: moving a built (polished) widget under
        # another parent makes Qt resolve the style sheet again for it and all its children (issue #11: start-up;
        # moving the tabs into the stack, the panels into their splitters cost ~25 ms CPU).
        self.pages = _Pages(self)
        self.setCentralWidget(self.pages)
        self.tabs = QTabWidget(self.pages)
        self.tabs.setObjectName("normalPage")  # the normal layout: always in the normal look (gui/style_sheet.py)
        self.pages.addWidget(self.tabs)
        self.setup_tab = QWidget()
        self.tabs.addTab(self.setup_tab, "")  # while still empty: its children are made in place
        self._make_setup_tab(self.setup_tab)
        # key figures, headings, screen-reader announcements of order moves: before the first fit and polish
        theme.style_main_window(self)
        # The History tab and 长辈模式's page are built when first needed (shown, or asked for), not before the
        # window's first paint (issue #11: start-up); until then the tab holds an empty stand-in.
        self._history = None
        self._history_stand_in = QWidget(self.tabs)
        self.tabs.addTab(self._history_stand_in, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.setCornerWidget(self.profile_frame, Qt.Corner.TopRightCorner)
        self.profile_frame.show()
        self._elderly_page = None

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label)

        runner.changed.connect(self._on_changed)
        runner.message.connect(lambda text: self.statusBar().showMessage(text))  # no time limit (适老化)
        runner.busy.connect(self._on_busy)
        # the busy indicator appears only when an operation takes noticeably long: a payment (a few ms) must not
        # show, animate and hide a progress bar and relayout the status bar (issue #11: panels in <= 30 ms)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(250)
        self._busy_timer.timeout.connect(self._show_busy)
        self._busy_shown = False
        self.retranslate()
        self.reload_households(household_id)
        self.set_elderly(theme.is_elderly())

    # ------------------------------------------------------------------ building

    @property
    def history(self):
        """The History tab's view, built on first use (gui/history/)."""
        if self._history is None:
            from gui.history import HistoryView
            # made inside the tab widget's stack, where it goes: moving a built view there would re-resolve the
            # style sheet for each of its ~70 widgets (17 → 12 ms CPU)
            view = HistoryView(self.runner, self._history_stand_in.parentWidget())
            i = self.tabs.indexOf(self._history_stand_in)
            current, text = self.tabs.currentIndex(), self.tabs.tabText(i)
            blocked = self.tabs.blockSignals(True)
            self.tabs.removeTab(i)
            self.tabs.insertTab(i, view, text)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
            self._history_stand_in.deleteLater()
            self._history = view
            if self.household_id is not None:
                view.set_household(self.household_id)
        return self._history

    def _tab_changed(self, index: int) -> None:
        if self._history is None and self.tabs.widget(index) is self._history_stand_in:
            self.history  # noqa: B018 - builds the view in the stand-in's place, which stays the current tab

    @property
    def elderly_page(self):
        """长辈模式's own page (gui/elderly/), built when the mode is first shown."""
        if self._elderly_page is None:
            from gui.elderly.page import ElderlyPage
            page = ElderlyPage(self.runner, self.pages)  # (in its stack from the start, as the History view)
            page.member_chosen.connect(self._elderly_member_chosen)
            page.pay_requested.connect(self.pay)
            # an outage's disabled buttons and tooltips (gui/desks.py) on the page's rows whenever they are made
            page.writers_rebuilt.connect(self._writers_rebuilt)
            self.pages.addWidget(page)
            self._elderly_page = page
        return self._elderly_page

    def _writers_rebuilt(self) -> None:
        sync = getattr(self, "desk_sync", None)
        if sync is not None:
            sync.writers_rebuilt()

    def _elderly_stale(self) -> None:
        """Data changed: 长辈模式's page (if built) fills itself again when next shown."""
        if self._elderly_page is not None:
            self._elderly_page.stale = True

    def _initial_size(self) -> None:
        """1280×660 fits a 1366×768 and (nearly) a 1280×720 screen in both modes; never larger than the screen's
        working area."""
        w, h = 1280, 660
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry()
            if avail.width() >= 1024 and avail.height() >= 600:  # a real screen (offscreen reports 800×600)
                w, h = min(w, avail.width()), min(h, avail.height() - 40)
        self.resize(w, h)

    def retranslate(self) -> None:
        """Every text of the window, in the current language (again after each language switch)."""
        self.setAccessibleName(self.tr("Family pooling helper"))
        self._translate_actions()
        self._translate_toolbar()
        self._translate_menus()
        self._translate_normal()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Sections"))
        self.tabs.setTabText(0, self.tr("Household and poolin&g"))
        self.tabs.setTabText(1, self.tr("Histor&y"))
        self.progress.setAccessibleName(self.tr("Working"))
        self.statusBar().setAccessibleName(self.tr("Status"))
        self.db_label.setText(self.tr("Data: {where}").replace("{where}", self.col.display_location()))
        self.db_label.setAccessibleName(self.tr("Where the data is stored"))
        if self._history is not None:
            self._history.retranslate()
        extras = getattr(self, "retranslate_extras", None)  # Settings / Help / Reset demo (gui/tour.py)
        if extras is not None:
            extras()
        self.setWindowTitle(self.tr("Family pooling helper") + getattr(self, "_title_suffix", ""))
        if self.household_combo.count() or self.household_id is not None:
            self.members_model.retranslate()  # (the rows stay: refresh_household updates them in place)
            self.refresh_household()
            self._member_chosen()
        QTimer.singleShot(0, self, self._fit_corner)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "pages"):
            self.retranslate()

    def set_elderly(self, on: bool) -> None:
        """Show 长辈模式's own layout (on) or the normal one: a page swap, nothing is rebuilt."""
        on = bool(on)
        self.elderly = on
        self.pages.setCurrentWidget(self.elderly_page if on else self.tabs)
        self.pages.updateGeometry()
        self.toolbar.setVisible(not on)  # the elderly page has its own large buttons
        if on:
            self.elderly_page.show_household(self.household_id, self.selected_member_id())
        else:
            QTimer.singleShot(0, self, self._fit_corner)
            QTimer.singleShot(0, self, self._fit_split)

    def current_order_view(self):
        return self.elderly_page.order_rows if self.elderly else self.order_panel.view

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_corner()
        self._fit_split()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        from gui import theme
        if self.elderly != theme.is_elderly():  # the mode changed while this window was hidden or closed: a closed
            self.set_elderly(theme.is_elderly())  # window does no work (its ledger may be gone), a shown one follows
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
        for a in (self.act_add_member, self.act_bind, self.act_unbind, self.act_pay, self.act_reveal,
                  self.act_reconcile, self.act_monthly, self.act_application):
            a.setEnabled(has)
        self.refresh_household()
        if has and self.members_model.rowCount():
            self.select_member(self._default_member())
        else:
            self._member_chosen()
        self.pending.set_household(household_id)
        if self._history is not None:
            self._history.set_household(household_id)

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
            self._profile = None
            self._elderly_stale()
            if self.elderly:
                self.elderly_page.show_household(None, None)
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
        order = self.tr("Own account first, then {order}").replace("{order}", order_label(p.order))
        self.profile_summary.setText(order)
        self.profile_summary.setBaseToolTip(p.display_description())
        self.profile_text.setText(self.tr("Payment order: the user's own account first; then the shared accounts "
                                          "({order}).").replace("{order}", order_label(p.order))
                                  + "\n" + p.display_description())
        self.profile_details.setEnabled(True)
        self._bindings, self._profile = bindings, p
        self.members_model.set_household(members, bindings, p)
        if keep is not None:
            self.select_member(keep)
        self._elderly_stale()
        if self.elderly:
            self.elderly_page.show_household(self.household_id, self.selected_member_id())
        self._fit_split()

    def refresh_balances(self) -> None:
        """The members' balances again, without re-reading the household and its bindings (unchanged)."""
        profile = getattr(self, "_profile", None)
        if profile is None:
            self.refresh_household()
            return
        keep = self.selected_member_id()
        try:
            members = self.col.members.list(self.household_id)
        except GongjiError as exc:
            self.statusBar().showMessage(str(exc))
            return
        self.members_model.set_household(members, self._bindings, profile)
        if keep is not None:
            self.select_member(keep)
        self._elderly_stale()
        if self.elderly:
            self.elderly_page.show_household(self.household_id, self.selected_member_id())

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

    def _elderly_member_chosen(self, member_id: int) -> None:
        if member_id != self.selected_member_id():
            self.select_member(member_id)

    def _member_chosen(self, *_args) -> None:
        mid = self.selected_member_id()
        if mid != self.order_panel.user_id:
            self.order_panel.set_user(mid)
        if mid != self.payments_panel.member_id or self.household_id != self.payments_panel.household_id:
            self.payments_panel.set_member(self.household_id, mid)
        if self.elderly and mid != self.elderly_page.member_id:
            self.elderly_page.show_household(self.household_id, mid)
        self.act_reveal.setText(self.tr("Hide full &ID") if mid is not None and self.members_model.is_revealed(mid)
                                else self.tr("Show full &ID"))
        self.act_reveal.setIconText(self.act_reveal.text().replace("&", ""))
        for b, a in getattr(self, "member_buttons", []):
            if a is self.act_reveal:
                b.setText(a.text())
        QTimer.singleShot(0, self, self._fit_split)

    def _on_changed(self, changes: Changes) -> None:
        if not self.elderly:
            self._elderly_stale()  # filled again when 长辈模式 is next shown
        if changes.transactions and not (changes.orders or changes.bindings or changes.members):
            self._after_payment = True  # the newest change cannot be undone; Undo says so (gui/window/actions.py)
        elif changes.orders or changes.bindings or changes.members or changes.households:
            self._after_payment = False
        if changes.households:
            self.reload_households()
        elif self.household_id is not None and (changes.members or changes.bindings):
            self.refresh_household()
        elif self.household_id is not None and changes.balances & self.members_model.member_ids():
            self.refresh_balances()  # a payment or refund: only balances changed (issue #10: panels in ≤ 30 ms)
        elif self.elderly and self.household_id is not None and (changes.orders or changes.transactions):
            self.elderly_page.refresh()
        self._update_undo()

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
            return
        self._busy_timer.stop()
        if self._busy_shown:
            self._busy_shown = False
            self.progress.hide()
            QApplication.restoreOverrideCursor()

    def _show_busy(self) -> None:
        if self.runner.pending and not self._busy_shown:
            self._busy_shown = True
            self.progress.show()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.runner.wait_idle()
        super().closeEvent(event)
