"""A short guided tour in plain words: own account first, the payment order, binding, 长辈模式.

Shown once after the first start and again from Help → Guided tour. Keyboard: Enter or → for Next, ← for Back,
Esc to close; no time limit, every page stays until the user moves on. Each page's text is the dialog's
accessible description too, so a screen reader reads it when the page changes.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui import theme
from gui.dialogs.base import Dialog


def _t(text: str) -> str:
    return QCoreApplication.translate("Tour", text)


def pages() -> list[tuple[str, str]]:
    return [
        (_t("Welcome"),
         _t("This helper keeps track of family pooling (家庭共济): who may pay medical bills with whose personal "
            "account, in which order, and what each payment took from each account.")),
        (_t("Your own account pays first"),
         _t("When someone pays a medical bill, their own personal account is always used first. Only what it "
            "cannot cover is taken from the family accounts they are bound to. Whatever is still left is paid "
            "in cash.")),
        (_t("The payment order"),
         _t("After the own account, the family accounts pay one after another, top first. Under the national "
            "rules the family chooses this order: select an account and press Move up or Move down (or Alt+Up / "
            "Alt+Down). Some regions set the order themselves; the window then says why it cannot be changed.")),
        (_t("Binding"),
         _t("To let a relative pay with your account, choose Bind and pick who pays for whom and how you are "
            "related. Ending a binding keeps its history. Before a payment is recorded you always see who will "
            "pay how much.")),
        (_t("Larger text"),
         _t("If the text is too small, turn on elderly mode (长辈模式) under Settings. You can open this tour "
            "again at any time from the Help menu.")),
    ]


def _m(text: str) -> str:
    return QCoreApplication.translate("MainWindowExtras", text)


def _extras_texts() -> dict[str, tuple[str, str]]:
    """The extra actions' (text, tip) in the current language; called again after a language switch."""
    return {
        "settings": (_m("&Settings\u2026"), _m("Elderly mode (larger text) and language")),
        "tour": (_m("Guided &tour"), _m("A short introduction: own account first, the payment order, binding")),
        "about": (_m("&About and data\u2026"), _m("Where your data is stored; backups; open another database file")),
        "backups": (_m("&Backups and restore\u2026"), _m("Make a backup now, or put a backup in place of the ledger")),
        "reset_demo": (_m("Reset &demo"),
                       _m("Throw away everything done in this demo and start again with fresh sample families")),
        "help": (_m("&Help"), ""),
        "reset_name": (_m("Reset demo"), ""),
        "demo_title": (_m(" \u2014 demo"), ""),
    }


class TourDialog(Dialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._pages = pages()
        self.index = 0
        self.setWindowTitle(self.tr("Guided tour"))
        self.setAccessibleName(self.tr("Guided tour"))
        self.step = QLabel(self)
        self.step.setAccessibleName(self.tr("Step"))
        theme.mark(self.step, "muted")
        self.title = QLabel(self)
        theme.mark(self.title, "heading")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumHeight(160)
        self.back = QPushButton(self.tr("← &Back"), self)
        self.back.setAccessibleName(self.tr("Back"))
        self.next = QPushButton(self.tr("&Next →"), self)
        self.next.setAccessibleName(self.tr("Next"))
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        for b in (self.back, self.next, self.close_button):
            b.setAutoDefault(False)
        self.next.setDefault(True)
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next)
        lay = QVBoxLayout(self)
        lay.addWidget(self.step)
        lay.addWidget(self.title)
        lay.addWidget(self.text, 1)
        lay.addLayout(buttons)
        self.setMinimumWidth(640)
        self._show()

    @property
    def count(self) -> int:
        return len(self._pages)

    def _show(self) -> None:
        title, text = self._pages[self.index]
        self.step.setText(self.tr("Step {n} of {total}").replace("{n}", str(self.index + 1))
                          .replace("{total}", str(self.count)))
        self.title.setText(title)
        self.text.setText(text)
        self.text.setAccessibleName(title)
        self.setAccessibleDescription(f"{self.step.text()}. {title}. {text}")
        self.back.setEnabled(self.index > 0)
        last = self.index == self.count - 1
        self.next.setText(self.tr("&Finish") if last else self.tr("&Next →"))
        self.next.setAccessibleName(self.tr("Finish") if last else self.tr("Next"))
        self.next.setFocus()
        from PySide6.QtGui import QAccessible, QAccessibleEvent  # here: the first screen shows no tour
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.text, QAccessible.Event.NameChanged))

    def go_next(self) -> None:
        if self.index >= self.count - 1:
            self.accept()
            return
        self.index += 1
        self._show()

    def go_back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Right:
            self.go_next()
        elif event.key() == Qt.Key.Key_Left:
            self.go_back()
        else:
            super().keyPressEvent(event)


# ----------------------------------------------------------------------------------------------- wiring

def install_menus(window, settings, demo=None) -> dict:
    """Add this module's and its siblings' entries to the main window (one call from gui/app.py):
    File → Settings…, Help → Guided tour / About and data…, and in a demo File → Reset demo (+ a toolbar button).
    Returns the actions by name (tests use them)."""
    from PySide6.QtGui import QAction, QKeySequence

    from gui.widgets import common

    acts: dict = {}

    def action(key: str, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        acts[key] = a = common.action(window, text, slot, shortcut, tip)
        return a

    # the dialogs' modules are imported when they open, not before the window's first paint (issue #11)
    def settings_dialog() -> None:
        from gui.dialogs.settings import SettingsDialog
        SettingsDialog(settings, window).exec()

    def about_dialog() -> None:
        from gui.dialogs.about import AboutDialog
        AboutDialog(window.runner, settings, window, demo=demo is not None).exec()

    def backups_dialog() -> None:
        from gui.dialogs.backups import BackupsDialog
        BackupsDialog(window.runner, window, demo=demo is not None).exec()

    action("settings", _m("&Settings\u2026"), settings_dialog,
           QKeySequence.StandardKey.Preferences if not QKeySequence(QKeySequence.StandardKey.Preferences).isEmpty()
           else "Ctrl+,", _m("Elderly mode (larger text) and language"))
    action("tour", _m("Guided &tour"), lambda: TourDialog(window).exec(), "F1",
           _m("A short introduction: own account first, the payment order, binding"))
    action("about", _m("&About and data\u2026"), about_dialog, None,
           _m("Where your data is stored; backups; open another database file"))
    action("backups", _m("&Backups and restore\u2026"), backups_dialog, None,
           _m("Make a backup now, or put a backup in place of the ledger"))

    def retranslate() -> None:  # MainWindow.retranslate() calls this after a language switch
        texts = _extras_texts()
        for key, a in acts.items():
            if key in texts and key != "help_menu":
                a.setText(texts[key][0])
                a.setToolTip(texts[key][1])
                a.setStatusTip(texts[key][1])
        if "help_menu" in acts:
            acts["help_menu"].setText(texts["help"][0])
            acts["help_menu"].menu().setTitle(texts["help"][0])
        if demo is not None:
            window._title_suffix = texts["demo_title"][0]
            tb = getattr(window, "toolbar", None)
            w = tb.widgetForAction(acts["reset_demo"]) if tb is not None else None
            if w is not None:
                w.setAccessibleName(texts["reset_name"][0])

    window.retranslate_extras = retranslate

    mb = window.menuBar()
    menus = {m.title(): m for m in (a.menu() for a in mb.actions()) if m is not None}
    file_menu = next(iter(menus.values()), None) or mb.addMenu(_m("&File"))
    first = file_menu.actions()[0] if file_menu.actions() else None
    file_menu.insertAction(first, acts["settings"])
    file_menu.insertAction(first, acts["backups"])  # findable where people look for it, not only under Help → About
    help_menu = mb.addMenu(_m("&Help"))
    help_menu.addAction(acts["tour"])
    help_menu.addAction(acts["about"])
    acts["help_menu"] = help_menu.menuAction()

    if demo is not None:
        def after_reset() -> None:
            window.reload_households()
            for panel, call in (("order_panel", "set_user"),):
                p = getattr(window, panel, None)
                if p is not None:
                    getattr(p, call)(window.selected_member_id())
            if hasattr(window, "payments_panel"):
                window.payments_panel.set_member(window.household_id, window.selected_member_id())
            window.statusBar().showMessage(_m("The demo was reset: fresh sample families."), theme.message_timeout_ms())

        def reset_demo() -> None:
            window.statusBar().showMessage(_m("Preparing fresh sample families\u2026"))  # seeding takes a moment
            demo.reset(window.runner, after_reset)

        reset = action("reset_demo", _m("Reset &demo"), reset_demo, None,
                       _m("Throw away everything done in this demo and start again with fresh sample families"))
        file_menu.insertAction(acts["settings"], reset)
        tb = getattr(window, "toolbar", None)
        if tb is not None:
            tb.addSeparator()
            tb.addAction(reset)
            w = tb.widgetForAction(reset)
            if w is not None:
                w.setAccessibleName(_m("Reset demo"))
        window._title_suffix = _m(" \u2014 demo")
        window.setWindowTitle(window.windowTitle() + window._title_suffix)
    return acts


def welcome(settings, app, window) -> None:
    """At the first start: ask about 长辈模式, then show the tour once. Later starts do nothing."""
    if not settings.first_run_done:
        from gui.dialogs.settings import first_run  # the dialog's module only when it is shown

        first_run(settings, app, window)
    if not settings.tour_done:
        settings.tour_done = True
        TourDialog(window).exec()
