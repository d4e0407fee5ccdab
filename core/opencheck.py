"""The checks made when a SQLite ledger is opened — ONE path for the full open and the quick read path (private).

:func:`check_at_open` is called by :func:`core.store.open_database` (before any write can happen) and by
:func:`core.quickopen.quick_open` (the read model without SQLAlchemy). It imports no SQLAlchemy. In order:

1. follow an interrupted restore (core.restore: a journaled swap is finished or rolled back);
2. where the ledger is: a folder that is a file, no permission, not an ordinary file (core.storefaults);
3. a missing ledger is refused when backups, a moved-aside copy or a restore journal suggest one existed;
4. read-only detection (file mode, folder, read-only mount): the ledger is then opened with ``mode=ro``;
5. the 100-byte header; then SQLite's ``PRAGMA quick_check`` for files up to 32 MB, or the cheap checks (schema
   readable) for larger ones, with ``full_check_pending`` set.

The quick check reads the whole file (~1 s on a 32 MB ledger). ``trust_stamp=True`` (the quick READ path only)
skips it when the file is provably the one a quick check passed last time: a 0600 side file ``<ledger>.checked``
holds the (device, inode, size, mtime, ctime) of the ledger and of its ``-wal`` after that check. Any write, any
restore, any touch of the file changes one of them (ctime cannot be set back by a program), and then the check
runs. The full open — the one every write goes through — never trusts the stamp: a damaged file is reported
before any write. See docs/ARCHITECTURE.md ("Opening a ledger").
"""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from core.record import frozen
from pathlib import Path

from core import sqlite_uri
from core import storefaults as faults
from core.errors import StorageError
from core.fsmode import FILE_MODE
from core.i18n import tr
from core.restore import finish_interrupted_restore

BUSY_TIMEOUT_MS = 15_000
#: Files up to this size get the full ``PRAGMA quick_check`` when opened (well under a second); larger ones get the
#: cheap checks of :func:`core.storefaults.sqlite_header_problem` and the schema at open, and a full check later.
QUICK_CHECK_AT_OPEN_MAX_BYTES = 32 * 1024 * 1024


@frozen
class OpenState:
    """What :func:`check_at_open` found: the ledger is usable as described."""
    path: Path
    exists: bool
    read_only: bool
    size: int
    full_check_pending: bool


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A plain sqlite3 connection to the ledger as the app uses it (busy timeout, foreign keys; ``mode=ro`` and —
    without a -shm file and a writable folder — ``immutable`` for a read-only ledger). Autocommit mode: the
    caller says BEGIN. Used by the full engine for read-only files and by the quick read path."""
    if read_only:
        shm_ok = Path(f"{path}-shm").exists() or os.access(path.parent, os.W_OK | os.X_OK)
        conn = sqlite3.connect(sqlite_uri.read_only(path, immutable=not shm_ok), uri=True, check_same_thread=False,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.isolation_level = None
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_error(exc: BaseException, path: Path) -> StorageError:
    """A SQLite error met while opening/checking, in the user's words (the same for every opener)."""
    mapped = faults.sqlite_error(exc, str(path))
    return mapped or StorageError(tr("The database {where} cannot be opened: {detail}", where=str(path),
                                     detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__))


def check_at_open(path: Path, *, trust_stamp: bool = False) -> OpenState:
    """Run the open-time checks on the SQLite ledger at ``path`` (see the module's docstring). Raises
    :class:`core.errors.StorageError` (kind ``damaged``, ``missing``, ``permission``, ``not_a_file`` …)."""
    try:
        finish_interrupted_restore(path)
    except OSError as exc:
        raise faults.os_error(exc, path) from None
    problem = faults.path_problem(path) or faults.missing_ledger_problem(path)
    if problem is not None:
        raise problem
    read_only = faults.is_read_only(path)
    try:
        size = path.stat().st_size if path.exists() else 0
        if size == 0:
            return OpenState(path, path.exists(), read_only, 0, False)
        header_problem = faults.sqlite_header_problem(path)
        if header_problem:
            raise faults.damaged(path, header_problem)
        pending = size > QUICK_CHECK_AT_OPEN_MAX_BYTES
        if not pending and trust_stamp and stamp_matches(path):
            return OpenState(path, True, read_only, size, False)
        before = _identity(path)
        conn = connect(path, read_only=read_only)
        try:
            if pending:
                # Large file: the full scan would hold up start-up for seconds. Cheap checks now (the header above;
                # the schema is readable), the full quick_check later (full_check_pending).
                conn.execute("PRAGMA schema_version").fetchone()
                conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master").fetchall()
            else:
                row = conn.execute("PRAGMA quick_check").fetchone()
                if row is None or row[0] != "ok":
                    raise faults.damaged(path, row[0] if row else "?")
        finally:
            conn.close()
        if not pending and _identity(path) == before:  # nobody wrote while it ran: this state passed the check
            record_stamp(path)
        return OpenState(path, True, read_only, size, pending)
    except sqlite3.DatabaseError as exc:
        raise open_error(exc, path) from None
    except UnicodeDecodeError:  # SQLite's message about a damaged schema holds the damaged bytes themselves
        raise faults.damaged(path, "database disk image is malformed") from None
    except OSError as exc:
        raise faults.os_error(exc, path) from None


# ---------------------------------------------------------------------------------------------- the check stamp

def stamp_path(path: Path) -> Path:
    return Path(str(path) + ".checked")


def _identity(path: Path) -> list:
    """The ledger's and its -wal's identity. An empty -wal counts as none: it holds no pages, so the content is the
    main file's alone — and one is left behind whenever a program holding the ledger open ends without closing it
    (killed, crashed), which made every later start run the whole quick check again (83 ms on a 25 MB ledger)."""
    out = []
    for p in (path, Path(str(path) + "-wal")):
        try:
            st = os.stat(p)
        except FileNotFoundError:
            out.append(None)
            continue
        if p is not path and st.st_size == 0:
            out.append(None)
            continue
        out.append([st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns])
    return out


def stamp_matches(path: Path) -> bool:
    """True when the ledger (and its -wal) are exactly as they were right after the last passed quick check."""
    try:
        st = os.stat(stamp_path(path))
        if st.st_uid != os.getuid() or st.st_mode & 0o077:  # only a private stamp of our own is believed
            return False
        recorded = json.loads(stamp_path(path).read_text(encoding="ascii"))
    except (OSError, ValueError, AttributeError):
        return False
    return recorded == _identity(path)


def record_stamp(path: Path) -> None:
    """Record that the ledger passed the quick check as it is now (0600; nothing happens if it cannot be written)."""
    target = stamp_path(path)
    tmp = Path(str(target) + ".tmp")
    with contextlib.suppress(OSError, ValueError):
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            json.dump(_identity(path), f)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)


def forget_stamp(path: Path) -> None:
    with contextlib.suppress(OSError):
        stamp_path(path).unlink()


__all__ = ["OpenState", "check_at_open", "connect", "open_error", "stamp_matches", "record_stamp", "forget_stamp",
           "QUICK_CHECK_AT_OPEN_MAX_BYTES", "BUSY_TIMEOUT_MS"]
