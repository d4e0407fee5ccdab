"""The user's preferences (QSettings, INI format in the platformdirs config dir).

Keys: ``ui/language`` ("zh_CN" | "en" | "" = follow the system), ``ui/elderly`` (长辈模式 on/off),
``ui/first_run_done``, ``ui/tour_done``, ``data/last_household`` (an id in the last database opened),
``data/last_database`` (path of another database file the user chose; "" = the default one), ``files/last_folder``
(where the user last saved or opened a file; gui/dialogs/files.py), ``pay/confirm_above_fen`` (ask before a payment
takes more than this from other people's accounts; 0 = never ask).

A demo session (``--demo``) uses :meth:`Settings.memory` — a throwaway store that starts from the user's language and
长辈模式. Everything else stays in memory, but a language chosen during a demo is kept (written through to the
user's settings): it is how the person wants to read the app, not demo data.
"""
from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from core.fsmode import private_dir, tighten
from core.i18n import normalise_language

APP_NAME = "gongji"
#: Ask before a payment takes more than ¥500.00 from other people's accounts (the user can change it).
DEFAULT_CONFIRM_ABOVE_FEN = 500_00


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / "gongji.ini"


def _as_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


class Settings:
    def __init__(self, path: str | Path | None = None, *, persistent: bool = True):
        self._mem: dict[str, object] | None = None if persistent else {}
        self._qs: QSettings | None = None
        if persistent:
            p = Path(path) if path else settings_path()
            private_dir(p.parent)
            self._qs = QSettings(str(p), QSettings.Format.IniFormat)
        self.path = None if not persistent else (Path(path) if path else settings_path())

    @classmethod
    def memory(cls, start_from: Settings | None = None) -> Settings:
        """Settings that live only in memory (demo mode); optionally copy the display preferences of another."""
        s = cls(persistent=False)
        if start_from is not None:
            s.language = start_from.language
            s.elderly = start_from.elderly
            s.first_run_done = True
            s.tour_done = True
        s._keep_language_in = start_from  # after the copy: only a change is written through
        return s

    @property
    def persistent(self) -> bool:
        return self._qs is not None

    # ------------------------------------------------------------------ raw access
    def _get(self, key: str, default: object = None) -> object:
        if self._qs is not None:
            return self._qs.value(key, default)
        return self._mem.get(key, default)  # type: ignore[union-attr]

    def _set(self, key: str, value: object) -> None:
        if self._qs is not None:
            self._qs.setValue(key, value)
            self._qs.sync()  # Qt writes a new file (temp + rename) with the process's umask: owner-only again
            tighten(Path(self._qs.fileName()), 0o600)
        else:
            self._mem[key] = value  # type: ignore[index]

    # ------------------------------------------------------------------ typed properties
    @property
    def language(self) -> str | None:
        """The saved language, or None to follow the system."""
        return normalise_language(str(self._get("ui/language", "") or ""))

    @language.setter
    def language(self, lang: str | None) -> None:
        self._set("ui/language", normalise_language(lang) or "")
        keep = getattr(self, "_keep_language_in", None)
        if keep is not None and keep is not self and keep.language != normalise_language(lang):
            keep.language = lang

    @property
    def elderly(self) -> bool:
        return _as_bool(self._get("ui/elderly", False))

    @elderly.setter
    def elderly(self, on: bool) -> None:
        self._set("ui/elderly", bool(on))

    @property
    def first_run_done(self) -> bool:
        return _as_bool(self._get("ui/first_run_done", False))

    @first_run_done.setter
    def first_run_done(self, done: bool) -> None:
        self._set("ui/first_run_done", bool(done))

    @property
    def tour_done(self) -> bool:
        return _as_bool(self._get("ui/tour_done", False))

    @tour_done.setter
    def tour_done(self, done: bool) -> None:
        self._set("ui/tour_done", bool(done))

    @property
    def last_household(self) -> int | None:
        raw = self._get("data/last_household", None)
        try:
            return int(raw) if raw not in (None, "") else None  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    @last_household.setter
    def last_household(self, hid: int | None) -> None:
        self._set("data/last_household", "" if hid is None else int(hid))

    @property
    def last_database(self) -> str:
        return str(self._get("data/last_database", "") or "")

    @last_database.setter
    def last_database(self, path: str | Path | None) -> None:
        self._set("data/last_database", str(path) if path else "")

    @property
    def last_folder(self) -> str:
        return str(self._get("files/last_folder", "") or "")

    @last_folder.setter
    def last_folder(self, folder: str | Path | None) -> None:
        self._set("files/last_folder", str(folder) if folder else "")

    @property
    def confirm_pooled_above_fen(self) -> int:
        raw = self._get("pay/confirm_above_fen", DEFAULT_CONFIRM_ABOVE_FEN)
        try:
            return max(0, int(raw))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_CONFIRM_ABOVE_FEN

    @confirm_pooled_above_fen.setter
    def confirm_pooled_above_fen(self, fen: int) -> None:
        self._set("pay/confirm_above_fen", max(0, int(fen)))
