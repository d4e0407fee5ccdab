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

Every filter is served by an index (see core/schema.py and migration 0002); tests check the query plans.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from core.errors import InvalidInput
from core.i18n import tr
from core.schema import TXN_KINDS, Account, AuditEvent, LedgerEntry, Member, Transaction
from core.service import AuditView, Gongji, Split
from core.store import Database

PERSPECTIVES = ("all", "paid_for_me", "paid_from_my_account")
#: Kinds a perspective can show at all (the kinds filter narrows further).
PERSPECTIVE_KINDS = {"all": frozenset(TXN_KINDS), "paid_for_me": frozenset({"payment", "refund"}),
                     "paid_from_my_account": frozenset({"payment", "refund"})}
RANGE_PRESETS = ("3m", "6m", "1y", "all", "custom")


def perspective_label(p: str) -> str:
    return {"all": tr("all records"), "paid_for_me": tr("how my payments were covered"),
            "paid_from_my_account": tr("paid from my account for others")}.get(p, p)


def kind_label(kind: str) -> str:
    return {"payment": tr("payment"), "refund": tr("refund"), "credit": tr("contribution"),
            "adjustment": tr("correction")}.get(kind, kind)


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

    def __post_init__(self) -> None:
        if self.perspective not in PERSPECTIVES:
            raise InvalidInput(tr("Unknown view {p}.", p=self.perspective), field="perspective")
        if self.perspective != "all" and self.member_id is None:
            raise InvalidInput(tr("Choose a member for this view."), field="member_id")
        bad = set(self.kinds) - set(TXN_KINDS)
        if bad:
            raise InvalidInput(tr("Unknown record kind {k}.", k=", ".join(sorted(bad))), field="kinds")
        object.__setattr__(self, "kinds", frozenset(self.kinds))
        if self.since and self.until and self.until <= self.since:
            raise InvalidInput(tr("The period ends before it starts."), field="until")

    def with_(self, **kw: object) -> HistoryFilter:
        return replace(self, **kw)  # type: ignore[arg-type]

    @property
    def effective_kinds(self) -> frozenset[str]:
        allowed = PERSPECTIVE_KINDS[self.perspective]
        return allowed & self.kinds if self.kinds else allowed


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _account_of(member_id: int):
    return select(Account.id).where(Account.member_id == member_id).scalar_subquery()


def where_clause(flt: HistoryFilter) -> list[ColumnElement[bool]]:
    """The WHERE terms of a filter over ``transactions``."""
    t = Transaction
    conds: list[ColumnElement[bool]] = [t.household_id == flt.household_id]
    kinds = flt.effective_kinds
    if kinds != frozenset(TXN_KINDS):
        conds.append(t.kind.in_(sorted(kinds)) if len(kinds) > 1 else t.kind == next(iter(kinds)))
    if flt.since is not None:
        conds.append(t.occurred_at >= flt.since)
    if flt.until is not None:
        conds.append(t.occurred_at < flt.until)
    text = flt.text.strip()
    if text:
        conds.append(t.note.like(f"%{escape_like(text)}%", escape="\\"))
    m = flt.member_id
    if m is not None:
        touched = t.id.in_(select(LedgerEntry.txn_id).where(LedgerEntry.account_id == _account_of(m)))
        if flt.perspective == "paid_for_me":
            conds.append(t.member_id == m)
        elif flt.perspective == "paid_from_my_account":
            conds += [t.member_id != m, touched]
        else:
            conds.append(or_(t.member_id == m, touched))
    return conds


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

@dataclass(frozen=True)
class HistoryRow:
    id: int
    kind: str
    member_id: int
    member_name: str
    amount_fen: int
    out_of_pocket_fen: int
    expense_kind: str | None
    note: str
    occurred_at: datetime
    refund_of_id: int | None
    #: For a payment: how much of it was refunded so far.
    refunded_fen: int
    #: Per account holder, in charging order. Positive: money out for a payment, in for a refund/credit.
    splits: tuple[Split, ...]

    @property
    def key(self) -> tuple[datetime, int]:
        return (self.occurred_at, self.id)

    def split_of(self, member_id: int) -> int:
        return sum(s.amount_fen for s in self.splits if s.member_id == member_id)


def count(db: Database, flt: HistoryFilter) -> int:
    with db.read() as s:
        return s.scalar(_base(flt, func.count()).select_from(Transaction)) or 0


Key = tuple[datetime, int]


def page_keys(db: Database, flt: HistoryFilter, limit: int, *, after: Key | None = None,
              before: Key | None = None, offset: int | None = None) -> list[Key]:
    """One window of keys, newest first (occurred_at desc, id desc).

    ``after``: the keys that follow a known key (keyset, the normal way down). ``before``: the keys just above a
    known key, still returned newest first (scrolling up). ``offset``: a jump to an arbitrary row."""
    t = Transaction
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
    out: dict[int, dict[int, list]] = {}
    q = (select(LedgerEntry.txn_id, Account.member_id, Member.name, LedgerEntry.amount_fen, Transaction.kind,
                Transaction.member_id)
         .join(Account, Account.id == LedgerEntry.account_id).join(Member, Member.id == Account.member_id)
         .join(Transaction, Transaction.id == LedgerEntry.txn_id)
         .where(LedgerEntry.txn_id.in_(ids)).order_by(LedgerEntry.txn_id, LedgerEntry.seq))
    for tid, mid, name, amt, kind, owner in s.execute(q):
        per = out.setdefault(tid, {})
        sign = -1 if kind == "payment" else 1
        if mid in per:
            per[mid][1] += sign * amt
        else:
            per[mid] = [name, sign * amt, mid == owner]
    return {tid: [Split(mid, v[0], v[1], v[2]) for mid, v in per.items()] for tid, per in out.items()}


def _row_columns():
    t = Transaction
    r = aliased(Transaction)
    refunded = (select(func.coalesce(func.sum(r.amount_fen), 0)).where(r.refund_of_id == t.id)
                .correlate(t).scalar_subquery())
    return (t.id, t.kind, t.member_id, Member.name, t.amount_fen, t.out_of_pocket_fen, t.expense_kind, t.note,
            t.occurred_at, t.refund_of_id, case((t.kind == "payment", refunded), else_=literal(0)))


def rows(db: Database, ids: Sequence[int]) -> list[HistoryRow]:
    """The rows for ``ids`` in the given order: one query for the rows, one for all their splits."""
    ids = list(ids)
    if not ids:
        return []
    q = select(*_row_columns()).join(Member, Member.id == Transaction.member_id).where(Transaction.id.in_(ids))
    with db.read() as s:
        found = {row[0]: row for row in s.execute(q)}
        splits = _splits_for(s, ids)
    return [HistoryRow(*found[i][:10], refunded_fen=found[i][10] or 0, splits=tuple(splits.get(i, ())))
            for i in ids if i in found]


def page(db: Database, flt: HistoryFilter, limit: int = 50, *, after: Key | None = None,
         before: Key | None = None, offset: int | None = None) -> list[HistoryRow]:
    """One window of whole rows, newest first (same windows as :func:`page_keys`): one query for the rows
    (filter, order and limit in SQL), one for their splits."""
    t = Transaction
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
    return [HistoryRow(*g[:10], refunded_fen=g[10] or 0, splits=tuple(splits.get(g[0], ()))) for g in got]


def member_names(db: Database, household_id: int) -> list[tuple[int, str]]:
    """(id, name) of the household's members, in the order they were added (one light query)."""
    with db.read() as s:
        return [(i, n) for i, n in s.execute(select(Member.id, Member.name)
                                             .where(Member.household_id == household_id).order_by(Member.id))]


def transaction_row(db: Database, txn_id: int) -> HistoryRow | None:
    got = rows(db, [txn_id])
    return got[0] if got else None


def refunds_of(db: Database, payment_id: int) -> list[HistoryRow]:
    """The refunds linked to a payment, oldest first."""
    with db.read() as s:
        ids = list(s.scalars(select(Transaction.id).where(Transaction.refund_of_id == payment_id)
                             .order_by(Transaction.occurred_at, Transaction.id)))
    return rows(db, ids)


# ----------------------------------------------------------------------------------------------- totals

@dataclass(frozen=True)
class Totals:
    count: int
    #: Sum of amounts per kind (adjustments signed).
    by_kind: dict[str, int]
    #: Out of pocket: payments' out-of-pocket minus what refunds gave back out of pocket.
    out_of_pocket_fen: int
    #: Per account holder (member id): net money taken by payments minus returned by refunds.
    by_account: dict[int, int]
    names: dict[int, str] = field(default_factory=dict)
    #: Per member who paid (the user): payments minus refunds.
    by_member: dict[int, int] = field(default_factory=dict)

    @property
    def paid_fen(self) -> int:
        """Payments minus refunds."""
        return self.by_kind.get("payment", 0) - self.by_kind.get("refund", 0)


def totals(db: Database, flt: HistoryFilter) -> Totals:
    t = Transaction
    with db.read() as s:
        by_kind: dict[str, int] = {}
        by_member: dict[int, int] = {}
        n = 0
        oop = 0
        for kind, mid, c, amt, o in s.execute(_base(flt, t.kind, t.member_id, func.count(), func.sum(t.amount_fen),
                                                    func.sum(t.out_of_pocket_fen)).group_by(t.kind, t.member_id)):
            by_kind[kind] = by_kind.get(kind, 0) + (amt or 0)
            n += c
            oop += (o or 0) * (-1 if kind == "refund" else 1 if kind == "payment" else 0)
            if kind in ("payment", "refund"):
                by_member[mid] = by_member.get(mid, 0) + (amt or 0) * (-1 if kind == "refund" else 1)
        pay_flt = flt.with_(kinds=flt.effective_kinds & {"payment", "refund"}) \
            if flt.effective_kinds & {"payment", "refund"} else None
        by_account: dict[int, int] = {}
        names: dict[int, str] = {}
        if pay_flt is not None:
            sub = _base(pay_flt, t.id).subquery()
            q = (select(Account.member_id, Member.name, func.sum(LedgerEntry.amount_fen))
                 .select_from(LedgerEntry).join(sub, sub.c.id == LedgerEntry.txn_id)
                 .join(Account, Account.id == LedgerEntry.account_id).join(Member, Member.id == Account.member_id)
                 .group_by(Account.member_id, Member.name))
            for mid, name, total in s.execute(q):
                by_account[mid] = -(total or 0)
                names[mid] = name
        missing = set(by_member) - set(names)
        if missing:
            names.update(s.execute(select(Member.id, Member.name).where(Member.id.in_(missing))).all())
    return Totals(count=n, by_kind=by_kind, out_of_pocket_fen=oop, by_account=by_account, names=names,
                  by_member=by_member)


# ----------------------------------------------------------------------------------------------- monthly series

@dataclass(frozen=True)
class MonthlySeries:
    months: tuple[str, ...]  # "YYYY-MM", oldest first
    #: Payments net of refunds, per paying member (the user), one value per month.
    by_member: dict[int, tuple[int, ...]]
    #: Money taken from each account (payments minus refunds), per account holder.
    by_account: dict[int, tuple[int, ...]]
    names: dict[int, str]


def _month_expr(db: Database, col):
    if db.is_sqlite:
        return func.strftime("%Y-%m", col)
    return func.to_char(col, "YYYY-MM")


def _month_span(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def monthly_series(db: Database, flt: HistoryFilter) -> MonthlySeries:
    """Per month: payments net of refunds by paying member, and money taken per account."""
    kinds = flt.effective_kinds & {"payment", "refund"}
    if not kinds:
        return MonthlySeries((), {}, {}, {})
    f = flt.with_(kinds=kinds)
    t = Transaction
    month = _month_expr(db, t.occurred_at)
    sign = case((t.kind == "refund", -1), else_=1)
    by_member: dict[int, dict[str, int]] = {}
    by_account: dict[int, dict[str, int]] = {}
    names: dict[int, str] = {}
    months: set[str] = set()
    with db.read() as s:
        q = (_base(f, month.label("m"), t.member_id, func.sum(sign * t.amount_fen)).group_by("m", t.member_id))
        for m, mid, v in s.execute(q):
            by_member.setdefault(mid, {})[m] = v or 0
            months.add(m)
        sub = _base(f, t.id, month.label("m")).subquery()
        q2 = (select(sub.c.m, Account.member_id, func.sum(LedgerEntry.amount_fen)).select_from(LedgerEntry)
              .join(sub, sub.c.id == LedgerEntry.txn_id).join(Account, Account.id == LedgerEntry.account_id)
              .group_by(sub.c.m, Account.member_id))
        for m, mid, v in s.execute(q2):
            by_account.setdefault(mid, {})[m] = -(v or 0)
            months.add(m)
        wanted = set(by_member) | set(by_account)
        if wanted:
            names = dict(s.execute(select(Member.id, Member.name).where(Member.id.in_(wanted))).all())
    span = _month_span(min(months), max(months)) if months else []
    return MonthlySeries(tuple(span), {k: tuple(v.get(m, 0) for m in span) for k, v in sorted(by_member.items())},
                         {k: tuple(v.get(m, 0) for m in span) for k, v in sorted(by_account.items())}, names)


# ----------------------------------------------------------------------------------------------- audit log

def audit_count(db: Database, household_id: int | None, *, actions: Iterable[str] = ()) -> int:
    q = select(func.count()).select_from(AuditEvent)
    if household_id is not None:
        q = q.where(AuditEvent.household_id == household_id)
    acts = list(actions)
    if acts:
        q = q.where(AuditEvent.action.in_(acts))
    with db.read() as s:
        return s.scalar(q) or 0


def audit_page(db: Database, household_id: int | None, *, limit: int = 100, before: tuple[datetime, int] | None = None,
               actions: Iterable[str] = ()) -> list[AuditView]:
    """Setup changes (bind, unbind, reorder ...), newest first, keyset-paginated like the transactions."""
    e = AuditEvent
    q = select(e)
    if household_id is not None:
        q = q.where(e.household_id == household_id)
    acts = list(actions)
    if acts:
        q = q.where(e.action.in_(acts))
    if before is not None:
        at, i = before
        q = q.where(or_(e.at < at, and_(e.at == at, e.id < i)))
    q = q.order_by(e.at.desc(), e.id.desc()).limit(limit)
    with db.read() as s:
        return [AuditView(x.id, x.at, x.actor, x.on_behalf_of, x.household_id, x.action, x.summary)
                for x in s.scalars(q)]


def explain(db: Database, stmt: Select) -> list[str]:
    """SQLite's EXPLAIN QUERY PLAN lines for a statement (tests use it to prove a filter uses an index)."""
    compiled = stmt.compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as conn:
        return [r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]


def keys_statement(flt: HistoryFilter, limit: int = 50) -> Select:
    t = Transaction
    return _base(flt, t.occurred_at, t.id).order_by(t.occurred_at.desc(), t.id.desc()).limit(limit)


__all__ = ["HistoryFilter", "HistoryRow", "Totals", "MonthlySeries", "PERSPECTIVES", "RANGE_PRESETS", "count",
           "page_keys", "page_ids", "rows", "page", "totals", "monthly_series", "refunds_of", "transaction_row",
           "audit_page", "audit_count", "member_names", "date_range", "months_before", "last_months", "escape_like",
           "perspective_label", "kind_label", "explain", "keys_statement", "Gongji"]
