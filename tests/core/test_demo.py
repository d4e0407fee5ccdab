"""The demo sample: every ordering rule, both insurance types, a user with several authorizers, a clean ledger."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from core import ids
from core.demo import demo_id, seed_demo
from core.profiles import get_profile


@pytest.fixture()
def seeded(g):
    made = seed_demo(g, history_days=120)
    return g, made


def test_demo_id_is_valid_and_encodes_sex_and_birth():
    for male in (True, False):
        info = ids.validate(demo_id(date(1950, 3, 12), 17, male))
        assert info.male is male and info.birth_date == date(1950, 3, 12)
    assert demo_id(date(1950, 3, 12), 17, True) != demo_id(date(1950, 3, 12), 18, True)


def test_demo_covers_every_order_and_both_insurance_types(seeded):
    g, made = seeded
    households = g.households.list()
    orders = {get_profile(h.profile_id).order for h in households}
    assert orders == {"manual", "bind_time", "balance"}
    kinds = {m.insurance_type for h in households for m in g.members.list(h.id)}
    assert kinds == {"employee", "resident"}
    assert {"张家", "李家", "赵家", "陈家", "周家"} <= set(made)


def test_demo_has_a_user_with_several_authorizers(seeded):
    g, _ = seeded
    per_user = Counter(b.user_id for h in g.households.list() for b in g.bindings.list(h.id, include_ended=False)
                       if b.state == "active")
    user, n = per_user.most_common(1)[0]
    assert n >= 2
    assert len(g.order.list(user)) == n


def test_demo_has_a_pending_binding_and_history(seeded):
    g, made = seeded
    states = Counter(b.state for h in g.households.list() for b in g.bindings.list(h.id))
    assert states["pending"] >= 1 and states["active"] >= 5
    kinds = Counter(t.kind for h in g.households.list() for t in g.history.transactions(h.id, limit=10_000))
    assert kinds["payment"] >= 5 and kinds["credit"] >= 5 and kinds["refund"] == 1
    assert not g.undo.can_undo, "the sample is not something the user can undo"


def test_demo_ledger_is_clean_and_ids_valid(seeded, clock):
    g, _ = seeded
    assert g.check() == []
    for h in g.households.list():
        for m in g.members.list(h.id):
            assert ids.is_valid(m.id_number)
            assert (m.balance_fen is None) == (m.insurance_type == "resident")
            assert m.balance_fen is None or m.balance_fen >= 0
        for t in g.history.transactions(h.id, limit=10_000):
            assert t.occurred_at <= clock.now
        # The setup (bindings) happened before the history.
        first_txn = min((t.occurred_at for t in g.history.transactions(h.id, limit=10_000) if t.kind != "adjustment"),
                        default=None)
        for b in g.bindings.list(h.id):
            assert first_txn is None or b.bound_at < first_txn


def test_demo_bind_time_household_is_really_ordered_by_bind_time(seeded):
    g, made = seeded
    order = g.order.list(made["李娜"])
    assert [e.binding.authorizer_id for e in order] == [made["陈秀珍"], made["李建军"]]


def test_demo_twice_in_one_database(seeded):
    g, made = seeded
    again = seed_demo(g, history_days=30)
    assert again["张家"] != made["张家"]
    assert g.check() == []
