#!/usr/bin/env python3
"""Start-up of the bundle as a ratio against a bare PySide6 window started the same way (packaging/smoke_test.sh):

    python packaging/startup_ratio.py --runs 7 --bare BARE_EXE -- APP_EXE [APP_ARGS...]

Both programs are frozen by PyInstaller the same way and carry packaging/startup_probe.py: with GONGJI_STARTUP_PROBE
set they write the seconds from GONGJI_T0 (set here, just before starting them) to their main window's first paint,
then exit. One warm-up run each (not counted: it fills the disk cache), then ``--runs`` rounds that alternate bare
and app, so that a slow moment of the machine hits both. Prints the medians, the maxima and the ratios; exits 1 if
a run failed. Not a pass/fail on speed: the figure is reported (README, "Packaging").
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def once(cmd: list[str], probe: Path, timeout: float) -> float:
    probe.unlink(missing_ok=True)
    env = {**os.environ, "GONGJI_STARTUP_PROBE": str(probe), "GONGJI_T0": repr(time.time())}
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    if r.returncode != 0 or not probe.is_file():
        raise RuntimeError(f"{cmd[0]} exited {r.returncode} without a first paint: {r.stderr[-1500:]}")
    return float(probe.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--bare", required=True)
    ap.add_argument("app", nargs="+")
    a = ap.parse_args(argv)
    probe = Path(tempfile.mkdtemp(prefix="gongji-probe-")) / "seconds"
    try:
        once([a.bare], probe, a.timeout), once(a.app, probe, a.timeout)  # warm-up
        bare: list[float] = []
        app: list[float] = []
        for i in range(a.runs):
            first, second = ((a.bare,), a.app) if i % 2 == 0 else (a.app, (a.bare,))
            for cmd in (first, second):
                (bare if cmd == (a.bare,) else app).append(once(list(cmd), probe, a.timeout))
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"startup: FAIL {exc}")
        return 1
    pairs = [x / y for x, y in zip(app, bare)]
    print(f"startup: bare PySide6 window  median {statistics.median(bare):.3f} s  max {max(bare):.3f} s")
    print(f"startup: gongji-desktop       median {statistics.median(app):.3f} s  max {max(app):.3f} s")
    print(f"startup: ratio {statistics.median(app) / statistics.median(bare):.2f} (medians), "
          f"max {max(pairs):.2f} (of {a.runs} alternated pairs, after one warm-up run each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
