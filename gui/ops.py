"""Running core operations off the GUI thread (the Anki ``aqt.operations`` habit).

Every mutation is one call into :class:`core.collection.Collection` executed on a single database worker thread, so
writes are serialized and the window never freezes. Its result comes back to the GUI thread, where the
``success`` callback runs and :attr:`Runner.changed` is emitted with the :class:`core.views.Changes` so that
the views that care refresh themselves.

Quick reads (a member list, a preview) may call ``runner.col`` directly on the GUI thread: SQLite reads in
WAL mode do not wait for writers. Slow reads go through :meth:`Runner.query`.
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from core.errors import GongjiError, StorageError
from core.collection import Collection
from core.views import Changes, OpResult

T = TypeVar("T")
log = logging.getLogger(__name__)


class Runner(QObject):
    #: core.views.Changes of a mutation that succeeded (GUI thread).
    changed = Signal(object)
    #: True while an operation is running (for a busy cursor / progress indicator).
    busy = Signal(bool)
    #: A status-bar sentence after each successful mutation (already in the user's language).
    message = Signal(str)
    #: A mutation failed (GUI thread, after its failure callback): gui.desks reloads every view from the database.
    write_failed = Signal(object)
    _done = Signal(object, object, object, object)  # future, success, failure, is_mutation
    _quiet = Signal(object, object, object)

    def __init__(self, col: Collection, parent: QObject | None = None):
        super().__init__(parent)
        self.col = col
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gongji-db")
        self._pending = 0
        #: Set (plain words) while the database cannot be reached: mutations are refused at once (gui.desks).
        self.read_only_reason = ""
        self._done.connect(self._finish)
        self._quiet.connect(self._finish_quiet)

    # ------------------------------------------------------------------ public API

    def run(self, fn: Callable[[Collection], OpResult[Any]], *, success: Callable[[OpResult[Any]], None] | None = None,
            failure: Callable[[Exception], None] | None = None) -> Future:
        """Run a mutation ``fn(service) -> OpResult`` on the DB worker; callbacks run on the GUI thread."""
        if self.read_only_reason:
            reason = self.read_only_reason

            def refuse(_col: Collection) -> OpResult[Any]:
                raise StorageError(reason)
            return self._submit(refuse, success, failure, True)
        return self._submit(fn, success, failure, True)

    def background(self, fn: Callable[[Collection], T], *, success: Callable[[T], None],
                   failure: Callable[[Exception], None]) -> Future:
        """A quiet read on the DB worker (polling for other desks' changes): no busy cursor, no status message."""
        fut = self._pool.submit(fn, self.col)
        fut.add_done_callback(lambda f: self._quiet.emit(f, success, failure))
        return fut

    def query(self, fn: Callable[[Collection], T], *, success: Callable[[T], None],
              failure: Callable[[Exception], None] | None = None) -> Future:
        """Run a (slow) read on the DB worker; ``success(value)`` runs on the GUI thread."""
        return self._submit(fn, success, failure, False)

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Block until queued work is done (tests and shutdown). Callbacks still need the event loop."""
        self._pool.submit(lambda: None).result(timeout)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)

    @property
    def pending(self) -> int:
        return self._pending

    # ------------------------------------------------------------------ internals

    def _submit(self, fn, success, failure, mutation: bool) -> Future:
        self._pending += 1
        if self._pending == 1:
            self.busy.emit(True)
        fut = self._pool.submit(fn, self.col)
        fut.add_done_callback(lambda f: self._done.emit(f, success, failure, mutation))
        return fut

    @Slot(object, object, object, object)
    def _finish(self, fut: Future, success, failure, mutation: bool) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy.emit(False)
        exc = fut.exception()
        if exc is not None:
            if not isinstance(exc, GongjiError):
                log.error("operation failed:\n%s", "".join(traceback.format_exception(exc)))
                exc = self.plain(exc, mutation)
            if failure is not None:
                failure(exc)
            else:
                self.message.emit(str(exc))
            if mutation:
                self.write_failed.emit(exc)
            return
        result = fut.result()
        if success is not None:
            success(result)
        if mutation and isinstance(result, OpResult):
            if result.message:
                self.message.emit(result.message)
            if not result.changes.empty:
                self.changed.emit(result.changes)

    @Slot(object, object, object)
    def _finish_quiet(self, fut: Future, success, failure) -> None:
        exc = fut.exception()
        if exc is not None:
            failure(exc)
        else:
            success(fut.result())

    def plain(self, exc: BaseException, mutation: bool = True) -> StorageError:
        """An unexpected failure (the driver's, a lost connection) in plain words; its own text in ``details``."""
        text = self.tr("This could not be saved: the database did not answer as expected. Nothing was changed; "
                       "the window now shows what is stored.") if mutation else \
            self.tr("The data could not be read: the database did not answer as expected.")
        err = StorageError(text)
        err.details = str(getattr(exc, "orig", None) or exc).strip()
        err.__cause__ = exc
        return err


__all__ = ["Runner", "Changes"]
