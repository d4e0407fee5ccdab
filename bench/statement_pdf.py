"""Benchmark: the PDF statement of a 1,000,000-record ledger (issue #11: <= 2 s), and what it is made of.

    QT_QPA_PLATFORM=offscreen bash scripts/run py bench/statement_pdf.py [--big FILE] [--rows N] [--reps 3]

Wall time of ``gui.history.statement.write_statement`` (whole history of the household: totals, then the newest 5,000
rows drawn on ~60 A4 pages), medians and max over reps; beside it the same run's parts: ``col.history.totals``
alone (core.totals: plain SQL, two GROUP BY passes over covering indexes) and a bare QPdfWriter drawing the same number
of cells of fixed text (the floor of drawing with Qt), each measured alone in the same rep. The statement runs its
totals on a second connection while it reads and formats the rows, so its time is not the sum of the parts;
``ratio_to_bare`` is the statement over the floor. An absolute goal, so the machine's load is reported with it.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _wcommon  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _bare_pdf(path: Path, rows: int) -> float:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter
    t0 = time.perf_counter()
    w = QPdfWriter(str(path))
    w.setResolution(150)
    w.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    p = QPainter(w)
    f = QFont()
    f.setPointSizeF(8)
    p.setFont(f)
    y = 0.0
    for i in range(rows):
        if y > w.height() - 60:
            w.newPage()
            y = 0.0
        for c in range(7):
            p.drawText(QRectF(c * 150, y, 140, 30), Qt.AlignmentFlag.AlignLeft, f"2025-01-01 {i % 60:02d}:{c}")
        y += 30
    p.end()
    return time.perf_counter() - t0


def run(tmp: Path, big: Path | None = None, reps: int = 3, rows: int = 1_000_000) -> dict:
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    from core import i18n
    from core.collection import Collection
    from core.filters import HistoryFilter
    from core.store import open_database
    from gui.history.statement import MAX_ROWS, write_statement
    i18n.set_language("zh_CN")
    if big is None:
        big = tmp / "statement_big.db"
        _wcommon.build_big(big, rows)
    g = Collection(open_database(big, backup=False), actor="bench")
    hid = g.households.list()[0].id
    flt = HistoryFilter(household_id=hid)
    n = g.history.count(flt)
    stmt, tot, bare = [], [], []
    for i in range(reps):
        t0 = time.perf_counter()
        write_statement(g, tmp / "s.pdf", flt)
        stmt.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        g.history.totals(flt)
        tot.append(time.perf_counter() - t0)
        bare.append(_bare_pdf(tmp / "bare.pdf", min(n, MAX_ROWS)))
    g.close()
    med = statistics.median(stmt)
    return {"metric": "pdf_statement_s", "goal": "<= 2", "value": round(med, 3), "max": round(max(stmt), 3),
            "totals_s": round(statistics.median(tot), 3), "bare_qt_drawing_s": round(statistics.median(bare), 3),
            "ratio_to_bare": round(med / statistics.median(bare), 2),
            "records": n, "reps": reps, "load": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
            "detail": f"statement {med:.2f} s (max {max(stmt):.2f}) of {n:,} records: totals "
                      f"{statistics.median(tot):.2f} s, a bare QPdfWriter drawing the same cells "
                      f"{statistics.median(bare):.2f} s"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--big", type=Path)
    args = ap.parse_args(argv)
    import tempfile
    with tempfile.TemporaryDirectory(prefix="gongji-bench-") as tmp:
        print(json.dumps(run(Path(tmp), args.big, args.reps, args.rows), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    _wcommon.run_compiled()
    sys.exit(main())
