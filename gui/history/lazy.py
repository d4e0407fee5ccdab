"""Parts of the History tab that the first screen does not show, built when first needed (issue #11: the first
paint of the records waits for nothing it does not show): the monthly chart and the log of setup changes, and the
two date boxes of a custom period.

The inner tabs exist from the start — titles, mnemonics, keyboard and screen readers see them as before; a page's
widgets are made when its tab is first opened, or when code first asks for one of them (``view.chart``,
``view.chart_mode``, ``view.audit_table``, ``view.audit_more``, ``view.from_date``, ``view.to_date``), in the
language and mode in force then.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QTableWidget,
                               QVBoxLayout, QWidget)

from gui import theme
from gui.history.chart import MonthlyChart
from gui.history.panes import _named
from gui.widgets import retexts


def _t(text: str) -> str:
    return retexts.translate("History", text)  # remembered: a language switch shows it again


def _show_built(page: QWidget) -> None:
    """Children made inside a page that is already shown stay hidden until shown (Qt): show them now, not on the
    next turn of the event loop (a test or a screen reader may look at once)."""
    if page.isVisible():
        for w in page.findChildren(QWidget, "", Qt.FindChildOption.FindDirectChildrenOnly):
            if not w.isWindow():
                w.show()


class LazyPartsMixin:
    """Mixed into HistoryView: the chart and setup-log pages, empty until needed, and the custom period's dates."""

    _dates: tuple[QDateEdit, QDateEdit] | None = None

    # ------------------------------------------------------------------ custom period

    @property
    def from_date(self) -> QDateEdit:
        return self._date_edits()[0]

    @property
    def to_date(self) -> QDateEdit:
        return self._date_edits()[1]

    def _built_dates(self) -> tuple[QDateEdit, ...]:
        return self._dates or ()

    def _show_dates(self, custom: bool) -> None:
        for d in self._date_edits() if custom else self._built_dates():
            d.setVisible(custom)

    def _date_edits(self) -> tuple[QDateEdit, QDateEdit]:
        """After the period box in the filter row (``self._bar``), hidden until the period is custom."""
        if self._dates is None:
            today = QDate.currentDate()
            dates = (_named(QDateEdit(today.addMonths(-1), self), _t("From date")),
                     _named(QDateEdit(today, self), _t("To date")))
            at = self._bar.indexOf(self.period_combo) + 1
            for i, d in enumerate(dates):
                d.setCalendarPopup(True)
                d.setDisplayFormat("yyyy-MM-dd")
                d.hide()
                self._bar.insertWidget(at + i, d)
                d.dateChanged.connect(self.apply_filter)
            self._dates = dates
        return self._dates

    # ------------------------------------------------------------------ chart and setup log

    def _add_lazy_pages(self) -> None:
        self._chart_parts: tuple[MonthlyChart, QComboBox] | None = None
        self._audit_parts: tuple[QTableWidget, QPushButton] | None = None
        self.chart_tab = QWidget(self)
        self.inner.addTab(self.chart_tab, _t("Mon&thly chart"))
        self.audit_tab = QWidget(self)
        self.inner.addTab(self.audit_tab, _t("Setup &changes"))
        # Connected before the view's own handler (which loads the page's data into these widgets).
        self.inner.currentChanged.connect(self._build_current_page)

    def _build_current_page(self, _i: int = -1) -> None:
        page = self.inner.currentWidget()
        if page is self.chart_tab:
            self._chart_page()
        elif page is self.audit_tab:
            self._audit_page()

    @property
    def chart(self) -> MonthlyChart:
        return self._chart_page()[0]

    @property
    def chart_mode(self) -> QComboBox:
        return self._chart_page()[1]

    @property
    def audit_table(self) -> QTableWidget:
        return self._audit_page()[0]

    @property
    def audit_more(self) -> QPushButton:
        return self._audit_page()[1]

    def _chart_page(self) -> tuple[MonthlyChart, QComboBox]:
        if self._chart_parts is None:
            page = self.chart_tab
            cl = QVBoxLayout(page)
            row = QHBoxLayout()
            mode = _named(QComboBox(page), _t("Chart by"))
            mode.addItem(_t("By member (who paid)"), "member")
            mode.addItem(_t("By paying account"), "account")
            lab = QLabel(_t("Chart &by:"), page)
            lab.setBuddy(mode)
            row.addWidget(lab)
            row.addWidget(mode)
            row.addStretch(1)
            cl.addLayout(row)
            chart = MonthlyChart(page)
            cl.addWidget(chart, 1)
            mode.currentIndexChanged.connect(lambda _i: chart.set_mode(mode.currentData()))
            self._chart_parts = (chart, mode)
            _show_built(page)
        return self._chart_parts

    def _audit_page(self) -> tuple[QTableWidget, QPushButton]:
        if self._audit_parts is None:
            page = self.audit_tab
            al = QVBoxLayout(page)
            table = _named(QTableWidget(0, 3, page), _t("Setup changes"),
                           _t("Bindings, unbindings and changes of the payment order, newest first"))
            table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside (no keyboard trap)
            table.setHorizontalHeaderLabels([_t("Time"), _t("Operator"), _t("Change")])
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().hide()
            theme.min_row_height(table)
            table.horizontalHeader().setStretchLastSection(True)
            table.setColumnWidth(0, 160)
            al.addWidget(table, 1)
            more = _named(QPushButton(_t("Show ol&der changes"), page), _t("Show older changes"))
            al.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
            more.clicked.connect(self._load_more_audit)
            self._audit_parts = (table, more)
            _show_built(page)
        return self._audit_parts
