"""``col.audit``: the audit log — who changed what, when, on whose behalf (newest first, keyset pages).

Every mutation writes its audit entry in its own transaction (see :meth:`core._base.Part._audit`); this module
only reads them.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import and_, func, or_, select

from core._base import Part
from core.schema import AuditEvent
from core.store import Database
from core.views import AuditView


def audit_count(db: Database, household_id: int | None, *, actions: Iterable[str] = ()) -> int:
    q = select(func.count()).select_from(AuditEvent)
    if household_id is not None:
        q = q.where(AuditEvent.household_id == household_id)
    acts = list(actions)
    if acts:
        q = q.where(AuditEvent.action.in_(acts))
    with db.read() as s:
        return s.scalar(q) or 0


def audit_page(db: Database, household_id: int | None, *, limit: int = 100, before: tuple[datetime, int] | None = None,
               actions: Iterable[str] = ()) -> list[AuditView]:
    """Setup changes (bind, unbind, reorder ...), newest first, keyset-paginated like the transactions."""
    e = AuditEvent
    q = select(e)
    if household_id is not None:
        q = q.where(e.household_id == household_id)
    acts = list(actions)
    if acts:
        q = q.where(e.action.in_(acts))
    if before is not None:
        at, i = before
        q = q.where(or_(e.at < at, and_(e.at == at, e.id < i)))
    q = q.order_by(e.at.desc(), e.id.desc()).limit(limit)
    with db.read() as s:
        return [AuditView(x.id, x.at, x.actor, x.on_behalf_of, x.household_id, x.action, x.summary)
                for x in s.scalars(q)]


class Audit(Part):
    """The audit log of the ledger."""

    def log(self, household_id: int | None = None, *, limit: int = 200) -> list[AuditView]:
        """The newest ``limit`` entries (of one household, or all)."""
        return audit_page(self.db, household_id, limit=limit)

    def page(self, household_id: int | None, *, limit: int = 100, before: tuple[datetime, int] | None = None,
             actions: Iterable[str] = ()) -> list[AuditView]:
        return audit_page(self.db, household_id, limit=limit, before=before, actions=actions)

    def count(self, household_id: int | None, *, actions: Iterable[str] = ()) -> int:
        return audit_count(self.db, household_id, actions=actions)
