"""Sums over a history filter (Qt-free, no ORM): the totals line and the monthly chart, in plain SQL.

The rows themselves are :mod:`core.history`; this module only adds them up, with the same WHERE terms
(:func:`core.history_where.where_sql`, the one rule for both). Prepared statements over the DB-API connection
(:func:`core.reads.cursor`: ``sqlite3``, or the engine's connection for PostgreSQL), each call one read snapshot.

Cost on 1M records (issue #11, the PDF statement): one pass over the filtered transactions for the counts and sums
(covered by ix_transactions_totals, migration 0006: no row of the table is read), and one over the ledger entries of
the filtered payments and refunds only when there are any (covered by ix_ledger_entries_txn_amount).
"""
from __future__ import annotations

from typing import Any

from core.filters import HistoryFilter
from core.history_where import where_sql
from core.reads import cursor
from core.views import MonthlySeries, Totals

_PAYMENTS = frozenset({"payment", "refund"})


def _run(cur: Any, style: str, sql: str, params: list) -> list[tuple]:
    cur.execute(sql if style == "qmark" else sql.replace("?", "%s"), params)  # no literal % in these texts
    return cur.fetchall()


#: The conditions of the partial covering indexes of migration 0006. They always hold (CHECK constraints), so saying
#: them changes no result; it lets these queries, and only these, use ix_transactions_totals and
#: ix_ledger_entries_txn_amount (SQLite is told the entries' one: without statistics it prefers the unique index).
_COVERED = " AND t.out_of_pocket_fen >= 0"
_ENTRIES_COVERED = " AND e.amount_fen <> 0"


def _where(flt: HistoryFilter, style: str) -> tuple[str, list]:
    terms, params = where_sql(flt, sqlite=style == "qmark")
    return " AND ".join(terms) + _COVERED, params


def _entries(style: str) -> str:
    return "ledger_entries e INDEXED BY ix_ledger_entries_txn_amount" if style == "qmark" else "ledger_entries e"


def totals_statements(flt: HistoryFilter, style: str = "qmark") -> list[tuple[str, list]]:
    """(SQL, parameters) of the two passes of :func:`totals` (the second only runs when the first found payments or
    refunds); ``style`` is the driver's paramstyle. Also for tests of the query plans."""
    where, params = _where(flt, style)
    pay_where, pay_params = _where(flt.with_(kinds=flt.effective_kinds & _PAYMENTS or _PAYMENTS), style)
    return [("SELECT t.kind, t.member_id, count(*), sum(t.amount_fen), sum(t.out_of_pocket_fen) FROM transactions t "
             f"WHERE {where} GROUP BY t.kind, t.member_id", params),
            (f"SELECT e.account_id, sum(e.amount_fen) FROM transactions t JOIN {_entries(style)} ON e.txn_id = t.id "
             f"WHERE {pay_where}{_ENTRIES_COVERED} GROUP BY e.account_id", pay_params)]


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


def monthly_series(db: Any, flt: HistoryFilter) -> MonthlySeries:
    """Per month: payments net of refunds by paying member, and money taken per account."""
    kinds = flt.effective_kinds & _PAYMENTS
    if not kinds:
        return MonthlySeries((), {}, {}, {})
    by_member: dict[int, dict[str, int]] = {}
    by_account: dict[int, dict[str, int]] = {}
    months: set[str] = set()
    with cursor(db) as (cur, style):
        where, params = _where(flt.with_(kinds=kinds), style)
        # "YYYY-MM": SQLite holds the time stamp as text "YYYY-MM-DD HH:MM:SS.ffffff"
        month = "substr(t.occurred_at, 1, 7)" if style == "qmark" else "to_char(t.occurred_at, 'YYYY-MM')"
        for m, mid, v in _run(cur, style, f"SELECT {month}, t.member_id, sum(CASE WHEN t.kind = 'refund' "
                              f"THEN -t.amount_fen ELSE t.amount_fen END) FROM transactions t WHERE {where} "
                              "GROUP BY 1, 2", params):
            by_member.setdefault(mid, {})[m] = int(v or 0)
            months.add(m)
        for m, mid, v in _run(cur, style, f"SELECT {month}, a.member_id, sum(e.amount_fen) FROM transactions t "
                              f"JOIN {_entries(style)} ON e.txn_id = t.id JOIN accounts a ON a.id = e.account_id "
                              f"WHERE {where}{_ENTRIES_COVERED} GROUP BY 1, 2", params):
            by_account.setdefault(mid, {})[m] = -int(v or 0)
            months.add(m)
        names = _names(cur, style, set(by_member) | set(by_account))
    span = _month_span(min(months), max(months)) if months else []
    return MonthlySeries(tuple(span), {k: tuple(v.get(m, 0) for m in span) for k, v in sorted(by_member.items())},
                         {k: tuple(v.get(m, 0) for m in span) for k, v in sorted(by_account.items())}, names)


__all__ = ["totals", "monthly_series", "totals_statements", "Totals", "MonthlySeries"]
