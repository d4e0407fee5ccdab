"""Bad input: a specific message, and NOTHING changes (every table is compared before and after each refusal)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from core.errors import GongjiError, InvalidInput, NotFound, RuleRefused
from core.money import MAX_FEN

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture()
def world(g, fam):
    h = fam.household("hubei", name="Li")
    a = fam.member(h, "Auth", balance=10000, born=datetime(1970, 1, 1).date())
    u = fam.resident(h, "User")
    w = fam.member(h, "Wife", balance=5000, male=False)
    b = g.bindings.bind(a, u, "child").value.id
    pay = g.ledger.pay(u, 3000).value.id
    return {"h": h, "a": a, "u": u, "w": w, "b": b, "pay": pay}


def _cases(g, fam, w, make_id):
    h, a, u, wife, b, pay = w["h"], w["a"], w["u"], w["w"], w["b"], w["pay"]
    h6 = fam.household("six-member", name="Six")
    a6 = fam.member(h6, "Auth6", balance=100, born=datetime(1970, 1, 1).date())
    kids = [fam.resident(h6, f"K{i}") for i in range(4)]
    for k in kids[:3]:
        g.bindings.bind(a6, k, "child")  # a6 now has 3 children: the limit
    return [
        # (description, call, error type, words in the message)
        ("bad ID", lambda: g.members.add(h, "X", "110105194912310021", "resident"), InvalidInput, "typo somewhere"),
        ("ID too short", lambda: g.members.add(h, "X", "1234", "resident"), InvalidInput, "18 characters"),
        ("duplicate ID", lambda: g.members.add(h, "X", g.members.get(u).id_number, "resident"), InvalidInput,
         "already in this household"),
        ("name with control char", lambda: g.members.add(h, "Zh\x00ang", make_id(), "resident"), InvalidInput,
         "control character"),
        ("name too long", lambda: g.members.add(h, "张" * 51, make_id(), "resident"), InvalidInput,
         "at most 50 characters, this has 51"),
        ("empty name", lambda: g.members.add(h, "   ", make_id(), "resident"), InvalidInput, "Please enter the name"),
        ("bad insurance", lambda: g.members.add(h, "X", make_id(), "private"), InvalidInput,
         "insurance type must be one of"),
        ("bad status", lambda: g.members.add(h, "X", make_id(), "employee", status="dead"), InvalidInput,
         "insured status must be one of"),
        ("resident with balance", lambda: g.members.add(h, "X", make_id(), "resident", balance_fen=100), InvalidInput,
         "cannot have a balance"),
        ("prior above balance", lambda: g.members.add(h, "X", make_id(), "employee", balance_fen=100,
                                                     prior_years_fen=200), InvalidInput, "cannot be more than"),
        ("negative balance", lambda: g.members.add(h, "X", make_id(), "employee", balance_fen=-1), InvalidInput,
         "The balance cannot be negative"),
        ("person number too long", lambda: g.members.add(h, "X", make_id(), "resident", person_number="1" * 31),
         InvalidInput, "at most 30"),
        ("unknown household", lambda: g.members.add(999, "X", make_id(), "resident"), NotFound,
         "no household with number 999"),
        ("bad household name", lambda: g.households.create("a\x07b"), InvalidInput, "control character"),
        ("bad household note", lambda: g.households.create("ok", note="line\x1b[31m"), InvalidInput,
         "control character"),
        ("unknown profile", lambda: g.households.create("ok", "atlantis"), InvalidInput, "Unknown policy profile"),
        ("amount zero", lambda: g.ledger.pay(u, 0), InvalidInput, "more than zero"),
        ("amount negative", lambda: g.ledger.pay(u, -100), InvalidInput, "cannot be negative"),
        ("amount huge", lambda: g.ledger.pay(u, MAX_FEN + 1), InvalidInput, "too large"),
        ("amount float", lambda: g.ledger.pay(u, 12.5), InvalidInput, "whole number of fen"),
        ("amount bool", lambda: g.ledger.pay(u, True), InvalidInput, "whole number of fen"),
        ("amount text", lambda: g.ledger.pay(u, "12"), InvalidInput, "whole number of fen"),
        ("ineligible expense", lambda: g.ledger.pay(u, 100, "cash_withdrawal"), RuleRefused, "cannot be paid"),
        ("unknown expense", lambda: g.ledger.pay(u, 100, "spa"), InvalidInput, "expense kind must be one of"),
        ("note with control char", lambda: g.ledger.pay(u, 100, note="bad\x00note"), InvalidInput, "control character"),
        ("note too long", lambda: g.ledger.pay(u, 100, note="x" * 501), InvalidInput, "at most 500"),
        ("unknown member pays", lambda: g.ledger.pay(999, 100), NotFound, "no member with number 999"),
        ("member id not a number", lambda: g.ledger.pay("1", 100), InvalidInput, "positive whole number"),
        ("future date", lambda: g.ledger.pay(u, 100, occurred_at=datetime(2099, 1, 1)), InvalidInput, "in the future"),
        ("limit exceeded", lambda: g.bindings.bind(a6, kids[3], "child"), RuleRefused, "at most 3 child"),
        ("relation not allowed", lambda: g.bindings.bind(a6, kids[3], "sibling"), RuleRefused, "cannot be bound"),
        ("parent-in-law", lambda: g.bindings.bind(a, wife, "parent_in_law"), RuleRefused, "not close relatives"),
        ("unknown authorizer", lambda: g.bindings.bind(999, u, "child"), NotFound, "no member with number 999"),
        ("unknown binding", lambda: g.bindings.unbind(999), NotFound, "no binding with number 999"),
        ("refund beyond remaining", lambda: g.ledger.refund(pay, 3001), InvalidInput, "still refundable"),
        ("refund unknown", lambda: g.ledger.refund(999), NotFound, "no payment with number 999"),
        ("refund note", lambda: g.ledger.refund(pay, 10, note="\x08"), InvalidInput, "control character"),
        ("credit resident", lambda: g.ledger.credit(u, 100), RuleRefused, "no personal account"),
        ("credit bad part", lambda: g.ledger.credit(a, 100, part="future"), InvalidInput, "account part must be one of"),
        ("adjust below zero", lambda: g.ledger.adjust(a, -10**6, note="x"), RuleRefused, "below zero"),
        ("reorder under hubei", lambda: g.order.reorder(u, [b]), RuleRefused, "re-bind"),
        ("unknown profile switch", lambda: g.households.set_profile(h, "atlantis"), InvalidInput, "Unknown policy profile"),
        ("update with bad name", lambda: g.members.update(u, name="\x7f"), InvalidInput, "control character"),
        ("update bad status", lambda: g.members.update(u, status="gone"), InvalidInput, "insured status"),
    ]


def test_every_refusal_is_specific_and_changes_nothing(g, fam, world, snap, make_id):
    cases = _cases(g, fam, world, make_id)
    for what, call, err, words in cases:
        before = snap()
        with pytest.raises(GongjiError) as exc:
            call()
        assert isinstance(exc.value, err), f"{what}: {type(exc.value).__name__}: {exc.value}"
        assert words in str(exc.value), f"{what}: {exc.value}"
        assert snap() == before, f"{what}: the database changed"
    # And the ledger is still consistent.
    assert g.check() == []


def test_undo_and_redo_with_nothing_to_do_change_nothing(g, fam, snap):
    fam.household()
    before = snap()
    with pytest.raises(RuleRefused, match="nothing to undo"):
        g.undo.undo()
    with pytest.raises(RuleRefused, match="nothing to redo"):
        g.undo.redo()
    assert snap() == before


def test_a_failure_half_way_rolls_back_the_whole_write(g, fam, snap, monkeypatch):
    """If anything fails inside a write after rows were added, none of them stay."""
    h = fam.household()
    u = fam.member(h, balance=1000, born=date(1990, 1, 1))
    a = fam.member(h, balance=1000)
    g.bindings.bind(a, u, "child")
    before = snap()
    from core import ledger_sql
    real_post = ledger_sql._post  # a payment's writes (core.ledger_sql): entries and balance of one account
    calls = {"n": 0}

    def post(tx, txn_id, acct, parts, seq, **kw):
        calls["n"] += 1
        if calls["n"] == 2:  # the second account of a split payment
            raise RuntimeError("disk on fire")
        return real_post(tx, txn_id, acct, parts, seq, **kw)

    monkeypatch.setattr(ledger_sql, "_post", post)
    with pytest.raises(RuntimeError):
        g.ledger.pay(u, 1500)
    assert snap() == before


def test_multiline_note_keeps_newlines_and_tabs(g, fam):
    h = fam.household()
    u = fam.member(h, balance=1000)
    assert g.ledger.pay(u, 100, note="line 1\n\tline 2").value.note == "line 1\n\tline 2"
    with pytest.raises(InvalidInput, match="control character"):
        g.households.create("two\nlines")  # a name is one line


@pytest.mark.parametrize("ch", ["\u202e", "\u2066", "\u200f"])
def test_direction_override_characters_in_names_are_refused(g, ch):
    """A right-to-left override can make '张三' display as something else: refused like any control character."""
    h = g.households.create("家", "national").value
    before = g.members.list(h.id)
    with pytest.raises(InvalidInput):
        g.members.add(h.id, f"张{ch}三", "11010519491231002X", "resident")
    assert g.members.list(h.id) == before
