"""Backups of the SQLite ledger file: made with SQLite's online backup API, verified, rotated, restorable.

- :func:`backup_now` copies the live database (safe while another program writes) into ``<db dir>/backups/`` and
  runs ``PRAGMA integrity_check`` on the copy; a copy that fails the check is deleted and reported (StorageError).
- :class:`AutoBackup` is the automatic-backup policy, applied by core after every committed write (any program:
  the CLI, the window, a script — ``core.store.Database.write``): a backup when something changed and the last
  automatic backup is at least ``interval`` old, then the automatic backups are thinned with :func:`thin`: all
  from the last day, one per day for a week, one per week for a month, one per month for a year. Manual,
  before-migration and before-restore backups are never thinned.
- :func:`restore` puts a backup in place of the live file — also when the live file is corrupt — atomically at
  every instant and excluding every writer (see :mod:`core.restore`). Nothing is deleted: the replaced ledger is
  kept as a ``before-restore`` backup, or (when damaged) moved aside with its -wal/-shm.

Backup files are named ``<stem>-YYYYmmdd-HHMMSS-ffffff-<reason>.db`` (see timestamped_backup_name); they, their
folder and everything else written here are owner-only (core.fsmode).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path

from core.backup_files import (AUTO, MANUAL, Backup, backup_dir_for, backup_now, disk_full, is_good, leftovers,
                               list_backups, newest_good_backup, problems, remove_stale_parts, sqlite_backup,
                               timestamped_backup_name)
from core.errors import StorageError
from core.restore import BEFORE_RESTORE, finish_interrupted_restore, move_aside, restore

DEFAULT_INTERVAL = timedelta(minutes=10)


# ----------------------------------------------------------------------------------------------- thinning

def thin(backups: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backups (by time) to delete: keep all from the last day, the newest of each day for a week, of each
    ISO week for a month (30 days), of each month for a year (365 days); older ones go. The newest backup of all
    is always kept, and so is anything dated in the future (a clock that was changed)."""
    times = sorted(set(backups))
    if not times:
        return set()
    keep: dict[tuple, datetime] = {}
    delete: set[datetime] = set()
    for t in times:  # oldest first: a later time in the same bucket replaces the earlier one
        age = now - t
        if age < timedelta(days=1):
            continue
        if age < timedelta(days=7):
            key: tuple = ("day", t.date())
        elif age < timedelta(days=30):
            key = ("week",) + tuple(t.isocalendar())[:2]
        elif age < timedelta(days=365):
            key = ("month", t.year, t.month)
        else:
            delete.add(t)
            continue
        if key in keep:
            delete.add(keep[key])
        keep[key] = t
    delete.discard(times[-1])
    return delete


def prune(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups :func:`thin` says to. Returns the deleted files."""
    autos = [b for b in list_backups(db_path) if b.automatic]
    gone = thin([b.made_at for b in autos], now or datetime.now())
    out = []
    for b in autos:
        if b.made_at in gone:
            b.path.unlink(missing_ok=True)
            out.append(b.path)
    return out


class AutoBackup:
    """Automatic backups after changes: call :meth:`changed` after each mutation and :meth:`tick` now and then
    (a timer, or right after ``changed``). A backup is made when something changed since the last one and the
    last automatic backup is at least ``interval`` old."""

    def __init__(self, db_path: Path, *, interval: timedelta = DEFAULT_INTERVAL,
                 clock: Callable[[], datetime] = datetime.now):
        self.db_path = Path(db_path)
        self.interval = interval
        self.clock = clock
        self.dirty = False
        self.last_error: str | None = None
        autos = [b for b in list_backups(self.db_path) if b.automatic]
        self._last: datetime | None = autos[0].made_at if autos else None

    def changed(self) -> None:
        self.dirty = True

    def due(self) -> bool:
        return self.dirty and (self._last is None or self.clock() - self._last >= self.interval)

    def tick(self) -> Path | None:
        """Make a backup if one is due. Returns it; None if none was due. Raises StorageError if it failed."""
        if not self.due():
            return None
        now = self.clock()
        try:
            made = backup_now(self.db_path, AUTO)
        except StorageError as exc:
            self.last_error = str(exc)
            raise
        self.dirty = False
        self._last = now
        self.last_error = None
        prune(self.db_path, now)
        return made


__all__ = ["Backup", "AutoBackup", "backup_now", "list_backups", "newest_good_backup", "thin", "prune", "restore",
           "move_aside", "problems", "is_good", "leftovers", "remove_stale_parts", "finish_interrupted_restore",
           "backup_dir_for", "timestamped_backup_name", "sqlite_backup", "disk_full", "AUTO", "MANUAL",
           "BEFORE_RESTORE", "DEFAULT_INTERVAL"]
