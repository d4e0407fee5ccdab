"""Several desks on one ledger (issue #14): every setup change is a compare-and-set.

Two desks = two :class:`Collection` objects, each with its OWN database connection pool, on one SQLite file (or on
one PostgreSQL database when GONGJI_TEST_DB_URL is set; .ci/run does that). A desk that acts on a stale view is
refused with :class:`StaleState`, nothing is written, and the message names who changed what and when.
"""
from __future__ import annotations

import pytest

from core.collection import Collection
from core.errors import StaleState
from core.i18n import set_language
from core.store import open_database

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture()
def desk2(db_url, db, clock):
    """A second desk: another connection to the same database (``db`` is opened first, so it is migrated)."""
    other = open_database(db_url, backup=False)
    try:
        yield Collection(other, actor="desk2", clock=clock)
    finally:
        other.close()


@pytest.fixture()
def desk1(g):
    return g


def order(col, user) -> list[int]:
    return [e.binding.id for e in col.order.list(user)]


@pytest.fixture()
def three(desk1, fam):
    """A household under the manual order: a user with three authorizers, bound in the order b1, b2, b3."""
    h = fam.household()
    u = fam.resident(h, "Kid")
    bs = [desk1.bindings.bind(fam.member(h, name, balance=10_000), u, "child").value.id
          for name in ("Liu", "Zhang", "Wang")]
    desk1.undo.clear()
    return h, u, bs


def test_reorder_from_a_stale_view_is_refused_and_keeps_the_other_desks_order(desk1, desk2, three, snap):
    _, u, (b1, b2, b3) = three
    seen_by_desk2 = order(desk2, u)
    seen_by_desk1 = order(desk1, u)
    desk1.order.reorder(u, [b3, b1, b2], expected=seen_by_desk1)
    before = snap()
    with pytest.raises(StaleState) as err:
        desk2.order.reorder(u, [b2, b3, b1], expected=seen_by_desk2)
    assert snap() == before
    assert order(desk1, u) == order(desk2, u) == [b3, b1, b2]
    msg = str(err.value)
    assert "payment order of Kid" in msg and "test changed it at 2026-06-15" in msg and "Wang" in msg
    assert err.value.fresh == [b3, b1, b2]
    # with the fresh view the same change goes through
    desk2.order.reorder(u, [b2, b3, b1], expected=err.value.fresh)
    assert order(desk1, u) == [b2, b3, b1]


def test_move_from_a_stale_view_is_refused(desk1, desk2, three, snap):
    _, u, (b1, b2, b3) = three
    seen = order(desk2, u)
    desk1.order.move(u, b3, 0, expected=order(desk1, u))
    before = snap()
    with pytest.raises(StaleState):
        desk2.order.move(u, b1, 2, expected=seen)
    assert snap() == before and order(desk1, u) == [b3, b1, b2]


def test_reorder_is_refused_when_a_binding_ended_meanwhile(desk1, desk2, three, snap):
    _, u, (b1, b2, b3) = three
    seen = order(desk1, u)
    desk2.bindings.unbind(b2)
    before = snap()
    with pytest.raises(StaleState, match="desk2 changed it at .*Kid can no longer use Zhang's account"):
        desk1.order.reorder(u, [b3, b1], expected=seen)
    assert snap() == before


def test_undo_after_another_desks_reorder_is_refused(desk1, desk2, three, snap):
    _, u, (b1, b2, b3) = three
    desk1.order.reorder(u, [b3, b2, b1], expected=[b1, b2, b3])
    desk2.order.reorder(u, [b2, b3, b1], expected=[b3, b2, b1])
    before = snap()
    with pytest.raises(StaleState, match="desk2 changed it"):
        desk1.undo.undo()
    assert snap() == before
    assert order(desk1, u) == order(desk2, u) == [b2, b3, b1]
    assert desk1.undo.can_undo  # the step stays; it may apply again if desk2's change is undone


def test_redo_after_another_desks_reorder_is_refused(desk1, desk2, three, snap):
    _, u, (b1, b2, b3) = three
    desk1.order.reorder(u, [b3, b2, b1])
    desk1.undo.undo()
    desk2.order.reorder(u, [b2, b1, b3], expected=[b1, b2, b3])
    before = snap()
    with pytest.raises(StaleState):
        desk1.undo.redo()
    assert snap() == before and order(desk1, u) == [b2, b1, b3]


def test_undo_and_redo_still_work_when_nobody_else_changed_anything(desk1, desk2, three):
    _, u, (b1, b2, b3) = three
    desk1.order.reorder(u, [b3, b2, b1], expected=[b1, b2, b3])
    desk1.undo.undo()
    assert order(desk2, u) == [b1, b2, b3]
    desk1.undo.redo()
    assert order(desk2, u) == [b3, b2, b1]
    desk1.undo.undo()
    assert order(desk2, u) == [b1, b2, b3]


def test_unbind_of_a_binding_changed_meanwhile_is_refused(desk1, desk2, fam, snap):
    h = fam.household("jiangsu")
    husband, wife = fam.member(h, "Zhou"), fam.member(h, "Wu", male=False)
    b = desk1.bindings.bind(husband, wife, "spouse", commitment_signed=True, proofs=["marriage_certificate"]).value
    assert b.state == "pending"
    seen = desk2.bindings.get(b.id).version
    desk1.bindings.confirm(b.id, expected_version=b.version)
    before = snap()
    with pytest.raises(StaleState, match="binding Zhou \u2192 Wu was changed by someone else.*test changed it at"):
        desk2.bindings.unbind(b.id, ended_by="user", expected_version=seen)  # desk2 meant to withdraw the request
    assert snap() == before and desk1.bindings.get(b.id).state == "active"
    # the fresh version works
    desk2.bindings.unbind(b.id, ended_by="user", expected_version=desk2.bindings.get(b.id).version)
    assert desk1.bindings.get(b.id).state == "ended"


def test_confirm_of_a_binding_withdrawn_meanwhile_is_refused(desk1, desk2, fam, snap):
    h = fam.household("jiangsu")
    husband, wife = fam.member(h, "Zhou"), fam.member(h, "Wu", male=False)
    b = desk1.bindings.bind(husband, wife, "spouse", commitment_signed=True, proofs=["marriage_certificate"]).value
    desk1.bindings.unbind(b.id, ended_by="user", expected_version=b.version)
    before = snap()
    with pytest.raises(StaleState):
        desk2.bindings.confirm(b.id, expected_version=b.version)
    assert snap() == before


def test_rebind_of_a_binding_changed_meanwhile_is_refused(desk1, desk2, fam, snap):
    h = fam.household("hubei")
    u = fam.resident(h)
    b1 = desk1.bindings.bind(fam.member(h), u, "child").value
    desk1.bindings.bind(fam.member(h), u, "child")
    desk1.bindings.unbind(b1.id)
    before = snap()
    with pytest.raises(StaleState):
        desk2.bindings.rebind_to_front(b1.id, expected_version=b1.version)
    assert snap() == before


def test_undo_of_bind_after_another_desk_confirmed_it_is_refused(desk1, desk2, fam, snap):
    h = fam.household("jiangsu")
    husband, wife = fam.member(h, "Zhou"), fam.member(h, "Wu", male=False)
    b = desk1.bindings.bind(husband, wife, "spouse", commitment_signed=True, proofs=["marriage_certificate"]).value
    desk2.bindings.confirm(b.id, expected_version=b.version)
    before = snap()
    with pytest.raises(StaleState, match="desk2 changed it at .*confirmed"):
        desk1.undo.undo()  # would end a binding desk2 just confirmed
    assert snap() == before


def test_stale_message_is_in_the_users_language(desk1, desk2, three):
    _, u, (b1, b2, b3) = three
    seen = order(desk2, u)
    desk1.order.reorder(u, [b3, b1, b2])
    set_language("zh_CN")
    with pytest.raises(StaleState) as err:
        desk2.order.reorder(u, [b2, b3, b1], expected=seen)
    assert "test" in str(err.value) and "支付顺序" in str(err.value)
