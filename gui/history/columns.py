"""The Records table's column widths (issue #10): no sideways scrolling, and every time, kind, name and amount
whole on one line.

The widths come from what is shown — the rows in memory (the lazy model's cached windows, so nothing is read for
it) and the titles — in the current language and fonts, not from worst-case samples. The note, free text, is the
last column and takes the width the others leave; a longer note is cut with … (its tooltip and the detail pane
show it whole). The table re-fits (``gui.widgets.fit.auto_fit``) when the rows, a newly read window of rows, the
language, the mode (fonts) or the table's width change. Only when the names and amounts alone are wider than the
table (a very narrow window) does it scroll sideways — it never cuts an amount or a name.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTableView

from gui.history.model import plain_join
from gui.widgets import fit, retexts

#: The note keeps at least this many average characters beyond its title's width, when there is room.
NOTE_MIN_CHARS = 6


def install(table: QTableView) -> None:
    """Fit ``table`` (a HistoryModel's view) now and again whenever what decides the widths changes."""
    table.setWordWrap(False)  # rows have one fixed height: a long note is cut with …, never wrapped out of sight
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    hh = table.horizontalHeader()
    hh.setStretchLastSection(False)  # the fit gives the note exactly what is left
    for c in range(table.model().columnCount()):
        hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
    if getattr(table, "_auto_fit", None) is None:
        fit.auto_fit(table, lambda: fit_records(table))
        table.model().fetched.connect(table._auto_fit.schedule)
    fit_records(table)


def _padding(table: QTableView) -> int:
    """What a cell needs beside its text's advance: the style's text margins, the item's padding and the grid."""
    opt = QStyleOptionViewItem()
    table.initViewItemOption(opt)
    opt.rect = QRect(0, 0, 1000, 30)
    opt.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    style = table.style()
    text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, table)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    grid = 1 if table.showGrid() else 0
    return max(0, 1000 - text_rect.width()) + 2 * margin + grid + 2  # + 2: rounding of the text layout


class _Fit:
    """One fit: the widths each column's texts need, measured once per text."""

    def __init__(self, table: QTableView):
        self.table, self.model, self.hh = table, table.model(), table.horizontalHeader()
        self.fm = table.fontMetrics()
        self.pad = _padding(table)
        self._adv: dict[str, int] = {}

    def advance(self, text: str) -> int:
        w = self._adv.get(text)
        if w is None:
            w = self._adv[text] = self.fm.horizontalAdvance(text)
        return w

    def run(self) -> None:
        model, hh, table = self.model, self.hh, self.table
        cols = model.COLUMNS
        note, covered = cols.index("note"), cols.index("covered")
        need = [fit.header_width(table, c) for c in range(len(cols))]
        sep = _separator()
        whole = part = need[covered]  # the whole "covered by" list on one line / its widest single part
        loaded = list(model.loaded())
        for _r, row, cells in loaded:
            for c, text in enumerate(cells):
                if text and c != covered:
                    need[c] = max(need[c], self.advance(text) + self.pad)
            parts = model.covered_parts(row)
            if parts:
                whole = max(whole, self.advance(sep.join(parts)) + self.pad)
                part = max(part, max(self.advance(p + sep.rstrip()) for p in parts) + self.pad)
        title = fit.header_width(table, note)
        note_min = max(title, min(need[note], title + NOTE_MIN_CHARS * self.fm.averageCharWidth()))
        others = sum(w for c, w in enumerate(need) if c not in (note, covered) and not hh.isSectionHidden(c))
        width = table.viewport().width()
        room = width - others - note_min
        # The whole list on one line when it fits beside a note of a few characters; else its accounts on more
        # lines (a name stays with its amount) — then the note narrows down to its title, and only then does the
        # table scroll sideways.
        need[covered] = whole if whole <= room else max(part, room)
        self._wrap(need[covered] - self.pad if need[covered] < whole else None)
        for c, w in enumerate(need):
            if c != note:
                hh.resizeSection(c, w)
        hh.resizeSection(note, max(width - others - need[covered], title))
        self._row_heights(loaded)

    def _wrap(self, limit: int | None) -> None:
        """Make the "covered by" texts again if their wrapping width changed."""
        model = self.model
        key = (limit, self.table.font().key())
        if getattr(model, "_wrap_key", None) == key:
            return
        model._wrap_key = key
        fm = QFontMetrics(self.fm)

        def join(parts: list[str], sep: str) -> str:
            lines, line = [], ""
            for p in parts:
                if line and fm.horizontalAdvance(line + sep + p) > limit:
                    lines.append(line + sep.rstrip())
                    line = p
                else:
                    line = line + sep + p if line else p
            return "\n".join([*lines, line])
        model.set_join(join if limit is not None else plain_join)
        self.table.viewport().update()

    def _row_heights(self, loaded) -> None:
        """Rows whose "covered by" list takes more lines are that much taller; the others keep the usual height."""
        table, vh = self.table, self.table.verticalHeader()
        base = vh.defaultSectionSize()
        for r, row, _cells in loaded:
            lines = self.model.cell(row, "covered").count("\n") + 1  # as wrapped now
            h = base if lines == 1 else max(base, base + (lines - 1) * self.fm.lineSpacing())
            if table.rowHeight(r) != h:
                table.setRowHeight(r, h)


def _separator() -> str:
    return retexts.translate("History", ", ")  # as HistoryModel.cell joins the parts


def fit_records(table: QTableView) -> None:
    _Fit(table).run()
