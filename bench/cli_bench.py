"""CLI list commands (run by bench/run.py): ``gongji households`` / ``members`` / ``order`` against
``python -c pass``, each in a fresh process, sides alternated; medians and max."""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bench_cli(path: Path, hid: int, reps: int) -> dict:
    """``gongji --db BIG households`` / ``members`` / ``order`` ÷ ``python -c pass``: fresh processes, wall clock,
    sides alternated; the worst of the three commands' medians is the value."""
    def once(args: list[str]) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, *args], cwd=ROOT, check=True, capture_output=True, timeout=120)
        return time.perf_counter() - t0

    cmds = {"households": ["households"], "members": ["members", "-H", str(hid)],
            "order": ["order", "-H", str(hid), "--user", "张子涵"]}
    base, per = [], {k: [] for k in cmds}
    once(["-c", "pass"])
    for k, c in cmds.items():
        once(["-m", "core.cli", "--db", str(path), *c])  # warm the file cache alike
    for i in range(reps):
        for k, c in cmds.items():
            if i % 2 == 0:
                base.append(once(["-c", "pass"]))
                per[k].append(once(["-m", "core.cli", "--db", str(path), *c]))
            else:
                per[k].append(once(["-m", "core.cli", "--db", str(path), *c]))
                base.append(once(["-c", "pass"]))
    b = statistics.median(base)
    med = {k: statistics.median(v) for k, v in per.items()}
    worst = max(med, key=med.get)
    return {"base_s": b, "per_s": med, "max_s": {k: max(v) for k, v in per.items()}, "worst": worst,
            "ratio": med[worst] / b, "reps": reps}
