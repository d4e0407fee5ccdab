"""Every keyboard mnemonic (the underlined letter: Alt+letter, "(&S)" in Chinese) is unique where it acts.

Qt registers a button's, a buddied label's, a group box's, a tab's and a menu-bar title's mnemonic as a shortcut of
the whole window; two of them with the same letter make Alt+letter ambiguous (Qt then only cycles focus, and
nothing is pressed). Inside one menu, two items with the same letter make the letter pick neither. A toolbar shows
its actions' letters too (a Chinese "重做(R)"), so the letters shown in one toolbar must differ as well.

The test opens the main window (every tab and inner tab, with the demo's extra menus and toolbar button) and every
dialog, in Chinese and in English, and fails on any letter used twice in one of those scopes.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QTabBar, QTabWidget,
                               QToolBar, QToolButton, QWidget)

from core import i18n as core_i18n
from gui.i18n import install_translators, qm_path, remove_translators

_MNEMONIC = re.compile(r"&([^&\s])")
_SHOWN_LETTER = re.compile(r"\(([A-Za-z0-9])\)")  # what a toolbar shows of "重做(&R)": "重做(R)"


def mnemonic(text: str) -> str | None:
    m = _MNEMONIC.search(text.replace("&&", ""))
    return m.group(1).upper() if m else None


def _window_scope(root: QWidget) -> list[tuple[str, str]]:
    """(letter, where) of every window-wide mnemonic that is live now (its widget is visible in ``root``)."""
    out: list[tuple[str, str]] = []

    def add(text: str, where: str) -> None:
        letter = mnemonic(text)
        if letter:
            out.append((letter, f"{where} {text!r}"))

    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w.parentWidget(), QToolBar) and isinstance(w, QToolButton):
            continue  # toolbar buttons: their own scope below (Qt strips the "&" from their text)
        if isinstance(w, QAbstractButton):
            add(w.text(), type(w).__name__)
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text(), "label")
        elif isinstance(w, QGroupBox):
            add(w.title(), "group box")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i), "tab")
    menubar = getattr(root, "menuBar", None)
    if callable(menubar) and root.menuBar() is not None:
        for a in root.menuBar().actions():
            if a.isVisible():
                add(a.text(), "menu")
    return out


def duplicates(pairs: list[tuple[str, str]]) -> list[str]:
    by: dict[str, list[str]] = {}
    for letter, where in pairs:
        by.setdefault(letter, []).append(where)
    return [f"({k}) ×{len(v)}: " + "; ".join(v) for k, v in sorted(by.items()) if len(v) > 1]


def _menu_problems(menu: QMenu, where: str) -> list[str]:
    pairs = [(mnemonic(a.text()), f"{a.text()!r}") for a in menu.actions()
             if a.isVisible() and not a.isSeparator() and mnemonic(a.text())]
    out = [f"{where} {d}" for d in duplicates(pairs)]
    for a in menu.actions():
        if a.menu() is not None:
            out += _menu_problems(a.menu(), f"{where} > {a.text()}")
    return out


def _toolbar_problems(root: QWidget) -> list[str]:
    out = []
    for tb in root.findChildren(QToolBar):
        pairs = []
        for a in tb.actions():
            w = tb.widgetForAction(a)
            if not a.isVisible() or a.isSeparator():
                continue
            if isinstance(w, QToolButton):  # shown as text without "&": its letter is the action's
                letter = mnemonic(a.text()) or (_SHOWN_LETTER.search(w.text()) or [None, None])[1]
                if letter:
                    pairs.append((letter.upper(), f"toolbar button {w.text()!r}"))
            elif w is not None:  # a widget (label + combo): its own mnemonic is window-wide
                for child in [w, *w.findChildren(QWidget)]:
                    if isinstance(child, QLabel) and child.buddy() is not None and mnemonic(child.text()):
                        pairs.append((mnemonic(child.text()), f"toolbar label {child.text()!r}"))
        out += [f"toolbar {d}" for d in duplicates(pairs)]
    return out


def mnemonic_problems(root: QWidget) -> list[str]:
    """Duplicates in every state of ``root``'s tab widgets (a hidden tab page's mnemonics are not live)."""
    problems: set[str] = set()

    def walk(done: list[QTabWidget], state: str) -> None:
        QApplication.processEvents()
        tabs = [t for t in root.findChildren(QTabWidget)
                if t.isVisibleTo(root) and not any(t is d for d in done)]
        if not tabs:
            problems.update(f"{state}: {d}" for d in duplicates(_window_scope(root)))
            return
        t = tabs[0]
        before = t.currentIndex()
        for i in range(t.count()):
            t.setCurrentIndex(i)
            walk([*done, t], f"{state} / {t.tabText(i)}")
        t.setCurrentIndex(before)

    walk([], root.windowTitle() or type(root).__name__)
    menubar = getattr(root, "menuBar", None)
    if callable(menubar) and root.menuBar() is not None:
        for a in root.menuBar().actions():
            if a.menu() is not None:
                problems.update(_menu_problems(a.menu(), f"menu {a.text()!r}"))
    problems.update(_toolbar_problems(root))
    return sorted(problems)


# ------------------------------------------------------------------------------------------------ detector


def test_detector_finds_duplicates(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout
    w = QWidget()
    qtbot.addWidget(w)
    lay = QVBoxLayout(w)
    lay.addWidget(QPushButton("&Save", w))
    edit = QLineEdit(w)
    lab = QLabel("保存位置(&S):", w)
    lab.setBuddy(edit)
    lay.addWidget(lab)
    lay.addWidget(edit)
    lay.addWidget(QPushButton("Fish && &chips", w))
    lay.addWidget(QLabel("no buddy, no shortcut: &Silent", w))
    tabs = QTabWidget(w)
    lay.addWidget(tabs)
    page = QWidget()
    QVBoxLayout(page).addWidget(QPushButton("&Chart", page))
    tabs.addTab(QWidget(), "&Records")
    tabs.addTab(page, "C&olumns")
    problems = mnemonic_problems(w)
    assert any("(S) ×2" in p for p in problems), problems  # on both tabs
    assert [p for p in problems if "(C) ×2" in p] == [  # chips + Chart: only while the second tab is shown
        "QWidget / C&olumns: (C) ×2: QPushButton 'Fish && &chips'; QPushButton '&Chart'"]
    assert {p.split(": ")[1] for p in problems} == {"(S) ×2", "(C) ×2"}, problems
    assert mnemonic("Fish && &chips") == "C" and mnemonic("A && B") is None


def test_detector_finds_menu_and_toolbar_duplicates(qtbot):
    from PySide6.QtWidgets import QMainWindow
    w = QMainWindow()
    qtbot.addWidget(w)
    m = w.menuBar().addMenu("&File")
    m.addAction("&Reset")
    m.addAction("&Redo")
    tb = w.addToolBar("t")
    tb.addAction("重做(&R)")
    tb.addAction("重置演示(&R)")
    w.show()
    problems = mnemonic_problems(w)
    assert any(p.startswith("menu '&File' (R) ×2") for p in problems), problems
    assert any(p.startswith("toolbar (R) ×2") for p in problems), problems


# ------------------------------------------------------------------------------------------------ the app


@pytest.fixture(params=["zh_CN", "en"])
def lang(request, qtbot):  # noqa: ARG001 - qtbot: a QApplication exists
    app = QApplication.instance()
    previous = core_i18n.language()
    assert qm_path("zh_CN").is_file(), "run scripts/i18n_update to compile the .qm files"
    install_translators(app, request.param)
    yield request.param
    remove_translators(app)
    core_i18n.set_language(previous)


def test_main_window_mnemonics_are_unique(qtbot, lang, runner, demo, settle):
    from gui.main_window import MainWindow
    from gui.settings import Settings
    from gui.tour import install_menus

    class _Demo:  # install_menus(demo=...) only needs an object with reset(): the demo's menu entry and button
        def reset(self, *_a):
            pass

    w = MainWindow(runner)
    install_menus(w, Settings.memory(), demo=_Demo())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    problems: set[str] = set()
    for hid in (demo["张家"], demo["周家"]):  # 周家: pending bindings (confirm / withdraw buttons)
        w.household_combo.setCurrentIndex(w.household_combo.findData(hid))
        settle()
        problems.update(mnemonic_problems(w))
    assert not problems, f"{lang}: the same letter twice:\n" + "\n".join(sorted(problems))


def _dialogs(runner, service, demo, tmp_path):
    from gui.dialogs.about import AboutDialog
    from gui.dialogs.backups import BackupsDialog
    from gui.dialogs.bind import BindDialog
    from gui.dialogs.member import MemberDialog
    from gui.dialogs.pay import PayDialog, RefundDialog
    from gui.dialogs.recovery import RecoveryDialog
    from gui.dialogs.settings import FirstRunDialog, SettingsDialog
    from gui.dialogs.unbind import UnbindDialog
    from gui.window.new_household import NewHouseholdDialog
    from gui.settings import Settings
    from gui.tour import TourDialog
    hid, kid = demo["张家"], demo["张子涵"]
    pay = next(t for t in service.history.transactions(hid, kind="payment"))
    return {
        "member": lambda: MemberDialog(runner, demo["陈家"]),
        "bind": lambda: BindDialog(runner, hid, user_id=kid),
        "bind_jiangsu": lambda: BindDialog(runner, demo["周家"]),
        "unbind": lambda: UnbindDialog(runner, hid),
        "pay": lambda: PayDialog(runner, hid, member_id=kid),
        "refund": lambda: RefundDialog(runner, pay),
        "household": lambda: NewHouseholdDialog(runner),
        "settings": lambda: SettingsDialog(Settings.memory()),
        "first_run": lambda: FirstRunDialog(),
        "tour": lambda: TourDialog(),
        "about": lambda: AboutDialog(runner, Settings.memory(), demo=False),
        "backups": lambda: BackupsDialog(runner),
        "recovery": lambda: RecoveryDialog(tmp_path / "broken.db", "not a database"),
    }


DIALOGS = ["member", "bind", "bind_jiangsu", "unbind", "pay", "refund", "household", "settings", "first_run",
           "tour", "about", "backups", "recovery"]


@pytest.mark.parametrize("which", DIALOGS)
def test_dialog_mnemonics_are_unique(qtbot, lang, runner, service, demo, tmp_path, which):
    dlg = _dialogs(runner, service, demo, tmp_path)[which]()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    if which == "pay":
        dlg.amount.setText("88")
    problems = set(mnemonic_problems(dlg))
    if which == "tour":
        for _ in range(dlg.count):
            dlg.go_next()
            problems.update(mnemonic_problems(dlg))
    assert not problems, f"{which} ({lang}): the same letter twice:\n" + "\n".join(sorted(problems))
