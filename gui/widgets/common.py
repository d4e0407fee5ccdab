"""Small shared helpers: plain-words confirmation, accessible-name helper, a one-line label that elides."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton, QSizePolicy, QWidget

from gui import theme


def _t(text: str) -> str:
    return QCoreApplication.translate("Common", text)


def action(owner: QWidget, text: str, slot, shortcut=None, tip: str | None = None,
           short: str | None = None) -> QAction:
    """A window-wide action: its text, optional short toolbar label, shortcut and tooltip (also the status tip),
    added to ``owner`` so the shortcut works wherever the focus is in that window."""
    a = QAction(text, owner)
    if short:
        a.setIconText(short)
    if shortcut is not None:
        a.setShortcut(QKeySequence(shortcut))
    if tip:
        a.setToolTip(tip)
        a.setStatusTip(tip)
    a.triggered.connect(slot)
    owner.addAction(a)
    return a


def ask(parent: QWidget | None, title: str, text: str, ok_text: str) -> bool:
    """Ask a yes/no question in plain words; the confirming button says what it does. Tests replace this."""
    box = theme.own_window(QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                                       parent))
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


def accept_cancel(dialog: QWidget, ok_text: str, ok_name: str, ok_tip: str | None = None
                  ) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A dialog's button row: one button that says what it does, and Cancel; both with accessible names."""
    box = QDialogButtonBox(dialog)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
    name(ok, ok_name, ok_tip)
    name(cancel, _t("Cancel"))
    return box, ok, cancel


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
    # A dialog's explicit minimum width replaces its layout's minimum (Qt then squeezes buttons below their text in
    # 长辈模式's large print): never narrower than what the layout needs (tests/gui/test_screen_fit_dialogs.py
    # checks that this fits 1280 px).
    need = lay.totalMinimumSize().width()
    if need > dialog.minimumWidth():
        dialog.setMinimumWidth(need)
    w = max(dialog.width(), dialog.minimumWidth())
    h = lay.totalHeightForWidth(w) if lay.hasHeightForWidth() else lay.sizeHint().height()
    if h > dialog.height() or w > dialog.width():
        dialog.resize(w, max(h, dialog.height()))


class ElidedLabel(QLabel):
    """A one-line label: text that does not fit ends in "…" and the whole text becomes the tooltip.

    ``text()`` (and so what a screen reader reads) is always the full text; only the painting is shortened."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._tip = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._update_tip()

    def setBaseToolTip(self, tip: str) -> None:  # noqa: N802 - Qt style
        """A tooltip shown when nothing is cut off (when text is cut off, the tooltip is the full text)."""
        self._tip = tip
        self._update_tip()

    def elided_text(self) -> str:
        one_line = " ".join(self.text().split("\n"))
        return self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight, max(self.contentsRect().width(), 0))

    def is_elided(self) -> bool:
        return self.elided_text() != " ".join(self.text().split("\n"))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        h = super().minimumSizeHint().height()
        return QSize(self.fontMetrics().horizontalAdvance("\u2026") * 6, h)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        s = super().sizeHint()
        return QSize(s.width(), self.minimumSizeHint().height())

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else self._tip)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._update_tip()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_tip()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        self.style().drawItemText(p, self.contentsRect(), int(self.alignment()), self.palette(), self.isEnabled(),
                                  self.elided_text(), self.foregroundRole())
