"""The main window's actions, toolbar and menus, Undo/Redo, and what each action does.

The toolbar shows short labels only (the action's ``iconText``); the details — what Undo would undo, say — are in
the tooltip and the Edit menu, so a long label never pushes buttons into an overflow arrow. A payment cannot be
undone (a refund is the way back), so after a payment Undo says that it undoes the *earlier setup change*, and asks
before doing it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QToolButton

from gui.widgets import common

# The dialogs are imported where they are opened: not before the window's first paint (issue #11: start-up).


def _t(text: str) -> str:  # the main window's texts: context "MainWindow", shared by its mixins
    return QCoreApplication.translate("MainWindow", text)


class ActionsMixin:
    """Mixed into MainWindow (a QMainWindow with ``runner``, ``household_id`` and the panels)."""

    def _action(self, text: str, slot, shortcut=None, tip: str | None = None, short: str | None = None) -> QAction:
        return common.action(self, text, slot, shortcut, tip, short)

    def _make_actions(self) -> None:
        self.act_new_household = self._action("", self.new_household)
        self.act_add_member = self._action("", self.add_member, "Ctrl+N")
        self.act_bind = self._action("", self.bind, "Ctrl+B")
        self.act_unbind = self._action("", self.unbind, "Ctrl+E")
        self.act_pay = self._action("", self.pay, "Ctrl+P")
        self.act_reveal = self._action("", self.toggle_reveal, "Ctrl+I")
        self.act_reconcile = self._action("", self.reconcile)
        self.act_monthly = self._action("", self.credit_month)
        self.act_application = self._action("", self.print_application)
        self.act_undo = self._action("", self.undo, QKeySequence.StandardKey.Undo)
        self.act_redo = self._action("", self.redo, "Ctrl+Shift+Z")
        self.act_quit = self._action("", self.close, QKeySequence.StandardKey.Quit)
        self._after_payment = False

    def _translate_actions(self) -> None:
        def put(a: QAction, text: str, short: str, tip: str = "") -> None:
            a.setText(text)
            a.setIconText(short)
            a.setToolTip(tip or short)
            a.setStatusTip(tip)

        put(self.act_new_household, _t("New &household\u2026"), _t("New household"),
            _t("Create another household"))
        put(self.act_add_member, _t("&Add member\u2026"), _t("Add member"),
            _t("Add a family member to this household"))
        put(self.act_bind, _t("&Bind\u2026"), _t("Bind"),
            _t("Let one person pay with another's personal account"))
        put(self.act_unbind, _t("E&nd binding\u2026"), _t("End binding"),
            _t("End a binding (the history is kept)"))
        put(self.act_pay, _t("&Pay\u2026"), _t("Pay"),
            _t("Record a medical bill, with a preview of who pays what"))
        put(self.act_reconcile, _t("&Reconcile with the official app\u2026"), _t("Reconcile"),
            _t("Type what the official app shows; one correction for the difference"))
        put(self.act_monthly, _t("&Monthly contributions\u2026"), _t("Monthly contributions"),
            _t("Record this month's contributions for everyone at once"))
        put(self.act_application, _t("Print binding app&lication\u2026"), _t("Binding application"),
            _t("A PDF for the service counter, ready to sign"))
        if not self.act_reveal.text():
            self.act_reveal.setText(_t("Show full &ID"))
        self.act_reveal.setIconText(self.act_reveal.text().replace("&", ""))
        self.act_reveal.setToolTip(_t("Show or hide the selected member's full ID number (showing it is "
                                           "logged)"))
        self.act_reveal.setStatusTip(self.act_reveal.toolTip())
        self.act_quit.setText(_t("&Quit"))
        self._update_undo()

    def _make_toolbar(self) -> None:
        tb = QToolBar(self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(tb)
        self.household_label = QLabel(self)
        self.household_combo = common.name(QComboBox(self), "")
        self.household_combo.setMinimumWidth(180)
        self.household_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.household_label.setBuddy(self.household_combo)
        tb.addWidget(self.household_label)
        tb.addWidget(self.household_combo)
        tb.addSeparator()
        for a in (self.act_add_member, self.act_bind, self.act_unbind, self.act_pay):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.act_undo)
        tb.addAction(self.act_redo)
        self.toolbar = tb
        self.household_combo.currentIndexChanged.connect(self._household_chosen)

    def _translate_toolbar(self) -> None:
        tb = self.toolbar
        tb.setWindowTitle(_t("Main toolbar"))
        tb.setAccessibleName(_t("Main toolbar"))
        self.household_label.setText(_t("Hou&sehold:"))
        common.name(self.household_combo, _t("Household"), _t("Choose which household to show"))
        for a in tb.actions():
            w = tb.widgetForAction(a)
            if w is not None and not isinstance(w, (QLabel, QComboBox)) and a.iconText():
                w.setAccessibleName(a.iconText())
        ext = tb.findChild(QToolButton, "qt_toolbar_ext_button")
        if ext is not None:
            ext.setAccessibleName(_t("More toolbar buttons"))

    def _make_menus(self) -> None:
        mb = self.menuBar()
        self.menu_file = mb.addMenu("")
        self.menu_file.addAction(self.act_new_household)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = mb.addMenu("")
        self.menu_edit.addAction(self.act_undo)
        self.menu_edit.addAction(self.act_redo)
        self.menu_household = mb.addMenu("")
        for a in (self.act_add_member, self.act_bind, self.act_unbind, self.act_pay, self.act_reveal):
            self.menu_household.addAction(a)
        self.menu_household.addSeparator()
        for a in (self.act_reconcile, self.act_monthly, self.act_application):
            self.menu_household.addAction(a)

    def _translate_menus(self) -> None:
        mb = self.menuBar()
        self.menu_file.setTitle(_t("&File"))
        self.menu_edit.setTitle(_t("&Edit"))
        self.menu_household.setTitle(_t("H&ousehold"))
        mb.setAccessibleName(_t("Menu bar"))
        ext = mb.findChild(QToolButton, "qt_menubar_ext_button")
        if ext is not None:
            ext.setAccessibleName(_t("More menus"))

    # ------------------------------------------------------------------ undo / redo

    def _update_undo(self) -> None:
        g = self.col
        self.act_undo.setEnabled(g.undo.can_undo)
        self.act_redo.setEnabled(g.undo.can_redo)
        self.act_undo.setIconText(_t("Undo"))
        self.act_redo.setIconText(_t("Redo"))
        if g.undo.can_undo and self._after_payment:
            self.act_undo.setText(_t("&Undo earlier change: {what}").replace("{what}", g.undo.undo_label))
            tip = _t("A payment cannot be undone (use Refund). Undo would undo the earlier setup change: "
                          "{what}").replace("{what}", g.undo.undo_label)
        elif g.undo.can_undo:
            self.act_undo.setText(_t("&Undo: {what}").replace("{what}", g.undo.undo_label))
            tip = self.act_undo.text().replace("&", "")
        else:
            self.act_undo.setText(_t("&Undo"))
            tip = _t("Nothing to undo")
        self.act_redo.setText(_t("&Redo: {what}").replace("{what}", g.undo.redo_label) if g.undo.can_redo
                              else _t("&Redo"))
        self.act_undo.setToolTip(tip + " (Ctrl+Z)")
        self.act_undo.setStatusTip(tip)
        self.act_redo.setToolTip(self.act_redo.text().replace("&", "") + " (Ctrl+Shift+Z)")
        for a in (self.act_undo, self.act_redo):
            w = self.toolbar.widgetForAction(a)
            if w is not None:
                w.setAccessibleName(a.iconText())
                w.setAccessibleDescription(a.toolTip())

    def undo(self) -> None:
        g = self.col
        if not g.undo.can_undo:
            return
        if self._after_payment and not common.ask(
                self, _t("Undo an earlier change?"),
                _t("A payment cannot be undone; use Refund to give money back.\n\nUndo would instead undo the "
                        "earlier setup change: {what}").replace("{what}", g.undo.undo_label),
                _t("Undo the earlier change")):
            return
        self.runner.run(lambda g: g.undo.undo(), success=lambda r: self._update_undo(),
                        failure=lambda exc: (self.statusBar().showMessage(str(exc)), self._update_undo()))

    def redo(self) -> None:
        if self.col.undo.can_redo:
            self.runner.run(lambda g: g.undo.redo(), success=lambda r: self._update_undo(),
                            failure=lambda exc: (self.statusBar().showMessage(str(exc)), self._update_undo()))

    # ------------------------------------------------------------------ what the actions do

    def new_household(self) -> None:
        from gui.window.new_household import NewHouseholdDialog
        dlg = NewHouseholdDialog(self.runner, self)
        if dlg.exec() and dlg.created_id is not None:
            self.reload_households(dlg.created_id)

    def add_member(self) -> None:
        if self.household_id is None:
            return
        from gui.dialogs.member import MemberDialog
        dlg = MemberDialog(self.runner, self.household_id, self)
        if dlg.exec() and dlg.created_id is not None:
            self.select_member(dlg.created_id)

    def bind(self) -> None:
        if self.household_id is None:
            return
        from gui.dialogs.bind import BindDialog
        BindDialog(self.runner, self.household_id, user_id=self.selected_member_id(), parent=self).exec()

    def unbind(self) -> None:
        if self.household_id is None:
            return
        bid = self.order_panel.selected_binding_id()
        from gui.dialogs.unbind import UnbindDialog
        UnbindDialog(self.runner, self.household_id, binding_id=bid, parent=self).exec()

    def pay(self, member_id: int | None = None) -> None:
        if self.household_id is None:
            return
        mid = member_id if isinstance(member_id, int) and not isinstance(member_id, bool) else \
            self.selected_member_id()
        if self.elderly:
            from gui.elderly.pay_flow import GuidedPayDialog
            GuidedPayDialog(self.runner, self.household_id, mid, self).exec()
            return
        from gui.dialogs.pay import PayDialog
        PayDialog(self.runner, self.household_id, member_id=mid, parent=self).exec()

    def reconcile(self) -> None:
        if self.household_id is None:
            return
        from gui.dialogs.reconcile import ReconcileDialog
        dlg = ReconcileDialog(self.runner, self.household_id, member_id=self.selected_member_id(), parent=self)
        if dlg.exec() and dlg.result is not None:
            self.statusBar().showMessage(dlg.result.message)

    def credit_month(self) -> None:
        if self.household_id is None:
            return
        from gui.dialogs.monthly import MonthlyDialog
        dlg = MonthlyDialog(self.runner, self.household_id, parent=self)
        if dlg.exec() and dlg.result is not None:
            self.statusBar().showMessage(dlg.result.message)

    def print_application(self) -> None:
        if self.household_id is None:
            return
        from gui.dialogs.application import ApplicationDialog
        ApplicationDialog(self.runner, self.household_id, binding_id=self.pending.selected_binding_id()
                          if hasattr(self.pending, "selected_binding_id") else None, parent=self).exec()

    def refund(self, txn) -> None:
        from gui.dialogs.pay import RefundDialog
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
