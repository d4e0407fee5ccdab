"""Columns that re-fit whenever what decides their width changes: the data (model reset / rows / data changed),
the language (LanguageChange — header titles are translated when asked for), the mode (style sheet / font
change), and the view's size. ``auto_fit(view, fit)`` calls ``fit()`` once after each burst of such events.

``fit_wrapping(view, fixed, wrapping)`` is the usual fit: the ``fixed`` columns (names, amounts, dates) are as
wide as their contents and titles — never cut; the ``wrapping`` columns share the rest and wrap onto more lines
(rows grow to their contents) instead of being cut off or scrolling sideways.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

_EVENTS = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange,
           QEvent.Type.Polish, QEvent.Type.LanguageChange)


class _AutoFit(QObject):
    def __init__(self, view: QAbstractItemView, fit):
        super().__init__(view)
        self.view, self.fit = view, fit
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._run)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        m = view.model()
        for sig in (m.modelReset, m.rowsInserted, m.rowsRemoved, m.dataChanged, m.layoutChanged,
                    m.headerDataChanged):
            sig.connect(self.schedule)

    def schedule(self, *_args) -> None:
        self.timer.start()

    def _run(self) -> None:
        if self.view.isVisible():
            self.fit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        t = event.type()
        if t == QEvent.Type.LanguageChange and obj is self.view:
            m = self.view.model()
            n = _columns(m)
            if n:
                m.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, n - 1)  # titles are translated on demand
        if t in _EVENTS:
            self.timer.start()
        return False


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # QAbstractListModel
        return 1


def auto_fit(view: QAbstractItemView, fit) -> None:
    view._auto_fit = _AutoFit(view, fit)


def header_width(view: QTableView, column: int) -> int:
    """Width the column's title needs (the header style is bold with 8 px padding each side)."""
    hh = view.horizontalHeader()
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    f = QFont(hh.font())
    f.setBold(True)
    return QFontMetrics(f).horizontalAdvance(title) + 18


def content_width(view: QTableView, column: int) -> int:
    return max(view.sizeHintForColumn(column), header_width(view, column))


def fit_wrapping(view: QTableView, fixed: list[int], wrapping: list[int]) -> None:
    hh = view.horizontalHeader()
    hh.setStretchLastSection(False)
    for c in range(_columns(view.model())):
        hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    avail = view.viewport().width()
    used = 0
    for c in fixed:
        w = content_width(view, c)
        hh.resizeSection(c, w)
        used += w
    rest = max(avail - used, 0)
    cols = [c for c in wrapping if not hh.isSectionHidden(c)]
    want = {c: content_width(view, c) for c in cols}
    total = sum(want.values())
    if cols:
        if total <= rest:  # everything fits on one line: give the spare width to the last wrapping column
            for c in cols[:-1]:
                hh.resizeSection(c, want[c])
            hh.resizeSection(cols[-1], rest - sum(want[c] for c in cols[:-1]))
        else:  # share the rest in proportion, but never below the column's title
            left = rest
            for i, c in enumerate(cols):
                w = left if i == len(cols) - 1 else max(header_width(view, c), rest * want[c] // total)
                w = max(w, header_width(view, c))
                hh.resizeSection(c, w)
                left -= w
    view.resizeRowsToContents()
