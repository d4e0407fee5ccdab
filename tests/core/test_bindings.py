"""Binding life cycle: pending → active → ended, withdrawn requests, history kept, reordering, re-bind to front."""
from __future__ import annotations

import pytest

from core.errors import InvalidInput, NotFound, RuleRefused

pytestmark = pytest.mark.usefixtures("english")


def order(g, user) -> list[int]:
    return [e.binding.id for e in g.order.list(user)]


def jiangsu_spouse(g, fam):
    h = fam.household("jiangsu")
    a, wife = fam.member(h, "Zhou", balance=50000), fam.member(h, "Wu", male=False)
    b = g.bindings.bind(a, wife, "spouse", commitment_signed=True, proofs=["marriage_certificate"]).value
    return h, a, wife, b


def test_bind_is_active_at_once_without_confirmation(g, fam, clock):
    h = fam.household()
    a, u = fam.member(h, "A"), fam.resident(h, "U")
    r = g.bindings.bind(a, u, "child")
    b = r.value
    assert (b.state, b.authorizer_id, b.user_id, b.relation, b.position) == ("active", a, u, "child", 1)
    assert b.bound_at == b.confirmed_at and b.bound_at <= clock.now
    assert b.ended_at is None and b.ended_by is None
    assert r.changes.bindings == {b.id} and r.changes.orders == {u} and r.changes.audit
    assert "U can now use A's account" in r.message
    assert g.audit.log(h)[0].action == "binding.bind"


def test_pending_to_active_by_confirm(g, fam):
    h, a, wife, b = jiangsu_spouse(g, fam)
    assert b.state == "pending"
    c = g.bindings.confirm(b.id).value
    assert c.state == "active" and c.confirmed_at is not None and c.confirmed_at >= c.bound_at
    with pytest.raises(RuleRefused, match="not waiting for confirmation .it is active"):
        g.bindings.confirm(b.id)


def test_pending_ended_is_withdrawn(g, fam):
    h, a, wife, b = jiangsu_spouse(g, fam)
    e = g.bindings.unbind(b.id, ended_by="user").value
    assert (e.state, e.ended_by) == ("ended", "withdrawn")
    with pytest.raises(RuleRefused, match="not waiting for confirmation .it is ended"):
        g.bindings.confirm(b.id)


@pytest.mark.parametrize("who", ["authorizer", "user"])
def test_active_ended_by_either_party_and_kept(g, fam, who):
    h = fam.household()
    a, u = fam.member(h, "A", balance=10000), fam.resident(h, "U")
    b = g.bindings.bind(a, u, "child").value
    e = g.bindings.unbind(b.id, ended_by=who)
    assert (e.value.state, e.value.ended_by) == ("ended", who)
    assert e.value.ended_at is not None and e.value.ended_at >= e.value.bound_at
    assert "U can no longer use A's account" in e.message
    # History kept: still listed, with its dates; only the open list drops it.
    listed = g.bindings.list(h)
    assert [x.id for x in listed] == [b.id] and listed[0].state == "ended"
    assert g.bindings.list(h, include_ended=False) == []
    assert g.order.list(u) == []
    assert g.ledger.preview(u, 500).out_of_pocket_fen == 500
    with pytest.raises(RuleRefused, match="already ended"):
        g.bindings.unbind(b.id)


def test_unbind_needs_a_known_party(g, fam):
    h = fam.household()
    b = g.bindings.bind(fam.member(h), fam.resident(h), "child").value
    with pytest.raises(InvalidInput, match="who ends it must be one of: authorizer, user"):
        g.bindings.unbind(b.id, ended_by="someone")


def test_rebinding_after_end_makes_a_new_binding_and_keeps_the_old(g, fam):
    h = fam.household()
    a, u = fam.member(h), fam.resident(h)
    b1 = g.bindings.bind(a, u, "child").value
    g.bindings.unbind(b1.id)
    b2 = g.bindings.bind(a, u, "child").value
    assert b2.id != b1.id
    states = {x.id: x.state for x in g.bindings.list(h)}
    assert states == {b1.id: "ended", b2.id: "active"}


def test_history_lists_bindings_in_bind_order(g, fam):
    h = fam.household()
    u = fam.resident(h)
    ids_ = [g.bindings.bind(fam.member(h), u, "child").value.id for _ in range(3)]
    g.bindings.unbind(ids_[1])
    listed = g.bindings.list(h)
    assert [x.id for x in listed] == ids_
    assert [x.bound_at for x in listed] == sorted(x.bound_at for x in listed)


def test_unknown_binding(g, fam):
    with pytest.raises(NotFound, match="There is no binding with number 999"):
        g.bindings.unbind(999)
    with pytest.raises(InvalidInput):
        g.bindings.unbind(0)


# ----------------------------------------------------------------------------------------------- manual order

def test_new_binding_goes_to_the_bottom_and_positions_stay_1_to_n(g, fam):
    h = fam.household()
    u = fam.resident(h)
    ids_ = [g.bindings.bind(fam.member(h, balance=1000), u, "child").value.id for _ in range(3)]
    assert order(g, u) == ids_
    assert [e.rank for e in g.order.list(u)] == [1, 2, 3]
    g.bindings.unbind(ids_[0])
    assert order(g, u) == ids_[1:]
    assert [g.bindings.get(i).position for i in ids_[1:]] == [1, 2]
    assert g.check() == []


def test_reorder_and_move(g, fam):
    h = fam.household("xinjiang")
    u = fam.resident(h)
    b1, b2, b3 = (g.bindings.bind(fam.member(h, balance=1000), u, "child").value.id for _ in range(3))
    r = g.order.reorder(u, [b3, b1, b2])
    assert r.value == [b3, b1, b2] and r.changes.orders == {u}
    assert order(g, u) == [b3, b1, b2]
    assert g.order.move(u, b2, 0).value == [b2, b3, b1]
    assert order(g, u) == [b2, b3, b1]
    same = g.order.reorder(u, [b2, b3, b1])
    assert same.changes.empty and "unchanged" in same.message


def test_reorder_must_list_each_binding_once(g, fam, snap):
    h = fam.household()
    u = fam.resident(h, "Kid")
    b1, b2 = (g.bindings.bind(fam.member(h), u, "child").value.id for _ in range(2))
    before = snap()
    for bad in ([b1], [b1, b1], [b1, b2, 999], [b2, b1, b1]):
        with pytest.raises(InvalidInput, match="must list each of Kid's current bindings exactly once"):
            g.order.reorder(u, bad)
    with pytest.raises(InvalidInput, match="Position 5 is outside the list .1 to 2"):
        g.order.move(u, b1, 4)
    with pytest.raises(NotFound):
        g.order.move(u, 999, 0)
    assert snap() == before


@pytest.mark.parametrize("profile, words", [("hubei", "re-bind them"), ("balance-first", "follows the balances")])
def test_order_cannot_be_changed_by_hand_under_locked_profiles(g, fam, profile, words):
    h = fam.household(profile)
    u = fam.resident(h)
    b1, b2 = (g.bindings.bind(fam.member(h), u, "child").value.id for _ in range(2))
    with pytest.raises(RuleRefused, match=words):
        g.order.reorder(u, [b2, b1])


# ----------------------------------------------------------------------------------------------- hubei

def test_hubei_most_recently_bound_pays_first(g, fam):
    h = fam.household("hubei")
    u = fam.resident(h)
    b1, b2, b3 = (g.bindings.bind(fam.member(h, balance=1000), u, "child").value.id for _ in range(3))
    assert order(g, u) == [b3, b2, b1]


def test_hubei_rebind_to_front(g, fam):
    h = fam.household("hubei")
    u = fam.resident(h, "Na")
    a1, a2, a3 = (fam.member(h, n, balance=1000) for n in ("Dad", "Mum", "Aunt"))
    # Aunt is not a parent; use child relation from three authorizers (allowed: child ≤ 3 per authorizer).
    b1, b2, b3 = (g.bindings.bind(a, u, "child").value.id for a in (a1, a2, a3))
    assert order(g, u) == [b3, b2, b1]
    r = g.bindings.rebind_to_front(b1)
    new = r.value
    assert new.id not in (b1, b2, b3) and new.authorizer_id == a1 and new.state == "active"
    assert order(g, u) == [new.id, b3, b2]
    old = g.bindings.get(b1)
    assert (old.state, old.ended_by) == ("ended", "rebind")
    assert "Dad's account now pays first for Na" in r.message
    assert len(g.bindings.list(h)) == 4  # the old binding is kept as history
    # Payments follow the new order.
    t = g.ledger.pay(u, 1500).value
    assert [(s.member_id, s.amount_fen) for s in t.splits] == [(a1, 1000), (a3, 500)]
    assert g.check() == []


def test_rebind_only_an_active_binding(g, fam):
    h, a, wife, b = jiangsu_spouse(g, fam)
    with pytest.raises(RuleRefused, match="Only an active binding can be re-bound"):
        g.bindings.rebind_to_front(b.id)


def test_rebind_under_manual_also_moves_to_the_top(g, fam):
    h = fam.household()
    u = fam.resident(h)
    b1, b2 = (g.bindings.bind(fam.member(h), u, "child").value.id for _ in range(2))
    new = g.bindings.rebind_to_front(b2).value.id
    assert order(g, u) == [new, b1]


def test_confirmed_spouse_can_be_ended_by_authorizer(g, fam):
    h, a, wife, b = jiangsu_spouse(g, fam)
    g.bindings.confirm(b.id)
    assert g.bindings.unbind(b.id, ended_by="authorizer").value.ended_by == "authorizer"


def test_rebind_refused_when_the_authorizer_is_no_longer_eligible_changes_nothing(g, fam, snap):
    h = fam.household("hubei")
    a, u = fam.member(h, "Sus", balance=100), fam.resident(h)
    b = g.bindings.bind(a, u, "child").value.id
    g.members.update(a, status="suspended")
    before = snap()
    with pytest.raises(RuleRefused, match="Sus's employee insurance is suspended"):
        g.bindings.rebind_to_front(b)
    assert snap() == before
    assert g.bindings.get(b).state == "active"


def test_member_views_mask_the_id_and_reveal_is_audited(g, fam):
    h = fam.household()
    m = fam.member(h, "Zhang")
    view = g.members.get(m)
    assert view.masked_id == view.id_number[:6] + "********" + view.id_number[-4:]
    assert all(view.id_number not in e.summary for e in g.audit.log(h))
    assert g.members.reveal_id(m, reason="counter check") == view.id_number
    assert g.audit.log(h)[0].action == "member.reveal_id"
    assert view.id_number not in g.audit.log(h)[0].summary
