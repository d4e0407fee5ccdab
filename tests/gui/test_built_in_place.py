"""The main window is built in place: no widget with children is made under one parent and then moved under
another while the window is built and shown (issue #11, start-up).

Moving a built widget makes Qt resolve the application style sheet again for it and every child; the setup tab,
the panels and the tabs used to be made first and moved into their tab widget, splitters and stack afterwards —
~30 ms of CPU to the first paint. This watches every parent change, as Qt reports it, while the window is made.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QComboBox, QFrame, QListView, QToolBar, QWidget

from gui.main_window import MainWindow

#: Parent changes Qt makes itself: a combo box's drop-down list goes into its popup frame, and a widget put into a
#: tool bar is taken out by its QWidgetAction and put back by the tool bar's layout.
_QT_OWN = ((QListView, QFrame), (QComboBox, type(None)), (QComboBox, QToolBar))


class _Moves(QObject):
    def __init__(self):
        super().__init__()
        self.moved: list[str] = []

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ParentChange and isinstance(obj, QWidget):
            children = len(obj.findChildren(QWidget))
            parent = obj.parentWidget()
            if children >= 3 and not any(isinstance(obj, a) and isinstance(parent, b) for a, b in _QT_OWN):
                self.moved.append(f"{type(obj).__name__}({children} children) -> {type(parent).__name__}")
        return False


def test_nothing_built_is_moved_while_the_window_is_made(qtbot, runner, demo):  # noqa: ARG001
    moves = _Moves()
    app = QApplication.instance()
    app.installEventFilter(moves)
    try:
        w = MainWindow(runner)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
    finally:
        app.removeEventFilter(moves)
    assert moves.moved == []
