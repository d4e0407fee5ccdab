"""Every dialog and the History tab fit ordinary laptop screens (issue #10), with the same measurements as the main
window's test (tests/gui/test_screen_fit.py): at 1366×768 and 1280×720, normal mode and 长辈模式, Chinese and
English — the dialog's minimum size and its shown size fit the screen's working area, every visible control lies
inside it, every visible text fits its rectangle, no table scrolls sideways, and the pay preview shows every paying
account without a scroll bar."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea

from core.demo import seed_demo
from core.money import format_fen
from gui import theme
from gui.history.model import WINDOW
from gui.i18n import install_translators
from tests.gui.test_mnemonics import DIALOGS, _dialogs
from tests.gui.test_screen_fit import (CASES, CHROME_PX, _ids, app_state, combo_problems, on_screen,  # noqa: F401
                                      open_window, past_right_edge, text_problems)

GUIDED = "guided_pay"


def _open(qtbot, runner, service, demo, tmp_path, which):
    if which == GUIDED:
        from gui.elderly.pay_flow import GuidedPayDialog
        dlg = GuidedPayDialog(runner, demo["张家"], demo["张子涵"])
    else:
        dlg = _dialogs(runner, service, demo, tmp_path)[which]()
    qtbot.addWidget(dlg)
    return dlg


def _only_below(problem: str) -> bool:
    """An 'outside the window' problem where the control is within the window's width (below its fold only)."""
    rect = problem.split(" at (", 1)[1].split(")", 1)[0]
    x, _y, w, _h = (int(v) for v in rect.split(","))
    width = int(problem.rsplit("(window ", 1)[1].split("×", 1)[0])
    return x >= 0 and x + w <= width


def _needless_scroll(dlg, areas, limit: int) -> str:
    hidden = max(a.verticalScrollBar().maximum() for a in areas)
    return (f"the form scrolls ({hidden} px below its fold) in a {dlg.width()}×{dlg.height()} dialog that had "
            f"{limit - dlg.height()} px more of the screen")


def size_problems(widget, avail) -> list[str]:
    problems = []
    ms = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if ms.width() > avail[0] or ms.height() > avail[1]:
        problems.append(f"minimum size {ms.width()}×{ms.height()} is larger than the screen's {avail[0]}×{avail[1]}")
    if widget.width() > avail[0] or widget.height() > avail[1]:
        problems.append(f"shown at {widget.width()}×{widget.height()} on a {avail[0]}×{avail[1]} working area")
    return problems


@pytest.mark.parametrize("which", DIALOGS + [GUIDED])
@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_dialog_fits_the_screen(qtbot, runner, service, demo, settle, tmp_path, app_state, case, which):
    width, height, elderly, lang = case
    if elderly and which == "pay":
        pytest.skip("in 长辈模式 Pay opens the guided pay (gui/window/actions.py), tested as guided_pay")
    if not elderly and which == GUIDED:
        pytest.skip("the guided pay is 长辈模式's")
    avail = (width, height - CHROME_PX)
    install_translators(app_state, lang)
    theme.apply_theme(app_state, elderly)
    dlg = _open(qtbot, runner, service, demo, tmp_path, which)
    if which in ("pay", GUIDED):
        dlg.amount.setText("13000")  # the demo child has no account: three relatives' accounts pay
    on_screen(dlg, width)  # on the case's screen: a dialog sizes itself by its screen (gui/dialogs/fit.py)
    dlg.show()
    qtbot.waitExposed(dlg)
    if which == GUIDED:
        dlg.go_next()
    settle()
    for _ in range(3):
        QApplication.processEvents()
    assert dlg.screen() is not None and dlg.screen().size().toTuple() == (width, height)
    if dlg.width() > avail[0] or dlg.height() > avail[1]:  # a task bar and a title bar take the rest of the screen
        dlg.resize(min(dlg.width(), avail[0]), min(dlg.height(), avail[1]))
        for _ in range(3):
            QApplication.processEvents()
    problems = size_problems(dlg, avail) + text_problems(dlg) + combo_problems(dlg)
    scrolling = [a for a in dlg.findChildren(QScrollArea) if a.isVisible() and a.verticalScrollBar().isVisible()]
    if scrolling:
        # a form that scrolls (gui/dialogs/fit.py): only when the screen is too small for all of it, and then its
        # controls below the fold are reached by scrolling — what lies outside sideways is still a problem
        problems = [p for p in problems if not (p.startswith("outside the window") and _only_below(p))]
        if dlg.height() < avail[1]:
            problems.append(_needless_scroll(dlg, scrolling, avail[1]))
    if which == "pay":
        table = dlg.table
        assert table.rowCount() >= 3
        if table.verticalScrollBar().isVisible():
            problems.append("the pay preview hides paying accounts behind a scroll bar")
    problems += [f"{type(a).__name__} {a.accessibleName()!r} scrolls sideways" for a in
                 dlg.findChildren(QAbstractScrollArea) if a.isVisible() and a.horizontalScrollBar().isVisible()]
    assert not problems, f"{which} at {_ids(case)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("elderly", [False, True], ids=["normal", "elderly"])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_bind_form_scrolls_only_on_a_screen_too_small(qtbot, runner, demo, settle, app_state, elderly, lang):
    """gui/dialogs/fit.py gives the bind dialog the height its form needs. The form is taller when narrower (the
    intro wraps; a row puts its field under its label), so the height must be measured at the width the form will
    have: measured a scroll bar too wide, it came out a line short on a real 1366×768 screen in 长辈模式, the bar
    appeared, the form narrowed, and its last row (the period) hid below the fold with 200 px of screen to spare.
    Every width the dialog may take is tried, for the pair it picks itself and for a given one, in the region
    whose form is longest (Jiangsu: letter, proofs and a period) and in the national default."""
    from gui.dialogs.bind import BindDialog
    install_translators(app_state, lang)
    theme.apply_theme(app_state, elderly)
    problems = []
    for household, user in ((demo["张家"], None), (demo["张家"], demo["张子涵"]), (demo["周家"], None)):
        dlg = BindDialog(runner, household, user_id=user)
        qtbot.addWidget(dlg)
        on_screen(dlg, 1366)
        dlg.show()
        qtbot.waitExposed(dlg)
        settle()
        frame = dlg.frameGeometry().height() - dlg.geometry().height()  # the title bar's, as fit.py counts it
        limit = dlg.screen().availableGeometry().height() - frame
        fit, widths = dlg._screen_fit, range(dlg.minimumWidth(), 1366 + 1, 4)
        assert len(widths) > 80
        for width in widths:
            dlg.resize(width, dlg.height())
            fit.fit()
            for _ in range(2):
                QApplication.processEvents()
            if fit.area.verticalScrollBar().isVisible() and dlg.height() < limit:
                problems.append(_needless_scroll(dlg, [fit.area], limit))
        dlg.reject()
    assert not problems, f"{len(problems)} widths:\n" + "\n".join(problems[:12])


def _history(qtbot, runner, demo, settle, app_state, size, lang):
    w = open_window(qtbot, runner, app_state, size, False, lang, settle, demo["张家"], demo["张子涵"])
    w.tabs.setCurrentWidget(w.history)
    settle()
    w.history.wait_idle()
    for _ in range(5):
        QApplication.processEvents()
    return w


def _settle_view() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture()
def full_demo(service) -> dict[str, int]:
    """The demo as `gongji-desktop --demo` shows it: a year of history (91 records of 张家, two windows of rows)."""
    return seed_demo(service)


@pytest.mark.parametrize("case", [c for c in CASES if not c[2]], ids=_ids)  # 长辈模式 has no History tab
def test_history_tab_fits_the_screen(qtbot, runner, full_demo, settle, app_state, case):
    """The Records table of the demo family: no sideways scrolling, every time, name and amount whole (font
    metrics against each visible cell's rectangle), at the top and again scrolled to the end (the rows read then,
    e.g. the demo's refund, re-fit the columns)."""
    width, height, _elderly, lang = case
    w = _history(qtbot, runner, full_demo, settle, app_state, (width, height - CHROME_PX), lang)
    table = w.history.table
    problems = text_problems(w) + past_right_edge(table)  # the setup tab is hidden: all reported is the History tab's
    problems += combo_problems(w.history)
    assert table.model().rowCount() > WINDOW
    refund = table.model().COLUMNS.index("refund")
    top_refund = table.columnWidth(refund)
    table.scrollToBottom()
    _settle_view()
    problems += [f"scrolled to the end: {p}" for p in text_problems(w) + past_right_edge(table)]
    assert not problems, f"history at {_ids(case)}:\n" + "\n".join(problems)
    assert table.columnWidth(refund) > top_refund  # "¥10.00 refunded", read with the second window, widened it


LONG_NOTE = "北京儿童医院住院，肺炎，住院七天，押金已退，发票在抽屉里的蓝色文件夹"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_history_keeps_every_paying_account_whole(qtbot, runner, demo, settle, app_state, lang):
    """A payment three relatives' accounts cover, with a long note, at 1366×768, then at 1280×720 and back (the
    window resized): every name and amount of "covered by" is shown whole (on more lines when the column is
    narrow), only the note is cut with …, and nothing scrolls sideways."""
    from gui.history.model import HistoryModel
    pay = runner.col.ledger.pay(demo["张子涵"], 1_300_000, "inpatient", note=LONG_NOTE).value
    payers = [s for s in pay.splits if not s.own]
    assert len(payers) == 3
    w = _history(qtbot, runner, demo, settle, app_state, (1366, 768 - CHROME_PX), lang)
    table, model = w.history.table, w.history.model
    assert model.row_at(0).id == pay.id
    seen = []
    for size in ((1366, 768 - CHROME_PX), (1280, 720 - CHROME_PX), (1366, 768 - CHROME_PX)):
        w.resize(*size)
        _settle_view()
        problems = text_problems(w) + past_right_edge(table)
        assert not problems, f"history at {size} {lang}:\n" + "\n".join(problems)
        covered = model.index(0, model.COLUMNS.index("covered")).data()
        seen.append(covered)
        for s in payers:
            assert s.member_name in covered and format_fen(s.amount_fen) in covered
        note = model.index(0, model.COLUMNS.index("note"))
        assert note.data() == LONG_NOTE
        rect = table.visualRect(note)
        assert table.fontMetrics().horizontalAdvance(LONG_NOTE) > rect.width()  # the note is the one cut with …
    assert lang == "zh_CN" or "\n" in seen[1]  # English at 1280: the accounts take more lines, not more width
    assert seen[2] == seen[0] and seen[1].count("\n") >= seen[0].count("\n")  # wider again: fewer lines again
    assert {HistoryModel.COLUMNS[c] for c in HistoryModel.ELIDED_COLUMNS} == {"note"}  # never a name or an amount
