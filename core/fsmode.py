"""Files only their owner can read: 0600 files and 0700 folders for everything gongji creates (POSIX).

The modes are set explicitly (``os.open(..., 0o600)`` then ``fchmod``; ``mkdir`` then ``chmod``), so they do not
depend on the umask. SQLite gives a database's ``-wal``, ``-shm`` and ``-journal`` files the mode of the database
file itself, so creating the database file 0600 first (:func:`create_private_file`) covers them too.

On Windows ``chmod`` only toggles the read-only flag: there the files are protected by the folder they are in (the
per-user profile folder, e.g. ``%LOCALAPPDATA%``, whose ACL admits only that user, the administrators and SYSTEM).
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: a CLI call would pay ~3 ms)
if TYPE_CHECKING:
    from typing import IO

FILE_MODE = 0o600
DIR_MODE = 0o700
POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Create a folder (and missing parents) 0700. Only folders created here are changed; an existing folder
    keeps its mode (it may be the user's own shared folder; see :func:`tighten` for folders gongji owns)."""
    path = Path(path)
    missing = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for p in reversed(missing):
        with contextlib.suppress(FileExistsError):
            p.mkdir(mode=DIR_MODE)
        if POSIX:
            os.chmod(p, DIR_MODE)
    return path


def tighten(path: Path, mode: int | None = None) -> None:
    """Set a file (0600) or folder (0700) that gongji owns to owner-only. Errors are ignored (not our file)."""
    if not POSIX:
        return
    path = Path(path)
    with contextlib.suppress(OSError):
        os.chmod(path, mode if mode is not None else (DIR_MODE if path.is_dir() else FILE_MODE))


def create_private_file(path: Path) -> bool:
    """Create an empty 0600 file if there is none (e.g. before SQLite creates a database there). True if made."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return True


def private_file(path: Path) -> Path:
    """Make ``path`` an owner-only file before another writer (e.g. Qt's QPdfWriter) fills it: created empty 0600,
    or an existing file set to 0600 (it is about to be overwritten with the user's data)."""
    path = Path(path)
    if not create_private_file(path):
        tighten(path, FILE_MODE)
    return path


def open_private(path: Path, mode: str = "w", *, encoding: str | None = None, newline: str | None = None) -> IO:
    """``open()`` for a file only its owner may read: created 0600 (an existing file is truncated and set to
    0600). ``mode`` is "w", "wb", "x", "xb", "a" or "ab"."""
    flags = os.O_WRONLY | os.O_CREAT
    if "x" in mode:
        flags |= os.O_EXCL
    elif "a" in mode:
        flags |= os.O_APPEND
    else:
        flags |= os.O_TRUNC
    flags |= getattr(os, "O_BINARY", 0) if "b" in mode else 0
    fd = os.open(Path(path), flags, FILE_MODE)
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)
        return os.fdopen(fd, mode, encoding=encoding if "b" not in mode else None,
                         newline=newline if "b" not in mode else None)
    except BaseException:
        os.close(fd)
        raise


def write_private(path: Path, data: bytes | str, *, encoding: str = "utf-8") -> Path:
    """Write a whole file, owner-only, durably: into ``<name>.part`` (0600), fsync, then rename over ``path``."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    raw = data.encode(encoding) if isinstance(data, str) else data
    try:
        with open_private(part, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, path)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    fsync_dir(path.parent)
    return path


def fsync_dir(folder: Path) -> None:
    """Make renames in a folder durable (a no-op where folders cannot be opened, e.g. Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


__all__ = ["FILE_MODE", "DIR_MODE", "private_dir", "tighten", "create_private_file", "private_file", "open_private",
           "write_private",
           "fsync_dir"]
