"""Property tests of core.rules (hypothesis): conservation, limits, priority order and refunds."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import InvalidInput
from core.rules import (PaymentPlan, Policy, Pooled, RefundPlan, charge_order, plan_payment, plan_refund,
                        usable_fen)

# Applied per test (not as a profile) so other test modules keep their own hypothesis settings.
thorough = settings(max_examples=250, deadline=None)

BASE = datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=8)))
MONEY = st.integers(min_value=0, max_value=200_000)

policies = st.builds(Policy, order=st.sampled_from(["manual", "bind_time", "balance"]),
                     min_retained_fen=st.one_of(st.just(0), st.integers(0, 100_000)),
                     shareable=st.sampled_from(["all", "prior_years"]))


@st.composite
def pooled_lists(draw, max_size: int = 6) -> list[Pooled]:
    n = draw(st.integers(0, max_size))
    out = []
    for i in range(n):
        balance = draw(MONEY)
        prior = draw(st.one_of(st.none(), st.integers(0, balance)))
        # few distinct instants and positions, so ties are common
        bound_at = BASE + timedelta(days=draw(st.integers(0, 4)))
        if draw(st.booleans()):  # the same instant written in another time zone
            bound_at = bound_at.astimezone(timezone.utc)
        out.append(Pooled(id=f"p{i}", balance_fen=balance, bound_at=bound_at, position=draw(st.integers(0, 4)),
                          prior_years_fen=prior))
    return out


payments = st.tuples(policies, MONEY, pooled_lists(), st.integers(1, 1_000_000))


def chain(policy: Policy, payer_balance: int, pooled: list[Pooled]) -> list[tuple[str, int]]:
    """(account, the most it may pay) in the order accounts are charged: own account, then charge_order."""
    return [("payer", payer_balance)] + [(a.id, usable_fen(policy, a)) for a in charge_order(policy, pooled)]


@thorough
@given(payments)
def test_money_is_conserved_and_nothing_negative(args):
    policy, own, pooled, amount = args
    plan = plan_payment(policy, "payer", own, pooled, amount)
    assert plan.amount_fen == amount
    assert sum(d.amount_fen for d in plan.deductions) + plan.out_of_pocket_fen == amount
    assert plan.out_of_pocket_fen >= 0
    assert all(d.amount_fen > 0 for d in plan.deductions)
    assert all(isinstance(d.amount_fen, int) and not isinstance(d.amount_fen, bool) for d in plan.deductions)
    assert len({d.account for d in plan.deductions}) == len(plan.deductions)


@thorough
@given(payments)
def test_no_account_beyond_what_it_may_pay(args):
    policy, own, pooled, amount = args
    plan = plan_payment(policy, "payer", own, pooled, amount)
    assert plan.charged("payer") <= own
    for a in pooled:
        usable = usable_fen(policy, a)
        assert 0 <= usable <= a.balance_fen
        assert usable <= a.balance_fen - policy.min_retained_fen or usable == 0
        if policy.shareable == "prior_years" and a.prior_years_fen is not None:
            assert usable <= a.prior_years_fen
        assert plan.charged(a.id) <= usable
        assert a.balance_fen - plan.charged(a.id) >= 0


@thorough
@given(payments)
def test_priority_order_is_respected(args):
    policy, own, pooled, amount = args
    plan = plan_payment(policy, "payer", own, pooled, amount)
    order = chain(policy, own, pooled)
    # charged accounts appear in charge order, own account first
    position = {acct: i for i, (acct, _cap) in enumerate(order)}
    assert [position[d.account] for d in plan.deductions] == sorted(position[d.account] for d in plan.deductions)
    # nothing is charged from an account while an earlier one still has usable money left
    for i, (acct, cap) in enumerate(order):
        if plan.charged(acct) < cap:
            assert all(plan.charged(later) == 0 for later, _ in order[i + 1:]), (acct, plan)
            assert plan.out_of_pocket_fen == 0
    # out of pocket only when every usable fen is used
    if plan.out_of_pocket_fen > 0:
        assert all(plan.charged(acct) == cap for acct, cap in order)


@thorough
@given(policies, pooled_lists())
def test_charge_order_sorting(policy, pooled):
    order = charge_order(policy, pooled)
    assert sorted(a.id for a in order) == sorted(a.id for a in pooled)
    for a, b in zip(order, order[1:]):
        if policy.order == "manual":
            assert a.position <= b.position
        elif policy.order == "bind_time":
            assert a.bound_at > b.bound_at or (a.bound_at == b.bound_at and a.position <= b.position)
        else:
            ua, ub = usable_fen(policy, a), usable_fen(policy, b)
            assert ua > ub or (ua == ub and a.position <= b.position)


@thorough
@given(policies, pooled_lists(), st.randoms(use_true_random=False))
def test_charge_order_does_not_depend_on_list_order_when_positions_differ(policy, pooled, rnd):
    pooled = [Pooled(a.id, a.balance_fen, a.bound_at, i, a.prior_years_fen) for i, a in enumerate(pooled)]
    shuffled = list(pooled)
    rnd.shuffle(shuffled)
    assert charge_order(policy, shuffled) == charge_order(policy, pooled)


# ------------------------------------------------------------------------------------------------ refunds

def unwind_order(plan: PaymentPlan) -> list[tuple[str | None, int]]:
    """(bucket, paid) in the order a refund gives money back; None is the out-of-pocket part."""
    return [(None, plan.out_of_pocket_fen)] + [(d.account, d.amount_fen) for d in reversed(plan.deductions)]


def returned_by(refund: RefundPlan, bucket: str | None) -> int:
    return refund.out_of_pocket_fen if bucket is None else refund.returned(bucket)


@thorough
@given(payments, st.data())
def test_partial_refunds(args, data):
    policy, own, pooled, amount = args
    plan = plan_payment(policy, "payer", own, pooled, amount)
    buckets = unwind_order(plan)
    index = {b: i for i, (b, _) in enumerate(buckets)}
    if plan.charged("payer") > 0:
        assert buckets[-1][0] == "payer"  # the payer's own account is unwound last
    done: list[RefundPlan] = []
    total = 0
    for _ in range(data.draw(st.integers(1, 6), label="partial refunds")):
        if total == amount:
            break
        done.append(check_refund(plan, buckets, index, data.draw(st.integers(1, amount - total), label="ask"), done))
        total += done[-1].amount_fen
    if total < amount:
        with pytest.raises(InvalidInput):  # never more than what remains
            plan_refund(plan, amount - total + 1, done)
        if data.draw(st.booleans(), label="refund the rest"):
            done.append(check_refund(plan, buckets, index, amount - total, done))
            total = amount
    if total == amount:
        for bucket, paid in buckets:  # all refunds together return exactly what was charged
            assert sum(returned_by(r, bucket) for r in done) == paid
        with pytest.raises(InvalidInput):
            plan_refund(plan, 1, done)


def check_refund(plan: PaymentPlan, buckets: list[tuple[str | None, int]], index: dict[str | None, int], ask: int,
                 done: list[RefundPlan]) -> RefundPlan:
    before = {b: sum(returned_by(r, b) for r in done) for b, _ in buckets}
    refund = plan_refund(plan, ask, done)
    assert refund.amount_fen == ask
    assert sum(d.amount_fen for d in refund.returns) + refund.out_of_pocket_fen == ask
    assert all(d.amount_fen > 0 for d in refund.returns) and refund.out_of_pocket_fen >= 0
    # returns are listed in unwind order (pooled from last charged to first, own account last)
    assert [index[d.account] for d in refund.returns] == sorted(index[d.account] for d in refund.returns)
    # a bucket only gets money once every bucket before it in unwind order is fully returned
    for i, (bucket, _paid) in enumerate(buckets):
        if returned_by(refund, bucket) > 0:
            for earlier, earlier_paid in buckets[:i]:
                assert before[earlier] + returned_by(refund, earlier) == earlier_paid
    # never more than was paid, per account
    for bucket, paid in buckets:
        assert before[bucket] + returned_by(refund, bucket) <= paid
    return refund


@thorough
@given(payments)
def test_full_refund_returns_exactly_what_was_charged(args):
    policy, own, pooled, amount = args
    plan = plan_payment(policy, "payer", own, pooled, amount)
    refund = plan_refund(plan, amount)
    assert refund.out_of_pocket_fen == plan.out_of_pocket_fen
    assert refund.returns == tuple(reversed(plan.deductions))
    with pytest.raises(InvalidInput):
        plan_refund(plan, amount + 1)
