"""Where a ledger lives: a file path or a database URL, resolved and shown the same way everywhere.

The public face of the location helpers in :mod:`core.store` (private storage), for the GUI and the CLI.
"""
from __future__ import annotations

from pathlib import Path

from typing import Any

from core.backup_files import backup_dir_for
from core.paths import APP_NAME, default_data_dir, default_database_path, file_of


def sqlite_file(target: str | Path | None) -> Path | None:
    """The SQLite file a target (path, URL or None for the default) names; None for a server database."""
    path = file_of(target)
    if path is not None:
        return path  # a plain path: no SQLAlchemy needed (the window's start-up)
    from core.store import resolve_url, sqlite_path
    return sqlite_path(resolve_url(target))


def resolve_url(target: str | Path | None) -> Any:
    """A path, URL or None → a SQLAlchemy URL (core.store.resolve_url)."""
    from core.store import resolve_url as resolve
    return resolve(target)


def sqlite_path(url: Any) -> Path | None:
    from core.store import sqlite_path as path_of
    return path_of(url)


__all__ = ["APP_NAME", "backup_dir_for", "default_data_dir", "default_database_path", "resolve_url", "sqlite_path",
           "sqlite_file"]
