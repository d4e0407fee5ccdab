"""col.bookkeeping: 对账 (reconcile with the official app) and the household's monthly 划入 in one step."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from core.errors import GongjiError, InvalidInput, RuleRefused
from core.bookkeeping import RECONCILE

pytestmark = pytest.mark.usefixtures("english")


def _audit(g, hid, action):
    return [e for e in g.audit.log(hid) if e.action == action]


# ----------------------------------------------------------------------------------------------- reconcile

def test_reconcile_records_one_audited_adjustment_for_the_difference(g, fam):
    h = fam.household()
    m = fam.member(h, "张伟", balance=100_000, prior=30_000)
    r = g.bookkeeping.reconcile(m, 65_000, 30_000, note="截图")
    rec = r.value
    assert (rec.ledger_current_fen, rec.ledger_prior_fen) == (70_000, 30_000)
    assert rec.delta_fen == -5_000 and len(rec.records) == 1
    t = rec.records[0]
    assert (t.kind, t.expense_kind, t.amount_fen) == ("adjustment", RECONCILE, -5_000)
    assert "¥650.00" in t.note and "¥700.00" in t.note and "截图" in t.note  # both figures in the record
    after = g.members.get(m)
    assert (after.balance_fen, after.prior_years_fen) == (95_000, 30_000)
    events = _audit(g, h, "ledger.reconcile")
    assert len(events) == 1 and "¥650.00" in events[0].summary
    assert g.check() == []


def test_reconcile_both_parts_in_one_record(g, fam):
    h = fam.household("zhejiang")
    m = fam.member(h, balance=100_000, prior=30_000)
    rec = g.bookkeeping.reconcile(m, 80_000, 25_000).value
    assert len(rec.records) == 1 and rec.records[0].amount_fen == 5_000
    after = g.members.get(m)
    assert (after.balance_fen, after.prior_years_fen) == (105_000, 25_000)
    assert g.check() == []


def test_reconcile_a_move_between_parts_is_one_db_transaction_of_two_records(g, fam):
    """Year-end 结转: the total matches, 当年 moved into 历年. A record's amount is never 0, so one per part."""
    h = fam.household()
    m = fam.member(h, balance=100_000, prior=30_000)
    rec = g.bookkeeping.reconcile(m, 0, 100_000).value
    assert rec.delta_fen == 0 and sorted(t.amount_fen for t in rec.records) == [-70_000, 70_000]
    after = g.members.get(m)
    assert (after.balance_fen, after.prior_years_fen) == (100_000, 100_000)
    assert len(_audit(g, h, "ledger.reconcile")) == 1 and g.check() == []


def test_no_difference_records_nothing(g, fam, snap):
    h = fam.household()
    m = fam.member(h, balance=100_000, prior=30_000)
    before = snap()
    r = g.bookkeeping.reconcile(m, 70_000)  # prior part as the ledger has it
    assert r.value.matches and r.value.records == () and "nothing was recorded" in r.message
    assert r.changes.empty and snap() == before


def test_reconcile_on_a_past_day_compares_the_ledger_of_that_day(g, fam, clock):
    h = fam.household()
    m = fam.member(h, balance=10_000)
    clock.set(datetime(2026, 6, 20, 9, 0))
    g.ledger.credit(m, 5_000)  # after the day reconciled
    rec = g.bookkeeping.reconcile(m, 12_000, on=date(2026, 6, 18)).value
    assert rec.ledger_current_fen == 10_000 and rec.delta_fen == 2_000
    assert rec.records[0].occurred_at == datetime(2026, 6, 18, 23, 59, 59)
    assert g.members.get(m).balance_fen == 17_000


@pytest.mark.parametrize("args, kw, error", [
    ((12.5,), {}, InvalidInput),               # never a float
    ((-1,), {}, InvalidInput),                 # an official balance is never negative
    ((100, -5), {}, InvalidInput),
    ((100,), {"on": date(2099, 1, 1)}, InvalidInput),
    ((100,), {"on": "2026-06-01"}, InvalidInput),
    ((100,), {"note": "x" * 301}, InvalidInput),
])
def test_bad_input_changes_nothing(g, fam, snap, args, kw, error):
    h = fam.household()
    m = fam.member(h, balance=10_000)
    before = snap()
    with pytest.raises(error):
        g.bookkeeping.reconcile(m, *args, **kw)
    assert snap() == before


def test_refusals_say_why(g, fam, snap):
    h = fam.household("zhejiang")
    m = fam.member(h, balance=10_000, prior=5_000)
    r = fam.resident(h)
    before = snap()
    with pytest.raises(InvalidInput, match="prior-years"):
        g.bookkeeping.reconcile(m, 100)  # Zhejiang shares only 历年: both parts needed
    with pytest.raises(RuleRefused, match="no personal account"):
        g.bookkeeping.reconcile(r, 100, 0)
    with pytest.raises(GongjiError, match="no member"):
        g.bookkeeping.reconcile(99_999, 100, 0)
    assert snap() == before


# ----------------------------------------------------------------------------------------------- monthly credits

@pytest.fixture()
def house(g, fam, clock):
    h = fam.household()
    a = fam.member(h, "张伟", balance=10_000)
    b = fam.woman(h, "刘芳", balance=10_000)
    fam.resident(h, "张子涵")  # no personal account: not in the plan
    clock.set(datetime(2026, 5, 1, 9, 0))
    g.ledger.credit(a, 18_000)
    g.ledger.credit(b, 21_050)
    g.ledger.credit(b, 50)  # two credits in a month: remembered as their sum
    clock.set(datetime(2026, 6, 15, 10, 0))
    return h, a, b


def test_month_plan_remembers_last_month(g, house):
    h, a, b = house
    plan = g.bookkeeping.month_plan(h)
    assert plan.month == "2026-06" and plan.already == ()
    assert [(ln.member_name, ln.last_month_fen) for ln in plan.lines] == [("张伟", 18_000), ("刘芳", 21_100)]


def test_credit_month_one_transaction_then_refuses_a_second_run(g, house, snap):
    h, a, b = house
    r = g.bookkeeping.credit_month(h, {a: 18_000, b: 22_000})
    assert [(t.member_id, t.amount_fen, t.kind) for t in r.value] == [(a, 18_000, "credit"), (b, 22_000, "credit")]
    assert g.members.get(a).balance_fen == 46_000 and g.members.get(b).balance_fen == 53_100
    assert len(_audit(g, h, "ledger.credit_month")) == 1
    plan = g.bookkeeping.month_plan(h)
    assert [ln.already_fen for ln in plan.lines] == [18_000, 22_000] and len(plan.already) == 2
    before = snap()
    with pytest.raises(RuleRefused, match=r"already recorded: 张伟 ¥180\.00 \(2026-06-15\); 刘芳 ¥220\.00"):
        g.bookkeeping.credit_month(h, {a: 18_000})
    assert snap() == before
    g.bookkeeping.credit_month(h, {a: 100}, again=True)
    assert g.members.get(a).balance_fen == 46_100 and g.check() == []


def test_credit_month_past_month_dated_on_its_first(g, house):
    h, a, b = house
    r = g.bookkeeping.credit_month(h, {a: 100, b: 0}, "2026-04")  # 0 skips 刘芳
    assert [(t.member_id, t.occurred_at) for t in r.value] == [(a, datetime(2026, 4, 1, 9, 0))]


def test_credit_month_all_or_nothing(g, fam, house, snap):
    h, a, b = house
    other = fam.member(fam.household(), balance=0)
    child = [m.id for m in g.members.list(h) if m.name == "张子涵"][0]
    before = snap()
    for amounts, month, error in [({a: 100, b: 1.5}, None, InvalidInput), ({a: 100, other: 5}, None, InvalidInput),
                                  ({a: 100, child: 5}, None, RuleRefused), ({a: 0}, None, InvalidInput),
                                  ({a: 100}, "2026-13", InvalidInput), ({a: 100}, "2026-07", InvalidInput),
                                  ({a: -100}, None, InvalidInput), ({"x": 100}, None, InvalidInput)]:
        with pytest.raises(error):
            g.bookkeeping.credit_month(h, amounts, month)
        assert snap() == before, (amounts, month)
