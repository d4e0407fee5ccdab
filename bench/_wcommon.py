"""Shared by the write-side benchmarks (bench/payment.py, export_csv.py, statement_pdf.py, import_csv.py):
compiled bytecode, a small household, a big ledger, medians of alternated sides."""
from __future__ import annotations

import os
import statistics
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def run_compiled() -> None:
    """Run as installed: with .pyc files. This environment sets PYTHONDONTWRITEBYTECODE=1; compile core/ and gui/
    once and re-run this script without it."""
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        import compileall
        for d in ("core", "gui", "bench"):
            compileall.compile_dir(str(ROOT / d), quiet=1)
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE")
        os.execve(sys.executable, [sys.executable, *sys.argv], env)


class DemoWindow:
    """The main window on a fresh demo ledger at 1366×736, in Chinese and the normal look, shown and settled (the
    window benchmarks' common start); ``close()`` ends it all."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        from gui import theme
        from gui.demo import DemoSession
        from gui.i18n import install_translators
        from gui.main_window import MainWindow
        from gui.ops import Runner

        self.app = app = QApplication.instance() or QApplication(sys.argv[:1])
        install_translators(app, "zh_CN")
        theme.apply_theme(app, False)
        self.demo = DemoSession()
        self.col = self.demo.open()
        self.runner = Runner(self.col)
        self.window = MainWindow(self.runner)
        self.window.resize(1366, 736)
        self.window.show()
        for _ in range(5):
            app.processEvents()

    def close(self) -> None:
        self.window.close()
        self.runner.shutdown()
        self.col.db.close()
        self.demo.close()


def household(g) -> tuple[int, list[int]]:
    """Six people (two parents pay for a child, a son for his father), the parents' accounts funded."""
    from core.demo import demo_id
    hid = g.households.create("基准测试家庭").value.id
    people = [("张德福", date(1950, 3, 12), True, "employee"), ("王桂兰", date(1953, 8, 2), False, "employee"),
              ("张伟", date(1978, 11, 20), True, "employee"), ("刘芳", date(1981, 5, 6), False, "employee"),
              ("张子涵", date(2012, 9, 1), True, "resident"), ("张小雨", date(2015, 2, 3), False, "resident")]
    ids = [g.members.add(hid, n, demo_id(b, i + 1, m), k).value.id for i, (n, b, m, k) in enumerate(people)]
    g.bindings.bind(ids[2], ids[4], "child")
    g.bindings.bind(ids[3], ids[4], "child")
    g.bindings.bind(ids[2], ids[0], "father")
    return hid, ids


def build_big(path: Path, n: int) -> tuple[int, list[int]]:
    """A ledger of ``n`` transactions (core.csvio.bulk_generate), as bench/run.py builds it."""
    from core.collection import Collection
    from core.csvio import bulk_generate
    from core.store import open_database
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(path, backup=False)
    g = Collection(db, actor="bench")
    hid, ids = household(g)
    bulk_generate(db, hid, n, seed=42, start=datetime(2016, 1, 1), end=datetime(2026, 1, 1))
    with db.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")
        c.commit()
    db.close()
    return hid, ids


def summary(ours: list[float], base: list[float], *, higher_is_better: bool = False) -> dict:
    """value = median(ours) / median(baseline) (rates: baseline / ours when higher_is_better is False for times);
    max = the worst pair ratio."""
    pairs = [o / b for o, b in zip(ours, base)]
    value = statistics.median(ours) / statistics.median(base)
    if higher_is_better:  # times given: a rate ratio is baseline time / our time
        value = 1 / value
        pairs = [1 / p for p in pairs]
        worst = min(pairs)
    else:
        worst = max(pairs)
    return {"value": round(value, 3), "median": round(statistics.median(pairs), 3), "max": round(worst, 3),
            "ours_s": round(statistics.median(ours), 6), "baseline_s": round(statistics.median(base), 6),
            "reps": len(ours), "load": " ".join(Path("/proc/loadavg").read_text().split()[:3])}
