"""The user-visible words for codes stored in the ledger (Qt-free; every string through :func:`core.i18n.tr`).

Also the code lists the GUI offers as choices, so the GUI needs no storage module to know them.
"""
from __future__ import annotations

from core.i18n import tr
from core.money import format_fen
from core.codes import EXPENSE_KINDS, INSURANCE_TYPES, MEMBER_STATUSES, TXN_KINDS

#: Expenses a personal or shared account can never pay (the rule refuses them before anything is written).
INELIGIBLE_EXPENSES = ("cash_withdrawal", "wellness")
PROOF_KINDS = ("household_register", "marriage_certificate", "birth_certificate", "other_proof")


def expense_label(kind: str) -> str:
    return {
        "outpatient": tr("outpatient"), "inpatient": tr("inpatient (self-pay part)"), "pharmacy": tr("pharmacy"),
        "premium": tr("relative's resident insurance premium"), "vaccine": tr("vaccination"),
        "long_term_care": tr("long-term care insurance"), "commercial_insurance": tr("inclusive commercial insurance"),
        "cash_withdrawal": tr("cash withdrawal"), "wellness": tr("wellness / fitness"), "other": tr("other expense"),
        "reconcile": tr("reconciliation with the official app"),
    }.get(kind, kind)


def insurance_label(kind: str) -> str:
    return {"employee": tr("employee insurance"), "resident": tr("resident insurance")}.get(kind, kind)


def status_label(status: str) -> str:
    return {"normal": tr("insured"), "suspended": tr("suspended")}.get(status, status)


def state_label(state: str) -> str:
    return {"pending": tr("waiting for confirmation"), "active": tr("active"), "ended": tr("ended")}.get(state, state)


def ended_by_label(who: str | None) -> str:
    return {"authorizer": tr("ended by the authorizer"), "user": tr("ended by the user"),
            "expired": tr("authorization period over"), "withdrawn": tr("request withdrawn"),
            "undo": tr("undone"), "rebind": tr("re-bound to move to the front")}.get(who or "", who or "")


def perspective_label(p: str) -> str:
    return {"all": tr("all records"), "paid_for_me": tr("how my payments were covered"),
            "paid_from_my_account": tr("paid from my account for others")}.get(p, p)


def kind_label(kind: str) -> str:
    return {"payment": tr("payment"), "refund": tr("refund"), "credit": tr("contribution"),
            "adjustment": tr("correction")}.get(kind, kind)


def minute_text(t) -> str:
    """A time to the minute, ``YYYY-MM-DD HH:MM`` — what a person reads in lists, exports and statements.

    By hand, not ``strftime``: ``strftime`` imports the ``time`` module at every call, which in the window passes
    through PySide6's import hook (~8 µs a call: a History screen formats 50 of them per paint, a CSV export one
    per record)."""
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}"


def yuan(fen: int | None) -> str:
    """Fen as yuan for display; empty for None (no account)."""
    return "" if fen is None else format_fen(fen)


__all__ = ["expense_label", "insurance_label", "status_label", "state_label", "ended_by_label", "perspective_label",
           "kind_label", "minute_text", "yuan", "EXPENSE_KINDS", "INSURANCE_TYPES", "MEMBER_STATUSES", "TXN_KINDS",
           "INELIGIBLE_EXPENSES", "PROOF_KINDS"]
