"""Texts shown again in another language at run time, for views that build their texts once.

A view whose module translates through :func:`translate` (``def _t(text): return retexts.translate("Ctx", text)``
— the i18n extractor sees it as a translate wrapper) can call :func:`retranslate_tree` after a language switch:
every text, tooltip, accessible name, placeholder, combo item, tab title and table header of its widgets that was
shown through :func:`translate` is shown again, translated from its source text into the current language. Texts
made up from parts (a label with a number in it) are not found this way: the view makes those again itself.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTableWidget, QTabWidget, QWidget

#: (context, text as shown) -> source text.
_SOURCE: dict[tuple[str, str], str] = {}


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate, remembering which source text the shown text came from."""
    out = QCoreApplication.translate(context, text)
    _SOURCE[(context, out)] = text
    return out


def again(context: str, shown: str) -> str:
    """``shown`` in the current language, if it was shown through :func:`translate`; else unchanged."""
    src = _SOURCE.get((context, shown))
    return shown if src is None else translate(context, src)


def retranslate_tree(root: QWidget, context: str) -> None:
    """Every remembered text of ``root`` and its children again, in the current language."""
    def swap(get: Callable[[], str], put: Callable[[str], None]) -> None:
        old = get()
        if old:
            new = again(context, old)
            if new != old:
                put(new)

    for w in (root, *root.findChildren(QWidget)):
        swap(w.toolTip, w.setToolTip)
        swap(w.statusTip, w.setStatusTip)
        swap(w.accessibleName, w.setAccessibleName)
        swap(w.accessibleDescription, w.setAccessibleDescription)
        if isinstance(w, (QLabel, QAbstractButton)):
            swap(w.text, w.setText)
        elif isinstance(w, QLineEdit):
            swap(w.placeholderText, w.setPlaceholderText)
        elif isinstance(w, QGroupBox):
            swap(w.title, w.setTitle)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                swap(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                swap(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t))
                swap(lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t))
        elif isinstance(w, QTableWidget):
            for i in range(w.columnCount()):
                item = w.horizontalHeaderItem(i)
                if item is not None:
                    swap(item.text, item.setText)


__all__ = ["translate", "again", "retranslate_tree"]
