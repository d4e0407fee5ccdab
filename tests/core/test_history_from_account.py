"""A member's "paid from my account" (共济支出明细) and "all" windows, read from the entries' copies (migration 0007,
ix_ledger_entries_for_other; "all" merged with the member's own records), give exactly the rows a brute-force reading
of the ledger gives: first pages, keyset pages down and up, OFFSET jumps, counts and whole rows, with periods, kinds,
purposes and note text (issue #11)."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from core import history as H
from core.schema import Account, LedgerEntry, Transaction


@pytest.fixture()
def ledger(g, fam):
    """Dad pays for Kid and Grandpa (some payments take his current year AND prior years: two entries of his account
    in one transaction), Mom for Kid; refunds; two payments at the same minute (ties broken by id); Dad's own
    payments (not "for someone else"); a second household."""
    hid = fam.household()
    # Dad's current part 10,000: a 30,000 charge takes both
    dad, mom, kid, gpa = fam.pooling_family(hid, dad_balance=400_000, dad_prior=390_000)
    ids = []
    for i in range(14):
        who = (kid, gpa, dad)[i % 3]
        at = datetime(2025, 1 + i % 12, 1 + i, 9) if i not in (7, 8) else datetime(2025, 8, 8, 8)
        ids.append(g.ledger.pay(who, 30_000 + 1_000 * i, ("pharmacy", "outpatient")[i % 2],
                                note=("clinic", "pharmacy 100%", "hospital_x")[i % 3], occurred_at=at).value.id)
    g.ledger.refund(ids[0], 5_000, note="clinic returned", occurred_at=datetime(2025, 3, 1))
    g.ledger.refund(ids[4], None, note="all back", occurred_at=datetime(2025, 7, 1))
    other = fam.household()
    fam.member(other, "Stranger", balance=10_000)
    return dict(hid=hid, dad=dad, mom=mom, kid=kid, gpa=gpa, other=other)


def brute_force(db, flt) -> list[tuple[datetime, int]]:
    """The perspective's rule read from the plain tables: the household's transactions with an entry on the member's
    account, of another member ("paid from my account") or any ("all": and the member's own), of the filter's kinds,
    period, purposes and note text; newest first."""
    with db.read() as s:
        txns = s.execute(select(Transaction.id, Transaction.household_id, Transaction.kind, Transaction.member_id,
                                Transaction.expense_kind, Transaction.note, Transaction.occurred_at)).all()
        entries = s.execute(select(LedgerEntry.txn_id, Account.member_id)
                            .join(Account, Account.id == LedgerEntry.account_id)).all()
    touched = {tid for tid, owner in entries if owner == flt.member_id}
    out = [(at, tid) for tid, hid, kind, member, expense, note, at in txns
           if hid == flt.household_id
           and ((member != flt.member_id and tid in touched) if flt.perspective == "paid_from_my_account"
                else (member == flt.member_id or tid in touched))
           and kind in flt.effective_kinds and (flt.since is None or at >= flt.since)
           and (flt.until is None or at < flt.until) and (not flt.expenses or expense in flt.expenses)
           and flt.text.strip() in note]
    return sorted(out, reverse=True)


def filters(ledger):
    periods = [(None, None), (datetime(2025, 3, 1), None), (None, datetime(2025, 8, 8, 8)),
               (datetime(2025, 2, 3), datetime(2025, 10, 1))]
    narrow = [dict(), dict(kinds=frozenset({"refund"})), dict(kinds=frozenset({"payment"})),
              dict(expenses=frozenset({"pharmacy"})), dict(text="clinic"), dict(text="100%")]
    narrow += [dict(kinds=frozenset({"credit", "adjustment"})), dict(kinds=frozenset({"adjustment", "payment"}))]
    out = [H.HistoryFilter(ledger["hid"], member_id=m, perspective=v, since=s, until=u, **n)
           for v in ("paid_from_my_account", "all") for m in (ledger["dad"], ledger["mom"], ledger["kid"], ledger["gpa"])
           for s, u in periods for n in narrow]  # (credits in "paid from my account": nothing)
    out += [H.HistoryFilter(ledger["other"], member_id=ledger["dad"], perspective=v)
            for v in ("paid_from_my_account", "all")]
    return out


def test_windows_equal_the_brute_force_reading(db, ledger):
    seen_rows = 0
    for flt in filters(ledger):
        want = brute_force(db, flt)
        seen_rows += len(want)
        assert H.count(db, flt) == len(want), flt
        assert H.page_keys(db, flt, 1000) == want, flt
        assert [r.key for r in H.page(db, flt, 1000)] == want, flt
        for size in (1, 2, 3):
            assert H.page_keys(db, flt, size) == want[:size], flt
            walked, after = [], None
            while True:  # keyset pages down, as the table scrolls
                got = H.page_keys(db, flt, size, after=after)
                assert [r.key for r in H.page(db, flt, size, after=after)] == got
                if not got:
                    break
                walked += got
                after = got[-1]
            assert walked == want, flt
            for i in range(len(want) + 1):
                assert H.page_keys(db, flt, size, offset=i) == want[i:i + size], (flt, i)
                if i < len(want):  # the rows just above a known row (scrolling up), newest first
                    assert H.page_keys(db, flt, size, before=want[i]) == want[max(0, i - size):i], (flt, i)
                    assert [r.key for r in H.page(db, flt, size, before=want[i])] == want[max(0, i - size):i]
        # the same rows as the filter's terms over transactions (the totals' and the CSV export's reading)
        with db.read() as s:
            assert sorted(s.execute(select(Transaction.occurred_at, Transaction.id).where(*H.where_clause(flt))).all(),
                          reverse=True) == want
    assert seen_rows > 100


def test_the_ledger_charges_one_account_twice_in_one_transaction(db, ledger):
    """The windows' DISTINCT is needed: one transaction took the current year and prior years of Dad's account."""
    from sqlalchemy import func
    with db.read() as s:
        twice = s.execute(select(LedgerEntry.txn_id).where(LedgerEntry.for_other)
                          .group_by(LedgerEntry.txn_id, LedgerEntry.account_id).having(func.count() > 1)).all()
    assert twice


@pytest.mark.sqlite_only
def test_window_is_a_range_of_the_for_other_index(db, ledger):
    """A window reads ix_ledger_entries_for_other by account and period, and each transaction by primary key: no scan
    of the household or the account, no sort."""
    flt = H.HistoryFilter(ledger["hid"], member_id=ledger["dad"], perspective="paid_from_my_account",
                          since=datetime(2025, 2, 1), until=datetime(2025, 9, 1), text="clinic")
    for kw in (dict(), dict(after=(datetime(2025, 6, 1), 10)), dict(before=(datetime(2025, 6, 1), 10)),
               dict(offset=3)):
        sql, params = H.member_query(flt, 51, sqlite=True, **kw)
        with db.read() as s:
            plan = [r[-1] for r in s.execute(H._text("EXPLAIN QUERY PLAN " + sql, params))]
        text = " ".join(plan)
        assert "SEARCH e USING INDEX ix_ledger_entries_for_other (account_id=? AND occurred_at>? AND occurred_at<?)" \
            in text, plan
        assert "SEARCH t USING INTEGER PRIMARY KEY (rowid=?)" in text, plan
        assert not any(p.startswith("SCAN") for p in plan) and "FOR ORDER BY" not in text, plan
    sql, params = H.member_query(H.HistoryFilter(ledger["hid"], member_id=ledger["dad"],
                                                 perspective="paid_from_my_account"), 51, sqlite=True)
    with db.read() as s:
        plan = [r[-1] for r in s.execute(H._text("EXPLAIN QUERY PLAN " + sql, params))]
    assert "SEARCH e USING INDEX ix_ledger_entries_for_other (account_id=?)" in " ".join(plan), plan


@pytest.mark.sqlite_only
def test_a_members_all_view_merges_two_index_ranges(db, ledger):
    """The member's own records (ix_transactions_member_occurred) and the account's entries for others
    (ix_ledger_entries_for_other), each in key order, merged: no list of all the account's entries, no sort."""
    for since in (None, datetime(2025, 3, 1)):
        flt = H.HistoryFilter(ledger["hid"], member_id=ledger["dad"], perspective="all", since=since)
        for kw in (dict(), dict(after=(datetime(2025, 6, 1), 10)), dict(offset=3)):
            sql, params = H.member_query(flt, 51, sqlite=True, **kw)
            with db.read() as s:
                plan = [r[-1] for r in s.execute(H._text("EXPLAIN QUERY PLAN " + sql, params))]
            text = " ".join(plan)
            assert "MERGE (UNION)" in text and "USING INDEX ix_transactions_member_occurred (member_id=?" in text, plan
            assert "USING INDEX ix_ledger_entries_for_other (account_id=?" in text, plan
            assert "TEMP B-TREE" not in text and not any(p.startswith("SCAN") for p in plan), plan
