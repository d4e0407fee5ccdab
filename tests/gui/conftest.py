"""Fixtures for the GUI tests: a fresh temp database per test, a service and a Runner over it, demo data,
and a way to re-read the database through a *fresh* connection (to prove a change was persisted)."""
from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

if str(Path(__file__).resolve().parent) not in sys.path:  # tests/gui helpers (xvfb.py) importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from core.demo import demo_id, seed_demo  # noqa: E402
from core.collection import Collection  # noqa: E402
from core.store import Database, open_database  # noqa: E402


@pytest.fixture()
def db_path(tmp_path) -> Path:
    return tmp_path / "gui.db"


@pytest.fixture()
def db(db_path) -> Iterator[Database]:
    database = open_database(db_path, backup=False)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture()
def service(db) -> Collection:
    return Collection(db, actor="test")


@pytest.fixture()
def runner(qtbot, service):  # noqa: ARG001 - qtbot makes sure a QApplication exists
    from gui.ops import Runner
    r = Runner(service)
    yield r
    r.wait_idle()
    r.shutdown()


@pytest.fixture()
def demo(service) -> dict[str, int]:
    """The sample households (short history): name → id."""
    return seed_demo(service, history_days=30)


@pytest.fixture()
def settle(qtbot, runner):
    """settle() → wait until every queued operation has finished and its callbacks ran on the GUI thread."""
    def wait() -> None:
        runner.wait_idle()
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)
    return wait


@pytest.fixture()
def fresh(db_path):
    """fresh(fn) → fn(Collection) run on a NEW connection to the same database file (what is really stored)."""
    def run(fn):
        other = open_database(db_path, migrate=False)
        try:
            return fn(Collection(other, actor="check"))
        finally:
            other.close()
    return run


_seq = itertools.count(300)


@pytest.fixture()
def person(service):
    """person(hid, name, kind="employee", balance=0, male=True, born=date(1980,1,1)) → member id."""
    def make(hid: int, name: str, kind: str = "employee", balance: int = 0, male: bool = True,
             born: date = date(1980, 1, 1)) -> int:
        return service.members.add(hid, name, demo_id(born, next(_seq), male), kind,
                                  balance_fen=balance if kind == "employee" else 0).value.id
    return make


def snapshot(db: Database) -> dict[str, list[tuple]]:
    from sqlalchemy import select

    from core.schema import Base
    out: dict[str, list[tuple]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns))]
    return out


@pytest.fixture()
def snap(db):
    return lambda: snapshot(db)


# ----------------------------------------------------------------------------------------------- every window, as shown
# Without a style hook (a Python ``QStyle.polish`` costs every widget a crossing into Python: ~8 % of the History
# tab's first paint, issue #11), two things are done where windows and tables are made. This watches every window
# and table the GUI tests show, so that a new one made without them fails here:
# - a window without a parent (a dialog or message box opened on its own) carries the app's mode, which the style
#   sheet's rules select on (gui.theme.own_window; a dialog gets it from gui.dialogs.base.Dialog);
# - a table's rows are at least its mode's target height (gui.theme.min_row_height).
# Watched: the app's kinds of window — dialogs (Qt's message and file dialogs too), the splash, the main window and
# a History window of its own. A panel or a bare table a test shows on its own is the test's harness, not a window
# of the app.


class _ShownWatch:
    def __init__(self):
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QDialog, QSplashScreen, QTableView, QWidget

        from gui import theme
        from gui.history.view import HistoryView
        from gui.main_window import MainWindow
        self.problems: list[str] = []
        self.theme, self.windows, self.table = theme, (QDialog, QSplashScreen, MainWindow, HistoryView), QTableView
        watch = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt name
                if event.type() == QEvent.Type.Show and isinstance(obj, QWidget):
                    watch.check(obj)
                return False
        self.filter = Filter()

    def check(self, w) -> None:
        theme, name = self.theme, w.metaObject().className()
        if not isinstance(w.window(), self.windows):
            return
        if w.isWindow() and w.parent() is None:
            want = "elderly" if theme.is_elderly() else "normal"
            if w.property(theme.MODE_PROPERTY) != want:
                self.problems.append(f"window {name} {w.windowTitle()!r} shown with mode "
                                     f"{w.property(theme.MODE_PROPERTY)!r}, not {want!r}")
        if isinstance(w, self.table):
            need, got = theme.row_target(w), w.verticalHeader().defaultSectionSize()
            if got < need:
                self.problems.append(f"table {name} {w.accessibleName()!r}: rows {got} px, under its mode's {need}")


@pytest.fixture(autouse=True)
def _every_shown_window_is_themed(qapp):
    watch = _ShownWatch()
    qapp.installEventFilter(watch.filter)
    yield watch
    qapp.removeEventFilter(watch.filter)
    assert not watch.problems, "\n".join(dict.fromkeys(watch.problems))
