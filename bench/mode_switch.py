"""Benchmark: switching 长辈模式 on and off with the main window open (issue #10: ≤ 200 ms), beside a same-run
baseline, alternated with it: the same switch plus one ``app.setStyleSheet`` — the full re-polish of every widget
that each switch did before the one-sheet design (gui/style_sheet.py).

    QT_QPA_PLATFORM=offscreen bash scripts/run py bench/mode_switch.py [--reps 9]

It runs with compiled bytecode (bench/_wcommon.run_compiled). The window swaps pages
(gui/main_window.py set_elderly); ``theme.apply_theme`` sets the windows' mode and re-polishes only what lies
outside the two pages. Each measurement includes the processing of the events the switch posts (re-layout, column
fits) and a repaint of the window.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _wcommon  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=9)
    args = ap.parse_args(argv)
    from gui import theme
    started = _wcommon.DemoWindow()
    app, w = started.app, started.window

    sheet = theme.stylesheet()
    variants = [sheet, sheet + "\n/* the same rules */\n"]
    real_stylesheet = theme.stylesheet

    def switch(on: bool, full: bool) -> float:
        t0 = time.perf_counter()
        if full:  # what every switch cost before: a new application style sheet re-polishes every widget
            new = variants[1] if app.styleSheet() == variants[0] else variants[0]
            theme.stylesheet = lambda *_a: new
            app.setStyleSheet(new)
        theme.apply_theme(app, on)
        app.processEvents()
        w.repaint()
        took = time.perf_counter() - t0
        theme.stylesheet = real_stylesheet
        return took

    ours_on, ours_off, full_on, full_off = [], [], [], []
    for i in range(args.reps):
        first_full = i % 2 == 1  # alternate which side goes first
        for full in (first_full, not first_full):
            (full_on if full else ours_on).append(switch(True, full))
            (full_off if full else ours_off).append(switch(False, full))
    theme.apply_theme(app, False)
    app.processEvents()
    started.close()

    def ms(xs):
        return statistics.median(xs) * 1000

    ours = ours_on + ours_off
    full = full_on + full_off
    first = ours_on[0] * 1000  # the first switch on builds 长辈模式's page (gui/main_window.py: built on first use)
    print(f"mode switch, main window open: on {ms(ours_on):.0f} ms, off {ms(ours_off):.0f} ms "
          f"(median of {args.reps}); max {max(ours) * 1000:.0f} ms")
    print(f"baseline, same switch + full re-polish (app.setStyleSheet, as before): on {ms(full_on):.0f} ms, "
          f"off {ms(full_off):.0f} ms; max {max(full) * 1000:.0f} ms")
    print(f"first switch on, building 长辈模式's page: {first:.0f} ms")
    print(f"ratio ours / baseline (medians): {ms(ours) / ms(full):.2f}")
    print("goal ≤ 200 ms:", "met" if max(ms(ours_on), ms(ours_off), first) <= 200 else "NOT met")
    return 0


if __name__ == "__main__":
    _wcommon.run_compiled()  # with .pyc files, as users run it
    sys.exit(main())
