"""The width of the bookkeeping dialogs (对账, monthly 划入, binding application): wider in 长辈模式, whose larger
text would otherwise wrap into more lines than a 1366×768 screen has room for."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.theme import is_elderly


def dialog_width(dialog: QWidget, normal: int) -> int:
    if is_elderly():
        return max(normal, min(900, dialog.fontMetrics().averageCharWidth() * 60))
    return normal
