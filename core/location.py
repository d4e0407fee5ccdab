"""Where a ledger lives: a file path or a database URL, resolved and shown the same way everywhere.

The public face of the location helpers in :mod:`core.store` (private storage), for the GUI and the CLI.
"""
from __future__ import annotations

from pathlib import Path

from core.store import (APP_NAME, backup_dir_for, default_data_dir, default_database_path, resolve_url,
                        sqlite_path)


def sqlite_file(target: str | Path | None) -> Path | None:
    """The SQLite file a target (path, URL or None for the default) names; None for a server database."""
    return sqlite_path(resolve_url(target))


__all__ = ["APP_NAME", "backup_dir_for", "default_data_dir", "default_database_path", "resolve_url", "sqlite_path",
           "sqlite_file"]
