"""One lock file per SQLite ledger that every gongji writer in every process takes: shared for a write transaction,
exclusive for a restore (and a migration). A restore therefore waits for running writes to finish, and every write
that starts during a restore waits for it — then writes into the restored ledger, never into a file moved aside.

The lock is ``flock(2)`` on ``<ledger>.writelock`` (0600), which the kernel releases when a process dies: a
killed program never leaves it held. Where ``fcntl`` does not exist (Windows) the lock is a no-op, and the
restore relies on SQLite's own write lock (it copies the backup into the live file inside one SQLite transaction).
"""
from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from core.errors import StorageError
from core.fsmode import FILE_MODE
from core.i18n import tr

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

DEFAULT_TIMEOUT = 15.0


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

    def _take(self, fd: int, op: int, what: str) -> None:
        deadline = time.monotonic() + self.timeout
        delay = 0.002
        while True:
            try:
                fcntl.flock(fd, op | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StorageError(what) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.05)

    @contextlib.contextmanager
    def shared(self) -> Iterator[None]:
        """Held around one write transaction."""
        with self._mutex:
            fd = self._open()
            if fd is not None and self._shared == 0:
                self._take(fd, fcntl.LOCK_SH, tr("The ledger is being restored from a backup by another program; "
                                                "please try again in a moment."))
            self._shared += 1
        try:
            yield
        finally:
            with self._mutex:
                self._shared -= 1
                if self._shared == 0 and fd is not None:
                    fcntl.flock(fd, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Held for a whole restore or migration: no gongji writer anywhere writes meanwhile."""
        fd = self._open()
        if fd is not None:
            self._take(fd, fcntl.LOCK_EX, tr("The ledger is busy with another program; please try again."))
        try:
            yield
        finally:
            if fd is not None:
                fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


__all__ = ["WriteLock", "lock_file_for", "DEFAULT_TIMEOUT"]
