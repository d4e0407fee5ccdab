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
