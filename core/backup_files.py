"""Backup files of a SQLite ledger: where they live, how they are named, how one is made and checked.

The low level of :mod:`core.backup` (which adds the automatic-backup policy and restore). It imports nothing from
core.store, so core.store and core.migrate can both use it without an import cycle.

Everything here is owner-only on POSIX (core.fsmode): the ``backups`` folder 0700, each backup and its ``.part``
0600 (created so before SQLite writes a byte into it).
"""
from __future__ import annotations

import contextlib
import errno
import re
import sqlite3
from core.record import frozen
from datetime import datetime
from pathlib import Path

from core import sqlite_uri
from core.errors import StorageError
from core.fsmode import create_private_file, fsync_dir, private_dir, tighten
from core.i18n import tr

AUTO = "auto"
MANUAL = "manual"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9_.-]+)\.db$")


def backup_dir_for(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def _stamp_time(stamp: str) -> datetime:
    """``YYYYmmdd-HHMMSS-ffffff`` (what :func:`timestamped_backup_name` writes; :data:`_NAME` matched its digits) as
    a datetime. By hand, not ``strptime``: that imports ``_strptime`` and compiles its patterns (~3 ms) in the
    window's start, which lists the backups for the automatic-backup timer. ValueError if it is not a real time."""
    d, t, f = stamp.split("-")
    return datetime(int(d[:4]), int(d[4:6]), int(d[6:]), int(t[:2]), int(t[2:4]), int(t[4:]), int(f))


def timestamped_backup_name(db_path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir_for(db_path) / f"{Path(db_path).stem}-{stamp}-{reason}.db"


def sqlite_backup(src: Path, dest: Path) -> Path:
    """Consistent copy of a live SQLite file (the online backup API; safe while others write), owner-only."""
    private_dir(dest.parent)
    tighten(dest.parent)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    with contextlib.closing(sqlite3.connect(sqlite_uri.read_only(src), uri=True)) as s, \
            contextlib.closing(sqlite3.connect(tmp)) as d:
        s.backup(d)
        # A backup is one self-contained file: no -wal/-shm next to it (the copied header says WAL).
        d.execute("PRAGMA journal_mode = DELETE")
    tmp.replace(dest)
    fsync_dir(dest.parent)
    return dest


def disk_full(exc: BaseException) -> bool:
    """True for "no space left" from the OS (ENOSPC, EDQUOT) or SQLite (SQLITE_FULL)."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    name = getattr(exc, "sqlite_errorname", "") or getattr(getattr(exc, "orig", None), "sqlite_errorname", "")
    return name == "SQLITE_FULL" or "database or disk is full" in str(exc)


@frozen
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

    @property
    def before_restore(self) -> bool:
        return self.reason == "before-restore"


# ----------------------------------------------------------------------------------------------- checking

def problems(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong with a SQLite file (empty list: it is sound)."""
    path = Path(path)
    if not path.is_file():
        return [tr("The file {path} does not exist.", path=path)]
    try:
        with contextlib.closing(sqlite3.connect(sqlite_uri.read_only(path), uri=True, timeout=30)) as conn:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
            if not conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'").fetchone()[0]:
                return [tr("The file {path} is not a gongji database.", path=path)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    except UnicodeDecodeError:  # a damaged byte inside SQLite's own message or the schema text
        return ["database disk image is malformed"]
    except OSError as exc:
        return [str(exc.strerror or exc)]
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
    remove_stale_parts(db_path)
    try:
        sqlite_backup(db_path, dest)
    except (sqlite3.Error, OSError, UnicodeDecodeError) as exc:
        _remove(dest)
        _remove(dest.with_name(dest.name + ".part"))
        if disk_full(exc):
            raise StorageError(tr("The disk is full: no backup of {path} could be made. Free some space on the "
                                  "disk; your ledger is unchanged.", path=db_path), kind="disk_full") from None
        if isinstance(exc, PermissionError):
            raise StorageError(tr("No backup could be made: gongji may not write to {folder} (permission "
                                  "denied). Your ledger is unchanged.", folder=dest.parent), kind="permission") from None
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise StorageError(tr("The backup of {path} failed: {detail}", path=db_path, detail=detail)) from None
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
            made = _stamp_time(m["stamp"])
        except ValueError:
            continue
        out.append(Backup(p, made, m["reason"], p.stat().st_size))
    out.sort(key=lambda b: b.made_at, reverse=True)
    return out


def newest_good_backup(db_path: Path) -> Backup | None:
    """The newest backup that passes the integrity check, or None."""
    return next((b for b in list_backups(db_path) if is_good(b.path)), None)


def leftovers(db_path: Path) -> list[Path]:
    """Files a crash or a restore left behind next to the ledger and its backups: ``.part`` (an unfinished backup),
    ``.restoring`` (an unfinished restore copy) and ``.replaced-…`` (a ledger a restore moved aside, kept so that
    nothing is ever deleted silently). The Backups dialog lists them; :func:`remove_stale_parts` removes the
    unfinished copies."""
    db_path = Path(db_path)
    out: list[Path] = []
    folder = backup_dir_for(db_path)
    if folder.is_dir():
        out += sorted(p for p in folder.iterdir() if p.name.startswith(db_path.stem) and p.name.endswith(".part"))
    if db_path.parent.is_dir():
        out += sorted(p for p in db_path.parent.iterdir()
                      if p.name.startswith(db_path.name + ".replaced-") or p.name == db_path.name + ".restoring")
    return out


def remove_stale_parts(db_path: Path, *, older_than_s: float = 3600) -> list[Path]:
    """Delete unfinished backup copies (``.part``) older than an hour: a backup takes seconds, so such a file is
    the remains of a killed program (a younger one may be another program's backup in progress)."""
    import time
    gone = []
    for p in leftovers(db_path):
        if p.name.endswith(".part"):
            with contextlib.suppress(OSError):
                if time.time() - p.stat().st_mtime > older_than_s:
                    p.unlink()
                    gone.append(p)
    return gone
