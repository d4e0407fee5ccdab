"""Every region profile's limits, enforced on bind with the specific refusal; profiles load strictly."""
from __future__ import annotations

import copy
import json
from datetime import date

import pytest

from core.errors import InvalidInput, RuleRefused
from core.profiles import builtin_profiles, get_profile, profile_from_dict

pytestmark = pytest.mark.usefixtures("english")


def refusal(g, a, u, rel, **kw) -> str:
    """Bind must be refused; check_bind must give the same reasons; return the message."""
    reasons = g.bindings.check(a, u, rel, **kw)
    assert reasons, "check_bind should list why"
    with pytest.raises(RuleRefused) as exc:
        g.bindings.bind(a, u, rel, **kw)
    assert str(exc.value) == "\n".join(reasons)
    return str(exc.value)


# ----------------------------------------------------------------------------------------------- loading

SHIPPED = {"national", "hubei", "xinjiang", "beijing", "zhejiang", "balance-first", "six-member", "jiangsu",
           "henan-xuchang"}


def test_all_builtin_profiles_load_and_match_their_files():
    profiles = builtin_profiles()
    assert set(profiles) == SHIPPED  # DOMAIN.md's table, exactly
    for pid, p in profiles.items():
        assert p.id == pid
        assert p.display_name("zh_CN") and p.display_name("en")
        assert "parent_in_law" not in p.relations


def test_profile_parameters_as_documented():
    p = builtin_profiles()
    assert (p["national"].order, p["national"].max_users_per_authorizer) == ("manual", None)
    assert p["hubei"].order == "bind_time" and not p["hubei"].reorderable
    assert p["balance-first"].order == "balance"
    # Hubei's old 6-member composition came from seed 002, not from Hubei: Hubei now has national's limits.
    assert p["hubei"].max_users_per_authorizer is None and p["hubei"].composition == {}
    for pid in ("six-member", "henan-xuchang"):
        assert p[pid].max_users_per_authorizer == 6
        assert p[pid].composition == {"father": 1, "mother": 1, "spouse": 1, "child": 3}
        assert set(p[pid].relations) == {"spouse", "father", "mother", "child"}
    assert p["henan-xuchang"].one_authorizer_per_user and p["zhejiang"].one_authorizer_per_user
    assert not p["national"].one_authorizer_per_user and not p["six-member"].one_authorizer_per_user
    assert p["zhejiang"].shareable == "prior_years" and p["zhejiang"].min_retained_fen == 0
    assert all(x.min_retained_fen == 0 for x in p.values())  # seed 004's 1,000 yuan names no region
    assert p["jiangsu"].commitment_required and p["jiangsu"].proof_required
    assert p["jiangsu"].needs_confirmation("spouse") and not p["jiangsu"].needs_confirmation("child")
    assert p["jiangsu"].is_two_way("spouse") and not p["national"].is_two_way("spouse")


def test_unknown_profile():
    with pytest.raises(InvalidInput, match="Unknown policy profile .nowhere."):
        get_profile("nowhere")


@pytest.fixture()
def national_dict():
    from importlib import resources
    return json.loads(resources.files("resources").joinpath("policies", "national.json").read_text("utf-8"))


def _set(d: dict, key: str, value) -> None:
    if key in ("id", "name"):
        d[key] = value
    else:
        d["params"][key]["value"] = value


@pytest.mark.parametrize("key, value, words", [
    ("order", "random", "order"),
    ("relations", ["spouse", "cousin"], "relations"),
    ("relations", [], "relations"),
    ("max_users_per_authorizer", 0, "max_users_per_authorizer"),
    ("max_users_per_authorizer", True, "max_users_per_authorizer"),
    ("composition", {"child": -1}, "composition"),
    ("min_retained_fen", -1, "min_retained_fen"),
    ("min_retained_fen", "1000", "min_retained_fen"),
    ("shareable", "some", "shareable"),
    ("one_authorizer_per_user", 1, "one_authorizer_per_user"),
    ("id", "a b", "id"),
    ("name", {"en": "x"}, "name"),
])
def test_bad_profile_names_the_field(national_dict, key, value, words):
    d = copy.deepcopy(national_dict)
    _set(d, key, value)
    with pytest.raises(InvalidInput) as exc:
        profile_from_dict(d, source="bad.json")
    assert exc.value.field == words
    assert "bad.json" in str(exc.value) and words in str(exc.value)


def test_missing_field(national_dict):
    del national_dict["params"]["shareable"]
    with pytest.raises(InvalidInput, match="shareable.*missing"):
        profile_from_dict(national_dict, source="x.json")


# ----------------------------------------------------------------------------------------------- national: 8

@pytest.mark.parametrize("profile", sorted(builtin_profiles()))
def test_each_profiles_user_limit_from_its_json(g, fam, profile):
    """Read from the profile's JSON: with a total limit, a full composition (father, mother, spouse, children) is
    allowed and one more child refused; without one (national's), more than the 6 or 8 some sources mention."""
    p = get_profile(profile)
    h = fam.household(profile)
    a = fam.member(h, "Auth", balance=100000, born=date(1970, 1, 1))
    extra = {"commitment_signed": True, "proofs": ["household_register"]}
    if p.max_users_per_authorizer is None:
        for i in range(9):
            assert g.bindings.bind(a, fam.resident(h, f"C{i}", born=date(2000, 1, 1)), "child", **extra).value.state \
                == "active"
        return
    g.bindings.bind(a, fam.resident(h, "F", male=True, born=date(1940, 1, 1)), "father", **extra)
    g.bindings.bind(a, fam.resident(h, "M", male=False, born=date(1942, 1, 1)), "mother", **extra)
    g.bindings.bind(a, fam.resident(h, "S", male=False, born=date(1972, 1, 1)), "spouse", **extra)
    kids = [fam.resident(h, f"C{i}", born=date(2000, 1, 1)) for i in range(p.composition["child"] + 1)]
    for k in kids[:-1]:
        g.bindings.bind(a, k, "child", **extra)
    msg = refusal(g, a, kids[-1], "child", **extra)
    assert f"already shares with {p.max_users_per_authorizer} people" in msg
    # Ending one frees its place.
    first = g.bindings.list(h, include_ended=False)[-1]
    g.bindings.unbind(first.id)
    assert g.bindings.bind(a, kids[-1], "child", **extra).value.state == "active"


def test_national_refuses_a_second_binding_of_the_same_pair(g, fam):
    h = fam.household()
    a, u = fam.member(h, "A"), fam.resident(h, "U")
    g.bindings.bind(a, u, "child")
    assert "A is already bound to U" in refusal(g, a, u, "child")


# ----------------------------------------------------------------------------------------------- composition

@pytest.mark.parametrize("profile", ["six-member", "henan-xuchang"])
def test_composition_father_mother_spouse_one_children_three(g, fam, profile):
    h = fam.household(profile)
    a = fam.member(h, "Auth", balance=100000, born=date(1980, 1, 1))
    fathers = [fam.resident(h, f"F{i}", male=True, born=date(1950, 1, 1)) for i in range(2)]
    mothers = [fam.resident(h, f"M{i}", male=False, born=date(1952, 1, 1)) for i in range(2)]
    spouses = [fam.resident(h, f"S{i}", male=False, born=date(1982, 1, 1)) for i in range(2)]
    kids = [fam.resident(h, f"C{i}", born=date(2010, 1, 1)) for i in range(4)]
    g.bindings.bind(a, fathers[0], "father")
    assert "at most 1 father; 1 already bound" in refusal(g, a, fathers[1], "father")
    g.bindings.bind(a, mothers[0], "mother")
    assert "at most 1 mother; 1 already bound" in refusal(g, a, mothers[1], "mother")
    g.bindings.bind(a, spouses[0], "spouse")
    assert "at most 1 spouse; 1 already bound" in refusal(g, a, spouses[1], "spouse")
    for k in kids[:3]:
        g.bindings.bind(a, k, "child")
    msg = refusal(g, a, kids[3], "child")
    assert "at most 3 child; 3 already bound" in msg
    assert "already shares with 6 people" in msg  # the total of 6 is reached too
    assert len(g.bindings.list(h, include_ended=False)) == 6


@pytest.mark.parametrize("profile", ["six-member", "henan-xuchang"])
def test_narrow_profiles_allow_only_spouse_parents_children(g, fam, profile):
    h = fam.household(profile)
    a, u = fam.member(h), fam.resident(h)
    for rel in ("sibling", "grandparent", "grandchild", "other"):
        msg = refusal(g, a, u, rel)
        assert "cannot be bound; allowed: spouse, father, mother, child" in msg
    assert g.bindings.bind(a, u, "child").value.state == "active"


@pytest.mark.parametrize("profile", sorted(builtin_profiles()))
def test_parents_in_law_are_always_refused(g, fam, profile):
    h = fam.household(profile)
    a, u = fam.member(h), fam.resident(h)
    msg = refusal(g, a, u, "parent_in_law", commitment_signed=True, proofs=["household_register"])
    assert "Parents-in-law are not close relatives" in msg


def test_national_allows_every_close_relative(g, fam):
    h = fam.household("national")
    a = fam.member(h, balance=1000)
    born = {"spouse": date(1962, 1, 1), "child": date(1990, 1, 1), "sibling": date(1963, 1, 1),
            "grandparent": date(1920, 1, 1), "grandchild": date(2000, 1, 1)}
    for rel in ("spouse", "child", "sibling", "grandparent", "grandchild"):
        assert g.bindings.bind(a, fam.resident(h, male=False, born=born[rel]), rel).value.state == "active"
    assert g.bindings.bind(a, fam.resident(h, male=True, born=date(1935, 1, 1)), "father").value.state == "active"
    assert g.bindings.bind(a, fam.resident(h, male=False, born=date(1936, 1, 1)), "mother").value.state == "active"
    assert "cannot be bound" in refusal(g, a, fam.resident(h), "other")


def test_relation_must_match_the_sex_in_the_id_number(g, fam):
    h = fam.household()
    a = fam.member(h)
    woman, man = fam.resident(h, "Wu", male=False), fam.resident(h, "Wang", male=True)
    assert "belongs to a woman, but the relation chosen is father" in refusal(g, a, woman, "father")
    assert "belongs to a man, but the relation chosen is mother" in refusal(g, a, man, "mother")


def test_unknown_relation_is_invalid_input(g, fam):
    h = fam.household()
    a, u = fam.member(h), fam.resident(h)
    with pytest.raises(InvalidInput, match="relation must be one of"):
        g.bindings.bind(a, u, "cousin")


# ----------------------------------------------------------------------------------------------- one authorizer

@pytest.mark.parametrize("profile", ["zhejiang", "henan-xuchang"])
def test_one_authorizer_per_user(g, fam, profile):
    h = fam.household(profile)
    a1, a2 = fam.member(h, "First"), fam.member(h, "Second")
    u = fam.resident(h, "Kid")
    kw = {"commitment_signed": True}
    b = g.bindings.bind(a1, u, "child", **kw).value
    msg = refusal(g, a2, u, "child", **kw)
    assert "only one authorizer at a time" in msg and "Kid already uses First's account" in msg
    g.bindings.unbind(b.id)
    assert g.bindings.bind(a2, u, "child", **kw).value.state == "active"


def test_national_allows_several_authorizers(g, fam):
    h = fam.household("national")
    u = fam.resident(h)
    for _ in range(3):
        g.bindings.bind(fam.member(h), u, "child")
    assert len(g.order.list(u)) == 3


# ----------------------------------------------------------------------------------------------- eligibility

@pytest.mark.parametrize("profile", sorted(builtin_profiles()))
def test_authorizer_must_be_employee_insured(g, fam, profile):
    h = fam.household(profile)
    a, u = fam.resident(h, "Res"), fam.resident(h)
    msg = refusal(g, a, u, "child", commitment_signed=True, proofs=["birth_certificate"])
    assert "Res has resident insurance" in msg and "only an employee-insured member can authorize" in msg


def test_authorizer_must_have_normal_status(g, fam):
    h = fam.household()
    a = fam.member(h, "Sus", status="suspended")
    u = fam.resident(h)
    assert "Sus's employee insurance is suspended" in refusal(g, a, u, "child")


def test_user_must_be_insured(g, fam):
    h = fam.household()
    a = fam.member(h)
    u = fam.resident(h, "Lapsed", status="suspended")
    assert "Lapsed is not currently insured" in refusal(g, a, u, "child")


def test_a_user_may_be_employee_insured_too(g, fam):
    h = fam.household()
    a, u = fam.member(h), fam.member(h)
    assert g.bindings.bind(a, u, "spouse").value.state == "active"


def test_self_and_cross_household_bindings_are_invalid(g, fam):
    h1, h2 = fam.household(), fam.household()
    a, other = fam.member(h1, "A"), fam.resident(h2, "Other")
    with pytest.raises(InvalidInput, match="cannot be bound to themselves"):
        g.bindings.bind(a, a, "spouse")
    with pytest.raises(InvalidInput, match="different households"):
        g.bindings.bind(a, other, "child")


def test_refusal_lists_every_reason(g, fam):
    h = fam.household("six-member")
    a = fam.resident(h, "Res")
    u = fam.resident(h, "Lapsed", status="suspended")
    reasons = g.bindings.check(a, u, "sibling")
    assert len(reasons) == 3
    assert any("resident insurance" in r for r in reasons)
    assert any("not currently insured" in r for r in reasons)
    assert any("cannot be bound" in r for r in reasons)


# ----------------------------------------------------------------------------------------------- jiangsu

def test_jiangsu_needs_commitment_and_proof(g, fam):
    h = fam.household("jiangsu")
    a, u = fam.member(h), fam.resident(h)
    msg = refusal(g, a, u, "child")
    assert "requires the signed commitment" in msg and "requires proof of the relation" in msg
    assert "requires proof" in refusal(g, a, u, "child", commitment_signed=True)
    assert "signed commitment" in refusal(g, a, u, "child", proofs=["birth_certificate"])
    b = g.bindings.bind(a, u, "child", commitment_signed=True, proofs=["birth_certificate"]).value
    assert b.state == "active" and b.commitment_signed and b.proofs == ("birth_certificate",)


def test_jiangsu_spouse_binding_waits_for_confirmation(g, fam):
    h = fam.household("jiangsu")
    a, wife = fam.member(h, "Zhou", balance=50000), fam.member(h, "Wu", male=False)
    r = g.bindings.bind(a, wife, "spouse", commitment_signed=True, proofs=["marriage_certificate"])
    assert r.value.state == "pending" and r.value.confirmed_at is None
    assert "Waiting for Wu to confirm" in r.message  # the authorizer applied: the spouse confirms (seed 004)
    # Pending: the spouse cannot use the account yet.
    assert g.order.list(wife) == []
    assert g.ledger.preview(wife, 1000).out_of_pocket_fen == 1000
    c = g.bindings.confirm(r.value.id).value
    assert c.state == "active" and c.confirmed_at is not None
    assert (c.initiated_by, c.confirmed_by) == ("authorizer", "user")
    assert [e.binding.id for e in g.order.list(wife)] == [r.value.id]
    assert g.ledger.preview(wife, 1000).out_of_pocket_fen == 0


def test_unknown_proof_kind(g, fam):
    h = fam.household("jiangsu")
    a, u = fam.member(h), fam.resident(h)
    with pytest.raises(InvalidInput, match="proof of relation must be one of"):
        g.bindings.bind(a, u, "child", commitment_signed=True, proofs=["selfie"])


# ----------------------------------------------------------------------------------------------- switching profiles

def test_switching_to_a_stricter_profile_is_refused_and_changes_nothing(g, fam, snap):
    h = fam.household("national")
    a = fam.member(h, "A")
    u = fam.resident(h, "U")
    g.bindings.bind(a, u, "sibling")
    before = snap()
    with pytest.raises(RuleRefused, match="Cannot switch to Six members.*sibling cannot be bound"):
        g.households.set_profile(h, "six-member")
    assert snap() == before
    assert g.households.get(h).profile_id == "national"


def test_switching_profile_when_allowed(g, fam):
    h = fam.household("national")
    g.bindings.bind(fam.member(h), fam.resident(h), "child")
    assert g.households.set_profile(h, "hubei").value.profile_id == "hubei"
