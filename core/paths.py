"""Where gongji keeps a ledger by default (private to core; no SQLAlchemy): the public face is core.location."""
from __future__ import annotations

from pathlib import Path

APP_NAME = "gongji"


def default_data_dir() -> Path:
    import platformdirs
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return default_data_dir() / "gongji.db"


def default_ledger() -> Path:
    """The default ledger's path, its folder made (0700) if needed; StorageError if it cannot be."""
    from core import storefaults as faults
    from core.fsmode import private_dir
    path = default_database_path()
    try:
        private_dir(path.parent)
    except OSError as exc:
        raise faults.os_error(exc, path.parent) from None
    return path


def file_of(target: str | Path | None) -> Path | None:
    """The SQLite file a plain target names (None/"" → the default ledger); None for a URL (``…://…``), which
    only the store can resolve."""
    if target is None or str(target) == "":
        return default_ledger()
    s = str(target)
    if "://" in s:
        return None
    return Path(s).expanduser().resolve()


__all__ = ["APP_NAME", "default_data_dir", "default_database_path", "default_ledger", "file_of"]
