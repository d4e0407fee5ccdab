"""``col.undo``: undo and redo of setup changes (bind, unbind, confirm, reorder, re-bind).

The stack lives in the collection's context (one per open ledger, in memory); each step re-checks that what it
undoes has not changed since, and refuses in plain words if it has.
"""
from __future__ import annotations

from dataclasses import replace

from core._base import Part
from core.context import UndoReads
from core.desks import check_step, user_fingerprint
from core.errors import RuleRefused
from core.i18n import tr
from core.views import OpResult


class Undo(UndoReads, Part):
    """Undo / redo."""

    def undo(self) -> OpResult[str]:
        if not self._ctx.undo:
            raise RuleRefused(tr("There is nothing to undo."))
        step, changes = self._replay(self._ctx.undo, self._ctx.redo, lambda st, s: st.undo(s))
        return OpResult(step.label, changes, tr("Undone: {what}", what=step.label))

    def redo(self) -> OpResult[str]:
        if not self._ctx.redo:
            raise RuleRefused(tr("There is nothing to redo."))
        step, changes = self._replay(self._ctx.redo, self._ctx.undo, lambda st, s: st.redo(s))
        return OpResult(step.label, changes, tr("Redone: {what}", what=step.label))

    def _replay(self, source: list, target: list, run):
        """Run the newest step of ``source`` (refused when another desk changed the user's bindings since), then
        move it to ``target`` with the fingerprint it leaves behind."""
        step = source[-1]
        with self.db.write() as s:
            check_step(s, step.user_id, step.after, step.label)
            changes = run(step, s)
            after = user_fingerprint(s, step.user_id) if step.user_id is not None else None
        source.pop()
        target.append(replace(step, after=after))
        return step, changes
