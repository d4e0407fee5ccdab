"""The baseline of the start-up ratio: a bare PySide6 window (a QMainWindow with one label), frozen by PyInstaller
the same way as gongji-desktop (packaging/baseline.spec) and measured by the same probe (packaging/startup_probe.py).
"""
import sys

import startup_probe

if __name__ == "__main__":
    startup_probe.install()  # the probe is always on here: this program exists only to be measured
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    win = QMainWindow()
    win.setCentralWidget(QLabel("家庭共济助手"))
    win.resize(1024, 700)
    win.show()
    sys.exit(app.exec())
