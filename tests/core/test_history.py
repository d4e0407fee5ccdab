"""core.history: filters, both perspectives, refunds linked to payments, totals, monthly series, query plans."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from core import audit as A
from core import totals as T
from core import history as H
from core.errors import InvalidInput

T0 = datetime(2026, 1, 10, 9, 0)


@pytest.fixture()
def fam3(g, fam):
    """Dad (1000 yuan), Mom (500 yuan), Kid (resident, uses Dad's account). A few payments across months."""
    hid = fam.household()
    dad = fam.member(hid, "Dad", balance=100_000)
    mom = fam.woman(hid, "Mom", balance=50_000)
    kid = fam.resident(hid, "Kid", born=date(2012, 1, 1))
    g.bindings.bind(dad, kid, "child")
    p_kid = g.ledger.pay(kid, 30_000, "pharmacy", note="Big 100% pharmacy", occurred_at=datetime(2026, 2, 3, 10)).value
    p_mom = g.ledger.pay(mom, 80_000, "inpatient", note="city hospital", occurred_at=datetime(2026, 3, 5, 11)).value
    p_dad = g.ledger.pay(dad, 5_000, "outpatient", note="clinic_a", occurred_at=datetime(2026, 3, 20, 8)).value
    p_kid2 = g.ledger.pay(kid, 2_000, "outpatient", note="clinic", occurred_at=datetime(2026, 5, 1, 8)).value
    ref = g.ledger.refund(p_kid.id, 10_000, note="returned drugs", occurred_at=datetime(2026, 2, 4, 9)).value
    return dict(hid=hid, dad=dad, mom=mom, kid=kid, p_kid=p_kid, p_mom=p_mom, p_dad=p_dad, p_kid2=p_kid2, ref=ref)


def ids_of(db, flt):
    return H.page_ids(db, flt, 1000)


def test_all_records_newest_first_and_count(db, fam3):
    flt = H.HistoryFilter(fam3["hid"])
    got = ids_of(db, flt)
    assert H.count(db, flt) == len(got)
    keys = H.page_keys(db, flt, 1000)
    assert keys == sorted(keys, reverse=True)
    # opening balances (2 adjustments) + 4 payments + 1 refund
    assert len(got) == 7


def test_paid_for_me_shows_own_payments_with_split(db, fam3):
    flt = H.HistoryFilter(fam3["hid"], member_id=fam3["kid"], perspective="paid_for_me")
    rows = H.page(db, flt, 100)
    assert [r.id for r in rows] == [fam3["p_kid2"].id, fam3["ref"].id, fam3["p_kid"].id]
    pay = rows[-1]
    assert [(s.member_id, s.amount_fen, s.own) for s in pay.splits] == [(fam3["dad"], 30_000, False)]
    assert pay.refunded_fen == 10_000
    assert rows[1].refund_of_id == pay.id and rows[1].kind == "refund"
    t = T.totals(db, flt)
    assert t.count == 3
    assert t.by_kind == {"payment": 32_000, "refund": 10_000}
    assert t.paid_fen == 22_000
    assert t.by_account == {fam3["dad"]: 22_000}
    assert t.by_member == {fam3["kid"]: 22_000}
    assert t.out_of_pocket_fen == 0
    everyone = T.totals(db, H.HistoryFilter(fam3["hid"]))
    assert everyone.by_member == {fam3["kid"]: 22_000, fam3["mom"]: 80_000, fam3["dad"]: 5_000}
    assert everyone.names[fam3["kid"]] == "Kid"


def test_paid_for_me_out_of_pocket(db, fam3):
    flt = H.HistoryFilter(fam3["hid"], member_id=fam3["mom"], perspective="paid_for_me")
    [r] = H.page(db, flt, 10)
    assert r.out_of_pocket_fen == 30_000 and r.split_of(fam3["mom"]) == 50_000
    assert T.totals(db, flt).out_of_pocket_fen == 30_000


def test_paid_from_my_account_lists_only_others(db, fam3):
    flt = H.HistoryFilter(fam3["hid"], member_id=fam3["dad"], perspective="paid_from_my_account")
    rows = H.page(db, flt, 100)
    # Dad's own payment is not here; the kid's payments and the refund are.
    assert {r.id for r in rows} == {fam3["p_kid"].id, fam3["p_kid2"].id, fam3["ref"].id}
    assert all(r.member_id == fam3["kid"] for r in rows)
    t = T.totals(db, flt)
    assert t.by_account[fam3["dad"]] == 30_000 + 2_000 - 10_000
    # Mom's account never paid for anyone else.
    assert H.count(db, H.HistoryFilter(fam3["hid"], member_id=fam3["mom"], perspective="paid_from_my_account")) == 0


def test_all_with_member_includes_what_touched_their_account(db, fam3):
    flt = H.HistoryFilter(fam3["hid"], member_id=fam3["dad"])
    got = set(ids_of(db, flt))
    assert {fam3["p_dad"].id, fam3["p_kid"].id, fam3["ref"].id}.issubset(got)
    assert fam3["p_mom"].id not in got


def test_kind_and_date_and_text_filters(db, fam3):
    hid = fam3["hid"]
    assert set(ids_of(db, H.HistoryFilter(hid, kinds=frozenset({"refund"})))) == {fam3["ref"].id}
    march = H.HistoryFilter(hid, since=datetime(2026, 3, 1), until=datetime(2026, 4, 1))
    assert set(ids_of(db, march)) == {fam3["p_mom"].id, fam3["p_dad"].id}
    assert ids_of(db, H.HistoryFilter(hid, text="hospital")) == [fam3["p_mom"].id]
    # LIKE wildcards are escaped: "100%" and "_a" match literally only.
    assert ids_of(db, H.HistoryFilter(hid, text="100%")) == [fam3["p_kid"].id]
    assert ids_of(db, H.HistoryFilter(hid, text="clini_")) == []  # as a wildcard it would match "clinic"
    assert ids_of(db, H.HistoryFilter(hid, text="clinic_")) == [fam3["p_dad"].id]


def test_keyset_and_offset_windows_agree(db, fam3):
    flt = H.HistoryFilter(fam3["hid"])
    full = H.page_keys(db, flt, 100)
    first = H.page_keys(db, flt, 3)
    second = H.page_keys(db, flt, 3, after=first[-1])
    assert first + second == full[:6]
    assert H.page_keys(db, flt, 3, offset=3) == full[3:6]
    assert H.page_keys(db, flt, 2, before=second[0]) == full[1:3]


def test_rows_batch_keeps_order_and_uses_two_queries(db, fam3, monkeypatch):
    import contextlib

    from sqlalchemy import event

    from core import reads_window
    ids = ids_of(db, H.HistoryFilter(fam3["hid"]))
    seen = []
    listener = lambda *a: seen.append(a[2])  # noqa: E731
    real = reads_window.cursor

    @contextlib.contextmanager
    def counted(d):  # the plain-SQL path (SQLite) runs on the DB-API cursor, not through the engine's events
        with real(d) as (cur, style):
            class Cur:
                def execute(self, sql, params=()):
                    seen.append(sql)
                    return cur.execute(sql, params)

                def __getattr__(self, name):
                    return getattr(cur, name)
            yield Cur(), style

    monkeypatch.setattr(reads_window, "cursor", counted)
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        rows = H.rows(db, ids[::-1])
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert [r.id for r in rows] == ids[::-1]
    selects = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2


def test_refunds_of_payment(db, fam3):
    assert [r.id for r in H.refunds_of(db, fam3["p_kid"].id)] == [fam3["ref"].id]
    assert H.refunds_of(db, fam3["p_mom"].id) == []


def test_monthly_series(db, fam3):
    s = T.monthly_series(db, H.HistoryFilter(fam3["hid"]))
    assert s.months == ("2026-02", "2026-03", "2026-04", "2026-05")
    assert s.by_member[fam3["kid"]] == (20_000, 0, 0, 2_000)
    assert s.by_member[fam3["mom"]] == (0, 80_000, 0, 0)
    assert s.by_account[fam3["dad"]] == (20_000, 5_000, 0, 2_000)
    assert s.by_account[fam3["mom"]] == (0, 50_000, 0, 0)
    assert s.names[fam3["kid"]] == "Kid"


def test_date_presets():
    today = date(2026, 5, 31)
    since, until = H.date_range("3m", today)
    assert since == datetime(2026, 2, 28) and until == datetime(2026, 6, 1)
    assert H.date_range("1y", today)[0] == datetime(2025, 5, 31)
    assert H.date_range("6m", date(2026, 8, 31))[0] == datetime(2026, 2, 28)
    assert H.date_range("custom", today, date(2026, 1, 1), date(2026, 1, 31)) == (datetime(2026, 1, 1),
                                                                                  datetime(2026, 2, 1))
    assert H.date_range("all", today) == (None, None)
    with pytest.raises(InvalidInput):
        H.date_range("custom", today, date(2026, 2, 1), date(2026, 1, 1))


def test_filter_validation():
    with pytest.raises(InvalidInput):
        H.HistoryFilter(1, perspective="paid_for_me")
    with pytest.raises(InvalidInput):
        H.HistoryFilter(1, kinds=frozenset({"gift"}))
    with pytest.raises(InvalidInput):
        H.HistoryFilter(1, perspective="nonsense")


@pytest.mark.sqlite_only
def test_member_and_date_filters_use_an_index(db, fam3):
    cases = [
        H.HistoryFilter(fam3["hid"], member_id=fam3["kid"], perspective="paid_for_me", since=datetime(2026, 3, 1)),
        H.HistoryFilter(fam3["hid"], member_id=fam3["kid"], perspective="paid_for_me", kinds=frozenset({"payment"})),
        H.HistoryFilter(fam3["hid"], since=datetime(2026, 3, 1), until=datetime(2026, 4, 1)),
        H.HistoryFilter(fam3["hid"], kinds=frozenset({"refund"})),
        H.HistoryFilter(fam3["hid"], member_id=fam3["dad"], perspective="paid_from_my_account"),
    ]
    for flt in cases:
        plan = H.explain(db, H.keys_statement(flt))
        tx = [p for p in plan if "transactions" in p]
        assert tx and all("USING" in p and ("INDEX" in p or "PRIMARY KEY" in p) for p in tx), (flt, plan)
        assert not any(p.startswith("SCAN transactions") for p in plan), (flt, plan)
    # a member's "paid from my account": the account's entries for others, each transaction by its id
    assert "SEARCH e USING INDEX ix_ledger_entries_for_other (account_id=?)" in plan, plan
    member_plan = H.explain(db, H.keys_statement(cases[0]))
    assert "ix_transactions_member_occurred" in " ".join(member_plan)
    assert not any("TEMP B-TREE" in p for p in member_plan)


def test_audit_page(db, g, fam3):
    log = A.audit_page(db, fam3["hid"], limit=2)
    assert len(log) == 2
    nxt = A.audit_page(db, fam3["hid"], limit=100, before=(log[-1].at, log[-1].id))
    assert A.audit_count(db, fam3["hid"]) == 2 + len(nxt)
    binds = A.audit_page(db, fam3["hid"], actions=["binding.bind"])
    assert binds and all(e.action == "binding.bind" for e in binds)


def test_page_of_whole_rows_matches_keys_then_rows(db, fam3):
    flt = H.HistoryFilter(fam3["hid"])
    keys = H.page_keys(db, flt, 100)
    assert [r.key for r in H.page(db, flt, 3)] == keys[:3]
    assert [r.key for r in H.page(db, flt, 3, after=keys[2])] == keys[3:6]
    assert [r.key for r in H.page(db, flt, 2, offset=4)] == keys[4:6]
    assert [r.key for r in H.page(db, flt, 2, before=keys[3])] == keys[1:3]
    assert H.page(db, flt, 100) == H.rows(db, [k[1] for k in keys])
    assert [n for _, n in H.member_names(db, fam3["hid"])] == ["Dad", "Mom", "Kid"]


def test_first_window_without_the_orm_is_the_same_rows(db, fam3):
    """The household's window and rows-by-id in plain SQL (core.reads_window, SQLite) equal the ORM's rows (a
    filter naming every kind takes the ORM path): every column, the splits and the refunded sums; with periods,
    keyset pages and an OFFSET jump (keys, then rows)."""
    every = frozenset(H.TXN_KINDS)
    for since, until in ((None, None), (datetime(2026, 2, 4), None), (datetime(2026, 2, 1), datetime(2026, 3, 20, 8))):
        flt = H.HistoryFilter(fam3["hid"], since=since, until=until)
        orm = H.HistoryFilter(fam3["hid"], since=since, until=until, kinds=every)
        keys = H.page_keys(db, flt, 1000)
        assert keys and H.page(db, orm, 1000) and [r.key for r in H.page(db, orm, 1000)] == keys
        assert H.page(db, flt, 1000) == H.page(db, orm, 1000)
        assert H.rows(db, [k[1] for k in keys][::-1]) == H.page(db, orm, 1000)[::-1]
        assert H.page(db, flt, 2, after=keys[0]) == H.page(db, orm, 2, after=keys[0])
    payment = next(r for r in H.page(db, H.HistoryFilter(fam3["hid"]), 100) if r.id == fam3["p_kid"].id)
    assert payment.refunded_fen == 10_000 and payment.splits


def _totals_from_rows(db, flt):
    """What core.totals must say, added up in Python from the filter's own rows (the ORM/keyset path)."""
    rows = H.page(db, flt, 10_000)
    by_kind, by_member, by_account, oop = {}, {}, {}, 0
    for r in rows:
        by_kind[r.kind] = by_kind.get(r.kind, 0) + r.amount_fen
        if r.kind in ("payment", "refund"):
            sign = -1 if r.kind == "refund" else 1
            oop += sign * r.out_of_pocket_fen
            by_member[r.member_id] = by_member.get(r.member_id, 0) + sign * r.amount_fen
            for s in r.splits:
                by_account[s.member_id] = by_account.get(s.member_id, 0) + sign * s.amount_fen
    return len(rows), by_kind, by_member, by_account, oop


def test_totals_in_plain_sql_add_up_the_filters_rows(db, g, fam3):
    """Every perspective × member × kinds × period × text × expense: core.totals (plain SQL) says what the same
    filter's rows (core.history's keyset path) add up to. Both read core.history_where.where_sql (the rule, once)."""
    g.ledger.credit(fam3["mom"], 7_000, note="top-up", occurred_at=datetime(2026, 3, 1, 9))
    members = (None, fam3["dad"], fam3["mom"], fam3["kid"])
    filters = []
    for m in members:
        for persp in (("all",) if m is None else H.PERSPECTIVES):
            for kinds in (frozenset(), frozenset({"payment"}), frozenset({"refund", "credit"})):
                for since, until in ((None, None), (datetime(2026, 2, 4), datetime(2026, 4, 1))):
                    filters.append(H.HistoryFilter(fam3["hid"], member_id=m, perspective=persp, kinds=kinds,
                                                   since=since, until=until))
    filters += [H.HistoryFilter(fam3["hid"], text="clinic_"), H.HistoryFilter(fam3["hid"], text="100%"),
                H.HistoryFilter(fam3["hid"], expenses=frozenset({"outpatient", "pharmacy"}))]
    nonzero = 0
    for flt in filters:
        t = T.totals(db, flt)
        n, by_kind, by_member, by_account, oop = _totals_from_rows(db, flt)
        assert (t.count, t.by_kind, t.by_member, t.out_of_pocket_fen) == (n, by_kind, by_member, oop), flt
        assert {k: v for k, v in t.by_account.items() if v} == {k: v for k, v in by_account.items() if v}, flt
        assert set(t.by_member) | set(t.by_account) <= set(t.names), flt
        nonzero += bool(t.by_account)
    assert nonzero > 10  # the filters do find money taken from accounts


@pytest.mark.sqlite_only
def test_totals_read_only_their_covering_indexes_and_no_other_query_uses_them(db, fam3):
    """The totals' two passes read the partial covering indexes of migration 0006 (no table row); the history's
    first window and its count keep their own indexes (a plain wide index made SQLite sort 1M rows for 500 keys)."""
    from sqlalchemy import func, select

    from core.schema import Transaction as Tx
    for flt in (H.HistoryFilter(fam3["hid"]), H.HistoryFilter(fam3["hid"], since=datetime(2026, 3, 1)),
                H.HistoryFilter(fam3["hid"], member_id=fam3["kid"], perspective="paid_for_me")):
        (sums, p1), (entries, p2) = T.totals_statements(flt)
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            plan1 = [r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + sums, p1)]
            plan2 = [r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + entries, p2)]
        assert any("COVERING INDEX ix_transactions_totals" in p for p in plan1), plan1
        assert any("COVERING INDEX ix_transactions_totals" in p for p in plan2), plan2
        assert any("COVERING INDEX ix_ledger_entries_txn_amount" in p for p in plan2), plan2
    for stmt in (H.keys_statement(H.HistoryFilter(fam3["hid"]), 500),
                 H.keys_statement(H.HistoryFilter(fam3["hid"], kinds=frozenset({"payment"})), 500),
                 select(func.count()).select_from(Tx).where(*H.where_clause(H.HistoryFilter(fam3["hid"])))):
        plan = " ".join(H.explain(db, stmt))
        assert "ix_transactions_totals" not in plan and "TEMP B-TREE" not in plan, plan
