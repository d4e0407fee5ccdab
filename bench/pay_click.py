"""Benchmark: recording a payment in the window — from the click on OK to every panel updated (issue #10: ≤ 30 ms),
beside a same-run baseline, alternated with it: the same ``col.ledger.pay`` called directly (the database write
alone, no window).

    QT_QPA_PLATFORM=offscreen bash scripts/run py bench/pay_click.py [--reps 15] [--profile]

It runs with compiled bytecode (bench/_wcommon.run_compiled). The window is the real main window at
1366×736 on the demo data (张家, the member with the longest payment order, normal layout). One measurement: the
pay dialog's call (``runner.run(lambda g: g.ledger.pay(...))``), the worker's write, the GUI thread's refresh of
every panel that shows the change (members' balances, recent payments, the history tab's table, pending
approvals), the column fits they schedule, and the painting of what changed (the event loop's, as for the user).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _wcommon  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=15)
    ap.add_argument("--profile", action="store_true", help="print where the window's time goes")
    args = ap.parse_args(argv)
    from PySide6.QtCore import QEventLoop

    started = _wcommon.DemoWindow()
    app, col, runner, w = started.app, started.col, started.runner, started.window
    member = w.selected_member_id()

    def settle() -> None:
        while runner.pending:  # block until the worker's answer arrives, as the real event loop does (a busy
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # loop would take the GIL from it)
        for _ in range(3):  # the zero-time timers the refresh posts (column fits, splitter fit)
            app.processEvents()

    def click() -> float:
        t0 = time.perf_counter()
        runner.run(lambda g: g.ledger.pay(member, 1, "pharmacy", note="bench"))
        settle()  # (the event loop paints what changed, as it does for the user)
        return time.perf_counter() - t0

    def direct() -> float:
        t0 = time.perf_counter()
        col.ledger.pay(member, 1, "pharmacy", note="bench")
        return time.perf_counter() - t0

    click()
    settle()
    ours, base = [], []
    for i in range(args.reps):
        order = (click, direct) if i % 2 == 0 else (direct, click)
        for f in order:
            (ours if f is click else base).append(f())
        settle()  # the direct calls' changes are not announced; nothing is pending
    if args.profile:
        pr = cProfile.Profile()
        pr.enable()
        for _ in range(5):
            click()
        pr.disable()
        pstats.Stats(pr).sort_stats("cumulative").print_stats(25)
    started.close()

    o, b = statistics.median(ours) * 1000, statistics.median(base) * 1000
    print(f"pay in the window, click to all panels updated: median {o:.1f} ms, max {max(ours) * 1000:.1f} ms "
          f"(median of {args.reps})")
    print(f"baseline, the same ledger.pay without the window: median {b:.1f} ms, max {max(base) * 1000:.1f} ms")
    print(f"ratio {o / b:.1f}; window's own part {o - b:.1f} ms")
    print("goal ≤ 30 ms:", "met" if o <= 30 else "NOT met")
    return 0


if __name__ == "__main__":
    _wcommon.run_compiled()  # with .pyc files, as users run it
    sys.exit(main())
