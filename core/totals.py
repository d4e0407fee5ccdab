"""Sums over a history filter (Qt-free, no ORM): the totals line and the monthly chart, in plain SQL.

The rows themselves are :mod:`core.history`; this module only adds them up, over the same rule
(:func:`core.history_where.rows_sql`: the filter's terms, or a member's view's parts — the history windows' own).
Prepared statements over the DB-API connection (:func:`core.reads.cursor`: ``sqlite3``, or the engine's connection
for PostgreSQL), each call one read snapshot.

Cost on 1M records (issue #11, the PDF statement): one pass over the filtered transactions for the counts and sums
(covered by ix_transactions_totals, migration 0006: no row of the table is read), and one over the ledger entries of
the filtered payments and refunds only when there are any (covered by ix_ledger_entries_txn_amount). A member's
"paid from my account" and "all" read the account's entries for others (ix_ledger_entries_for_other) and each one's
transaction by id, plus the member's own records: 1M-record ledger, all dates, 855 -> 260 ms ("all": 590 -> 470 ms).
"""
from __future__ import annotations

from typing import Any

from core.filters import HistoryFilter
from core.history_where import rows_sql
from core.reads import cursor
from core.views import MonthlySeries, Totals

_PAYMENTS = frozenset({"payment", "refund"})


def _run(cur: Any, style: str, sql: str, params: list) -> list[tuple]:
    cur.execute(sql if style == "qmark" else sql.replace("?", "%s"), params)  # no literal % in these texts
    return cur.fetchall()


def _rows(flt: HistoryFilter, cols: str, style: str) -> tuple[str, list]:
    """The filter's transactions, one row each (:func:`core.history_where.rows_sql`, the one rule), with the terms
    that always hold (CHECK constraints) but let ix_transactions_totals (migration 0006) cover them."""
    return rows_sql(flt, cols, sqlite=style == "qmark", covered=True)


def _entries(style: str, join: str = "") -> str:
    """The entries of the rows ``r``: ``amount_fen <> 0`` always holds too and lets ix_ledger_entries_txn_amount
    cover them (SQLite is told: without statistics it prefers the unique index)."""
    idx = " INDEXED BY ix_ledger_entries_txn_amount" if style == "qmark" else ""
    return f"CROSS JOIN ledger_entries x{idx}{join} WHERE x.txn_id = r.id AND x.amount_fen <> 0"


def _payments(flt: HistoryFilter) -> HistoryFilter:
    return flt.with_(kinds=flt.effective_kinds & _PAYMENTS or _PAYMENTS)


def totals_statements(flt: HistoryFilter, style: str = "qmark") -> list[tuple[str, list]]:
    """(SQL, parameters) of the two passes of :func:`totals` (the second only runs when the first found payments or
    refunds); ``style`` is the driver's paramstyle. Also for tests of the query plans.

    A household's filter: one pass over ix_transactions_totals, one over ix_ledger_entries_txn_amount (no table row).
    A member's "paid from my account" and "all" (issue #11): the account's entries for others on
    ix_ledger_entries_for_other, each one's transaction by its id, and the member's own records on
    ix_transactions_totals — not a walk of the household with a probe of the entries per record."""
    rows, params = _rows(flt, "t.kind, t.member_id, t.amount_fen, t.out_of_pocket_fen", style)
    pay_rows, pay_params = _rows(_payments(flt), "t.kind", style)
    return [("SELECT r.kind, r.member_id, count(*), sum(r.amount_fen), sum(r.out_of_pocket_fen) "
             f"FROM ({rows}) r GROUP BY r.kind, r.member_id", params),
            (f"SELECT x.account_id, sum(x.amount_fen) FROM ({pay_rows}) r {_entries(style)} GROUP BY x.account_id",
             pay_params)]


def _names(cur: Any, style: str, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    got = _run(cur, style, f"SELECT id, name FROM members WHERE id IN ({', '.join('?' * len(ids))})", sorted(ids))
    return {i: n for i, n in got}


# ----------------------------------------------------------------------------------------------- totals

def totals(db: Any, flt: HistoryFilter) -> Totals:
    """Count, sums per kind, out of pocket, per paying member and per account holder of the filtered records."""
    by_kind: dict[str, int] = {}
    by_member: dict[int, int] = {}
    by_account: dict[int, int] = {}
    n = oop = 0
    paid = False
    with cursor(db) as (cur, style):
        (sums, sums_params), (entries, entries_params) = totals_statements(flt, style)
        for kind, mid, c, amt, o in _run(cur, style, sums, sums_params):
            amt, o = int(amt or 0), int(o or 0)  # PostgreSQL: sum(bigint) is numeric (a Decimal)
            by_kind[kind] = by_kind.get(kind, 0) + amt
            n += c
            oop += o * (-1 if kind == "refund" else 1 if kind == "payment" else 0)
            if kind in _PAYMENTS:
                paid = True
                by_member[mid] = by_member.get(mid, 0) + amt * (-1 if kind == "refund" else 1)
        if paid:  # the entries of the filtered payments and refunds, per account (none: no second pass)
            per_acct = _run(cur, style, entries, entries_params)
            if per_acct:
                owner = dict(_run(cur, style, "SELECT id, member_id FROM accounts WHERE id IN "
                                  f"({', '.join('?' * len(per_acct))})", [a for a, _ in per_acct]))
                for acct, total in per_acct:
                    by_account[owner[acct]] = by_account.get(owner[acct], 0) - int(total or 0)
        names = _names(cur, style, set(by_member) | set(by_account))
    return Totals(count=n, by_kind=by_kind, out_of_pocket_fen=oop, by_account=by_account, names=names,
                  by_member=by_member)


# ----------------------------------------------------------------------------------------------- monthly series

def _month_span(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def monthly_statements(flt: HistoryFilter, style: str = "qmark") -> list[tuple[str, list]]:
    """(SQL, parameters) of :func:`monthly_series`'s two passes over the filter's payments and refunds (none if it
    shows neither): per month and paying member, per month and account holder. Also for tests of the query plans."""
    rows, params = _rows(_payments(flt), "t.kind, t.member_id, t.amount_fen, t.occurred_at", style)
    # "YYYY-MM": SQLite holds the time stamp as text "YYYY-MM-DD HH:MM:SS.ffffff"
    month = "substr(r.occurred_at, 1, 7)" if style == "qmark" else "to_char(r.occurred_at, 'YYYY-MM')"
    return [(f"SELECT {month}, r.member_id, sum(CASE WHEN r.kind = 'refund' THEN -r.amount_fen ELSE r.amount_fen "
             f"END) FROM ({rows}) r GROUP BY 1, 2", params),
            (f"SELECT {month}, a.member_id, sum(x.amount_fen) FROM ({rows}) r "
             f"{_entries(style, ' JOIN accounts a ON a.id = x.account_id')} GROUP BY 1, 2", params)]


def monthly_series(db: Any, flt: HistoryFilter) -> MonthlySeries:
    """Per month: payments net of refunds by paying member, and money taken per account."""
    if not flt.effective_kinds & _PAYMENTS:
        return MonthlySeries((), {}, {}, {})
    by_member: dict[int, dict[str, int]] = {}
    by_account: dict[int, dict[str, int]] = {}
    months: set[str] = set()
    with cursor(db) as (cur, style):
        (paid, paid_params), (taken, taken_params) = monthly_statements(flt, style)
        for m, mid, v in _run(cur, style, paid, paid_params):
            by_member.setdefault(mid, {})[m] = int(v or 0)
            months.add(m)
        for m, mid, v in _run(cur, style, taken, taken_params):
            by_account.setdefault(mid, {})[m] = -int(v or 0)
            months.add(m)
        names = _names(cur, style, set(by_member) | set(by_account))
    span = _month_span(min(months), max(months)) if months else []
    return MonthlySeries(tuple(span), {k: tuple(v.get(m, 0) for m in span) for k, v in sorted(by_member.items())},
                         {k: tuple(v.get(m, 0) for m in span) for k, v in sorted(by_account.items())}, names)


__all__ = ["totals", "monthly_series", "totals_statements", "monthly_statements", "Totals", "MonthlySeries"]
