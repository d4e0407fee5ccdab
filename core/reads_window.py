"""The household's window of records in plain SQL over the DB-API connection (private to core, no ORM): the
prepared statement behind the payments panel (:mod:`core.reads_history`) and the history view's first window
(:func:`core.history.page` for a filter with no member, kind, text or expense term). SQLite only."""
from __future__ import annotations

from datetime import datetime

from core.reads import _dt, cursor
from core.views import Split, TxnView, group_splits

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: a CLI call would pay ~3 ms)
if TYPE_CHECKING:
    from typing import Any

_SELECT = ("SELECT t.id, t.household_id, t.kind, t.member_id, m.name, t.amount_fen, t.out_of_pocket_fen, "
           "t.expense_kind, t.note, t.occurred_at, t.recorded_at, t.refund_of_id, "
           "CASE WHEN t.kind = 'payment' THEN (SELECT coalesce(sum(r.amount_fen), 0) FROM transactions r "
           "WHERE r.refund_of_id = t.id) ELSE 0 END "
           "FROM transactions t JOIN members m ON m.id = t.member_id")
_BY_ID = _SELECT + " WHERE t.id IN ({marks})"
_ROWS = _SELECT + " WHERE t.household_id = ?"
_SPLITS = ("SELECT e.txn_id, a.member_id, m.name, e.amount_fen, t.kind, t.member_id FROM ledger_entries e "
           "JOIN accounts a ON a.id = e.account_id JOIN members m ON m.id = a.member_id "
           "JOIN transactions t ON t.id = e.txn_id WHERE e.txn_id IN ({marks}) ORDER BY e.txn_id, e.seq")


def _newest_first(sql: str, params: list, older_than: tuple[datetime, int] | None, limit: int) -> tuple[str, list]:
    """The window's tail: only rows older than the key ``(occurred_at, id)`` when one is given (keyset), newest
    first, at most ``limit``."""
    if older_than is not None:
        at, i = older_than
        sql += " AND (t.occurred_at < ? OR (t.occurred_at = ? AND t.id < ?))"
        params = params + [_stored(at), _stored(at), int(i)]
    return sql + " ORDER BY t.occurred_at DESC, t.id DESC LIMIT ?", params + [max(0, int(limit))]


def _stored(at: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite (what the column's text compares against)."""
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


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
    sql, params = _newest_first(sql, params, after, limit)
    with cursor(db) as (cur, style):
        cur.execute(sql, params)
        got = cur.fetchall()
        splits = _splits(cur, style, [g[0] for g in got]) if got else {}
    return [_view(g, splits) for g in got]


def rows_by_id(db: Any, ids: list[int]) -> list[TxnView]:
    """The rows for ``ids`` in the given order (ids not found are left out): :func:`core.history.rows` in plain
    SQL (a "paid from my account" window and an OFFSET jump read their rows so). SQLite only."""
    found: dict[int, tuple] = {}
    with cursor(db) as (cur, style):
        for start in range(0, len(ids), 500):
            chunk = [int(i) for i in ids[start:start + 500]]
            cur.execute(_BY_ID.format(marks=", ".join("?" * len(chunk))), chunk)
            found.update((g[0], g) for g in cur.fetchall())
        splits = _splits(cur, style, list(found)) if found else {}
    return [_view(found[i], splits) for i in ids if i in found]


def _view(g: tuple, splits: dict[int, list[Split]]) -> TxnView:
    return TxnView(g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], _dt(g[9]), _dt(g[10]), g[11],
                   splits=tuple(splits.get(g[0], ())), refunded_fen=g[12] or 0)


def _splits(cur: Any, style: str, ids: list[int]) -> dict[int, list[Split]]:
    out: dict[int, list[Split]] = {}
    for start in range(0, len(ids), 500):  # a transaction's entries all come in its own chunk
        chunk = ids[start:start + 500]
        sql = _SPLITS.format(marks=", ".join("?" * len(chunk)))
        cur.execute(sql if style == "qmark" else sql.replace("?", "%s"), chunk)
        out.update(group_splits(cur.fetchall()))
    return out


__all__ = ["household_page", "rows_by_id"]
