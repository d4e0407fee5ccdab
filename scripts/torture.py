#!/usr/bin/env python3
"""Crash torture: kill writers with SIGKILL at random moments and prove that nothing they reported is lost.

    python scripts/torture.py --kills N [--seed S] [--db PATH | --db-url URL] [--concurrent W] [--min-ops M]

The parent creates a database with one household (four employees with accounts, one resident), then N times starts
a child (this script with ``--child KIND``) and kills it. The kinds of child (SQLite; PostgreSQL runs ``ops`` and
``import`` only, the rest is about the file):

- ``ops``: random payments, refunds, credits, binds, unbinds and reorders through core;
- ``checkpoint``: the same, with ``PRAGMA wal_checkpoint(TRUNCATE)`` after every operation;
- ``import``: a bulk CSV import of many contributions (one transaction: all rows or none);
- ``backup``: operations interleaved with ``core.backup.backup_now``;
- ``restore``: a few operations, then ``core.backup.restore`` of a backup the parent made;
- ``migrate``: the parent first downgrades the file by one schema revision; the child's open migrates it again.

A child is killed either a random 3-60 ms after it has reported a random 0-4 operations (so that a slow machine
does not turn the run into kills of children that never wrote), or - when strace is installed - by strace's fault
injection at its N-th ``rename``/``fsync``/``fdatasync``/``pwrite64`` system call (``strace -e inject=...:
signal=SIGKILL:when=N``), which puts kills exactly inside checkpoints, backups, restores and migrations.

Every child prints one JSON line per operation right after its commit (``COMMITTED {...}``); the parent keeps them
all in a journal. After every kill it runs ``PRAGMA integrity_check``; after a restore round it checks that the
ledger path holds either the old ledger (with everything) or the restored one, never nothing or an empty file.
At the end it reopens the database through core and verifies every journaled operation (a payment, refund or credit
with its amount and the per-member split of its ledger entries; a binding; an ended binding; a payment order in the
audit log; every row of a reported import; every reported backup file), that every balance equals the initial
balance plus its ledger entries (``check()``), and that no more operations are in the database than were reported
plus one per kill (an operation can commit just before its report is printed).

``--concurrent W`` runs W writers at once and kills one of them at a time. ``--broken`` is for the demonstration
test only: every third write of the children rolls back but reports success; the run must then fail.

The LAST line of output is exactly ``N kills, X integrity errors, Y lost operations, Z balance mismatches``; the exit
code is 0 only when X = Y = Z = 0 and at least ``--min-ops`` operations were committed (default: as many as kills).
"""
from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HOUSEHOLD = "torture"
IMPORT_NOTE = "torture-import-"
IMPORT_ROWS = 400
SQLITE_KINDS = {"ops": 5, "checkpoint": 2, "import": 2, "backup": 2, "restore": 2, "migrate": 1}
SERVER_KINDS = {"ops": 5, "import": 1}
#: System calls strace may kill a child at (the steps that make a file change durable or move it into place).
STRACE_CALLS = ("rename", "fsync", "fdatasync", "pwrite64")
RELATIONS = ("child", "sibling", "grandchild", "grandparent", "father", "mother", "spouse")


# ------------------------------------------------------------------------------------------------ core calls
# Every use of core's API is in this section, so that a change of the API changes the torture in one place.

def open_db(target: str, migrate: bool = True):
    from core.store import open_database
    return open_database(target, migrate=migrate)


def service(db):
    from core.collection import Collection
    return Collection(db, actor="torture")


def money_view(kind: str, t) -> dict:
    return {"op": kind, "txn": t.id, "member": t.member_id, "amount": t.amount_fen, "refund_of": t.refund_of_id,
            "splits": {str(s.member_id): s.amount_fen for s in t.splits}}


def household_id(g) -> int:
    return next(h.id for h in g.households.list() if h.name == HOUSEHOLD)


# ------------------------------------------------------------------------------------------------ child

def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def committed(entry: dict) -> None:
    say("COMMITTED " + json.dumps(entry, sort_keys=True))


def break_writes() -> None:
    """The deliberately broken copy (``--broken``): every third write transaction rolls back at its end but returns
    as if it had committed. Used only by the test that shows the torture can fail."""
    from core.store import Database

    original = Database.write
    counter = itertools.count()

    @contextlib.contextmanager
    def write(self):
        if next(counter) % 3 != 2:
            with original(self) as s:
                yield s
            return
        with self._write() as s:
            s.begin()
            yield s
            s.flush()
            s.rollback()

    Database.write = write


def one_op(g, rng: random.Random, hid: int) -> dict | None:
    """One random operation; its journal entry, or None when the rules refused it (nothing was written)."""
    from core.errors import GongjiError

    members = g.members.list(hid)
    employees = [m.id for m in members if m.has_account]
    everyone = [m.id for m in members]
    op = rng.choices(("pay", "refund", "credit", "bind", "unbind", "reorder"), weights=(6, 2, 2, 1, 1, 1))[0]
    try:
        if op == "pay":
            t = g.ledger.pay(rng.choice(everyone), rng.randint(1, 60_000),
                      rng.choice(("outpatient", "pharmacy", "inpatient"))).value
            return money_view("pay", t)
        if op == "refund":
            pays = [t for t in g.history.transactions(hid, kind="payment", limit=20) if t.refundable_fen > 0]
            if not pays:
                return None
            pay = rng.choice(pays)
            return money_view("refund", g.ledger.refund(pay.id, rng.randint(1, pay.refundable_fen)).value)
        if op == "credit":
            return money_view("credit", g.ledger.credit(rng.choice(employees), rng.randint(1, 80_000)).value)
        if op == "bind":
            a = rng.choice(employees)
            u = rng.choice([m for m in everyone if m != a])
            b = g.bindings.bind(a, u, rng.choice(RELATIONS)).value
            return {"op": "bind", "binding": b.id, "authorizer": a, "user": u, "relation": b.relation}
        if op == "unbind":
            open_ = g.bindings.list(hid, include_ended=False)
            if not open_:
                return None
            b = g.bindings.unbind(rng.choice(open_).id, ended_by=rng.choice(("authorizer", "user"))).value
            return {"op": "unbind", "binding": b.id}
        users = sorted({b.user_id for b in g.bindings.list(hid, include_ended=False)})
        if not users:
            return None
        user = rng.choice(users)
        order = [e.binding.id for e in g.order.list(user)]
        if len(order) < 2:
            return None
        rng.shuffle(order)
        res = g.order.reorder(user, order)
        if res.changes.empty:
            return None  # already in that order: nothing was written
        return {"op": "reorder", "user": user, "order": list(res.value)}
    except GongjiError:
        return None  # refused (limit reached, nothing to refund, a binding that changed meanwhile ...)


def child(kind: str, target: str, seed: int, extra: str) -> int:
    if os.environ.get("GONGJI_TORTURE_BROKEN") == "1":
        break_writes()
    rng = random.Random(seed)
    if kind == "import":
        from core.csv_import import import_csv
        db = open_db(target)
        g = service(db)
        say("READY")
        n = import_csv(g, household_id(g), extra).value
        committed({"op": "import", "batch": Path(extra).stem, "rows": n})
        return 0
    if kind == "restore":
        from core.backup import restore
        db = open_db(target)
        g = service(db)
        hid = household_id(g)
        say("READY")
        for _ in range(rng.randint(0, 3)):
            entry = one_op(g, rng, hid)
            if entry:
                committed(entry)
        db.close()
        restore(Path(extra), Path(target))
        say("RESTORED")
        return 0
    if kind == "migrate":
        say("READY")  # before the open: the open migrates, and the kill may come during it
    db = open_db(target)
    g = service(db)
    hid = household_id(g)
    if kind == "migrate":
        say("MIGRATED")
    else:
        say("READY")
    while True:
        entry = one_op(g, rng, hid)
        if entry:
            committed(entry)
        if kind == "checkpoint":
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        elif kind == "backup" and rng.random() < 0.3:
            from core.backup import backup_now
            committed({"op": "backup", "path": str(backup_now(Path(target)))})


# ------------------------------------------------------------------------------------------------ parent: setup

def is_sqlite(target: str) -> bool:
    return "://" not in target or target.startswith("sqlite")


def sqlite_file(target: str) -> Path:
    from core.store import resolve_url, sqlite_path
    return sqlite_path(resolve_url(target))


def reset(target: str) -> None:
    """Start from nothing: delete the SQLite file, or empty a PostgreSQL database that holds only a torture run."""
    if is_sqlite(target):
        path = sqlite_file(target)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        shutil.rmtree(path.parent / "backups", ignore_errors=True)
        return
    from sqlalchemy import create_engine, inspect, text
    engine = create_engine(target)
    try:
        with engine.begin() as conn:
            tables = set(inspect(conn).get_table_names())
            if tables - {"alembic_version"}:
                names = {r[0] for r in conn.execute(text("SELECT name FROM households"))} if "households" in tables \
                    else {"?"}
                if names != {HOUSEHOLD}:
                    raise SystemExit("torture: the database at --db-url holds other data; give it an empty database")
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


def setup(target: str) -> dict[int, int]:
    """The household. Returns each account's starting balance by member id."""
    from datetime import date

    from core.demo import demo_id
    db = open_db(target)
    try:
        g = service(db)
        hid = g.households.create(HOUSEHOLD, "national").value.id
        for i in range(4):
            g.members.add(hid, f"employee {i}", demo_id(date(1960 + 5 * i, 1, 1), 100 + i, True), "employee",
                         balance_fen=500_000, prior_years_fen=100_000)
        g.members.add(hid, "resident", demo_id(date(2010, 1, 1), 200, False), "resident")
        return {m.id: m.balance_fen for m in g.members.list(hid) if m.has_account}
    finally:
        db.close()


def write_import_csv(target: str, path: Path, batch: str, rng: random.Random) -> None:
    """A CSV of IMPORT_ROWS contributions (the import format; the batch name in every note)."""
    from core.ids import mask
    db = open_db(target)
    try:
        g = service(db)
        holders = [m for m in g.members.list(household_id(g)) if m.has_account]
    finally:
        db.close()
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("time,kind,member,amount,note,entries\n")
        for i in range(IMPORT_ROWS):
            m = rng.choice(holders)
            fen = rng.randint(1, 5_000)
            yuan = f"{fen // 100}.{fen % 100:02d}"
            f.write(f"2026-01-{1 + i % 28:02d} 10:{i % 60:02d}:00,credit,{m.name},{yuan},{IMPORT_NOTE}{batch},"
                    f"{m.name}[{mask(m.id_number)}]:current:{yuan}\n")


def downgrade_one(target: str) -> None:
    """Take the file back one schema revision (what an older gongji left), so that the next open migrates."""
    from alembic import command

    from alembic.script import ScriptDirectory

    from core.migrate import alembic_config, current_revision
    db = open_db(target, migrate=False)
    try:
        cfg = alembic_config(db)
        head = ScriptDirectory.from_config(cfg).get_current_head()
        previous = ScriptDirectory.from_config(cfg).get_revision(head).down_revision
        if current_revision(db) != head or previous is None:
            return  # the last migration was killed before it committed: the file is still the older one
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, previous)
    finally:
        db.close()


def integrity_errors(path: Path) -> list[str]:
    if not path.exists():
        return [f"no database file at {path}"]
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=30)) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [f"cannot open: {exc}"]
    return [r for r in rows if r != "ok"]


def txn_ids(path: Path) -> set[int]:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)) as conn:
            return {r[0] for r in conn.execute("SELECT id FROM transactions")}
    except sqlite3.Error:
        return set()


# ------------------------------------------------------------------------------------------------ parent: children

class Child:
    def __init__(self, kind: str, target: str, seed: int, extra: str, broken: bool, strace: list[str] | None):
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--target", target,
               "--seed", str(seed), "--extra", extra]
        if strace:
            cmd = strace + cmd
        # No .pyc writing: its renames would shift strace's count of the child's own renames.
        env = dict(os.environ, GONGJI_TORTURE_BROKEN="1" if broken else "0", PYTHONDONTWRITEBYTECODE="1")
        self.kind = kind
        self.errf = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self.errf, cwd=str(ROOT), env=env,
                                     start_new_session=True)
        self.ready = False

    def wait_ready(self) -> bool:
        """Read the first line; from then on a thread collects the child's complete lines."""
        assert self.proc.stdout is not None
        self.first = self.proc.stdout.readline()
        self.ready = self.first.strip() == b"READY"
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        return self.ready

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in iter(self.proc.stdout.readline, b""):
            if raw.endswith(b"\n"):  # a line cut off by the kill is not a report
                self.lines.append(raw[:-1].decode(errors="replace"))

    def wait_commits(self, n: int, timeout: float = 60) -> None:
        """Wait until the child has reported ``n`` operations (or ended, or ``timeout`` passed): the kill then comes
        a random moment after a random number of operations, however slow the machine is."""
        end = time.monotonic() + timeout
        while (sum(1 for line in self.lines if line.startswith("COMMITTED ")) < n and self.proc.poll() is None
               and time.monotonic() < end):
            time.sleep(0.002)

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)

    def finish(self, timeout: float | None = None) -> tuple[list[str], str]:
        """Wait for the end (killing the whole group after ``timeout``); the complete lines it printed."""
        if timeout is not None:
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        self.proc.wait()
        self.kill()  # strace's tracee, if strace went first
        self.reader.join()
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        self.errf.seek(0)
        err = self.errf.read().decode(errors="replace")[-3000:]
        self.errf.close()
        return self.lines, err


def strace_prefix(rng: random.Random, kind: str, inject: str = "") -> list[str] | None:
    """strace killing the child at its N-th call of one of STRACE_CALLS (random, or ``inject`` = "CALL:N"); None
    (a timed kill) 40 % of the time or without strace."""
    exe = shutil.which("strace")
    if inject:
        if exe is None:
            raise SystemExit("torture: --inject needs strace (bash scripts/install-system-deps installs it)")
        call, when = inject.split(":")
        return [exe, "-f", "-qq", "-o", "/dev/null", "-e", f"trace={call}",
                "-e", f"inject={call}:signal=SIGKILL:when={int(when)}"]
    if exe is None or rng.random() < 0.4:
        return None
    calls = STRACE_CALLS if kind in ("restore", "backup", "migrate", "checkpoint") else STRACE_CALLS[1:]
    call = "rename" if kind == "restore" and rng.random() < 0.6 else rng.choice(calls)
    when = rng.randint(1, {"rename": 4, "fsync": 40, "fdatasync": 40, "pwrite64": 200}[call])
    return [exe, "-f", "-qq", "-o", "/dev/null", "-e", f"trace={call}",
            "-e", f"inject={call}:signal=SIGKILL:when={when}"]


# ------------------------------------------------------------------------------------------------ parent: verify

class Journal:
    def __init__(self) -> None:
        self.entries: list[dict] = []
        self.total = 0  # every report, also of operations a restore later took back
        self.reported_restores = 0

    def take(self, lines: list[str]) -> int:
        n = 0
        for line in lines:
            if line.startswith("COMMITTED "):
                self.entries.append(json.loads(line[len("COMMITTED "):]))
                self.total += 1
                n += 1
            elif line == "RESTORED":
                self.reported_restores += 1
        return n


def verify(target: str, journal: Journal, initial: dict[int, int], kills: int) -> tuple[list[str], list[str], list[str]]:
    """(integrity problems, lost operations, balance mismatches) of the database against the journal."""
    from sqlalchemy import func, select

    from core.errors import GongjiError
    from core.schema import Account, AuditEvent, Binding, LedgerEntry, Transaction
    integrity: list[str] = []
    lost: list[str] = []
    mismatches: list[str] = []
    try:
        db = open_db(target)
    except GongjiError as exc:
        return [str(exc)], [f"{e['op']}: the database cannot be opened" for e in journal.entries], []
    try:
        g = service(db)
        with db.read() as s:
            txns = {t.id: t for t in s.scalars(select(Transaction))}
            acct_member = dict(s.execute(select(Account.id, Account.member_id)).all())
            per_txn: dict[int, Counter] = {}
            for txn_id, acct, amount in s.execute(select(LedgerEntry.txn_id, LedgerEntry.account_id,
                                                         LedgerEntry.amount_fen)):
                per_txn.setdefault(txn_id, Counter())[acct_member[acct]] += amount
            bindings = {b.id: b for b in s.scalars(select(Binding))}
            reorders = Counter(json.dumps(json.loads(d).get("new")) for d in
                               s.scalars(select(AuditEvent.details).where(AuditEvent.action == "order.reorder")))
            batches = Counter(t.note for t in txns.values() if t.note.startswith(IMPORT_NOTE))
            balances = dict(s.execute(select(Account.member_id, Account.balance_fen)).all())
            sums = dict(s.execute(select(Account.member_id, func.coalesce(func.sum(LedgerEntry.amount_fen), 0))
                                  .join(LedgerEntry, LedgerEntry.account_id == Account.id, isouter=True)
                                  .group_by(Account.member_id)).all())
        reported_txns: set[int] = set()
        wanted_reorders: Counter = Counter()
        for e in journal.entries:
            op = e["op"]
            if op in ("pay", "refund", "credit"):
                t = txns.get(e["txn"])
                reported_txns.add(e["txn"])
                kind = {"pay": "payment", "refund": "refund", "credit": "credit"}[op]
                if t is None:
                    lost.append(f"{op} {e['txn']} ({e['amount']} fen) reported committed but missing")
                elif (t.kind, t.member_id, t.amount_fen, t.refund_of_id) != (kind, e["member"], e["amount"],
                                                                           e["refund_of"]):
                    lost.append(f"{op} {e['txn']}: reported {kind} of {e['amount']} fen by member {e['member']}, "
                                f"stored {t.kind} of {t.amount_fen} fen by member {t.member_id}")
                else:
                    stored = {str(m): abs(v) for m, v in per_txn.get(t.id, Counter()).items() if v}
                    if stored != {m: v for m, v in e["splits"].items() if v}:
                        lost.append(f"{op} {e['txn']}: reported split {e['splits']}, ledger entries {stored}")
            elif op == "bind":
                b = bindings.get(e["binding"])
                if b is None or (b.authorizer_id, b.user_id, b.relation) != (e["authorizer"], e["user"],
                                                                             e["relation"]):
                    lost.append(f"bind {e['binding']} reported committed but missing or different")
            elif op == "unbind":
                b = bindings.get(e["binding"])
                if b is None or b.state != "ended":
                    lost.append(f"unbind {e['binding']} reported committed but the binding is not ended")
            elif op == "reorder":
                wanted_reorders[json.dumps(e["order"])] += 1
            elif op == "import":
                have = batches.get(IMPORT_NOTE + e["batch"], 0)
                if have != e["rows"]:
                    lost.append(f"import {e['batch']}: {e['rows']} rows reported, {have} stored")
            elif op == "backup":
                from core.backup import problems
                bad = problems(Path(e["path"])) if Path(e["path"]).exists() else ["missing"]
                if bad:
                    lost.append(f"backup {e['path']} reported made but {bad[0]}")
        for order, n in wanted_reorders.items():
            if reorders[order] < n:
                lost.append(f"reorder to {order}: reported {n} times, in the audit log {reorders[order]} times")
        for batch, n in batches.items():
            if n != IMPORT_ROWS:
                integrity.append(f"import {batch}: {n} of {IMPORT_ROWS} rows stored (an import is all or nothing)")
        # Balances: every account's balance is its starting balance plus its ledger entries ...
        for member, start in initial.items():
            if member not in balances:
                mismatches.append(f"member {member}: the account (started with {start} fen) is gone")
            elif balances[member] != sums.get(member, 0):
                mismatches.append(f"member {member}: balance {balances[member]}, entries add up to "
                                  f"{sums.get(member, 0)}")
        mismatches += [p for p in g.check() if p not in integrity]
        # ... and no money moved that nobody reported, beyond one operation per kill (committed, then killed before
        # its report was printed). Imported rows are counted by batch.
        setup_txns = {i for i, t in txns.items() if t.kind == "adjustment" or t.operator != "torture"}
        unreported = {i for i, t in txns.items() if i not in reported_txns and i not in setup_txns
                      and not t.note.startswith(IMPORT_NOTE)}
        unreported_imports = {b for b in batches} - {IMPORT_NOTE + e["batch"] for e in journal.entries
                                                     if e["op"] == "import"}
        if len(unreported) + len(unreported_imports) > kills:
            mismatches.append(f"{len(unreported)} money operations and {len(unreported_imports)} imports are in "
                              f"the ledger that no writer reported: more than the {kills} kills can explain")
        print(f"{len(unreported)} operations and {len(unreported_imports)} imports committed but not reported "
              f"(killed between commit and report; at most one per kill)", flush=True)
    finally:
        db.close()
    return integrity, lost, mismatches


# ------------------------------------------------------------------------------------------------ parent: rounds

def restore_round(target: str, journal: Journal, rng: random.Random, broken: bool, seed: int,
                  inject: str = "") -> list[str]:
    """Back up (parent), mark, let a child restore under a kill; the file must be the old one or the restored one."""
    from core.backup import backup_now
    path = sqlite_file(target)
    backup = backup_now(path)
    mark = len(journal.entries)
    db = open_db(target)
    try:
        g = service(db)
        hid = household_id(g)
        members = [m.id for m in g.members.list(hid) if m.has_account]
        journal.entries.append(money_view("credit", g.ledger.credit(members[0], 1, note="torture-marker").value))
        journal.total += 1
    finally:
        db.close()
    marker = journal.entries[-1]["txn"]
    before = txn_ids(path)
    c = Child("restore", target, seed, str(backup), broken, strace_prefix(rng, "restore", inject))
    c.wait_ready()
    lines, err = c.finish(timeout=60)
    journal.take(lines)
    if not path.exists():
        return [f"restore killed: no ledger at {path} (the old one and the restored one are both gone)"]
    ids = txn_ids(path)
    restored = marker not in ids
    if "RESTORED" in lines and not restored:
        return ["restore reported done, but the ledger is still the old one"]
    if restored:
        if ids != txn_ids(backup):
            return [f"restore killed: the ledger is neither the old one nor the backup ({len(ids)} records)"]
        del journal.entries[mark:]  # the restore took these back, as it should
    elif not before <= ids:
        return [f"restore killed: the old ledger lost {len(before - ids)} records"]
    return []


def run_round(target: str, kind: str, journal: Journal, rng: random.Random, broken: bool, tmp: Path,
              index: int, min_ms: float, max_ms: float, inject: str = "") -> tuple[int, str]:
    """One child of ``kind``, killed. Returns (journal lines taken, error text if the child never got going)."""
    seed = rng.randrange(2**31)
    extra = ""
    if kind == "import":
        extra = str(tmp / f"b{index}.csv")
        write_import_csv(target, Path(extra), f"b{index}", rng)
    if kind == "migrate":
        downgrade_one(target)
    prefix = strace_prefix(rng, kind, inject) if is_sqlite(target) else None
    c = Child(kind, target, seed, extra, broken, prefix)
    if not c.wait_ready():
        lines, err = c.finish()
        if "Traceback" not in err and c.proc.returncode in (-9, 137):
            return 0, ""  # killed (by strace) before it was ready: a kill like any other
        return 0, (c.first.decode(errors="replace") + "\n".join(lines) + err) or f"exit {c.proc.returncode}"
    if prefix is None:
        c.wait_commits(0 if kind == "import" else rng.randint(0, 4))
        time.sleep(rng.uniform(min_ms, max_ms) / 1000)
        c.kill()
    lines, err = c.finish(timeout=rng.uniform(0.2, 1.0))
    if c.proc.returncode not in (0, -9, 137) and "Traceback" in err:
        return journal.take(lines), err
    return journal.take(lines), ""


def concurrent_rounds(target: str, writers: int, kills: int, journal: Journal, rng: random.Random,
                      broken: bool, min_ms: float, max_ms: float) -> list[str]:
    running = [Child("ops", target, rng.randrange(2**31), "", broken, None) for _ in range(writers)]
    problems: list[str] = []
    for c in running:
        if not c.wait_ready():
            problems.append("a writer did not start: " + c.finish()[1])
    for i in range(kills):
        k = rng.randrange(len(running))
        running[k].wait_commits(rng.randint(0, 4))
        time.sleep(rng.uniform(min_ms, max_ms) / 1000)
        running[k].kill()
        lines, err = running[k].finish()
        journal.take(lines)
        if "Traceback" in err:
            problems.append(f"writer failed: {err}")
        running[k] = Child("ops", target, rng.randrange(2**31), "", broken, None)
        if not running[k].wait_ready():
            problems.append("a writer did not start: " + running[k].finish()[1])
    for c in running:
        c.kill()
        journal.take(c.finish()[0])
    return problems


def parent(args: argparse.Namespace, seed: int) -> int:
    rng = random.Random(seed)
    tmp = tempfile.TemporaryDirectory(prefix="gongji-torture-")
    target = args.db_url or str((args.db or Path(tmp.name) / "torture.db").resolve())
    sqlite = is_sqlite(target)
    reset(target)
    initial = setup(target)
    journal = Journal()
    integrity: list[str] = []
    kinds = SQLITE_KINDS if sqlite else SERVER_KINDS
    if args.kinds:
        kinds = {k: kinds[k] for k in args.kinds.split(",")}
    done = Counter()
    seen: set[int] = set()  # the records after the last kill: a kill never takes one away (a restore may)
    started = time.monotonic()
    if args.concurrent:
        integrity += concurrent_rounds(target, args.concurrent, args.kills, journal, rng, args.broken,
                                       args.min_ms, args.max_ms)
        done["ops (concurrent)"] = args.kills
    else:
        for i in range(args.kills):
            kind = rng.choices(list(kinds), weights=list(kinds.values()))[0]
            done[kind] += 1
            if kind == "restore":
                problems = restore_round(target, journal, rng, args.broken, rng.randrange(2**31), args.inject)
            else:
                _, err = run_round(target, kind, journal, rng, args.broken, Path(tmp.name), i,
                                   args.min_ms, args.max_ms, args.inject)
                problems = [f"{kind} child failed: {err}"] if err else []
            if sqlite:
                problems += integrity_errors(sqlite_file(target))
                if not problems:
                    have = txn_ids(sqlite_file(target))
                    if kind != "restore" and not seen <= have:
                        problems.append(f"{len(seen - have)} records that were there before this kill are gone")
                    seen = have
            if problems:
                print(f"kill {i + 1} ({kind}): {problems[:3]}", flush=True)
                integrity += problems
                if any("no ledger" in p or "no database file" in p or "are gone" in p for p in problems):
                    break
            if args.verbose:
                print(f"kill {i + 1}: {kind}, {len(journal.entries)} operations so far", flush=True)
            if (i + 1) % 50 == 0:
                print(f"{i + 1} kills, {len(journal.entries)} committed operations so far "
                      f"({time.monotonic() - started:.0f}s)", flush=True)
    bad_integrity, lost, mismatches = verify(target, journal, initial, args.kills)
    integrity += bad_integrity
    for line in (integrity + lost + mismatches)[:20]:
        print(line)
    by_op = Counter(e["op"] for e in journal.entries)
    if sqlite:
        where = sqlite_file(target)
    else:
        from sqlalchemy.engine import make_url
        where = make_url(target).render_as_string(hide_password=True)
    print("kills by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(done.items())), flush=True)
    print(f"{journal.total} committed operations ({len(journal.entries)} verified at the end, the others taken back "
          "by a restore: " + ", ".join(f"{k} {n}" for k, n in sorted(by_op.items())) + f") in {time.monotonic() - started:.1f}s; "
          f"at least {args.min_ops} required; database {where}", flush=True)
    too_few = journal.total < args.min_ops
    if too_few:
        print(f"FAILED: only {journal.total} operations committed, fewer than the required {args.min_ops}: "
              "the run proves nothing", flush=True)
    tmp.cleanup()
    print(f"{args.kills} kills, {len(integrity)} integrity errors, {len(lost)} lost operations, "
          f"{len(mismatches)} balance mismatches", flush=True)
    return 0 if not (integrity or lost or mismatches or too_few) else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--kills", type=int, default=20, help="how many times to SIGKILL a writer")
    p.add_argument("--seed", type=int, default=None, help="random seed (default: random, printed)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--db", type=Path, default=None, help="SQLite file (default: a temp file; it is recreated)")
    where.add_argument("--db-url", default=None, help="a throw-away PostgreSQL database (everything in it is deleted)")
    p.add_argument("--concurrent", type=int, default=0, metavar="W", help="W writers at once; kill one at a time")
    p.add_argument("--kinds", default="", help="comma-separated kinds of child to use (default: all)")
    p.add_argument("--min-ops", type=int, default=None, help="fail with fewer committed operations (default: kills)")
    p.add_argument("--min-ms", type=float, default=None,
                   help="shortest delay after READY before a timed kill (default 3; 20 on a server)")
    p.add_argument("--max-ms", type=float, default=None,
                   help="longest delay after READY before a timed kill (default 60; 400 on a server)")
    p.add_argument("--inject", default="", metavar="CALL:N",
                   help="let strace kill every child at its N-th CALL (e.g. rename:1) instead of at random")
    p.add_argument("--verbose", action="store_true", help="one line per kill")
    p.add_argument("--broken", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--child", default=None, help=argparse.SUPPRESS)
    p.add_argument("--target", default=None, help=argparse.SUPPRESS)
    p.add_argument("--extra", default="", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return child(args.child, args.target, args.seed or 0, args.extra)
    if args.min_ops is None:
        args.min_ops = args.kills
    server = bool(args.db_url) and not is_sqlite(args.db_url)
    if args.min_ms is None:
        args.min_ms = 20.0 if server else 3.0
    if args.max_ms is None:
        args.max_ms = 400.0 if server else 60.0
    seed = args.seed if args.seed is not None else random.randrange(2**31)
    print(f"torture: {args.kills} kills, seed {seed}" + (f", {args.concurrent} writers" if args.concurrent else ""),
          flush=True)
    return parent(args, seed)


if __name__ == "__main__":
    sys.exit(main())
