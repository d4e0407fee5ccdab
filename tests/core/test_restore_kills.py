"""Restore from the outside (issue #9, findings 1 and 2): killed at every rename and fsync, and raced by a writer
in another process.

Kill test: the restore runs in a child under ``strace -f -e inject=<syscall>:signal=SIGKILL:when=N`` for every
``N`` until the child survives, for each of rename/renameat/renameat2/fsync/fdatasync. The ledger starts with
committed pages still in its ``-wal`` (the writer was killed before any checkpoint). After every kill the ledger
path must hold either the old ledger with everything committed, or the restored one — opened by core (which
finishes a half-done restore) — and the old ledger's contents must still exist in some kept file.

Race test: a second process creates households in a loop through core while the restore runs; every household it
reported committed after the restore returned must be in the restored ledger (none written into a moved-aside
file), and every one reported before must be in the ledger or the copy kept by the restore.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core import backup as bk
from core.errors import StorageError
from core.store import open_database

pytestmark = [pytest.mark.sqlite_only,
              pytest.mark.skipif(shutil.which("strace") is None or sys.platform != "linux",
                                 reason="needs Linux and strace (scripts/install-system-deps)")]
from tests.openpaths import both_open_paths

_open_path = both_open_paths(__name__)

ROOT = Path(__file__).resolve().parents[2]
SYSCALLS = ("rename", "renameat", "renameat2", "fsync", "fdatasync")


def _py(code: str, *args: str, strace: list[str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    cmd = (strace or []) + [sys.executable, "-c", code, *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


WRITE_AND_DIE = """
import os, sys
from core.collection import Collection
from core.store import open_database
db = open_database(sys.argv[1], backup=False)
g = Collection(db, actor="t")
for name in sys.argv[2:]:
    g.households.create(name)
os._exit(0)  # killed before any checkpoint: the last commits live only in the -wal
"""

RESTORE = """
import sys
from core.backup import restore
restore(sys.argv[1], sys.argv[2])
"""


def names(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as c:
        return {r[0] for r in c.execute("SELECT name FROM households")}


def names_via_core(path: Path) -> set[str]:
    """Open as core does (through the quick path too: see _open_path) and read the households' names."""
    from core import reads
    db = open_database(path, backup=False)
    try:
        with reads.cursor(db) as (cur, _style):  # plain sqlite3 on the quick path, the pooled connection otherwise
            cur.execute("SELECT name FROM households")
            return {r[0] for r in cur.fetchall()}
    finally:
        db.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("restore_template")
    src = root / "src" / "other.db"
    r = _py(WRITE_AND_DIE, str(src), "restored")
    assert r.returncode == 0, r.stderr
    db = open_database(src, backup=False)
    db.close()  # checkpoint: a self-contained file
    live_dir = root / "live"
    live = live_dir / "ledger.db"
    r = _py(WRITE_AND_DIE, str(live), "old-1", "old-2", "old-in-wal")
    assert r.returncode == 0, r.stderr
    assert Path(str(live) + "-wal").stat().st_size > 0  # committed pages only in the WAL
    backup = bk.backup_now(src)
    return {"live_dir": live_dir, "backup": backup}


OLD = {"old-1", "old-2", "old-in-wal"}


def _fresh(template: dict, tmp: Path, *, damaged: bool = False) -> Path:
    if tmp.exists():
        shutil.rmtree(tmp)
    shutil.copytree(template["live_dir"], tmp)
    live = tmp / "ledger.db"
    if damaged:
        names_via_core(live)  # checkpoint: the damage below is then in pages SQLite must read
        data = bytearray(live.read_bytes())
        for i in range(4096, len(data), 7):
            data[i] = (data[i] * 31 + 17) % 256
        live.write_bytes(bytes(data))
    return live


def _kept_copies(live: Path) -> list[Path]:
    folder = live.parent
    out = [p for p in folder.iterdir() if p.name.startswith(live.name + ".replaced-") and not p.name.endswith(
        ("-wal", "-shm"))]
    out += [b.path for b in bk.list_backups(live)]
    return out


def _kill_runs(live_factory, backup: Path, check) -> int:
    """Run the restore killed at each step of each syscall kind; ``check(live)`` after each. Returns the kills."""
    kills = 0
    for sc in SYSCALLS:
        for n in range(1, 200):
            live = live_factory()
            r = _py(RESTORE, str(backup), str(live),
                    strace=["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"trace={sc}",
                            "-e", f"inject={sc}:signal=SIGKILL:when={n}"])
            killed = r.returncode != 0
            if killed:
                kills += 1
            check(live, f"{sc} #{n} ({'killed' if killed else 'finished'}): {r.stderr[-300:]}")
            if not killed:
                break
    return kills


def test_restore_killed_at_every_rename_and_fsync_keeps_a_whole_ledger(template, tmp_path):
    def check(live: Path, where: str) -> None:
        assert live.exists(), f"no ledger after the kill at {where}"
        got = names_via_core(live)  # core finishes a half-done restore first
        assert got in (OLD, {"restored"}), f"ledger holds {got} after the kill at {where}"
        if got == {"restored"}:
            assert any(OLD <= names(p) for p in _kept_copies(live) if bk.is_good(p)), \
                f"the old ledger is lost after the kill at {where}"

    kills = _kill_runs(lambda: _fresh(template, tmp_path / "run"), template["backup"], check)
    assert kills >= 5  # the restore really was killed at several steps


def test_restore_over_a_damaged_ledger_killed_at_every_step(template, tmp_path):
    damaged_bytes: dict[str, bytes] = {}

    def fresh() -> Path:
        live = _fresh(template, tmp_path / "run", damaged=True)
        damaged_bytes["b"] = live.read_bytes()
        return live

    def check(live: Path, where: str) -> None:
        try:
            got = names_via_core(live)
        except StorageError as exc:
            assert exc.kind == "damaged", f"{exc} after the kill at {where}"
            assert live.read_bytes() == damaged_bytes["b"], f"the damaged ledger changed at {where}"
            return
        assert got == {"restored"}, f"ledger holds {got} after the kill at {where}"
        kept = [p for p in _kept_copies(live) if p.read_bytes() == damaged_bytes["b"]]
        assert kept, f"the damaged ledger was not kept aside at {where}"

    kills = _kill_runs(fresh, template["backup"], check)
    assert kills >= 3


WRITER = """
import json, sys, time
from core.errors import GongjiError
from core.collection import Collection
from core.store import open_database
db = open_database(sys.argv[1], backup=False)
g = Collection(db, actor="t")
log = open(sys.argv[2], "a")
stop = sys.argv[3]
import os
i = 0
while not os.path.exists(stop):
    i += 1
    name = f"w-{i}"
    try:
        g.households.create(name)
    except GongjiError as exc:  # a clear refusal is allowed; then it was not committed
        log.write(json.dumps({"refused": name, "why": str(exc)}) + "\\n"); log.flush()
        continue
    log.write(json.dumps({"committed": name, "t": time.time()}) + "\\n"); log.flush()
"""


def test_a_writer_in_another_process_never_writes_aside_during_a_restore(template, tmp_path):
    live = _fresh(template, tmp_path / "race")
    names_via_core(live)  # checkpoint the template's WAL
    log, stop = tmp_path / "writer.log", tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(live), str(log), str(stop)], cwd=ROOT, env=env,
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 60
        while (not log.exists() or log.read_text().count("committed") < 20) and time.time() < deadline:
            time.sleep(0.05)
        kept = bk.restore(template["backup"], live)
        restored_at = time.time()
        at_restore = log.read_text().count("committed")
        time.sleep(0.5)
        while log.read_text().count("committed") < at_restore + 20 and time.time() < deadline:
            time.sleep(0.05)
    finally:
        stop.write_text("x")
        _, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    committed = [e for e in entries if "committed" in e]
    # (a margin: a commit made just before the restore may be logged a moment later)
    after = {e["committed"] for e in committed if e["t"] > restored_at + 0.3}
    before = {e["committed"] for e in committed if e["t"] <= restored_at}
    assert after, "the writer wrote nothing after the restore"
    now = names_via_core(live)
    assert after <= now, f"{len(after - now)} households committed after the restore are not in the ledger"
    assert "restored" in now
    kept_names = names(kept) if kept is not None and kept.exists() else set()
    assert OLD <= kept_names, "the ledger replaced by the restore was not kept"
    lost = before - now - kept_names
    assert not lost, f"{len(lost)} households committed before the restore are in no file"
