"""scripts/torture.py: SIGKILL writers at random moments; nothing they reported committed may be lost.

Runs the real script in a subprocess (it starts its own children and kills them). A few kills keep it quick (the CI
budget); ``python scripts/torture.py --kills 200`` and ``--concurrent 4`` are the full runs (README, data safety).
The broken-copy run proves that the checker can fail: children whose every third write rolls back while reporting
success must make it fail; and a run that commits too little must fail too.
"""
from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.conftest import TEST_DB_URL

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "torture.py"
LAST = re.compile(r"^(\d+) kills, (\d+) integrity errors, (\d+) lost operations, (\d+) balance mismatches$")
OPS = re.compile(r"^(\d+) committed operations \((\d+) verified", re.M)
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"),
                                reason="scripts/torture.py kills its writers with SIGKILL, which this platform (Windows) "
                                       "lacks")
needs_strace = pytest.mark.skipif(shutil.which("strace") is None,
                                  reason="strace is not installed (bash scripts/install-system-deps)")


def run(*args: str, timeout: int = 600) -> tuple[int, list[str], str]:
    proc = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT)
    lines = proc.stdout.strip().splitlines()
    assert lines, proc.stderr
    return proc.returncode, lines, "\n".join(lines)


def counts(lines: list[str]) -> tuple[int, int, int, int]:
    m = LAST.match(lines[-1])
    assert m, lines[-1]
    return tuple(int(g) for g in m.groups())  # type: ignore[return-value]


# Restore is tested on its own below, at each rename (a random kill inside a restore may or may not hit the
# window between its renames).
KINDS_BUT_RESTORE = "ops,checkpoint,import,backup,migrate"


@pytest.mark.sqlite_only
def test_kills_during_operations_checkpoints_imports_backups_and_migrations_lose_nothing(tmp_path):
    code, lines, text = run("--db", str(tmp_path / "t.db"), "--kills", "10", "--seed", "7",
                            "--kinds", KINDS_BUT_RESTORE)
    assert counts(lines) == (10, 0, 0, 0), text
    assert code == 0, text
    ops = OPS.search(text)
    assert ops and int(ops.group(2)) >= 10, text  # the children really wrote (else the run proves nothing)
    assert re.search(r"^kills by kind: .*checkpoint", text, re.M), text


@pytest.mark.sqlite_only
@needs_strace
@pytest.mark.parametrize("call,when", [("rename", 1), ("rename", 3), ("fsync", 2)])
def test_a_restore_killed_at_a_rename_or_fsync_leaves_the_old_or_the_restored_ledger(tmp_path, call, when):
    code, lines, text = run("--db", str(tmp_path / "t.db"), "--kills", "2", "--seed", "5", "--min-ops", "0",
                            "--kinds", "restore", "--inject", f"{call}:{when}")
    assert counts(lines) == (2, 0, 0, 0), text
    assert code == 0, text


@pytest.mark.sqlite_only
@needs_strace
def test_a_restore_killed_between_its_renames_leaves_a_ledger(tmp_path):
    code, lines, text = run("--db", str(tmp_path / "t.db"), "--kills", "1", "--seed", "5", "--min-ops", "0",
                            "--kinds", "restore", "--inject", "rename:2")
    assert counts(lines) == (1, 0, 0, 0), text


@pytest.mark.sqlite_only
@needs_strace
def test_kills_at_fsync_inside_checkpoints_and_migrations(tmp_path):
    code, lines, text = run("--db", str(tmp_path / "t.db"), "--kills", "4", "--seed", "11", "--min-ops", "0",
                            "--kinds", "checkpoint,migrate", "--inject", "fsync:2")
    assert counts(lines) == (4, 0, 0, 0), text
    assert code == 0, text


@pytest.mark.sqlite_only
def test_concurrent_writers(tmp_path):
    code, lines, text = run("--db", str(tmp_path / "t.db"), "--kills", "4", "--seed", "3", "--concurrent", "3")
    assert counts(lines) == (4, 0, 0, 0), text
    assert code == 0, text


@pytest.mark.sqlite_only
def test_a_broken_copy_that_reports_rolled_back_writes_fails(tmp_path):
    """The deliberately broken copy: every third write rolls back but reports success."""
    code, lines, text = run("--db", str(tmp_path / "t.db"), "--kills", "4", "--seed", "3", "--kinds", "ops",
                            "--broken")
    kills, _, lost, _ = counts(lines)
    assert kills == 4 and lost > 0, text
    assert code == 1, text


@pytest.mark.sqlite_only
def test_a_broken_copy_fails_the_concurrent_run_too(tmp_path):
    code, lines, text = run("--db", str(tmp_path / "t.db"), "--kills", "3", "--seed", "3", "--concurrent", "2",
                            "--broken")
    assert counts(lines)[2] > 0, text
    assert code == 1, text


@pytest.mark.sqlite_only
def test_a_run_that_commits_too_little_fails(tmp_path):
    # Killed 0-1 ms after READY, the children commit almost nothing: below the stated minimum the run fails.
    code, lines, text = run("--db", str(tmp_path / "t.db"), "--kills", "2", "--seed", "3", "--kinds", "ops",
                            "--min-ms", "0", "--max-ms", "1", "--min-ops", "1000")
    assert counts(lines) == (2, 0, 0, 0), text
    assert "fewer than the required 1000" in text
    assert code == 1, text


@pytest.mark.skipif(not TEST_DB_URL or TEST_DB_URL.startswith("sqlite"),
                    reason="PostgreSQL mode: set GONGJI_TEST_DB_URL (.ci/run does)")
def test_postgresql_kills_and_concurrent_writers(db_url):
    code, lines, text = run("--db-url", db_url, "--kills", "6", "--seed", "4")
    assert counts(lines) == (6, 0, 0, 0), text
    assert code == 0, text
    code, lines, text = run("--db-url", db_url, "--kills", "4", "--seed", "4", "--concurrent", "3")
    assert counts(lines) == (4, 0, 0, 0), text
    assert code == 0, text
    assert "***" in text and db_url.split(":")[2].split("@")[0] not in text  # the password is not printed
    code, lines, text = run("--db-url", db_url, "--kills", "3", "--seed", "4", "--concurrent", "2", "--broken")
    assert counts(lines)[2] > 0 and code == 1, text
