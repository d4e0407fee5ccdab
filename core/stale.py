"""The several-desks rules that need no ORM (private to core): binding versions, a user's fingerprint, "who changed
it and when", and the StaleState of a payment order.

:mod:`core.desks` (ORM sessions) and :mod:`core.order_sql` (prepared SQL, core.sqlwrite) both fetch rows their own
way and hand them to these functions, so the rule and its words live once.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TypeVar

from core.errors import StaleState
from core.i18n import tr

#: Audit actions that change bindings or payment orders.
SETUP_ACTIONS = ("binding.bind", "binding.state", "binding.confirm", "binding.unbind", "binding.rebind",
                 "order.reorder")

T = TypeVar("T")


def binding_version(state: str, confirmed_at: datetime | None, ended_at: datetime | None) -> str:
    """The state version of a binding: changes whenever it is confirmed, ended or re-opened (not when moved)."""
    def stamp(t: datetime | None) -> str:
        return t.isoformat(timespec="microseconds") if t is not None else "-"
    return f"{state}/{stamp(confirmed_at)}/{stamp(ended_at)}"


def fingerprint(rows: Iterable[tuple[int, str, datetime | None, datetime | None, int]]) -> tuple:
    """A user's fingerprint (see core.desks.user_fingerprint) from their open bindings' (id, state, confirmed_at,
    ended_at, position)."""
    return tuple((i, binding_version(st, c, e), p) for i, st, c, e, p in sorted(rows, key=lambda r: r[0]))


def pick_last_change(user_id: int, binding_ids: set[int], events: Iterable[tuple[str | None, T]]) -> T | None:
    """The first of ``events`` (newest first: (details JSON, what to return)) about this user or their bindings."""
    for details, ev in events:
        try:
            d = json.loads(details or "{}")
        except ValueError:
            continue
        if d.get("user_id") == user_id or {d.get("binding_id"), d.get("old_binding_id"),
                                           d.get("new_binding_id")} & binding_ids:
            return ev
    return None


def who_when_text(actor: str | None, at: datetime | None, summary: str | None) -> str:
    """"小王 changed it at 2026-06-15 10:03: <summary>." — or a plain sentence when the log says nothing (actor None)."""
    if actor is None or at is None:
        return tr("Someone else changed it in the meantime.")
    return tr("{actor} changed it at {time}: {summary}.", actor=actor, time=at.strftime("%Y-%m-%d %H:%M:%S"),
              summary=summary)


def stale_order(name: str, who: str, current: Sequence[int]) -> StaleState:
    """The refusal of a payment-order change made from a view that is no longer the stored order."""
    return StaleState(tr("The payment order of {u} was changed by someone else after you opened it, so your "
                         "change was not saved. {who} The current order is shown now.", u=name, who=who),
                      fresh=list(current), field="expected")


def audit_details(**details: object) -> str:
    """An audit row's ``details`` column: the same JSON whichever write path writes it."""
    return json.dumps(details, ensure_ascii=False, default=str, sort_keys=True)


__all__ = ["SETUP_ACTIONS", "binding_version", "fingerprint", "pick_last_change", "who_when_text", "stale_order",
           "audit_details"]
