"""Migration 0007: every ledger entry carries copies of its transaction's time and of "paid for someone else"
(``occurred_at``, ``for_other``), read by the "paid from my account" windows (core.history).

The copies are written by every path that writes entries, filled by the migration from an existing ledger, refused
an UPDATE by the append-only triggers, and — not being sealed (core.chain's canonical form never changes) — checked
against their transaction and account by ``check()`` (core.integrity.copies_problems)."""
from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, datetime

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from core import chain, migrate
from core.cli import main as cli
from core.collection import Collection
from core.csvio import NewTxn, write_bulk
from core.store import open_database
from tests.core.conftest import TEST_DB_URL, Family

pytestmark = pytest.mark.usefixtures("english")

#: The copies as the rule says they are, from the transaction and the account (what check() compares with).
TRUTH = ("SELECT e.id, e.occurred_at, e.for_other, t.occurred_at, a.member_id <> t.member_id FROM ledger_entries e "
         "JOIN transactions t ON t.id = e.txn_id JOIN accounts a ON a.id = e.account_id ORDER BY e.id")


def every_writer(g: Collection) -> dict[str, int]:
    """Entries written by every path: payments for oneself and for others (ledger_sql, some taking the current year
    and prior years of one account), a refund (ledger_sql), a contribution and an undone payment (the ORM), and a
    bulk write (core.bulkwrite: the CSV import's and generated ledgers' path)."""
    fam = Family(g)
    hid = fam.household()
    dad = fam.member(hid, "Dad", balance=100_000, prior=95_000)
    mom = fam.woman(hid, "Mom", balance=50_000)
    kid = fam.resident(hid, "Kid", born=date(2012, 1, 1))
    g.bindings.bind(dad, kid, "child")
    p1 = g.ledger.pay(kid, 20_000, "pharmacy", occurred_at=datetime(2026, 1, 5, 9)).value
    g.ledger.pay(dad, 1_000, "outpatient", occurred_at=datetime(2026, 1, 6, 9))
    g.ledger.refund(p1.id, 3_000, occurred_at=datetime(2026, 1, 7, 9))
    g.ledger.credit(mom, 700)
    g.ledger.pay(kid, 500, "pharmacy")
    g.undo.undo()
    with g.db.write() as s:
        conn = s.connection()
        accts = dict(conn.exec_driver_sql("SELECT member_id, id FROM accounts").all())
        write_bulk(conn, hid, [NewTxn("payment", kid, 900, datetime(2026, 2, 1, 8), 0, "pharmacy", "bulk", None,
                                      [(accts[dad], "prior", -900)]),
                               NewTxn("credit", mom, 400, datetime(2026, 2, 2, 8), entries=[(accts[mom], "current", 400)])],
                   operator="t", recorded_at=datetime(2026, 2, 3))
    return dict(hid=hid, dad=dad, mom=mom, kid=kid)


def test_every_writer_fills_the_copies(db, g):
    every_writer(g)
    with db.engine.connect() as conn:
        rows = conn.execute(text(TRUTH)).all()
    assert len(rows) >= 10
    assert all(at == t_at and bool(other) == bool(truth) for _id, at, other, t_at, truth in rows), rows
    assert {bool(r[2]) for r in rows} == {True, False}
    assert g.check() == []


def test_migration_fills_the_copies_of_an_existing_ledger(db, g):
    """A ledger written before 0007 (the columns taken away by its downgrade), then upgraded: every entry's copies
    equal its transaction's and account's facts, nothing else changed, the seals still hold."""
    every_writer(g)
    cfg = migrate.alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    with db.engine.connect() as conn:
        before = conn.execute(text("SELECT * FROM ledger_entries ORDER BY id")).all()
        assert "for_other" not in conn.execute(text("SELECT * FROM ledger_entries")).keys()
    migrate.upgrade_to_head(db, backup=False)
    with db.engine.connect() as conn:
        after = conn.execute(text("SELECT * FROM ledger_entries ORDER BY id")).all()
        rows = conn.execute(text(TRUTH)).all()
    assert [tuple(r)[:7] for r in after] == [tuple(r) for r in before]  # same entries, same seals, same order
    assert len(rows) == len(before) and {bool(r[2]) for r in rows} == {True, False}
    assert all(at == t_at and bool(other) == bool(truth) for _id, at, other, t_at, truth in rows), rows
    assert g.check() == []
    g.ledger.pay(Family(g).member(g.households.list()[0].id, balance=1_000), 100)  # and it goes on being written
    assert g.check() == []


@pytest.fixture()
def ledger(tmp_path):
    path = tmp_path / "l.db"
    db = open_database(path)
    g = Collection(db, actor="t")
    every_writer(g)
    assert g.check() == []
    db.close()
    return path


def _problems(path) -> tuple[list[str], list[str]]:
    """(check(), the seals' problems alone)."""
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            seals = chain.problems(conn)
        return Collection(db, actor="t").check(), seals
    finally:
        db.close()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("edit", ["for_other = 1 - for_other", "occurred_at = '2020-01-01 00:00:00.000000'"])
def test_the_copies_cannot_be_updated_and_an_edited_copy_is_named(ledger, capsys, edit):
    """UPDATE is refused by the trigger; done anyway (trigger dropped, then made again exactly as it was) the seals
    see nothing — the copies are not sealed — and check() names the entry."""
    with contextlib.closing(sqlite3.connect(ledger)) as con:
        eid = con.execute("SELECT id FROM ledger_entries WHERE for_other ORDER BY id LIMIT 1").fetchone()[0]
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute(f"UPDATE ledger_entries SET {edit} WHERE id = {eid}")
        trigger = con.execute("SELECT sql FROM sqlite_master WHERE name = 'ledger_entries_no_update'").fetchone()[0]
        con.execute("DROP TRIGGER ledger_entries_no_update")
        con.execute(f"UPDATE ledger_entries SET {edit} WHERE id = {eid}")
        con.execute(trigger)
        con.commit()
    found, seals = _problems(ledger)
    assert seals == []
    assert any(f"(the first: row {eid}) disagree with their transaction" in p for p in found), found
    assert cli(["--db", str(ledger), "check"]) == 1
    assert f"row {eid}" in capsys.readouterr().out


@pytest.mark.skipif(not TEST_DB_URL or TEST_DB_URL.startswith("sqlite"),
                    reason="PostgreSQL: set GONGJI_TEST_DB_URL (.ci/run does)")
def test_postgresql_refuses_an_update_of_the_copies_and_names_an_edited_one(db, g, db_url):
    every_writer(g)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            eid = conn.execute(text("SELECT min(id) FROM ledger_entries WHERE for_other")).scalar()
        for edit in ("for_other = NOT for_other", "occurred_at = occurred_at + interval '1 second'"):
            with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
                conn.execute(text(f"UPDATE ledger_entries SET {edit} WHERE id = {eid}"))
        assert g.check() == []
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE ledger_entries DISABLE TRIGGER USER"))
            conn.execute(text(f"UPDATE ledger_entries SET for_other = NOT for_other WHERE id = {eid}"))
            conn.execute(text("ALTER TABLE ledger_entries ENABLE TRIGGER USER"))
        with engine.connect() as conn:
            assert chain.problems(conn) == []
        assert any(f"(the first: row {eid}) disagree" in p for p in g.check())
    finally:
        engine.dispose()
