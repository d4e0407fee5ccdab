"""Columns that re-fit whenever what decides their width changes: the data (model reset / rows / data changed),
the language (LanguageChange — header titles are translated when asked for), the mode (style sheet / font
change), and the view's size. ``auto_fit(view, fit)`` calls ``fit()`` once after each burst of such events.

``fit_wrapping(view, fixed, wrapping)`` is the usual fit: the ``fixed`` columns (names, amounts, dates) are as
wide as their contents and titles — never cut; the ``wrapping`` columns share the rest and wrap onto more lines
(rows grow to their contents) instead of being cut off or scrolling sideways.

Quick (issue #10: a payment updates every panel within 30 ms): a fit is skipped when neither the data, the fonts
nor the view's width changed since the last one (showing a page again, a repeated polish); and the widths of
cells and the heights of rows are remembered by their texts (``_Measures``), so a new row at the top of a list
costs the measuring of that row only, not of every row again.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView

_EVENTS = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange,
           QEvent.Type.Polish, QEvent.Type.LanguageChange)


_FIT = QEvent.Type(QEvent.registerEventType())


class _Posted(QObject):
    """Calls ``fn`` once after a burst of ``start()`` calls, from a posted event (normal priority) rather than a
    zero-time timer: Qt posts its repaints at low priority, so the fit runs before the next paint and the changed
    table is painted once, already fitted (a timer ran after the paint and made Qt paint the table twice)."""

    def __init__(self, parent: QObject, fn):
        super().__init__(parent)
        self.fn, self.posted = fn, False

    def start(self) -> None:
        if not self.posted:
            self.posted = True
            QCoreApplication.postEvent(self, QEvent(_FIT))

    def stop(self) -> None:
        self.posted = False  # the posted event then does nothing

    def isActive(self) -> bool:  # noqa: N802 - QTimer's name
        return self.posted

    def event(self, event) -> bool:
        if event.type() == _FIT:
            if self.posted:
                self.posted = False
                self.fn()
            return True
        return super().event(event)


class _AutoFit(QObject):
    def __init__(self, view: QAbstractItemView, fit):
        super().__init__(view)
        self.view, self.fit = view, fit
        self.dirty = True
        self.last: tuple | None = None
        self.timer = _Posted(self, self._run)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        m = view.model()
        for sig in (m.modelReset, m.rowsInserted, m.rowsRemoved, m.dataChanged, m.layoutChanged,
                    m.headerDataChanged):
            sig.connect(self.schedule)

    def schedule(self, *_args) -> None:
        self.dirty = True
        self.timer.start()

    def _run(self) -> None:
        if not self.view.isVisible():
            return
        state = (self.view.viewport().width(), self.view.font().key(), self.view.horizontalHeader().font().key()
                 if isinstance(self.view, QTableView) else "")
        if not self.dirty and state == self.last:
            return  # nothing that decides a width changed since the last fit
        self.dirty, self.last = False, state
        self.fit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        t = event.type()
        if t == QEvent.Type.LanguageChange and obj is self.view:
            m = self.view.model()
            n = _columns(m)
            if n:
                m.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, n - 1)  # titles are translated on demand
        if t in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self.dirty = True
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


class WrappingHeader(QHeaderView):
    """A table's horizontal header whose titles may wrap onto a second line, its height following them: for a table
    whose wrapping columns (``fit_wrapping``) cannot have their whole titles on one line at the screen's width — a
    title is cut, never the table's right edge left off-screen (the members table at 1280 px in English)."""

    PADDING = 18  # the header style's 8 px each side, and the border

    def __init__(self, parent: QTableView):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setSectionsClickable(True)  # as QTableView's own header
        self.setHighlightSections(True)

    def sectionSizeFromContents(self, logical: int):  # noqa: N802 - Qt override
        """Remembered by the section's title, width and font (until the style or font changes): Qt asks again and
        again for the same sections (~50 times for 8 at start-up), and each answer asks the model and the style
        sheet's style through Python."""
        model = self.model()
        title = str(model.headerData(logical, Qt.Orientation.Horizontal) or "") if model is not None else ""
        key = (logical, title, self.sectionSize(logical), self.font().key())
        known = self.__dict__.setdefault("_sizes", {})
        size = known.get(key)
        if size is None:
            size = super().sectionSizeFromContents(logical)
            width = self.sectionSize(logical) - self.PADDING
            if model is not None and width > 0:
                lines = _bold_metrics(self).boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), title)
                size.setHeight(max(size.height(), lines.height() + 10))
            if len(known) > 500:
                known.clear()
            known[key] = QSize(size)
        return QSize(size)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.__dict__["_sizes"] = {}
        super().changeEvent(event)


def title_min_width(view: QTableView, column: int) -> int:
    """The narrowest a column may be for its title: the whole title on one line, or — under a WrappingHeader — its
    longest word (the rest goes onto the next line)."""
    if not isinstance(view.horizontalHeader(), WrappingHeader):
        return header_width(view, column)
    title, fm = _title(view.horizontalHeader(), column)
    return max((fm.horizontalAdvance(word) for word in title.split()), default=0) + WrappingHeader.PADDING


_BOLD_METRICS: dict[str, QFontMetrics] = {}


def _bold_metrics(header: QHeaderView) -> QFontMetrics:
    """The metrics a header's titles are drawn with (the header style's titles are bold), made once per font:
    making a QFontMetrics looks the font up again (~0.1 ms), and a header asks per section."""
    f = header.font()
    key = f.key()
    fm = _BOLD_METRICS.get(key)
    if fm is None:
        bold = QFont(f)
        bold.setBold(True)
        fm = _BOLD_METRICS[key] = QFontMetrics(bold)
    return fm


def _title(header: QHeaderView, column: int) -> tuple[str, QFontMetrics]:
    """A column's title and the metrics it is drawn with."""
    return str(header.model().headerData(column, Qt.Orientation.Horizontal) or ""), _bold_metrics(header)


def header_width(view: QTableView, column: int) -> int:
    """Width the column's title needs (the header style is bold with 8 px padding each side)."""
    title, fm = _title(view.horizontalHeader(), column)
    return fm.horizontalAdvance(title) + 18


class _Measures:
    """What the view's delegate says a cell needs, remembered by the cell's text (and the fonts): asking the
    delegate is the expensive part of a fit (it reads every role of the cell), and after a payment only the new
    row's texts are new."""

    def __init__(self) -> None:
        self.key: tuple = ()
        self.widths: dict[tuple, int] = {}
        self.heights: dict[tuple, int] = {}

    @staticmethod
    def of(view: QTableView) -> _Measures:
        m = getattr(view, "_fit_measures", None)
        if m is None:
            m = view._fit_measures = _Measures()
        key = (view.font().key(), view.showGrid(), view.verticalHeader().minimumSectionSize(),
               view.verticalHeader().maximumSectionSize())
        if key != m.key:
            m.key, m.widths, m.heights = key, {}, {}
        if len(m.widths) > 5000 or len(m.heights) > 5000:
            m.widths, m.heights = {}, {}
        return m


def _option(view: QTableView) -> QStyleOptionViewItem:
    opt = QStyleOptionViewItem()
    view.initViewItemOption(opt)
    return opt


def _texts(model, row: int, columns) -> tuple:
    text = _text_of(model)
    return tuple(text(row, c) for c in columns)


def _text_of(model):
    """``text(row, column)``: the cell's display text — the model's own ``display_text`` when it has one (a plain
    Python call; a fit asks for every cell), else through the Qt index."""
    fast = getattr(model, "display_text", None)
    return fast if fast is not None else (lambda row, column: model.index(row, column).data())


def content_width(view: QTableView, column: int) -> int:
    """Width of the widest cell of the column (as ``sizeHintForColumn`` measures it) or of its title."""
    model, m = view.model(), _Measures.of(view)
    opt, delegate, widest = None, view.itemDelegateForColumn(column) or view.itemDelegate(), 0
    text = _text_of(model)
    for row in range(model.rowCount()):
        key = (column, text(row, column))
        w = m.widths.get(key)
        if w is None:
            opt = opt or _option(view)
            w = m.widths[key] = delegate.sizeHint(opt, model.index(row, column)).width()
        widest = max(widest, w)
    if view.showGrid():
        widest += 1
    return max(widest, header_width(view, column))


def fit_rows(view: QTableView) -> None:
    """``resizeRowsToContents``, asking the view only for rows whose texts or column widths are new.

    Rows not measured before and lying below the visible part are measured right after the next paint (they only
    decide the scroll range): the first screen of a list is painted without waiting for its last rows (issue #11:
    start-up). A later fit supersedes a pending one."""
    model, m, hh = view.model(), _Measures.of(view), view.horizontalHeader()
    columns = [c for c in range(_columns(model)) if not hh.isSectionHidden(c)]
    widths = tuple(hh.sectionSize(c) for c in columns)
    view._fit_rows_generation = generation = getattr(view, "_fit_rows_generation", 0) + 1
    visible, y, later = view.viewport().height(), 0, []

    def fit_row(row: int, *, defer: bool) -> int | None:
        """The row's height, remembered by its texts; a row not measured before is left (None) when ``defer``."""
        key = (widths, _texts(model, row, columns))
        h = m.heights.get(key)
        if h is None:
            if defer:
                return None
            h = m.heights[key] = _row_height(view, row)
        if view.rowHeight(row) != h:
            view.setRowHeight(row, h)
        return h

    for row in range(model.rowCount()):
        h = fit_row(row, defer=y > visible)
        if h is None:
            later.append(row)
        else:
            y += h
    if later:
        def rest() -> None:
            if getattr(view, "_fit_rows_generation", None) != generation or model is not view.model():
                return  # fitted again since, or another model
            for row in later:
                if row < model.rowCount():
                    fit_row(row, defer=False)
        _AfterPaint(view.viewport(), rest)


class _AfterPaint(QObject):
    """Calls ``fn`` once, right after ``widget``'s next paint (a zero timer would run before it: Qt posts its
    repaints at low priority)."""

    def __init__(self, widget, fn):
        super().__init__(widget)
        self.fn = fn
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.fn is not None:
            fn, self.fn = self.fn, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, lambda: (fn(), self.deleteLater()))
        return False


def _row_height(view: QTableView, row: int) -> int:
    vh = view.verticalHeader()
    h = max(view.sizeHintForRow(row), vh.sectionSizeHint(row) if not vh.isHidden() else 0)
    return min(max(h, vh.minimumSectionSize()), vh.maximumSectionSize())


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
    if len(cols) == 1:  # it takes the rest, whatever its contents: they are not measured (issue #11: start-up)
        hh.resizeSection(cols[0], max(rest, title_min_width(view, cols[0])))
    elif cols:
        want = {c: content_width(view, c) for c in cols}
        total = sum(want.values())
        if total <= rest:  # everything fits on one line: give the spare width to the last wrapping column
            for c in cols[:-1]:
                hh.resizeSection(c, want[c])
            hh.resizeSection(cols[-1], rest - sum(want[c] for c in cols[:-1]))
        else:  # share the rest in proportion, but never below the column's title
            left = rest
            for i, c in enumerate(cols):
                w = left if i == len(cols) - 1 else max(title_min_width(view, c), rest * want[c] // total)
                w = max(w, title_min_width(view, c))
                hh.resizeSection(c, w)
                left -= w
    if isinstance(hh, WrappingHeader):  # its height follows the titles' lines at the new widths
        n = _columns(view.model())
        if n:
            hh.headerDataChanged(Qt.Orientation.Horizontal, 0, n - 1)
        view.updateGeometries()
    fit_rows(view)
