"""Putting a backup in place of the ledger, so that at every instant — also when the program is killed — the
ledger path holds either the old ledger with everything committed (including pages still in its ``-wal``) or the
restored one. Used through :func:`core.backup.restore`.

Two ways, both under the ledger's exclusive write lock (core.writelock: every gongji writer in every process
waits; a writer that waited then writes into the restored ledger):

- **The live file is sound** (the usual case): a verified copy of it is made first (``…-before-restore.db`` in the
  backups folder, WAL pages included), then the backup is copied *into* the live file with SQLite's backup API. That
  is one SQLite write transaction on the live file: SQLite's own journaling makes it all-or-nothing, the file is
  never renamed, and any other connection (in any program) sees the restored ledger at its next transaction.
- **The live file is damaged or missing**: the backup is copied to ``<ledger>.restoring`` (0600, fsynced), a
  journal ``<ledger>.restore-journal`` records the plan, the damaged file and its ``-wal``/``-shm`` are renamed
  aside (``<ledger>.replaced-<time>``, never deleted), the copy is renamed into place, the journal removed. A kill
  at any step leaves the journal: :func:`finish_interrupted_restore` (run by ``open_database``) completes it.
"""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from core import sqlite_uri
from core.backup_files import Backup, backup_now, disk_full, is_good, problems
from core.errors import StorageError
from core.fsmode import fsync_dir, open_private, private_dir, write_private
from core.i18n import tr
from core.writelock import WriteLock

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
BEFORE_RESTORE = "before-restore"


def journal_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".restore-journal")


def copy_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".restoring")


def _aside_name(db_path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return db_path.with_name(f"{db_path.name}.{label}-{stamp}")


def move_aside(db_path: Path, label: str = "replaced", aside: Path | None = None) -> Path | None:
    """Rename the live file (and its -wal, -shm, -journal) out of the way. Nothing is deleted. Returns the new
    name of the main file, or None if there was none."""
    db_path = Path(db_path)
    aside = aside or _aside_name(db_path, label)
    moved = None
    if db_path.exists():
        db_path.replace(aside)
        moved = aside
    for suffix in SIDE_SUFFIXES:
        side = Path(str(db_path) + suffix)
        if side.exists():
            side.replace(Path(str(aside) + suffix))
    fsync_dir(db_path.parent)
    return moved


def _sound(db_path: Path) -> bool:
    """The live file opens and passes SQLite's quick check (then it can be restored into in place)."""
    if not db_path.is_file():
        return False
    try:
        with contextlib.closing(sqlite3.connect(sqlite_uri.read_only(db_path), uri=True, timeout=15)) as conn:
            row = conn.execute("PRAGMA quick_check").fetchone()
    except (sqlite3.Error, UnicodeDecodeError, OSError):
        return False
    return row is not None and row[0] == "ok"


def _copy_into_live(src: Path, db_path: Path) -> None:
    """The backup API into the live file: one write transaction there (atomic, journaled by SQLite)."""
    with contextlib.closing(sqlite3.connect(sqlite_uri.read_only(src), uri=True)) as s, \
            contextlib.closing(sqlite3.connect(db_path, timeout=15)) as d:
        d.execute("PRAGMA busy_timeout = 15000")
        d.execute("PRAGMA synchronous = FULL")
        s.backup(d)


def _copy_file(src: Path, dest: Path) -> None:
    with open(src, "rb") as r, open_private(dest, "wb") as w:
        import shutil  # (only here: a CLI call that opens the ledger does not import it)
        shutil.copyfileobj(r, w, 1 << 20)
        w.flush()
        os.fsync(w.fileno())


def _swap(src: Path, db_path: Path) -> Path | None:
    """Replace a damaged or missing ledger file by a copy of ``src`` with a journal (see the module docstring)."""
    tmp = copy_for(db_path)
    tmp.unlink(missing_ok=True)
    _copy_file(src, tmp)
    aside = _aside_name(db_path, "replaced")
    had_file = db_path.exists()
    write_private(journal_for(db_path), json.dumps({"aside": aside.name}))
    move_aside(db_path, aside=aside)
    tmp.replace(db_path)
    fsync_dir(db_path.parent)
    journal_for(db_path).unlink()
    fsync_dir(db_path.parent)
    return aside if had_file else None


def finish_interrupted_restore(db_path: Path) -> bool:
    """Complete a restore that was killed half-way (its journal is still there). True if there was one.

    The journal is written only once the copy ``.restoring`` is complete and on disk. So: copy still there →
    move whatever of the old file is still in place aside, then put the copy in place; copy gone → it was already
    renamed into place, only the journal is left to remove."""
    db_path = Path(db_path)
    journal = journal_for(db_path)
    if not journal.exists():
        return False
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        aside = db_path.with_name(str(plan["aside"]))
    except (OSError, ValueError, KeyError, TypeError):
        raise StorageError(tr("A restore of {path} was interrupted and its journal {journal} cannot be read. "
                              "Nothing was changed; please look at the files next to the ledger.",
                              path=db_path, journal=journal), kind="damaged") from None
    tmp = copy_for(db_path)
    if tmp.exists():
        if not is_good(tmp):  # cannot happen unless the disk lost it: roll back, keep everything
            if not db_path.exists() and aside.exists():
                aside.replace(db_path)
                for suffix in SIDE_SUFFIXES:
                    side = Path(str(aside) + suffix)
                    if side.exists():
                        side.replace(Path(str(db_path) + suffix))
            tmp.replace(tmp.with_name(tmp.name + "-unusable"))
        else:
            move_aside(db_path, aside=aside if not aside.exists() else None)
            tmp.replace(db_path)
    fsync_dir(db_path.parent)
    journal.unlink()
    fsync_dir(db_path.parent)
    return True


def restore(backup: Path | Backup, db_path: Path) -> Path | None:
    """Replace the ledger with a backup. Returns where the old ledger is kept: the ``before-restore`` backup (the
    usual case) or the moved-aside damaged file; None if there was no file.

    The backup is checked first (a bad backup is refused, nothing changes). Every gongji writer in every program
    waits for the restore and then writes into the restored ledger."""
    src = backup.path if isinstance(backup, Backup) else Path(backup)
    db_path = Path(db_path)
    bad = problems(src)
    if bad:
        raise StorageError(tr("The backup {path} cannot be used: {detail}", path=src, detail=bad[0]))
    lock = WriteLock(db_path)
    try:
        private_dir(db_path.parent)
        with lock.exclusive("restore"):
            finish_interrupted_restore(db_path)
            if _sound(db_path):
                kept = backup_now(db_path, BEFORE_RESTORE)
                try:
                    _copy_into_live(src, db_path)
                    return kept
                except sqlite3.Error as exc:
                    if disk_full(exc):
                        raise
                    # e.g. a different page size in WAL mode: fall back to the journaled file swap below
            return _swap(src, db_path)
    except (OSError, sqlite3.Error) as exc:
        if disk_full(exc):
            raise StorageError(tr("The disk is full: the backup could not be put in place. Your ledger is "
                                  "unchanged; free some space on the disk and try again."), kind="disk_full") from None
        raise StorageError(tr("The backup could not be put in place ({detail}). Your ledger is unchanged.",
                              detail=getattr(exc, "strerror", None) or exc)) from None
    finally:
        lock.close()


__all__ = ["restore", "move_aside", "finish_interrupted_restore", "journal_for", "copy_for", "BEFORE_RESTORE"]
