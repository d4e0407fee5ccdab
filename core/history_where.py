"""The WHERE terms of a history filter as SQL text (Qt-free, no SQLAlchemy): the one place the filter's rule lives.

:func:`where_sql` gives the terms over ``transactions`` (aliased as the caller says) with ``?`` placeholders and their
values; :func:`core.history.where_clause` hands the same text to SQLAlchemy for the pages, counts and the CSV export.
A member's "paid from my account" and "all" views are read from their parts, :func:`member_arms` (the account's
ledger entries for someone else, :func:`from_account_sql`, migration 0007; the member's own records): the history's
windows and counts merge them in key order, :func:`rows_sql` gives them to the sums (:mod:`core.totals`), and
:func:`where_sql` is ``t.id IN (their ids)``.
Time stamps are given as SQLite stores them (text) on SQLite, as ``datetime`` on PostgreSQL.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.filters import HistoryFilter
from core.labels import TXN_KINDS

Key = tuple[datetime, int]  # a row's (occurred_at, id): core.views.Key


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def stored(at: datetime, sqlite: bool) -> object:
    """A datetime as the column holds it: SQLAlchemy's text form on SQLite, the value itself on PostgreSQL."""
    return at.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else at


def _in(column: str, values: list, params: list) -> str:
    if not values:  # e.g. credits asked for in "paid from my account", which shows payments and refunds only:
        return "1 = 0"  # nothing (``IN ()`` is a syntax error on PostgreSQL)
    params.extend(values)
    return f"{column} = ?" if len(values) == 1 else f"{column} IN ({', '.join('?' * len(values))})"


def _row_terms(flt: HistoryFilter, t: str, params: list, *, when: str | None, sqlite: bool,
               every_kind: bool = False) -> list[str]:
    """Kind, period (on the column ``when``; None: none), purpose and note terms over ``transactions`` ``t``
    (``every_kind``: the kind term even when it names every kind)."""
    terms = []
    kinds = flt.effective_kinds
    if every_kind or kinds != frozenset(TXN_KINDS):
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


def where_sql(flt: HistoryFilter, *, sqlite: bool, t: str = "t", covered: bool = False) -> tuple[list[str], list]:
    """(terms, params): the WHERE terms of a filter over ``transactions`` (named ``t`` in the query), ANDed.

    A member's "paid from my account" and "all" views are one term, ``t.id IN (…)`` over :func:`member_arms` (each
    part an index range: the account's entries for others, the member's own records), not a walk of the household.
    ``covered``: also the terms that always hold (CHECK constraints) but let ix_transactions_totals (migration 0006)
    cover the sums: every kind named, ``out_of_pocket_fen >= 0`` (:mod:`core.totals` only)."""
    params: list = []
    if drives(flt):
        arms = member_arms(flt, sqlite=sqlite)
        for arm in arms:
            params += arm.params
        return [f"{t}.id IN ({' UNION ALL '.join(arm.select(arm.id, distinct=False) for arm in arms)})"], params
    params.append(int(flt.household_id))
    terms = [f"{t}.household_id = ?"]
    terms += _row_terms(flt, t, params, when=f"{t}.occurred_at", sqlite=sqlite, every_kind=covered)
    if covered:
        terms.append(f"{t}.out_of_pocket_fen >= 0")
    if flt.member_id is not None:  # paid_for_me, own: the member's own records
        terms.append(f"{t}.member_id = ?")
        params.append(int(flt.member_id))
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


def drives(flt: HistoryFilter) -> bool:
    """A member's "paid from my account" and "all" views: read by :func:`member_arms`."""
    return flt.perspective in ("paid_from_my_account", "all") and flt.member_id is not None


@dataclass(frozen=True)
class Arm:
    """One part of a member's view: the rows of ``frm`` under ``terms`` (``?`` placeholders, ``params``), each with
    its transaction as ``t``; ``(at, id)``: its key, in the order of the part's index. ``distinct``: one transaction
    may come twice (two entries from one account: current year and prior years), so a reading selects DISTINCT."""
    frm: str
    terms: list[str]
    params: list
    at: str
    id: str
    distinct: bool

    def select(self, cols: str, *, distinct: bool | None = None) -> str:
        """``SELECT cols FROM …``; DISTINCT if the part needs it (``distinct``: the caller says), so one row per
        transaction when ``cols`` name the transaction (its id)."""
        d = self.distinct if distinct is None else distinct
        return f"SELECT {'DISTINCT ' if d else ''}{cols} FROM {self.frm} WHERE {' AND '.join(self.terms)}"


def keyset_sql(at: str, i: str, after: Key | None, before: Key | None) -> tuple[list[str], list]:
    """Terms for the rows after ``after`` / before ``before`` in (``at`` desc, ``i`` desc) order."""
    terms, params = [], []
    for key, op in ((after, "<"), (before, ">")):
        if key is not None:
            terms.append(f"({at} {op} ? OR ({at} = ? AND {i} {op} ?))")
            params += [key[0], key[0], key[1]]
    return terms, params


def member_arms(flt: HistoryFilter, *, sqlite: bool, after: Key | None = None, before: Key | None = None,
                covered: bool = False) -> list[Arm]:
    """The parts of a member's "paid from my account" or "all" view (:func:`drives`), each deliverable in key order
    by an index, optionally after/before a key; no transaction is in two parts.

    The account's entries that paid for someone else (:func:`from_account_sql`, on ix_ledger_entries_for_other) are
    the "paid from my account" rows. The member's "all" adds their own records first (ix_transactions_member_occurred;
    ``covered``: as :func:`where_sql` says): every other record touching their account is one of those two — an entry
    of the account in a record of the account's owner is the owner's own record, and an entry "for someone else" is
    in a record of another member (so the parts never share a transaction). The one rule of these views: the windows,
    counts (:mod:`core.history`), sums (:mod:`core.totals`) and the CSV export all read it."""
    frm, terms, params = from_account_sql(flt, sqlite=sqlite)
    k_terms, k_params = keyset_sql("e.occurred_at", "e.txn_id", after, before)
    arms = [Arm(frm, terms + k_terms, params + k_params, "e.occurred_at", "e.txn_id", True)]
    if flt.perspective == "all":
        terms, params = where_sql(flt.with_(perspective="own"), sqlite=sqlite, covered=covered)
        k_terms, k_params = keyset_sql("t.occurred_at", "t.id", after, before)
        arms.insert(0, Arm("transactions t", terms + k_terms, params + k_params, "t.occurred_at", "t.id", False))
    return arms


def rows_sql(flt: HistoryFilter, cols: str, *, sqlite: bool, covered: bool = False) -> tuple[str, list]:
    """(SQL, params): ``SELECT t.id, cols`` — one row per transaction the filter shows, ``cols`` over its
    ``transactions t`` — for sums over a filter (:mod:`core.totals`). A member's "paid from my account" and "all"
    views: the parts of :func:`member_arms`, DISTINCT where a part needs it, UNION ALL (they share no transaction);
    any other filter: :func:`where_sql` over ``transactions``."""
    if not drives(flt):
        terms, params = where_sql(flt, sqlite=sqlite, covered=covered)
        return f"SELECT t.id, {cols} FROM transactions t WHERE {' AND '.join(terms)}", params
    arms = member_arms(flt, sqlite=sqlite, covered=covered)
    return " UNION ALL ".join(arm.select(f"t.id, {cols}") for arm in arms), [p for arm in arms for p in arm.params]


__all__ = ["where_sql", "from_account_sql", "member_arms", "rows_sql", "keyset_sql", "drives", "Arm", "escape_like",
           "stored", "FOR_OTHER_INDEX"]
