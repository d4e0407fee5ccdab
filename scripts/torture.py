#!/usr/bin/env python3
"""Crash torture: kill a writer with SIGKILL at random moments and prove that nothing committed is lost.

    python scripts/torture.py --kills N [--seed S] [--db PATH]

The parent creates a file database with one household, then N times: starts a child (this script with
``--child``) that records random payments, refunds, credits, binds and unbinds through core (``Collection``) and
prints one line per committed operation (``COMMITTED payment <txn_id> <amount_fen>``, flushed right after the
commit); after the child says ``READY`` the parent waits a random few to tens of milliseconds and SIGKILLs it.
After every kill it runs ``PRAGMA integrity_check``; at the end it reopens the database through core and checks
that every payment the children reported committed is there with the same amount, and that every balance equals
the sum of its ledger entries (``Collection.check()``).

The LAST line of output is exactly ``N kills, X integrity errors, Y lost payments, Z balance mismatches``; the
exit code is 0 only when X = Y = Z = 0.
"""
from __future__ import annotations

import argparse
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HOUSEHOLD = "torture"


# ------------------------------------------------------------------------------------------------ child

def child(db_path: Path, seed: int, sabotage: bool = False) -> int:
    from sqlalchemy import select

    from core.errors import GongjiError
    from core.schema import Transaction
    from core.collection import Collection
    from core.store import open_database

    rng = random.Random(seed)
    db = open_database(db_path)
    g = Collection(db, actor="torture")
    hid = next(h.id for h in g.households.list() if h.name == HOUSEHOLD)
    members = g.members.list(hid)
    employees = [m.id for m in members if m.has_account]
    everyone = [m.id for m in members]
    relations = ("child", "sibling", "grandchild", "grandparent", "father", "mother", "spouse")
    out = sys.stdout

    def say(line: str) -> None:
        out.write(line + "\n")
        out.flush()

    say("READY")
    if sabotage:  # self-test of the checker: report a payment that was never written
        say("COMMITTED payment 999999999 12345")
    while True:
        op = rng.choices(("pay", "refund", "credit", "bind", "unbind"), weights=(6, 2, 2, 1, 1))[0]
        try:
            if op == "pay":
                amount = rng.randint(1, 60_000)
                t = g.ledger.pay(rng.choice(everyone), amount, rng.choice(("outpatient", "pharmacy", "inpatient"))).value
                say(f"COMMITTED payment {t.id} {t.amount_fen}")
            elif op == "refund":
                with db.read() as s:
                    ids = s.scalars(select(Transaction.id).where(Transaction.kind == "payment")
                                    .order_by(Transaction.id.desc()).limit(20)).all()
                if not ids:
                    continue
                pay = g.ledger.transaction(rng.choice(ids))
                if pay.refundable_fen <= 0:
                    continue
                t = g.ledger.refund(pay.id, rng.randint(1, pay.refundable_fen)).value
                say(f"COMMITTED refund {t.id} {t.amount_fen}")
            elif op == "credit":
                t = g.ledger.credit(rng.choice(employees), rng.randint(1, 80_000)).value
                say(f"COMMITTED credit {t.id} {t.amount_fen}")
            elif op == "bind":
                a = rng.choice(employees)
                u = rng.choice([m for m in everyone if m != a])
                b = g.bindings.bind(a, u, rng.choice(relations)).value
                say(f"COMMITTED bind {b.id} 0")
            else:
                open_ = [b for b in g.bindings.list(hid, include_ended=False)]
                if not open_:
                    continue
                b = g.bindings.unbind(rng.choice(open_).id, ended_by=rng.choice(("authorizer", "user"))).value
                say(f"COMMITTED unbind {b.id} 0")
        except GongjiError:
            continue  # refused by the rules (limit reached, nothing to refund ...): nothing was written


# ------------------------------------------------------------------------------------------------ parent

def setup(db_path: Path) -> None:
    from core.collection import Collection
    from core.store import open_database
    from core.demo import demo_id
    from datetime import date

    db = open_database(db_path)
    try:
        g = Collection(db, actor="torture")
        hid = g.households.create(HOUSEHOLD, "national").value.id
        for i in range(4):
            g.members.add(hid, f"employee {i}", demo_id(date(1960 + 5 * i, 1, 1), 100 + i, True), "employee",
                         balance_fen=500_000, prior_years_fen=100_000)
        g.members.add(hid, "resident", demo_id(date(2010, 1, 1), 200, False), "resident")
    finally:
        db.close()


def integrity_errors(db_path: Path) -> list[str]:
    try:
        with sqlite3.connect(db_path, timeout=30) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"cannot open: {exc}"]
    return [r for r in rows if r != "ok"]


def run_child_once(db_path: Path, seed: int, rng: random.Random, committed: dict[int, int],
                   min_ms: float, max_ms: float, sabotage: bool = False) -> tuple[int, str]:
    """Start a child, kill it a random time after READY. Returns (committed lines seen, child stderr tail)."""
    with tempfile.TemporaryFile() as errf:
        proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", "--db", str(db_path),
                                 "--seed", str(seed)] + (["--sabotage"] if sabotage else []),
                                stdout=subprocess.PIPE, stderr=errf, cwd=str(ROOT))
        assert proc.stdout is not None
        first = proc.stdout.readline()
        if first.strip() == b"READY":
            time.sleep(rng.uniform(min_ms, max_ms) / 1000)
        proc.send_signal(signal.SIGKILL)
        # Read through the same buffered reader as readline (it may already hold lines the child wrote).
        rest = proc.stdout.read()
        proc.stdout.close()
        proc.wait()
        errf.seek(0)
        err = errf.read()
    if first.strip() != b"READY":
        return -1, (first + rest + err).decode(errors="replace")[-2000:]
    n = 0
    for raw in rest.split(b"\n")[:-1]:  # the last piece is empty or a line cut off by the kill
        parts = raw.decode(errors="replace").split()
        if len(parts) == 4 and parts[0] == "COMMITTED":
            n += 1
            if parts[1] == "payment":
                committed[int(parts[2])] = int(parts[3])
    return n, err.decode(errors="replace")[-2000:]


def parent(kills: int, seed: int, db_path: Path | None, min_ms: float, max_ms: float,
           sabotage: bool = False) -> int:
    rng = random.Random(seed)
    tmp = None
    if db_path is None:
        tmp = tempfile.TemporaryDirectory(prefix="gongji-torture-")
        db_path = Path(tmp.name) / "torture.db"
    db_path = db_path.resolve()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    setup(db_path)

    committed: dict[int, int] = {}
    integrity: list[str] = []
    ops = 0
    started = time.monotonic()
    for i in range(kills):
        n, err = run_child_once(db_path, rng.randrange(2**31), rng, committed, min_ms, max_ms,
                                sabotage and i == 0)
        if n < 0:
            print(f"kill {i + 1}: the child did not start:\n{err}", flush=True)
            integrity.append(f"child failed to start after kill {i}")
            break
        ops += n
        problems = integrity_errors(db_path)
        if problems:
            print(f"kill {i + 1}: integrity_check: {problems[:3]}", flush=True)
        integrity += problems
        if (i + 1) % 50 == 0:
            print(f"{i + 1} kills, {ops} committed operations so far ({time.monotonic() - started:.0f}s)", flush=True)

    # Reopen through core, exactly as the app would after a crash.
    from sqlalchemy import select

    from core.errors import GongjiError
    from core.schema import Transaction
    from core.collection import Collection
    from core.store import open_database

    lost: list[str] = []
    mismatches: list[str] = []
    try:
        db = open_database(db_path)
    except GongjiError as exc:
        integrity.append(str(exc))
        lost = [f"payment {t}" for t in committed]
    else:
        try:
            with db.read() as s:
                found = dict(s.execute(select(Transaction.id, Transaction.amount_fen)
                                       .where(Transaction.kind == "payment")).all())
            for tid, amount in sorted(committed.items()):
                if tid not in found:
                    lost.append(f"payment {tid} ({amount} fen) reported committed but missing")
                elif found[tid] != amount:
                    lost.append(f"payment {tid}: reported {amount} fen, stored {found[tid]} fen")
            all_problems = Collection(db, actor="torture").check()
            integrity_now = set(integrity_errors(db_path))
            mismatches = [p for p in all_problems if p not in integrity_now]
        finally:
            db.close()
    for line in (lost + mismatches)[:20]:
        print(line)
    print(f"{ops} committed operations ({len(committed)} payments) in {time.monotonic() - started:.1f}s; "
          f"database {db_path}")
    if tmp is not None:
        tmp.cleanup()
    print(f"{kills} kills, {len(integrity)} integrity errors, {len(lost)} lost payments, "
          f"{len(mismatches)} balance mismatches", flush=True)
    return 0 if not (integrity or lost or mismatches) else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--kills", type=int, default=20, help="how many times to SIGKILL the writer")
    p.add_argument("--seed", type=int, default=None, help="random seed (default: random, printed)")
    p.add_argument("--db", type=Path, default=None, help="database file (default: a temp file; it is recreated)")
    p.add_argument("--min-ms", type=float, default=3.0, help="shortest delay after READY before the kill")
    p.add_argument("--max-ms", type=float, default=60.0, help="longest delay after READY before the kill")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--sabotage", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return child(args.db, args.seed or 0, args.sabotage)
    seed = args.seed if args.seed is not None else random.randrange(2**31)
    print(f"torture: {args.kills} kills, seed {seed}", flush=True)
    return parent(args.kills, seed, args.db, args.min_ms, args.max_ms, args.sabotage)


if __name__ == "__main__":
    sys.exit(main())
