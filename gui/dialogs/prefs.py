"""The app's settings, for dialogs that are opened without them (file dialogs, the pay dialog).

gui/app.py calls :func:`use` with the app's gui.settings.Settings (a demo's never write to disk); until then (tests,
a dialog opened on its own) :func:`current` is an in-memory Settings with the defaults.
"""
from __future__ import annotations

from gui.settings import Settings

_settings: Settings | None = None


def use(settings: Settings | None) -> None:
    global _settings
    _settings = settings


def current() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings.memory()
    return _settings
