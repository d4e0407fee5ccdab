"""The history filter by expense kind (门诊 / 住院 / 药店 …, issue #10): every perspective, refunds shown with their
payment's kind, totals follow, a bad kind refused, and the query still uses an index."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from core import history as H
from core import totals as T
from core.errors import InvalidInput


@pytest.fixture()
def fam3(g, fam):
    hid = fam.household()
    dad = fam.member(hid, "Dad", balance=100_000)
    mom = fam.woman(hid, "Mom", balance=50_000)
    kid = fam.resident(hid, "Kid", born=date(2012, 1, 1))
    g.bindings.bind(dad, kid, "child")
    p_kid = g.ledger.pay(kid, 30_000, "pharmacy", occurred_at=datetime(2026, 2, 3, 10)).value
    p_mom = g.ledger.pay(mom, 80_000, "inpatient", occurred_at=datetime(2026, 3, 5, 11)).value
    p_dad = g.ledger.pay(dad, 5_000, "outpatient", occurred_at=datetime(2026, 3, 20, 8)).value
    p_kid2 = g.ledger.pay(kid, 2_000, "outpatient", occurred_at=datetime(2026, 5, 1, 8)).value
    ref = g.ledger.refund(p_kid.id, 10_000, occurred_at=datetime(2026, 2, 4, 9)).value
    return dict(hid=hid, dad=dad, mom=mom, kid=kid, p_kid=p_kid, p_mom=p_mom, p_dad=p_dad, p_kid2=p_kid2, ref=ref)


def ids(db, flt) -> set[int]:
    return set(H.page_ids(db, flt, 1000))


def test_expense_kind_filter_all_records(db, fam3):
    hid = fam3["hid"]
    assert ids(db, H.HistoryFilter(hid, expenses=frozenset({"outpatient"}))) == {fam3["p_dad"].id,
                                                                                  fam3["p_kid2"].id}
    # the refund of a pharmacy payment is a pharmacy record too; the opening balances (adjustments) are none
    assert ids(db, H.HistoryFilter(hid, expenses=frozenset({"pharmacy"}))) == {fam3["p_kid"].id, fam3["ref"].id}
    assert ids(db, H.HistoryFilter(hid, expenses=frozenset({"pharmacy", "inpatient"}))) == {
        fam3["p_kid"].id, fam3["ref"].id, fam3["p_mom"].id}
    assert ids(db, H.HistoryFilter(hid, expenses=frozenset({"vaccine"}))) == set()
    everything = ids(db, H.HistoryFilter(hid))
    assert len(everything) == 7 and ids(db, H.HistoryFilter(hid, expenses=frozenset())) == everything


def test_expense_kind_filter_in_both_perspectives(db, fam3):
    hid, kid, dad = fam3["hid"], fam3["kid"], fam3["dad"]
    mine = H.HistoryFilter(hid, member_id=kid, perspective="paid_for_me", expenses=frozenset({"outpatient"}))
    assert ids(db, mine) == {fam3["p_kid2"].id}
    assert H.count(db, mine) == 1
    others = H.HistoryFilter(hid, member_id=dad, perspective="paid_from_my_account",
                             expenses=frozenset({"pharmacy"}))
    assert ids(db, others) == {fam3["p_kid"].id, fam3["ref"].id}
    t = T.totals(db, others)
    assert t.by_account[dad] == 30_000 - 10_000  # the refund counts against its payment
    none = H.HistoryFilter(hid, member_id=dad, perspective="paid_from_my_account", expenses=frozenset({"inpatient"}))
    assert ids(db, none) == set()
    # combined with the record kind: only the refunds among pharmacy records
    assert ids(db, H.HistoryFilter(hid, kinds=frozenset({"refund"}), expenses=frozenset({"pharmacy"}))) == {
        fam3["ref"].id}


def test_unknown_expense_kind_is_refused():
    with pytest.raises(InvalidInput) as e:
        H.HistoryFilter(1, expenses=frozenset({"massage"}))
    assert "massage" in str(e.value) and e.value.field == "expenses"


@pytest.mark.sqlite_only
def test_expense_filter_uses_an_index(db, fam3):
    for flt in (H.HistoryFilter(fam3["hid"], expenses=frozenset({"outpatient"})),
                H.HistoryFilter(fam3["hid"], member_id=fam3["kid"], perspective="paid_for_me",
                                expenses=frozenset({"outpatient", "pharmacy"}))):
        plan = H.explain(db, H.keys_statement(flt))
        assert not any(p.startswith("SCAN transactions") for p in plan), plan
        assert all("USING" in p and "INDEX" in p for p in plan if "transactions" in p), plan
