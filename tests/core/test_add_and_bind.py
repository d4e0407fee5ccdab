"""add_member_and_bind: a new person and their binding in ONE transaction (a refused binding adds nobody);
check_add_member_and_bind: the same checks for a person not saved yet, writing nothing."""
from __future__ import annotations

from datetime import date

import pytest

from core.errors import InvalidInput, NotFound, RuleRefused

pytestmark = pytest.mark.usefixtures("english")


def person(make_id, name="New", *, kind="resident", male=True, balance=0, born=date(1985, 3, 3), **kw) -> dict:
    return dict(name=name, id_number=make_id(born, male), insurance_type=kind, balance_fen=balance, **kw)


# ----------------------------------------------------------------------------------------------- refused

def test_refused_bind_adds_nobody_and_changes_nothing(g, fam, snap, make_id):
    h = fam.household("six-member")  # at most 1 father per authorizer
    a = fam.member(h, "A", balance=10000)
    g.bindings.bind(a, fam.resident(h, "Dad1", born=date(1930, 1, 1)), "father")
    before = snap()
    undo_label = g.undo.undo_label
    new = person(make_id, "Dad2")
    assert any("at most 1" in p for p in g.bindings.check_add_member_and_bind(h, new, a, "father"))
    with pytest.raises(RuleRefused, match="at most 1"):
        g.bindings.add_member_and_bind(h, new, a, "father")
    assert snap() == before
    assert [m.name for m in g.members.list(h)] == ["A", "Dad1"]
    assert g.undo.undo_label == undo_label  # nothing to undo was pushed


def test_refused_when_the_new_person_cannot_authorize(g, fam, snap, make_id):
    h = fam.household()
    u = fam.resident(h, "U")
    before = snap()
    new = person(make_id, "Res", kind="resident")
    problems = g.bindings.check_add_member_and_bind(h, new, u, "father", new_is="authorizer")
    assert any("Res has resident insurance" in p for p in problems)
    with pytest.raises(RuleRefused, match="Res has resident insurance"):
        g.bindings.add_member_and_bind(h, new, u, "father", new_is="authorizer")
    assert snap() == before


def test_refused_one_authorizer_per_user_when_the_new_person_authorizes(g, fam, snap, make_id):
    h = fam.household("henan-xuchang")
    a1, u = fam.member(h, "A1", balance=100), fam.resident(h, "U")
    g.bindings.bind(a1, u, "child")
    before = snap()
    new = person(make_id, "A2", kind="employee", balance=5000)
    with pytest.raises(RuleRefused, match="only one authorizer"):
        g.bindings.add_member_and_bind(h, new, u, "child", new_is="authorizer")
    assert snap() == before


def test_refused_relation_check_uses_the_new_persons_id(g, fam, snap, make_id):
    h = fam.household()
    a = fam.member(h, "A", balance=100)
    before = snap()
    woman = person(make_id, "Mum?", male=False)
    assert any("belongs to a woman" in p for p in g.bindings.check_add_member_and_bind(h, woman, a, "father"))
    with pytest.raises(RuleRefused, match="belongs to a woman"):
        g.bindings.add_member_and_bind(h, woman, a, "father")
    assert snap() == before


@pytest.mark.parametrize("bad, match", [
    (dict(name=""), "name"),
    (dict(id_number="11010519491231002Y"), "\"Y\"|“Y”"),
    (dict(insurance_type="gold"), "insurance type"),
    (dict(balance_fen=500), "resident-insured member cannot have a balance"),
])
def test_bad_details_of_the_new_person_change_nothing(g, fam, snap, make_id, bad, match):
    h = fam.household()
    a = fam.member(h, "A", balance=100)
    before = snap()
    new = person(make_id) | bad
    with pytest.raises(InvalidInput, match=match):
        g.bindings.check_add_member_and_bind(h, new, a, "child")
    with pytest.raises(InvalidInput, match=match):
        g.bindings.add_member_and_bind(h, new, a, "child")
    assert snap() == before


def test_duplicate_id_unknown_fields_other_household_and_role(g, fam, snap, make_id):
    h, h2 = fam.household(), fam.household()
    a = fam.member(h, "A", balance=100)
    stranger = fam.member(h2, "S", balance=100)
    existing = g.members.get(a).id_number
    before = snap()
    with pytest.raises(InvalidInput, match="already in this household"):
        g.bindings.add_member_and_bind(h, person(make_id) | {"id_number": existing}, a, "child", new_is="authorizer")
    with pytest.raises(InvalidInput, match="unknown fields"):
        g.bindings.add_member_and_bind(h, person(make_id) | {"colour": "red"}, a, "child")
    with pytest.raises(InvalidInput, match="different households"):
        g.bindings.add_member_and_bind(h, person(make_id), stranger, "child")
    with pytest.raises(InvalidInput, match="unknown fields"):
        g.bindings.add_member_and_bind(h, None, a, "child")
    with pytest.raises(InvalidInput):
        g.bindings.add_member_and_bind(h, person(make_id), a, "child", new_is="both")
    with pytest.raises(NotFound):
        g.bindings.add_member_and_bind(h, person(make_id), 9999, "child")
    assert snap() == before


def test_check_writes_nothing(g, fam, snap, make_id):
    h = fam.household("jiangsu")  # needs commitment and proof
    a = fam.member(h, "A", balance=100)
    before = snap()
    new = person(make_id)
    problems = g.bindings.check_add_member_and_bind(h, new, a, "child")
    assert any("commitment" in p for p in problems) and any("proof" in p for p in problems)
    assert g.bindings.check_add_member_and_bind(h, new, a, "child", commitment_signed=True,
                                       proofs=["birth_certificate"]) == []
    assert snap() == before


# ----------------------------------------------------------------------------------------------- accepted

def test_new_user_added_and_bound_one_audit_entry_each(g, fam, make_id):
    h = fam.household()
    a = fam.member(h, "A", balance=30000)
    audit_before = len(g.audit.log(h))
    assert g.bindings.check_add_member_and_bind(h, person(make_id, "Kid"), a, "child") == []
    r = g.bindings.add_member_and_bind(h, person(make_id, "Kid", region="Wuhan"), a, "child")
    m, b = r.value
    assert g.members.get(m.id).name == "Kid" and g.members.get(m.id).region == "Wuhan"
    assert (b.authorizer_id, b.user_id, b.relation, b.state, b.position) == (a, m.id, "child", "active", 1)
    assert [bv.id for bv in g.bindings.list(h)] == [b.id]
    log = g.audit.log(h)
    assert len(log) == audit_before + 2
    assert sorted(e.action for e in log[:2]) == ["binding.bind", "member.add"]
    assert m.id in r.changes.members and b.id in r.changes.bindings and m.id in r.changes.orders
    assert "Kid added" in r.message and "Kid can now use A's account" in r.message
    # The new user now pays with A's account after their own (none: resident insurance).
    assert [(s.member_id, s.amount_fen) for s in g.ledger.preview(m.id, 1000).splits] == [(a, 1000)]


def test_new_authorizer_with_opening_balance(g, fam, make_id):
    h = fam.household("zhejiang")  # prior-years part only is shared
    u = fam.resident(h, "U")
    new = person(make_id, "Gran", kind="employee", male=False, balance=50000, prior_years_fen=20000,
                 born=date(1940, 1, 1))
    m, b = g.bindings.add_member_and_bind(h, new, u, "grandchild", new_is="authorizer").value
    assert (b.authorizer_id, b.user_id) == (m.id, u)
    assert (g.members.get(m.id).balance_fen, g.members.get(m.id).prior_years_fen) == (50000, 20000)
    assert g.check() == []
    assert [(e.binding.id, e.usable_fen) for e in g.order.list(u)] == [(b.id, 20000)]


def test_undo_ends_the_binding_and_keeps_the_person(g, fam, make_id):
    h = fam.household()
    a = fam.member(h, "A", balance=100)
    m, b = g.bindings.add_member_and_bind(h, person(make_id, "Kid"), a, "child").value
    g.undo.undo()
    assert g.bindings.get(b.id).state == "ended"
    assert g.members.get(m.id).name == "Kid"
    g.undo.redo()
    assert g.bindings.get(b.id).state == "active"


def test_pending_when_the_profile_needs_confirmation(g, fam, make_id):
    h = fam.household("jiangsu")
    a = fam.member(h, "A", balance=100)
    r = g.bindings.add_member_and_bind(h, person(make_id, "Wife", male=False), a, "spouse", commitment_signed=True,
                              proofs=["marriage_certificate"])
    m, b = r.value
    expected = "pending" if g.households.profile_of(h).needs_confirmation("spouse") else "active"
    assert b.state == expected
