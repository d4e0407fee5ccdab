"""Fixtures for the core tests: a fresh database per test, a service on a controllable clock, member factories.

``db`` is a fresh SQLite file (tmp_path/"t.db") per test, disposed at teardown. When GONGJI_TEST_DB_URL is set
(e.g. ``postgresql+psycopg://gongji:gongji@127.0.0.1/postgres``), each test instead gets a freshly created,
uniquely named database on that server, dropped at teardown. Tests that only make sense on SQLite (the file,
pragmas, backups of the file) carry ``@pytest.mark.sqlite_only`` and are skipped on other servers.
"""
from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from core.demo import demo_id
from core.schema import Base
from core.collection import Collection
from core.store import Database, open_database
from tests.throwaway import throwaway_database

TEST_DB_URL = os.environ.get("GONGJI_TEST_DB_URL", "").strip()
START = datetime(2026, 6, 15, 10, 0, 0)


def pytest_collection_modifyitems(config, items):  # noqa: ARG001 - pytest hook signature
    if not TEST_DB_URL or make_url(TEST_DB_URL).get_backend_name() == "sqlite":
        return
    skip = pytest.mark.skip(reason="SQLite-only test; GONGJI_TEST_DB_URL points at another server")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


# ----------------------------------------------------------------------------------------------- database

@pytest.fixture()
def db_url(tmp_path) -> Iterator[str]:
    """A URL (or path) of an empty database nobody else uses, removed at teardown (tests/throwaway.py)."""
    with throwaway_database(tmp_path, "t.db") as url:
        yield url


@pytest.fixture()
def db(db_url) -> Iterator[Database]:
    database = open_database(db_url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture()
def is_sqlite(db) -> bool:
    return db.is_sqlite


# ----------------------------------------------------------------------------------------------- clock

class FakeClock:
    """Naive CST datetimes. Each call returns a time one second later than the last, so bind times always differ
    and their order is the order of the calls. ``advance`` jumps ahead; ``set`` puts the clock at a time."""

    def __init__(self, start: datetime = START, step: timedelta = timedelta(seconds=1)):
        self.now = start
        self.step = step

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set(self, when: datetime) -> None:
        self.now = when


@pytest.fixture()
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture()
def g(db, clock) -> Collection:
    return Collection(db, actor="test", clock=clock)


# ----------------------------------------------------------------------------------------------- people

_seq = itertools.count(100)


def new_id(born: date = date(1980, 1, 1), male: bool = True) -> str:
    """A valid, fictional ID number, different on every call."""
    return demo_id(born, next(_seq), male)


class Family:
    """Makes households and members with valid fictional ID numbers. Amounts are fen."""

    def __init__(self, g: Collection):
        self.g = g
        self._names = itertools.count(1)

    def household(self, profile: str = "national", name: str | None = None) -> int:
        return self.g.households.create(name or f"household {next(self._names)}", profile).value.id

    def member(self, hid: int, name: str | None = None, *, kind: str = "employee", balance: int = 0, prior: int = 0,
               male: bool = True, born: date | None = None, status: str = "normal") -> int:
        """Born 1960 (employee, usually the authorizer) or 1995 (resident, usually the user) unless given: a
        resident "child" of an employee is plausible by age (core.plausibility checks every binding)."""
        if born is None:
            born = date(1960, 1, 1) if kind == "employee" else date(1995, 1, 1)
        return self.g.members.add(hid, name or f"member {next(self._names)}", new_id(born, male), kind,
                                 balance_fen=balance, prior_years_fen=prior, status=status).value.id

    def resident(self, hid: int, name: str | None = None, **kw) -> int:
        return self.member(hid, name, kind="resident", **kw)

    def woman(self, hid: int, name: str | None = None, **kw) -> int:
        return self.member(hid, name, male=False, **kw)

    def pooling_family(self, hid: int, *, dad_balance: int, dad_prior: int) -> tuple[int, int, int, int]:
        """(dad, mom, kid, grandpa): Dad (``dad_balance``, of which ``dad_prior`` from prior years) pays for Kid and
        Grandpa, Mom for Kid; Kid is a resident without an account, Grandpa's account is empty."""
        dad = self.member(hid, "Dad", balance=dad_balance, prior=dad_prior)
        mom = self.woman(hid, "Mom", balance=300_000)
        kid = self.resident(hid, "Kid", born=date(2012, 1, 1))
        gpa = self.member(hid, "Grandpa", born=date(1940, 1, 1), balance=0)
        self.g.bindings.bind(dad, kid, "child")
        self.g.bindings.bind(mom, kid, "child")
        self.g.bindings.bind(dad, gpa, "father")
        return dad, mom, kid, gpa


@pytest.fixture()
def fam(g) -> Family:
    return Family(g)


# ----------------------------------------------------------------------------------------------- snapshots

def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table (in primary-key order), to prove that a refused call changed nothing."""
    out: dict[str, list[tuple]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns))]
    return out


def balances(g: Collection, hid: int) -> dict[int, int | None]:
    return {m.id: m.balance_fen for m in g.members.list(hid)}


@pytest.fixture()
def snap(db):
    """snap() → every row of every table now."""
    return lambda: snapshot(db)


@pytest.fixture()
def make_id():
    """make_id(born=date(...), male=True) → a fresh valid fictional ID number."""
    return new_id
