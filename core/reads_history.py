"""A member's (or a household's) newest records without the ORM (private to core): ``col.history.transactions``
as the window's first screen asks it (the payments panel), in plain SQL over the DB-API connection.

The same rows as :func:`core.history.transactions` (``tests/core/test_read_model.py`` compares them): newest
first, with the refunded sum of a payment and each record's splits in charging order. Asked with a period
(``since``/``until``), it hands over to :mod:`core.history`, the one keyset query path for everything else.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from core.context import Context
from core.reads import _dt, cursor
from core.views import Split, TxnView

_ROWS = ("SELECT t.id, t.household_id, t.kind, t.member_id, m.name, t.amount_fen, t.out_of_pocket_fen, "
         "t.expense_kind, t.note, t.occurred_at, t.recorded_at, t.refund_of_id, "
         "CASE WHEN t.kind = 'payment' THEN (SELECT coalesce(sum(r.amount_fen), 0) FROM transactions r "
         "WHERE r.refund_of_id = t.id) ELSE 0 END "
         "FROM transactions t JOIN members m ON m.id = t.member_id WHERE t.household_id = ?")
_SPLITS = ("SELECT e.txn_id, a.member_id, m.name, e.amount_fen, t.kind, t.member_id FROM ledger_entries e "
           "JOIN accounts a ON a.id = e.account_id JOIN members m ON m.id = a.member_id "
           "JOIN transactions t ON t.id = e.txn_id WHERE e.txn_id IN ({marks}) ORDER BY e.txn_id, e.seq")


def _stored(at: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite (what the column's text compares against)."""
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


class HistoryReads:
    """The read half of ``col.history`` (the rest is :class:`core.history_api.History`)."""

    def __init__(self, ctx: Context):
        self._ctx = ctx

    @property
    def db(self) -> Any:
        return self._ctx.db

    def transactions(self, household_id: int, *, member_id: int | None = None, kind: str | None = None,
                     since: datetime | None = None, until: datetime | None = None, limit: int = 50,
                     before: tuple[datetime, int] | None = None) -> list[TxnView]:
        """Newest first; see :meth:`core.history_api.History.transactions`."""
        if since is not None or until is not None or not getattr(self.db, "is_sqlite", False):
            from core import history as _h
            return _h.transactions(self.db, household_id, member_id=member_id, kind=kind, since=since,
                                   until=until, limit=limit, before=before)
        from core.validate import check_id_int
        sql, params = _ROWS, [check_id_int(household_id, "household_id")]
        if member_id is not None:
            sql += " AND t.member_id = ?"
            params.append(check_id_int(member_id, "member_id"))
        if kind is not None:
            sql += " AND t.kind = ?"
            params.append(str(kind))
        if before is not None:
            at, i = before
            sql += " AND (t.occurred_at < ? OR (t.occurred_at = ? AND t.id < ?))"
            params += [_stored(at), _stored(at), int(i)]
        sql += " ORDER BY t.occurred_at DESC, t.id DESC LIMIT ?"
        params.append(max(0, int(limit)))
        with cursor(self.db) as (cur, style):
            cur.execute(sql if style == "qmark" else sql.replace("?", "%s"), params)
            got = cur.fetchall()
            splits = _splits(cur, style, [g[0] for g in got]) if got else {}
        return [TxnView(g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], _dt(g[9]), _dt(g[10]), g[11],
                        splits=tuple(splits.get(g[0], ())), refunded_fen=g[12] or 0) for g in got]


def household_page(db: Any, household_id: int, limit: int, *, after: tuple[datetime, int] | None = None,
                   since: datetime | None = None, until: datetime | None = None) -> list[TxnView]:
    """One window of the household's records, newest first, after the key ``after`` (keyset), within
    [since, until): :func:`core.history.page` for a filter with no member, kind, text or expense term, in plain SQL
    (the history view's first window; issue #11: nothing a person waits on pays for the ORM). SQLite only."""
    sql, params = _ROWS, [int(household_id)]
    if since is not None:
        sql += " AND t.occurred_at >= ?"
        params.append(_stored(since))
    if until is not None:
        sql += " AND t.occurred_at < ?"
        params.append(_stored(until))
    if after is not None:
        at, i = after
        sql += " AND (t.occurred_at < ? OR (t.occurred_at = ? AND t.id < ?))"
        params += [_stored(at), _stored(at), int(i)]
    sql += " ORDER BY t.occurred_at DESC, t.id DESC LIMIT ?"
    params.append(max(0, int(limit)))
    with cursor(db) as (cur, style):
        cur.execute(sql, params)
        got = cur.fetchall()
        splits = _splits(cur, style, [g[0] for g in got]) if got else {}
    return [TxnView(g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], _dt(g[9]), _dt(g[10]), g[11],
                    splits=tuple(splits.get(g[0], ())), refunded_fen=g[12] or 0) for g in got]


def _splits(cur: Any, style: str, ids: list[int]) -> dict[int, list[Split]]:
    out: dict[int, dict[int, list]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = _SPLITS.format(marks=", ".join("?" * len(chunk)))
        cur.execute(sql if style == "qmark" else sql.replace("?", "%s"), chunk)
        for tid, mid, name, amt, kind, owner in cur.fetchall():
            per = out.setdefault(tid, {})
            sign = -1 if kind == "payment" else 1
            if mid in per:
                per[mid][1] += sign * amt
            else:
                per[mid] = [name, sign * amt, mid == owner]
    return {tid: [Split(mid, v[0], v[1], v[2]) for mid, v in per.items()] for tid, per in out.items()}


__all__ = ["HistoryReads"]
