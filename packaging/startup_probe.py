"""Start-up probe for the smoke test (packaging/smoke_test.sh), frozen into the bundle with the entry points.

When ``GONGJI_STARTUP_PROBE`` is set (to a file name), the program writes how long it took from ``GONGJI_T0`` (the
launcher's wall-clock time just before it started the program) until its main window first painted, then exits at
once. The bundle's gongji-desktop and the bare PySide6 window it is compared with (packaging/startup_baseline.py)
both use this, so both are measured the same way. Without the variable nothing here runs.
"""
from __future__ import annotations

import os
import sys
import time


def wanted() -> bool:
    return bool(os.environ.get("GONGJI_STARTUP_PROBE"))


def install() -> None:
    """Create the QApplication (as the program would a moment later) and watch for the main window's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication.instance() or QApplication([sys.argv[0]])

    class Probe(QObject):
        done = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                win = obj.window()
                if win.isVisible() and isinstance(win, QMainWindow):
                    self.done = True
                    QTimer.singleShot(0, report)  # after this paint has finished
            return False

    app._gongji_probe = Probe(app)
    app.installEventFilter(app._gongji_probe)


def report() -> None:
    seconds = time.time() - float(os.environ.get("GONGJI_T0", "0") or 0)
    with open(os.environ["GONGJI_STARTUP_PROBE"], "w", encoding="utf-8") as fh:
        fh.write(f"{seconds:.4f}\n")
    os._exit(0)
