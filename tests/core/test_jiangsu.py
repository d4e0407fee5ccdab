"""Seed 004 (Jiangsu): the authorizer (主账户) applies, the spouse accepts in 「授权绑定确认」, which completes a
two-way binding. The one who applied never confirms; the audit log says who applied and who confirmed."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from core.errors import InvalidInput, RuleRefused
from core.schema import AuditEvent

pytestmark = pytest.mark.usefixtures("english")

PROOF = {"commitment_signed": True, "proofs": ["marriage_certificate"]}


@pytest.fixture()
def couple(g, fam):
    h = fam.household("jiangsu")
    husband = fam.member(h, "Zhou", balance=50000)
    wife = fam.member(h, "Wu", male=False, balance=20000)
    return h, husband, wife


def _audit(db, action):
    with db.read() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)).all()
        return [(e.summary, json.loads(e.details)) for e in rows]


def test_the_authorizer_applies_and_the_spouse_is_asked(g, couple):
    h, husband, wife = couple
    r = g.bindings.bind(husband, wife, "spouse", **PROOF)
    assert r.value.state == "pending" and r.value.initiated_by == "authorizer"
    assert r.message == "Waiting for Wu to confirm."
    [(summary, details)] = _audit(g.db, "binding.bind")
    assert summary.startswith("Zhou applied for Wu to use Zhou's account") and "waiting for Wu" in summary
    assert details["initiated_by"] == "authorizer"


def test_the_applicant_cannot_confirm_their_own_application(g, couple, snap):
    h, husband, wife = couple
    b = g.bindings.bind(husband, wife, "spouse", **PROOF).value
    before = snap()
    with pytest.raises(RuleRefused, match="Zhou applied for this binding, so Zhou cannot confirm it; Wu confirms"):
        g.bindings.confirm(b.id, by="authorizer")
    assert snap() == before
    with pytest.raises(InvalidInput):
        g.bindings.confirm(b.id, by="neighbour")


def test_confirming_completes_a_two_way_binding(g, couple):
    h, husband, wife = couple
    b = g.bindings.bind(husband, wife, "spouse", **PROOF).value
    r = g.bindings.confirm(b.id, by="user")
    assert "both ways" in r.message
    c = r.value
    assert (c.state, c.initiated_by, c.confirmed_by) == ("active", "authorizer", "user") and c.partner_id
    rev = g.bindings.get(c.partner_id)
    assert (rev.authorizer_id, rev.user_id, rev.relation, rev.state) == (wife, husband, "spouse", "active")
    assert rev.partner_id == b.id
    # Each can now pay with the other's account.
    assert [e.binding.authorizer_id for e in g.order.list(wife)] == [husband]
    assert [e.binding.authorizer_id for e in g.order.list(husband)] == [wife]
    [(summary, details)] = _audit(g.db, "binding.confirm")
    assert summary.startswith("Wu confirmed; Zhou and Wu may now use each other's accounts (two-way)")
    assert (details["initiated_by"], details["confirmed_by"], details["partner_id"]) == ("authorizer", "user",
                                                                                        rev.id)


def test_the_user_may_apply_then_the_authorizer_confirms(g, couple):
    h, husband, wife = couple
    r = g.bindings.bind(husband, wife, "spouse", initiated_by="user", **PROOF)
    assert r.message == "Waiting for Zhou to confirm."
    c = g.bindings.confirm(r.value.id).value  # by default the other party
    assert (c.initiated_by, c.confirmed_by) == ("user", "authorizer")


def test_a_resident_spouse_has_no_account_to_share_back(g, fam):
    h = fam.household("jiangsu")
    husband, wife = fam.member(h, "Zhou", balance=100), fam.resident(h, "Wu", male=False)
    b = g.bindings.bind(husband, wife, "spouse", **PROOF).value
    r = g.bindings.confirm(b.id)
    assert r.value.partner_id is None and r.message == "Binding confirmed."
    assert g.order.list(husband) == []


def test_a_child_binding_in_jiangsu_is_one_way_and_immediate(g, fam):
    h = fam.household("jiangsu")
    a, kid = fam.member(h, "Zhou"), fam.resident(h, "Kid")
    b = g.bindings.bind(a, kid, "child", commitment_signed=True, proofs=["birth_certificate"]).value
    assert b.state == "active" and b.partner_id is None


def test_ending_a_two_way_binding_ends_both_and_undo_restores_both(g, couple):
    h, husband, wife = couple
    b = g.bindings.bind(husband, wife, "spouse", **PROOF).value
    rev_id = g.bindings.confirm(b.id).value.partner_id
    g.bindings.unbind(b.id, ended_by="user")
    assert g.bindings.get(b.id).state == g.bindings.get(rev_id).state == "ended"
    assert (g.bindings.get(b.id).ended_by, g.bindings.get(rev_id).ended_by) == ("user", "authorizer")
    g.undo.undo()
    assert g.bindings.get(b.id).state == g.bindings.get(rev_id).state == "active"
    g.undo.undo()  # the confirmation: back to pending, the reverse ends
    assert g.bindings.get(b.id).state == "pending" and g.bindings.get(rev_id).state == "ended"
    g.undo.redo()
    assert g.bindings.get(b.id).state == g.bindings.get(rev_id).state == "active"
    assert g.bindings.get(b.id).confirmed_by == "user"
    assert g.check() == []
