"""Sums over a history filter (Qt-free): the totals line and the monthly chart, each a few GROUP BY queries.

The rows themselves are :mod:`core.history`; this module only adds them up, with the same WHERE terms.
"""
from __future__ import annotations

from sqlalchemy import case, func, select

from core.filters import HistoryFilter
from core.history import _base, where_clause
from core.schema import Account, LedgerEntry, Member, Transaction
from core.store import Database
from core.views import MonthlySeries, Totals

# ----------------------------------------------------------------------------------------------- totals

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
        if pay_flt is not None:
            # One join (no IN-subquery to materialise): the entries of the filtered payments and refunds, per
            # account; the names of everyone concerned in one small query after.
            e = LedgerEntry.__table__.alias("e")  # (an alias: a member filter's own subquery over the entries
            q = (select(e.c.account_id, func.sum(e.c.amount_fen)).select_from(t)  # must not correlate to it)
                 .join(e, e.c.txn_id == t.id).where(*where_clause(pay_flt)).group_by(e.c.account_id))
            per_acct = s.execute(q).all()
            if per_acct:
                owner = dict(s.execute(select(Account.id, Account.member_id)
                                       .where(Account.id.in_([a for a, _ in per_acct]))).all())
                for acct, total in per_acct:
                    by_account[owner[acct]] = by_account.get(owner[acct], 0) - (total or 0)
        wanted = set(by_member) | set(by_account)
        names = dict(s.execute(select(Member.id, Member.name).where(Member.id.in_(wanted))).all()) if wanted else {}
    return Totals(count=n, by_kind=by_kind, out_of_pocket_fen=oop, by_account=by_account, names=names,
                  by_member=by_member)


# ----------------------------------------------------------------------------------------------- monthly series

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


__all__ = ["totals", "monthly_series", "Totals", "MonthlySeries"]
