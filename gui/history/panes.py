"""Parts of the History tab split out of view.py by concern: the background reader, the after-first-paint
scheduling, totals, the monthly chart, the detail pane and the log of setup changes (a mixin of HistoryView)."""
from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QSizePolicy, QTableWidgetItem

from core.filters import HistoryFilter
from core.labels import expense_label
from core.money import format_fen
from core.views import MonthlySeries, Totals, TxnView
from gui.history import columns
from gui.history.model import kind_text

log = logging.getLogger(__name__)
from gui.widgets import fit, retexts


def _t(text: str) -> str:
    return retexts.translate("History", text)  # remembered: a language switch shows it again


class _Reader(QObject):
    """Reads on a thread of its own (not the Runner's write worker, so a long total never delays a write or a
    count); the callback runs on the GUI thread. A job whose generation is no longer current is skipped."""
    _done = Signal(object, object)

    _pools: dict[str, ThreadPoolExecutor] = {}  # one thread per purpose, shared by all views, started once

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        pool = self._pools.get(name)
        if pool is None or pool._shutdown:  # noqa: SLF001 - recreate after a shutdown
            pool = self._pools[name] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._pool = pool
        self._closed = False
        self._done.connect(lambda cb, value: None if self._closed else cb(value))

    def submit(self, fn: Callable[[], object], callback: Callable[[object], None],
               current: Callable[[], bool] = lambda: True) -> Future:
        def job():
            if self._closed or not current():
                return
            try:
                value = fn()
            except Exception:  # noqa: BLE001 - a failed read only leaves the totals empty
                log.exception("history read failed")
                return
            self._done.emit(callback, value)
        return self._pool.submit(job)

    def wait_idle(self, timeout: float = 60.0) -> None:
        self._pool.submit(lambda: None).result(timeout)

    def shutdown(self) -> None:
        """This view no longer wants results (the shared thread stays for other views)."""
        self._closed = True
        self.wait_idle()


def _named(w, name: str, tip: str | None = None):
    w.setAccessibleName(name)
    if tip:
        w.setToolTip(tip)
        w.setAccessibleDescription(tip)
    return w


class HistoryPanesMixin:
    """Mixed into HistoryView."""

    def size_columns(self) -> None:
        """Fit the records' columns to the rows shown and the titles, now and whenever the rows, the language, the
        mode or the table's width change (gui/history/columns.py: no sideways scrolling, no amount or name cut)."""
        columns.install(self.table)
        # The member box never narrower than its longest name or "Everyone" (at 1280 px in English the bar squeezed
        # it to "Everyon"): the search box, which has room to spare, gives way instead.
        policy = self.member_combo.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Minimum)
        self.member_combo.setSizePolicy(policy)

    def retranslate(self) -> None:
        """Every text of the tab in the current language, after a run-time language switch (MainWindow calls it):
        the texts built once are shown again (gui.widgets.retexts), the kinds and headers made again, and the
        records, totals, chart and setup log read again."""
        retexts.retranslate_tree(self, "History")
        for i in range(self.kind_combo.count()):
            d = self.kind_combo.itemData(i)
            if isinstance(d, str) and d.startswith("expense:"):
                self.kind_combo.setItemText(i, _t("Expense: {kind}").replace("{kind}", expense_label(d[8:])))
            elif d:
                self.kind_combo.setItemText(i, kind_text(d))
        self.model.retranslate()
        self.size_columns()
        self._stale = self._audit_stale = True
        if self.isVisible():
            self._load_now()

    def _after_paint(self, fn: Callable[[], object]) -> None:
        self._pending.append(fn)
        if not self._pending_timer.isActive():
            self._pending_timer.start()

    def _run_pending(self) -> None:
        self._pending_timer.stop()
        jobs, self._pending = self._pending, []
        for fn in jobs:
            fn()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt name
        if self._pending and event.type() == QEvent.Type.Paint and obj is self.table.viewport():
            QTimer.singleShot(0, self._run_pending)
        return False

    def wait_idle(self, timeout: float = 60.0) -> None:
        """Start what waits for a paint, then block until the background reads are done (tests, benchmark)."""
        self._run_pending()
        self._counter.wait_idle(timeout)
        self._reader.wait_idle(timeout)

    def shutdown(self) -> None:
        self._counter.shutdown()
        self._reader.shutdown()

    def _load_extras(self, gen: int, flt: HistoryFilter | None) -> None:
        if gen != self._generation:
            return
        self._load_totals(flt)
        if self.inner.currentWidget() is self.chart_tab:
            self._load_chart(flt)

    # ------------------------------------------------------------------ totals and chart (on the DB worker)

    def _load_totals(self, flt: HistoryFilter | None) -> None:
        if flt is None:
            self.totals_label.setText("")
            return
        gen = self._generation
        history = self.col.history
        self._reader.submit(lambda: history.totals(flt), lambda t: self._show_totals(gen, flt, t),
                            current=lambda: gen == self._generation)

    def _show_totals(self, gen: int, flt: HistoryFilter, t: Totals) -> None:
        if gen != self._generation:
            return
        self.last_totals = t
        self._totals_gen = gen
        parts = [_t("{n} records").replace("{n}", str(t.count))]
        if "payment" in t.by_kind:
            parts.append(_t("payments {a}").replace("{a}", format_fen(t.by_kind["payment"])))
        if "refund" in t.by_kind:
            parts.append(_t("refunds {a}").replace("{a}", format_fen(t.by_kind["refund"])))
        if t.by_kind.get("payment"):
            parts.append(_t("out of pocket {a}").replace("{a}", format_fen(t.out_of_pocket_fen)))
        if "credit" in t.by_kind:
            parts.append(_t("contributions {a}").replace("{a}", format_fen(t.by_kind["credit"])))
        accounts = []
        for mid, amount in sorted(t.by_account.items(), key=lambda kv: -kv[1]):
            name = t.names.get(mid, str(mid))
            if flt.perspective == "paid_from_my_account" and mid == flt.member_id:
                parts.append(_t("left my account: {a}").replace("{a}", format_fen(amount)))
            accounts.append(f"{name} {format_fen(amount)}")
        text = " \u00b7 ".join(parts)
        if accounts:
            text += "\n" + _t("Paid from accounts: {list}").replace("{list}", ", ".join(accounts))
        self.totals_label.setText(text)

    def _inner_tab_changed(self, _i: int) -> None:
        if self.inner.currentWidget() is self.chart_tab and self.last_series is None:
            self._load_chart(self.current_filter())
        if self.inner.currentIndex() == 2 and self._audit_stale:
            self.reload_audit()

    def _load_chart(self, flt: HistoryFilter | None) -> None:
        if flt is None:
            self.chart.set_series(None)
            return
        gen = self._generation
        history = self.col.history
        self._reader.submit(lambda: history.monthly_series(flt), lambda s: self._show_chart(gen, s),
                            current=lambda: gen == self._generation)

    def _show_chart(self, gen: int, series: MonthlySeries) -> None:
        if gen != self._generation:
            return
        self.last_series = series
        self.chart.set_series(series, self.chart_mode.currentData())

    # ------------------------------------------------------------------ detail pane

    def selected_row(self) -> TxnView | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def _show_detail(self, *_a) -> None:
        r = self.selected_row()
        if r is None:
            self.detail.clear()
            return
        esc = lambda s: (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))  # noqa: E731
        html = [f"<h3>{esc(kind_text(r.kind))} #{r.id} \u00b7 {format_fen(r.amount_fen)}</h3>",
                f"<p>{r.occurred_at:%Y-%m-%d %H:%M} \u00b7 {esc(r.member_name)}"
                + (f" \u00b7 {esc(expense_label(r.expense_kind))}" if r.expense_kind else "") + "</p>"]
        if r.note:
            html.append(f"<p>{esc(r.note)}</p>")
        if r.kind in ("payment", "refund"):
            head = _t("How it was covered:") if r.kind == "payment" else _t("Given back to:")
            html.append(f"<p><b>{esc(head)}</b></p><ul>")
            for s in r.splits:
                who = _t("own account") if s.own else _t("account of {name}").replace("{name}", s.member_name)
                html.append(f"<li>{esc(who)}: {format_fen(s.amount_fen)}</li>")
            html.append(f"<li>{esc(_t('out of pocket'))}: {format_fen(r.out_of_pocket_fen)}</li></ul>")
        if r.kind == "payment":
            refunds = self.col.history.refunds_of(r.id)
            if refunds:
                html.append(f"<p><b>{esc(_t('Refunds of this payment:'))}</b></p><ul>")
                for x in refunds:
                    html.append(f"<li>#{x.id} {x.occurred_at:%Y-%m-%d} {format_fen(x.amount_fen)}"
                                + (f" \u00b7 {esc(x.note)}" if x.note else "") + "</li>")
                html.append("</ul>")
                html.append(f"<p>{esc(_t('Still refundable: {a}').replace('{a}', format_fen(r.amount_fen - r.refunded_fen)))}</p>")
        if r.kind == "refund" and r.refund_of_id:
            pay = self.col.history.row(r.refund_of_id)
            if pay is not None:
                html.append("<p>" + esc(_t("Refund of payment #{id} on {date} ({amount}).")
                                        .replace("{id}", str(pay.id))
                                        .replace("{date}", pay.occurred_at.strftime("%Y-%m-%d"))
                                        .replace("{amount}", format_fen(pay.amount_fen))) + "</p>")
        self.detail.setHtml("".join(html))

    # ------------------------------------------------------------------ audit log

    def reload_audit(self) -> None:
        self._audit_stale = False
        self.audit_table.setRowCount(0)
        self._audit_last = None
        self._load_more_audit()

    def _load_more_audit(self) -> None:
        if self.household_id is None:
            self.audit_more.setEnabled(False)
            return
        events = self.col.audit.page(self.household_id, limit=self.AUDIT_PAGE, before=self._audit_last)
        for e in events:
            r = self.audit_table.rowCount()
            self.audit_table.insertRow(r)
            actor = e.actor + (f" ({e.on_behalf_of})" if e.on_behalf_of else "")
            for c, text in enumerate((e.at.strftime("%Y-%m-%d %H:%M"), actor, e.summary)):
                self.audit_table.setItem(r, c, QTableWidgetItem(text))
        if events:
            self._audit_last = (events[-1].at, events[-1].id)
        self.audit_more.setEnabled(len(events) == self.AUDIT_PAGE)

    # ------------------------------------------------------------------ statements
