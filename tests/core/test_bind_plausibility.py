"""core.plausibility wired into every bind check (the window's bind dialog shows the same refusal), the
minimum-retained "threshold" reading at bind, and a suspended user whose pooled accounts stop paying."""
from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from core import profiles
from core.errors import RuleRefused

pytestmark = pytest.mark.usefixtures("english")


def test_bind_refuses_an_implausible_parent_with_the_reason(g, fam, snap):
    h = fam.household()
    kid = fam.member(h, "Kid", born=date(1990, 1, 1))
    dad = fam.resident(h, "Dad", born=date(1985, 1, 1))
    before = snap()
    reasons = g.bindings.check(kid, dad, "father")
    assert reasons == ["Dad (born 1985-01-01) cannot be Kid's parent: a parent is at least 14 years older than "
                       "their child (Kid, born 1990-01-01)."]
    with pytest.raises(RuleRefused, match="cannot be Kid's parent"):
        g.bindings.bind(kid, dad, "father")
    assert snap() == before


def test_second_spouse_and_under_age_spouse_refused(g, fam):
    h = fam.household()
    a = fam.member(h, "A", born=date(1980, 1, 1))
    w1 = fam.member(h, "W1", male=False, born=date(1982, 1, 1))
    w2 = fam.resident(h, "W2", male=False, born=date(1983, 1, 1))
    g.bindings.bind(a, w1, "spouse")
    assert any("A already has a spouse bound (W1)" in r for r in g.bindings.check(a, w2, "spouse"))
    # W1 as authorizer for someone else as spouse: W1 already has A.
    x = fam.resident(h, "X", born=date(1979, 1, 1))
    assert any("W1 already has a spouse bound (A)" in r for r in g.bindings.check(w1, x, "spouse"))
    teen = fam.resident(h, "Teen", male=False, born=date(2010, 1, 1))
    b = fam.member(h, "B", born=date(1990, 1, 1))
    assert any("under the legal marriage age for a woman (20)" in r for r in g.bindings.check(b, teen, "spouse"))


def test_grandparent_younger_than_a_known_parent_refused(g, fam):
    h = fam.household()
    kid = fam.member(h, "Kid", born=date(2000, 1, 1))
    mum = fam.resident(h, "Mum", male=False, born=date(1970, 1, 1))
    g.bindings.bind(kid, mum, "mother")
    gran = fam.resident(h, "Gran", male=False, born=date(1971, 1, 1))
    assert any("Mum, Kid's parent, is not younger" in r for r in g.bindings.check(kid, gran, "grandparent"))


def test_add_member_and_bind_checks_the_new_person_too(g, fam, make_id, snap):
    h = fam.household()
    a = fam.member(h, "A", born=date(1980, 1, 1))
    before = snap()
    new = dict(name="Baby dad", id_number=make_id(date(1990, 1, 1), True), insurance_type="resident")
    assert any("cannot be A's parent" in r for r in g.bindings.check_add_member_and_bind(h, new, a, "father"))
    with pytest.raises(RuleRefused):
        g.bindings.add_member_and_bind(h, new, a, "father")
    assert snap() == before


@pytest.fixture()
def threshold_profile(monkeypatch):
    d = json.loads(resources.files("resources").joinpath("policies", "national.json").read_text("utf-8"))
    d["id"] = "test-threshold"
    d["params"]["min_retained_fen"] = {"value": 100000, "source": "public reporting: test"}
    d["params"]["min_retained_reading"] = {"value": "threshold", "source": "public reporting: test"}
    table = dict(profiles.builtin_profiles())
    table["test-threshold"] = profiles.profile_from_dict(d)
    monkeypatch.setattr(profiles, "builtin_profiles", lambda: table)
    return "test-threshold"


def test_threshold_reading_gates_authorizing_but_holds_nothing_back(g, fam, threshold_profile):
    h = fam.household(threshold_profile)
    poor, rich = fam.member(h, "Poor", balance=100000), fam.member(h, "Rich", balance=150000)
    u = fam.resident(h, "U")
    assert any("must be above ¥1,000.00 to authorize; Poor has ¥1,000.00" in r
               for r in g.bindings.check(poor, u, "child"))
    g.bindings.bind(rich, u, "child")
    assert g.ledger.preview(u, 150000).out_of_pocket_fen == 0  # the whole balance can be used


def test_a_suspended_user_is_not_paid_for_by_pooled_accounts(g, fam):
    h = fam.household()
    a, u = fam.member(h, "A", balance=50000), fam.member(h, "U", balance=1000, born=date(1990, 1, 1))
    g.bindings.bind(a, u, "child")
    assert g.ledger.preview(u, 5000).out_of_pocket_fen == 0
    g.members.update(u, status="suspended")
    assert g.order.list(u) == []  # no pooled account pays for a suspended user
    with pytest.raises(RuleRefused, match="U's insurance is suspended"):
        g.ledger.pay(u, 5000)
    g.members.update(u, status="normal")
    assert [e.binding.authorizer_id for e in g.order.list(u)] == [a]


def test_suggested_relation_for_the_bind_dialog(g, fam):
    h = fam.household()
    a = fam.member(h, "A", born=date(1980, 1, 1))
    wife = fam.member(h, "W", male=False, born=date(1982, 1, 1))
    kid = fam.resident(h, "K", born=date(2010, 1, 1))
    dad = fam.resident(h, "D", born=date(1950, 1, 1))
    assert g.bindings.suggest_relation(a, wife) == "spouse"
    assert g.bindings.suggest_relation(a, kid) == "child"
    assert g.bindings.suggest_relation(a, dad) == "father"
    g.bindings.bind(a, wife, "spouse")
    other = fam.resident(h, "O", male=False, born=date(1981, 1, 1))
    assert g.bindings.suggest_relation(a, other) == "sibling"  # A has a spouse already
