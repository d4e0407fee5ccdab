"""Language of the desktop app: which one, and installing Qt translators for it.

Choice, first match wins: ``--lang`` on the command line, the saved setting, the system locale (zh* → zh_CN,
en* → en, anything else → zh_CN because the app is Chinese-first).

``install_translators(app, lang)`` loads ``resources/i18n/gongji_<lang>.qm`` (the app's own texts, made by
scripts/i18n_update) and Qt's ``qtbase_<lang>.qm`` (standard buttons and dialogs such as "Cancel" in a
QMessageBox or the file dialog), and sets core's language so that messages from core match. Calling it again
replaces the previous translators (language switch at run time; windows then retranslate on LanguageChange or
are rebuilt).
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources
from core import i18n as core_i18n

SUPPORTED = core_i18n.SUPPORTED
I18N_DIR = Path(resources.__file__).resolve().parent / "i18n"


def system_language() -> str:
    """From GONGJI_LANG / the POSIX variables if set, else Qt's idea of the system locale (Windows, macOS)."""
    for var in ("GONGJI_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(var, "").split(":"):
            lang = core_i18n.normalise_language(part)
            if lang:
                return lang
    for name in QLocale.system().uiLanguages():
        lang = core_i18n.normalise_language(name)
        if lang:
            return lang
    return "zh_CN"


def choose_language(cli_lang: str | None = None, saved: str | None = None) -> str:
    for candidate in (cli_lang, saved):
        lang = core_i18n.normalise_language(candidate)
        if lang:
            return lang
    return system_language()


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"gongji_{lang}.qm"


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(app: QCoreApplication, lang: str | None) -> str:
    """Install the translators for ``lang`` (normalised; None → the system language). Returns the language."""
    lang = core_i18n.normalise_language(lang) or system_language()
    for old in getattr(app, "_gongji_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    if lang != "en":
        # The translator installed last is asked first: Qt's own, then ours, so that ours can fill the gaps of
        # Qt's (file dialog texts, see gui/dialogs/files.py) and correct it.
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_translations_dir()):
            app.installTranslator(qt)
            installed.append(qt)
        own = QTranslator(app)
        if own.load(str(qm_path(lang))):
            app.installTranslator(own)
            installed.append(own)
    app._gongji_translators = installed  # keep them alive as long as the app
    app._gongji_language = lang
    core_i18n.set_language(lang)
    QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_US"))
    return lang


def current_language(app: QCoreApplication | None = None) -> str:
    app = app or QCoreApplication.instance()
    return getattr(app, "_gongji_language", None) or core_i18n.language()


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall what install_translators installed (back to the English source texts)."""
    for old in getattr(app, "_gongji_translators", []):
        app.removeTranslator(old)
    app._gongji_translators = []
    app._gongji_language = None
