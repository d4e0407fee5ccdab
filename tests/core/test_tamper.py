"""Issue #9 finding 5: the append-only tables cannot be bypassed unnoticed by someone with direct file access.

Each attack is made the way an outsider would: the plain ``sqlite3`` module on the file (no gongji connection
settings), or plain SQL on the PostgreSQL server. Each must be refused by the database or named by ``check()``
and by ``gongji check`` (exit code 1).
"""
from __future__ import annotations

import contextlib
import sqlite3

import pytest
from sqlalchemy import create_engine, text

from core import chain
from core.cli import main as cli
from core.collection import Collection
from core.store import open_database
from tests.core.conftest import TEST_DB_URL, Family

pytestmark = pytest.mark.usefixtures("english")


def family(g: Collection) -> dict[str, int]:
    fam = Family(g)
    hid = fam.household()
    return {"father": fam.member(hid, balance=100_000), "mother": fam.woman(hid, balance=50_000)}


@pytest.fixture()
def ledger(tmp_path):
    """A file with a household, a payment, a refund and a contribution; closed. Returns its path."""
    path = tmp_path / "l.db"
    db = open_database(path)
    g = Collection(db, actor="t")
    m = family(g)
    pay = g.ledger.pay(m["father"], 12_345).value
    g.ledger.refund(pay.id, 345)
    g.ledger.credit(m["mother"], 500)
    assert g.check() == []
    db.close()
    return path


def raw(path, *sql: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as con:
        for s in sql:
            con.execute(s)
        con.commit()


def problems(path) -> list[str]:
    db = open_database(path)
    try:
        return Collection(db, actor="t").check()
    finally:
        db.close()


def cli_check(path, capsys) -> tuple[int, str]:
    code = cli(["--lang", "en", "--db", str(path), "check"])
    return code, capsys.readouterr().out


def test_the_shape_of_a_household_fixture(ledger):  # the other tests rely on it
    with contextlib.closing(sqlite3.connect(ledger)) as con:
        assert con.execute("SELECT count(*) FROM transactions").fetchone()[0] == 5  # 2 opening balances + 3
        assert con.execute("SELECT count(*) FROM transactions WHERE row_hash IS NULL").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM audit_log WHERE row_hash IS NULL").fetchone()[0] == 0


@pytest.mark.sqlite_only
@pytest.mark.parametrize("sql", [
    "REPLACE INTO audit_log (id, at, actor, on_behalf_of, household_id, action, summary, details) "
    "SELECT id, at, 'mallory', '', household_id, action, 'nothing happened', '{}' FROM audit_log LIMIT 1",
    "INSERT OR REPLACE INTO transactions SELECT id, household_id, kind, member_id, 1, out_of_pocket_fen, "
    "expense_kind, note, occurred_at, recorded_at, refund_of_id, operator, row_hash FROM transactions LIMIT 1",
    "REPLACE INTO ledger_entries (txn_id, account_id, seq, part, amount_fen) "
    "SELECT txn_id, account_id, seq, part, -1 FROM ledger_entries LIMIT 1",  # a new id, the same (txn, seq)
    "UPDATE transactions SET amount_fen = 1",
    "UPDATE audit_log SET row_hash = 'x'",
    "DELETE FROM ledger_entries",
])
def test_replace_update_and_delete_are_refused_by_the_file_itself(ledger, sql):
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        raw(ledger, sql)
    assert problems(ledger) == []


@pytest.mark.sqlite_only
def test_a_forged_row_written_into_the_file_is_named(ledger, capsys):
    raw(ledger, "INSERT INTO audit_log (at, actor, on_behalf_of, household_id, action, summary, details) "
                "VALUES ('2026-06-15 10:00:00.000000', 'mallory', '', 1, 'member.add', 'forged', '{}')")
    with contextlib.closing(sqlite3.connect(ledger)) as con:
        forged = con.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    found = problems(ledger)
    assert any(f"Row {forged} of audit_log has no seal" in p for p in found), found
    # The next write through gongji does not seal (legitimise) the forged row.
    db = open_database(ledger)
    Collection(db, actor="t").households.create("later")
    db.close()
    assert any(f"Row {forged} of audit_log has no seal" in p for p in problems(ledger))
    code, out = cli_check(ledger, capsys)
    assert code == 1 and f"Row {forged} of audit_log" in out


@pytest.mark.sqlite_only
@pytest.mark.parametrize("trigger", ["audit_log_no_replace", "transactions_no_update", "ledger_entries_no_delete",
                                     "ledger_entries_seal_once"])
def test_a_dropped_trigger_is_named(ledger, capsys, trigger):
    raw(ledger, f"DROP TRIGGER {trigger}")
    found = problems(ledger)
    assert any(trigger in p and "is missing" in p for p in found), found
    code, out = cli_check(ledger, capsys)
    assert code == 1 and trigger in out


@pytest.mark.sqlite_only
def test_an_edited_amount_with_consistent_balances_and_restored_triggers_is_named(ledger, capsys):
    """The finding's attack, done consistently: a ledger entry, its transaction and the balance all changed, the
    triggers dropped and created again exactly as they were. Balances still add up; the seal does not."""
    with contextlib.closing(sqlite3.connect(ledger)) as con:
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        txn, acct, amount = con.execute("SELECT e.txn_id, e.account_id, e.amount_fen FROM ledger_entries e "
                                        "JOIN transactions t ON t.id = e.txn_id WHERE t.kind = 'credit'").fetchone()
    raw(ledger, *[f"DROP TRIGGER {name}" for name, _ in triggers],
        f"UPDATE ledger_entries SET amount_fen = {amount + 100000} WHERE txn_id = {txn}",
        f"UPDATE transactions SET amount_fen = {amount + 100000} WHERE id = {txn}",
        f"UPDATE accounts SET balance_fen = balance_fen + 100000 WHERE id = {acct}",
        *[sql for _, sql in triggers])
    found = problems(ledger)
    assert not any("balance" in p for p in found)  # consistent: the old checks see nothing
    assert any(f"Row {txn} of transactions does not match its seal" in p for p in found), found
    assert any("of ledger_entries does not match its seal" in p for p in found), found
    code, out = cli_check(ledger, capsys)
    assert code == 1 and f"Row {txn} of transactions" in out


@pytest.mark.sqlite_only
def test_a_removed_row_is_named_by_the_row_after_it(ledger):
    with contextlib.closing(sqlite3.connect(ledger)) as con:
        first, second = [r[0] for r in con.execute("SELECT id FROM audit_log ORDER BY id LIMIT 2")]
    raw(ledger, "DROP TRIGGER audit_log_no_delete", f"DELETE FROM audit_log WHERE id = {first}",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
    assert any(f"Row {second} of audit_log does not match its seal" in p for p in problems(ledger))


def test_a_sound_ledger_has_every_row_sealed_and_chained(db, g):
    m = family(g)
    for i in range(5):
        g.ledger.pay(m["father"], 100 + i)
    with db.engine.connect() as conn:
        assert chain.problems(conn) == []
        rows = conn.execute(text("SELECT id, row_hash FROM transactions ORDER BY id")).all()
    assert len(rows) == 7 and all(r[1] and len(r[1]) == 64 for r in rows)  # 2 opening balances + 5 payments
    assert len({r[1] for r in rows}) == 7


@pytest.mark.skipif(not TEST_DB_URL or TEST_DB_URL.startswith("sqlite"),
                    reason="PostgreSQL: set GONGJI_TEST_DB_URL (.ci/run does)")
def test_postgresql_refuses_truncate_and_upsert_and_names_an_edited_row(db, g, db_url):
    m = family(g)
    pay = g.ledger.pay(m["father"], 1_000).value
    engine = create_engine(db_url)
    try:
        for sql in ("TRUNCATE transactions CASCADE", "TRUNCATE households CASCADE", "TRUNCATE audit_log",
                    f"INSERT INTO transactions SELECT * FROM transactions WHERE id = {pay.id} "
                    "ON CONFLICT (id) DO UPDATE SET amount_fen = 1",
                    "UPDATE ledger_entries SET row_hash = 'x'"):
            with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
                conn.execute(text(sql))
        assert g.check() == []
        with engine.begin() as conn:  # the owner of the database can switch triggers off, edit and switch back
            conn.execute(text("ALTER TABLE transactions DISABLE TRIGGER USER"))
            conn.execute(text(f"UPDATE transactions SET note = 'edited' WHERE id = {pay.id}"))
            conn.execute(text("ALTER TABLE transactions ENABLE TRIGGER USER"))
        assert any(f"Row {pay.id} of transactions does not match its seal" in p for p in g.check())
        with engine.begin() as conn:
            conn.execute(text("DROP TRIGGER transactions_no_truncate ON transactions"))
        assert any("transactions_no_truncate" in p for p in g.check())
    finally:
        engine.dispose()
