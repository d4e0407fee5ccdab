"""Window benchmarks (run by bench/run.py): the history view's first paint against a C++ model with the same
columns and theme, every filter change, and switching household / selecting a member in the main window."""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path


def bench_history(path: Path, hid: int, ids: list[int], reps: int) -> dict:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from core.collection import Collection
    from gui.history import HistoryView
    from gui.ops import Runner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from gui import theme
    theme.apply_theme(app, False)  # both sides themed alike
    from gui.i18n import install_translators
    install_translators(app, "zh_CN")  # the language set, as the window sets it at start (gui.app.main)

    class Painted(QObject):
        def __init__(self):
            super().__init__()
            self.seen = False

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    def until_painted(viewport) -> None:
        flag = Painted()
        viewport.installEventFilter(flag)
        deadline = time.perf_counter() + 30
        while not flag.seen and time.perf_counter() < deadline:
            app.processEvents()
        viewport.removeEventFilter(flag)

    g = Collection.open(path, actor="bench", backup=False)  # as the window opens it (core.quickopen)
    db = g.db
    runner = Runner(g)

    def ours() -> float:
        t0 = time.perf_counter()
        v = HistoryView(runner)
        v.resize(1200, 700)
        v.show()
        v.set_household(hid)
        until_painted(v.table.viewport())
        took = time.perf_counter() - t0
        v.wait_idle(300)  # let its background count/totals finish so they do not slow the next measurement
        v.shutdown()
        v.close()
        v.deleteLater()
        app.processEvents()
        return took

    import sqlite3

    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from core.money import format_fen
    from gui.history.model import HistoryModel
    headers = [HistoryModel(runner).headerData(c, Qt.Orientation.Horizontal) for c in range(len(HistoryModel.COLUMNS))]
    raw = sqlite3.connect(str(path))

    def baseline() -> float:
        """The same nine columns, the same theme, the first screen's rows, in Qt's C++ QStandardItemModel filled
        from raw sqlite3: what a screen of history costs without our model."""
        t0 = time.perf_counter()
        rows = raw.execute(
            "SELECT t.occurred_at, t.kind, m.name, t.amount_fen, t.amount_fen - t.out_of_pocket_fen, "
            "t.out_of_pocket_fen, t.expense_kind, t.note, t.refund_of_id FROM transactions t "
            "JOIN members m ON m.id = t.member_id WHERE t.household_id = ? ORDER BY t.occurred_at DESC, t.id DESC "
            "LIMIT 200", (hid,)).fetchall()
        m = QStandardItemModel(len(rows), len(headers))
        m.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                m.setItem(r, c, QStandardItem(format_fen(v) if c in (3, 4, 5) else str(v or "")))
        tv = QTableView()
        tv.setModel(m)
        tv.resize(1200, 700)
        tv.show()
        until_painted(tv.viewport())
        took = time.perf_counter() - t0
        tv.close()
        tv.deleteLater()
        del m
        app.processEvents()
        return took

    ours()  # warm imports and caches for both sides alike
    baseline()
    a, b = [], []
    for _ in range(reps):
        a.append(ours())
        b.append(baseline())

    # Filter changes on a shown view: member and period, to the repainted table.
    v = HistoryView(runner)
    v.resize(1200, 700)
    v.show()
    v.set_household(hid)
    until_painted(v.table.viewport())
    # Every perspective × period × member (the worst one is the value).
    filters = [dict(member_id=None, period=p) for p in ("3m", "6m", "1y", "all")]
    filters += [dict(member_id=m, perspective=v, period=p) for m in ids[:4]
                for v in ("all", "paid_for_me", "paid_from_my_account") for p in ("3m", "6m", "1y", "all")]
    # Each filter is timed in several rounds and its median kept: the worst FILTER is the value (a single sample's
    # max measured the machine's hiccups — another process, a GC pause — as often as any filter); the worst single
    # sample is reported beside it.
    samples: dict[str, list[float]] = {}
    background = []
    for _ in range(max(3, reps // 3)):
        for f in filters:
            v.wait_idle(300)  # the previous filter's background totals are done (measured apart below)
            app.processEvents()
            t0 = time.perf_counter()
            v.set_filter_values(**f)
            v.table.viewport().repaint()
            samples.setdefault(str(f), []).append((time.perf_counter() - t0) * 1000)
            t1 = time.perf_counter()
            v.wait_idle(300)
            app.processEvents()
            background.append((time.perf_counter() - t1) * 1000)
    per_filter = {k: statistics.median(x) for k, x in samples.items()}
    worst_filter = max(per_filter, key=per_filter.__getitem__)
    runner.wait_idle(120)
    app.processEvents()
    v.shutdown()
    v.close()
    runner.shutdown()
    db.close()
    raw.close()
    return {"ours_ms": statistics.median(a) * 1000, "baseline_ms": statistics.median(b) * 1000,
            "ratio": statistics.median(a) / statistics.median(b),
            "filter_ms": statistics.median(per_filter.values()), "filter_max_ms": per_filter[worst_filter],
            "filter_max_sample_ms": max(max(x) for x in samples.values()), "filters": len(filters),
            "filter_worst": worst_filter,
            "background_ms": statistics.median(background), "background_max_ms": max(background)}


def bench_switch(path: Path, hid: int, ids: list[int], reps: int) -> dict:
    """Main window: switching to the big household (from a small one) and selecting a member, each until the
    members list / the payments panel have repainted. Medians and max in ms."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from core.collection import Collection
    from gui import theme
    from gui.main_window import MainWindow
    from gui.ops import Runner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from gui.i18n import install_translators
    install_translators(app, "zh_CN")  # as gui.app does at start (a language set, not looked up per message)
    theme.apply_theme(app, False)
    g = Collection.open(path, actor="bench", backup=False)
    names = {h.name: h.id for h in g.households.list()}
    small = names.get("小家") or g.households.create("小家").value.id
    if not g.members.list(small):
        from core.demo import demo_id
        from datetime import date
        g.members.add(small, "李小", demo_id(date(1990, 1, 1), 77, True), "employee")
    runner = Runner(g)
    w = MainWindow(runner, household_id=small)
    w.resize(1366, 768)
    w.show()

    class Painted(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    def timed(action, viewport) -> float:
        app.processEvents()
        flag = Painted()
        viewport.installEventFilter(flag)
        t0 = time.perf_counter()
        action()
        deadline = t0 + 30
        while not flag.seen and time.perf_counter() < deadline:
            app.processEvents()
        viewport.removeEventFilter(flag)
        return (time.perf_counter() - t0) * 1000

    combo = w.household_combo
    switch, select = [], []
    timed(lambda: combo.setCurrentIndex(combo.findData(hid)), w.members_view.viewport())  # warm
    for _ in range(reps):
        timed(lambda: combo.setCurrentIndex(combo.findData(small)), w.members_view.viewport())
        switch.append(timed(lambda: combo.setCurrentIndex(combo.findData(hid)), w.members_view.viewport()))
        for m in ids[:4]:
            select.append(timed(lambda m=m: w.select_member(m), w.payments_panel.view.viewport()))
    runner.wait_idle(120)
    w.close()
    runner.shutdown()
    g.close()
    return {"switch_ms": statistics.median(switch), "switch_max_ms": max(switch),
            "select_ms": statistics.median(select), "select_max_ms": max(select)}
