"""The ledger invariant after random sequences of operations, check() finding tampering, append-only tables."""
from __future__ import annotations

import random

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from core.errors import GongjiError
from core.schema import APPEND_ONLY_TABLES

pytestmark = pytest.mark.usefixtures("english")

KINDS = ["outpatient", "inpatient", "pharmacy", "premium", "vaccine", "cash_withdrawal"]
RELATIONS = ["child", "sibling", "grandchild", "spouse", "grandparent"]


def entry_sums(db) -> tuple[dict[int, int], dict[int, int]]:
    """Per member: (balance, prior part) recomputed from the ledger entries alone."""
    with db.engine.connect() as c:
        rows = c.execute(text(
            "SELECT a.member_id, COALESCE(SUM(e.amount_fen), 0), "
            "COALESCE(SUM(CASE WHEN e.part = 'prior' THEN e.amount_fen ELSE 0 END), 0) "
            "FROM accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id GROUP BY a.member_id")).all()
    return {m: int(b) for m, b, _ in rows}, {m: int(p) for m, _, p in rows}


def stored(db) -> tuple[dict[int, int], dict[int, int]]:
    with db.engine.connect() as c:
        rows = c.execute(text("SELECT member_id, balance_fen, prior_years_fen FROM accounts")).all()
    return {m: b for m, b, _ in rows}, {m: p for m, _, p in rows}


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_random_operations_keep_the_ledger_consistent(g, fam, db, snap, clock, seed):
    rnd = random.Random(seed)
    profile = rnd.choice(["national", "hubei", "balance-first", "zhejiang", "six-member", "henan-xuchang"])
    h = fam.household(profile)
    employees = [fam.member(h, balance=rnd.randint(0, 300000), male=rnd.random() < 0.5) for _ in range(4)]
    for m in employees:  # give some a prior-years part
        if rnd.random() < 0.5:
            g.ledger.credit(m, rnd.randint(1, 200000), part="prior")
    residents = [fam.resident(h) for _ in range(2)]
    everyone = employees + residents
    relations = [r for r in RELATIONS if r in g.households.profile_of(h).relations] + ["parent_in_law"]
    model = {m: g.members.get(m).balance_fen for m in employees}  # what each balance must be, from results alone
    payments: list[int] = []
    refused = 0
    done: dict[str, int] = {}

    def op():
        kind = rnd.choices(["bind", "unbind", "pay", "refund", "credit", "adjust", "reorder", "undo", "redo",
                            "rebind"], weights=[6, 2, 10, 4, 2, 1, 2, 2, 1, 1])[0]
        clock.advance(minutes=rnd.randint(1, 600))
        if kind == "bind":
            a = rnd.choice(employees)
            u = rnd.choice([m for m in everyone if m != a] if rnd.random() < 0.95 else everyone)
            g.bindings.bind(a, u, rnd.choice(relations))
        elif kind == "unbind":
            open_ = g.bindings.list(h, include_ended=False)
            g.bindings.unbind(rnd.choice(open_).id if open_ else 10_000, ended_by=rnd.choice(["authorizer", "user"]))
        elif kind == "pay":
            amount = rnd.choice([1, rnd.randint(1, 5000), rnd.randint(1, 500000)])
            t = g.ledger.pay(rnd.choice(everyone), amount, rnd.choice(KINDS)).value
            for s in t.splits:
                model[s.member_id] -= s.amount_fen
            assert sum(s.amount_fen for s in t.splits) + t.out_of_pocket_fen == amount
            payments.append(t.id)
        elif kind == "refund":
            pid = rnd.choice(payments) if payments else 10_000
            amount = None if rnd.random() < 0.3 else rnd.randint(1, 200000)
            t = g.ledger.refund(pid, amount).value
            for s in t.splits:
                model[s.member_id] += s.amount_fen
        elif kind == "credit":
            m, amount = rnd.choice(everyone), rnd.randint(1, 50000)
            g.ledger.credit(m, amount, part=rnd.choice(["current", "prior"]))
            model[m] += amount
        elif kind == "adjust":
            m, delta = rnd.choice(employees), rnd.randint(-20000, 20000) or 1
            g.ledger.adjust(m, delta, note="reconcile")
            model[m] += delta
        elif kind == "reorder":
            u = rnd.choice(everyone)
            open_ = [b.id for b in g.bindings.list(h, include_ended=False) if b.user_id == u]
            rnd.shuffle(open_)
            g.order.reorder(u, open_)
        elif kind == "undo":
            g.undo.undo()
        elif kind == "redo":
            g.undo.redo()
        elif kind == "rebind":
            open_ = [b for b in g.bindings.list(h, include_ended=False) if b.state == "active"]
            g.bindings.rebind_to_front(rnd.choice(open_).id if open_ else 10_000)
        done[kind] = done.get(kind, 0) + 1

    for _ in range(70):
        before = snap()
        try:
            op()
        except GongjiError as exc:
            refused += 1
            assert str(exc), "a refusal must say why"
            assert snap() == before, f"a refused operation changed the database: {exc}"
        balance, prior_part = stored(db)
        assert balance == model
        assert (balance, prior_part) == entry_sums(db)
        assert all(v >= 0 for v in balance.values()) and all(0 <= prior_part[m] <= balance[m] for m in balance)
    assert g.check() == []
    assert done.get("pay", 0) >= 5 and done.get("bind", 0) >= 2 and done.get("refund", 0) >= 1, done
    assert refused < 35, done


def test_check_reports_a_tampered_balance(g, fam, db):
    h = fam.household()
    m = fam.member(h, balance=5000, prior=1000)
    assert g.check() == []
    with db.engine.begin() as c:
        c.execute(text("UPDATE accounts SET balance_fen = balance_fen + 7 WHERE member_id = :m"), {"m": m})
    problems = g.check()
    assert len(problems) == 1
    assert f"member {m}" in problems[0] and "5007" in problems[0] and "5000" in problems[0]


def test_check_reports_a_tampered_prior_part(g, fam, db):
    h = fam.household()
    m = fam.member(h, balance=5000, prior=1000)
    with db.engine.begin() as c:
        c.execute(text("UPDATE accounts SET prior_years_fen = 0 WHERE member_id = :m"), {"m": m})
    problems = g.check()
    assert len(problems) == 1 and "prior-years part 0" in problems[0]


def test_check_reports_duplicate_positions(g, fam, db):
    h = fam.household()
    u = fam.resident(h)
    b1, b2 = (g.bindings.bind(fam.member(h), u, "child").value.id for _ in range(2))
    with db.engine.begin() as c:
        c.execute(text("UPDATE bindings SET position = 1 WHERE id = :b"), {"b": b2})
    assert any("two bindings at position 1" in p for p in g.check())


@pytest.mark.parametrize("table", APPEND_ONLY_TABLES)
def test_append_only_tables_refuse_update_and_delete(g, fam, db, table):
    h = fam.household()
    u = fam.member(h, balance=1000)
    g.ledger.pay(u, 100)
    with db.engine.connect() as c:
        n = c.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()
    assert n > 0
    col = {"audit_log": "summary", "transactions": "note", "ledger_entries": "seq"}[table]
    value = "'x'" if col != "seq" else "99"
    for sql in (f"UPDATE {table} SET {col} = {value}", f"DELETE FROM {table}"):
        with pytest.raises(DBAPIError, match="append-only"):
            with db.engine.begin() as c:
                c.execute(text(sql))
    with db.engine.connect() as c:
        assert c.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one() == n
    # Appending still works.
    g.ledger.pay(u, 100)
    assert g.check() == []
