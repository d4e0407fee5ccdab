"""Core's messages: every tr() text in core/ has a real Chinese translation that keeps its {placeholders}, and the
extractor (scripts/i18n_core.py) finds them all, refuses computed texts and never loses a translation."""
from __future__ import annotations

import importlib.util
import re
import string
import sys
from pathlib import Path

import pytest

from core import i18n

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("i18n_core", ROOT / "scripts" / "i18n_core.py")
ic = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("i18n_core", ic)
_spec.loader.exec_module(ic)

CJK = re.compile(r"[\u3400-\u9fff]")


def placeholders(text: str) -> list[tuple[str, str | None, str | None]]:
    """The {fields} of a str.format text, with conversion and format spec, sorted."""
    return sorted((name, conv, spec) for _, name, spec, conv in string.Formatter().parse(text) if name is not None)


@pytest.fixture(scope="module")
def messages():
    # Non-strict here so that this test reports missing translations even while some file has a computed tr()
    # (that is test_core_tr_calls_use_literals' job).
    return ic.extract(strict=False)


@pytest.fixture(scope="module")
def zh():
    return ic.read_ts(ic.OUT_DIR / "core_zh_CN.ts")


def test_core_tr_calls_use_literals():
    """Every tr() in core has a literal text (or is explicitly marked), so the extractor sees every message."""
    ic.extract(strict=True)


def test_extractor_finds_many_messages(messages):
    assert len(messages) > 200
    assert "Please enter an amount." in messages
    assert all(loc[0].startswith("core/") for m in messages.values() for loc in m.locations)


def test_every_core_message_is_translated_into_chinese(messages, zh):
    missing = [s for s in messages if s not in zh or not zh[s].translation.strip()]
    unfinished = [s for s in messages if s in zh and zh[s].type is not None]
    not_chinese = [s for s in messages if s in zh and zh[s].translation.strip() and not CJK.search(zh[s].translation)
                   and CJK.search(s) is None]
    assert not missing, f"{len(missing)} core messages have no zh_CN translation (run scripts/i18n_update and " \
                        f"translate): {missing[:10]}"
    assert not unfinished, f"unfinished zh_CN translations: {unfinished[:10]}"
    assert not not_chinese, f"zh_CN translations without Chinese text: {not_chinese[:10]}"


def test_translations_keep_exactly_the_same_placeholders(messages, zh):
    bad = []
    for src in messages:
        t = zh.get(src)
        if t is None or not t.translation.strip():
            continue
        if placeholders(src) != placeholders(t.translation):
            bad.append((src, t.translation))
    assert not bad, "placeholders differ:\n" + "\n".join(f"  {s!r}\n  {t!r}" for s, t in bad)


def test_translations_format_without_error(messages, zh):
    """A stray brace in a translation would make str.format raise at run time."""
    for src in messages:
        t = zh.get(src)
        if t is None or not t.translation.strip():
            continue
        params = {name: "X" for name, _, _ in placeholders(src)}
        t.translation.format(**params)


def test_core_tr_uses_the_translations(messages, zh):
    previous = i18n.language()
    try:
        i18n.set_language("zh_CN")
        for src in list(messages)[:50]:
            if placeholders(src) or src not in zh or zh[src].type is not None or not zh[src].translation:
                continue
            assert i18n.tr(src) == zh[src].translation
        i18n.set_language("en")
        assert i18n.tr("Please enter an amount.") == "Please enter an amount."
    finally:
        i18n.set_language(previous)


def test_ts_files_are_valid_linguist_xml():
    import xml.etree.ElementTree as ET
    for lang in ic.LANGUAGES:
        root = ET.parse(ic.OUT_DIR / f"core_{lang}.ts").getroot()
        assert root.tag == "TS" and root.get("language") == lang
        assert [c.findtext("name") for c in root.iter("context")] == ["core"]


# ------------------------------------------------------------------ the extractor itself, on a temp source tree

def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    core = tmp_path / "core"
    for name, body in files.items():
        (core / name).parent.mkdir(parents=True, exist_ok=True)
        (core / name).write_text(body, encoding="utf-8")
    return core


def test_extractor_refuses_a_computed_text(tmp_path):
    core = _tree(tmp_path, {"a.py": "from core.i18n import tr\nx = 'hi'\ny = tr(x)\n"})
    with pytest.raises(ic.ExtractError, match=r"core/a.py:3"):
        ic.extract(core)


def test_extractor_accepts_marked_texts_and_concatenation(tmp_path):
    core = _tree(tmp_path, {"sub/b.py": (
        "from core.i18n import tr\n"
        "def N_(s): return s\n"
        "COLS = [N_('first column'), N_('second')]\n"
        "def f(c, n):\n"
        "    a = tr(c)  # i18n: marked\n"
        "    return tr('one ' 'two {n}', n=n) + i18n.tr('three')\n")})
    found = ic.extract(core)
    assert list(found) == ["first column", "second", "one two {n}", "three"] or \
        set(found) == {"first column", "second", "one two {n}", "three"}
    assert found["one two {n}"].locations == [("core/sub/b.py", 6)]


def test_update_keeps_translations_and_marks_vanished(tmp_path):
    core = _tree(tmp_path, {"a.py": "from core.i18n import tr\ntr('keep me')\ntr('goes away')\n"})
    out = tmp_path / "i18n"
    ic.update(out_dir=out, core_dir=core)
    ts = out / "core_zh_CN.ts"
    existing = ic.read_ts(ts)
    assert existing["keep me"].type == "unfinished"
    existing["keep me"] = ic.Existing("保留", None)
    existing["goes away"] = ic.Existing("消失", None)
    ts.write_bytes(ic.render(ic.build_ts("zh_CN", ic.extract(core), existing)))

    (core / "a.py").write_text("from core.i18n import tr\ntr('keep me')\ntr('new one')\n", encoding="utf-8")
    changed = ic.update(out_dir=out, core_dir=core)
    assert ts in changed
    after = ic.read_ts(ts)
    assert after["keep me"].translation == "保留" and after["keep me"].type is None
    assert after["goes away"].translation == "消失" and after["goes away"].type == "vanished"
    assert after["new one"].type == "unfinished"
    assert ic.update(out_dir=out, core_dir=core, check=True) == []  # idempotent


def test_every_expense_kind_has_a_label():
    """Found by tests/gui/test_i18n.py: the 'other' expense kind showed as the raw key."""
    from core.schema import EXPENSE_KINDS
    from core.labels import expense_label
    previous = i18n.language()
    try:
        i18n.set_language("zh_CN")
        for kind in EXPENSE_KINDS:
            assert expense_label(kind) != kind and CJK.search(expense_label(kind)), kind
    finally:
        i18n.set_language(previous)


def test_compiled_catalogues_are_up_to_date():
    """core_<lang>.json (what core loads instead of parsing the .ts: a CLI call's ~7 ms) matches its .ts; run
    scripts/i18n_update after editing a .ts (core still parses a .ts whose .json does not match it: slower, right)."""
    assert ic.compile_core(check=True) == [], "run scripts/i18n_update (or scripts/i18n_core.py --compile)"


def test_compiled_catalogue_says_what_the_ts_says_and_a_stale_one_is_not_used(tmp_path):
    ts = (ic.OUT_DIR / "core_zh_CN.ts").read_bytes()
    compiled = i18n.compiled(ts)
    assert i18n._from_compiled(compiled, ts) == i18n.parse_ts(ts) != {}
    i18n._catalogue.cache_clear()
    try:
        assert i18n._catalogue("zh_CN") == i18n.parse_ts(ts)
    finally:
        i18n._catalogue.cache_clear()
    edited = ts.replace(b"<translation>", b"<translation>X", 1)
    assert i18n.parse_ts(edited) != i18n.parse_ts(ts)
    assert i18n._from_compiled(compiled, edited) is None  # made from another .ts: parse that one instead
    same_size = ts.replace("设置".encode(), "设定".encode(), 1)
    assert same_size != ts and len(same_size) == len(ts)
    assert i18n._from_compiled(compiled, same_size) is None  # the CRC sees an edit of the same size
    for bad in (b"", b"[]", b"{\"format\": 1}", compiled.replace(b'"format": 1', b'"format": 2'),
                compiled.replace(b"\"messages\": [", b"\"messages\": [[1, 2, 3],", 1)):
        assert i18n._from_compiled(bad, ts) is None
