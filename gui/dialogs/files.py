"""Choosing a file to save or open: in the user's language, starting in a sensible folder.

- The platform's native dialog where there is one (Windows, macOS, a GTK/KDE desktop); Qt's own dialog elsewhere
  (a bare X session, Xvfb). Qt's own dialog is translated by Qt's ``qtbase_<lang>.qm``, which misses a few of its
  texts ("Look in:", "Files of type:", "Folder", "Drive") and calls the size column 体积; :func:`_qt_texts` lists
  them so that scripts/i18n_update puts them in gongji_<lang>.ts, and gui/i18n.py installs that translator so it
  is asked before Qt's own.
- It starts in the folder the user last saved or opened a file in, else their Documents folder
  (``platformdirs.user_documents_dir()``), else their home folder — never the process's working directory (an
  export would otherwise land in whatever folder the app was started from).
- The last folder is remembered in the app's settings (gui/dialogs/prefs.py; a demo's are never written to disk).

Tests replace :data:`run_dialog` to look at the dialog and answer it without a real user.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeView, QWidget

from gui import theme
from gui.dialogs import prefs

def remember_in(settings) -> None:
    """Remember the last folder in ``settings`` (the app's; gui/dialogs/prefs.py)."""
    prefs.use(settings)


def _last_folder() -> str:
    return prefs.current().last_folder


def _set_last_folder(folder: str) -> None:
    prefs.current().last_folder = folder


def documents_folder() -> Path:
    """The user's Documents folder if it exists, else their home folder."""
    try:
        docs = Path(platformdirs.user_documents_dir())
    except Exception:  # noqa: BLE001 - an odd platform without one: fall back to home
        docs = Path.home()
    return docs if docs.is_dir() else Path.home()


def start_folder() -> Path:
    """Where a file dialog starts: the last folder used (if it still exists), else Documents, else home."""
    last = _last_folder()
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def _exec(dialog: QFileDialog) -> bool:
    return bool(dialog.exec())


# Shows the dialog and returns True when the user chose a file. Tests replace it.
run_dialog: Callable[[QFileDialog], bool] = _exec


def make_dialog(parent: QWidget | None, title: str, file_name: str, filters: str, *, save: bool) -> QFileDialog:
    dlg = theme.own_window(QFileDialog(parent, title, str(start_folder()), filters))
    dlg.setObjectName("gongjiFileDialog")
    dlg.setAccessibleName(title)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dlg.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    _fit(dlg, parent)
    if file_name:
        dlg.selectFile(file_name)
        suffix = Path(file_name).suffix.lstrip(".")
        if suffix:
            dlg.setDefaultSuffix(suffix)  # "账单" → "账单.pdf"
    return dlg


def _fit(dlg: QFileDialog, parent: QWidget | None) -> None:
    """Large enough for the names, sizes and dates in 长辈模式's big text, and never larger than the screen (Qt's own
    dialog opens at about 650×500, where its columns are cut off with "…")."""
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    avail = screen.availableGeometry()
    dlg.resize(min(1100, int(avail.width() * 0.85)), min(700, int(avail.height() * 0.85)))
    dlg.installEventFilter(_ColumnsFit(dlg))


class _ColumnsFit(QObject):
    """When Qt's own dialog is shown: size, type and date columns as wide as their texts, the name column takes the
    rest (its defaults cut "0 字节" and dates to "…" in 长辈模式). A native dialog has no such view: nothing to do."""

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show:
            view = obj.findChild(QTreeView, "treeView")
            if view is not None:
                header = view.header()
                header.setStretchLastSection(False)
                header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
                for c in range(1, header.count()):
                    header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        return False


def _choose(parent, title, file_name, filters, *, save: bool) -> str | None:
    dlg = make_dialog(parent, title, file_name, filters, save=save)
    if not run_dialog(dlg):
        return None
    files = dlg.selectedFiles()
    if not files:
        return None
    _set_last_folder(str(Path(files[0]).parent))
    return files[0]


def save_file_name(parent: QWidget | None, title: str, file_name: str, filters: str) -> str | None:
    """Ask where to save (``file_name`` is the proposed name, in the start folder); None if cancelled."""
    return _choose(parent, title, file_name, filters, save=True)


def open_file_name(parent: QWidget | None, title: str, filters: str) -> str | None:
    """Ask which existing file to open; None if cancelled."""
    return _choose(parent, title, "", filters, save=False)


def _qt_texts() -> list[str]:  # pragma: no cover - read by lupdate and by tests/gui/test_file_dialogs.py
    """Texts of Qt's own file dialog that Qt's qtbase_zh_CN.qm does not translate (or translates badly), with
    Qt's exact contexts, so that pyside6-lupdate collects them into gongji_<lang>.ts."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QFileDialog", "Computer"),
        QCoreApplication.translate("QFileSystemModel", "Size"),  # qtbase_zh_CN says 体积 (volume)
        QCoreApplication.translate("QFileSystemModel", "%1 KB"),
        QCoreApplication.translate("QFileSystemModel", "%1 bytes"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Alias", "macOS Finder"),
    ]
