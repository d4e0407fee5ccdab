"""One lock file per SQLite ledger that every gongji writer in every process takes: shared for a write transaction,
exclusive for a restore (and a migration). A restore therefore waits for running writes to finish, and every write
that starts during a restore waits for it — then writes into the restored ledger, never into a file moved aside.

The lock is ``flock(2)`` on ``<ledger>.writelock`` (0600), which the kernel releases when a process dies: a
killed program never leaves it held. Where ``fcntl`` does not exist (Windows) the lock is a no-op, and the
restore relies on SQLite's own write lock (it copies the backup into the live file inside one SQLite transaction).

An exclusive holder writes what it is doing into the lock file ("migrate 4711"); a program that has waited its
ordinary timeout for the lock reads that, and while a live program is migrating or restoring the ledger — work that
takes minutes on a large ledger on a slow machine, and must not be abandoned half-way by the one doing it — it goes on
waiting (up to :data:`LONG_TIMEOUT`) instead of failing with "busy". A holder that died cannot hold a flock, so a
stale note in the file is never believed without the lock being held.
"""
from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from core.errors import StorageError
from core.fsmode import FILE_MODE
from core.i18n import tr

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

DEFAULT_TIMEOUT = 15.0
#: How long a program waits for another program's migration or restore of the ledger before giving up.
LONG_TIMEOUT = 900.0
#: What an exclusive holder may be doing; a waiter keeps waiting past its timeout for these.
LONG_WORK = ("migrate", "restore")


def _restoring() -> str:
    return tr("The ledger is being restored from a backup by another program; please try again in a moment.")


def _busy() -> str:
    return tr("The ledger is busy with another program; please try again.")


def lock_file_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".writelock")


class WriteLock:
    """The write lock of one ledger in this process. Shared holds are counted across threads (a flock belongs to
    the open file, so one thread's unlock would otherwise end another thread's hold)."""

    def __init__(self, db_path: Path, *, timeout: float = DEFAULT_TIMEOUT):
        self.path = lock_file_for(db_path)
        self.timeout = timeout
        self._fd: int | None = None
        self._mutex = threading.Lock()
        self._shared = 0

    def _open(self) -> int | None:
        if fcntl is None:
            return None
        if self._fd is None:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
            except OSError:  # a read-only folder: nothing can be written there anyway (SQLite says so)
                return None
            with contextlib.suppress(OSError):
                os.fchmod(fd, FILE_MODE)
            self._fd = fd
        return self._fd

    def _take(self, fd: int, op: int, what: Callable[[], str]) -> None:
        """Take the flock (``op``), waiting up to the timeout; ``what()`` is the message when that fails (made only
        then: a write takes the lock at once nearly always, and translating costs more than the flock)."""
        start = time.monotonic()
        deadline = start + self.timeout
        delay = 0.002
        while True:
            try:
                fcntl.flock(fd, op | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                now = time.monotonic()
                if now >= deadline:
                    if self.holder_work(fd) in LONG_WORK and now < start + max(LONG_TIMEOUT, self.timeout):
                        deadline = now + min(1.0, self.timeout)  # look again soon: it may finish, or die
                    else:
                        raise StorageError(what()) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.05)

    @staticmethod
    def holder_work(fd: int) -> str | None:
        """What the program holding the lock exclusively said it is doing ("migrate", "restore"), if that program
        is alive; None otherwise."""
        try:
            words = os.pread(fd, 64, 0).decode("ascii", "replace").split()
        except OSError:
            return None
        if len(words) != 2 or not words[1].isdigit():
            return None
        try:
            os.kill(int(words[1]), 0)
        except ProcessLookupError:
            return None
        except OSError:  # alive, but not ours to signal (cannot happen for a 0600 file; be lenient)
            pass
        return words[0]

    @contextlib.contextmanager
    def shared(self) -> Iterator[None]:
        """Held around one write transaction."""
        with self._mutex:
            fd = self._open()
            if fd is not None and self._shared == 0:
                self._take(fd, fcntl.LOCK_SH, _restoring)
            self._shared += 1
        try:
            yield
        finally:
            with self._mutex:
                self._shared -= 1
                if self._shared == 0 and fd is not None:
                    fcntl.flock(fd, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def exclusive(self, work: str = "") -> Iterator[None]:
        """Held for a whole restore or migration: no gongji writer anywhere writes meanwhile. ``work`` ("migrate",
        "restore") is written into the lock file while held, so waiting programs know to wait for it."""
        fd = self._open()
        if fd is not None:
            self._take(fd, fcntl.LOCK_EX, _busy)
            if work:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
                    os.pwrite(fd, f"{work} {os.getpid()}\n".encode("ascii"), 0)
        try:
            yield
        finally:
            if fd is not None:
                if work:
                    with contextlib.suppress(OSError):
                        os.ftruncate(fd, 0)
                fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


__all__ = ["WriteLock", "lock_file_for", "DEFAULT_TIMEOUT", "LONG_TIMEOUT"]
