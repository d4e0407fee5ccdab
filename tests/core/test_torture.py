"""scripts/torture.py: SIGKILL a writer at random moments; nothing it reported committed may be lost.

Runs the real script in a subprocess (it starts its own children and kills them). A small number of kills keeps it
quick; ``python scripts/torture.py --kills 200`` is the full run. The sabotage run proves that the checker can
fail: a child that reports a payment it never wrote must be caught as a lost payment.
"""
from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "torture.py"
LAST = re.compile(r"^(\d+) kills, (\d+) integrity errors, (\d+) lost payments, (\d+) balance mismatches$")

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"),
                       reason="scripts/torture.py kills its writers with SIGKILL, which this platform (Windows) lacks"),
]


def run(tmp_path: Path, *args: str) -> tuple[int, list[str]]:
    proc = subprocess.run([sys.executable, str(SCRIPT), "--db", str(tmp_path / "torture.db"), *args],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    lines = proc.stdout.strip().splitlines()
    assert lines, proc.stderr
    return proc.returncode, lines


def test_ten_kills_lose_nothing(tmp_path):
    code, lines = run(tmp_path, "--kills", "10", "--seed", "7")
    m = LAST.match(lines[-1])
    assert m, lines[-1]
    assert m.groups() == ("10", "0", "0", "0"), "\n".join(lines)
    assert code == 0
    # The children really wrote something between the kills (else the test proves nothing).
    ops = re.search(r"^(\d+) committed operations \((\d+) payments\)", "\n".join(lines), re.M)
    assert ops and int(ops.group(2)) > 0, "\n".join(lines)


def test_checker_catches_a_reported_payment_that_is_not_there(tmp_path):
    code, lines = run(tmp_path, "--kills", "2", "--seed", "3", "--sabotage")
    m = LAST.match(lines[-1])
    assert m, lines[-1]
    assert m.group(1) == "2" and m.group(3) == "1", "\n".join(lines)
    assert code == 1
