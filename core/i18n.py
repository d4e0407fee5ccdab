"""Translation of core's user-visible messages, without Qt.

Core messages are written in English inside ``tr("...")`` calls (context "core"). Their translations live in
``resources/i18n/core_<lang>.ts`` — the same Qt Linguist XML format the GUI uses, so one toolchain and one
translator workflow cover both. ``scripts/i18n_core.py`` extracts the ``tr`` strings into those files.
Core reads the .ts directly (stdlib XML), so the CLI needs no Qt.

The language is process-wide: ``set_language("zh_CN" | "en")``. Without a call, GONGJI_LANG, then the POSIX
locale variables decide; anything that is not English falls back to Chinese (the app is Chinese-first).
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache
from importlib import resources as _res

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


@lru_cache(maxsize=None)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    try:
        data = _res.files("resources").joinpath("i18n", f"core_{lang}.ts").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
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
