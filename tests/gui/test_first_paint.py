"""The window's first screen (the household's members painted) is read without SQLAlchemy: the ORM is loaded
only afterwards, on the DB worker (issue #11). Runs the real program (gui.app.main) through bench/_paint_probe.py."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.collection import Collection
from core.demo import seed_demo

pytestmark = pytest.mark.sqlite_only
REPO = Path(__file__).resolve().parents[2]


def test_no_sqlalchemy_before_the_first_paint(tmp_path):
    path = tmp_path / "family.db"
    col = Collection.open(path, actor="t")
    seed_demo(col, history_days=60)
    col.close()
    cfg = tmp_path / "config" / "gongji"
    cfg.mkdir(parents=True)
    (cfg / "gongji.ini").write_text("[ui]\nfirst_run_done=true\ntour_done=true\n", encoding="utf-8")  # no welcome
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_T0": str(time.time()),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    r = subprocess.run([sys.executable, str(REPO / "bench" / "_paint_probe.py"), "app", "--db", str(path),
                        "--lang", "en"], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in r.stdout.splitlines() if line.startswith("{")]
    assert lines, r.stdout + r.stderr[-3000:]
    got = json.loads(lines[-1])
    assert got["kind"] == "app"
    assert got["sqlalchemy_before_paint"] is False
