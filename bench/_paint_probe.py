"""Child process for the cold-start measurement. Prints one JSON line when the first window has painted.

    python bench/_paint_probe.py bare                 # a bare PySide6 window (the baseline)
    python bench/_paint_probe.py floor                # the first screen's widgets and look, no work (context)
    python bench/_paint_probe.py app --db BIG.db      # gongji-desktop (gui.app.main) on a database
    python bench/_paint_probe.py app --history --db BIG.db   # also open the History tab, scroll to the end

The parent passes its wall-clock start time in BENCH_T0 (time.time() just before starting this process), so the
measured time includes interpreter start-up and imports, as a user would see it.
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def rss_mb() -> float:
    """Peak resident memory of this program since it started (VmHWM). Not getrusage's ru_maxrss: on Linux that
    keeps the high-water mark of the process before exec, i.e. of the (big) benchmark process that forked us."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(**kw) -> None:
    kw.setdefault("seconds", time.time() - float(os.environ.get("BENCH_T0", time.time())))
    kw["peak_rss_mb"] = round(rss_mb(), 1)
    sys.stdout.write(json.dumps(kw) + "\n")
    sys.stdout.flush()
    os._exit(0)


def make_filter(after_paint, target, data=lambda: True):
    """An event filter, to be installed on ``target`` only, that calls ``after_paint(window)`` once ``target`` has
    painted with ``data()`` true and its window is visible.

    On that one widget, not on the application: an application-wide filter in Python sees every event of every
    object, and PySide6 makes a Python class (with its enums) for each kind of object and event that crosses into
    Python. A window of many widgets would pay far more for being watched than the bare window (a table alone:
    15 ms against 0.6 ms to show it). Every side is watched the same way: one filter on the widget it waits for.

    The moment taken is the end of that paint cycle: Qt paints every dirty widget of the window and flushes it to
    the screen inside one event, so an event posted from the paint runs after the flush. It is posted at high
    priority: the window's own zero-time callbacks queued during the same paint (a list measuring its rows below
    the screen, say) run after the frame is shown and are not part of the wait for it."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    shown = QEvent.Type(QEvent.registerEventType())
    # Qt.EventPriority.HighEventPriority, as its number: touching the Qt namespace creates all its enums (~20 ms),
    # which the bare window never does — the probe must not add that to the baseline.
    HIGH_PRIORITY = 1
    window = target.window()

    class Probe(QObject):
        done = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt name
            if not self.done and event.type() == QEvent.Type.Paint and window.isVisible() and data():
                self.done = True
                QCoreApplication.postEvent(self, QEvent(shown), HIGH_PRIORITY)
            return False

        def event(self, event):
            if event.type() == shown:
                after_paint(window)
                return True
            return super().event(event)
    probe = Probe()
    target.installEventFilter(probe)
    return probe


def _members_painted(win):
    """The filter's arguments for a window with a ``members_view``: its rows painted."""
    view = win.members_view
    return view.viewport(), lambda: view.model().rowCount() > 0


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    label = QLabel("hello")
    w.setCentralWidget(label)
    w.resize(1280, 860)
    probe = make_filter(lambda win: report(kind="bare"), label)  # noqa: F841 - kept alive until it reports
    w.show()
    app.exec()


def floor() -> None:
    """A window with the widgets and look of gongji's first screen and none of its work (bench/_floor_window.py)."""
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    import _floor_window
    window = _floor_window.build()  # shown; painted in the event loop
    probe = make_filter(lambda win: report(kind="floor"), *_members_painted(window))  # noqa: F841 - kept alive
    app.exec()


def app(argv: list[str], history: bool) -> None:
    from gui.app import main  # first, as the installed ``gongji-desktop`` script does (it imports gui.app first)
    from PySide6.QtWidgets import QApplication

    def after(win) -> None:
        painted = time.time() - float(os.environ.get("BENCH_T0", time.time()))
        orm = "sqlalchemy" in sys.modules  # loaded before the first paint? (tests/gui/test_first_paint.py)
        if not history:
            # PySide6 makes a Qt class (and its enums) when a module first names it: these are the ones made so far
            made = sorted(n for m in ("QtCore", "QtGui", "QtWidgets") for n in vars(sys.modules["PySide6." + m])
                          if n.startswith("Q"))
            report(kind="app", seconds=painted, sqlalchemy_before_paint=orm, modules=sorted(sys.modules),
                   qt_classes=made)
        h = getattr(win, "history", None)
        if h is None:
            report(kind="app", seconds=painted, history=False)
        win.tabs.setCurrentWidget(h)
        QApplication.processEvents()
        if hasattr(h, "wait_idle"):  # the exact count and the totals arrive from background reads
            h.wait_idle(300)
            QApplication.processEvents()
        bar = h.table.verticalScrollBar()
        for pos in (bar.maximum(), bar.maximum() // 2, 0):
            bar.setValue(pos)
            h.table.viewport().repaint()
        report(kind="app+history", seconds=painted, rows=h.model.rowCount(), cached_rows=h.model.cached_rows)

    real_exec = QApplication.exec

    def exec_with_probe(self, *a):
        win = next(w for w in self.topLevelWidgets() if hasattr(w, "members_view"))  # shown, not yet painted
        self._bench_probe = make_filter(after, *_members_painted(win))
        return real_exec()

    QApplication.exec = exec_with_probe  # gui.app.main calls app.exec()
    main(argv)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode == "floor":
        floor()
    else:
        rest = sys.argv[2:]
        hist = "--history" in rest
        app([a for a in rest if a != "--history"], hist)
