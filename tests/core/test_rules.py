"""Unit tests of core.rules: the public API, the three orders, usable amounts, validation and refunds."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

import core.i18n
from core.errors import InvalidInput
from core.rules import (Deduction, PaymentPlan, Policy, Pooled, RefundPlan, charge_order, plan_payment, plan_refund,
                        usable_fen)

CST = timezone(timedelta(hours=8))


def at(year: int, month: int = 1, day: int = 1, hour: int = 9) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CST)


def acct(id: str, balance: int, position: int, bound: datetime | None = None, prior: int | None = None) -> Pooled:
    return Pooled(id=id, balance_fen=balance, bound_at=bound or at(2024), position=position, prior_years_fen=prior)


def ids(accounts: list[Pooled]) -> list[str]:
    return [a.id for a in accounts]


def pairs(plan: PaymentPlan | RefundPlan) -> list[tuple[str, int]]:
    items = plan.deductions if isinstance(plan, PaymentPlan) else plan.returns
    return [(d.account, d.amount_fen) for d in items]


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setattr(core.i18n, "_language", "en")


# ------------------------------------------------------------------------------------------------ data types

def test_defaults_and_frozen():
    p = Policy()
    assert (p.order, p.min_retained_fen, p.shareable) == ("manual", 0, "all")
    assert acct("a", 1, 1).prior_years_fen is None
    for obj in (p, acct("a", 1, 1), Deduction("a", 1), PaymentPlan(1, (), 1), RefundPlan(1, (), 1)):
        assert dataclasses.is_dataclass(obj)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, dataclasses.fields(obj)[0].name, None)


def test_plans_are_hashable_and_comparable():
    a = plan_payment(Policy(), "me", 100, [acct("x", 100, 1)], 150)
    b = plan_payment(Policy(), "me", 100, [acct("x", 100, 1)], 150)
    assert a == b and hash(a) == hash(b)
    assert isinstance(a.deductions, tuple)


def test_charged():
    plan = plan_payment(Policy(), "me", 100, [acct("x", 100, 1), acct("y", 100, 2)], 150)
    assert (plan.charged("me"), plan.charged("x"), plan.charged("y"), plan.charged("nobody")) == (100, 50, 0, 0)


# ------------------------------------------------------------------------------------------------ usable amount

@pytest.mark.parametrize("policy, balance, prior, usable", [
    (Policy(), 5000, None, 5000),
    (Policy(), 0, None, 0),
    (Policy(min_retained_fen=1000), 5000, None, 4000),
    (Policy(min_retained_fen=5000), 5000, None, 0),
    (Policy(min_retained_fen=9000), 5000, None, 0),          # never below 0
    (Policy(shareable="all"), 5000, 1000, 5000),              # prior-years part ignored when all is shareable
    (Policy(shareable="prior_years"), 5000, 1000, 1000),
    (Policy(shareable="prior_years"), 5000, None, 5000),      # no split known: whole balance
    (Policy(shareable="prior_years"), 5000, 0, 0),
    (Policy(shareable="prior_years", min_retained_fen=4500), 5000, 1000, 500),
    (Policy(shareable="prior_years", min_retained_fen=1000), 5000, 1000, 1000),
])
def test_usable_fen(policy, balance, prior, usable):
    assert usable_fen(policy, acct("a", balance, 1, prior=prior)) == usable


# ------------------------------------------------------------------------------------------------ orders

def test_manual_order_by_position():
    pooled = [acct("c", 1, 3), acct("a", 1, 1), acct("b", 1, 2)]
    assert ids(charge_order(Policy("manual"), pooled)) == ["a", "b", "c"]


def test_bind_time_most_recent_first():
    pooled = [acct("old", 1, 1, at(2023)), acct("new", 1, 3, at(2025)), acct("mid", 1, 2, at(2024))]
    assert ids(charge_order(Policy("bind_time"), pooled)) == ["new", "mid", "old"]


def test_bind_time_ties_by_position_across_time_zones():
    same = at(2024, 5, 1, 9)
    same_utc = same.astimezone(timezone.utc)
    pooled = [acct("p3", 1, 3, same), acct("p1", 1, 1, same_utc), acct("older", 1, 0, at(2020)), acct("p2", 1, 2, same)]
    assert ids(charge_order(Policy("bind_time"), pooled)) == ["p1", "p2", "p3", "older"]


def test_bind_time_naive_datetimes():
    pooled = [acct("a", 1, 1, datetime(2024, 1, 1)), acct("b", 1, 2, datetime(2024, 1, 2))]
    assert ids(charge_order(Policy("bind_time"), pooled)) == ["b", "a"]


def test_balance_highest_usable_first_ties_by_position():
    pooled = [acct("small", 100, 1), acct("big2", 900, 3), acct("big1", 900, 2), acct("mid", 500, 0)]
    assert ids(charge_order(Policy("balance"), pooled)) == ["big1", "big2", "mid", "small"]


def test_balance_order_uses_usable_not_balance():
    policy = Policy("balance", shareable="prior_years")
    pooled = [acct("rich", 10000, 1, prior=100), acct("modest", 3000, 2)]
    assert ids(charge_order(policy, pooled)) == ["modest", "rich"]


def test_equal_positions_keep_given_order():
    pooled = [acct("x", 1, 1), acct("y", 1, 1), acct("w", 1, 1)]
    assert ids(charge_order(Policy("manual"), pooled)) == ["x", "y", "w"]
    assert ids(charge_order(Policy("balance"), pooled)) == ["x", "y", "w"]
    assert ids(charge_order(Policy("bind_time"), pooled)) == ["x", "y", "w"]


def test_charge_order_does_not_mutate_input():
    pooled = [acct("b", 1, 2), acct("a", 1, 1)]
    charge_order(Policy(), pooled)
    assert ids(pooled) == ["b", "a"]


# ------------------------------------------------------------------------------------------------ payments

def test_domain_example():
    pooled = [acct("father", 80000, 2, at(2025, 1, 10)), acct("mother", 50000, 1, at(2024, 5, 1))]
    plan = plan_payment(Policy("manual"), "child", 2000, pooled, 100000)
    assert plan == PaymentPlan(100000, (Deduction("child", 2000), Deduction("mother", 50000),
                                        Deduction("father", 48000)), 0)


def test_own_account_first_even_when_pooled_is_bigger():
    plan = plan_payment(Policy("balance"), "me", 10, [acct("rich", 10**9, 1)], 100)
    assert pairs(plan) == [("me", 10), ("rich", 90)]


def test_payer_covers_all():
    plan = plan_payment(Policy(), "me", 500, [acct("a", 500, 1)], 500)
    assert pairs(plan) == [("me", 500)] and plan.out_of_pocket_fen == 0


def test_out_of_pocket_and_zero_accounts_not_listed():
    plan = plan_payment(Policy(min_retained_fen=100), "me", 0, [acct("a", 100, 1), acct("b", 150, 2)], 1000)
    assert pairs(plan) == [("b", 50)] and plan.out_of_pocket_fen == 950


def test_empty_pooled():
    plan = plan_payment(Policy(), "me", 30, [], 100)
    assert pairs(plan) == [("me", 30)] and plan.out_of_pocket_fen == 70
    plan = plan_payment(Policy(), "me", 0, (), 100)
    assert plan.deductions == () and plan.out_of_pocket_fen == 100


def test_prior_years_with_min_retained():
    policy = Policy("manual", min_retained_fen=20000, shareable="prior_years")
    pooled = [acct("a", 50000, 1, prior=40000), acct("b", 30000, 2, prior=25000)]
    plan = plan_payment(policy, "me", 0, pooled, 50000)
    assert pairs(plan) == [("a", 30000), ("b", 10000)] and plan.out_of_pocket_fen == 10000


def test_bind_time_payment():
    pooled = [acct("old", 100, 1, at(2023)), acct("new", 100, 2, at(2025))]
    assert pairs(plan_payment(Policy("bind_time"), "me", 0, pooled, 150)) == [("new", 100), ("old", 50)]


# ------------------------------------------------------------------------------------------------ validation

def field_of(fn, *args) -> str:
    with pytest.raises(InvalidInput) as info:
        fn(*args)
    err = info.value
    assert str(err).startswith(f"{err.field}: ") and "\n" not in str(err)
    return err.field


@pytest.mark.parametrize("bad", [1.0, True, "100", None, -1])
def test_payment_rejects_bad_money(bad):
    good = [acct("a", 1, 1)]
    assert field_of(plan_payment, Policy(), "me", bad, good, 1) == "payer.balance_fen"
    assert field_of(plan_payment, Policy(), "me", 1, good, bad) == "amount_fen"
    assert field_of(plan_payment, Policy(), "me", 1, [acct("a", bad, 1)], 1) == "pooled[0].balance_fen"
    assert field_of(plan_payment, Policy(min_retained_fen=bad), "me", 1, good, 1) == "policy.min_retained_fen"
    if bad is not None:  # None is the legal "no split"
        assert field_of(plan_payment, Policy(), "me", 1, [acct("a", 5, 1, prior=bad)], 1) == "pooled[0].prior_years_fen"


def test_amount_must_be_positive():
    assert field_of(plan_payment, Policy(), "me", 1, [], 0) == "amount_fen"


def test_prior_years_above_balance():
    assert field_of(plan_payment, Policy(), "me", 1, [acct("a", 5, 1, prior=6)], 1) == "pooled[0].prior_years_fen"


def test_ids():
    assert field_of(plan_payment, Policy(), "me", 1, [acct("a", 1, 1), acct("a", 1, 2)], 1) == "pooled[1].id"
    assert field_of(plan_payment, Policy(), "me", 1, [acct("a", 1, 1), acct("me", 1, 2)], 1) == "pooled[1].id"
    assert field_of(plan_payment, Policy(), "", 1, [], 1) == "payer.id"
    assert field_of(plan_payment, Policy(), 7, 1, [], 1) == "payer.id"
    assert field_of(plan_payment, Policy(), "me", 1, [acct("", 1, 1)], 1) == "pooled[0].id"
    assert field_of(charge_order, Policy(), [acct("a", 1, 1), acct("a", 1, 2)]) == "pooled[1].id"


def test_policy_choices():
    assert field_of(plan_payment, Policy(order="random"), "me", 1, [], 1) == "policy.order"  # type: ignore[arg-type]
    assert field_of(plan_payment, Policy(shareable="x"), "me", 1, [], 1) == "policy.shareable"  # type: ignore[arg-type]
    assert field_of(usable_fen, Policy(order="x"), acct("a", 1, 1)) == "policy.order"  # type: ignore[arg-type]
    assert field_of(plan_payment, "manual", "me", 1, [], 1) == "policy"


def test_account_fields():
    bad_time = Pooled("a", 1, "2024-01-01", 1)  # type: ignore[arg-type]
    assert field_of(plan_payment, Policy(), "me", 1, [bad_time], 1) == "pooled[0].bound_at"
    for pos in ("1", 1.0, True, None):
        bad_pos = Pooled("a", 1, at(2024), pos)  # type: ignore[arg-type]
        assert field_of(plan_payment, Policy(), "me", 1, [bad_pos], 1) == "pooled[0].position"
    mixed = [acct("a", 1, 1, at(2024)), acct("b", 1, 2, datetime(2024, 1, 1))]
    assert field_of(charge_order, Policy("bind_time"), mixed) == "pooled[1].bound_at"
    assert field_of(plan_payment, Policy(), "me", 1, ["a"], 1) == "pooled[0]"
    assert field_of(plan_payment, Policy(), "me", 1, "abc", 1) == "pooled"
    assert field_of(usable_fen, Policy(), Pooled("a", -1, at(2024), 1)) == "pooled.balance_fen"


def test_message_is_translated_english_text():
    with pytest.raises(InvalidInput) as info:
        plan_payment(Policy(), "me", 1, [acct("a", 1.0, 1)], 1)  # type: ignore[arg-type]
    assert str(info.value) == "pooled[0].balance_fen: must be a whole number of fen"


# ------------------------------------------------------------------------------------------------ refunds

@pytest.fixture
def payment() -> PaymentPlan:
    # own 100, then a 300 (position 1), then b 200 (position 2), then 400 out of pocket
    plan = plan_payment(Policy(), "me", 100, [acct("b", 200, 2), acct("a", 300, 1)], 1000)
    assert pairs(plan) == [("me", 100), ("a", 300), ("b", 200)] and plan.out_of_pocket_fen == 400
    return plan


def test_full_refund(payment):
    r = plan_refund(payment, 1000)
    assert r == RefundPlan(1000, (Deduction("b", 200), Deduction("a", 300), Deduction("me", 100)), 400)
    assert r.returned("a") == 300 and r.returned("zzz") == 0


def test_partial_refund_out_of_pocket_first(payment):
    assert plan_refund(payment, 250) == RefundPlan(250, (), 250)
    assert plan_refund(payment, 500) == RefundPlan(500, (Deduction("b", 100),), 400)
    assert plan_refund(payment, 950) == RefundPlan(950, (Deduction("b", 200), Deduction("a", 300),
                                                         Deduction("me", 50)), 400)


def test_refunds_in_steps(payment):
    done: list[RefundPlan] = []
    for amount, expected in [(350, RefundPlan(350, (), 350)),
                             (100, RefundPlan(100, (Deduction("b", 50),), 50)),
                             (400, RefundPlan(400, (Deduction("b", 150), Deduction("a", 250)), 0)),
                             (150, RefundPlan(150, (Deduction("a", 50), Deduction("me", 100)), 0))]:
        r = plan_refund(payment, amount, done)
        assert r == expected
        done.append(r)
    assert field_of(plan_refund, payment, 1, done) == "amount_fen"
    with pytest.raises(InvalidInput, match="already been refunded in full"):
        plan_refund(payment, 1, done)


def test_refund_without_out_of_pocket():
    plan = plan_payment(Policy(), "me", 100, [acct("a", 300, 1)], 250)
    assert plan_refund(plan, 200) == RefundPlan(200, (Deduction("a", 150), Deduction("me", 50)), 0)


@pytest.mark.parametrize("bad", [0, -5, 1.0, True, "1"])
def test_refund_bad_amount(payment, bad):
    assert field_of(plan_refund, payment, bad) == "amount_fen"


def test_refund_more_than_refundable(payment):
    with pytest.raises(InvalidInput, match=r"cannot refund 10\.01 yuan: only 10\.00 yuan") as info:
        plan_refund(payment, 1001)
    assert info.value.field == "amount_fen"
    first = plan_refund(payment, 600)
    with pytest.raises(InvalidInput, match=r"only 4\.00 yuan"):
        plan_refund(payment, 401, [first])


def test_refund_rejects_inconsistent_history(payment):
    too_much = RefundPlan(301, (Deduction("a", 301),), 0)
    assert field_of(plan_refund, payment, 1, [too_much]) == "already_refunded[0].returns[0]"
    stranger = RefundPlan(1, (Deduction("zzz", 1),), 0)
    assert field_of(plan_refund, payment, 1, [stranger]) == "already_refunded[0].returns[0]"
    wrong_sum = RefundPlan(5, (Deduction("a", 1),), 1)
    assert field_of(plan_refund, payment, 1, [wrong_sum]) == "already_refunded[0].amount_fen"
    half = RefundPlan(200, (Deduction("a", 200),), 0)
    assert field_of(plan_refund, payment, 1, [half, half]) == "already_refunded[1].returns[0]"
    assert field_of(plan_refund, payment, 1, ["x"]) == "already_refunded[0]"


def test_refund_rejects_inconsistent_payment():
    assert field_of(plan_refund, PaymentPlan(10, (Deduction("a", 5),), 4), 1) == "payment.amount_fen"
    assert field_of(plan_refund, PaymentPlan(10, (Deduction("a", 5), Deduction("a", 5)), 0), 1) \
        == "payment.deductions[1].account"
    assert field_of(plan_refund, PaymentPlan(10, (Deduction("a", 0),), 10), 1) == "payment.deductions[0].amount_fen"
    assert field_of(plan_refund, "payment", 1) == "payment"
