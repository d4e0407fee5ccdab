"""The views of money records and mutation results (re-exported by :mod:`core.views`, which loads this module on
first use: import them from there). Frozen value classes (:func:`core.record.frozen`: what ``@dataclass(frozen=True)``
makes, without compiling six methods per class at import — the window imports this module before its first paint)."""
from __future__ import annotations

from datetime import datetime
from typing import Generic, TypeVar

from core.record import factory, frozen

T = TypeVar("T")

#: A transaction's place in the history: (occurred_at, id), newest first.
Key = tuple[datetime, int]


@frozen
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


@frozen
class OpResult(Generic[T]):
    value: T
    changes: Changes
    #: One sentence for a status bar, in the user's language.
    message: str = ""


@frozen
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


@frozen
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


@frozen
class AuditView:
    id: int
    at: datetime
    actor: str
    on_behalf_of: str
    household_id: int | None
    action: str
    summary: str


@frozen
class Totals:
    count: int
    #: Sum of amounts per kind (adjustments signed).
    by_kind: dict[str, int]
    #: Out of pocket: payments' out-of-pocket minus what refunds gave back out of pocket.
    out_of_pocket_fen: int
    #: Per account holder (member id): net money taken by payments minus returned by refunds.
    by_account: dict[int, int]
    names: dict[int, str] = factory(dict)
    #: Per member who paid (the user): payments minus refunds.
    by_member: dict[int, int] = factory(dict)

    @property
    def paid_fen(self) -> int:
        """Payments minus refunds."""
        return self.by_kind.get("payment", 0) - self.by_kind.get("refund", 0)


@frozen
class MonthlySeries:
    months: tuple[str, ...]  # "YYYY-MM", oldest first
    #: Payments net of refunds, per paying member (the user), one value per month.
    by_member: dict[int, tuple[int, ...]]
    #: Money taken from each account (payments minus refunds), per account holder.
    by_account: dict[int, tuple[int, ...]]
    names: dict[int, str]


__all__ = ["Changes", "OpResult", "Split", "group_splits", "TxnView", "AuditView", "Totals", "MonthlySeries", "Key"]
