"""Dialogs that fit the screen: the form scrolls, the verdict and the buttons stay in view.

A dialog with many fields (the bind dialog of a region that asks for a commitment letter, proofs and a period) is
taller than a 1366×768 laptop's screen in 长辈模式. :func:`scrolling_body` puts the form part in a frameless scroll
area that shows everything when there is room and scrolls only when there is not; on show, the dialog takes the
height its contents need, at most the screen's available height.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget


def scrolling_body(dialog: QDialog) -> tuple[QScrollArea, QWidget]:
    """A scroll area (put it in the dialog's layout) and the widget to lay the form out on."""
    area = QScrollArea(dialog)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    body = QWidget(area)
    area.setWidget(body)
    f = _Fit(dialog, area)
    dialog.installEventFilter(f)
    dialog._screen_fit = f  # keep alive
    return area, body


class _Fit(QObject):
    def __init__(self, dialog: QDialog, area: QScrollArea):
        super().__init__(dialog)
        self.dialog, self.area = dialog, area

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self.fit)
        return False

    def fit(self) -> None:
        dlg, area = self.dialog, self.area
        body_lay, lay = area.widget().layout(), dlg.layout()
        if body_lay is None or lay is None:
            return
        # as wide as the form needs (an explicit minimum width would replace the layout's), within the screen
        m = lay.contentsMargins()
        need_w = (area.widget().minimumSizeHint().width() + m.left() + m.right()
                  + area.verticalScrollBar().sizeHint().width())
        screen = dlg.screen()
        if need_w > dlg.minimumWidth():
            dlg.setMinimumWidth(need_w)
        w = max(dlg.width(), dlg.minimumWidth())
        # the body's height at the width it has beside a scroll bar: a form whose rows wrap (a long intro, a
        # QFormLayout that puts a field under its label) is taller when narrower, so measured at the full width it
        # came out a line short, the bar appeared, the body narrowed and wrapped, and the last row hid below
        # the fold on a screen with room to spare. At this width it fits with or without the bar.
        inner = w - (m.left() + m.right()) - area.verticalScrollBar().sizeHint().width()
        body_h = body_lay.totalHeightForWidth(inner) if body_lay.hasHeightForWidth() else body_lay.sizeHint().height()
        rest = lay.totalHeightForWidth(w) if lay.hasHeightForWidth() else lay.sizeHint().height()
        need = rest - area.sizeHint().height() + body_h + 2
        if screen is not None:
            frame = max(0, dlg.frameGeometry().height() - dlg.geometry().height())
            need = min(need, screen.availableGeometry().height() - frame)
        area.setMinimumHeight(0)
        dlg.resize(w, need)
