"""The connection core.sqlwrite's writes run on (core.writeconn): on SQLite one connection is kept for a Database's
writes. These tests hold it to what the pool gave: a write after another program replaced the file at the ledger's
path goes into the new file (never the one moved aside), writes of another program between ours are seen (the chain
stays whole), and two threads writing at once each get a connection of their own."""
from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from core.collection import Collection
from core.store import open_database
from core.writelock import WriteLock
from tests.core.conftest import Family

pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]


def _payments(path: Path) -> dict[int, int]:
    """id -> amount of every payment in the file at ``path``."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as c:
        return dict(c.execute("SELECT id, amount_fen FROM transactions WHERE kind = 'payment'"))


def _ledger(path: Path) -> tuple[Collection, int]:
    g = Collection(open_database(path, backup=False), actor="t")
    fam = Family(g)
    hid = fam.household()
    return g, fam.member(hid, balance=10_000_000)


def test_a_payment_after_another_program_put_another_file_at_the_path_goes_into_that_file(tmp_path):
    path = tmp_path / "ledger.db"
    g, payer = _ledger(path)
    g.ledger.pay(payer, 101)  # the writer's connection is now open on this file
    twin = tmp_path / "twin.db"
    with contextlib.closing(sqlite3.connect(path)) as src, contextlib.closing(sqlite3.connect(twin)) as dst:
        src.backup(dst)
    aside = tmp_path / "aside.db"
    with WriteLock(path).exclusive("restore"):  # what a restore over a damaged ledger does: renames, under the lock
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{path}{suffix}").exists():
                Path(f"{path}{suffix}").rename(f"{aside}{suffix}")
        twin.rename(path)
    before_aside = _payments(aside)
    new = g.ledger.pay(payer, 202).value
    assert _payments(path).get(new.id) == 202, "the payment is not in the file at the ledger's path"
    assert _payments(aside) == before_aside, "a payment was written into the file moved aside"
    assert g.check() == []
    g.close()


CHILD = """
import sys
from core.collection import Collection
from core.store import open_database
g = Collection(open_database(sys.argv[1], backup=False), actor="other")
payer = int(sys.argv[2])
for line in sys.stdin:
    g.ledger.pay(payer, int(line))
    print("ok", flush=True)
g.close()
"""


def test_payments_of_another_program_between_ours_keep_every_row_and_the_chain(tmp_path):
    path = tmp_path / "ledger.db"
    g, payer = _ledger(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(payer)], cwd=ROOT, env=env, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ours, theirs = [], []
    try:
        for i in range(12):
            ours.append(g.ledger.pay(payer, 1000 + i).value.id)
            theirs.append(2000 + i)
            child.stdin.write(f"{2000 + i}\n")
            child.stdin.flush()
            assert child.stdout.readline().strip() == "ok", child.stderr.read()
        child.stdin.close()
        assert child.wait(timeout=60) == 0, child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()
    g.ledger.pay(payer, 3000)
    stored = _payments(path)
    assert [stored[t] for t in ours] == [1000 + i for i in range(12)]
    assert sorted(stored.values()) == sorted([1000 + i for i in range(12)] + theirs + [3000])
    assert g.members.get(payer).balance_fen == 10_000_000 - sum(stored.values())
    assert g.check() == []
    g.close()


def test_two_threads_paying_at_once_each_write_in_their_own_transaction(tmp_path):
    path = tmp_path / "ledger.db"
    g, payer = _ledger(path)
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def pay(base: int) -> None:
        try:
            start.wait()
            for i in range(40):
                g.ledger.pay(payer, base + i)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=pay, args=(b,)) for b in (1000, 5000)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    stored = _payments(path)
    assert sorted(stored.values()) == sorted([1000 + i for i in range(40)] + [5000 + i for i in range(40)])
    assert g.check() == []
    g.close()
