"""The WHERE terms of a history filter as SQL text (Qt-free, no SQLAlchemy): the one place the filter's rule lives.

:func:`where_sql` gives the terms over ``transactions`` (aliased as the caller says) with ``?`` placeholders and their
values; the plain-SQL reads (:mod:`core.totals`) run them on the DB-API connection, and
:func:`core.history.where_clause` hands the same text to SQLAlchemy for the keyset pages, counts and the CSV export.
:func:`from_account_sql` is the "paid from my account" windows' reading, from the ledger entries (migration 0007).
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


def _row_terms(flt: HistoryFilter, t: str, params: list, *, when: str | None, sqlite: bool) -> list[str]:
    """Kind, period (on the column ``when``; None: none), purpose and note terms over ``transactions`` ``t``."""
    terms = []
    kinds = flt.effective_kinds
    if kinds != frozenset(TXN_KINDS):
        terms.append(_in(f"{t}.kind", sorted(kinds), params))
    if flt.since is not None and when is not None:
        terms.append(f"{when} >= ?")
        params.append(stored(flt.since, sqlite))
    if flt.until is not None and when is not None:
        terms.append(f"{when} < ?")
        params.append(stored(flt.until, sqlite))
    if flt.expenses:  # a plain column test on the row the household/kind index already found
        terms.append(_in(f"{t}.expense_kind", sorted(flt.expenses), params))
    text = flt.text.strip()
    if text:
        terms.append(f"{t}.note LIKE ? ESCAPE '\\'")
        params.append(f"%{escape_like(text)}%")
    return terms


def where_sql(flt: HistoryFilter, *, sqlite: bool, t: str = "t") -> tuple[list[str], list]:
    """(terms, params): the WHERE terms of a filter over ``transactions`` (named ``t`` in the query), ANDed."""
    params: list = [int(flt.household_id)]
    terms = [f"{t}.household_id = ?"]
    terms += _row_terms(flt, t, params, when=f"{t}.occurred_at", sqlite=sqlite)
    m = flt.member_id
    if m is not None:
        m = int(m)
        account = "(SELECT wa.id FROM accounts wa WHERE wa.member_id = ?)"
        touched = f"{t}.id IN (SELECT we.txn_id FROM ledger_entries we WHERE we.account_id = {account})"
        if flt.perspective in ("paid_for_me", "own"):
            terms.append(f"{t}.member_id = ?")
            params.append(m)
        elif flt.perspective == "paid_from_my_account":
            # A correlated EXISTS, not IN (SELECT …): SQLite walks the household's transactions newest first and
            # probes ix_ledger_entries_account_txn per row, so a page stops early (the IN form built the whole
            # list of the account's entries first: 146–188 ms on 1M rows, issue #11). The uncorrelated "has an
            # account" term is evaluated once, before the walk: a member without one (a resident child) gets
            # the empty answer at once instead of a probe per row of the household. (The history's own windows
            # read the entries instead: :func:`from_account_sql`; the totals and the CSV export use these terms.)
            terms += ["EXISTS (SELECT 1 FROM accounts wh WHERE wh.member_id = ?)", f"{t}.member_id <> ?",
                      f"EXISTS (SELECT 1 FROM ledger_entries we WHERE we.txn_id = {t}.id "
                      f"AND we.account_id = {account})"]
            params += [m, m, m]
        else:
            terms.append(f"({t}.member_id = ? OR {touched})")
            params += [m, m]
    return terms, params


#: The index the "paid from my account" windows read (migration 0007; core.schema says the same).
FOR_OTHER_INDEX = "ix_ledger_entries_for_other"


def from_account_sql(flt: HistoryFilter, *, sqlite: bool) -> tuple[str, list[str], list]:
    """(FROM, terms, params) of the "paid from my account" rows (a member given): read from the member's account's
    entries that paid for someone else (``for_other``), newest first, on ix_ledger_entries_for_other
    (account_id, occurred_at, txn_id) — the period is a range of that index, so a window is a page's index entries
    and a primary-key read of each one's transaction for the other terms, whatever the size of the household or
    of the account's own spending (issue #11; entries carry their transaction's time since migration 0007).

    The rows are the entries ``e`` joined to their transaction ``t``; one transaction may take two entries from the
    same account (current year and prior years), so the caller selects DISTINCT ``(e.occurred_at, e.txn_id)``.
    ``for_other`` is the same as "the transaction's member is not the account's owner" (the perspective's rule).
    SQLite is told the index and the join order (without statistics it may prefer walking the household)."""
    params: list = [int(flt.member_id)]
    terms = ["e.account_id = (SELECT wa.id FROM accounts wa WHERE wa.member_id = ?)", "e.for_other"]
    terms += _row_terms(flt, "t", params, when="e.occurred_at", sqlite=sqlite)
    terms += ["t.household_id = ?"]
    params.append(int(flt.household_id))
    if sqlite:
        return f"ledger_entries e INDEXED BY {FOR_OTHER_INDEX} CROSS JOIN transactions t", \
            ["t.id = e.txn_id", *terms], params
    return "ledger_entries e JOIN transactions t ON t.id = e.txn_id", terms, params


__all__ = ["where_sql", "from_account_sql", "escape_like", "stored", "FOR_OTHER_INDEX"]
