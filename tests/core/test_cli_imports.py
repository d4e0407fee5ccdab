"""What ``gongji households`` / ``members`` / ``order`` import beyond a bare ``python -c pass`` (issue #11: a list
command costs ≤ 3× starting Python, measured by bench/cli_bench.py). Most of a call's time was imports: dataclasses'
code generation, typing, the XML parser and importlib.resources for the translations, decimal … This keeps them out.

Each check is a function of a source tree, so the last test runs it on a deliberately broken copy of core/ and sees
it fail.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.collection import Collection

pytestmark = pytest.mark.sqlite_only
ROOT = Path(__file__).resolve().parents[2]

LIST_COMMANDS = [("households",), ("members", "-H", "1"), ("order", "-H", "1", "--user", "1")]

#: Never imported by a list command: each was a measurable part of its time (or is the ORM).
FORBIDDEN = frozenset({
    "typing", "dataclasses", "inspect", "ast", "dis", "tokenize",  # dataclasses: ~9 ms, then ~1 ms per class
    "xml.etree.ElementTree", "importlib.resources", "tempfile", "zipfile",  # the .ts parsed per call: ~15 ms
    "decimal", "calendar", "platformdirs", "sqlalchemy", "alembic",
})
#: Modules a list command may import beyond ``python -c pass`` (59 when this was written, 106 before this
#: test). A new import on this path must earn its place: raise this only with a measurement (bench/cli_bench.py).
BUDGET = 64


def imported(root: Path, *args: str) -> set[str]:
    """Every module ``python <args>`` imports, as ``-X importtime`` lists them, run in ``root``."""
    out = subprocess.run([sys.executable, "-X", "importtime", *args], cwd=root, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return {line.split("|")[2].strip() for line in out.stderr.splitlines()
            if line.startswith("import time:") and "imported package" not in line}


def problems(root: Path, db: Path) -> list[str]:
    """What is wrong with the list commands' imports in the source tree ``root`` (empty: nothing)."""
    bare = imported(root, "-c", "pass")
    found = []
    for argv in LIST_COMMANDS:
        extra = imported(root, "-m", "core.cli", "--db", str(db), *argv) - bare
        name = " ".join(argv[:1])
        if extra & FORBIDDEN:
            found.append(f"gongji {name} imports {sorted(extra & FORBIDDEN)}")
        if len(extra) > BUDGET:
            found.append(f"gongji {name} imports {len(extra)} modules beyond `python -c pass` (budget {BUDGET}): "
                         f"{sorted(extra)}")
    return found


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli-imports") / "family.db"
    col = Collection.open(path, actor="t")
    h = col.households.create("王家").value
    col.members.add(h.id, "王芳", "11010519491231002X", "employee", balance_fen=100_000)
    col.close()
    return path


def test_list_commands_import_little(db: Path):
    assert problems(ROOT, db) == []


def test_the_check_sees_heavy_imports_come_back(db: Path, tmp_path: Path):
    """On a copy of core/ whose views module imports dataclasses and typing again, the check fails."""
    for folder in ("core", "resources"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    views = tmp_path / "core" / "views.py"
    views.write_text(views.read_text(encoding="utf-8") + "\nimport dataclasses, typing  # noqa\n", encoding="utf-8")
    found = problems(tmp_path, db)
    for argv in LIST_COMMANDS:  # each command: the forbidden modules named, and over the budget
        mine = [p for p in found if p.startswith(f"gongji {argv[0]} imports")]
        assert any("['ast', 'dataclasses', 'dis', 'inspect', 'tokenize', 'typing']" in p for p in mine), found
        assert any("budget" in p for p in mine), found
