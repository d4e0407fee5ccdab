"""The write side of changing a payment order by hand as a few prepared statements in one transaction (no ORM unit
of work): :class:`core.order.Order` validates the input and calls :func:`reorder` here.

Inside one :func:`core.sqlwrite.sql_write` transaction (the write lock is taken before anything is read): the user
and their household's profile, the open bindings in position order — the compare-and-set against what the person saw
(``expected``; refused with :func:`core.stale.stale_order`, naming who changed it from the audit log) — the new
positions, and the audit row, sealed into the chain as it is inserted (core.chain). The rules and words shared with
the ORM path (binding versions, fingerprints, who-changed-it) live in :mod:`core.stale`.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from core.errors import InvalidInput, NotFound, RuleRefused
from core.i18n import tr
from core.profiles import Profile, get_profile
from core.sqlwrite import Tx, sql_write
from core.stale import SETUP_ACTIONS, audit_details, fingerprint, pick_last_change, stale_order, who_when_text
from core.validate import check_id_int

#: The user, their household's profile and their open bindings in position order (one row with no binding when
#: they have none), in one statement.
_USER_ORDER = ("SELECT m.name, m.household_id, h.profile_id, b.id, b.state, b.confirmed_at, b.ended_at, b.position, "
               "a.name FROM members m JOIN households h ON h.id = m.household_id "
               "LEFT JOIN bindings b ON b.user_id = m.id AND b.state <> 'ended' "
               "LEFT JOIN members a ON a.id = b.authorizer_id WHERE m.id = ? ORDER BY b.position, b.id")
_SET_POSITION = "UPDATE bindings SET position = ? WHERE id = ?"
_EVENTS = (f"SELECT actor, at, summary, details FROM audit_log WHERE household_id = ? AND action IN "
           f"({', '.join('?' * len(SETUP_ACTIONS))}) ORDER BY at DESC, id DESC LIMIT 50")
_ALL_BINDINGS = "SELECT id FROM bindings WHERE user_id = ?"


@dataclass(frozen=True)
class Reordered:
    """What :func:`reorder` did: the order before and after, whose, and the user's fingerprint afterwards
    (core.stale.fingerprint; None when nothing changed)."""
    old: list[int]
    new: list[int]
    user_name: str
    household_id: int
    after: tuple | None


def who_when(tx: Tx, user_id: int, household_id: int) -> str:
    """core.desks.who_when, read with SQL in the write transaction."""
    ids_ = {r[0] for r in tx.all(_ALL_BINDINGS, (user_id,))}
    events = ((d, (actor, at, summary)) for actor, at, summary, d in tx.all(_EVENTS, (household_id, *SETUP_ACTIONS)))
    ev = pick_last_change(user_id, ids_, events)
    return who_when_text(None, None, None) if ev is None else who_when_text(ev[0], tx.read_dt(ev[1]), ev[2])


def reorder(db, *, user_id: int, new_order: Sequence[int],
            expected: Sequence[int] | None, clock: Callable[[], datetime], actor: str,
            locked_reason: Callable[[Profile], str]) -> Reordered:
    """Set the user's manual order to ``new_order`` (binding ids, already checked as ids). ``expected``: see
    :meth:`core.order.Order.reorder`."""
    with sql_write(db) as tx:
        if type(user_id) is not int or not 0 < user_id < 2**63:  # (the label is translated only when it is wrong)
            check_id_int(user_id, tr("member"))
        found = tx.all(_USER_ORDER, (user_id,))
        if not found:
            raise NotFound(tr("There is no {what} with number {id}.", what=tr("member"), id=user_id),
                           field=tr("member"))
        name, hid, profile_id = found[0][:3]
        profile = get_profile(profile_id)
        if not profile.reorderable:
            raise RuleRefused(locked_reason(profile))
        rows = [r[3:] for r in found if r[3] is not None]
        old = [r[0] for r in rows]
        if expected is not None and list(expected) != old:  # compare-and-set: what the person saw
            raise stale_order(name, who_when(tx, user_id, hid), old)
        ids_ = list(new_order)
        if sorted(old) != sorted(ids_):
            raise InvalidInput(tr("The new order must list each of {name}'s current bindings exactly once.",
                                  name=name), field="binding_ids")
        if old == ids_:
            return Reordered(old, ids_, name, hid, None)
        place = {b: pos for pos, b in enumerate(ids_, start=1)}
        for r in rows:
            if r[4] != place[r[0]]:
                tx.run(_SET_POSITION, (place[r[0]], r[0]))
        names = {r[0]: r[5] for r in rows}
        summary = tr("Payment order for {u}: {order}", u=name, order=" \u2192 ".join(names[b] for b in ids_))
        tx.insert_sealed("audit_log", (clock(), actor, "", hid, "order.reorder", summary,
                                       audit_details(user_id=user_id, old=old, new=ids_)))
        after = fingerprint((r[0], r[1], tx.read_dt(r[2]), tx.read_dt(r[3]), place[r[0]]) for r in rows)
    return Reordered(old, ids_, name, hid, after)


__all__ = ["reorder", "Reordered", "who_when"]
