"""The shape of the code (issue #11): small files, the GUI on core's public API only, core without Qt, no import
cycles. Each check is a function of a source tree, so the tests at the bottom also run it on a deliberately broken
copy of this repository's core/ and gui/ and see it fail.

Imports are read statically (AST), everywhere in a file — inside functions too — plus ``importlib.import_module``
with a literal name.
"""
from __future__ import annotations

import ast
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "gui")
MAX_LINES = 400

#: Files over the limit today that another engineer is splitting (issues #10 and #11). The test fails when one of
#: them is no longer over, so the list only shrinks.
KNOWN_LONG: set[str] = set()  # gui/main_window.py and gui/history/view.py were split (issue #10)

#: core modules the GUI may import: the public API. Everything else in core (storage: store, schema, migrate,
#: backup, migrations; the query modules behind col.history; the private _base) is reached through
#: core.collection.Collection.
PUBLIC_CORE = {"core", "core.collection", "core.views", "core.labels", "core.errors", "core.money", "core.ids",
               "core.profiles", "core.i18n", "core.location", "core.filters", "core.backups", "core.demo",
               "core.application", "core.plausibility",  # pure: the application's content, relation checks
               "core.fsmode"}  # owner-only files for what the GUI writes itself (PDF statements)

#: Import cycles that exist today and are someone else's to remove (issue #11). Fails when one is gone.
KNOWN_CYCLES: list[frozenset[str]] = []  # none left (about ↔ backups went when the restart moved to gui/restart.py)

QT_PREFIXES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "gui")


def _sources(root: Path) -> dict[str, Path]:
    """Module name → file, for every .py under the packages."""
    out = {}
    for pkg in PACKAGES:
        for f in sorted((root / pkg).rglob("*.py")):
            parts = list(f.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = f
    return out


def _imports(name: str, path: Path, modules: set[str]) -> set[str]:
    """The modules ``name`` imports (anywhere in the file). ``from p import x``: p.x when it is a module, else p."""
    is_pkg = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_pkg else name.split(".")[:-1]
                base = base[:len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            for a in node.names:
                sub = f"{mod}.{a.name}"
                out.add(sub if sub in modules else mod)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "import_module" and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)):
            out.add(node.args[0].value)
    return out


def graph(root: Path) -> dict[str, set[str]]:
    src = _sources(root)
    mods = set(src)
    return {m: _imports(m, f, mods) for m, f in src.items()}


# ----------------------------------------------------------------------------------------------- the checks

def long_files(root: Path) -> list[str]:
    """Problems with file length: a file over the limit not in KNOWN_LONG, or a KNOWN_LONG file no longer over."""
    problems = []
    over = set()
    for pkg in PACKAGES:
        for f in (root / pkg).rglob("*.py"):
            n = len(f.read_text(encoding="utf-8").splitlines())
            rel = f.relative_to(root).as_posix()
            if n > MAX_LINES:
                over.add(rel)
                if rel not in KNOWN_LONG:
                    problems.append(f"{rel}: {n} lines (limit {MAX_LINES}); split it by concern")
    problems += [f"{rel} is no longer over {MAX_LINES} lines: remove it from KNOWN_LONG" for rel in
                 sorted(KNOWN_LONG - over)]
    return problems


def gui_private_imports(root: Path) -> list[str]:
    return [f"{m} imports {i}, which is not core's public API" for m, deps in sorted(graph(root).items())
            if m.startswith("gui") for i in sorted(deps)
            if (i == "core" or i.startswith("core.")) and i not in PUBLIC_CORE]


def core_qt_imports(root: Path) -> list[str]:
    return [f"{m} imports {i}" for m, deps in sorted(graph(root).items()) if m.split(".")[0] == "core"
            for i in sorted(deps) if i.split(".")[0] in QT_PREFIXES]


def cycles(root: Path) -> list[frozenset[str]]:
    """Strongly connected components of more than one module (and modules importing themselves)."""
    full = graph(root)
    g = {m: {d for d in deps if d in full} for m, deps in full.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[frozenset[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan; the graph is small, recursion is fine
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in g[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on.discard(w)
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1 or v in g[v]:
                out.append(frozenset(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def cycle_problems(root: Path) -> list[str]:
    found = cycles(root)
    problems = [f"import cycle: {' ↔ '.join(sorted(c))}" for c in found if c not in KNOWN_CYCLES]
    problems += [f"the known cycle {' ↔ '.join(sorted(c))} is gone: remove it from KNOWN_CYCLES"
                 for c in KNOWN_CYCLES if c not in found]
    return problems


# ----------------------------------------------------------------------------------------------- the tests

def test_no_file_over_the_limit():
    assert long_files(ROOT) == []


def test_gui_imports_only_cores_public_api():
    assert gui_private_imports(ROOT) == []


def test_core_imports_no_qt():
    assert core_qt_imports(ROOT) == []


def test_no_import_cycles():
    assert cycle_problems(ROOT) == []


# A check that cannot fail proves nothing: each one on a deliberately broken copy of this repository.

def _copy(tmp_path: Path) -> Path:
    for pkg in PACKAGES:
        shutil.copytree(ROOT / pkg, tmp_path / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_each_check_fails_on_a_broken_copy(tmp_path):
    root = _copy(tmp_path)
    _append(root / "gui/ops.py", "\n\ndef _peek():\n    from core import store\n    return store\n")
    assert gui_private_imports(root) == ["gui.ops imports core.store, which is not core's public API"]
    _append(root / "core/money.py", "\nfrom PySide6 import QtCore  # noqa\n")
    assert core_qt_imports(root) == ["core.money imports PySide6"]
    _append(root / "core/views.py", "\n\ndef _loop():\n    import core.collection\n")
    assert any("core.collection" in p and "core.views" in p for p in cycle_problems(root))
    _append(root / "core/labels.py", "\n" * (MAX_LINES + 1))
    assert any(p.startswith("core/labels.py:") for p in long_files(root))


def test_known_exceptions_must_still_be_true(tmp_path, monkeypatch):
    root = _copy(tmp_path)
    monkeypatch.setitem(globals(), "KNOWN_LONG", {"gui/main_window.py"})  # as if it were still listed
    (root / "gui/main_window.py").write_text("x = 1\n", encoding="utf-8")
    assert "gui/main_window.py is no longer over 400 lines: remove it from KNOWN_LONG" in long_files(root)
    monkeypatch.setitem(globals(), "KNOWN_CYCLES", [frozenset({"gui.dialogs.about", "gui.dialogs.backups"})])
    assert any("gui.dialogs.about ↔ gui.dialogs.backups is gone" in p for p in cycle_problems(root))
    _append(root / "gui/dialogs/backups.py", "\n\ndef _loop():\n    from gui.dialogs import about\n")
    assert not any("about" in p for p in cycle_problems(root))  # the cycle is back, so it is known again
