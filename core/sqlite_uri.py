"""SQLite URI file names that survive any folder name.

``f"file:{path}?mode=ro"`` is wrong for folders whose names hold ``#``, ``?`` or ``%`` (SQLite's URI parser ends
the path at ``#``/``?`` and decodes ``%xx``): a folder named "C# ledgers" or "100%25 done" would open another file,
or none. :func:`read_only` percent-encodes the path as a ``file:`` URI first.
"""
from __future__ import annotations

from pathlib import Path


def read_only(path: str | Path, *, immutable: bool = False) -> str:
    """The URI that opens ``path`` read-only (``sqlite3.connect(uri, uri=True)``)."""
    return Path(path).resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
