"""Changing a payment order by hand without the ORM (core/order_sql.py, issue #11): prepared SQL inside
core.sqlwrite.sql_write — the same frame as every write — that keeps what the ORM path did: the compare-and-set,
the audit row sealed in the chain, undo/redo fingerprints an ORM undo accepts, all-or-nothing, read-only refusal.

(The several-desks refusals themselves are in test_desks.py and test_undo.py; they run through this path too.)
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from core import order_sql, sqlwrite
from core.collection import Collection
from core.desks import user_fingerprint
from core.errors import StaleState, StorageError
from core.schema import AuditEvent

pytestmark = pytest.mark.usefixtures("english")
REPO = Path(__file__).resolve().parents[2]


def order(g, user) -> list[int]:
    return [e.binding.id for e in g.order.list(user)]


@pytest.fixture()
def three(g, fam):
    """A user under the manual order with three authorizers (b1, b2, b3), one binding confirmed (a jiangsu-style
    two-step binding is not needed: the national profile stamps confirmed_at, which the fingerprint covers)."""
    h = fam.household()
    u = fam.resident(h, "Kid")
    bs = [g.bindings.bind(fam.member(h, name, balance=10_000), u, "child").value.id for name in ("Liu", "Zhang", "Wang")]
    g.undo.clear()
    return h, u, bs


@pytest.fixture()
def orm_sessions():
    """How many ORM sessions began a transaction while the fixture is active."""
    begun = []

    def count(session, transaction, connection):  # noqa: ARG001 - event signature
        begun.append(session)
    event.listen(Session, "after_begin", count)
    yield begun
    event.remove(Session, "after_begin", count)


def test_reorder_and_move_use_no_orm_session(g, three, orm_sessions):
    _, u, (b1, b2, b3) = three
    g.order.reorder(u, [b3, b1, b2], expected=[b1, b2, b3])
    g.order.move(u, b2, 0)
    g.order.move(u, b1, 2, expected=[b2, b3, b1])  # unchanged: nothing written
    assert orm_sessions == []
    assert order(g, u) == [b2, b3, b1]
    g.undo.undo()  # an undo is an ORM write: the counter does see sessions
    assert orm_sessions


def test_the_undo_fingerprint_is_the_one_the_orm_computes(g, db, three):
    _, u, (b1, b2, b3) = three
    g.order.reorder(u, [b2, b3, b1])
    step = g._ctx.undo[-1]
    with db.read() as s:
        orm_after = user_fingerprint(s, u)
    assert step.after == orm_after
    assert all(v.split("/")[1] != "-" for _, v, _ in orm_after)  # confirmed_at is in it (datetimes compared)
    # ORM undo and redo of the SQL-path step, then a second SQL-path reorder and its undo
    g.undo.undo()
    assert order(g, u) == [b1, b2, b3]
    g.undo.redo()
    assert order(g, u) == [b2, b3, b1]
    g.order.move(u, b1, 0, expected=[b2, b3, b1])
    assert g._ctx.undo[-1].after != orm_after
    with db.read() as s:
        assert g._ctx.undo[-1].after == user_fingerprint(s, u)
    g.undo.undo()
    g.undo.undo()
    assert order(g, u) == [b1, b2, b3] and g.check() == []


def test_the_audit_row_is_the_orm_paths_and_sealed_in_the_chain(g, db, fam, three, clock):
    h, u, (b1, b2, b3) = three
    when = clock.advance(seconds=0)
    g.order.reorder(u, [b3, b1, b2])
    with db.read() as s:
        ev = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert (ev.action, ev.actor, ev.household_id, ev.on_behalf_of) == ("order.reorder", "test", h, "")
        assert ev.summary == "Payment order for Kid: Wang \u2192 Liu \u2192 Zhang"
        assert json.loads(ev.details) == {"user_id": u, "old": [b1, b2, b3], "new": [b3, b1, b2]}
        assert ev.at > when and ev.row_hash
    assert g.audit.log(h)[0].summary == ev.summary
    # interleaved with ORM writes (a bind, an undo) and payments (SQL): one chain, check() clean
    g.bindings.bind(fam.member(h, "Zhao", balance=500), u, "child")
    g.order.move(u, b1, 3)
    g.ledger.pay(u, 300)
    g.undo.undo()
    g.order.reorder(u, [b1, b2, b3, *[b for b in order(g, u) if b not in (b1, b2, b3)]])
    assert g.check() == []


def test_a_stale_view_is_refused_with_who_and_when_and_nothing_written(g, db, three, snap, clock):
    _, u, (b1, b2, b3) = three
    g.order.reorder(u, [b3, b1, b2])
    before = snap()
    with pytest.raises(StaleState) as err:
        g.order.reorder(u, [b2, b1, b3], expected=[b1, b2, b3])
    assert snap() == before
    assert err.value.fresh == [b3, b1, b2] and err.value.field == "expected"
    assert "test changed it at 2026-06-15" in str(err.value) and "Wang \u2192 Liu \u2192 Zhang" in str(err.value)
    with pytest.raises(StaleState):
        g.order.move(u, b1, 0, expected=[b1, b2, b3])
    assert snap() == before


def test_a_failure_after_the_positions_rolls_everything_back(g, three, snap, monkeypatch):
    _, u, (b1, b2, b3) = three
    before = snap()

    def boom(self, table, values):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(sqlwrite.Tx, "insert_sealed", boom)  # the audit row: after the positions were updated
    with pytest.raises(RuntimeError):
        g.order.reorder(u, [b3, b2, b1])
    assert snap() == before and not g.undo.can_undo


def test_a_read_only_ledger_refuses_a_reorder(g, three, snap):
    _, u, (b1, b2, b3) = three
    before = snap()
    g.db.read_only_reason = "另一个窗口正在使用"
    with pytest.raises(StorageError, match="另一个窗口"):
        g.order.reorder(u, [b3, b2, b1])
    g.db.read_only_reason = ""
    assert snap() == before and order(g, u) == [b1, b2, b3]


def test_the_who_when_of_the_sql_path_is_the_orm_one(g, db, three):
    from core.desks import who_when
    _, u, (b1, b2, b3) = three
    g.order.reorder(u, [b2, b1, b3])
    with db.read() as s:
        orm = who_when(s, u)
    with sqlwrite.sql_write(db) as tx:
        assert order_sql.who_when(tx, u, g.members.get(u).household_id) == orm
    assert "Payment order for Kid" in orm


# ----------------------------------------------------------------------------------------------- imports

CODE = """
import json, sys
from core.collection import Collection
col = Collection.open(sys.argv[1], actor="t")
col.db.full  # the write frame's engine: what every write (a payment too) opens
def loaded():
    return {m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic") or m in ORM}
ORM = ("core.schema", "core._base", "core.desks", "core.bindings")
u, (b1, b2) = int(sys.argv[2]), json.loads(sys.argv[3])
before = loaded()
col.order.reorder(u, [b2, b1], expected=[b1, b2])
col.order.move(u, b1, 0)
after_reorder = loaded()
if sys.argv[4] == "undo":
    col.undo.undo()
print(json.dumps([sorted(after_reorder - before), sorted(loaded() - before), sorted(m for m in ORM if m in before)]))
"""


@pytest.mark.sqlite_only
@pytest.mark.parametrize("then", ["", "undo"])
def test_a_reorder_loads_no_orm_mapping(g, fam, then):
    """The ORM (core.schema's mapping, core._base, sessions) is not imported by a reorder; its undo does load it
    (which shows the check can see it)."""
    h = fam.household()
    kid = fam.resident(h, "Kid")
    bs = [g.bindings.bind(fam.member(h), kid, "child").value.id for _ in range(2)]
    path = g.path
    out = subprocess.run([sys.executable, "-c", CODE, str(path), str(kid), json.dumps(bs), then], cwd=REPO,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    by_reorder, by_all, orm_before = json.loads(out.stdout.strip().splitlines()[-1])
    assert orm_before == []
    assert by_reorder == [], f"a reorder imported {by_reorder}"
    if then == "undo":
        assert "core.schema" in by_all and "core._base" in by_all
