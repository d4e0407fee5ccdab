"""The history filter and its periods (Qt-free, no storage): what a person chose to see.

A :class:`HistoryFilter` is checked when it is made, so a bad choice is refused before any query runs.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from core.errors import InvalidInput
from core.i18n import tr
from core.labels import EXPENSE_KINDS, TXN_KINDS

PERSPECTIVES = ("all", "paid_for_me", "paid_from_my_account")
#: Kinds a perspective can show at all (the kinds filter narrows further).
PERSPECTIVE_KINDS = {"all": frozenset(TXN_KINDS), "paid_for_me": frozenset({"payment", "refund"}),
                     "paid_from_my_account": frozenset({"payment", "refund"}),
                     # Not offered as a view: every record a member made themselves (the payments panel, the CLI).
                     "own": frozenset(TXN_KINDS)}
RANGE_PRESETS = ("3m", "6m", "1y", "all", "custom")


# ----------------------------------------------------------------------------------------------- dates

def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (clamped to the month's last day): 2026-05-31 minus 3 → 2026-02-28."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def date_range(preset: str, today: date, start: date | None = None,
               end: date | None = None) -> tuple[datetime | None, datetime | None]:
    """(since, until) for a preset: "3m", "6m", "1y" (last months up to and including today), "all",
    or "custom" (start..end, both days included). ``until`` is exclusive."""
    if preset in ("3m", "6m", "1y"):
        return last_months({"3m": 3, "6m": 6, "1y": 12}[preset], today)
    if preset == "all":
        return None, None
    if preset == "custom":
        if start is not None and end is not None and end < start:
            raise InvalidInput(tr("The period ends ({end}) before it starts ({start}).", end=end.isoformat(),
                                  start=start.isoformat()), field="until")
        since = datetime.combine(start, datetime.min.time()) if start else None
        until = datetime.combine(end + timedelta(days=1), datetime.min.time()) if end else None
        return since, until
    raise InvalidInput(tr("Unknown period {p}.", p=preset), field="period")


def last_months(months: int, today: date) -> tuple[datetime, datetime]:
    """The last ``months`` months up to and including today, as (since, until-exclusive)."""
    return (datetime.combine(months_before(today, months), datetime.min.time()),
            datetime.combine(today + timedelta(days=1), datetime.min.time()))


# ----------------------------------------------------------------------------------------------- the filter

@dataclass(frozen=True)
class HistoryFilter:
    household_id: int
    member_id: int | None = None
    perspective: str = "all"
    #: Empty: every kind the perspective shows.
    kinds: frozenset[str] = frozenset()
    since: datetime | None = None
    #: Exclusive.
    until: datetime | None = None
    #: Free text searched in the note (substring, case-insensitive for ASCII).
    text: str = ""
    #: Expense kinds (门诊 "outpatient", 住院 "inpatient", 药店 "pharmacy" … — core.schema.EXPENSE_KINDS); empty: any.
    #: A refund carries its payment's expense kind, so it is shown with it; contributions and adjustments have none.
    expenses: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.perspective not in PERSPECTIVE_KINDS:
            raise InvalidInput(tr("Unknown view {p}.", p=self.perspective), field="perspective")
        if self.perspective != "all" and self.member_id is None:
            raise InvalidInput(tr("Choose a member for this view."), field="member_id")
        bad = set(self.kinds) - set(TXN_KINDS)
        if bad:
            raise InvalidInput(tr("Unknown record kind {k}.", k=", ".join(sorted(bad))), field="kinds")
        object.__setattr__(self, "kinds", frozenset(self.kinds))
        bad = set(self.expenses) - set(EXPENSE_KINDS)
        if bad:
            raise InvalidInput(tr("Unknown expense kind {k}.", k=", ".join(sorted(bad))), field="expenses")
        object.__setattr__(self, "expenses", frozenset(self.expenses))
        if self.since and self.until and self.until <= self.since:
            raise InvalidInput(tr("The period ends before it starts."), field="until")

    def with_(self, **kw: object) -> HistoryFilter:
        return replace(self, **kw)  # type: ignore[arg-type]

    @property
    def effective_kinds(self) -> frozenset[str]:
        allowed = PERSPECTIVE_KINDS[self.perspective]
        return allowed & self.kinds if self.kinds else allowed
