"""What is really wrong when a SQLite ledger cannot be opened or written, in the user's words (core.store uses it).

Each fault gets its own message and :attr:`core.errors.StorageError.kind`, so that nobody is told "damaged —
restore a backup" about a healthy file they merely may not read, a folder, a full disk or a read-only file, and
no raw SQL text or traceback ever reaches the user.
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

from core.backup_files import backup_dir_for, list_backups
from core.errors import StorageError
from core.i18n import tr
from core.restore import copy_for, journal_for

_SQLITE_MAGIC = b"SQLite format 3\x00"


def damaged(path: object, detail: str) -> StorageError:
    return StorageError(tr("The database file {path} is damaged ({detail}). Restore it from a backup.",
                           path=path, detail=detail), kind="damaged")


def disk_full_error(path: object) -> StorageError:
    return StorageError(tr("The disk holding {path} is full. Nothing was saved by this change, and nothing was lost. "
                           "Free some space on the disk, then try again.", path=path), kind="disk_full")


def read_only_error(path: object) -> StorageError:
    return StorageError(tr("The ledger {path} is read-only (the file, its folder or the disk does not allow "
                           "changes), so it was opened for looking only. Nothing can be changed.", path=path),
                        kind="read_only")


def permission_error(path: object) -> StorageError:
    return StorageError(tr("gongji may not read {path} (permission denied). The file is not damaged: ask the "
                           "computer's owner to give your user access to it, or open another file.", path=path),
                        kind="permission")


def sqlite_header_problem(path: Path) -> str:
    """What is wrong with the 100-byte header of a (non-empty) SQLite file, in a few words; "" when it looks right:
    the magic string, a valid page size, and a file at least as long as the page count in the header says (when
    that count is valid, and no -wal file with not yet copied pages could make up the difference). Raises
    PermissionError / IsADirectoryError (see :func:`path_problem`, which the caller runs first)."""
    with open(path, "rb") as f:
        head = f.read(100)
    size = path.stat().st_size
    if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
        return "file is not a database"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return "file is not a database"
    change_counter, pages, valid_for = (int.from_bytes(head[i:i + 4], "big") for i in (24, 28, 92))
    wal = Path(str(path) + "-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0
    if pages and change_counter == valid_for and not wal_pending and pages * page_size > size:
        return f"database disk image is malformed: {size} bytes, the header says {pages} pages of {page_size}"
    return ""


def path_problem(path: Path) -> StorageError | None:
    """A problem with where the ledger is — not with its contents — before SQLite touches it; None if none."""
    folder = path.parent
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        return StorageError(tr("The ledger cannot be kept in {folder}: {file} is a file, not a folder.",
                               folder=folder, file=probe), kind="not_a_file")
    if path.exists() and path.is_dir():
        return StorageError(tr("{path} is a folder, not a ledger file. Choose the ledger file itself.", path=path),
                            kind="not_a_file")
    if path.exists() and not path.is_file():
        return StorageError(tr("{path} is not an ordinary file and cannot be a ledger.", path=path),
                            kind="not_a_file")
    if path.exists() and not os.access(path, os.R_OK):
        return permission_error(path)
    if not path.exists() and probe.exists() and not os.access(probe, os.W_OK | os.X_OK):
        return StorageError(tr("gongji may not create files in {folder} (permission denied), so the ledger {path} "
                               "cannot be made there. Choose another folder.", folder=probe, path=path),
                            kind="permission")
    return None


def is_read_only(path: Path) -> bool:
    """The ledger exists and can be read, but not written (file mode, folder for its -wal/-shm, read-only disk)."""
    if not path.is_file():
        return False
    if not os.access(path, os.W_OK):
        return True
    try:  # a read-only mount: access() can say yes while every write fails with EROFS
        st = os.statvfs(path)
        if st.f_flag & os.ST_RDONLY:
            return True
    except (AttributeError, OSError):
        pass
    sides = [Path(str(path) + s) for s in ("-wal", "-shm")]
    if all(s.exists() for s in sides):
        return not all(os.access(s, os.W_OK) for s in sides)
    return not os.access(path.parent, os.W_OK | os.X_OK)


def os_error(exc: OSError, path: object) -> StorageError:
    """An OSError while creating or opening the ledger, as a StorageError."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return disk_full_error(path)
    if isinstance(exc, PermissionError):
        return permission_error(path)
    if exc.errno == errno.EROFS:
        return read_only_error(path)
    if isinstance(exc, (NotADirectoryError, IsADirectoryError, FileExistsError)):
        return StorageError(tr("The ledger {path} cannot be made: {detail}.", path=path,
                               detail=exc.strerror or exc), kind="not_a_file")
    return StorageError(tr("The ledger {path} cannot be opened: {detail}.", path=path, detail=exc.strerror or exc))


def file_error(exc: OSError) -> str:
    """A clear message for an OSError on a file the user named (import, export), in the user's language."""
    name = exc.filename if exc.filename is not None else "?"
    name = str(name).removesuffix(".part")
    if isinstance(exc, FileNotFoundError):
        folder = Path(name).parent
        if not folder.exists():
            return tr("The folder {folder} does not exist, so {file} cannot be used. Choose an existing folder.",
                      folder=folder, file=name)
        return tr("The file {file} does not exist.", file=name)
    if isinstance(exc, IsADirectoryError):
        return tr("{file} is a folder, not a file. Choose a file.", file=name)
    if isinstance(exc, NotADirectoryError):
        return tr("{file} cannot be used: a part of its path is a file, not a folder.", file=name)
    if isinstance(exc, PermissionError):
        return tr("gongji may not use {file} (permission denied).", file=name)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return tr("The disk is full: {file} could not be written. Free some space on the disk, then try again.",
                  file=name)
    if exc.errno == errno.EROFS:
        return tr("{file} is on a read-only disk and cannot be written.", file=name)
    return tr("{file} cannot be used: {detail}.", file=name, detail=exc.strerror or exc)


def sqlite_error(exc: BaseException, path: object) -> StorageError | None:
    """A StorageError for a SQLite error that is about the file or disk, not about the data; None otherwise.
    ``exc`` is the DB-API exception (``sqlalchemy.exc.DBAPIError.orig``) or a ``UnicodeDecodeError`` (SQLite's
    message about a damaged schema contains the damaged bytes, which Python cannot decode)."""
    if isinstance(exc, UnicodeDecodeError):
        return damaged(path, "database disk image is malformed")
    name = getattr(exc, "sqlite_errorname", "") or ""
    base = name.split("_")[0:2]
    text = str(exc)
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return disk_full_error(path)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in text or "not a database" in text:
        return damaged(path, text.splitlines()[0] if text else "?")
    if "_".join(base) == "SQLITE_READONLY" or "readonly database" in text:
        return read_only_error(path)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in text:
        return StorageError(tr("The ledger {path} cannot be opened (the file or its folder cannot be read or "
                               "written). Check that it exists and that your user may use it.", path=path),
                            kind="permission")
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        return StorageError(tr("Reading or writing {path} failed (a disk or file-system error). Nothing was saved "
                               "by this change. Check the disk, then try again.", path=path))
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        return StorageError(tr("The database is busy with another program; please try again."), kind="busy")
    return None


def missing_ledger_problem(path: Path) -> StorageError | None:
    """The ledger is missing where one is expected (backups, a moved-aside copy or an unfinished restore exist):
    then an empty ledger must not silently take its place."""
    if path.exists():
        return None
    aside = []
    if path.parent.is_dir():
        aside = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".replaced-")]
    kept = [p for p in (journal_for(path), copy_for(path)) if p.exists()] + aside
    backups = list_backups(path)
    if not kept and not backups:
        return None
    where = backup_dir_for(path) if backups else kept[0]
    return StorageError(tr("The ledger file {path} is missing, but earlier copies of it exist ({where}). gongji did "
                           "not create an empty ledger in its place. Restore a backup (the window offers this when it "
                           "starts), or move the backups away to start a new, empty ledger.",
                           path=path, where=where), kind="missing")


__all__ = ["missing_ledger_problem", "file_error", "damaged", "disk_full_error", "read_only_error", "permission_error", "sqlite_header_problem",
           "path_problem", "is_read_only", "os_error", "sqlite_error"]
