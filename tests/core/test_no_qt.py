"""core/ is a Qt-free library: no module under core/ imports PySide6 (or any Qt binding) or gui."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORE = REPO / "core"
FORBIDDEN = ("PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "gui")
#: Alembic's env.py only runs inside an alembic command; it is checked by the AST test, not imported.
NOT_IMPORTABLE = {"core.migrations.env"}


def core_files() -> list[Path]:
    return sorted(CORE.rglob("*.py"))


def module_name(path: Path) -> str:
    rel = path.relative_to(REPO).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_roots(tree: ast.AST) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            roots.add(str(node.args[0].value).split(".")[0])
    return roots


def test_there_are_core_files():
    names = {p.name for p in core_files()}
    assert {"collection.py", "rules.py", "store.py", "ids.py", "money.py"} <= names


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_no_qt_or_gui_import_in_source(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    bad = imported_roots(tree) & set(FORBIDDEN)
    assert not bad, f"{path.relative_to(REPO)} imports {sorted(bad)}"


def test_the_ast_check_would_catch_an_import():
    for src in ("import PySide6", "from PySide6.QtCore import QObject", "import gui.ops", "from gui import ops",
                "import importlib; importlib.import_module('PySide6.QtWidgets')"):
        assert imported_roots(ast.parse(src)) & set(FORBIDDEN), src


def loaded_after_importing(modules: list[str]) -> list[str]:
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{list(FORBIDDEN)!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_every_core_module_loads_no_qt():
    modules = [module_name(p) for p in core_files() if module_name(p) not in NOT_IMPORTABLE]
    assert len(modules) >= 10
    loaded = loaded_after_importing(modules)
    assert loaded == [], f"importing core loaded {loaded}"


def test_the_subprocess_check_would_catch_qt():
    pytest.importorskip("PySide6")
    assert "PySide6" in loaded_after_importing(["core.ids", "PySide6.QtCore"])
