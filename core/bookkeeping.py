"""``col.bookkeeping``: keeping the ledger in step with the official app — 对账 (reconcile) and the household's
monthly 划入 (contributions) in one step.

**Reconcile.** The official app is the truth for balances. A person enters what it shows for a member's account on a
day (the current-year 当年 part and, where tracked, the prior-years 历年 part); the ledger's own figures for that day
(the sum of its entries up to the end of the day) are compared, and ONE adjustment record (``kind`` adjustment,
``expense_kind`` :data:`RECONCILE`, shown as 对账调整) books the difference, with both figures in its note and in the
audit log. Nothing is written when there is no difference. When only the split between the parts differs (the total
matches, e.g. the year-end 结转 of 当年 into 历年), a single record cannot carry it (a record's amount is never 0), so
two records are written, one per part — still one database transaction and one audit entry.

**Monthly credits.** :meth:`Bookkeeping.month_plan` proposes this month's 划入 for every member with a personal
account, each amount remembered from the previous month's credits; :meth:`Bookkeeping.credit_month` records the
(edited) amounts in one transaction and refuses a second run for the same month unless ``again=True`` (saying what is
already recorded).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.codes import ADJUSTMENT_REASONS
from core._base import Part
from core.errors import InvalidInput, RuleRefused
from core.i18n import tr
from core.money import check_fen, format_fen
from core.profiles import get_profile
from core.schema import Account, Household, LedgerEntry, Member, Transaction
from core.validate import check_id_int, clean_text
from core.views import Changes, OpResult, TxnView

#: ``expense_kind`` of an adjustment made by reconciling (core.labels shows it as 对账调整).
RECONCILE = ADJUSTMENT_REASONS[0]


@dataclass(frozen=True)
class Reconciliation:
    """Official figures against the ledger's on one day; ``records``: the adjustment(s) written (empty: none)."""
    member_id: int
    member_name: str
    on: date
    official_current_fen: int
    official_prior_fen: int
    ledger_current_fen: int
    ledger_prior_fen: int
    #: True when the prior-years part was entered (else it was taken as the ledger's).
    prior_given: bool
    records: tuple[TxnView, ...] = ()

    @property
    def current_delta_fen(self) -> int:
        return self.official_current_fen - self.ledger_current_fen

    @property
    def prior_delta_fen(self) -> int:
        return self.official_prior_fen - self.ledger_prior_fen

    @property
    def delta_fen(self) -> int:
        return self.current_delta_fen + self.prior_delta_fen

    @property
    def matches(self) -> bool:
        return self.current_delta_fen == 0 and self.prior_delta_fen == 0


@dataclass(frozen=True)
class MonthLine:
    member_id: int
    member_name: str
    #: What was credited last month (the remembered amount proposed for this month).
    last_month_fen: int
    #: What is already credited in this month.
    already_fen: int


@dataclass(frozen=True)
class MonthPlan:
    household_id: int
    month: str  # "YYYY-MM"
    lines: tuple[MonthLine, ...]
    #: Credits already recorded in this month (any member of the household).
    already: tuple[TxnView, ...]


def parse_month(raw: str | date | None, today: date) -> date:
    """The first day of the month meant: "2026-11" (or a date in it); None: this month. Future months refused."""
    if raw is None:
        first = today.replace(day=1)
    elif isinstance(raw, date):
        first = raw.replace(day=1)
    else:
        try:
            first = datetime.strptime(str(raw).strip(), "%Y-%m").date()
        except ValueError:
            raise InvalidInput(tr("\u201c{raw}\u201d is not a month; write it as 2026-11.", raw=str(raw)[:20]),
                               field="month") from None
    if first > today:
        raise InvalidInput(tr("{month} has not begun yet.", month=f"{first:%Y-%m}"), field="month")
    if first.year < 2000:
        raise InvalidInput(tr("The date {d} is too far in the past.", d=f"{first:%Y-%m}"), field="month")
    return first


def _next_month(first: date) -> date:
    return date(first.year + 1, 1, 1) if first.month == 12 else date(first.year, first.month + 1, 1)


def _previous_month(first: date) -> date:
    return date(first.year - 1, 12, 1) if first.month == 1 else date(first.year, first.month - 1, 1)


class Bookkeeping(Part):
    """对账 and the monthly 划入 (see the module docstring)."""

    # ------------------------------------------------------------------ reconcile

    def _day(self, on: date | None) -> tuple[date, datetime]:
        """The day reconciled and the moment its figures are taken at (now for today, else the day's end)."""
        now = self.clock()
        if on is None:
            return now.date(), now
        if isinstance(on, datetime):
            on = on.date()
        if not isinstance(on, date):
            raise InvalidInput(tr("The date must be a date and time."), field="on")
        if on > now.date():
            raise InvalidInput(tr("The date {d} is in the future.", d=on.isoformat()), field="on")
        if on.year < 2000:
            raise InvalidInput(tr("The date {d} is too far in the past.", d=on.isoformat()), field="on")
        return on, (now if on == now.date() else datetime.combine(on, time(23, 59, 59)))

    def _figures(self, s: Session, member_id: int, current_fen: object, prior_fen: object | None,
                 on: date | None) -> tuple[Member, Reconciliation, datetime]:
        current_fen = check_fen(current_fen, field="balance", allow_zero=True)
        if prior_fen is not None:
            prior_fen = check_fen(prior_fen, field="prior", allow_zero=True)
        day, at = self._day(on)
        m = self._member(s, member_id)
        if m.account is None:
            raise RuleRefused(tr("{name} has resident insurance and no personal account.", name=m.name))
        profile = get_profile(s.get(Household, m.household_id).profile_id)
        if prior_fen is None and profile.shareable == "prior_years":
            raise InvalidInput(tr("Under {profile} the current-year and prior-years parts are kept apart; enter the "
                                  "prior-years (历年) balance too.", profile=profile.display_name()), field="prior_fen")
        sums = dict(s.execute(select(LedgerEntry.part, func.coalesce(func.sum(LedgerEntry.amount_fen), 0))
                              .join(Transaction, Transaction.id == LedgerEntry.txn_id)
                              .where(LedgerEntry.account_id == m.account.id, Transaction.occurred_at <= at)
                              .group_by(LedgerEntry.part)).all())
        ledger_prior = int(sums.get("prior", 0))
        ledger_current = int(sums.get("current", 0))
        rec = Reconciliation(m.id, m.name, day, current_fen, ledger_prior if prior_fen is None else prior_fen,
                             ledger_current, ledger_prior, prior_fen is not None)
        return m, rec, at

    def reconcile_preview(self, member_id: int, current_fen: int, prior_fen: int | None = None, *,
                          on: date | None = None) -> Reconciliation:
        """The ledger's figures for the day and the differences; nothing is written."""
        with self.db.read() as s:
            return self._figures(s, member_id, current_fen, prior_fen, on)[1]

    def reconcile(self, member_id: int, current_fen: int, prior_fen: int | None = None, *,
                  on: date | None = None, note: str = "") -> OpResult[Reconciliation]:
        """Make the ledger agree with what the official app shows for ``member_id`` on ``on`` (default today):
        ``current_fen`` is the current-year (当年) part, ``prior_fen`` the prior-years (历年) part (None: as the ledger
        has it; required where the profile shares only 历年). One adjustment record for the difference, audited;
        nothing written (and ``records`` empty) when the figures already agree."""
        note = clean_text(note, field="note", label=tr("the note"), max_len=300, required=False, multiline=True)
        with self.db.write() as s:
            m, rec, at = self._figures(s, member_id, current_fen, prior_fen, on)
            if rec.matches:
                return OpResult(rec, Changes(), tr("{name}'s balance already matches the official app on {day}; "
                                                   "nothing was recorded.", name=m.name, day=rec.on.isoformat()))
            figures = self._figures_text(rec)
            text = tr("Reconciliation of {day}: {figures}", day=rec.on.isoformat(), figures=figures)
            if note:
                text += " — " + note
            parts = [(p, d) for p, d in (("current", rec.current_delta_fen), ("prior", rec.prior_delta_fen)) if d]
            batches = [parts] if rec.delta_fen != 0 else [[p] for p in parts]  # a record's amount is never 0
            txns = []
            for batch in batches:
                txn = self._new_txn(s, m.household_id, "adjustment", m.id, sum(d for _, d in batch),
                                    expense_kind=RECONCILE, note=text, occurred_at=at)
                self._post(s, txn, m.account, batch, 0)
                txns.append(txn)
            s.flush()
            self._audit(s, "ledger.reconcile", tr("Reconciled {name}'s account with the official app ({day}): {figures}",
                                                   name=m.name, day=rec.on.isoformat(), figures=figures),
                        household_id=m.household_id, member_id=m.id, on=rec.on.isoformat(),
                        official_current_fen=rec.official_current_fen, official_prior_fen=rec.official_prior_fen,
                        ledger_current_fen=rec.ledger_current_fen, ledger_prior_fen=rec.ledger_prior_fen,
                        transactions=[t.id for t in txns])
            views = tuple(self._txn_view(s, t) for t in txns)
        rec = Reconciliation(**{**rec.__dict__, "records": views})
        return OpResult(rec, Changes(balances=frozenset({m.id}), transactions=frozenset(v.id for v in views),
                                     audit=True),
                        tr("{name}'s balance corrected by {delta} to match the official app.", name=rec.member_name,
                           delta=format_fen(rec.delta_fen)) if rec.delta_fen else
                        tr("{name}'s current-year and prior-years parts corrected to match the official app.",
                           name=rec.member_name))

    @staticmethod
    def _figures_text(rec: Reconciliation) -> str:
        text = tr("official app: current year {oc}, prior years {op}; ledger: current year {lc}, prior years {lp}",
                  oc=format_fen(rec.official_current_fen), op=format_fen(rec.official_prior_fen),
                  lc=format_fen(rec.ledger_current_fen), lp=format_fen(rec.ledger_prior_fen))
        return text

    # ------------------------------------------------------------------ monthly credits

    def _credits(self, s: Session, household_id: int, first: date) -> list[Transaction]:
        start, end = datetime.combine(first, time()), datetime.combine(_next_month(first), time())
        return list(s.scalars(select(Transaction).where(Transaction.household_id == household_id,
                                                        Transaction.kind == "credit",
                                                        Transaction.occurred_at >= start,
                                                        Transaction.occurred_at < end)
                              .order_by(Transaction.occurred_at, Transaction.id)))

    def _plan(self, s: Session, household_id: int, first: date) -> MonthPlan:
        self._household(s, household_id)
        members = s.scalars(select(Member).join(Account, Account.member_id == Member.id)
                            .where(Member.household_id == household_id).order_by(Member.id)).all()
        last: dict[int, int] = {}
        for t in self._credits(s, household_id, _previous_month(first)):
            last[t.member_id] = last.get(t.member_id, 0) + t.amount_fen
        this = self._credits(s, household_id, first)
        already: dict[int, int] = {}
        for t in this:
            already[t.member_id] = already.get(t.member_id, 0) + t.amount_fen
        lines = tuple(MonthLine(m.id, m.name, last.get(m.id, 0), already.get(m.id, 0)) for m in members)
        return MonthPlan(household_id, f"{first:%Y-%m}", lines, tuple(self._txn_view(s, t) for t in this))

    def month_plan(self, household_id: int, month: str | date | None = None) -> MonthPlan:
        """This month's (or ``month``'s, "YYYY-MM") credits to propose: every member with a personal account, the
        amount credited last month, and what is already recorded in the month."""
        first = parse_month(month, self.clock().date())
        with self.db.read() as s:
            return self._plan(s, household_id, first)

    def credit_month(self, household_id: int, amounts: dict[int, int], month: str | date | None = None, *,
                     again: bool = False, note: str = "") -> OpResult[tuple[TxnView, ...]]:
        """Record the month's 划入 for several members at once (``amounts``: member id → fen; 0 skips a member), in
        ONE transaction, into the current-year part. Refused when credits are already recorded in that month,
        unless ``again`` (the refusal says what is recorded)."""
        today = self.clock()
        first = parse_month(month, today.date())
        note = clean_text(note or tr("monthly contribution {month}", month=f"{first:%Y-%m}"), field="note",
                          label=tr("the note"), max_len=500, required=False, multiline=True)
        if not isinstance(amounts, dict):
            raise InvalidInput(tr("No amounts given."), field="amounts")
        clean = {}
        for mid, fen in amounts.items():
            check_id_int(mid, tr("member"))
            fen = check_fen(fen, field="amount_fen", allow_zero=True)
            if fen:
                clean[mid] = fen
        if not clean:
            raise InvalidInput(tr("Every amount is zero; nothing to record."), field="amounts")
        at = today if first == today.date().replace(day=1) else datetime.combine(first, time(9, 0))
        with self.db.write() as s:
            plan = self._plan(s, household_id, first)
            names = {ln.member_id: ln.member_name for ln in plan.lines}
            for mid in clean:
                if mid not in names:
                    m = self._member(s, mid)  # not found: the usual message
                    if m.household_id != household_id:
                        raise InvalidInput(tr("{name} is not a member of this household.", name=m.name),
                                           field="amounts")
                    raise RuleRefused(tr("{name} has resident insurance and no personal account to credit.",
                                         name=m.name))
            if plan.already and not again:
                listed = "; ".join(f"{t.member_name} {format_fen(t.amount_fen)} ({t.occurred_at:%Y-%m-%d})"
                                   for t in plan.already)
                raise RuleRefused(tr("Contributions for {month} are already recorded: {listed}. Confirm to record "
                                     "them again.", month=plan.month, listed=listed), field="again")
            txns = []
            for mid, fen in clean.items():
                m = s.get(Member, mid)
                txn = self._new_txn(s, household_id, "credit", mid, fen, note=note, occurred_at=at)
                self._post(s, txn, m.account, [("current", fen)], 0)
                txns.append(txn)
            s.flush()
            total = sum(clean.values())
            self._audit(s, "ledger.credit_month", tr("Monthly contributions for {month}: {n} members, {total} in all",
                                                      month=plan.month, n=len(clean), total=format_fen(total)),
                        household_id=household_id, month=plan.month, amounts={str(k): v for k, v in clean.items()},
                        again=bool(plan.already), transactions=[t.id for t in txns])
            views = tuple(self._txn_view(s, t) for t in txns)
        return OpResult(views, Changes(balances=frozenset(clean), transactions=frozenset(v.id for v in views),
                                       audit=True),
                        tr("Contributions for {month} recorded: {n} members, {total} in all.", month=plan.month,
                           n=len(views), total=format_fen(total)))
