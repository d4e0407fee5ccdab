"""File dialogs (gui/dialogs/files.py): in the user's language and in a sensible place.

Qt's own dialog is what runs offscreen and under a bare X server, so it is the one looked at: every text it shows
is Chinese with the zh_CN translators (Qt's qtbase_zh_CN.qm plus the gaps the app fills: "Look in:",
"Files of type:", "Folder", 大小 rather than 体积), it starts in the user's Documents folder, and then in the folder
last used, remembered in the settings file."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QTreeView

from gui.dialogs import files
from gui.settings import Settings
from test_i18n import chinese, untranslated  # noqa: F401 - the fixture


@pytest.fixture()
def documents(tmp_path, monkeypatch) -> Path:
    docs = tmp_path / "文档"
    docs.mkdir()
    (docs / "旧账本").mkdir()
    (docs / "去年.csv").write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(docs))  # platformdirs.user_documents_dir() on Linux
    from gui.dialogs import prefs
    monkeypatch.setattr(prefs, "_settings", None)  # fresh in-memory settings: no folder remembered yet
    return docs


def answer(monkeypatch, qtbot, choose: Path | None, seen: list):
    """Replace the user: show Qt's own dialog, record it, then choose ``choose`` (None: cancel)."""
    def run(dlg: QFileDialog) -> bool:
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setViewMode(QFileDialog.ViewMode.Detail)
        dlg.show()
        qtbot.waitExposed(dlg)
        view = dlg.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 1, timeout=5000)  # the folder is read
        seen.append(dict(directory=Path(dlg.directory().absolutePath()), untranslated=untranslated(dlg),
                         labels={lab.objectName(): lab.text() for lab in dlg.findChildren(QLabel)},
                         header=[view.model().headerData(c, Qt.Orientation.Horizontal)
                                 for c in range(view.model().columnCount())],
                         types=sorted({view.model().index(r, 2, view.rootIndex()).data()
                                       for r in range(view.model().rowCount(view.rootIndex()))})))
        if choose is None:
            dlg.reject()
            return False
        dlg.findChild(QLineEdit, "fileNameEdit").setText(str(choose))  # as typed by the user
        dlg.accept()
        return True
    monkeypatch.setattr(files, "run_dialog", run)


def test_save_dialog_is_chinese_and_starts_in_documents(qtbot, chinese, documents, monkeypatch):
    seen: list = []
    answer(monkeypatch, qtbot, None, seen)
    title = QCoreApplication.translate("History", "Export to CSV")
    assert files.save_file_name(None, title, "history.csv", "CSV (*.csv)") is None  # cancelled
    [d] = seen
    assert d["directory"] == documents
    assert d["labels"]["lookInLabel"] == "查找范围(&L)："
    assert d["labels"]["fileTypeLabel"] == "文件类型(&T)："
    assert d["labels"]["fileNameLabel"] == "文件名称(&N)："
    assert "大小" in d["header"] and "体积" not in d["header"]
    assert "文件夹" in d["types"]  # the type of 旧账本, a folder ("Folder" without the app's translations)
    user = Path.home().name  # the sidebar's home folder is named after the user ("root" here): not a text
    left = [t for t in d["untranslated"] if t != f"QListView cell 1,0: {user!r}"]
    assert left == [], "\n".join(left)


def test_english_file_dialog_stays_english(qtbot, documents, monkeypatch):
    seen: list = []
    answer(monkeypatch, qtbot, None, seen)
    files.save_file_name(None, "Export to CSV", "history.csv", "CSV (*.csv)")
    assert seen[0]["labels"]["lookInLabel"] == "&Look in:"
    assert "Folder" in seen[0]["types"]


def test_the_last_folder_is_remembered_in_the_settings(qtbot, documents, tmp_path, monkeypatch):
    ini = tmp_path / "settings.ini"
    files.remember_in(Settings(ini))
    elsewhere = tmp_path / "导出"
    elsewhere.mkdir()
    (elsewhere / "a").mkdir()
    (elsewhere / "b.csv").write_text("x", encoding="utf-8")
    seen: list = []
    answer(monkeypatch, qtbot, elsewhere / "账单.pdf", seen)
    path = files.save_file_name(None, "Print statement", "statement.pdf", "PDF (*.pdf)")
    assert Path(path) == elsewhere / "账单.pdf"
    assert seen[-1]["directory"] == documents  # the first time: Documents
    assert Settings(ini).last_folder == str(elsewhere)  # written to the settings file
    files.remember_in(Settings(ini))  # as after a restart
    files.save_file_name(None, "Print statement", "statement.pdf", "PDF (*.pdf)")
    assert seen[-1]["directory"] == elsewhere
    # A remembered folder that has gone: back to Documents, never the working directory.
    for p in elsewhere.iterdir():
        p.rmdir() if p.is_dir() else p.unlink()
    elsewhere.rmdir()
    files.save_file_name(None, "Print statement", "statement.pdf", "PDF (*.pdf)")
    assert seen[-1]["directory"] == documents != Path.cwd()


def test_default_suffix_is_added(qtbot, documents, monkeypatch):
    seen: list = []
    answer(monkeypatch, qtbot, documents / "我的账单", seen)
    assert files.save_file_name(None, "Print statement", "statement.pdf", "PDF (*.pdf)") == \
        str(documents / "我的账单.pdf")


def test_history_export_uses_it(qtbot, runner, demo, documents, monkeypatch, settle):
    from gui.history.view import HistoryView
    v = HistoryView(runner)
    qtbot.addWidget(v)
    v.set_household(demo["张家"])
    settle()
    asked = []
    monkeypatch.setattr(files, "run_dialog", lambda dlg: asked.append(Path(dlg.directory().absolutePath())) or False)
    v.export_csv_dialog()
    v.export_pdf_dialog()
    assert asked == [documents, documents]
