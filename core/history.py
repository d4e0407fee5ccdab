"""Reading the history at scale (Qt-free): filters, keyset/offset pages, batch row fetch, totals, monthly series.

The history view never loads every row. It asks :func:`count` for the number of rows a filter matches, then
:func:`page_keys` for one window of ``(occurred_at, id)`` keys at a time (keyset after a known key, or an OFFSET
window when the user jumps), then :func:`rows` for those ids: one query for the rows, one for their splits.

Perspectives (what the official apps show):

- ``paid_for_me`` (支付明细): the member's own payments and refunds — how each payment was covered
  (own account / each authorizer / out of pocket).
- ``paid_from_my_account`` (共济支出明细): transactions of OTHER members that moved money on the member's
  account — what left my account, for whom, where, when.
- ``all``: the household's records; with a member, everything that member did or that touched their account.

Every filter is served by an index (see core/schema.py and migration 0002); tests check the query plans. A
member's "paid from my account" and "all" windows and counts read the ledger entries' copies of their transaction's
time and of "paid for someone else" (migration 0007, ix_ledger_entries_for_other): :func:`member_query`.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import (ColumnElement, DateTime, Integer, Select, TextClause, and_, bindparam, case, column, func,
                        literal, or_, select, text)
from sqlalchemy.orm import Session, aliased

from core.filters import (PERSPECTIVE_KINDS, PERSPECTIVES, RANGE_PRESETS, HistoryFilter, date_range, last_months,
                          months_before)
from core.history_where import drives, escape_like, member_arms, where_sql  # noqa: F401 (escape_like: public helper)
from core.schema import TXN_KINDS, Account, LedgerEntry, Member, Transaction
from core.store import Database
from core.views import Key, Split, TxnView, group_splits

#: The row of a history page. The same class as :class:`core.views.TxnView` (one row type per concept): a page
#: row and the result of ``col.ledger.pay`` are the same record, so they are the same type.
HistoryRow = TxnView

def _text(sql: str, params: Sequence) -> TextClause:
    """Text with ``?`` placeholders as one SQLAlchemy text clause; its parameters are named ``w0``, ``w1`` …"""
    pieces = sql.split("?")
    out, binds = pieces[0], []
    for i, (value, rest) in enumerate(zip(params, pieces[1:])):
        out += f":w{i}" + rest
        binds.append(bindparam(f"w{i}", value, type_=DateTime() if isinstance(value, datetime) else None))
    return text(out).bindparams(*binds)


def where_clause(flt: HistoryFilter) -> list[ColumnElement[bool]]:
    """The WHERE terms of a filter over ``transactions``: :func:`core.history_where.where_sql` (the one rule, also
    run as plain SQL by :mod:`core.totals`) as one SQLAlchemy text clause. Its parameters are named ``w0``, ``w1`` …,
    so a statement takes one filter's terms (as every query here does)."""
    terms, params = where_sql(flt, sqlite=False, t=Transaction.__tablename__)
    return [_text(" AND ".join(terms), params)]


def _base(flt: HistoryFilter, *cols) -> Select:
    return select(*cols).where(*where_clause(flt))


# ----------------------------------------------------------------------------------------------- rows


def _keyset(after: Key | None, before: Key | None) -> list:
    """Conditions for the rows that follow ``after`` / precede ``before`` in (occurred_at desc, id desc) order."""
    t = Transaction
    out = []
    if after is not None:
        at, i = after
        out.append(or_(t.occurred_at < at, and_(t.occurred_at == at, t.id < i)))
    if before is not None:
        at, i = before
        out.append(or_(t.occurred_at > at, and_(t.occurred_at == at, t.id > i)))
    return out

def count(db: Database, flt: HistoryFilter) -> int:
    if drives(flt):
        sql, params = _keys_sql(member_arms(flt, sqlite=db.is_sqlite))
        q = _text(f"SELECT count(*) FROM ({sql}) u", params)
    else:
        q = select(func.count()).select_from(Transaction).where(*where_clause(flt))
    with db.read() as s:
        return s.scalar(q) or 0


def _keys_sql(arms: list) -> tuple[str, list]:
    """The keys of a member's view from its parts (:func:`core.history_where.member_arms`): one part DISTINCT, two
    merged by UNION (each in its index's order)."""
    if len(arms) == 1:
        return arms[0].select(f"{arms[0].at}, {arms[0].id}"), arms[0].params
    return (" UNION ".join(a.select(f"{a.at}, {a.id}", distinct=False) for a in arms),
            [p for a in arms for p in a.params])


def member_query(flt: HistoryFilter, limit: int, *, sqlite: bool, after: Key | None = None,
                 before: Key | None = None, offset: int | None = None) -> tuple[str, list]:
    """(SQL with ``?``, params) of a window's keys of a member's "paid from my account" or "all" view: newest first
    (``before``: the rows just above it, oldest first), from :func:`core.history_where.member_arms` — one index range
    per part, merged (a transaction taking two entries from the account, current year and prior years, is one row).
    Whatever the size of the household or the account, a window reads about its own rows (issue #11: the walk of the
    household, the look-up of every entry's transaction and the list of all the account's entries, 30–110 ms on 1M
    rows, are gone)."""
    arms = member_arms(flt, sqlite=sqlite, after=after, before=before)
    way = "ASC" if before is not None else "DESC"
    sql, params = _keys_sql(arms)
    if len(arms) == 1:
        sql += f" ORDER BY {arms[0].at} {way}, {arms[0].id} {way} LIMIT ?"
    else:
        sql += f" ORDER BY 1 {way}, 2 {way} LIMIT ?"
    params = [*params, int(limit)]
    if offset and before is None:
        sql += " OFFSET ?"
        params.append(int(offset))
    return sql, params


def _member_keys(db: Database, flt: HistoryFilter, limit: int, after: Key | None, before: Key | None,
                 offset: int | None) -> list[Key]:
    sql, params = member_query(flt, limit, sqlite=db.is_sqlite, after=after, before=before, offset=offset)
    q = _text(sql, params).columns(column("occurred_at", DateTime()), column("id", Integer()))
    with db.read() as s:
        got = [(r[0], r[1]) for r in s.execute(q)]
    return got[::-1] if before is not None else got


def page_keys(db: Database, flt: HistoryFilter, limit: int, *, after: Key | None = None,
              before: Key | None = None, offset: int | None = None) -> list[Key]:
    """One window of keys, newest first (occurred_at desc, id desc).

    ``after``: the keys that follow a known key (keyset, the normal way down). ``before``: the keys just above a
    known key, still returned newest first (scrolling up). ``offset``: a jump to an arbitrary row."""
    t = Transaction
    if drives(flt):
        return _member_keys(db, flt, limit, after, before, offset)
    q = _base(flt, t.occurred_at, t.id)
    q = q.where(*_keyset(after, before))
    if before is not None:
        q = q.order_by(t.occurred_at.asc(), t.id.asc()).limit(limit)
        with db.read() as s:
            return [(r[0], r[1]) for r in s.execute(q)][::-1]
    q = q.order_by(t.occurred_at.desc(), t.id.desc()).limit(limit)
    if offset:
        q = q.offset(offset)
    with db.read() as s:
        return [(r[0], r[1]) for r in s.execute(q)]


def page_ids(db: Database, flt: HistoryFilter, limit: int, **kw) -> list[int]:
    return [k[1] for k in page_keys(db, flt, limit, **kw)]


def _splits_for(s: Session, ids: Sequence[int]) -> dict[int, list[Split]]:
    """Splits of many transactions in one query, charging order kept."""
    q = (select(LedgerEntry.txn_id, Account.member_id, Member.name, LedgerEntry.amount_fen, Transaction.kind,
                Transaction.member_id)
         .join(Account, Account.id == LedgerEntry.account_id).join(Member, Member.id == Account.member_id)
         .join(Transaction, Transaction.id == LedgerEntry.txn_id)
         .where(LedgerEntry.txn_id.in_(ids)).order_by(LedgerEntry.txn_id, LedgerEntry.seq))
    return group_splits(s.execute(q))


def _row_columns():
    t = Transaction
    r = aliased(Transaction)
    refunded = (select(func.coalesce(func.sum(r.amount_fen), 0)).where(r.refund_of_id == t.id)
                .correlate(t).scalar_subquery())
    return (t.id, t.household_id, t.kind, t.member_id, Member.name, t.amount_fen, t.out_of_pocket_fen,
            t.expense_kind, t.note, t.occurred_at, t.recorded_at, t.refund_of_id,
            case((t.kind == "payment", refunded), else_=literal(0)))


def _row(g, splits: dict[int, list[Split]]) -> TxnView:
    return TxnView(*g[:12], splits=tuple(splits.get(g[0], ())), refunded_fen=g[12] or 0)


def rows(db: Database, ids: Sequence[int]) -> list[HistoryRow]:
    """The rows for ``ids`` in the given order: one query for the rows, one for all their splits."""
    ids = list(ids)
    if not ids:
        return []
    if getattr(db, "is_sqlite", False):
        from core.reads_window import rows_by_id  # plain SQL, no ORM statement to build (issue #11)
        return rows_by_id(db, ids)
    q = select(*_row_columns()).join(Member, Member.id == Transaction.member_id).where(Transaction.id.in_(ids))
    with db.read() as s:
        found = {row[0]: row for row in s.execute(q)}
        splits = _splits_for(s, ids)
    return [_row(found[i], splits) for i in ids if i in found]


def page(db: Database, flt: HistoryFilter, limit: int = 50, *, after: Key | None = None,
         before: Key | None = None, offset: int | None = None) -> list[HistoryRow]:
    """One window of whole rows, newest first (same windows as :func:`page_keys`): one query for the rows
    (filter, order and limit in SQL), one for their splits."""
    t = Transaction
    if (before is None and not offset and flt.member_id is None and not (flt.kinds or flt.expenses or flt.text.strip())
            and getattr(db, "is_sqlite", False)):
        from core.reads_window import household_page  # the first window without the ORM (issue #11)
        return household_page(db, flt.household_id, limit, after=after, since=flt.since, until=flt.until)
    if drives(flt):
        return rows(db, [k[1] for k in _member_keys(db, flt, limit, after, before, offset)])
    q = select(*_row_columns()).join(Member, Member.id == t.member_id).where(*where_clause(flt))
    desc = before is None
    q = q.where(*_keyset(after, before))
    q = q.order_by(t.occurred_at.desc(), t.id.desc()) if desc else q.order_by(t.occurred_at.asc(), t.id.asc())
    q = q.limit(limit)
    if offset and desc:
        q = q.offset(offset)
    with db.read() as s:
        got = list(s.execute(q))
        if not desc:
            got.reverse()
        splits = _splits_for(s, [g[0] for g in got]) if got else {}
    return [_row(g, splits) for g in got]


def member_names(db: Database, household_id: int) -> list[tuple[int, str]]:
    """(id, name) of the household's members, in the order they were added: plain SQL on the DB-API connection
    (the History tab's first paint waits for it; issue #11)."""
    from core.reads import _rows, cursor
    with cursor(db) as (cur, style):
        return [(i, n) for i, n in _rows(cur, style, "SELECT id, name FROM members WHERE household_id = ? "
                                                     "ORDER BY id", int(household_id))]


def transaction_row(db: Database, txn_id: int) -> HistoryRow | None:
    got = rows(db, [txn_id])
    return got[0] if got else None


def refunds_of(db: Database, payment_id: int) -> list[HistoryRow]:
    """The refunds linked to a payment, oldest first."""
    with db.read() as s:
        ids = list(s.scalars(select(Transaction.id).where(Transaction.refund_of_id == payment_id)
                             .order_by(Transaction.occurred_at, Transaction.id)))
    return rows(db, ids)


def explain(db: Database, stmt: Select) -> list[str]:
    """SQLite's EXPLAIN QUERY PLAN lines for a statement (tests use it to prove a filter uses an index)."""
    compiled = stmt.compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as conn:
        return [r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]


def keys_statement(flt: HistoryFilter, limit: int = 50) -> Select:
    t = Transaction
    return _base(flt, t.occurred_at, t.id).order_by(t.occurred_at.desc(), t.id.desc()).limit(limit)


def transactions(db: Database, household_id: int, *, member_id: int | None = None, kind: str | None = None,
                 since: datetime | None = None, until: datetime | None = None, limit: int = 50,
                 before: Key | None = None) -> list[TxnView]:
    """A member's (or the household's) records, newest first, keyset-paginated: pass the last row's key as
    ``before`` for the next page. The same query path as the history view (:func:`page`)."""
    flt = HistoryFilter(household_id, member_id=member_id, perspective="all" if member_id is None else "own",
                        kinds=frozenset({kind}) if kind is not None else frozenset(), since=since, until=until)
    return page(db, flt, limit, after=before)


__all__ = ["HistoryFilter", "HistoryRow", "Key", "PERSPECTIVES", "PERSPECTIVE_KINDS", "RANGE_PRESETS", "count",
           "page_keys", "page_ids", "rows", "page", "refunds_of", "transaction_row", "transactions", "member_names",
           "date_range", "months_before", "last_months", "escape_like", "where_clause", "explain", "keys_statement",
           "TXN_KINDS"]
