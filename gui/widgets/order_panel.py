"""The payment order of the selected user: own account pinned on top, pooled accounts below in charge order.

Under the ``manual`` rule the pooled accounts can be reordered by drag and drop, by the Move up / Move down
buttons and by Alt+Up / Alt+Down; each change is saved at once (``col.order.reorder`` through the Runner).
Under ``bind_time`` and ``balance`` the list is read-only and says why; under ``bind_time`` a selected account
can be re-bound to move it to the front (after a plain-words confirmation).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget)

from core.errors import GongjiError
from core.collection import Collection
from core.views import Changes
from gui.models.order import PaymentOrderModel
from gui.ops import Runner
from gui.widgets import common


class OrderListView(QListView):
    """A list that also moves the current entry with Alt+Up / Alt+Down (one place) and Alt+Home / Alt+End
    (to the top / the bottom)."""

    move_requested = Signal(int)  # -1 up, +1 down, TOP, BOTTOM
    KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Home: -1000, Qt.Key.Key_End: 1000}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.AltModifier and event.key() in self.KEYS:
            self.move_requested.emit(self.KEYS[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)


class OrderPanel(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self._seen: list[int] = []
        self.user_id: int | None = None
        self.profile = None
        self.model = PaymentOrderModel(self)
        self.model.reordered.connect(self._save_order)

        self.title = common.ElidedLabel("", self)
        self.title.setObjectName("orderTitle")
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        self.view = OrderListView(self)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(1)
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.move_requested.connect(self._move_current)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.top, self.up, self.down, self.bottom = (QPushButton(self) for _ in range(4))
        self.rebind = QPushButton(self)
        self.top.clicked.connect(lambda: self._move_current(-1000))
        self.bottom.clicked.connect(lambda: self._move_current(1000))
        self.up.clicked.connect(lambda: self._move_current(-1))
        self.down.clicked.connect(lambda: self._move_current(1))
        self.rebind.clicked.connect(self._rebind_selected)

        # Title and buttons share one row, so the list gets the height (长辈模式: 60 px per entry).
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        for b in (self.top, self.up, self.down, self.bottom):
            head.addWidget(b)
        head.addWidget(self.rebind)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(head)
        lay.addWidget(self.explain)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.error)
        runner.changed.connect(self._on_changed)
        self.retranslate()
        self.set_user(None)

    def retranslate(self) -> None:
        """Static texts in the current language (again on a language switch); refresh() sets the others."""
        self.explain.setAccessibleName(self.tr("How the payment order works here"))
        self.error.setAccessibleName(self.tr("Problem with the payment order"))
        self.view.setAccessibleName(self.tr("Payment order"))
        self.view.setToolTip(self.tr("Top pays first. The user's own account always pays before anyone else's."))
        for b, text, name, tip in (
                (self.top, self.tr("&Top"), self.tr("To top"),
                 self.tr("Charge the selected account first (Alt+Home)")),
                (self.up, self.tr("&Up"), self.tr("Move up"),
                 self.tr("Charge the selected account earlier (Alt+Up)")),
                (self.down, self.tr("&Down"), self.tr("Move down"),
                 self.tr("Charge the selected account later (Alt+Down)")),
                (self.bottom, self.tr("Botto&m"), self.tr("To bottom"),
                 self.tr("Charge the selected account last (Alt+End)")),
                (self.rebind, self.tr("Re-bind to move to the front"), self.tr("Re-bind to move to the front"),
                 self.tr("End the selected binding and bind it again, so it pays first"))):
            b.setText(text)
            common.name(b, name, tip)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "rebind"):
            self.retranslate()
            self.model.retranslate()
            self.refresh()

    # ------------------------------------------------------------------ state

    @property
    def col(self) -> Collection:
        return self.runner.col

    def set_user(self, user_id: int | None) -> None:
        self.user_id = user_id
        self.error.hide()
        self.refresh()

    def refresh(self) -> None:
        keep = self.selected_binding_id()
        if self.user_id is None:
            self.model.set_order(None, [], False)
            self.title.setText(self.tr("Payment order"))
            self.explain.setText(self.tr("Select a member above to see whose accounts pay for them, and in what "
                                         "order."))
            self._update_buttons()
            return
        try:
            user = self.col.members.get(self.user_id)
            self.profile = self.col.households.profile_of(user.household_id)
            entries = self.col.order.list(self.user_id)
        except GongjiError as exc:
            self.model.set_order(None, [], False)
            self._show_error(str(exc))
            return
        movable = self.profile.reorderable
        self.model.set_order(user, entries, movable)
        self._seen = self.model.binding_ids()  # what the person sees: sent with a reorder (compare-and-set)
        self.view.setDragEnabled(movable)
        self.view.setAcceptDrops(movable)
        self.view.viewport().setAcceptDrops(movable)
        self.title.setText(self.tr("Payment order for {name}").replace("{name}", user.name))
        if movable:
            text = self.tr("Top pays first. Drag, or use the buttons (Alt+Home / Alt+Up / Alt+Down / Alt+End); saved "
                           "at once, and Undo takes it back.")
        else:
            text = self.col.order.locked_reason(self.profile)
        if not entries:
            text = self.tr("{name} cannot use anyone else's account yet. Use \u201cBind\u2026\u201d to add one."
                           ).replace("{name}", user.name)
        self.explain.setText(text)
        if keep is not None:
            self.select_binding(keep)
        self._update_buttons()

    def selected_row(self) -> int:
        idx = self.view.currentIndex()
        return idx.row() if idx.isValid() else -1

    def selected_binding_id(self) -> int | None:
        e = self.model.entry_at(self.selected_row())
        return e.binding.id if e else None

    def select_binding(self, binding_id: int) -> None:
        row = self.model.row_of_binding(binding_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        entry = self.model.entry_at(row)
        movable = self.model.movable
        order = self.profile.order if self.profile is not None and self.user_id is not None else None
        for b in (self.top, self.up, self.down, self.bottom):
            b.setVisible(order in (None, "manual"))
        self.top.setEnabled(movable and entry is not None and row > 1)
        self.bottom.setEnabled(movable and entry is not None and row < self.model.rowCount() - 1)
        self.rebind.setVisible(order == "bind_time")
        self.up.setEnabled(movable and entry is not None and row > 1)
        self.down.setEnabled(movable and entry is not None and row < self.model.rowCount() - 1)
        self.rebind.setEnabled(order == "bind_time" and entry is not None and row > 1
                               and entry.binding.state == "active")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ------------------------------------------------------------------ actions

    def _move_current(self, step: int) -> None:
        row = self.selected_row()
        if not self.model.movable:
            if self.profile is not None and self.user_id is not None:
                self._show_error(self.col.order.locked_reason(self.profile))
            return
        if self.model.entry_at(row) is None:
            return
        if step <= -1000:
            self.model.move_to_top(row)
        elif step >= 1000:
            self.model.move_to_bottom(row)
        elif step < 0:
            self.model.move_up(row)
        else:
            self.model.move_down(row)
        self._update_buttons()

    def _save_order(self, binding_ids: list[int]) -> None:
        uid = self.user_id
        if uid is None:
            return
        self.error.hide()
        seen, self._seen = self._seen, list(binding_ids)
        self.runner.run(lambda g: g.order.reorder(uid, binding_ids, expected=seen), failure=self._save_failed)

    def _save_failed(self, exc: Exception) -> None:
        self._show_error(str(exc))
        self.refresh()  # show the order the database really has

    def _rebind_selected(self) -> None:
        e = self.model.entry_at(self.selected_row())
        user = self.model.user
        if e is None or user is None:
            return
        text = self.tr("{a}'s account will be unbound and then bound again for {u}. Under this region's rule the "
                       "most recently bound account pays first, so {a}'s account will then pay first, right after "
                       "{u}'s own account.\n\nThe old binding stays in the history.").replace(
            "{a}", e.binding.authorizer_name).replace("{u}", user.name)
        if not common.ask(self, self.tr("Re-bind to move to the front"), text, self.tr("Re-bind now")):
            return
        bid, version = e.binding.id, e.binding.version
        self.runner.run(lambda g: g.bindings.rebind_to_front(bid, expected_version=version),
                        success=lambda r: (self.refresh(), self.select_binding(r.value.id)),
                        failure=self._save_failed)

    def _on_changed(self, changes: Changes) -> None:
        if self.user_id is None:
            return
        shown = {self.user_id} | set(self.model.authorizer_ids())
        if (self.user_id in changes.orders or shown & (changes.balances | changes.members)
                or changes.households):
            self.refresh()
