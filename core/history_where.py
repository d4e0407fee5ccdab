"""The WHERE terms of a history filter as SQL text (Qt-free, no SQLAlchemy): the one place the filter's rule lives.

:func:`where_sql` gives the terms over ``transactions`` (aliased as the caller says) with ``?`` placeholders and their
values; the plain-SQL reads (:mod:`core.totals`) run them on the DB-API connection, and
:func:`core.history.where_clause` hands the same text to SQLAlchemy for the keyset pages, counts and the CSV export.
Time stamps are given as SQLite stores them (text) on SQLite, as ``datetime`` on PostgreSQL.
"""
from __future__ import annotations

from datetime import datetime

from core.filters import HistoryFilter
from core.labels import TXN_KINDS


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def stored(at: datetime, sqlite: bool) -> object:
    """A datetime as the column holds it: SQLAlchemy's text form on SQLite, the value itself on PostgreSQL."""
    return at.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else at


def _in(column: str, values: list, params: list) -> str:
    params.extend(values)
    return f"{column} = ?" if len(values) == 1 else f"{column} IN ({', '.join('?' * len(values))})"


def where_sql(flt: HistoryFilter, *, sqlite: bool, t: str = "t", from_account: bool = False
              ) -> tuple[list[str], list]:
    """(terms, params): the WHERE terms of a filter over ``transactions`` (named ``t`` in the query), ANDed.

    ``from_account`` (the "paid from my account" perspective only): the query is driven by the account's ledger
    entries (``t.id IN (…)`` on ix_ledger_entries_account_txn, then the primary key) instead of walking the
    household newest first with a probe per row: the household term is written so no index can serve it
    (``household_id + 0``), which leaves the entries' list as the only way in. Its cost is the account's entries,
    not the household's rows, which is what a member whose account paid little for others needs."""
    params: list = [int(flt.household_id)]
    terms = [f"{t}.household_id + 0 = ?" if from_account else f"{t}.household_id = ?"]
    kinds = flt.effective_kinds
    if kinds != frozenset(TXN_KINDS):
        terms.append(_in(f"{t}.kind", sorted(kinds), params))
    if flt.since is not None:
        terms.append(f"{t}.occurred_at >= ?")
        params.append(stored(flt.since, sqlite))
    if flt.until is not None:
        terms.append(f"{t}.occurred_at < ?")
        params.append(stored(flt.until, sqlite))
    if flt.expenses:  # a plain column test on the row the household/kind index already found
        terms.append(_in(f"{t}.expense_kind", sorted(flt.expenses), params))
    text = flt.text.strip()
    if text:
        terms.append(f"{t}.note LIKE ? ESCAPE '\\'")
        params.append(f"%{escape_like(text)}%")
    m = flt.member_id
    if m is not None:
        m = int(m)
        account = "(SELECT wa.id FROM accounts wa WHERE wa.member_id = ?)"
        touched = f"{t}.id IN (SELECT we.txn_id FROM ledger_entries we WHERE we.account_id = {account})"
        if flt.perspective in ("paid_for_me", "own"):
            terms.append(f"{t}.member_id = ?")
            params.append(m)
        elif flt.perspective == "paid_from_my_account":
            if from_account:
                terms += [f"{t}.member_id <> ?", touched]
                params += [m, m]
            else:
                # A correlated EXISTS, not IN (SELECT …): SQLite walks the household's transactions newest first and
                # probes ix_ledger_entries_account_txn per row, so a page stops early (the IN form built the whole
                # list of the account's entries first: 146–188 ms on 1M rows, issue #11). The uncorrelated "has an
                # account" term is evaluated once, before the walk: a member without one (a resident child) gets
                # the empty answer at once instead of a probe per row of the household.
                terms += ["EXISTS (SELECT 1 FROM accounts wh WHERE wh.member_id = ?)", f"{t}.member_id <> ?",
                          f"EXISTS (SELECT 1 FROM ledger_entries we WHERE we.txn_id = {t}.id "
                          f"AND we.account_id = {account})"]
                params += [m, m, m]
        else:
            terms.append(f"({t}.member_id = ? OR {touched})")
            params += [m, m]
    return terms, params


__all__ = ["where_sql", "escape_like", "stored"]
