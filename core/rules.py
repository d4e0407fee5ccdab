"""The deduction rule (扣款规则) — the one implementation, used by storage, GUI and ``gongji rules evaluate``.

Pure: no I/O, no database, no Qt. Money is an ``int`` of fen everywhere.

A payment of ``amount_fen`` is covered by
1. the payer's own personal account, up to its balance;
2. the payer's pooled accounts in :func:`charge_order`, each up to :func:`usable_fen`;
3. the rest out of pocket.

A refund (退费) unwinds a payment in reverse order of charging: the out-of-pocket part first, then the pooled accounts
from the last charged to the first, the payer's own account last (see :func:`plan_refund`).

Every function validates its inputs and raises :class:`core.errors.InvalidInput` whose ``field`` is a path such as
``pooled[1].balance_fen`` (the index is the position in the sequence passed in) and whose message is
``"<field>: <what is wrong>"`` — one line, in the user's language.
"""
from __future__ import annotations

from collections.abc import Sequence
from core.record import frozen
from datetime import date, datetime

from core.errors import InvalidInput, RuleRefused
from core.i18n import tr
from core.money import format_fen

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: a CLI call would pay ~3 ms for it)
if TYPE_CHECKING:
    from typing import NoReturn

#: Who pays first among a user's pooled accounts; what part of a pooled account may be shared.
ORDERS: tuple[str, ...] = ("manual", "bind_time", "balance")
SHAREABLE: tuple[str, ...] = ("all", "prior_years")


@frozen
class Policy:
    """The parameters of a region's policy profile that the deduction rule needs."""

    order: str = "manual"  # one of ORDERS
    #: Applies to pooled accounts only: an authorizer's balance may not be drawn below this.
    min_retained_fen: int = 0
    #: "prior_years": only the prior-years (历年) part of a pooled account may be shared.
    shareable: str = "all"  # one of SHAREABLE


@frozen
class Pooled:
    """One account the payer may draw on through an active binding."""

    id: str
    balance_fen: int
    bound_at: datetime
    #: Place in the household's manual list; 1 = top (pays first under the "manual" order).
    position: int
    #: Prior-years (历年) part of the balance; None means the whole balance.
    prior_years_fen: int | None = None


@frozen
class Deduction:
    account: str
    amount_fen: int


@frozen
class PaymentPlan:
    amount_fen: int
    #: Only accounts charged (> 0), in charge order, the payer's own account first.
    deductions: tuple[Deduction, ...]
    out_of_pocket_fen: int

    def charged(self, account: str) -> int:
        """Fen taken from ``account`` by this payment (0 if it was not charged)."""
        return sum(d.amount_fen for d in self.deductions if d.account == account)


@frozen
class RefundPlan:
    amount_fen: int
    #: Money going back to accounts (> 0 each), in the order it is unwound.
    returns: tuple[Deduction, ...]
    #: The part of the refund returned as cash (the out-of-pocket part of the payment).
    out_of_pocket_fen: int

    def returned(self, account: str) -> int:
        """Fen this refund gives back to ``account`` (0 if none)."""
        return sum(d.amount_fen for d in self.returns if d.account == account)


# --------------------------------------------------------------------------------------------------- validation


def _bad(field: str, detail: str) -> NoReturn:
    exc = InvalidInput(f"{field}: {detail}", field=field)
    exc.detail = detail  # the message without the field path, for people rather than programs
    raise exc




def _check_fen(value: object, field: str, *, positive: bool = False) -> int:
    if type(value) is int and (value > 0 or (value == 0 and not positive)):
        return value  # the usual case, at once; anything else is looked at below
    if isinstance(value, bool) or not isinstance(value, int):
        _bad(field, tr("must be a whole number of fen"))
    if positive and value <= 0:
        _bad(field, tr("must be more than 0"))
    if value < 0:
        _bad(field, tr("must not be negative"))
    return value


def _check_id(value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        _bad(field, tr("must be a non-empty text"))
    return value


def _check_policy(policy: object, field: str = "policy") -> Policy:
    if not isinstance(policy, Policy):
        _bad(field, tr("must be a Policy"))
    if policy.order not in ORDERS:
        _bad(f"{field}.order", tr("must be one of {choices}", choices=", ".join(ORDERS)))
    _check_fen(policy.min_retained_fen, f"{field}.min_retained_fen")
    if policy.shareable not in SHAREABLE:
        _bad(f"{field}.shareable", tr("must be one of {choices}", choices=", ".join(SHAREABLE)))
    return policy


def _check_account(acct: object, field: str) -> Pooled:
    if not isinstance(acct, Pooled):
        _bad(field, tr("must be a pooled account"))
    _check_id(acct.id, f"{field}.id")
    balance = _check_fen(acct.balance_fen, f"{field}.balance_fen")
    if not isinstance(acct.bound_at, datetime):
        _bad(f"{field}.bound_at", tr("must be a date and time"))
    if isinstance(acct.position, bool) or not isinstance(acct.position, int):
        _bad(f"{field}.position", tr("must be a whole number"))
    if acct.prior_years_fen is not None:
        prior = _check_fen(acct.prior_years_fen, f"{field}.prior_years_fen")
        if prior > balance:
            _bad(f"{field}.prior_years_fen", tr("must not be more than balance_fen"))
    return acct


def _check_pooled(pooled: object, payer_id: str | None = None) -> list[Pooled]:
    if isinstance(pooled, (str, bytes)) or not isinstance(pooled, Sequence):
        _bad("pooled", tr("must be a list of pooled accounts"))
    accounts = [_check_account(a, f"pooled[{i}]") for i, a in enumerate(pooled)]
    seen: set[str] = set()
    aware: bool | None = None
    for i, a in enumerate(accounts):
        if payer_id is not None and a.id == payer_id:
            _bad(f"pooled[{i}].id", tr("the payer's own account cannot also be a pooled account"))
        if a.id in seen:
            _bad(f"pooled[{i}].id", tr("duplicate account id {id}", id=a.id))
        seen.add(a.id)
        has_tz = a.bound_at.utcoffset() is not None
        if aware is None:
            aware = has_tz
        elif has_tz != aware:
            _bad(f"pooled[{i}].bound_at", tr("all bound_at values must either have a time zone or all have none"))
    return accounts


# --------------------------------------------------------------------------------------------------- the rule


def _usable(policy: Policy, acct: Pooled) -> int:
    if policy.shareable == "prior_years" and acct.prior_years_fen is not None:
        shareable = acct.prior_years_fen
    else:
        shareable = acct.balance_fen
    return max(0, min(shareable, acct.balance_fen - policy.min_retained_fen))


def _order(policy: Policy, accounts: list[Pooled]) -> list[Pooled]:
    # Python's sort is stable (also with reverse=True), so sorting by position first makes position the tie-break,
    # and accounts tied on position too keep the order they were given in.
    by_position = sorted(accounts, key=lambda a: a.position)
    if policy.order == "bind_time":
        return sorted(by_position, key=lambda a: a.bound_at, reverse=True)
    if policy.order == "balance":
        return sorted(by_position, key=lambda a: _usable(policy, a), reverse=True)
    return by_position


def usable_fen(policy: Policy, acct: Pooled) -> int:
    """What a pooled account can contribute: min(shareable part, balance − min retained), never below 0."""
    return _usable(_check_policy(policy), _check_account(acct, "pooled"))


def charge_order(policy: Policy, pooled: Sequence[Pooled]) -> list[Pooled]:
    """The pooled accounts in the order they are charged (the payer's own account always comes before all of them).

    manual: position ascending. bind_time: most recently bound first. balance: highest usable amount first.
    Ties break by position, then by the order given.
    """
    return _order(_check_policy(policy), _check_pooled(pooled))


def plan_payment(policy: Policy, payer_id: str, payer_balance_fen: int, pooled: Sequence[Pooled],
                 amount_fen: int) -> PaymentPlan:
    """How a payment of ``amount_fen`` is covered: own account, then pooled accounts, then out of pocket."""
    policy = _check_policy(policy)
    payer_id = _check_id(payer_id, "payer.id")
    own = _check_fen(payer_balance_fen, "payer.balance_fen")
    accounts = _check_pooled(pooled, payer_id)
    amount = _check_fen(amount_fen, "amount_fen", positive=True)

    deductions: list[Deduction] = []
    rest = amount
    take = min(own, rest)
    if take > 0:
        deductions.append(Deduction(payer_id, take))
        rest -= take
    for acct in _order(policy, accounts):
        if rest == 0:
            break
        take = min(_usable(policy, acct), rest)
        if take > 0:
            deductions.append(Deduction(acct.id, take))
            rest -= take
    return PaymentPlan(amount_fen=amount, deductions=tuple(deductions), out_of_pocket_fen=rest)


# --------------------------------------------------------------------------------------------------- refunds


def _check_payment(payment: object) -> PaymentPlan:
    if not isinstance(payment, PaymentPlan):
        _bad("payment", tr("must be a payment plan"))
    total = _check_fen(payment.out_of_pocket_fen, "payment.out_of_pocket_fen")
    seen: set[str] = set()
    for i, d in enumerate(payment.deductions):
        if not isinstance(d, Deduction):
            _bad(f"payment.deductions[{i}]", tr("must be a deduction"))
        _check_id(d.account, f"payment.deductions[{i}].account")
        total += _check_fen(d.amount_fen, f"payment.deductions[{i}].amount_fen", positive=True)
        if d.account in seen:
            _bad(f"payment.deductions[{i}].account", tr("duplicate account id {id}", id=d.account))
        seen.add(d.account)
    if _check_fen(payment.amount_fen, "payment.amount_fen", positive=True) != total:
        _bad("payment.amount_fen", tr("does not equal the deductions plus the out-of-pocket part"))
    return payment


def plan_refund(payment: PaymentPlan, amount_fen: int, already_refunded: Sequence[RefundPlan] = ()) -> RefundPlan:
    """Return ``amount_fen`` of ``payment`` to where it came from (原路返回).

    ``already_refunded`` are the earlier (partial) refunds of the same payment. The refund unwinds in reverse order
    of charging — out-of-pocket part first, then the pooled accounts from last charged to first, the payer's own
    account last — and, together with the earlier refunds, never returns more to an account than it paid.
    """
    payment = _check_payment(payment)
    # Buckets in unwind order; None stands for the out-of-pocket part.
    buckets: list[tuple[str | None, int]] = [(None, payment.out_of_pocket_fen)]
    buckets += [(d.account, d.amount_fen) for d in reversed(payment.deductions)]
    remaining: dict[str | None, int] = dict(buckets)

    if isinstance(already_refunded, (str, bytes)) or not isinstance(already_refunded, Sequence):
        _bad("already_refunded", tr("must be a list of refunds"))
    for i, earlier in enumerate(already_refunded):
        field = f"already_refunded[{i}]"
        if not isinstance(earlier, RefundPlan):
            _bad(field, tr("must be a refund plan"))
        parts: list[tuple[str | None, int, str]] = [
            (None, _check_fen(earlier.out_of_pocket_fen, f"{field}.out_of_pocket_fen"), f"{field}.out_of_pocket_fen")]
        for j, r in enumerate(earlier.returns):
            if not isinstance(r, Deduction):
                _bad(f"{field}.returns[{j}]", tr("must be a deduction"))
            parts.append((r.account, _check_fen(r.amount_fen, f"{field}.returns[{j}].amount_fen"),
                          f"{field}.returns[{j}]"))
        if _check_fen(earlier.amount_fen, f"{field}.amount_fen") != sum(p[1] for p in parts):
            _bad(f"{field}.amount_fen", tr("does not equal the returns plus the out-of-pocket part"))
        for key, fen, part_field in parts:
            if key not in remaining:
                _bad(part_field, tr("account {id} was not charged by this payment", id=key))
            if fen > remaining[key]:
                _bad(part_field, tr("the refunds together return more than was paid"))
            remaining[key] -= fen

    refundable = sum(remaining.values())
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int):
        _bad("amount_fen", tr("must be a whole number of fen"))
    if amount_fen <= 0:
        _bad("amount_fen", tr("a refund must be more than 0"))
    if amount_fen > refundable:
        if refundable == 0:
            _bad("amount_fen", tr("this payment has already been refunded in full"))
        _bad("amount_fen", tr("cannot refund {amount} yuan: only {remaining} yuan of this payment is still refundable",
                              amount=format_fen(amount_fen, symbol=False),
                              remaining=format_fen(refundable, symbol=False)))

    rest = amount_fen
    cash = 0
    returns: list[Deduction] = []
    for key, _paid in buckets:
        take = min(remaining[key], rest)
        if take > 0:
            if key is None:
                cash = take
            else:
                returns.append(Deduction(key, take))
            rest -= take
    return RefundPlan(amount_fen=amount_fen, returns=tuple(returns), out_of_pocket_fen=cash)


def moved_balance(balance_fen: int, prior_fen: int, parts) -> tuple[int, int]:
    """An account's (balance, prior-years part) after ledger entries ``parts`` = [(part, fen), ...]; RuleRefused when
    that would leave it below zero or its prior-years part outside the balance. The one balance check, for the ORM
    write path (core._base) and the SQL one (core.ledger_sql)."""
    for part, amount in parts:
        balance_fen += amount
        if part == "prior":
            prior_fen += amount
    if balance_fen < 0 or prior_fen < 0 or prior_fen > balance_fen:
        raise RuleRefused(tr("This would leave an account below zero; nothing was recorded."))
    return balance_fen, prior_fen


def pool_eligible(state: str, period_start: date | None, period_end: date | None, today: date, has_account: bool,
                  authorizer_status: str) -> bool:
    """Whether a user's open binding may pay now: active, in its period (as BindingView.in_period), and the
    authorizer insured normally with an account. The one test, for the ORM reads, core.ledger_sql and the read
    model (core.reads)."""
    in_period = (period_start is None or period_start <= today) and (period_end is None or today <= period_end)
    return state == "active" and in_period and has_account and authorizer_status == "normal"
