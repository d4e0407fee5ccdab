"""Small shared helpers: plain-words confirmation, accessible-name helper."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Common", text)


def ask(parent: QWidget | None, title: str, text: str, ok_text: str) -> bool:
    """Ask a yes/no question in plain words; the confirming button says what it does. Tests replace this."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_t("Cancel"), QMessageBox.ButtonRole.RejectRole)
    ok.setAccessibleName(ok_text)
    cancel.setAccessibleName(_t("Cancel"))
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def name(widget: QWidget, accessible: str, tip: str | None = None) -> QWidget:
    """Give ``widget`` an accessible name and (optionally) a tooltip; returns it for chaining."""
    widget.setAccessibleName(accessible)
    if tip:
        widget.setToolTip(tip)
        widget.setAccessibleDescription(tip)
    return widget


def fit_on_show(dialog: QWidget) -> None:
    """Make ``dialog`` take the height its word-wrapped labels need at its width when it is shown (Qt does not
    account for height-for-width labels in a top-level window's first size)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Fit(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Show:
                QTimer.singleShot(0, lambda: _grow(dialog))
            return False

    f = _Fit(dialog)
    dialog.installEventFilter(f)
    dialog._fit_filter = f  # keep alive


def _grow(dialog: QWidget) -> None:
    lay = dialog.layout()
    if lay is None:
        return
    w = max(dialog.width(), dialog.minimumWidth())
    h = lay.totalHeightForWidth(w) if lay.hasHeightForWidth() else lay.sizeHint().height()
    if h > dialog.height():
        dialog.resize(w, h)
