"""Cold start (run by bench/run.py): the real program (gui.app.main) to the household's members painted, against a
bare PySide6 window, and ``--demo`` against a normal open; each in a fresh process (bench/_paint_probe.py). For
context, a window with the same widgets and look and none of gongji's work (bench/_floor_window.py): how much of the
ratio any window with this first screen pays in PySide6, and how much is gongji's own."""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_probe(args: list[str], env: dict) -> dict:
    env = dict(env, BENCH_T0=repr(time.time()))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "_paint_probe.py"), *args], capture_output=True,
                         text=True, env=env, timeout=180)
    lines = [x for x in out.stdout.splitlines() if x.startswith("{")]
    if not lines:
        raise RuntimeError(f"probe {args} failed: {out.stderr[-2000:]}")
    return json.loads(lines[-1])




def bench_cold(path: Path, tmp: Path, reps: int) -> dict:
    cfg = tmp / "config"
    (cfg / "gongji").mkdir(parents=True, exist_ok=True)
    (cfg / "gongji" / "gongji.ini").write_text("[ui]\nfirst_run_done=true\ntour_done=true\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(cfg),
               XDG_DATA_HOME=str(tmp / "data"), XDG_CACHE_HOME=str(tmp / "cache"))
    run_probe(["bare"], env)  # warm the OS file cache for both alike
    run_probe(["app", "--db", str(path)], env)
    run_probe(["app", "--demo"], env)  # the demo's template is prepared at its first use (core.demo.demo_ledger)
    run_probe(["floor"], env)
    app_s, bare_s, app_rss, demo_s, floor_s = [], [], [], [], []
    for _ in range(reps):
        bare_s.append(run_probe(["bare"], env)["seconds"])
        floor_s.append(run_probe(["floor"], env)["seconds"])  # context: the first screen's widgets, no work
        got = run_probe(["app", "--db", str(path)], env)
        app_s.append(got["seconds"])
        app_rss.append(got["peak_rss_mb"])
        demo_s.append(run_probe(["app", "--demo"], env)["seconds"])  # sides alternated
    hist = run_probe(["app", "--history", "--db", str(path)], env)
    a, b, f = statistics.median(app_s), statistics.median(bare_s), statistics.median(floor_s)
    return {"app_s": a, "bare_s": b, "ratio": a / b, "floor_s": f, "floor_max_s": max(floor_s),
            "floor_ratio": f / b, "app_floor_ratio": a / f, "peak_rss_mb": hist["peak_rss_mb"], "app_max_s": max(app_s),
            "bare_max_s": max(bare_s), "demo_s": statistics.median(demo_s), "demo_max_s": max(demo_s),
            "demo_ratio": statistics.median(demo_s) / a,
            "app_only_rss_mb": statistics.median(app_rss),
            "history_rows": hist.get("rows"), "history_cached_rows": hist.get("cached_rows")}
