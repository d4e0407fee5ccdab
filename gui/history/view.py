"""The History tab: filters, the lazy records table with a detail pane, totals, a monthly chart, the log of setup
changes, and statements (CSV and a printable PDF)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QSplitter, QTableView,
                               QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from core.collection import Collection
from core.errors import GongjiError
from core.filters import HistoryFilter
from core.labels import EXPENSE_KINDS
from core.views import Changes, MonthlySeries, Totals
from gui import theme
from gui.dialogs import files
from gui.history.model import HistoryModel, kind_text
from gui.history.lazy import LazyPartsMixin
from gui.history.panes import HistoryPanesMixin, _named, _Reader  # split out by concern
from gui.ops import Runner
from gui.widgets import retexts


def _t(text: str) -> str:
    return retexts.translate("History", text)  # remembered: a language switch shows it again


class HistoryView(HistoryPanesMixin, LazyPartsMixin, QWidget):
    #: Emitted after the table was refilled for a new filter (tests and the benchmark wait for it).
    reloaded = Signal()
    AUDIT_PAGE = 200

    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        theme.own_window(self)  # a window of its own takes the app's mode now, before any child is made
        self.runner = runner
        self.household_id: int | None = None
        self._generation = 0
        self._stale = False
        self._audit_stale = True
        self._audit_last: tuple[datetime, int] | None = None
        self.last_totals: Totals | None = None
        self._totals_gen = -1
        self.last_series: MonthlySeries | None = None
        self.model = HistoryModel(runner.col.history, self)
        self._counter = _Reader("gongji-history-count", self)
        self._reader = _Reader("gongji-history-read", self)
        history = runner.col.history
        self.model.count_later = lambda flt, cb: self._after_paint(
            lambda: self._counter.submit(lambda: history.count(flt), cb))
        # Background reads start once the table has painted (or after a short while if it does not paint), so
        # they never compete with the first paint for the CPU.
        self._pending: list[Callable[[], object]] = []
        self._pending_timer = QTimer(self)
        self._pending_timer.setSingleShot(True)
        self._pending_timer.setInterval(150)
        self._pending_timer.timeout.connect(self._run_pending)
        self.model.counted.connect(lambda _n: self._update_count_label())
        self._build()
        self.table.viewport().installEventFilter(self)
        runner.changed.connect(self._on_changed)

    @property
    def col(self) -> Collection:
        return self.runner.col

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        lay.addLayout(bar)

        def labelled(text: str, w: QWidget) -> QWidget:
            lab = QLabel(text, self)
            lab.setBuddy(w)
            bar.addWidget(lab)
            bar.addWidget(w)
            return w

        self.member_combo = labelled(_t("&Member:"), _named(QComboBox(self), _t("Member"),
                                                              _t("Show the records of one member, or everyone")))
        self.view_combo = labelled(_t("Sho&w:"), _named(QComboBox(self), _t("What to show")))
        for key, text in (("all", _t("All records")), ("paid_for_me", _t("How my payments were covered")),
                          ("paid_from_my_account", _t("Paid from my account for others"))):
            self.view_combo.addItem(text, key)
        self.kind_combo = labelled(_t("&Kind:"), _named(QComboBox(self), _t("Kind of record")))
        self.kind_combo.addItem(_t("All kinds"), "")
        for k in ("payment", "refund", "credit", "adjustment"):
            self.kind_combo.addItem(kind_text(k), k)
        self.kind_combo.insertSeparator(self.kind_combo.count())  # then by expense (门诊 / 住院 …; with refunds)
        for e in EXPENSE_KINDS:  # the model has the purposes' words already
            self.kind_combo.addItem(_t("Expense: {kind}").replace("{kind}", self.model.expense_text(e)), "expense:" + e)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(max(len(self.kind_combo.itemText(i)) for i in range(5)))  # 1280 px
        self.period_combo = labelled(_t("&Period:"), _named(QComboBox(self), _t("Period")))
        for key, text in (("3m", _t("Last 3 months")), ("6m", _t("Last 6 months")), ("1y", _t("Last year")),
                          ("all", _t("All dates")), ("custom", _t("Custom\u2026"))):
            self.period_combo.addItem(text, key)
        self.period_combo.setCurrentIndex(3)
        # Re-fit to new texts (a language switch, new names). The two boxes whose items are all here fit them on
        # first show anyway: they follow later, with the kind list's width, after the first paint.
        self.member_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._after_paint(self._fit_boxes_later)
        self._bar = bar  # the custom period's dates go after the period box when first needed (gui/history/lazy.py)
        self.search = labelled(_t("Search &notes:"), _named(QLineEdit(self), _t("Search notes"),
                                                             _t("Type part of a note, e.g. a hospital name")))
        self.search.setClearButtonEnabled(True)
        bar.addStretch(1)

        btns = QHBoxLayout()
        lay.addLayout(btns)
        self.totals_label = _named(QLabel(self), _t("Totals for the records shown"))
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label.setWordWrap(True)
        btns.addWidget(self.totals_label, 1)
        self.export_btn = _named(QPushButton(_t("Export to CS&V\u2026"), self), _t("Export to CSV"),
                                 _t("Save the records shown as a spreadsheet file (ID numbers masked)"))
        self.pdf_btn = _named(QPushButton(_t("Print st&atement (PDF)\u2026"), self), _t("Print statement"),
                              _t("Save a printable statement of the records shown"))
        btns.addWidget(self.export_btn)
        btns.addWidget(self.pdf_btn)

        self.inner = _named(QTabWidget(self), _t("History sections"))
        lay.addWidget(self.inner, 1)
        # records + detail
        split = QSplitter(Qt.Orientation.Vertical, self)  # details below: the table has the whole width
        # In its tab before its children are made: moving a page with children under the style sheet
        # re-resolves the style of every child (~3 ms of the first paint).
        self.inner.addTab(split, _t("&Records"))
        self.table = _named(QTableView(split), _t("Records"), _t("Newest first. Select a record to see its split."))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside (no keyboard trap)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.size_columns()
        theme.min_row_height(self.table)
        self.detail = _named(QTextBrowser(split), _t("Details of the selected record"))
        self.detail.setMinimumHeight(self.table.fontMetrics().height() * 4)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self._add_lazy_pages()  # the chart and the setup log: built when first shown (gui/history/lazy.py)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t_: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.member_combo.currentIndexChanged.connect(self._member_changed)
        for c in (self.view_combo, self.kind_combo):
            c.currentIndexChanged.connect(self.apply_filter)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._show_detail)
        self.table.selectionModel().currentRowChanged.connect(self._detail_soon)
        self.inner.currentChanged.connect(self._inner_tab_changed)
        self.export_btn.clicked.connect(self.export_csv_dialog)
        self.pdf_btn.clicked.connect(self.export_pdf_dialog)
        self._member_changed()

    def _fit_boxes_later(self) -> None:
        for c in (self.view_combo, self.period_combo):
            c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.view().setMinimumWidth(self.kind_combo.view().sizeHintForColumn(0) + 24)

    # ------------------------------------------------------------------ household and filter

    def set_household(self, household_id: int | None) -> None:
        """Show a household. While the tab is hidden the queries wait until it is shown (fast start-up)."""
        self.household_id = household_id
        self._stale = True
        if self.isVisible():
            self._load_now()

    def _load_now(self) -> None:
        self._stale = False
        self._fill_members()
        self.apply_filter()
        self._audit_stale = True
        if self.inner.currentIndex() == 2:
            self.reload_audit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._load_now()

    def _fill_members(self) -> None:
        keep = self.member_combo.currentData()
        self.member_combo.blockSignals(True)
        self.member_combo.clear()
        self.member_combo.addItem(_t("Everyone"), None)
        if self.household_id is not None:
            for mid, name in self.col.history.member_names(self.household_id):
                self.member_combo.addItem(name, mid)
        i = self.member_combo.findData(keep) if keep is not None else 0
        self.member_combo.setCurrentIndex(max(i, 0))
        self.member_combo.blockSignals(False)
        self._update_view_combo()

    def _update_view_combo(self) -> None:
        has_member = self.member_combo.currentData() is not None
        if not has_member:
            self.view_combo.blockSignals(True)
            self.view_combo.setCurrentIndex(0)
            self.view_combo.blockSignals(False)
        self.view_combo.setEnabled(has_member)

    def _member_changed(self, *_a) -> None:
        self._update_view_combo()
        self.apply_filter()

    def _period_changed(self, *_a) -> None:
        self._show_dates(self.period_combo.currentData() == "custom")
        self.apply_filter()

    def current_filter(self) -> HistoryFilter | None:
        if self.household_id is None:
            return None
        preset = self.period_combo.currentData() or "all"
        start = end = None
        if preset == "custom":
            start, end = self.from_date.date().toPython(), self.to_date.date().toPython()
        since, until = self.col.history.date_range(preset, start, end)
        kind = self.kind_combo.currentData() or ""
        expense = kind.removeprefix("expense:") if kind.startswith("expense:") else ""
        return HistoryFilter(household_id=self.household_id, member_id=self.member_combo.currentData(),
                             perspective=self.view_combo.currentData() if self.member_combo.currentData() else "all",
                             kinds=frozenset({kind}) if kind and not expense else frozenset(), since=since,
                             until=until, text=self.search.text(), expenses=frozenset({expense} - {""}))

    def set_filter_values(self, *, member_id: int | None = None, perspective: str = "all", kind: str = "",
                          period: str = "all", text: str = "", start: date | None = None,
                          end: date | None = None) -> None:
        """Set every filter control at once and apply once (for the main window, tests and the benchmark)."""
        if period == "custom" or start or end:
            self._date_edits()
        widgets = (self.member_combo, self.view_combo, self.kind_combo, self.period_combo, self.search,
                   *self._built_dates())
        for w in widgets:
            w.blockSignals(True)
        try:
            self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(member_id)))
            self._update_view_combo()
            self.view_combo.setCurrentIndex(max(0, self.view_combo.findData(perspective)))
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
            self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(period)))
            self._show_dates(period == "custom")
            if start:
                self.from_date.setDate(QDate(start.year, start.month, start.day))
            if end:
                self.to_date.setDate(QDate(end.year, end.month, end.day))
            self.search.setText(text)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._search_timer.stop()
        self.apply_filter()

    def apply_filter(self, *_a) -> None:
        self._search_timer.stop()
        try:
            flt = self.current_filter()
        except GongjiError as exc:
            self.totals_label.setText(str(exc))
            return
        self._generation += 1
        self.model.set_filter(flt)
        self.detail.clear()
        self.export_btn.setEnabled(flt is not None)
        self.pdf_btn.setEnabled(flt is not None)
        if flt is not None and self.model.rowCount():
            self.table.selectRow(0)
        self._update_count_label()
        self.last_series = None
        # Totals and the chart are slower on a big ledger: start them after the table has painted.
        gen = self._generation
        self._after_paint(lambda: self._load_extras(gen, flt))
        self.reloaded.emit()

    def _detail_soon(self, *_a) -> None:
        if self._pending:  # a new filter is waiting for its first paint: the detail comes after it
            self._after_paint(self._detail_timer.start)
        else:
            self._detail_timer.start()

    def _update_count_label(self) -> None:
        if self.last_totals is None or self._totals_gen != self._generation:
            n = self.model.rowCount()
            self.totals_label.setText(_t("counting records\u2026") if self.model.counting
                                      else _t("{n} records").replace("{n}", str(n)))

    def describe_filter(self) -> str:
        parts = [self.member_combo.currentText(), self.view_combo.currentText(), self.kind_combo.currentText()]
        if self.search.text().strip():
            parts.append(_t("notes containing \u201c{t}\u201d").replace("{t}", self.search.text().strip()))
        return " \u00b7 ".join(parts)

    def export_csv_to(self, path: str) -> int:
        flt = self.current_filter()
        assert flt is not None
        return self.col.history.export_csv(path, flt)

    def export_pdf_to(self, path: str) -> int:
        from gui.history.statement import write_statement
        flt = self.current_filter()
        assert flt is not None
        return write_statement(self.col, path, flt, title_extra=self.describe_filter())

    def export_csv_dialog(self) -> None:
        path = files.save_file_name(self, _t("Export to CSV"), "history.csv", _t("CSV files (*.csv)"))
        if path:
            self._run_export(self.export_csv_to, path)

    def export_pdf_dialog(self) -> None:
        path = files.save_file_name(self, _t("Print statement"), "statement.pdf", _t("PDF files (*.pdf)"))
        if path:
            self._run_export(self.export_pdf_to, path)

    def _run_export(self, fn, path: str) -> None:
        try:
            n = fn(path)
        except (GongjiError, OSError) as exc:
            self.runner.message.emit(str(exc))
            return
        self.runner.message.emit(_t("{n} records written to {file}.").replace("{n}", str(n)).replace("{file}", path))

    # ------------------------------------------------------------------ refresh

    def _on_changed(self, changes: Changes) -> None:
        if self.household_id is None:
            return
        if not self.isVisible():
            self._stale = self._stale or not changes.empty
            return
        if changes.members or changes.households:
            self._fill_members()
        if changes.transactions or changes.balances or changes.members:
            row = self.table.currentIndex().row()
            self.apply_filter()
            if 0 <= row < self.model.rowCount():
                self.table.selectRow(row)
        if changes.audit:
            self._audit_stale = True
            if self.inner.currentIndex() == 2:
                self.reload_audit()
