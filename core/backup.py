"""Backups of the SQLite ledger file: made with SQLite's online backup API, verified, rotated, restorable.

- :func:`backup_now` copies the live database (safe while another program writes) into ``<db dir>/backups/`` and
  runs ``PRAGMA integrity_check`` on the copy; a copy that fails the check is deleted and reported (StorageError).
- :class:`AutoBackup` makes an automatic backup after a change, at most every ``interval``, then thins the
  automatic backups with :func:`thin`: all from the last day, one per day for a week, one per week for a month,
  one per month for a year. Manual and before-migration backups are never thinned.
- :func:`restore` puts a backup in place of the live file — also when the live file is corrupt. The file it
  replaces is moved aside (never deleted), together with its -wal/-shm, so no stale WAL is replayed onto the
  restored copy.

Backup files are named ``<stem>-YYYYmmdd-HHMMSS-ffffff-<reason>.db`` (see core.store.timestamped_backup_name).
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from core.errors import StorageError
from core.i18n import tr
from core.store import backup_dir_for, sqlite_backup, timestamped_backup_name

AUTO = "auto"
MANUAL = "manual"
DEFAULT_INTERVAL = timedelta(minutes=10)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9_.-]+)\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason == AUTO

    @property
    def before_migration(self) -> bool:
        return self.reason.startswith("before-migration")


# ----------------------------------------------------------------------------------------------- checking

def problems(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong with a SQLite file (empty list: it is sound)."""
    path = Path(path)
    if not path.is_file():
        return [tr("The file {path} does not exist.", path=path)]
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)) as conn:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
            if not conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'").fetchone()[0]:
                return [tr("The file {path} is not a gongji database.", path=path)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [r for r in rows if r != "ok"]


def is_good(path: Path) -> bool:
    return not problems(path)


# ----------------------------------------------------------------------------------------------- making

def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def backup_now(db_path: Path, reason: str = MANUAL) -> Path:
    """A verified copy of the live database. Raises StorageError (and keeps no copy) if it is not sound."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise StorageError(tr("There is no database file at {path} to back up.", path=db_path))
    dest = timestamped_backup_name(db_path, reason)
    try:
        sqlite_backup(db_path, dest)
    except sqlite3.Error as exc:
        _remove(dest)
        _remove(dest.with_name(dest.name + ".part"))
        raise StorageError(tr("The backup of {path} failed: {detail}", path=db_path, detail=exc)) from None
    bad = problems(dest)
    if bad:
        _remove(dest)
        raise StorageError(tr("The backup of {path} failed its check and was deleted: {detail}", path=db_path,
                              detail=bad[0]))
    return dest


def list_backups(db_path: Path) -> list[Backup]:
    """Backups of this database, newest first."""
    db_path = Path(db_path)
    folder = backup_dir_for(db_path)
    out: list[Backup] = []
    if not folder.is_dir():
        return out
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if not m or m["stem"] != db_path.stem or not p.is_file():
            continue
        try:
            made = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        out.append(Backup(p, made, m["reason"], p.stat().st_size))
    out.sort(key=lambda b: b.made_at, reverse=True)
    return out


def newest_good_backup(db_path: Path) -> Backup | None:
    """The newest backup that passes the integrity check, or None."""
    return next((b for b in list_backups(db_path) if is_good(b.path)), None)


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


# ----------------------------------------------------------------------------------------------- restoring

def _aside_name(db_path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return db_path.with_name(f"{db_path.name}.{label}-{stamp}")


def move_aside(db_path: Path, label: str = "replaced") -> Path | None:
    """Rename the live file (and its -wal, -shm, -journal) out of the way. Nothing is deleted. Returns the new
    name of the main file, or None if there was none."""
    db_path = Path(db_path)
    aside = _aside_name(db_path, label)
    moved = None
    if db_path.exists():
        db_path.replace(aside)
        moved = aside
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            side.replace(Path(str(aside) + suffix))
    return moved


def restore(backup: Path | Backup, db_path: Path) -> Path | None:
    """Replace the database with a backup. Close every connection to ``db_path`` first.

    The backup is checked first (a bad backup is refused, nothing changes). The current file — sound or damaged —
    is moved aside as ``<name>.replaced-<time>`` (never deleted) together with its -wal/-shm, so no stale
    write-ahead log is applied to the restored copy. Returns where the old file went (None if there was none).
    """
    src = backup.path if isinstance(backup, Backup) else Path(backup)
    db_path = Path(db_path)
    bad = problems(src)
    if bad:
        raise StorageError(tr("The backup {path} cannot be used: {detail}", path=src, detail=bad[0]))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(db_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    shutil.copyfile(src, tmp)
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    aside = move_aside(db_path, "replaced")
    tmp.replace(db_path)
    with contextlib.suppress(OSError):  # make the renames durable
        fd = os.open(db_path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return aside


__all__ = ["Backup", "AutoBackup", "backup_now", "list_backups", "newest_good_backup", "thin", "prune", "restore",
           "move_aside", "problems", "is_good", "AUTO", "MANUAL", "DEFAULT_INTERVAL"]
