"""core.watch: another desk's commit is seen by a cheap poll (SQLite data_version / PostgreSQL LISTEN/NOTIFY)."""
from __future__ import annotations

import pytest

from core.collection import Collection
from core.errors import RuleRefused
from core.store import open_database
from core.watch import ChangeWatcher


@pytest.fixture()
def desk2(db_url, db, clock):
    other = open_database(db_url, backup=False)
    try:
        yield Collection(other, actor="desk2", clock=clock)
    finally:
        other.close()


def test_a_commit_by_another_desk_is_seen_once(g, fam, desk2):
    h = fam.household()
    m = fam.member(h, balance=10_000)
    w = ChangeWatcher(g.db)
    try:
        assert w.changed() is False  # primes
        assert w.changed() is False  # nothing happened
        desk2.ledger.pay(m, 100, "pharmacy")
        assert w.changed() is True
        assert w.changed() is False  # seen
        desk2.households.create("another")
        assert w.changed() is True
    finally:
        w.close()


def test_a_refused_write_is_not_a_change(g, fam, desk2):
    h = fam.household()
    b = g.bindings.bind(fam.member(h), fam.resident(h), "child").value
    g.bindings.unbind(b.id)
    w = ChangeWatcher(g.db)
    try:
        w.changed()
        with pytest.raises(RuleRefused):  # refused inside the write transaction: rolled back, nobody notified
            desk2.bindings.unbind(b.id)
        assert w.changed() is False
    finally:
        w.close()
