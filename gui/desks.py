"""Several desks on one ledger, seen from one window (issue #14).

:class:`DeskSync` asks ``col.watch.changed()`` on the DB worker twice a second (SQLite ``data_version`` /
PostgreSQL LISTEN/NOTIFY, see ``core/watch.py``) and, when another desk or the ``gongji`` command wrote, broadcasts
``col.watch.everything()`` through :attr:`gui.ops.Runner.changed`: every view reloads what it shows and keeps its
selection. F5 (刷新) does the same by hand.

When the database cannot be reached, a red banner says so (the driver's words only behind "Details"), the window
becomes read-only (the Runner refuses writes at once, the editing actions are disabled), and the poll retries with
back-off (1, 2, 4, 8, 15 s); when the database answers again the banner goes and everything is reloaded. A failed
write reloads every view from the database, so nothing looks saved that is not.
"""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QLabel, QMainWindow, QMessageBox, QPushButton, QSizePolicy, QToolBar,
                               QWidget)

from core.errors import GongjiError, StorageError
from core.views import Changes
from gui.ops import Runner

log = logging.getLogger(__name__)

#: Window actions that write (disabled while the database cannot be reached). Others (refresh, quit …) stay.
WRITING_ACTIONS = ("act_new_household", "act_add_member", "act_bind", "act_unbind", "act_pay", "act_reveal",
                   "act_undo", "act_redo", "act_reconcile", "act_monthly", "act_application")
#: Panels that write by themselves (drag and drop, Confirm …).
WRITING_PANELS = ("order_panel", "pending_panel")
#: Buttons that write, inside panels that stay usable for reading (attribute paths from the window); their own
#: code keeps them disabled while ``runner.read_only_reason`` is set. 长辈模式's payment-order rows go as a whole.
WRITING_BUTTONS = ("payments_panel.pay", "payments_panel.refund", "elderly_page.pay", "elderly_page.order_rows")
#: A widget's own tooltip while an outage's tooltip stands in for it.
_SAVED_TIP = "gongjiTipBeforeOutage"


def _part(window, name: str):
    """A part of the window by attribute name, without building one that the window builds on first use
    (MainWindow's ``elderly_page``: its ``_elderly_page`` is None until then)."""
    lazy = vars(window).get("_" + name, False)
    return getattr(window, name, None) if lazy is False else lazy


class OutageBanner(QToolBar):
    """The red line at the top of the window while the database cannot be reached."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("outageBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.setStyleSheet("QToolBar#outageBanner { background: #fde7e9; border: 1px solid #b00020; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #b00020; font-weight: bold; padding: 4px;")
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.setAccessibleName(self.tr("Database connection problem"))
        self.addWidget(self.text)
        self.details = QPushButton(self.tr("Details\u2026"), self)
        self.details.setAccessibleName(self.tr("Technical details of the connection problem"))
        self.details.clicked.connect(self._show_details)
        self.addWidget(self.details)
        self.retry = QPushButton(self.tr("Try again now"), self)
        self.addWidget(self.retry)
        self.detail_text = ""
        self.hide()

    def show_problem(self, message: str, details: str) -> None:
        self.text.setText(message + " " + self.tr("The window is read-only until then."))
        self.detail_text = details
        self.details.setVisible(bool(details))
        self.show()

    def _show_details(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Details"), self.text.text(),
                          QMessageBox.StandardButton.Close, self)
        box.setDetailedText(self.detail_text)
        box.exec()


class DeskSync(QObject):
    POLL_MS = 500
    BACKOFF_MS = (1_000, 2_000, 4_000, 8_000, 15_000)

    def __init__(self, window: QMainWindow, runner: Runner):
        super().__init__(window)
        self.window, self.runner = window, runner
        self.outage = ""
        self._tries = 0
        self._inflight = False
        self.banner = OutageBanner(window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        window.insertToolBarBreak(self.banner)
        self.banner.retry.clicked.connect(self.poll)
        self.act_refresh = QAction(self.tr("&Refresh"), window)
        self.act_refresh.setShortcuts([QKeySequence(QKeySequence.StandardKey.Refresh), QKeySequence("F5")])
        self.act_refresh.setToolTip(self.tr("Show what other desks changed (F5)"))
        self.act_refresh.triggered.connect(self.refresh_now)
        window.addAction(self.act_refresh)
        self._add_to_edit_menu()
        self.timer = QTimer(self)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        #: Polls answered so far (the first one primes the watcher: what the window loaded is the baseline).
        self.polls = 0
        self.poll()
        runner.write_failed.connect(self._write_failed)
        runner.changed.connect(lambda _c: self._apply_read_only())
        self._install_excepthook()

    def _add_to_edit_menu(self) -> None:
        undo = getattr(self.window, "act_undo", None)
        for top in self.window.menuBar().actions():
            menu = top.menu()
            if menu is not None and undo is not None and undo in menu.actions():
                menu.addSeparator()
                menu.addAction(self.act_refresh)
                return

    # ------------------------------------------------------------------ polling

    def poll(self) -> None:
        if self._inflight:
            return
        self._inflight = True
        recovering = bool(self.outage)

        def work(col) -> Changes | None:
            changed = col.watch.changed()
            return col.watch.everything() if changed or recovering else None

        self.runner.background(work, success=self._polled, failure=self._poll_failed)

    def refresh_now(self) -> None:
        """F5: reload every view from the database now (also tells whether it can be reached)."""
        self.runner.background(lambda col: col.watch.everything(), success=self._refreshed,
                               failure=self._poll_failed)

    def _polled(self, changes: Changes | None) -> None:
        self.polls += 1
        self._inflight = False
        self._refreshed(changes)

    def _refreshed(self, changes: Changes | None) -> None:
        if self.outage:
            self._back()
        if changes is not None and not changes.empty:
            self.broadcast(changes)

    def broadcast(self, changes: Changes) -> None:
        """Tell every view; each list keeps its scroll position, the payments list its selected payment."""
        from PySide6.QtWidgets import QAbstractScrollArea
        areas = self.window.findChildren(QAbstractScrollArea)
        scroll = [(a, a.verticalScrollBar().value(), a.horizontalScrollBar().value()) for a in areas]
        panel = getattr(self.window, "payments_panel", None)
        txn = None
        if panel is not None and panel.view.currentIndex().isValid():
            t = panel.model.txn_at(panel.view.currentIndex().row())
            txn = t.id if t is not None else None
        self.runner.changed.emit(changes)
        if txn is not None:
            rows = [r for r in range(panel.model.rowCount()) if panel.model.txn_at(r).id == txn]
            if rows:
                panel.view.selectRow(rows[0])
        for a, v, h in scroll:
            a.verticalScrollBar().setValue(v)
            a.horizontalScrollBar().setValue(h)

    def _poll_failed(self, exc: Exception) -> None:
        self._inflight = False
        if not isinstance(exc, GongjiError) or isinstance(exc, StorageError):
            self._lost(exc)
        else:  # pragma: no cover - a read refused for a reason of its own
            self.window.statusBar().showMessage(str(exc))

    # ------------------------------------------------------------------ outage

    def _lost(self, exc: Exception) -> None:
        message = str(exc) if isinstance(exc, GongjiError) else str(self.runner.plain(exc, False))
        details = getattr(exc, "details", "") or ""
        self.outage = message
        self.runner.read_only_reason = message
        self.banner.show_problem(message, details)
        self._apply_read_only()
        self.timer.setInterval(self.BACKOFF_MS[min(self._tries, len(self.BACKOFF_MS) - 1)])
        self._tries += 1

    def _back(self) -> None:
        self.outage = ""
        self.runner.read_only_reason = ""
        self._tries = 0
        self.banner.hide()
        self.timer.setInterval(self.POLL_MS)
        self._apply_read_only()
        self.window.statusBar().showMessage(self.tr("The database can be reached again; the window shows what is "
                                                    "stored now."))

    def _apply_read_only(self) -> None:
        """While the database cannot be reached, everything that writes is disabled — actions, the buttons that
        stand for them, whole panels, single buttons — and its tooltip says why (issue #10: nothing that looks
        enabled does nothing)."""
        down = bool(self.outage)
        why = self.tr("Not available while the database cannot be reached: {reason}").replace(
            "{reason}", self.outage) if down else ""
        for name in WRITING_ACTIONS:
            act = getattr(self.window, name, None)
            if isinstance(act, QAction):
                if down:
                    act.setEnabled(False)
                _tip(act, why)
        widgets = []
        for name in WRITING_PANELS:
            panel = getattr(self.window, name, None)
            if panel is not None:
                panel.setEnabled(not down)
                widgets += [panel, *panel.findChildren(QAbstractButton)]
        for path in WRITING_BUTTONS:
            owner, _, attr = path.partition(".")
            w = getattr(_part(self.window, owner), attr, None)
            if isinstance(w, QWidget):
                if down:
                    w.setEnabled(False)
                widgets += [w, *w.findChildren(QAbstractButton)]
        for w in widgets:
            _tip(w, why)
        if not down and self._was_down:
            self._restore_actions()
        self._was_down = down

    _was_down = False

    def writers_rebuilt(self) -> None:
        """The window made writing buttons anew (长辈模式's page when first shown, its order rows for another
        person): during an outage they are disabled and say why, like the others."""
        if self.outage:
            self._apply_read_only()

    def _restore_actions(self) -> None:
        for path in WRITING_BUTTONS:  # their panels decide again (e.g. Refund only with a refundable payment)
            owner, _, attr = path.partition(".")
            refresh = getattr(_part(self.window, owner), "update_writable", None)
            w = getattr(_part(self.window, owner), attr, None)
            if callable(refresh):
                refresh()
            elif isinstance(w, QWidget):
                w.setEnabled(True)
        has = getattr(self.window, "household_id", None) is not None
        for name in WRITING_ACTIONS:
            act = getattr(self.window, name, None)
            if isinstance(act, QAction) and name not in ("act_undo", "act_redo"):
                act.setEnabled(has or name == "act_new_household")
        update = getattr(self.window, "_update_undo", None)
        if callable(update):
            update()

    def _write_failed(self, exc: Exception) -> None:
        """A write failed: reload every view from the database, so that nothing looks saved that is not."""
        self.window.statusBar().showMessage(str(exc))
        if not self.outage:
            self.refresh_now()

    # ------------------------------------------------------------------ no traceback without a message

    def _install_excepthook(self) -> None:
        previous = sys.excepthook
        sync = self

        def hook(kind, value, tb) -> None:
            from sqlalchemy.exc import DBAPIError
            if isinstance(value, DBAPIError):  # a view read the database on the GUI thread while it was gone
                log.warning("database unreachable: %s", value)
                sync._lost(value)
                return
            previous(kind, value, tb)

        sys.excepthook = hook


def _tip(obj, why: str) -> None:
    """Show ``why`` as the tooltip of a widget or action (keeping its own), or put its own back (``why`` empty)."""
    saved = obj.property(_SAVED_TIP)
    if why:
        if saved is None:
            obj.setProperty(_SAVED_TIP, obj.toolTip())
        obj.setToolTip(why)
    elif saved is not None:
        obj.setToolTip(saved)
        obj.setProperty(_SAVED_TIP, None)


def install_desk_sync(window: QMainWindow, runner: Runner) -> DeskSync:
    """Give ``window`` live refresh from the other desks, F5, and the outage banner (one call in gui/app.py)."""
    window.desk_sync = DeskSync(window, runner)
    return window.desk_sync
