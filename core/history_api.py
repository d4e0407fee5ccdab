"""``col.history``: the ledger's records, read a page at a time, and what they add up to.

Thin: the queries are :mod:`core.history` (rows, pages, keys — the one keyset query path) and
:mod:`core.totals` (totals, monthly series); this binds them to the open ledger. A later read model can replace
those two modules without changing this face.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from core import history as _h
from core import totals as _t
from core._base import Part
from core.csvio import export_csv
from core.filters import HistoryFilter, date_range
from core.members import Members
from core.views import Key, MonthlySeries, Totals, TxnView


class History(Part):
    """Reading the history of one ledger."""

    def transactions(self, household_id: int, *, member_id: int | None = None, kind: str | None = None,
                     since: datetime | None = None, until: datetime | None = None, limit: int = 50,
                     before: Key | None = None) -> list[TxnView]:
        """Newest first, keyset-paginated: pass the last row's ``key`` as ``before`` for the next page. With a
        member: the records that member made (payments, refunds, contributions, corrections of their account)."""
        return _h.transactions(self.db, household_id, member_id=member_id, kind=kind, since=since, until=until,
                               limit=limit, before=before)

    def count(self, flt: HistoryFilter) -> int:
        return _h.count(self.db, flt)

    def page(self, flt: HistoryFilter, limit: int = 50, *, after: Key | None = None, before: Key | None = None,
             offset: int | None = None) -> list[TxnView]:
        return _h.page(self.db, flt, limit, after=after, before=before, offset=offset)

    def page_keys(self, flt: HistoryFilter, limit: int, *, after: Key | None = None, before: Key | None = None,
                  offset: int | None = None) -> list[Key]:
        return _h.page_keys(self.db, flt, limit, after=after, before=before, offset=offset)

    def rows(self, ids: Sequence[int]) -> list[TxnView]:
        return _h.rows(self.db, ids)

    def row(self, txn_id: int) -> TxnView | None:
        return _h.transaction_row(self.db, txn_id)

    def refunds_of(self, payment_id: int) -> list[TxnView]:
        return _h.refunds_of(self.db, payment_id)

    def member_names(self, household_id: int) -> list[tuple[int, str]]:
        return _h.member_names(self.db, household_id)

    def totals(self, flt: HistoryFilter) -> Totals:
        return _t.totals(self.db, flt)

    def monthly_series(self, flt: HistoryFilter) -> MonthlySeries:
        return _t.monthly_series(self.db, flt)

    def date_range(self, preset: str, start: date | None = None, end: date | None = None
                   ) -> tuple[datetime | None, datetime | None]:
        """(since, until) of a period preset, counted from the ledger clock's today."""
        return date_range(preset, self.clock().date(), start, end)

    def export_csv(self, path: str | Path, flt: HistoryFilter) -> int:
        """Write the filtered history to a CSV file (ID numbers masked). Returns the number of records."""
        return export_csv(self.db, Members(self._ctx).list(flt.household_id), path, flt)
