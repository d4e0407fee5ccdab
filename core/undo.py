"""``col.undo``: undo and redo of setup changes (bind, unbind, confirm, reorder, re-bind).

The stack lives in the collection's context (one per open ledger, in memory); each step re-checks that what it
undoes has not changed since, and refuses in plain words if it has.
"""
from __future__ import annotations

from dataclasses import replace

from core._base import Part
from core.desks import check_step, user_fingerprint
from core.errors import RuleRefused
from core.i18n import tr
from core.views import OpResult


class Undo(Part):
    """Undo / redo."""

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

    def undo(self) -> OpResult[str]:
        if not self._ctx.undo:
            raise RuleRefused(tr("There is nothing to undo."))
        step = self._ctx.undo[-1]
        with self.db.write() as s:
            check_step(s, step.user_id, step.after, step.label)
            changes = step.undo(s)
            after = user_fingerprint(s, step.user_id) if step.user_id is not None else None
        self._ctx.undo.pop()
        self._ctx.redo.append(replace(step, after=after))
        return OpResult(step.label, changes, tr("Undone: {what}", what=step.label))

    def redo(self) -> OpResult[str]:
        if not self._ctx.redo:
            raise RuleRefused(tr("There is nothing to redo."))
        step = self._ctx.redo[-1]
        with self.db.write() as s:
            check_step(s, step.user_id, step.after, step.label)
            changes = step.redo(s)
            after = user_fingerprint(s, step.user_id) if step.user_id is not None else None
        self._ctx.redo.pop()
        self._ctx.undo.append(replace(step, after=after))
        return OpResult(step.label, changes, tr("Redone: {what}", what=step.label))

    def clear(self) -> None:
        """Forget every step (e.g. after seeding sample data: nothing the user did)."""
        self._ctx.undo.clear()
        self._ctx.redo.clear()
