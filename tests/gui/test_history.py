"""The History tab: filters against core's answers, totals, detail pane with refunds, statements, chart, audit
log, live refresh, and a 100k-row database where the model fetches only a bounded number of rows."""
from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, datetime

import pytest
from PySide6.QtGui import QColor

from core import csvio
from core import audit as A
from core import totals as T
from core import history as H
from core.demo import demo_id
from core.collection import Collection
from core.store import open_database
from gui.history import HistoryView
from gui.history.model import MAX_WINDOWS, WINDOW
from gui.ops import Runner


class Clock:
    def __init__(self):
        self.now = datetime(2026, 6, 15, 10, 0)

    def __call__(self):
        from datetime import timedelta
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture()
def setup(tmp_path, qtbot):
    db = open_database(tmp_path / "h.db")
    g = Collection(db, actor="test", clock=Clock())
    hid = g.households.create("Test family").value.id
    dad = g.members.add(hid, "Dad", demo_id(date(1970, 1, 1), 1, True), "employee", balance_fen=100_000).value.id
    mom = g.members.add(hid, "Mom", demo_id(date(1972, 1, 1), 2, False), "employee", balance_fen=50_000).value.id
    kid = g.members.add(hid, "Kid", demo_id(date(2012, 1, 1), 3, True), "resident").value.id
    g.bindings.bind(dad, kid, "child")
    p_kid = g.ledger.pay(kid, 30_000, "pharmacy", note="city pharmacy", occurred_at=datetime(2026, 2, 3, 10)).value
    p_mom = g.ledger.pay(mom, 80_000, "inpatient", note="city hospital", occurred_at=datetime(2026, 3, 5, 11)).value
    p_dad = g.ledger.pay(dad, 5_000, "outpatient", note="clinic", occurred_at=datetime(2026, 5, 20, 8)).value
    ref = g.ledger.refund(p_kid.id, 10_000, note="returned", occurred_at=datetime(2026, 2, 4, 9)).value
    runner = Runner(g)
    view = HistoryView(runner)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.set_household(hid)
    d = dict(g=g, db=db, hid=hid, dad=dad, mom=mom, kid=kid, p_kid=p_kid, p_mom=p_mom, p_dad=p_dad, ref=ref,
             runner=runner, view=view)
    yield d
    view.shutdown()
    runner.shutdown()
    db.close()


def shown_ids(view: HistoryView) -> list[int]:
    m = view.model
    return [m.row_at(r).id for r in range(m.rowCount())]


def core_ids(s, **kw) -> list[int]:
    return H.page_ids(s["db"], H.HistoryFilter(s["hid"], **kw), 1000)


def test_filters_show_what_core_returns(setup):
    s, v = setup, setup["view"]
    assert shown_ids(v) == core_ids(s) and len(shown_ids(v)) == 6
    v.set_filter_values(member_id=s["kid"], perspective="paid_for_me")
    assert shown_ids(v) == [s["ref"].id, s["p_kid"].id]
    v.set_filter_values(member_id=s["dad"], perspective="paid_from_my_account")
    assert set(shown_ids(v)) == {s["ref"].id, s["p_kid"].id}
    v.set_filter_values(kind="refund")
    assert shown_ids(v) == [s["ref"].id]
    v.set_filter_values(text="hospital")
    assert shown_ids(v) == [s["p_mom"].id]
    v.set_filter_values(period="custom", start=date(2026, 3, 1), end=date(2026, 5, 31))
    assert shown_ids(v) == [s["p_dad"].id, s["p_mom"].id]
    # "Last 3 months" from the service's clock (2026-06-15): only May.
    v.set_filter_values(period="3m", kind="payment")
    assert shown_ids(v) == [s["p_dad"].id]


def test_parts_the_first_screen_does_not_show_are_built_when_first_needed(setup, qtbot):
    """Issue #11: the chart, the setup log and a custom period's dates are made when first shown, not before the
    records' first paint; their tabs are there from the start, and once built they work as before."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDateEdit, QTableWidget

    from gui.history.chart import MonthlyChart
    s, v = setup, setup["view"]
    assert not v.findChildren(MonthlyChart) and not v.findChildren(QTableWidget) and not v.findChildren(QDateEdit)
    assert [v.inner.tabText(i) for i in range(3)] == ["&Records", "Mon&thly chart", "Setup &changes"]
    v.inner.setCurrentWidget(v.audit_tab)  # opening the tab builds its page, shown at once, with its rows
    assert len(v.findChildren(QTableWidget)) == 1 and v.audit_table.isVisible() and v.audit_more.isVisible()
    assert v.audit_table.rowCount() == A.audit_count(s["db"], s["hid"]) > 0
    v.inner.setCurrentWidget(v.chart_tab)
    assert len(v.findChildren(MonthlyChart)) == 1 and v.chart.isVisible() and v.chart_mode.isVisible()
    qtbot.waitUntil(lambda: v.last_series is not None, timeout=5000)
    # The custom period by keyboard: its dates appear after the period box and filter the records.
    v.period_combo.setFocus()
    qtbot.keyClick(v.period_combo, Qt.Key.Key_End)
    assert v.period_combo.currentData() == "custom"
    assert v.from_date.isVisible() and v.to_date.isVisible()
    bar = v._bar  # noqa: SLF001 - where they went
    assert bar.indexOf(v.from_date) == bar.indexOf(v.period_combo) + 1 == bar.indexOf(v.to_date) - 1
    v.from_date.setDate(date(2026, 3, 1))
    v.to_date.setDate(date(2026, 5, 31))
    assert shown_ids(v) == [s["p_dad"].id, s["p_mom"].id]
    qtbot.keyClick(v.period_combo, Qt.Key.Key_Home)
    assert not v.from_date.isVisible() and len(v.findChildren(QDateEdit)) == 2


def test_search_box_filters_after_typing(setup, qtbot):
    v = setup["view"]
    qtbot.keyClicks(v.search, "pharm")
    qtbot.waitUntil(lambda: v.model.rowCount() == 1, timeout=3000)
    assert shown_ids(v) == [setup["p_kid"].id]


def test_without_member_the_perspective_is_all_and_disabled(setup):
    v = setup["view"]
    v.set_filter_values(member_id=None, perspective="paid_for_me")
    assert not v.view_combo.isEnabled()
    assert v.current_filter().perspective == "all"


def test_totals_for_the_filter(setup, qtbot):
    s, v = setup, setup["view"]
    v.last_totals = None
    v.set_filter_values(member_id=s["dad"], perspective="paid_from_my_account")
    qtbot.waitUntil(lambda: v.last_totals is not None, timeout=5000)
    assert v.last_totals.by_account[s["dad"]] == 20_000
    assert "\u00a5200.00" in v.totals_label.text()


def test_detail_shows_split_and_refunds(setup, qtbot):
    s, v = setup, setup["view"]
    v.set_filter_values(member_id=s["kid"], perspective="paid_for_me")
    v.table.selectRow(1)  # the payment
    qtbot.waitUntil(lambda: f"#{s['p_kid'].id}" in v.detail.toPlainText(), timeout=3000)
    text = v.detail.toPlainText()
    assert "Dad" in text and "\u00a5300.00" in text
    assert f"#{s['ref'].id}" in text and "\u00a5100.00" in text  # its refund
    v.table.selectRow(0)  # the refund
    qtbot.waitUntil(lambda: f"Refund #{s['ref'].id}" in v.detail.toPlainText(), timeout=3000)
    assert f"payment #{s['p_kid'].id}" in v.detail.toPlainText()
    # The table itself says so too.
    m = v.model
    assert str(s["p_kid"].id) in m.cell(m.row_at(0), "refund")
    assert "\u00a5100.00" in m.cell(m.row_at(1), "refund")


def test_csv_export_from_the_view(setup, tmp_path):
    v = setup["view"]
    v.set_filter_values(kind="payment")
    n = v.export_csv_to(str(tmp_path / "p.csv"))
    assert n == 3
    text = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert "city hospital" in text and "returned" not in text


def test_pdf_statement(setup, tmp_path):
    s, v = setup, setup["view"]
    v.set_filter_values(member_id=s["kid"], perspective="paid_for_me")
    out = tmp_path / "s.pdf"
    assert v.export_pdf_to(str(out)) == 2
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    if os.name == "posix":  # issue #9: exports hold names and amounts; only their owner may read them
        assert out.stat().st_mode & 0o777 == 0o600
    from gui.history.statement import statement_summary
    summary = dict(statement_summary(s["g"], v.current_filter()))
    assert "\u00a5300.00" in summary.values() and "\u00a5100.00" in summary.values()
    # per-member totals: paid for Kid 200 (300 - 100), taken from Dad's account 200
    assert [v for k, v in summary.items() if "Kid" in k] == ["\u00a5200.00"]
    assert [v for k, v in summary.items() if "Dad" in k] == ["\u00a5200.00"]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed: the PDF's text is not checked")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    # The household, the totals (payments 300, refunds 100, from Dad's account 200) and the rows are in the PDF.
    assert "Test family" in text and "Kid" in text and "Dad" in text
    for amount in ("\u00a5300.00", "\u00a5100.00", "\u00a5200.00"):
        assert amount in text, amount
    assert "2026-02-03" in text and "2026-02-04" in text


def test_chart_draws_the_core_series(setup, qtbot):
    s, v = setup, setup["view"]
    v.inner.setCurrentWidget(v.chart_tab)
    qtbot.waitUntil(lambda: v.last_series is not None, timeout=5000)
    core = T.monthly_series(s["db"], v.current_filter())
    assert v.chart.data() == (core.months, core.by_member)
    v.chart_mode.setCurrentIndex(v.chart_mode.findData("account"))
    assert v.chart.data() == (core.months, core.by_account)
    assert core.by_account[s["dad"]][0] == 20_000  # February: 300 paid, 100 refunded
    img = v.chart.grab().toImage()
    bg = QColor("#ffffff").rgb()
    coloured = sum(1 for x in range(0, img.width(), 3) for y in range(0, img.height(), 3)
                   if img.pixel(x, y) != bg)
    assert coloured > 200
    # An empty period draws the "no payments" text, not bars.
    v.set_filter_values(kind="credit")
    qtbot.waitUntil(lambda: v.last_series is not None, timeout=5000)
    assert v.chart.data()[0] == ()


def test_audit_tab_lists_setup_changes(setup):
    v = setup["view"]
    assert v.audit_table.rowCount() == 0  # loaded only when its tab is opened
    v.inner.setCurrentIndex(2)
    texts = [v.audit_table.item(r, 2).text() for r in range(v.audit_table.rowCount())]
    assert any("Kid" in t and "Dad" in t for t in texts)
    assert v.audit_table.rowCount() == A.audit_count(setup["db"], setup["hid"])


def test_refreshes_after_a_payment(setup, qtbot):
    s, v = setup, setup["view"]
    before = v.model.rowCount()
    s["runner"].run(lambda g: g.ledger.pay(s["mom"], 1_000, "pharmacy", note="new one"))
    qtbot.waitUntil(lambda: v.model.rowCount() == before + 1, timeout=5000)
    assert v.model.row_at(0).note == "new one"


def test_every_control_has_an_accessible_name(setup):
    from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPushButton, QTableView
    v = setup["view"]
    from PySide6.QtWidgets import QAbstractSpinBox, QWidget
    for i in range(v.inner.count()):  # the chart and the setup log are built when their tab is first opened
        v.inner.setCurrentIndex(i)
    v.set_filter_values(period="custom")  # and the dates of a custom period when it is first chosen
    checked = []
    for w in v.findChildren(QWidget):
        if not isinstance(w, (QComboBox, QLineEdit, QPushButton, QTableView, QDateEdit)):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        assert w.accessibleName(), w
        checked.append(w)
    assert len(checked) >= 10
    for built in (v.chart_mode, v.audit_table, v.audit_more, v.from_date, v.to_date):
        assert any(w is built for w in checked), built


def test_model_fetches_a_bounded_number_of_rows_of_100k(tmp_path, qtbot):
    db = open_database(tmp_path / "big.db")
    g = Collection(db, actor="test")
    hid = g.households.create("Big").value.id
    ms = [g.members.add(hid, f"M{i}", demo_id(date(1970 + i, 1, 1), i, True), "employee").value.id
          for i in range(4)]
    assert csvio.bulk_generate(db, hid, 100_000, seed=3) == 100_000
    runner = Runner(g)
    view = HistoryView(runner)
    qtbot.addWidget(view)
    fetched = {"rows": 0, "calls": 0, "keys": 0}
    m = view.model
    real_rows, real_keys, real_page = m.fetch_rows, m.fetch_keys, m.fetch_page

    def counting_rows(ids):
        fetched["rows"] += len(ids)
        fetched["calls"] += 1
        return real_rows(ids)

    def counting_keys(flt, limit, **kw):
        fetched["keys"] += limit
        return real_keys(flt, limit, **kw)

    def counting_page(flt, limit, **kw):
        got = real_page(flt, limit, **kw)
        fetched["rows"] += len(got)
        fetched["calls"] += 1
        return got

    m.fetch_rows, m.fetch_keys, m.fetch_page = counting_rows, counting_keys, counting_page
    try:
        view.resize(1000, 600)
        view.show()
        view.set_household(hid)
        qtbot.waitExposed(view)
        view.table.viewport().repaint()
        first = fetched["rows"]
        assert 0 < first <= 2 * WINDOW
        # The first window paints at once; the exact count arrives from the background.
        qtbot.waitUntil(lambda: m.rowCount() == 100_000, timeout=10_000)
        # Jump to the end, the middle and back: a few windows each, never the table.
        bar = view.table.verticalScrollBar()
        for pos in (bar.maximum(), bar.maximum() // 2, bar.maximum() // 3, 0):
            bar.setValue(pos)
            view.table.viewport().repaint()
        assert fetched["rows"] <= 10 * WINDOW
        assert fetched["keys"] <= 12 * WINDOW
        assert m.cached_rows <= WINDOW * MAX_WINDOWS
        # The last row is right (OFFSET window) and the middle ones continue by keyset.
        last = m.row_at(99_999)
        assert last.id == H.page_ids(db, H.HistoryFilter(hid), 1, offset=99_999)[0]
        # Changing the filter fetches a fresh first window only.
        fetched["rows"] = 0
        view.set_filter_values(member_id=ms[0], perspective="paid_for_me", period="1y")
        view.table.viewport().repaint()
        assert 0 < fetched["rows"] <= 2 * WINDOW
        expected = H.count(db, view.current_filter())
        qtbot.waitUntil(lambda: m.rowCount() == expected, timeout=10_000)
        assert fetched["rows"] <= 2 * WINDOW
    finally:
        view.shutdown()
        runner.shutdown()
        db.close()


def test_a_history_window_of_its_own_takes_the_mode_without_a_second_polish(setup, qtbot, monkeypatch):
    """A parentless HistoryView carries the app's mode from construction (issue #11: the theme's first-polish hook
    used to re-polish every child of it, ~25 ms of its first paint); the mode's rules still reach its table."""
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QApplication, QWidget

    from gui import theme
    app = QApplication.instance()
    font, palette, sheet = QFont(app.font()), QPalette(app.palette()), app.styleSheet()
    try:
        theme.apply_theme(app, True)
        repolished = []
        real = theme.repolish
        monkeypatch.setattr(theme, "repolish", lambda root: repolished.append(root) or real(root))
        view = HistoryView(setup["runner"])
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        assert view.property(theme.MODE_PROPERTY) == "elderly"
        assert not any(r is view for r in repolished)
        assert view.table.verticalHeader().defaultSectionSize() == theme.ELDERLY_TARGET_PX
        holder = QWidget()
        qtbot.addWidget(holder)
        assert HistoryView(setup["runner"], holder).property(theme.MODE_PROPERTY) is None
        view.shutdown()
    finally:
        theme.apply_theme(app, False)
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setFont(font)
        app.setProperty("gongjiElderly", False)
