"""Translation of core's user-visible messages, without Qt.

Core messages are written in English inside ``tr("...")`` calls (context "core"). Their translations live in
``resources/i18n/core_<lang>.ts`` — the same Qt Linguist XML format the GUI uses, so one toolchain and one
translator workflow cover both. ``scripts/i18n_core.py`` extracts the ``tr`` strings into those files.
Core needs no Qt: it reads ``core_<lang>.json``, the .ts compiled by ``scripts/i18n_update`` (as ``.qm`` is for the
GUI) — a plain JSON list that names the size and CRC-32 of the .ts it was made from. When that does not match the
.ts beside it (a translator edited the .ts and did not re-run the script) core parses the .ts itself (stdlib XML):
slower, never stale. A catalogue is read only when a message is first translated in that language.

The language is process-wide: ``set_language("zh_CN" | "en")``. Without a call, GONGJI_LANG, then the POSIX
locale variables decide; anything that is not English falls back to Chinese (the app is Chinese-first).
"""
from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from functools import lru_cache

SUPPORTED = ("zh_CN", "en")
_language: str | None = None


def normalise_language(value: str | None) -> str | None:
    if not value:
        return None
    v = value.strip().replace("-", "_")
    low = v.lower()
    if low.startswith("zh"):
        return "zh_CN"
    if low.startswith("en"):
        return "en"
    return None


_LANG_VARS = ("GONGJI_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_language() -> str:
    """The language the environment asks for (read each time: a test or the user may change it), zh_CN if none."""
    return _language_of(tuple(os.environ.get(var, "") for var in _LANG_VARS))


@lru_cache(maxsize=16)
def _language_of(values: tuple[str, ...]) -> str:  # every message asks: the parsing is done once per environment
    for raw in values:
        for part in raw.split(":"):
            lang = normalise_language(part)
            if lang:
                return lang
    return "zh_CN"


def set_language(lang: str | None) -> str:
    """Set the language core renders messages in; returns the language in force."""
    global _language
    norm = normalise_language(lang)
    if lang and norm is None:
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(SUPPORTED)}")
    _language = norm
    return language()


def language() -> str:
    return _language or system_language()


@contextlib.contextmanager
def resolved() -> Iterator[str]:
    """Inside: the language worked out once, not per message (a command-line call renders ~300 texts while its
    environment cannot change). The language in force before is back afterwards."""
    global _language
    before = _language
    _language = language()
    try:
        yield _language
    finally:
        _language = before


def _resource_bytes(name: str) -> bytes | None:
    """The bytes of ``resources/i18n/<name>``; None when there is no such file (or no ``resources`` at all)."""
    from core.resource_dir import resource_dir
    try:
        return resource_dir("i18n", name).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return None


def parse_ts(data: bytes) -> dict[tuple[str, str], str]:
    """A Qt Linguist .ts file -> {(context, source): translation}; unfinished, obsolete and empty ones left out."""
    import xml.etree.ElementTree as ET
    out: dict[tuple[str, str], str] = {}
    root = ET.fromstring(data)
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            src = m.findtext("source")
            t = m.find("translation")
            if src is None or t is None or not (t.text or "").strip():
                continue
            if t.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            out[(name, src)] = t.text
    return out


def _stamp(ts: bytes) -> dict[str, int]:
    import zlib
    return {"size": len(ts), "crc32": zlib.crc32(ts)}


def compiled(ts: bytes) -> bytes:
    """The compiled form of a .ts (what ``core_<lang>.json`` holds): its stamp and its messages, sorted."""
    rows = ",\n".join(json.dumps(m, ensure_ascii=False) for m in sorted([c, s, t] for (c, s), t in parse_ts(ts).items()))
    head = json.dumps({"format": 1, "ts": _stamp(ts)})[:-1]
    return f'{head}, "messages": [\n{rows}\n]}}\n'.encode()


def _from_compiled(raw: bytes | None, ts: bytes) -> dict[tuple[str, str], str] | None:
    """The messages of a compiled catalogue made from exactly ``ts``; None if it is missing, stale or malformed."""
    if raw is None:
        return None
    try:
        doc = json.loads(raw)
        if doc.get("format") != 1 or doc.get("ts") != _stamp(ts):
            return None
        out = {(c, s): t for c, s, t in doc["messages"]}
    except (ValueError, TypeError, AttributeError, KeyError):
        return None
    if not all(type(k[0]) is str and type(k[1]) is str and type(t) is str for k, t in out.items()):
        return None
    return out


@lru_cache(maxsize=None)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    ts = _resource_bytes(f"core_{lang}.ts")
    if ts is None:
        return {}
    fast = _from_compiled(_resource_bytes(f"core_{lang}.json"), ts)
    return fast if fast is not None else parse_ts(ts)


def translate(context: str, text: str, lang: str | None = None) -> str:
    return _catalogue(lang or language()).get((context, text), text)


def tr(text: str, /, **params: object) -> str:
    """Translate a core message (context "core") and fill ``{name}`` placeholders."""
    out = translate("core", text)
    return out.format(**params) if params else out


def in_every_language(shown: str) -> set[str]:
    """A core text as shown in the current language → the same text in every supported language (and its English
    source). For reading files written under another UI language: a CSV exported in English imports in Chinese.
    Does not change the process-wide language (safe while another thread renders messages)."""
    sources = {shown} | {src for (ctx, src), text in _catalogue(language()).items() if ctx == "core" and text == shown}
    return sources | {translate("core", src, lang) for src in sources for lang in SUPPORTED}
