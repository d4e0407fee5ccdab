"""Benchmark: recording a payment (col.ledger.pay) ÷ raw sqlite3 doing the same writes (issue #11: <= 2x); and
changing a payment order (col.order.reorder) ÷ raw sqlite3 doing the same writes (``--reorder``; <= 2x).

    bash scripts/run py bench/payment.py [--reps 200] [--big FILE] [--reorder]

CPU time (time.process_time) of each side, the app's durability settings on both (WAL, synchronous=FULL,
foreign keys): fsync's wall time swings 0.7-4 ms and is the disk's, not ours. The baseline writes the same rows
gongji writes for that payment — the transaction row, one ledger entry per split, the balance updates — sealed
(core.chain.row_digest, chained on each table's newest row), so its database passes ``gongji check`` afterwards
(both databases checked: ``check_problems``). The baseline writes into a copy of the same ledger (one writer per
file, as in the app). A rep is a block of BLOCK payments on one side then on the other (the first side alternates);
the value is per payment. (Alternating single payments measures mostly the caches each side evicts for the other:
ours then costs ~1.2 ms instead of ~0.75 ms, the baseline ~0.5 instead of ~0.35.) Sides alternate each rep; medians and the worst pair are reported.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _wcommon  # noqa: E402


BLOCK = 10


def _raw_copy(path: Path, copy: Path) -> sqlite3.Connection:
    """The baseline's connection: a copy of the same ledger, with the app's durability settings (WAL, FULL sync,
    foreign keys)."""
    src, dst = sqlite3.connect(path), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    raw = sqlite3.connect(copy, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        raw.execute(f"PRAGMA {pragma}")
    return raw


def run(tmp: Path, big: Path | None = None, reps: int = 30) -> dict:
    from core import i18n
    from core.chain import row_digest
    from core.collection import Collection
    from core.store import open_database
    i18n.set_language("zh_CN")  # as the window does at start (gui.i18n.install_translators)
    path = big if big is not None else tmp / "payment.db"
    if big is None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        db = open_database(path, backup=False)
        g = Collection(db, actor="bench")
        _hid, ids = _wcommon.household(g)
        for m in ids[:4]:
            g.ledger.credit(m, 50_000_000)
    else:
        db = open_database(path, backup=False)
        g = Collection(db, actor="bench")
        ids = [m.id for m in g.members.list(g.households.list()[0].id)]
        for m in ids[2:4]:
            g.ledger.credit(m, 50_000_000)
    kid = ids[4]
    # The baseline writes into its own copy of the same ledger: two connections writing one file would each
    # throw away the other's page cache at every commit, which the app (one writer) never pays.
    copy = tmp / "payment_baseline.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    raw = _raw_copy(path, copy)
    acct = {m: a for a, m in raw.execute("SELECT id, member_id FROM accounts")}
    hid = raw.execute("SELECT household_id FROM members WHERE id = ?", (kid,)).fetchone()[0]
    tails_sql = ("SELECT (SELECT id FROM transactions ORDER BY id DESC LIMIT 1), "
                 "(SELECT row_hash FROM transactions ORDER BY id DESC LIMIT 1), "
                 "(SELECT id FROM ledger_entries ORDER BY id DESC LIMIT 1), "
                 "(SELECT row_hash FROM ledger_entries ORDER BY id DESC LIMIT 1)")

    def ours(i: int):
        t0 = time.process_time()
        r = g.ledger.pay(kid, 2_000 + i, "pharmacy", note="基准")
        return time.process_time() - t0, r.value

    def baseline(i: int, shape) -> float:
        t0 = time.process_time()
        now = datetime.now()
        stamp = now.isoformat(" ", "microseconds")
        raw.execute("BEGIN IMMEDIATE")
        t_id, t_hash, e_id, e_hash = raw.execute(tails_sql).fetchone()
        tid = t_id + 1
        row = (tid, hid, "payment", kid, shape.amount_fen, shape.out_of_pocket_fen, "pharmacy", "基准", now, now, None, "bench")
        t_hash = row_digest("transactions", t_hash, row)
        raw.execute("INSERT INTO transactions (id, household_id, kind, member_id, amount_fen, out_of_pocket_fen, "
                    "expense_kind, note, occurred_at, recorded_at, refund_of_id, operator, row_hash) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", row[:8] + (stamp, stamp) + row[10:] + (t_hash,))
        for seq, s in enumerate(shape.splits):
            e_id += 1
            erow = (e_id, tid, acct[s.member_id], seq, "current", -s.amount_fen)
            e_hash = row_digest("ledger_entries", e_hash, erow)
            # + the entry's copies of its transaction's time and of "paid for someone else" (migration 0007)
            raw.execute("INSERT INTO ledger_entries (id, txn_id, account_id, seq, part, amount_fen, row_hash, "
                        "occurred_at, for_other) VALUES (?,?,?,?,?,?,?,?,?)",
                        erow + (e_hash, stamp, s.member_id != kid))
            raw.execute("UPDATE accounts SET balance_fen = balance_fen - ? WHERE id = ?",
                        (s.amount_fen, acct[s.member_id]))
        raw.execute("COMMIT")
        return time.process_time() - t0

    for i in range(10):  # warm both sides (statement caches, pages)
        _, shape = ours(i)
        baseline(i, shape)
    ours_t, base_t = [], []
    for i in range(reps):  # a block of BLOCK payments per side and rep; the side that goes first alternates
        sides = ("ours", "base") if i % 2 == 0 else ("base", "ours")
        for side in sides:
            if side == "ours":
                t = 0.0
                for j in range(BLOCK):
                    dt, shape = ours(i * BLOCK + j)
                    t += dt
                ours_t.append(t / BLOCK)
            else:
                base_t.append(sum(baseline(i * BLOCK + j, shape) for j in range(BLOCK)) / BLOCK)
    raw.close()
    problems = g.check()
    g2 = Collection(open_database(copy, backup=False), actor="bench")
    problems += g2.check()
    g2.close()
    if problems:
        print(problems[:3], file=sys.stderr)
    db.close()
    out = _wcommon.summary(ours_t, base_t)
    out.update(metric="payment_cpu_ratio", goal="<= 2", check_problems=len(problems),
               detail=f"col.ledger.pay {out['ours_s'] * 1e3:.3f} ms CPU / raw sqlite3 {out['baseline_s'] * 1e3:.3f} "
                      f"ms CPU (median of {reps} blocks of {BLOCK}; {len(shape.splits)} split(s))")
    return out


def run_reorder(tmp: Path, reps: int = 30) -> dict:
    """col.order.reorder (with ``expected=``, as the window sends it) ÷ raw sqlite3 doing the same writes.

    CPU time, the app's durability settings on both (WAL, synchronous=FULL, foreign keys), each side on its own copy
    of the same ledger. The baseline writes what gongji writes for that reorder — the changed positions and the
    audit row (same summary and details), sealed on the audit chain's newest row (core.chain.row_digest) — so its
    file passes ``gongji check`` too; like the payment baseline it reads only the chain's tail (not the stored order
    the compare-and-set reads, nor the names in the summary). Blocks of BLOCK reorders per side, the first side
    alternating; medians and the worst block."""
    from core import i18n
    from core.chain import row_digest
    from core.collection import Collection
    from core.stale import audit_details
    from core.store import open_database
    i18n.set_language("zh_CN")
    path = tmp / "reorder.db"
    copy = tmp / "reorder_baseline.db"
    for p in (path, copy):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{p}{suffix}").unlink(missing_ok=True)
    db = open_database(path, backup=False)
    g = Collection(db, actor="bench")
    _hid, ids = _wcommon.household(g)
    kid = ids[4]
    g.bindings.bind(ids[0], kid, "grandchild")  # three accounts in the child's order
    g.undo.clear()
    orders = [[e.binding.id for e in g.order.list(kid)]]
    orders.append(orders[0][::-1])
    raw = _raw_copy(path, copy)
    hid = raw.execute("SELECT household_id FROM members WHERE id = ?", (kid,)).fetchone()[0]
    names = dict(raw.execute("SELECT b.id, m.name FROM bindings b JOIN members m ON m.id = b.authorizer_id"))
    kid_name = raw.execute("SELECT name FROM members WHERE id = ?", (kid,)).fetchone()[0]
    state = {"ours": 0, "base": 0}  # which of the two orders each side's file holds now

    def ours() -> float:
        old, new = orders[state["ours"]], orders[1 - state["ours"]]
        t0 = time.process_time()
        g.order.reorder(kid, new, expected=old)
        dt = time.process_time() - t0
        state["ours"] = 1 - state["ours"]
        return dt

    def baseline() -> float:
        old, new = orders[state["base"]], orders[1 - state["base"]]
        t0 = time.process_time()
        now = datetime.now()
        raw.execute("BEGIN IMMEDIATE")
        a_id, a_hash = raw.execute("SELECT (SELECT id FROM audit_log ORDER BY id DESC LIMIT 1), "
                                   "(SELECT row_hash FROM audit_log ORDER BY id DESC LIMIT 1)").fetchone()
        raw.executemany("UPDATE bindings SET position = ? WHERE id = ?",
                        [(pos, b) for pos, b in enumerate(new, start=1) if old.index(b) + 1 != pos])
        row = (a_id + 1, now, "bench", "", hid, "order.reorder",
               i18n.tr("Payment order for {u}: {order}", u=kid_name, order=" \u2192 ".join(names[b] for b in new)),
               audit_details(user_id=kid, old=old, new=new))
        raw.execute("INSERT INTO audit_log (id, at, actor, on_behalf_of, household_id, action, summary, details, "
                    "row_hash) VALUES (?,?,?,?,?,?,?,?,?)",
                    (row[0], now.isoformat(" ", "microseconds"), *row[2:], row_digest("audit_log", a_hash, row)))
        raw.execute("COMMIT")
        dt = time.process_time() - t0
        state["base"] = 1 - state["base"]
        return dt

    for _ in range(10):  # warm both sides
        ours()
        baseline()
    ours_t, base_t = [], []
    for i in range(reps):
        g.undo.clear()  # (the window's stack is short; not timed)
        for side in (("ours", "base") if i % 2 == 0 else ("base", "ours")):
            if side == "ours":
                ours_t.append(sum(ours() for _ in range(BLOCK)) / BLOCK)
            else:
                base_t.append(sum(baseline() for _ in range(BLOCK)) / BLOCK)
    raw.close()
    problems = g.check()
    g2 = Collection(open_database(copy, backup=False), actor="bench")
    problems += g2.check()
    same = [e.binding.id for e in g2.order.list(kid)] == [e.binding.id for e in g.order.list(kid)]
    g2.close()
    db.close()
    if problems or not same:
        print(problems[:3], "same order:", same, file=sys.stderr)
    out = _wcommon.summary(ours_t, base_t)
    out.update(metric="reorder_commit_ratio", goal="<= 2", check_problems=len(problems) + (not same),
               detail=f"col.order.reorder {out['ours_s'] * 1e3:.3f} ms CPU / raw sqlite3 {out['baseline_s'] * 1e3:.3f} "
                      f"ms CPU (median of {reps} blocks of {BLOCK}; {len(orders[0])} accounts reversed)")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=30)
    ap.add_argument("--big", type=Path)
    ap.add_argument("--reorder", action="store_true", help="measure col.order.reorder instead of col.ledger.pay")
    args = ap.parse_args(argv)
    import tempfile
    with tempfile.TemporaryDirectory(prefix="gongji-bench-") as tmp:
        out = run_reorder(Path(tmp), args.reps) if args.reorder else run(Path(tmp), args.big, args.reps)
        print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    _wcommon.run_compiled()
    sys.exit(main())
