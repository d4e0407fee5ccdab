"""Everything the user sees in Chinese is Chinese: opens the real main window (every tab, every menu, several
households) and every dialog with the zh_CN translators installed, collects every visible text — labels, buttons,
window titles, tab texts and tooltips, menus and actions, group boxes, combo items, item-view headers and cells,
placeholder texts, tooltips — and fails on any text that still holds English words.

"English words" = a run of 3+ Latin letters after removing file paths and a short allow-list of things that are
the same in Chinese (CSV, PDF, Alt, Ctrl, …). Names, amounts, dates and ID numbers have no such runs.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDialog, QGroupBox,
                               QLabel, QLineEdit, QMenu, QTabBar, QWidget)

from core import i18n as core_i18n
from gui.i18n import choose_language, install_translators, qm_path, remove_translators
from gui.main_window import MainWindow
from gui.window.new_household import NewHouseholdDialog

ALLOWED_WORDS = {"CSV", "PDF", "Alt", "Ctrl", "Home", "End", "Shift", "Esc", "Tab", "Enter", "SQLite", "JSON", "URL",
                 "English", "PNG", "GBK", "UTF"}
PATH = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s，。、；：）)]*")
FILE_PATTERN = re.compile(r"\(\*[^)]*\)")  # file dialog filters such as (*.db *.sqlite)
WORD = re.compile(r"[A-Za-z]{3,}")


def english_words(text: str) -> list[str]:
    t = FILE_PATTERN.sub(" ", PATH.sub(" ", text.replace("&", "")))
    return [w for w in WORD.findall(t) if w not in ALLOWED_WORDS]


def test_detector():
    assert english_words("张子涵's own account") == ["own", "account"]
    assert english_words("数据：/tmp/gongji-demo-x/demo-1.db") == []
    assert english_words("¥6,845.30 · 110105********002X · 2025-03-01") == []
    assert english_words("导出为 CSV(&C)…") == []
    assert english_words("Cancel") == ["Cancel"]


@pytest.fixture()
def chinese(qtbot):  # noqa: ARG001 - qtbot: a QApplication exists
    app = QApplication.instance()
    previous = core_i18n.language()
    assert qm_path("zh_CN").is_file(), "run scripts/i18n_update to compile the .qm files"
    assert install_translators(app, "zh_CN") == "zh_CN"
    yield app
    remove_translators(app)
    core_i18n.set_language(previous)


def _model_texts(view: QAbstractItemView, rows: int = 15) -> list[tuple[str, str]]:
    m = view.model()
    out: list[tuple[str, str]] = []
    if m is None:
        return out
    try:
        cols = m.columnCount()
    except TypeError:  # a QAbstractListModel keeps columnCount private: one column
        cols = 1
    for c in range(cols):
        for orient in (Qt.Orientation.Horizontal,):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                v = m.headerData(c, orient, role)
                if isinstance(v, str):
                    out.append(("header", v))
    for r in range(min(rows, m.rowCount())):
        for c in range(cols):
            idx = m.index(r, c)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleDescriptionRole):
                v = m.data(idx, role)
                if isinstance(v, str):
                    out.append((f"cell {r},{c}", v))
    return out


def _menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    out = [(where, menu.title())]
    for a in menu.actions():
        if a.isSeparator():
            continue
        out += [(f"{where} action", a.text()), (f"{where} tooltip", a.toolTip()), (f"{where} status", a.statusTip())]
        if a.menu() is not None:
            out += _menu_texts(a.menu(), f"{where} > {a.text()}")
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hear in ``root``."""
    out: list[tuple[str, str]] = [("window title", root.windowTitle())]
    if isinstance(root, QDialog) or root.isWindow():
        out.append(("accessible name", root.accessibleName()))
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        kind = type(w).__name__
        if w.toolTip():
            out.append((f"{kind} tooltip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((f"{kind}", w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((f"{kind}", w.text()))
        elif isinstance(w, QGroupBox):
            out.append((f"{kind} title", w.title()))
        elif isinstance(w, QLineEdit):
            out.append((f"{kind} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out += [(f"{kind} item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                out += [("tab", w.tabText(i)), ("tab tooltip", w.tabToolTip(i))]
        if isinstance(w, QAbstractItemView) and not isinstance(w.parentWidget(), QComboBox):
            out += [(f"{kind} {where}", t) for where, t in _model_texts(w)]
    if hasattr(root, "menuBar") and root.menuBar() is not None:
        for a in root.menuBar().actions():
            if a.menu() is not None:
                out += _menu_texts(a.menu(), "menu")
    return [(where, t) for where, t in out if t and t.strip()]


def untranslated(root: QWidget) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(root) if english_words(text)})


def test_language_choice_order(monkeypatch):
    monkeypatch.setenv("GONGJI_LANG", "en")
    assert choose_language("zh_CN", "en") == "zh_CN"      # --lang wins
    assert choose_language(None, "zh_CN") == "zh_CN"      # then the saved setting
    assert choose_language(None, None) == "en"            # then the system
    monkeypatch.setenv("GONGJI_LANG", "fr_FR")
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(var, "de_DE.UTF-8")
    assert choose_language(None, None) in ("zh_CN", "en")  # unknown → Chinese unless Qt's system locale says en


def test_translators_switch_language(chinese):
    assert QCoreApplication.translate("MainWindow", "Family pooling helper") == "家庭共济助手"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own qtbase_zh_CN.qm
    assert core_i18n.language() == "zh_CN"
    install_translators(chinese, "en")
    assert QCoreApplication.translate("MainWindow", "Family pooling helper") == "Family pooling helper"
    assert core_i18n.language() == "en"


def test_main_window_is_all_chinese(qtbot, chinese, runner, demo, settle):
    from gui.settings import Settings
    from gui.tour import install_menus
    w = MainWindow(runner)
    install_menus(w, Settings.memory(), demo=None)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    problems: set[str] = set()
    for hid in (demo["张家"], demo["李家"], demo["赵家"], demo["陈家"], demo["周家"]):
        w.household_combo.setCurrentIndex(w.household_combo.findData(hid))
        for i in range(w.tabs.count()):
            w.tabs.setCurrentIndex(i)
            qtbot.wait(50)
            settle()
            problems |= set(untranslated(w))
    w.tabs.setCurrentIndex(0)
    assert not problems, f"{len(problems)} texts of the main window are not translated:\n" + "\n".join(
        sorted(problems))


def _dialogs(runner, service, demo):
    from gui.dialogs.about import AboutDialog
    from gui.dialogs.bind import BindDialog
    from gui.dialogs.member import MemberDialog
    from gui.dialogs.pay import PayDialog, RefundDialog
    from gui.dialogs.settings import FirstRunDialog, SettingsDialog
    from gui.dialogs.unbind import UnbindDialog
    from gui.settings import Settings
    from gui.tour import TourDialog
    from gui.dialogs.application import ApplicationDialog
    from gui.dialogs.monthly import MonthlyDialog
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
        "about": lambda: AboutDialog(runner, Settings.memory(), demo=True),
        "reconcile": lambda: _reconcile(runner, hid),
        "monthly": lambda: MonthlyDialog(runner, hid),
        "application": lambda: ApplicationDialog(runner, demo["周家"]),
    }


def _reconcile(runner, hid):
    from gui.dialogs.reconcile import ReconcileDialog
    dlg = ReconcileDialog(runner, hid)
    dlg.current.setText("88")  # the ledger figures and the difference
    return dlg


DIALOGS = ["member", "bind", "bind_jiangsu", "unbind", "pay", "refund", "household", "settings", "first_run",
           "tour", "about", "reconcile", "monthly", "application"]


@pytest.mark.parametrize("which", DIALOGS)
def test_dialog_is_all_chinese(qtbot, chinese, runner, service, demo, which):
    dlg = _dialogs(runner, service, demo)[which]()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    problems = set(untranslated(dlg))
    if which == "pay":
        dlg.amount.setText("88")  # the preview table and its texts
        qtbot.wait(100)
        problems |= set(untranslated(dlg))
    if which == "tour":
        for _ in range(dlg.count):
            problems |= set(untranslated(dlg))
            dlg.go_next()
    assert not problems, f"{which}: {len(problems)} texts are not translated:\n" + "\n".join(sorted(problems))


def test_gui_translations_keep_placeholders_and_shortcut_keys():
    """Every gui translation keeps exactly the {placeholders} of its source (the code fills them with
    str.replace) and keeps a keyboard shortcut (&X) when the source has one."""
    import xml.etree.ElementTree as ET
    from gui.i18n import I18N_DIR
    placeholder = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
    mnemonic = re.compile(r"&[^&\s]")
    root = ET.parse(I18N_DIR / "gongji_zh_CN.ts").getroot()
    bad, checked = [], 0
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            src, t = m.findtext("source") or "", m.find("translation")
            if t is None or t.get("type") in ("vanished", "obsolete") or not (t.text or "").strip():
                continue
            checked += 1
            if sorted(placeholder.findall(src)) != sorted(placeholder.findall(t.text)):
                bad.append(f"{ctx.findtext('name')}: {src!r} → {t.text!r} (placeholders)")
            if bool(mnemonic.search(src)) != bool(mnemonic.search(t.text)):
                bad.append(f"{ctx.findtext('name')}: {src!r} → {t.text!r} (shortcut key)")
    assert checked > 300
    assert not bad, "\n".join(bad)
