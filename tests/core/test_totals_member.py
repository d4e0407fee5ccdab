"""The totals line, the monthly chart and the CSV export of every view — a member's "paid from my account" and
"all" read from the entries' copies (ix_ledger_entries_for_other) and the member's own records, the others from the
transactions — say exactly what a brute-force reading of every row in Python says: every perspective × member ×
period × kinds × purposes × note text, on a ledger with refunds, payments taking two entries from one account
(current year and prior years), members without an account, credits and two households (issue #11)."""
from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from sqlalchemy import select

from core import history as H
from core import totals as T
from core.schema import Account, LedgerEntry, Member, Transaction

PAYMENTS = ("payment", "refund")


@pytest.fixture()
def ledger(g, fam):
    """Dad pays for Kid and Grandpa (a charge over his current-year part takes prior years too: two entries of his
    account in one transaction, in the current year and before), Mom for Kid; Kid and Grandpa have no account…
    Grandpa has one, empty; Kid has none. Refunds (one whole), credits, Dad's own payments; a second household with
    its own payments for someone else."""
    hid = fam.household()
    # Dad's current part 20,000: a 30,000+ charge takes both
    dad, mom, kid, gpa = fam.pooling_family(hid, dad_balance=900_000, dad_prior=880_000)
    ids = []
    for i in range(16):
        who = (kid, gpa, dad, kid)[i % 4]
        if i == 9:  # Dad's current-year part again: Grandpa's next payment takes it and prior years
            g.ledger.credit(dad, 10_000, note="clinic refill", occurred_at=datetime(2025, 9, 1, 9))
        year = 2025 if i % 5 else 2024  # prior years too
        at = datetime(year, 1 + i % 12, 1 + i, 9) if i not in (7, 8) else datetime(2025, 8, 8, 8)
        ids.append(g.ledger.pay(who, 25_000 + 1_500 * i, ("pharmacy", "outpatient", "inpatient")[i % 3],
                                note=("clinic", "pharmacy 100%", "hospital_x")[i % 3], occurred_at=at).value.id)
    g.ledger.refund(ids[0], 5_000, note="clinic returned", occurred_at=datetime(2025, 3, 1))
    g.ledger.refund(ids[5], None, note="all back", occurred_at=datetime(2025, 7, 1))
    g.ledger.refund(ids[2], 1_000, note="hospital_x back", occurred_at=datetime(2025, 9, 9))
    g.ledger.credit(dad, 40_000, note="monthly clinic", occurred_at=datetime(2025, 4, 1, 9))
    g.ledger.credit(mom, 7_000, part="prior", note="top-up", occurred_at=datetime(2024, 12, 1, 9))
    other = fam.household()
    o_pa = fam.member(other, "Stranger", balance=200_000)
    o_kid = fam.resident(other, "Stranger kid", born=date(2013, 1, 1))
    g.bindings.bind(o_pa, o_kid, "child")
    for i in range(3):
        g.ledger.pay(o_kid, 9_000 + i, "pharmacy", note="clinic", occurred_at=datetime(2025, 2 + i, 3, 10))
    return dict(hid=hid, dad=dad, mom=mom, kid=kid, gpa=gpa, other=other, o_pa=o_pa, o_kid=o_kid)


def _tables(db):
    with db.read() as s:
        txns = s.execute(select(Transaction.id, Transaction.household_id, Transaction.kind, Transaction.member_id,
                                Transaction.amount_fen, Transaction.out_of_pocket_fen, Transaction.expense_kind,
                                Transaction.note, Transaction.occurred_at)).all()
        entries = s.execute(select(LedgerEntry.txn_id, Account.member_id, LedgerEntry.amount_fen)
                            .join(Account, Account.id == LedgerEntry.account_id)).all()
        names = dict(s.execute(select(Member.id, Member.name)).all())
    return txns, entries, names


def brute_rows(txns, entries, flt) -> list:
    """The filter's transactions by the perspectives' rules, read from every row; newest first."""
    m = flt.member_id
    touched = {tid for tid, owner, _ in entries if owner == m}
    rule = {"all": lambda r: m is None or r.member_id == m or r.id in touched,
            "paid_for_me": lambda r: r.member_id == m,
            "paid_from_my_account": lambda r: r.member_id != m and r.id in touched}[flt.perspective]
    out = [r for r in txns if r.household_id == flt.household_id and rule(r) and r.kind in flt.effective_kinds
           and (flt.since is None or r.occurred_at >= flt.since) and (flt.until is None or r.occurred_at < flt.until)
           and (not flt.expenses or r.expense_kind in flt.expenses) and flt.text.strip() in r.note]
    return sorted(out, key=lambda r: (r.occurred_at, r.id), reverse=True)


def brute_totals(rows, entries, names):
    by_kind, by_member, by_account, oop = {}, {}, {}, 0
    paid = {r.id: r for r in rows if r.kind in PAYMENTS}
    for r in rows:
        by_kind[r.kind] = by_kind.get(r.kind, 0) + r.amount_fen
        if r.kind in PAYMENTS:
            sign = -1 if r.kind == "refund" else 1
            oop += sign * r.out_of_pocket_fen
            by_member[r.member_id] = by_member.get(r.member_id, 0) + sign * r.amount_fen
    for tid, owner, fen in entries:
        if tid in paid and fen:
            by_account[owner] = by_account.get(owner, 0) - fen
    used = {k: names[k] for k in set(by_member) | set(by_account)}
    return T.Totals(count=len(rows), by_kind=by_kind, out_of_pocket_fen=oop, by_account=by_account, names=used,
                    by_member=by_member)


def brute_monthly(rows, entries, names):
    paid = {r.id: r for r in rows if r.kind in PAYMENTS}
    by_member, by_account = {}, {}
    month = {tid: r.occurred_at.strftime("%Y-%m") for tid, r in paid.items()}
    for r in paid.values():
        d = by_member.setdefault(r.member_id, {})
        d[month[r.id]] = d.get(month[r.id], 0) + (-r.amount_fen if r.kind == "refund" else r.amount_fen)
    for tid, owner, fen in entries:
        if tid in paid and fen:
            d = by_account.setdefault(owner, {})
            d[month[tid]] = d.get(month[tid], 0) - fen
    if not month:
        return T.MonthlySeries((), {}, {}, {})
    span, (y, mo) = [], divmod(int(min(month.values())[:4]) * 12 + int(min(month.values())[5:]) - 1, 12)
    while f"{y:04d}-{mo + 1:02d}" <= max(month.values()):
        span.append(f"{y:04d}-{mo + 1:02d}")
        y, mo = (y + 1, 0) if mo == 11 else (y, mo + 1)
    series = lambda per: {k: tuple(v.get(s, 0) for s in span) for k, v in sorted(per.items())}  # noqa: E731
    return T.MonthlySeries(tuple(span), series(by_member), series(by_account),
                           {k: names[k] for k in set(by_member) | set(by_account)})


def filters(ledger) -> list[H.HistoryFilter]:
    periods = [(None, None), (datetime(2025, 1, 1), None), (None, datetime(2025, 8, 8, 8)),
               (datetime(2024, 6, 1), datetime(2025, 7, 1))]
    narrow = [dict(), dict(kinds=frozenset({"refund"})), dict(kinds=frozenset({"payment"})),
              dict(kinds=frozenset({"credit"})), dict(expenses=frozenset({"pharmacy", "inpatient"})),
              dict(text="clinic"), dict(text="100%"), dict(text="x"), dict(text="nothing like it")]
    out = [H.HistoryFilter(ledger["hid"], since=s, until=u, **n) for s, u in periods for n in narrow]
    for m in (ledger["dad"], ledger["mom"], ledger["kid"], ledger["gpa"]):
        for v in H.PERSPECTIVES:
            out += [H.HistoryFilter(ledger["hid"], member_id=m, perspective=v, since=s, until=u, **n)
                    for s, u in periods for n in narrow]  # (credits in a view of payments: nothing)
    out += [H.HistoryFilter(h, member_id=m, perspective=v) for v in H.PERSPECTIVES
            for h, m in ((ledger["other"], ledger["dad"]), (ledger["other"], ledger["o_pa"]),
                         (ledger["hid"], ledger["o_pa"]), (ledger["other"], ledger["o_kid"]))]
    return out


def test_totals_and_monthly_series_equal_the_brute_force_reading(db, ledger):
    txns, entries, names = _tables(db)
    seen = {"rows": 0, "accounts": 0, "member_views": 0}
    for flt in filters(ledger):
        rows = brute_rows(txns, entries, flt)
        assert T.totals(db, flt) == brute_totals(rows, entries, names), flt
        assert T.monthly_series(db, flt) == brute_monthly(rows, entries, names), flt
        seen["rows"] += len(rows)
        seen["accounts"] += bool(brute_totals(rows, entries, names).by_account)
        seen["member_views"] += bool(rows) and H.drives(flt)
    assert seen["rows"] > 800 and seen["accounts"] > 100 and seen["member_views"] > 50, seen


def test_csv_export_of_every_view_equals_the_brute_force_reading(db, g, ledger, tmp_path):
    """The export's records, in its order (newest first), are the filter's transactions; each once, with all its
    ledger entries (a transaction taking two entries from one account is one record with both)."""
    txns, entries, _ = _tables(db)
    seen = 0
    for i, flt in enumerate(f for f in filters(ledger) if f.member_id is not None):
        want = [r.id for r in brute_rows(txns, entries, flt)]
        path = tmp_path / f"{i}.csv"
        assert g.history.export_csv(path, flt) == len(want), flt
        with open(path, encoding="utf-8-sig", newline="") as fh:
            got = list(csv.reader(fh))[1:]
        assert [int(r[0]) for r in got] == want, flt
        for r in got:  # every entry of the record in the entries column
            n_entries = sum(1 for tid, _, _ in entries if tid == int(r[0]))
            assert (r[11].count(";") + 1 if r[11] else 0) == n_entries, (flt, r)
        seen += len(want)
    assert seen > 500


def test_the_ledger_has_what_the_rules_must_get_right(db, ledger):
    """The cases the brute force is compared on are in the ledger: one account twice in one transaction (so a
    reading without DISTINCT would count it twice), in both years; members without an account; refunds."""
    txns, entries, _ = _tables(db)
    pairs = {}
    for tid, owner, _ in entries:
        pairs[(tid, owner)] = pairs.get((tid, owner), 0) + 1
    twice = {tid for (tid, owner), n in pairs.items() if n > 1 and owner == ledger["dad"]}
    years = {r.occurred_at.year for r in txns if r.id in twice and r.member_id != ledger["dad"]}
    assert years == {2024, 2025}
    owners = {owner for _, owner, _ in entries}
    assert ledger["kid"] not in owners and ledger["o_kid"] not in owners
    assert sum(r.kind == "refund" for r in txns) == 3


@pytest.mark.sqlite_only
def test_member_views_sums_read_the_entries_index_and_the_members_records(db, ledger):
    """A member's "paid from my account" sums read ix_ledger_entries_for_other and each transaction by its id; "all"
    adds the member's own records on ix_transactions_totals (covering): no walk of the household, no probe of the
    entries per record of the household; the entries of the rows on ix_ledger_entries_txn_amount."""
    for v in ("paid_from_my_account", "all"):
        for since in (None, datetime(2025, 3, 1)):
            flt = H.HistoryFilter(ledger["hid"], member_id=ledger["dad"], perspective=v, since=since)
            for i, (sql, params) in enumerate(T.totals_statements(flt) + T.monthly_statements(flt)):
                with db.engine.connect() as conn:
                    plan = [r[3] for r in conn.connection.driver_connection.execute("EXPLAIN QUERY PLAN " + sql,
                                                                                    params)]
                text = " ".join(plan)
                at = " AND occurred_at>?)" if since else ")"
                assert f"SEARCH e USING INDEX ix_ledger_entries_for_other (account_id=?{at}" in text, plan
                assert "SEARCH t USING INTEGER PRIMARY KEY (rowid=?)" in text, plan
                assert not any(p.startswith("SCAN") and p != "SCAN r" for p in plan), plan
                if v == "all":
                    assert "SEARCH t USING COVERING INDEX ix_transactions_totals (household_id=? AND kind=? AND " \
                           "member_id=?" in text, plan
                if i % 2:
                    assert "SEARCH x USING COVERING INDEX ix_ledger_entries_txn_amount (txn_id=?)" in text, plan
