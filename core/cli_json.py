"""``gongji --json``: the shapes scripts rely on. Keys are English and stable, amounts are integer fen (``*_fen``),
codes are untranslated (``kind``, ``relation``, ``state``, ``status``), times are ISO 8601 (China Standard Time,
no offset), ID numbers are masked. README's "The gongji command" section documents each shape.

The functions read view attributes only, so they work with whichever view classes core hands out.
"""
from __future__ import annotations

import json
from datetime import date, datetime

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: a CLI call would pay ~3 ms)
if TYPE_CHECKING:
    from typing import Any


def _t(v: date | datetime | None) -> str | None:
    if v is None:
        return None
    return v.isoformat(timespec="seconds") if isinstance(v, datetime) else v.isoformat()


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1)


def household(h: Any) -> dict:
    return {"id": h.id, "name": h.name, "profile": h.profile_id, "note": h.note, "member_count": h.member_count}


def member(m: Any) -> dict:
    from core import ids
    return {"id": m.id, "household_id": m.household_id, "name": m.name, "id_number": ids.mask(m.id_number),
            "insurance_type": m.insurance_type, "status": m.status, "region": m.region,
            "balance_fen": m.balance_fen, "prior_years_fen": m.prior_years_fen}


def binding(b: Any) -> dict:
    return {"id": b.id, "household_id": b.household_id, "authorizer_id": b.authorizer_id,
            "authorizer": b.authorizer_name, "user_id": b.user_id, "user": b.user_name, "relation": b.relation,
            "state": b.state, "position": b.position, "bound_at": _t(b.bound_at), "confirmed_at": _t(b.confirmed_at),
            "ended_at": _t(b.ended_at), "ended_by": b.ended_by, "period_start": _t(b.period_start),
            "period_end": _t(b.period_end), "commitment_signed": b.commitment_signed, "proofs": list(b.proofs),
            "initiated_by": b.initiated_by, "confirmed_by": b.confirmed_by, "partner_id": b.partner_id}


def split(s: Any) -> dict:
    return {"member_id": s.member_id, "name": s.member_name, "amount_fen": s.amount_fen, "own": s.own}


def transaction(t: Any) -> dict:
    return {"id": t.id, "kind": t.kind, "member_id": t.member_id, "member": t.member_name,
            "amount_fen": t.amount_fen, "out_of_pocket_fen": t.out_of_pocket_fen, "expense_kind": t.expense_kind,
            "note": t.note, "occurred_at": _t(t.occurred_at), "refund_of": t.refund_of_id,
            "refunded_fen": getattr(t, "refunded_fen", 0), "splits": [split(s) for s in t.splits]}


def order_entry(e: Any) -> dict:
    return {"rank": e.rank, "binding": e.binding.id, "authorizer_id": e.binding.authorizer_id,
            "account": e.binding.authorizer_name, "balance_fen": e.balance_fen,
            "prior_years_fen": e.prior_years_fen, "usable_fen": e.usable_fen}


def audit(e: Any) -> dict:
    return {"id": e.id, "at": _t(e.at), "actor": e.actor, "on_behalf_of": e.on_behalf_of, "action": e.action,
            "summary": e.summary}


def profile(p: Any) -> dict:
    return {"id": p.id, "name": p.display_name(), "order": p.order, "relations": list(p.relations),
            "max_users_per_authorizer": p.max_users_per_authorizer, "composition": dict(p.composition),
            "one_authorizer_per_user": p.one_authorizer_per_user, "min_retained_fen": p.min_retained_fen,
            "min_retained_reading": p.min_retained_reading, "shareable": p.shareable,
            "confirmation_relations": list(p.confirmation_relations),
            "two_way_relations": list(p.two_way_relations), "commitment_required": p.commitment_required,
            "proof_required": p.proof_required, "authorization_period": p.authorization_period,
            "sources": dict(p.param_sources)}
