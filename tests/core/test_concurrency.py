"""Two programs writing to the same database at once (the desktop app and the `gongji` command, or two desks of a
service center on PostgreSQL): every write succeeds — none surfaces "database is locked" — and no update is lost.

On SQLite the writers queue behind BEGIN IMMEDIATE and the busy timeout; on PostgreSQL (GONGJI_TEST_DB_URL) behind
the write lock core.store takes at the start of each write transaction. Both processes pay from the SAME account,
so a lost update (read balance, another writer commits, write balance) would show as a wrong balance.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from core.collection import Collection

ROOT = Path(__file__).resolve().parents[2]
PAYMENTS = 100

WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from core.collection import Collection
    from core.store import open_database
    url, member, go, offset, n = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    db = open_database(url, migrate=False)
    g = Collection(db, actor="writer" + str(offset))
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.001)
    for i in range(n):
        g.ledger.pay(member, offset + i, "pharmacy")
    db.close()
    print("done", flush=True)
""")


def test_two_processes_write_at_once_without_locked_errors_or_lost_updates(db_url, db, tmp_path):
    g = Collection(db, actor="test")
    hid = g.households.create("shared").value.id
    start = 10_000_000
    payer = g.members.add(hid, "payer", "11010519491231002X", "employee", balance_fen=start).value.id
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, db_url, str(payer), str(go), str(offset), str(PAYMENTS)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
             for offset in (1, 1000)]
    for p in procs:
        assert p.stdout.readline().strip() == "ready", p.stderr.read()
    go.touch()
    t0 = time.monotonic()
    outs = [p.communicate(timeout=240) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert "locked" not in err.lower() and "busy" not in err.lower(), err
        assert p.returncode == 0, err
        assert out.strip().endswith("done")
    assert time.monotonic() - t0 < 240
    paid = sum(range(1, 1 + PAYMENTS)) + sum(range(1000, 1000 + PAYMENTS))
    payments = g.history.transactions(hid, kind="payment", limit=10_000)
    assert len(payments) == 2 * PAYMENTS
    assert sum(t.amount_fen for t in payments) == paid
    assert g.members.get(payer).balance_fen == start - paid  # no lost update
    assert g.check() == []


def test_sums_come_back_as_whole_numbers_on_every_database(g, fam):
    """PostgreSQL's SUM() of a BIGINT is NUMERIC (Decimal in Python); money must stay int fen (format_fen refuses
    anything else, and the CSV export crashed on it)."""
    hid = fam.household()
    payer = fam.member(hid, balance=10_000)
    pay = g.ledger.pay(payer, 3_000).value
    g.ledger.refund(pay.id, 1_000)
    g.ledger.refund(pay.id, 500)
    t = g.ledger.transaction(pay.id)
    assert type(t.refunded_fen) is int and t.refunded_fen == 1_500
    assert type(t.refundable_fen) is int and t.refundable_fen == 1_500
