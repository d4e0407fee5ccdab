"""The session of one open ledger (private to core): :class:`Context` and the undo step type.

Kept apart from :mod:`core._base` (which loads the ORM) so that a :class:`core.Collection` can be built, and its
read model used, without importing SQLAlchemy.
"""
from __future__ import annotations

from collections.abc import Callable
from core.record import frozen
from datetime import datetime

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: a CLI call would pay ~3 ms)
if TYPE_CHECKING:
    from typing import Any

    from sqlalchemy.orm import Session

    from core.views import Changes


@frozen
class UndoStep:
    label: str
    undo: Callable[[Session], Changes]
    redo: Callable[[Session], Changes]
    #: Whose bindings the step changed, and their fingerprint right after it (core.desks.user_fingerprint): undo
    #: and redo refuse when another desk changed them since.
    user_id: int | None = None
    after: tuple | None = None


class Context:
    """One open ledger: database, actor, clock, undo/redo stacks. Not thread-safe: one worker calls it.

    ``db`` is a :class:`core.store.Database`, or a :class:`core.quickopen.QuickDatabase` that reads through plain
    sqlite3 and opens the full database the first time a write (or anything else) needs it."""

    def __init__(self, db: Any, actor: str, clock: Callable[[], datetime]):
        self.db = db
        self.actor = actor
        self.clock = clock
        self.undo: list[UndoStep] = []
        self.redo: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        self.undo.append(step)
        self.redo.clear()


class UndoReads:
    """The read half of ``col.undo`` (no ORM): what can be undone or redone, and clearing the stacks."""

    def __init__(self, ctx: Context):
        self._ctx = ctx

    @property
    def can_undo(self) -> bool:
        return bool(self._ctx.undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._ctx.redo)

    @property
    def undo_label(self) -> str:
        return self._ctx.undo[-1].label if self._ctx.undo else ""

    @property
    def redo_label(self) -> str:
        return self._ctx.redo[-1].label if self._ctx.redo else ""

    def clear(self) -> None:
        """Forget every step (e.g. after seeding sample data: nothing the user did)."""
        self._ctx.undo.clear()
        self._ctx.redo.clear()
