#!/usr/bin/env python3
"""Extract core's translatable messages into Qt Linguist files (no Qt needed).

    python scripts/i18n_core.py            # update resources/i18n/core_zh_CN.ts and core_en.ts
    python scripts/i18n_core.py --check    # exit 1 if the .ts files are not up to date (for CI)

Every call ``tr("English text", ...)`` (or ``i18n.tr(...)``) in ``core/**/*.py`` is found with ``ast``. The first
positional argument must be a string literal (implicit concatenation of literals is fine); anything else is an
error that names the file and line, because a computed text can never be translated.

Texts that are defined in one place and translated later (a table of column headers, say) are marked where they are
written with a call ``N_("English")`` (any function named ``N_`` or ``tr_noop`` that returns its argument), and the
later ``tr(variable)`` call carries the comment ``# i18n: marked`` on its line. Both are checked: ``N_`` needs a
literal too, and an unmarked ``tr(variable)`` is still an error.

Existing translations are kept. A message whose source no longer appears in core is kept but marked
``type="vanished"`` (what Qt 6's lupdate calls an obsolete message), so a translation is never silently lost and
core.i18n ignores it. New messages get an empty ``type="unfinished"`` translation — core.i18n falls back to English
for them, and tests/core/test_i18n_core.py fails until someone translates them.
"""
from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "core"
OUT_DIR = ROOT / "resources" / "i18n"
CONTEXT = "core"
LANGUAGES = ("zh_CN", "en")


class ExtractError(Exception):
    pass


@dataclass
class Message:
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


MARKERS = ("N_", "tr_noop")
DYNAMIC_OK = "# i18n: marked"


def _is_marker_call(node: ast.Call) -> bool:
    f = node.func
    name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
    return name in MARKERS


def _is_tr_call(node: ast.Call) -> bool:
    f = node.func
    if isinstance(f, ast.Name) and f.id == "tr":
        return True
    return isinstance(f, ast.Attribute) and f.attr == "tr" and isinstance(f.value, ast.Name) and f.value.id == "i18n"


def extract(core_dir: Path = CORE, *, strict: bool = True) -> dict[str, Message]:
    """source text -> Message, in order of first appearance (files sorted by path).

    strict=False skips bad calls instead of raising (only for tooling that must not stop; tests use strict)."""
    found: dict[str, Message] = {}
    errors: list[str] = []
    for path in sorted(core_dir.rglob("*.py")):
        rel = path.relative_to(core_dir.parent).as_posix()
        if rel == "core/i18n.py":
            continue  # defines tr; its own docstring examples are not messages
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        tree = ast.parse(text, filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and (_is_tr_call(node) or _is_marker_call(node))):
                continue
            if not node.args:
                errors.append(f"{rel}:{node.lineno}: tr() without a text")
                continue
            arg = node.args[0]
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                if _is_tr_call(node) and DYNAMIC_OK in lines[node.lineno - 1]:
                    continue
                errors.append(f"{rel}:{node.lineno}: tr() needs a string literal as its first argument, "
                              f"got {ast.unparse(arg)!r}")
                continue
            if not arg.value.strip():
                errors.append(f"{rel}:{node.lineno}: tr() with an empty text")
                continue
            msg = found.setdefault(arg.value, Message(arg.value))
            msg.locations.append((rel, node.lineno))
    if errors and strict:
        raise ExtractError("\n".join(errors))
    for m in found.values():
        m.locations.sort()
    return found


@dataclass
class Existing:
    translation: str
    type: str | None  # None (finished), "unfinished", "vanished", "obsolete"
    comment: str | None = None


def read_ts(path: Path) -> dict[str, Existing]:
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    out: dict[str, Existing] = {}
    for ctx in root.iter("context"):
        if (ctx.findtext("name") or "") != CONTEXT:
            continue
        for m in ctx.iter("message"):
            src = m.findtext("source")
            t = m.find("translation")
            if src is None:
                continue
            out[src] = Existing((t.text or "") if t is not None else "", t.get("type") if t is not None else None,
                                m.findtext("translatorcomment"))
    return out


def build_ts(lang: str, messages: dict[str, Message], existing: dict[str, Existing]) -> ET.ElementTree:
    root = ET.Element("TS", {"version": "2.1", "language": lang, "sourcelanguage": "en"})
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT

    def add(source: str, locations: list[tuple[str, int]], old: Existing | None, vanished: bool) -> None:
        m = ET.SubElement(ctx, "message")
        for file, line in locations:
            # Paths relative to the .ts file, like lupdate writes them.
            ET.SubElement(m, "location", {"filename": f"../../{file}", "line": str(line)})
        ET.SubElement(m, "source").text = source
        if old is not None and old.comment:
            ET.SubElement(m, "translatorcomment").text = old.comment
        t = ET.SubElement(m, "translation")
        text = old.translation if old is not None else ""
        if vanished:
            t.set("type", "vanished")
        elif not text.strip():
            t.set("type", "unfinished")
        elif old is not None and old.type == "unfinished":
            t.set("type", "unfinished")  # a draft stays a draft until a translator finishes it
        t.text = text

    for src, msg in messages.items():
        add(src, msg.locations, existing.get(src), False)
    for src, old in existing.items():
        if src not in messages and old.translation.strip():  # keep vanished translations that hold work
            add(src, [], old, True)
    ET.indent(root, space="    ")
    return ET.ElementTree(root)


def render(tree: ET.ElementTree) -> bytes:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n").encode("utf-8")


def update(check: bool = False, out_dir: Path = OUT_DIR, core_dir: Path = CORE) -> list[Path]:
    """Write (or with check=True: compare) the core .ts files. Returns the files that changed / would change."""
    messages = extract(core_dir)
    changed = []
    for lang in LANGUAGES:
        path = out_dir / f"core_{lang}.ts"
        data = render(build_ts(lang, messages, read_ts(path)))
        if path.exists() and path.read_bytes() == data:
            continue
        changed.append(path)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    return changed


# ----------------------------------------------------------------------------------------------- gui wrappers

GUI = ROOT / "gui"


def _wrapper_contexts(tree: ast.Module) -> dict[str, str]:
    """Functions of the form ``def _t(text): return QCoreApplication.translate("Ctx", text)`` -> {name: Ctx}."""
    out: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1 or len(node.body) != 1:
            continue
        ret = node.body[0]
        if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
            continue
        call = ret.value
        f = call.func
        if not (isinstance(f, ast.Attribute) and f.attr == "translate" and len(call.args) == 2):
            continue
        ctx, arg = call.args
        if (isinstance(ctx, ast.Constant) and isinstance(ctx.value, str) and isinstance(arg, ast.Name)
                and arg.id == node.args.args[0].arg):
            out[node.name] = ctx.value
    return out


def extract_gui_wrappers(gui_dir: Path = GUI) -> tuple[dict[tuple[str, str], list[tuple[str, int]]], list[str]]:
    """Messages behind module-level translate wrappers (``_t("text")``), which lupdate cannot see.

    Returns ({(context, source): [(file, line)]}, warnings about wrapper calls without a literal)."""
    found: dict[tuple[str, str], list[tuple[str, int]]] = {}
    warnings: list[str] = []
    for path in sorted(gui_dir.rglob("*.py")):
        rel = path.relative_to(gui_dir.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        wrappers = _wrapper_contexts(tree)
        if not wrappers:
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers):
                continue
            arg = node.args[0] if node.args else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault((wrappers[node.func.id], arg.value), []).append((rel, node.lineno))
            else:
                warnings.append(f"{rel}:{node.lineno}: {node.func.id}() with a computed text "
                                f"({ast.unparse(arg) if arg else 'nothing'}) cannot be extracted")
    return found, warnings


def merge_gui_wrappers(ts_files: list[Path], gui_dir: Path = GUI) -> list[str]:
    """Add the wrapper messages to lupdate's .ts files (or revive them if lupdate marked them vanished)."""
    found, warnings = extract_gui_wrappers(gui_dir)
    for ts in ts_files:
        root = ET.parse(ts).getroot()
        contexts = {c.findtext("name"): c for c in root.iter("context")}
        for (ctx_name, source), locations in found.items():
            ctx = contexts.get(ctx_name)
            if ctx is None:
                ctx = ET.SubElement(root, "context")
                ET.SubElement(ctx, "name").text = ctx_name
                contexts[ctx_name] = ctx
            msg = next((m for m in ctx.findall("message") if m.findtext("source") == source), None)
            if msg is None:
                msg = ET.SubElement(ctx, "message")
                ET.SubElement(msg, "source").text = source
                ET.SubElement(msg, "translation", {"type": "unfinished"})
            for loc in msg.findall("location"):
                msg.remove(loc)
            for i, (file, line) in enumerate(locations):
                msg.insert(i, ET.Element("location", {"filename": f"../../{file}", "line": str(line)}))
            t = msg.find("translation")
            if t is not None and t.get("type") in ("vanished", "obsolete"):
                if (t.text or "").strip():
                    del t.attrib["type"]
                else:
                    t.set("type", "unfinished")
        for ctx in list(root.iter("context")):  # vanished texts that nobody translated are just clutter
            for m in list(ctx.findall("message")):
                t = m.find("translation")
                if t is not None and t.get("type") in ("vanished", "obsolete") and not (t.text or "").strip():
                    ctx.remove(m)
            if not ctx.findall("message"):
                root.remove(ctx)
        ET.indent(root, space="    ")
        ts.write_bytes(render(ET.ElementTree(root)))
    return warnings


def compile_core(out_dir: Path = OUT_DIR, *, check: bool = False) -> list[Path]:
    """core_<lang>.ts -> core_<lang>.json (core.i18n.compiled); the files that changed (or would change)."""
    from core.i18n import compiled
    changed = []
    for ts in sorted(out_dir.glob("core_*.ts")):
        target = ts.with_suffix(".json")
        data = compiled(ts.read_bytes())
        if not target.exists() or target.read_bytes() != data:
            changed.append(target)
            if not check:
                target.write_bytes(data)
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report whether the .ts files are out of date")
    ap.add_argument("--merge-gui", nargs="+", metavar="TS", type=Path,
                    help="add gui/ texts behind _t()-style translate wrappers (which lupdate misses) to these "
                         ".ts files, then exit")
    ap.add_argument("--compile", action="store_true",
                    help="compile resources/i18n/core_<lang>.ts into core_<lang>.json (what core.i18n loads), "
                         "then exit")
    args = ap.parse_args(argv)
    if args.compile:
        for p in compile_core(check=args.check):
            print(f"i18n_core: {'out of date' if args.check else 'compiled'}: {p.relative_to(ROOT)}")
        return 0
    if args.merge_gui:
        for w in merge_gui_wrappers(args.merge_gui):
            print(f"i18n_core: warning: {w}", file=sys.stderr)
        n = len(extract_gui_wrappers()[0])
        print(f"i18n_core: {n} gui texts behind translate wrappers merged into "
              f"{', '.join(p.name for p in args.merge_gui)}")
        return 0
    try:
        changed = update(check=args.check)
    except ExtractError as exc:
        print(f"i18n_core: cannot extract core messages:\n{exc}", file=sys.stderr)
        return 2
    messages = extract()
    zh = read_ts(OUT_DIR / "core_zh_CN.ts")
    untranslated = [s for s in messages if not (zh.get(s) and zh[s].translation.strip() and zh[s].type is None)]
    verb = "out of date" if args.check else "updated"
    for p in changed:
        print(f"i18n_core: {verb}: {p.relative_to(ROOT)}")
    print(f"i18n_core: {len(messages)} core messages, {len(messages) - len(untranslated)} translated into zh_CN, "
          f"{len(untranslated)} unfinished")
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
