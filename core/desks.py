"""Several desks on one ledger: compare-and-set checks and "has anything changed" (private to core).

Every setup change carries what the person saw — for a payment order the binding ids in the order shown, for a
binding its state version (:func:`binding_version`) — and is refused with :class:`core.errors.StaleState` when the
database holds something else: nothing is written, and the message names who changed it and when (from the audit
log). Undo and redo compare the user's bindings with what the step left behind (:func:`user_fingerprint`), so an
undo never overwrites a change it did not make.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import StaleState
from core.i18n import tr
from core.schema import AuditEvent, Binding, Member
from core.stale import SETUP_ACTIONS, binding_version, fingerprint, pick_last_change, stale_order, who_when_text


def version_of(b: Binding) -> str:
    return binding_version(b.state, b.confirmed_at, b.ended_at)


def open_order(s: Session, user_id: int) -> list[int]:
    """The user's open bindings' ids in position order (what a desk shows as the payment order)."""
    return list(s.scalars(select(Binding.id).where(Binding.user_id == user_id, Binding.state != "ended")
                          .order_by(Binding.position, Binding.id)))


def user_fingerprint(s: Session, user_id: int) -> tuple:
    """Everything an undo step of this user's bindings depends on: each open binding's id, version and position
    (a binding ended by another desk drops out, so that counts as a change too)."""
    rows = s.execute(select(Binding.id, Binding.state, Binding.confirmed_at, Binding.ended_at, Binding.position)
                     .where(Binding.user_id == user_id, Binding.state != "ended").order_by(Binding.id)).all()
    return fingerprint(tuple(r) for r in rows)


def last_change(s: Session, user_id: int) -> AuditEvent | None:
    """The newest audit entry about this user's bindings or payment order."""
    user = s.get(Member, user_id)
    if user is None:
        return None
    ids_ = set(s.scalars(select(Binding.id).where(Binding.user_id == user_id)))
    q = (select(AuditEvent).where(AuditEvent.household_id == user.household_id,
                                  AuditEvent.action.in_(SETUP_ACTIONS))
         .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(50))
    return pick_last_change(user_id, ids_, ((ev.details, ev) for ev in s.scalars(q)))


def who_when(s: Session, user_id: int) -> str:
    """"小王 changed it at 2026-06-15 10:03: <summary>." — or a plain sentence when the log says nothing."""
    ev = last_change(s, user_id)
    return who_when_text(None, None, None) if ev is None else who_when_text(ev.actor, ev.at, ev.summary)


def check_order(s: Session, user_id: int, expected: Sequence[int] | None) -> list[int]:
    """The current order; StaleState when it is not ``expected`` (None: no check)."""
    current = open_order(s, user_id)
    if expected is not None and list(expected) != current:
        raise stale_order(s.get(Member, user_id).name, who_when(s, user_id), current)
    return current


def check_binding(s: Session, b: Binding, expected_version: str | None) -> None:
    """StaleState when the binding's state version is not ``expected_version`` (None: no check)."""
    if expected_version is not None and version_of(b) != expected_version:
        raise StaleState(tr("The binding {a} \u2192 {u} was changed by someone else after you opened it, so "
                            "nothing was done. {who} The current state is shown now.",
                            a=b.authorizer.name, u=b.user.name, who=who_when(s, b.user_id)),
                         fresh=version_of(b), field="expected_version")


def check_step(s: Session, user_id: int | None, after: tuple | None, label: str) -> None:
    """Undo/redo: StaleState when the user's bindings are no longer as this step left them."""
    if user_id is None or after is None:
        return
    if user_fingerprint(s, user_id) != after:
        name = s.get(Member, user_id).name
        raise StaleState(tr("\u201c{what}\u201d cannot be undone or redone: the bindings of {u} were changed "
                            "since, and undo never overwrites a change it did not make. {who}",
                            what=label, u=name, who=who_when(s, user_id)), fresh=open_order(s, user_id))
