"""Transaction views read in batches (list_transactions) and built from what was written (pay) agree with the
ledger itself: every split is recomputed here from the raw ledger rows with plain SQL."""
from __future__ import annotations

from datetime import date

from sqlalchemy import text

from core.views import Split


def ledger_splits(db, txn_id: int) -> tuple[tuple[int, int], ...]:
    """(member id, amount) per member in the order of the first entry, from the raw rows; payments positive."""
    with db.engine.connect() as c:
        kind, = c.execute(text("SELECT kind FROM transactions WHERE id = :t"), {"t": txn_id}).one()
        rows = c.execute(text("SELECT a.member_id, e.amount_fen FROM ledger_entries e JOIN accounts a "
                              "ON a.id = e.account_id WHERE e.txn_id = :t ORDER BY e.seq"), {"t": txn_id}).all()
    per: dict[int, int] = {}
    for mid, amount in rows:
        per[mid] = per.get(mid, 0) + (-amount if kind == "payment" else amount)
    return tuple(per.items())


def test_views_match_the_ledger_rows(g, fam, db):
    h = fam.household()
    u = fam.member(h, "用户", balance=300, born=date(1990, 1, 1))
    a1 = fam.member(h, "甲", balance=500, prior=200)
    a2 = fam.woman(h, "乙", balance=400)
    kid = fam.resident(h, "孩子")
    g.bindings.bind(a1, u, "child")
    g.bindings.bind(a2, u, "child")
    g.bindings.bind(a1, kid, "child")
    paid = []
    for who, amount in [(u, 250), (u, 600), (kid, 150), (u, 900), (kid, 10_000)]:
        r = g.ledger.pay(who, amount, "pharmacy", note=f"n{amount}")
        # The view pay() builds from what it wrote equals the one read back from the database.
        assert r.value == g.ledger.transaction(r.value.id)
        assert tuple((s.member_id, s.amount_fen) for s in r.value.splits) == ledger_splits(db, r.value.id)
        assert sum(s.amount_fen for s in r.value.splits) + r.value.out_of_pocket_fen == amount
        paid.append(r.value)
    g.ledger.refund(paid[1].id, 100)
    g.ledger.refund(paid[1].id, 50)
    g.ledger.refund(paid[3].id)
    g.ledger.credit(a2, 77, note="c")
    g.ledger.adjust(a2, -5, note="fix")
    rows = g.history.transactions(h, limit=1000)
    assert len(rows) == 13  # 3 opening balances, 5 payments, 3 refunds, a credit, an adjustment
    for v in rows:
        assert v == g.ledger.transaction(v.id)
        assert tuple((s.member_id, s.amount_fen) for s in v.splits) == ledger_splits(db, v.id)
        assert all(s.own == (s.member_id == v.member_id) for s in v.splits)
    by_id = {v.id: v for v in rows}
    assert by_id[paid[1].id].refunded_fen == 150 and by_id[paid[3].id].refunded_fen == 900
    assert by_id[paid[0].id].refunded_fen == 0
    assert by_id[paid[3].id].refundable_fen == 0
    names = {m.id: m.name for m in g.members.list(h)}
    assert all(v.member_name == names[v.member_id] and all(isinstance(s, Split) and s.member_name == names[s.member_id]
                                                           for s in v.splits) for v in rows)
    # Pages read in batches give the same rows as one long read.
    page, seen = g.history.transactions(h, limit=3), []
    while page:
        seen += page
        page = g.history.transactions(h, limit=3, before=(page[-1].occurred_at, page[-1].id))
    assert seen == rows
