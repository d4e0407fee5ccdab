"""Undo/redo of setup changes: reorder, bind, unbind, confirm, re-bind; refused (changing nothing) when the
profile's limits or another desk's changes make it impossible."""
from __future__ import annotations

from datetime import date

import pytest

from core.errors import RuleRefused, StaleState
from core.collection import Collection

pytestmark = pytest.mark.usefixtures("english")


def order(g, user) -> list[int]:
    return [e.binding.id for e in g.order.list(user)]


def open_order(g, h, user) -> list[int]:
    return [b.id for b in sorted(g.bindings.list(h, include_ended=False), key=lambda b: b.position)
            if b.user_id == user]


@pytest.fixture()
def desk2(db, clock):
    """A second desk working on the same database (its own undo stack)."""
    return Collection(db, actor="desk2", clock=clock)


def test_undo_redo_bind(g, fam):
    h = fam.household()
    a, u = fam.member(h, "A", balance=100), fam.resident(h, "U")
    b = g.bindings.bind(a, u, "child").value.id
    assert g.undo.can_undo and g.undo.undo_label == "bind A \u2192 U"
    r = g.undo.undo()
    assert "Undone: bind A" in r.message and r.changes.bindings == {b}
    assert (g.bindings.get(b).state, g.bindings.get(b).ended_by) == ("ended", "undo")
    assert order(g, u) == [] and g.undo.can_redo and not g.undo.can_undo
    g.undo.redo()
    assert g.bindings.get(b).state == "active" and order(g, u) == [b]
    assert g.undo.can_undo and not g.undo.can_redo
    assert g.check() == []


def test_undo_redo_unbind_restores_state_and_place(g, fam):
    h = fam.household()
    u = fam.resident(h)
    b1, b2, b3 = (g.bindings.bind(fam.member(h, balance=100), u, "child").value.id for _ in range(3))
    g.bindings.unbind(b2, ended_by="user")
    assert order(g, u) == [b1, b3]
    g.undo.undo()
    assert g.bindings.get(b2).state == "active" and g.bindings.get(b2).ended_at is None
    assert order(g, u) == [b1, b2, b3]  # back in its old place, not at the bottom
    g.undo.redo()
    assert (g.bindings.get(b2).state, g.bindings.get(b2).ended_by) == ("ended", "user")
    assert order(g, u) == [b1, b3]
    assert g.check() == []


def test_undo_redo_reorder(g, fam):
    h = fam.household()
    u = fam.resident(h)
    b1, b2, b3 = (g.bindings.bind(fam.member(h, balance=100), u, "child").value.id for _ in range(3))
    g.order.reorder(u, [b3, b1, b2])
    g.undo.undo()
    assert order(g, u) == [b1, b2, b3]
    g.undo.redo()
    assert order(g, u) == [b3, b1, b2]
    # Undo all the way: the three binds, in reverse.
    g.undo.undo()
    for _ in range(3):
        g.undo.undo()
    assert order(g, u) == [] and not g.undo.can_undo


def test_new_action_clears_redo(g, fam):
    h = fam.household()
    u = fam.resident(h)
    b1, b2 = (g.bindings.bind(fam.member(h), u, "child").value.id for _ in range(2))
    g.order.reorder(u, [b2, b1])
    g.undo.undo()
    assert g.undo.can_redo
    g.bindings.bind(fam.member(h), u, "child")
    assert not g.undo.can_redo


def test_undo_redo_confirm_keeps_the_order(g, fam):
    h = fam.household("jiangsu")
    husband = fam.member(h, "Zhou", balance=100)
    dad = fam.member(h, "Dad", balance=100, born=date(1940, 1, 1))
    wife = fam.member(h, "Wu", male=False)
    spouse = g.bindings.bind(husband, wife, "spouse", commitment_signed=True, proofs=["marriage_certificate"]).value.id
    child = g.bindings.bind(dad, wife, "child", commitment_signed=True, proofs=["birth_certificate"]).value.id
    g.bindings.confirm(spouse)
    assert order(g, wife) == [spouse, child]
    g.undo.undo()
    assert g.bindings.get(spouse).state == "pending" and g.bindings.get(spouse).confirmed_at is None
    assert order(g, wife) == [child]
    g.undo.redo()
    assert g.bindings.get(spouse).state == "active"
    assert order(g, wife) == [spouse, child], "redoing a confirmation must not move the binding"
    assert g.check() == []


def test_undo_redo_rebind(g, fam):
    h = fam.household("hubei")
    u = fam.resident(h)
    b1, b2 = (g.bindings.bind(fam.member(h, balance=100), u, "child").value.id for _ in range(2))
    assert order(g, u) == [b2, b1]
    new = g.bindings.rebind_to_front(b1).value.id
    assert order(g, u) == [new, b2]
    g.undo.undo()
    assert order(g, u) == [b2, b1]
    assert g.bindings.get(new).state == "ended" and g.bindings.get(b1).state == "active"
    g.undo.redo()
    assert order(g, u) == [new, b2]
    assert (g.bindings.get(b1).state, g.bindings.get(b1).ended_by) == ("ended", "rebind")
    assert g.check() == []


def test_redo_refused_when_limits_would_break(g, fam, desk2, snap):
    h = fam.household("six-member")
    a = fam.member(h, "Auth", balance=100)
    kids = [fam.resident(h, f"K{i}") for i in range(4)]
    for k in kids[:3]:
        g.bindings.bind(a, k, "child")
    g.undo.undo()  # K2's binding ends; a place is free
    desk2.bindings.bind(a, kids[3], "child")  # another desk takes the place
    before = snap()
    with pytest.raises(RuleRefused, match="at most 3 child; 3 already bound"):
        g.undo.redo()
    assert snap() == before
    assert g.undo.can_redo  # still there: it may work after the other binding ends


def test_undo_of_unbind_refused_when_limits_would_break(g, fam, desk2, snap):
    h = fam.household("zhejiang")
    a1, a2 = fam.member(h, "First"), fam.member(h, "Second")
    u = fam.resident(h, "Kid")
    b = g.bindings.bind(a1, u, "child").value.id
    g.bindings.unbind(b)
    desk2.bindings.bind(a2, u, "child")
    before = snap()
    # desk2's binding is a change this desk did not make: undo refuses before even weighing the limits
    with pytest.raises(StaleState, match="desk2 changed it at .*Kid may now use Second's account"):
        g.undo.undo()
    assert snap() == before


def test_undo_of_reorder_refused_after_another_desk_changed_the_bindings(g, fam, desk2, snap):
    h = fam.household()
    u = fam.resident(h, "Kid")
    b1, b2, b3 = (g.bindings.bind(fam.member(h), u, "child").value.id for _ in range(3))
    g.order.reorder(u, [b3, b2, b1])
    desk2.bindings.unbind(b2)
    before = snap()
    with pytest.raises(StaleState, match="the bindings of Kid were changed since"):
        g.undo.undo()
    assert snap() == before


def test_undo_of_confirm_refused_after_another_desk_ended_it(g, fam, desk2, snap):
    h = fam.household("jiangsu")
    husband, wife = fam.member(h, "Zhou"), fam.member(h, "Wu", male=False)
    b = g.bindings.bind(husband, wife, "spouse", commitment_signed=True, proofs=["marriage_certificate"]).value.id
    g.bindings.confirm(b)
    desk2.bindings.unbind(b, ended_by="user")
    before = snap()
    with pytest.raises(RuleRefused):
        g.undo.undo()
    assert snap() == before
    assert g.bindings.get(b).ended_by == "user"


def test_undo_of_bind_after_another_desk_ended_it_keeps_that_history(g, fam, desk2, snap):
    h = fam.household()
    a, u = fam.member(h), fam.resident(h)
    b = g.bindings.bind(a, u, "child").value.id
    desk2.bindings.unbind(b, ended_by="authorizer")
    ended = g.bindings.get(b)
    before = snap()
    with pytest.raises(RuleRefused):
        g.undo.undo()
    assert snap() == before
    assert (g.bindings.get(b).ended_by, g.bindings.get(b).ended_at) == (ended.ended_by, ended.ended_at)


def test_undo_is_audited(g, fam):
    h = fam.household()
    b = g.bindings.bind(fam.member(h), fam.resident(h), "child").value.id
    g.undo.undo()
    log = g.audit.log(h)
    assert log[0].action == "binding.state" and "ended" in log[0].summary
    assert b


def test_undo_redo_rebind_under_manual_order_restores_places(g, fam):
    h = fam.household("national")
    u = fam.resident(h)
    b1, b2, b3 = (g.bindings.bind(fam.member(h, balance=100), u, "child").value.id for _ in range(3))
    new = g.bindings.rebind_to_front(b2).value.id
    assert order(g, u) == [new, b1, b3]
    g.undo.undo()
    assert order(g, u) == [b1, b2, b3], "undo must put the re-bound account back in its old place"
    g.undo.redo()
    assert order(g, u) == [new, b1, b3], "redo must put it at the front again"
    assert g.check() == []
