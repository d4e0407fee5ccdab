"""A member's (or a household's) newest records without the ORM (private to core): ``col.history.transactions``
as the window's first screen asks it (the payments panel), in plain SQL over the DB-API connection.

The same rows as :func:`core.history.transactions` (``tests/core/test_read_model.py`` compares them): newest
first, with the refunded sum of a payment and each record's splits in charging order. Asked with a period
(``since``/``until``), it hands over to :mod:`core.history`, the one keyset query path for everything else.
"""
from __future__ import annotations

from datetime import datetime

from core.context import Context
from core.reads import _dt, cursor
from core.reads_window import _ROWS, _newest_first, _splits
from core.views import TxnView

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: a CLI call would pay ~3 ms)
if TYPE_CHECKING:
    from typing import Any



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
        sql, params = _newest_first(sql, params, before, limit)
        with cursor(self.db) as (cur, style):
            cur.execute(sql if style == "qmark" else sql.replace("?", "%s"), params)
            got = cur.fetchall()
            splits = _splits(cur, style, [g[0] for g in got]) if got else {}
        return [TxnView(g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8], _dt(g[9]), _dt(g[10]), g[11],
                        splits=tuple(splits.get(g[0], ())), refunded_fen=g[12] or 0) for g in got]


__all__ = ["HistoryReads"]
