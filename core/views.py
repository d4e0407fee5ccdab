"""What core hands out: plain frozen dataclasses (never live ORM objects), safe to pass between threads.

A mutation returns an :class:`OpResult` — the value it produced and :class:`Changes`, what it changed — so a
caller refreshes only the views that care. Reads return the views below. Nothing here touches the database.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Generic, TypeVar

from core import ids
from core.profiles import Profile, get_profile

if TYPE_CHECKING:
    from core.rules import PaymentPlan

T = TypeVar("T")

#: A transaction's place in the history: (occurred_at, id), newest first.
Key = tuple[datetime, int]


@dataclass(frozen=True)
class Changes:
    """What a mutation changed, by id. Views refresh when the ids they show appear here."""
    households: frozenset[int] = frozenset()
    members: frozenset[int] = frozenset()
    bindings: frozenset[int] = frozenset()
    #: Users (member ids) whose payment order changed.
    orders: frozenset[int] = frozenset()
    #: Members whose account balance changed.
    balances: frozenset[int] = frozenset()
    transactions: frozenset[int] = frozenset()
    audit: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(*(getattr(self, f) | getattr(other, f) for f in
                         ("households", "members", "bindings", "orders", "balances", "transactions")),
                       audit=self.audit or other.audit)

    @property
    def empty(self) -> bool:
        return self == Changes()


@dataclass(frozen=True)
class OpResult(Generic[T]):
    value: T
    changes: Changes
    #: One sentence for a status bar, in the user's language.
    message: str = ""


@dataclass(frozen=True)
class HouseholdView:
    id: int
    name: str
    profile_id: str
    note: str
    member_count: int

    @property
    def profile(self) -> Profile:
        return get_profile(self.profile_id)


@dataclass(frozen=True)
class MemberView:
    id: int
    household_id: int
    name: str
    id_number: str
    insurance_type: str
    status: str
    region: str
    person_number: str | None
    balance_fen: int | None
    prior_years_fen: int | None

    @property
    def masked_id(self) -> str:
        return ids.mask(self.id_number)

    @property
    def has_account(self) -> bool:
        return self.balance_fen is not None

    @property
    def current_year_fen(self) -> int | None:
        return None if self.balance_fen is None else self.balance_fen - (self.prior_years_fen or 0)


@dataclass(frozen=True)
class BindingView:
    id: int
    household_id: int
    authorizer_id: int
    authorizer_name: str
    user_id: int
    user_name: str
    relation: str
    state: str
    position: int
    bound_at: datetime
    confirmed_at: datetime | None
    ended_at: datetime | None
    ended_by: str | None
    period_start: date | None
    period_end: date | None
    commitment_signed: bool
    proofs: tuple[str, ...]
    #: Who applied / who confirmed: "authorizer", "user", or None (not recorded; no confirmation needed).
    initiated_by: str | None = None
    confirmed_by: str | None = None
    #: The other direction of a two-way binding.
    partner_id: int | None = None

    def in_period(self, day: date) -> bool:
        return (self.period_start is None or self.period_start <= day) and \
            (self.period_end is None or day <= self.period_end)

    @property
    def applicant_name(self) -> str:
        """Who applied (the authorizer, the 主账户, unless recorded otherwise)."""
        return self.user_name if self.initiated_by == "user" else self.authorizer_name

    @property
    def confirmer_name(self) -> str | None:
        """Who must confirm a pending binding (never the applicant), or who confirmed; None: no confirmation."""
        if self.state == "pending":
            return self.authorizer_name if self.initiated_by == "user" else self.user_name
        return {"user": self.user_name, "authorizer": self.authorizer_name}.get(self.confirmed_by or "")

    @property
    def version(self) -> str:
        """The state version: pass it back as ``expected_version`` to unbind/confirm/re-bind (see core.desks)."""
        from core.desks import binding_version
        return binding_version(self.state, self.confirmed_at, self.ended_at)


@dataclass(frozen=True)
class OrderEntry:
    """One pooled account in a user's payment order."""
    binding: BindingView
    balance_fen: int
    prior_years_fen: int
    usable_fen: int
    rank: int  # 1 = charged first after the user's own account


@dataclass(frozen=True)
class Split:
    member_id: int
    member_name: str
    amount_fen: int
    own: bool


def group_splits(entries) -> dict[int, list[Split]]:
    """Ledger-entry rows ``(txn_id, member_id, name, amount_fen, txn kind, txn member_id)`` in charging order ->
    each transaction's splits, one per account holder (a payment's entries count as money taken: positive)."""
    out: dict[int, dict[int, list]] = {}
    for tid, mid, name, amt, kind, owner in entries:
        per = out.setdefault(tid, {})
        sign = -1 if kind == "payment" else 1
        if mid in per:
            per[mid][1] += sign * amt
        else:
            per[mid] = [name, sign * amt, mid == owner]
    return {tid: [Split(mid, v[0], v[1], v[2]) for mid, v in per.items()] for tid, per in out.items()}


@dataclass(frozen=True)
class PaymentPreview:
    user: MemberView
    amount_fen: int
    splits: tuple[Split, ...]
    out_of_pocket_fen: int
    plan: PaymentPlan


@dataclass(frozen=True)
class TxnView:
    """One money record (payment, refund, contribution, correction) as every reader sees it.

    This is THE row type for a transaction: the history pages, the CLI, the payments panel, exports and the
    result of pay/refund/credit/adjust all hand out this class (``core.history.HistoryRow`` is another name for
    it, kept because the history code speaks of rows). One type, so a field added for one reader reaches all.
    """
    id: int
    household_id: int
    kind: str
    member_id: int
    member_name: str
    amount_fen: int
    out_of_pocket_fen: int
    expense_kind: str | None
    note: str
    occurred_at: datetime
    recorded_at: datetime
    refund_of_id: int | None
    #: Per account holder, in charging order. Positive: money out for a payment, in for a refund/credit.
    splits: tuple[Split, ...]
    #: For a payment: how much of it was refunded so far.
    refunded_fen: int = 0

    @property
    def refundable_fen(self) -> int:
        return self.amount_fen - self.refunded_fen if self.kind == "payment" else 0

    @property
    def key(self) -> Key:
        return (self.occurred_at, self.id)

    def split_of(self, member_id: int) -> int:
        return sum(s.amount_fen for s in self.splits if s.member_id == member_id)


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    actor: str
    on_behalf_of: str
    household_id: int | None
    action: str
    summary: str


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


@dataclass(frozen=True)
class MonthlySeries:
    months: tuple[str, ...]  # "YYYY-MM", oldest first
    #: Payments net of refunds, per paying member (the user), one value per month.
    by_member: dict[int, tuple[int, ...]]
    #: Money taken from each account (payments minus refunds), per account holder.
    by_account: dict[int, tuple[int, ...]]
    names: dict[int, str]


__all__ = ["Changes", "OpResult", "HouseholdView", "MemberView", "BindingView", "OrderEntry", "Split",
           "PaymentPreview", "TxnView", "AuditView", "Totals", "MonthlySeries", "Key"]
