"""``col.order``: the order in which a user's shared accounts are charged, and changing it by hand.

The order itself is decided by :func:`core.rules.charge_order` under the household's profile; a manual order
(reorder / move) is only possible under a profile that allows it, else :meth:`Order.locked_reason` says why.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from core import order_sql
from core.context import UndoStep
from core.errors import InvalidInput, NotFound, RuleRefused
from core.i18n import tr
from core.reads import OrderReads, cursor
from core.validate import check_id_int
from core.views import Changes, OpResult

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.context import Context

_OPEN_IDS = "SELECT id FROM bindings WHERE user_id = ? AND state <> 'ended' ORDER BY position, id"


class Order(OrderReads):
    """A user's payment order. A change is written with prepared SQL (core.order_sql, no ORM); its undo and redo
    run in the ORM session of :meth:`core.undo.Undo._replay`, as every other undo step."""

    def reorder(self, user_id: int, binding_ids: Sequence[int], *,
                expected: Sequence[int] | None = None) -> OpResult[list[int]]:
        """Set the user's manual order (top pays first). Only under a profile with the manual order.

        ``expected``: the order (binding ids) the person saw; when the stored order differs, nothing is written
        and :class:`core.errors.StaleState` says who changed it and when (None: no check — scripts, the CLI)."""
        ids_ = _ids(binding_ids, "binding_ids")
        expected = None if expected is None else _ids(expected, "expected")
        return self._write(user_id, ids_, expected)

    def move(self, user_id: int, binding_id: int, to_index: int, *,
             expected: Sequence[int] | None = None) -> OpResult[list[int]]:
        """Move one binding to 0-based ``to_index`` in the user's manual order (``expected``: as :meth:`reorder`)."""
        current = list(expected) if expected is not None else self._open_ids(user_id)
        return self.reorder(user_id, _moved(current, binding_id, to_index), expected=expected)

    def _write(self, user_id: int, new_order: list[int], expected: list[int] | None) -> OpResult[list[int]]:
        ctx = self._ctx
        done = order_sql.reorder(ctx.db, user_id=user_id, new_order=new_order, expected=expected, clock=ctx.clock,
                                 actor=ctx.actor, locked_reason=self.locked_reason)
        if done.after is None:
            return OpResult(list(done.new), Changes(), tr("The order is unchanged."))
        uname = done.user_name
        ctx.push(UndoStep(tr("reorder payment order of {u}", u=uname), undo=_restore(ctx, user_id, uname, done.old),
                          redo=_restore(ctx, user_id, uname, list(done.new)), user_id=user_id, after=done.after))
        return OpResult(list(done.new), Changes(orders=frozenset({user_id}), audit=True), tr("Payment order saved."))

    def _open_ids(self, user_id: int) -> list[int]:
        check_id_int(user_id, tr("member"))
        with cursor(self._ctx.db) as (cur, style):
            cur.execute(_OPEN_IDS if style == "qmark" else _OPEN_IDS.replace("?", "%s"), (user_id,))
            return [r[0] for r in cur.fetchall()]


def _ids(values: Sequence[int], field: str) -> list[int]:
    """``values`` as a list of ids (each checked by core.validate.check_id_int; plain ints in range pass at once)."""
    return [b if type(b) is int and 0 < b < 2**63 else check_id_int(b, field) for b in values]


def _moved(current: Sequence[int], binding_id: int, to_index: int) -> list[int]:
    """``current`` with ``binding_id`` moved to ``to_index`` (refused in plain words when either is not there)."""
    current = list(current)
    if binding_id not in current:
        raise NotFound(tr("This binding is not in the payment order."), field="binding_id")
    if isinstance(to_index, bool) or not isinstance(to_index, int) or not 0 <= to_index < len(current):
        raise InvalidInput(tr("Position {pos} is outside the list (1 to {n}).", pos=to_index + 1
                              if isinstance(to_index, int) else to_index, n=len(current)), field="to_index")
    current.remove(binding_id)
    current.insert(to_index, binding_id)
    return current


def _restore(ctx: Context, user_id: int, uname: str, order: list[int]) -> Callable[[Session], Changes]:
    """An undo or redo of a reorder: put ``order`` back, in the ORM session of the undo's transaction (the ORM is
    imported then, not when the reorder is made)."""
    def run(s: Session) -> Changes:
        from core._base import Part
        from core.schema import Member
        part = Part(ctx)
        current = sorted(b.id for b in part._open_bindings(s, user_id=user_id))
        if current != sorted(order):
            raise RuleRefused(tr("The bindings of {u} have changed since; this order can no longer be "
                                 "restored.", u=uname))
        part._renumber(s, user_id, order)
        part._audit(s, "order.reorder", tr("Payment order for {u} restored", u=uname),
                    household_id=s.get(Member, user_id).household_id, user_id=user_id, new=order)
        return Changes(orders=frozenset({user_id}), audit=True)
    return run
