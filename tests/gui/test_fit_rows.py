"""gui.widgets.fit.fit_rows: rows grow to their wrapped contents. The rows on screen are measured before the first
paint; rows below it, not measured before, right after it (issue #11: the first screen of a list does not wait for
its last rows) — and they are measured: a long note far down the list still gets its two lines."""
from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from gui.widgets import fit

LONG = "这是一条很长的备注，" * 12


def make_view(qtbot, rows: int = 120) -> QTableView:
    model = QStandardItemModel(rows, 2)
    for r in range(rows):
        model.setItem(r, 0, QStandardItem(f"2026-01-{r % 28 + 1:02d}"))
        model.setItem(r, 1, QStandardItem(LONG if r in (1, rows - 2) else "短"))
    view = QTableView()
    view.setModel(model)
    view.resize(420, 300)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_rows_on_screen_before_the_paint_and_the_rest_after(qtbot):
    view = make_view(qtbot)
    fit.fit_wrapping(view, [0], [1])
    one_line, long = view.rowHeight(0), view.rowHeight(1)
    last = view.model().rowCount() - 2
    assert long > one_line  # on screen: fitted at once
    qtbot.waitUntil(lambda: view.rowHeight(last) == long, timeout=3000)  # below: right after the paint
    assert view.rowHeight(last - 1) == one_line


def test_a_later_fit_supersedes_the_pending_one(qtbot):
    view = make_view(qtbot)
    fit.fit_wrapping(view, [0], [1])
    view.resize(900, 300)  # wider: the long notes need fewer lines
    fit.fit_wrapping(view, [0], [1])
    last = view.model().rowCount() - 2
    qtbot.waitUntil(lambda: view.rowHeight(last) == view.rowHeight(1), timeout=3000)
    qtbot.wait(50)
    assert view.rowHeight(last) == max(view.sizeHintForRow(last), view.verticalHeader().minimumSectionSize())
