"""The base of gongji's dialogs."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from gui import theme


class Dialog(QDialog):
    """A QDialog in the app's look when opened without a parent too: it carries the app's mode (gui.theme.own_window),
    which the style sheet's rules select on; with a parent it takes the parent window's."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        theme.own_window(self)
