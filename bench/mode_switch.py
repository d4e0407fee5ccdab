"""Benchmark: switching 长辈模式 on and off with the main window open (issue #10: ≤ 200 ms), beside a same-run
baseline — the same theme switch with only a bare window open (what the style sheet alone costs).

    QT_QPA_PLATFORM=offscreen bash scripts/run py bench/mode_switch.py [--reps 9]

The window swaps pages (gui/main_window.py set_elderly) and the app style sheet changes; nothing is rebuilt.
Each measurement includes the processing of the events the switch posts (re-layout and paint of the window).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=9)
    args = ap.parse_args(argv)
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from gui import theme
    from gui.demo import DemoSession
    from gui.i18n import install_translators
    from gui.main_window import MainWindow
    from gui.ops import Runner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, "zh_CN")
    theme.apply_theme(app, False)

    def switch_times(reps: int) -> list[float]:
        out = []
        for i in range(reps * 2):
            t0 = time.perf_counter()
            theme.apply_theme(app, i % 2 == 0)
            app.processEvents()
            for w in app.topLevelWidgets():
                if w.isVisible():
                    w.repaint()
            out.append(time.perf_counter() - t0)
        theme.apply_theme(app, False)
        app.processEvents()
        return out

    bare = QMainWindow()
    bare.setCentralWidget(QLabel("baseline"))
    bare.resize(1366, 736)
    bare.show()
    app.processEvents()
    baseline = switch_times(args.reps)
    bare.close()

    demo = DemoSession()
    service = demo.open()
    runner = Runner(service)
    w = MainWindow(runner)
    w.resize(1366, 736)
    w.show()
    for _ in range(5):
        app.processEvents()
    ours = switch_times(args.reps)
    on, off = ours[0::2], ours[1::2]
    w.close()
    runner.shutdown()
    service.db.close()
    demo.close()

    b = statistics.median(baseline) * 1000
    print(f"mode switch, main window open: on {statistics.median(on) * 1000:.0f} ms, "
          f"off {statistics.median(off) * 1000:.0f} ms (median of {args.reps}); max {max(ours) * 1000:.0f} ms")
    print(f"baseline, bare window: {b:.0f} ms; ratio {statistics.median(ours) * 1000 / b:.1f}")
    print("goal ≤ 200 ms:", "met" if max(statistics.median(on), statistics.median(off)) <= 0.2 else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
