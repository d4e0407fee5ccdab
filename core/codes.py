"""The code lists stored in the ledger (plain tuples; no SQLAlchemy, no Qt).

:mod:`core.schema` builds its CHECK constraints from these and re-exports them; :mod:`core.labels` and the read
model use them without loading the ORM.
"""
from __future__ import annotations

INSURANCE_TYPES = ("employee", "resident")
MEMBER_STATUSES = ("normal", "suspended")
BINDING_STATES = ("pending", "active", "ended")
ENDED_BY = ("authorizer", "user", "expired", "withdrawn", "undo", "rebind")
TXN_KINDS = ("payment", "refund", "credit", "adjustment")
EXPENSE_KINDS = ("outpatient", "inpatient", "pharmacy", "premium", "vaccine", "long_term_care", "commercial_insurance",
                 "other")
PARTS = ("current", "prior")
#: Why an adjustment was made, when the ledger knows (kept in its ``expense_kind``): by reconciling with the official
#: app (core.bookkeeping).
ADJUSTMENT_REASONS = ("reconcile",)

__all__ = ["INSURANCE_TYPES", "MEMBER_STATUSES", "BINDING_STATES", "ENDED_BY", "TXN_KINDS", "EXPENSE_KINDS", "PARTS",
           "ADJUSTMENT_REASONS"]
