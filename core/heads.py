"""The newest schema revision, read from the migration scripts' text without alembic (private to core).

Used by the quick read path (core.quickopen: is this file current?) and by core.migrate (the usual start-up needs
no alembic). When the scripts are not a simple chain, :func:`quick_head` says None and alembic decides.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"""^revision\s*(?::[^=]*)?=\s*['"]([^'"]+)['"]\s*$""", re.M)
_DOWN = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*(?:None|['"]([^'"]+)['"])\s*$""", re.M)


def quick_head(migrations_dir: Path | None = None) -> str | None:
    """The single head revision read from the migration scripts' text, without alembic; None when not certain (a
    merge, a branch, an unusual file): then alembic decides."""
    revisions: set[str] = set()
    downs: set[str] = set()
    folder = (migrations_dir or MIGRATIONS_DIR) / "versions"
    try:  # os.listdir, not Path.glob: glob's first use compiles a pattern (~8 ms of a command-line call)
        files = sorted(folder / n for n in os.listdir(folder) if n.endswith(".py") and n != "__init__.py")
    except OSError:
        return None
    for f in files:
        try:
            body = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        rev, down = _REVISION.findall(body), _DOWN.findall(body)
        if len(rev) != 1 or len(down) != 1 or rev[0] in revisions:
            return None
        revisions.add(rev[0])
        if down[0]:
            downs.add(down[0])
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 and downs <= revisions else None


__all__ = ["quick_head", "MIGRATIONS_DIR"]
