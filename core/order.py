"""``col.order``: the order in which a user's shared accounts are charged, and changing it by hand.

The order itself is decided by :func:`core.rules.charge_order` under the household's profile; a manual order
(reorder / move) is only possible under a profile that allows it, else :meth:`Order.locked_reason` says why.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from core._base import Part, UndoStep
from core.desks import check_order, user_fingerprint
from core.reads import OrderReads
from core.errors import InvalidInput, NotFound, RuleRefused
from core.i18n import tr
from core.profiles import get_profile
from core.schema import Binding, Household, Member
from core.validate import check_id_int
from core.views import BindingView, Changes, OpResult


class Order(OrderReads, Part):
    """A user's payment order."""

    def reorder(self, user_id: int, binding_ids: Sequence[int], *,
                expected: Sequence[int] | None = None) -> OpResult[list[int]]:
        """Set the user's manual order (top pays first). Only under a profile with the manual order.

        ``expected``: the order (binding ids) the person saw; when the stored order differs, nothing is written
        and :class:`core.errors.StaleState` says who changed it and when (None: no check — scripts, the CLI)."""
        ids_ = [check_id_int(b, "binding_ids") for b in binding_ids]
        expected = None if expected is None else [check_id_int(b, "expected") for b in expected]
        with self.db.write() as s:
            user = self._member(s, user_id)
            profile = get_profile(s.get(Household, user.household_id).profile_id)
            if not profile.reorderable:
                raise RuleRefused(self.locked_reason(profile))
            old = check_order(s, user_id, expected)
            if sorted(old) != sorted(ids_):
                raise InvalidInput(tr("The new order must list each of {name}'s current bindings exactly once.",
                                      name=user.name), field="binding_ids")
            if old == ids_:
                return OpResult(list(ids_), Changes(), tr("The order is unchanged."))
            self._renumber(s, user_id, ids_)
            names = [s.get(Binding, b).authorizer.name for b in ids_]
            self._audit(s, "order.reorder", tr("Payment order for {u}: {order}", u=user.name,
                                                order=" \u2192 ".join(names)),
                        household_id=user.household_id, user_id=user_id, old=old, new=ids_)
            uname = user.name
            after = user_fingerprint(s, user_id)

        def apply(order: list[int]) -> Callable[[Session], Changes]:
            def run(s: Session) -> Changes:
                current = sorted(b.id for b in self._open_bindings(s, user_id=user_id))
                if current != sorted(order):
                    raise RuleRefused(tr("The bindings of {u} have changed since; this order can no longer be "
                                         "restored.", u=uname))
                self._renumber(s, user_id, order)
                self._audit(s, "order.reorder", tr("Payment order for {u} restored", u=uname),
                            household_id=s.get(Member, user_id).household_id, user_id=user_id, new=order)
                return Changes(orders=frozenset({user_id}), audit=True)
            return run

        self._push(UndoStep(tr("reorder payment order of {u}", u=uname), undo=apply(old), redo=apply(list(ids_)),
                            user_id=user_id, after=after))
        return OpResult(list(ids_), Changes(orders=frozenset({user_id}), audit=True),
                        tr("Payment order saved."))

    def move(self, user_id: int, binding_id: int, to_index: int, *,
             expected: Sequence[int] | None = None) -> OpResult[list[int]]:
        """Move one binding to 0-based ``to_index`` in the user's manual order (``expected``: as :meth:`reorder`)."""
        current = list(expected) if expected is not None else [b.id for b in self._open_order(user_id)]
        if binding_id not in current:
            raise NotFound(tr("This binding is not in the payment order."), field="binding_id")
        if isinstance(to_index, bool) or not isinstance(to_index, int) or not 0 <= to_index < len(current):
            raise InvalidInput(tr("Position {pos} is outside the list (1 to {n}).", pos=to_index + 1
                                  if isinstance(to_index, int) else to_index, n=len(current)), field="to_index")
        current.remove(binding_id)
        current.insert(to_index, binding_id)
        return self.reorder(user_id, current, expected=expected)

    def _open_order(self, user_id: int) -> list[BindingView]:
        with self.db.read() as s:
            return [self._binding_view(b) for b in self._open_bindings(s, user_id=user_id)]
