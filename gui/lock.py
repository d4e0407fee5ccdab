"""One writing window per database: a QLockFile next to the SQLite file.

The first gongji-desktop on a database takes ``<db>.lock`` and keeps it until it quits. A second window on the same
file opens it **read-only** and says so (every change it tries is refused by core with the same clear message);
it never waits and never takes over a live lock. The ``gongji`` command line does not take this lock: its writes
are serialized with the window's by SQLite itself (BEGIN IMMEDIATE + busy timeout in core.store).

Stale locks do not lock anyone out: a lock whose owner process is gone (crash, SIGKILL, power cut) is removed —
Qt checks the PID on this machine, and :meth:`DatabaseLock.acquire` checks it once more itself before it calls
``removeStaleLockFile``. For a lock written by another computer (a database on a shared folder) the owner's PID
cannot be checked; there ``setStaleLockTime`` applies, and a live owner keeps its lock fresh by touching the file
every few minutes (:attr:`DatabaseLock.HEARTBEAT_MS`).
"""
from __future__ import annotations

import contextlib
import os
import sys
from typing import NamedTuple
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSysInfo, QTimer

from core.collection import Collection
from core.fsmode import private_dir, tighten
from core.location import sqlite_file


def lock_path_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def pid_alive(pid: int) -> bool:
    """Is process ``pid`` running on this machine? POSIX: ``kill(pid, 0)``. Windows: OpenProcess +
    GetExitCodeProcess — never ``os.kill``, which there does not probe: signal 0 is CTRL_C_EVENT, and any other
    number terminates the process."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid, _Kernel32())
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, owned by someone else
        return True
    except OSError:
        return False
    return True


class _Kernel32:
    """The three Win32 calls :func:`_pid_alive_windows` needs (ctypes; only constructed on Windows)."""

    PROCESS_QUERY_LIMITED_INFORMATION = 0x1000

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes
        self._ctypes = ctypes
        k = ctypes.WinDLL("kernel32", use_last_error=True)
        k.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
        k.OpenProcess.restype = wintypes.HANDLE
        k.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
        k.GetExitCodeProcess.restype = wintypes.BOOL
        k.CloseHandle.argtypes = [wintypes.HANDLE]
        self._k = k

    def open_process(self, pid: int) -> tuple[int | None, int]:
        """(handle or None, GetLastError)."""
        h = self._k.OpenProcess(self.PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        return (h or None), self._ctypes.get_last_error()

    def exit_code(self, handle: int) -> int | None:
        from ctypes import wintypes
        code = wintypes.DWORD()
        return code.value if self._k.GetExitCodeProcess(handle, self._ctypes.byref(code)) else None

    def close(self, handle: int) -> None:
        self._k.CloseHandle(handle)


ERROR_ACCESS_DENIED = 5
STILL_ACTIVE = 259


def _pid_alive_windows(pid: int, api) -> bool:
    handle, error = api.open_process(pid)
    if handle is None:
        return error == ERROR_ACCESS_DENIED  # exists, but another user's; any other error: no such process
    try:
        code = api.exit_code(handle)
        # A process that has exited but whose handle someone still holds can be opened: its exit code tells.
        return code is None or code == STILL_ACTIVE
    finally:
        api.close(handle)


class Holder(NamedTuple):  # (not a dataclass: importing dataclasses costs the window's start ~1 ms, issue #11)
    pid: int
    host: str
    app: str

    @property
    def on_this_machine(self) -> bool:
        return not self.host or self.host == QSysInfo.machineHostName()


class DatabaseLock(QObject):
    #: A lock file older than this, written on ANOTHER machine, is considered abandoned.
    STALE_MS = 10 * 60 * 1000
    #: The owner touches its lock file this often, so a live lock never looks abandoned.
    HEARTBEAT_MS = 2 * 60 * 1000

    def __init__(self, db_path: Path, parent: QObject | None = None, *, stale_ms: int | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(self.STALE_MS if stale_ms is None else stale_ms)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(self.HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.touch)
        self.holder: Holder | None = None

    def acquire(self, timeout_ms: int = 200) -> bool:
        """Take the lock. False if another live window holds it (then :attr:`holder` says who)."""
        private_dir(self.path.parent)  # a data folder that did not exist: owner-only, as core makes it
        if not self._lock.tryLock(timeout_ms):
            holder = self.read_holder()
            if self._lock.error() == QLockFile.LockError.LockFailedError and holder is not None \
                    and holder.on_this_machine and not pid_alive(holder.pid):
                self._lock.removeStaleLockFile()
                if self._lock.tryLock(timeout_ms):
                    return self._got_it()
            self.holder = self.read_holder()
            return False
        return self._got_it()

    def _got_it(self) -> bool:
        tighten(self.path)  # Qt made the file with the process's umask (0666 under umask 000)
        self.holder = None
        self._heartbeat.start()
        return True

    def read_holder(self) -> Holder | None:
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname), or something falsy if unreadable
        if not info or len(info) < 3 or not info[0]:
            return None
        pid, host, app = info[-3:]
        return Holder(int(pid), str(host), str(app))

    @property
    def locked(self) -> bool:
        return self._lock.isLocked()

    def touch(self) -> None:
        if self._lock.isLocked():
            with contextlib.suppress(OSError):
                os.utime(self.path)

    def release(self) -> None:
        self._heartbeat.stop()
        if self._lock.isLocked():
            self._lock.unlock()


class Opened:
    """The opened ledger and the window's lock on it (None: a server database, or a read-only window)."""

    def __init__(self, col: Collection, lock: DatabaseLock | None, read_only_reason: str = "") -> None:
        self.col, self.lock = col, lock
        #: Why this window is read-only ("" when it may write).
        self.read_only_reason = read_only_reason

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def db(self):
        """The collection's storage handle (tests and the read-only flag use it)."""
        return self.col.db

    def close(self) -> None:
        self.col.close()
        if self.lock is not None:
            self.lock.release()


def read_only_message(holder: Holder | None) -> str:
    who = ""
    if holder is not None:
        who = QCoreApplication.translate("DatabaseLock", " (program {pid} on {host})") \
            .replace("{pid}", str(holder.pid)).replace("{host}", holder.host or "?")
    return QCoreApplication.translate(
        "DatabaseLock", "This ledger is already open in another gongji window{who}. This window shows it "
        "read-only: you can look, but not change anything. To make changes, use the other window, or close it and "
        "open this one again.").replace("{who}", who)


def open_for_window(target: str | Path | None, parent: QObject | None = None) -> Opened:
    """Open the database for a desktop window: lock it, or open it read-only when another window has it.

    Raises core's StorageError (damaged file, bad URL) like open_database. A server database (PostgreSQL) is
    meant for several desks at once and takes no lock."""
    path = sqlite_file(target)
    if path is None:
        return Opened(Collection.open(target), None)
    lock = DatabaseLock(path, parent)
    if lock.acquire():
        try:
            return Opened(Collection.open(path), lock)
        except BaseException:
            lock.release()
            raise
    # Another window writes: no migration from here, and core refuses every write with a clear message.
    message = read_only_message(lock.holder)
    col = Collection.open(path, migrate=False)
    col.db.read_only_reason = message
    return Opened(col, None, message)


__all__ = ["DatabaseLock", "Holder", "Opened", "open_for_window", "lock_path_for", "pid_alive", "read_only_message"]
