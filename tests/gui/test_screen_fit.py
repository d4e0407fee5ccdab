"""The main window fits ordinary laptop screens (issue #10): at 1366×768 and 1280×720, in normal mode and in
长辈模式, in Chinese and in English, rendered for real (offscreen) over the demo family:

- the window's minimum size fits the screen's working area (screen minus a task bar and a title bar);
- every visible control lies inside the window;
- every visible label's, button's and tab's text fits its rectangle (QFontMetrics against the rect);
- every visible cell of every item view fits its visualRect, measured with the font the view's delegate really
  uses (FigureDelegate draws balances bigger), and every header section fits its title;
- no main table scrolls sideways, and the demo user's whole payment order is visible without scrolling.
"""
from __future__ import annotations

import os
import re

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QApplication, QComboBox,
                               QHeaderView, QLabel, QStyle, QStyleOptionComboBox, QStyleOptionViewItem, QTabBar,
                               QWidget)

from gui import theme
from gui.i18n import install_translators
from gui.main_window import MainWindow
from gui.settings import Settings
from gui.tour import install_menus

SCREENS = [(1366, 768), (1280, 720)]
CHROME_PX = 40 + 32  # a task bar and the window's title bar take this much of the screen's height

CASES = [(w, h, elderly, lang) for (w, h) in SCREENS for elderly in (False, True) for lang in ("zh_CN", "en")]


def case_screen(width: int):
    """The test screen (tests/screens.json, given to Qt by tests/conftest.py) that is ``width`` px wide."""
    screens = [s for s in QApplication.screens() if s.size().width() == width]
    assert screens, f"no {width} px wide screen among {[s.name() for s in QApplication.screens()]}: see tests/conftest.py"
    return screens[0]


def on_screen(widget: QWidget, width: int) -> None:
    """Put a top-level window on the ``width`` px wide test screen, at its top left corner."""
    screen = case_screen(width)
    widget.setScreen(screen)
    widget.move(screen.availableGeometry().topLeft())


def test_the_tests_have_the_screens_their_cases_name(qtbot):  # noqa: ARG001 - a QApplication exists
    """Windows and dialogs size themselves by their screen: the tests must run on screens of the sizes they name,
    with the users' laptop as the one a new window opens on (not Qt's own 800×800 offscreen screen)."""
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        pytest.skip("a real display: its screens are its own")
    assert QApplication.primaryScreen().size().toTuple() == SCREENS[0]
    assert sorted(s.size().toTuple() for s in QApplication.screens()) == sorted(SCREENS)


def _ids(case) -> str:
    w, h, elderly, lang = case
    return f"{w}x{h}-{'elderly' if elderly else 'normal'}-{lang}"


@pytest.fixture()
def app_state(qtbot):  # noqa: ARG001 - a QApplication exists
    from core import i18n as core_i18n
    from gui.i18n import remove_translators
    app = QApplication.instance()
    font, palette, sheet = QFont(app.font()), QPalette(app.palette()), app.styleSheet()
    language = core_i18n.language()
    yield app
    remove_translators(app)
    core_i18n.set_language(language)
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)
    app.setProperty("gongjiElderly", False)


def open_window(qtbot, runner, app, size, elderly, lang, settle, household=None, member=None) -> MainWindow:
    install_translators(app, lang)
    theme.apply_theme(app, elderly)
    w = MainWindow(runner)
    w.extras = install_menus(w, Settings.memory())
    if hasattr(w, "set_elderly"):
        w.set_elderly(elderly)
    qtbot.addWidget(w)
    on_screen(w, size[0])
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    if household is not None:
        w.household_combo.setCurrentIndex(w.household_combo.findData(household))
    if member is not None:
        w.select_member(member)
    settle()
    for _ in range(3):
        QApplication.processEvents()
    return w


def _visible(w: QWidget, root: QWidget) -> bool:
    return w.isVisibleTo(root) and w.isVisible() and w.width() > 0 and w.height() > 0


def _fits_text(fm: QFontMetrics, text: str, width: int, height: int) -> bool:
    lines = text.replace("\u2028", "\n").split("\n") or [""]  # the delegate shows a \\n as U+2028
    return max(fm.horizontalAdvance(ln) for ln in lines) <= width and fm.height() * len(lines) <= height + 1


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def text_problems(root: QWidget) -> list[str]:
    """Every visible label/button/tab/cell/header whose text does not fit its rectangle, and every visible control
    outside ``root``."""
    problems: list[str] = []
    window_rect = root.rect()
    for w in root.findChildren(QWidget):
        if not _visible(w, root) or w.window() is not root:
            continue
        top_left = w.mapTo(root, w.rect().topLeft())
        r = QRect(top_left, w.size())
        if isinstance(w, (QAbstractButton, QLabel, QAbstractItemView, QTabBar)) and not window_rect.contains(r) \
                and not _scrolled_away(w, root):
            problems.append(f"outside the window: {type(w).__name__} {w.objectName() or w.accessibleName()!r} "
                            f"at {r.getRect()} (window {window_rect.width()}×{window_rect.height()})")
        fm = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and not w.pixmap():
            if getattr(w, "is_elided", None) and w.is_elided():
                problems.append(f"label cut off with …: {w.text()!r} in {w.contentsRect().width()} px")
            elif w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    problems.append(f"wrapped label needs {need} px, has {w.height()}: {w.text()[:40]!r}")
            elif w.textFormat() != Qt.TextFormat.RichText and "<" not in w.text():
                cr = w.contentsRect()
                text = _clean(w.text()) if w.buddy() is not None else w.text()
                if not _fits_text(fm, text, cr.width() - 2 * w.margin(), cr.height()):
                    problems.append(f"label text does not fit {cr.width()}×{cr.height()}: {w.text()!r}")
        elif isinstance(w, QAbstractButton) and w.text():
            text = _clean(w.text())
            need = fm.horizontalAdvance(text) + (w.iconSize().width() if not w.icon().isNull() else 0)
            if need > w.width() - 4:
                problems.append(f"button text does not fit {w.width()} px (needs {need}): {text!r}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    text = _clean(w.tabText(i))
                    if fm.horizontalAdvance(text) > w.tabRect(i).width() - 4:
                        problems.append(f"tab title does not fit: {text!r}")
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            problems += view_problems(w)
    return problems


def combo_problems(root) -> list[str]:
    """Visible combo boxes whose shown text is wider than their text field (e.g. "Everyon")."""
    problems = []
    for c in root.findChildren(QComboBox):
        if c.isVisible() and c.currentText():
            opt = QStyleOptionComboBox()
            c.initStyleOption(opt)
            field = c.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                             QStyle.SubControl.SC_ComboBoxEditField, c)
            if c.fontMetrics().horizontalAdvance(c.currentText()) > field.width():
                problems.append(f"combo box {c.accessibleName()!r} cuts {c.currentText()!r} ({field.width()} px)")
    return problems


def _scrolled_away(w: QWidget, root: QWidget) -> bool:
    """``w`` lies in a scroll area's viewport and (partly) outside it: the area scrolls to it, it is not lost."""
    p = w.parentWidget()
    while p is not None and p is not root:
        area = p.parentWidget()
        if isinstance(area, QAbstractScrollArea) and p is area.viewport():
            return not p.rect().contains(QRect(w.mapTo(p, w.rect().topLeft()), w.size()))
        p = area
    return False


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a QAbstractListModel: one column (its columnCount is private in PySide6)
        return 1


def past_right_edge(view) -> list[str]:
    """Columns of a table that end past its right edge: cut off even when no scroll bar shows (ScrollBarAlwaysOff).
    Part of every table's check (view_problems): the members table at 1280×720 in English ended 17 px past its edge
    until its titles could wrap (gui.widgets.fit.WrappingHeader)."""
    header, model = view.horizontalHeader(), view.model()
    return [f"{view.accessibleName()}: column {model.headerData(c, Qt.Orientation.Horizontal)!r} ends past the "
            f"table's right edge" for c in range(_columns(model)) if not header.isSectionHidden(c)
            and header.sectionViewportPosition(c) + header.sectionSize(c) > view.viewport().width()]


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """The lines a view's item shows ``text`` on when it wraps words (Qt's item delegate: QTextOption.WordWrap)."""
    text = text.replace("\n", "\u2028")
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


_AMOUNT = re.compile("[-+]?\u2060?¥[0-9,]+\\.[0-9]{2}")


def split_amounts(lines: list[str]) -> list[str]:
    """The amounts (``-¥7.60``) that a line break falls inside: the sign on one line and the figure on the next
    reads as another amount."""
    text, breaks, at = "".join(lines), set(), 0
    for line in lines[:-1]:
        at += len(line)
        breaks.add(at)
    return [m.group() for m in _AMOUNT.finditer(text) if any(m.start() < b < m.end() for b in breaks)]


def view_problems(view: QAbstractItemView) -> list[str]:
    problems: list[str] = []
    model = view.model()
    vp = view.viewport().rect()
    delegate = view.itemDelegate()
    hh = getattr(view, "horizontalHeader", None)
    header: QHeaderView | None = hh() if hh else None
    name = view.accessibleName() or type(view).__name__
    if header is not None and header.isVisible():
        for c in range(_columns(model)):
            if header.isSectionHidden(c):
                continue
            title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            fm = header.fontMetrics()
            f = QFont(header.font())
            f.setBold(True)
            need = QFontMetrics(f).horizontalAdvance(title) + 16
            if header.defaultAlignment() & Qt.TextFlag.TextWordWrap:  # a wrapping title: its lines in its section
                lines = QFontMetrics(f).boundingRect(QRect(0, 0, header.sectionSize(c) - 16, 10_000),
                                                     int(Qt.TextFlag.TextWordWrap), title)
                if lines.width() > header.sectionSize(c) - 16 or lines.height() > header.height():
                    problems.append(f"{name}: header {title!r} needs {lines.width() + 16}×{lines.height()} px, "
                                    f"has {header.sectionSize(c)}×{header.height()}")
            elif need > header.sectionSize(c):
                problems.append(f"{name}: header {title!r} needs {need} px, has {header.sectionSize(c)}")
    if view.horizontalScrollBar().isVisible():
        problems.append(f"{name}: scrolls sideways")
    if header is not None and header.isVisible():
        problems += past_right_edge(view)
    #: free-text columns the view may cut with … (the model says which; their tooltip must hold the whole text)
    elided = getattr(model, "ELIDED_COLUMNS", frozenset())
    for r in range(model.rowCount(QModelIndex())):
        for c in range(_columns(model)):
            idx = model.index(r, c, QModelIndex())
            rect = view.visualRect(idx)
            if rect.isEmpty() or not vp.intersects(rect):
                continue
            opt = QStyleOptionViewItem()
            opt.initFrom(view)
            opt.rect = rect
            opt.font = view.font()
            opt.fontMetrics = view.fontMetrics()
            if getattr(view, "wordWrap", lambda: False)():
                opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            delegate.initStyleOption(opt, idx)
            text = opt.text
            if not text:
                continue
            style = view.style()
            text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
            fm = QFontMetrics(opt.font)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
            if opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
                bound = fm.boundingRect(QRect(0, 0, text_rect.width() - 2 * margin, 100000),
                                        int(Qt.TextFlag.TextWordWrap), text)
                if bound.height() > text_rect.height() + 1:
                    problems.append(f"{name}: cell ({r},{c}) {text!r} needs {bound.height()} px high, "
                                    f"has {text_rect.height()}")
                lines = wrapped_lines(text, opt.font, text_rect.width() - 2 * margin)
                for amount in split_amounts(lines):
                    problems.append(f"{name}: cell ({r},{c}) wraps inside the amount {amount!r}: {lines!r}")
            elif c in elided:
                if idx.data(Qt.ItemDataRole.ToolTipRole) != text:
                    problems.append(f"{name}: cell ({r},{c}) {text!r} may be cut but its tooltip is not the whole")
            elif not _fits_text(fm, text, text_rect.width() - 2 * margin, text_rect.height()):
                problems.append(f"{name}: cell ({r},{c}) {text!r} does not fit {text_rect.width()}×"
                                f"{text_rect.height()}")
    return problems


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_main_window_fits_the_screen(qtbot, runner, demo, settle, app_state, case):
    width, height, elderly, lang = case
    avail = (width, height - CHROME_PX)
    w = open_window(qtbot, runner, app_state, avail, elderly, lang, settle, demo["张家"], demo["张子涵"])
    problems: list[str] = []
    ms = w.minimumSizeHint().expandedTo(w.minimumSize())
    if ms.width() > avail[0] or ms.height() > avail[1]:
        problems.append(f"minimum size {ms.width()}×{ms.height()} is larger than the screen's {avail[0]}×{avail[1]}")
    if w.width() > avail[0] or w.height() > avail[1]:
        problems.append(f"window is {w.width()}×{w.height()} on a {avail[0]}×{avail[1]} working area")
    problems += text_problems(w)
    problems += combo_problems(w)
    problems += order_problems(w)
    assert not problems, "\n".join(problems)


def order_problems(w: MainWindow) -> list[str]:
    """Every entry of the selected person's payment order is on screen, without scrolling."""
    problems = []
    page = w.current_order_view() if hasattr(w, "current_order_view") else w.order_panel.view
    if hasattr(page, "all_rows_visible"):
        if not page.all_rows_visible():
            problems.append("the payment order needs scrolling")
        return problems
    view = page
    n = view.model().rowCount()
    if n == 0:
        problems.append("the payment order is empty")
    for r in range(n):
        rect = view.visualRect(view.model().index(r, 0))
        if not view.viewport().rect().contains(rect):
            problems.append(f"payment order entry {r + 1} of {n} is not fully visible without scrolling")
    return problems


@pytest.mark.parametrize("elderly", [False, True], ids=["normal", "elderly"])
def test_columns_refit_after_language_and_mode_change(qtbot, runner, demo, settle, app_state, elderly):
    """Switching language and mode while the window is open re-fits everything (not only at start)."""
    w = open_window(qtbot, runner, app_state, (1280, 720 - CHROME_PX), not elderly, "zh_CN", settle,
                    demo["张家"], demo["张子涵"])
    install_translators(app_state, "en")
    theme.apply_theme(app_state, elderly)
    if hasattr(w, "set_elderly"):
        w.set_elderly(elderly)
    settle()
    for _ in range(3):
        QApplication.processEvents()
    problems = text_problems(w) + order_problems(w)
    assert not problems, "\n".join(problems)


def _dialogs():
    from gui.dialogs.application import ApplicationDialog
    from gui.dialogs.monthly import MonthlyDialog
    from gui.dialogs.reconcile import ReconcileDialog
    return {"reconcile": (ReconcileDialog, "张家"), "monthly": (MonthlyDialog, "张家"),
            "monthly-10": (MonthlyDialog, "big"), "application": (ApplicationDialog, "周家")}


DIALOG_CASES = [(name, elderly, lang) for name in ("reconcile", "monthly", "monthly-10", "application")
                for elderly in (False, True) for lang in ("zh_CN", "en")]


def _big_household(service) -> int:
    """Ten members with a personal account, each credited last month (the monthly dialog's rows must scroll)."""
    from datetime import date as d

    from core.demo import demo_id
    hid = service.households.create("十口之家", "national").value.id
    first = service.clock().date().replace(day=1)
    prev = d(first.year - 1, 12, 1) if first.month == 1 else d(first.year, first.month - 1, 1)
    ids = [service.members.add(hid, f"成员{i}", demo_id(d(1970 + i, 1, 1), 900 + i, i % 2 == 0), "employee").value.id
           for i in range(10)]
    service.bookkeeping.credit_month(hid, {m: 18_000 for m in ids}, f"{prev:%Y-%m}")
    return hid


@pytest.mark.parametrize("case", DIALOG_CASES, ids=lambda c: f"{c[0]}-{'elderly' if c[1] else 'normal'}-{c[2]}")
def test_bookkeeping_dialogs_fit_1366x768(qtbot, runner, demo, settle, app_state, case):
    """对账, the monthly 划入 and the binding application fit 1366×768 (minus chrome) in both modes and languages,
    with nothing cut off."""
    name, elderly, lang = case
    install_translators(app_state, lang)
    theme.apply_theme(app_state, elderly)
    cls, household = _dialogs()[name]
    dlg = cls(runner, _big_household(runner.col) if household == "big" else demo[household])
    qtbot.addWidget(dlg)
    if name == "reconcile":
        dlg.current.setText("1234.56")
    dlg.show()
    qtbot.waitExposed(dlg)
    settle()
    for _ in range(3):
        QApplication.processEvents()
    avail = (1366, 768 - CHROME_PX)
    problems = []
    if dlg.width() > avail[0] or dlg.height() > avail[1]:
        problems.append(f"dialog is {dlg.width()}×{dlg.height()} on a {avail[0]}×{avail[1]} working area")
    problems += text_problems(dlg)
    assert not problems, "\n".join(problems)
