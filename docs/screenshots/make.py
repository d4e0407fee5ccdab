"""Render the README screenshots at 1366×768 (run under Xvfb, see make.sh): the main window in normal mode, in
长辈模式 (its own layout), and 长辈模式's pay confirmation (step 2 of the guided pay). Demo data, Chinese.

    bash docs/screenshots/make.sh
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent
SCREEN = (1366, 768)
TITLE_BAR = 32  # what a window manager's title bar takes of the height; the window gets the rest


def main() -> int:
    from gui import theme
    from gui.demo import DemoSession
    from gui.elderly.pay_flow import GuidedPayDialog
    from gui.i18n import install_translators
    from gui.main_window import MainWindow
    from gui.ops import Runner
    from gui.settings import Settings
    from gui.tour import install_menus

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, "zh_CN")
    theme.apply_theme(app, False)
    demo = DemoSession()
    service = demo.open()
    runner = Runner(service)
    w = MainWindow(runner)
    w.extras = install_menus(w, Settings.memory(), demo)
    w.move(0, 0)
    w.resize(SCREEN[0], SCREEN[1] - TITLE_BAR)
    w.show()
    steps = []

    def settle() -> None:
        runner.wait_idle()
        for _ in range(5):
            app.processEvents()

    def shoot(widget, name: str) -> None:
        settle()
        widget.repaint()
        path = OUT / name
        if not widget.grab().save(str(path), "PNG"):
            raise SystemExit(f"could not save {path}")
        print(path, widget.width(), "x", widget.height())

    def run() -> None:
        settle()
        shoot(w, "main.png")
        theme.apply_theme(app, True)  # 长辈模式: the window swaps to its own page
        settle()
        shoot(w, "main-elderly.png")
        dlg = GuidedPayDialog(runner, w.household_id, w.selected_member_id(), w)
        dlg.amount.setText("356.80")
        dlg.kind_group.button(1).setChecked(True)  # pharmacy
        dlg.show()
        settle()
        dlg.go_next()
        dlg.resize(dlg.sizeHint().expandedTo(dlg.minimumSizeHint()))
        shoot(dlg, "elderly-pay-confirm.png")
        dlg.reject()
        steps.append("done")
        app.quit()

    QTimer.singleShot(800, run)
    app.exec()
    runner.shutdown()
    service.db.close()
    demo.close()
    return 0 if steps else 1


if __name__ == "__main__":
    sys.exit(main())
