"""What core hands out: plain frozen dataclasses (never live ORM objects), safe to pass between threads.

A mutation returns an :class:`OpResult` — the value it produced and :class:`Changes`, what it changed — so a
caller refreshes only the views that care. Reads return the views below. Nothing here touches the database.

The views a list command needs (households, members, bindings, a payment order) are defined here; the others
(:class:`Changes`, :class:`OpResult`, :class:`TxnView`, :class:`Split`, totals …) live in :mod:`core.views_records`
and are imported from here as usual (``from core.views import TxnView``): that module is loaded on first use, so
``gongji households`` does not pay for building a dozen classes it never uses.
"""
from __future__ import annotations

from core.record import frozen
from datetime import date, datetime

from core import ids
from core.profiles import Profile, get_profile

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing, which costs the CLI ~3 ms)
if TYPE_CHECKING:
    from core.rules import PaymentPlan
    from core.views_records import (AuditView, Changes, Key, MonthlySeries, OpResult, Split, Totals, TxnView,
                                    group_splits)

#: Defined in core.views_records, loaded on first use.
_RECORDS = ("Changes", "OpResult", "Split", "group_splits", "TxnView", "AuditView", "Totals", "MonthlySeries", "Key")


def __getattr__(name: str) -> object:
    if name in _RECORDS:
        from core import views_records
        value = getattr(views_records, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'core.views' has no attribute {name!r}")


@frozen
class HouseholdView:
    id: int
    name: str
    profile_id: str
    note: str
    member_count: int

    @property
    def profile(self) -> Profile:
        return get_profile(self.profile_id)


@frozen
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


@frozen
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


@frozen
class OrderEntry:
    """One pooled account in a user's payment order."""
    binding: BindingView
    balance_fen: int
    prior_years_fen: int
    usable_fen: int
    rank: int  # 1 = charged first after the user's own account


@frozen
class PaymentPreview:
    user: MemberView
    amount_fen: int
    splits: tuple[Split, ...]
    out_of_pocket_fen: int
    plan: PaymentPlan


__all__ = ["Changes", "OpResult", "HouseholdView", "MemberView", "BindingView", "OrderEntry", "Split",
           "PaymentPreview", "TxnView", "AuditView", "Totals", "MonthlySeries", "Key"]
