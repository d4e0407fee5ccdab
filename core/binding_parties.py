"""Who applies and who confirms a binding, and the two-way binding (seed 004, Jiangsu).

Seed 004: "主账户提交申请后,需配偶登录APP → 在「授权绑定确认」中接受邀请 → 完成双向绑定". So the party who applied
(by default the authorizer, the 主账户) never confirms their own application: the *other* party does. Where the
profile says the relation is two-way, confirming also creates the other direction (the user's account for the
authorizer) — when the user has a personal account; a resident-insured user has none to share. Both directions
are linked (``partner_id``) and end together. Used by :class:`core.bindings.Bindings`.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from core.errors import RuleRefused
from core.i18n import tr
from core.profiles import Profile, relation_label
from core.schema import Binding

PARTIES = ("authorizer", "user")


def other_party(who: str | None) -> str:
    return "user" if who in (None, "authorizer") else "authorizer"


def party_name(b: Binding, who: str | None) -> str:
    return b.user.name if who == "user" else b.authorizer.name


def waiting_message(authorizer_name: str, user_name: str, initiated_by: str | None) -> str:
    """"Waiting for <the other party> to confirm." — never the one who applied."""
    return tr("Waiting for {name} to confirm.", name=user_name if other_party(initiated_by) == "user"
              else authorizer_name)


def applied_summary(authorizer_name: str, user_name: str, relation: str, initiated_by: str) -> str:
    if initiated_by == "authorizer":
        return tr("{a} applied for {u} to use {a}'s account ({relation}); waiting for {u} to confirm",
                  a=authorizer_name, u=user_name, relation=relation_label(relation))
    return tr("{u} asked to use {a}'s account ({relation}); waiting for {a} to confirm", u=user_name,
              a=authorizer_name, relation=relation_label(relation))


def check_confirmer(b: Binding, by: str | None) -> str:
    """The party who confirms ``b`` (the other one than who applied); refused if ``by`` is the applicant."""
    expected = other_party(b.initiated_by)
    if by is not None and by != expected:
        raise RuleRefused(tr("{applicant} applied for this binding, so {applicant} cannot confirm it; {other} "
                             "confirms it.", applicant=party_name(b, by), other=party_name(b, expected)))
    return expected


def reverse_binding(part, s: Session, profile: Profile, b: Binding, now) -> Binding | None:
    """Create the other direction of a two-way binding (the user's account for the authorizer), active at once.
    None when the user has no personal account. RuleRefused with every reason when the profile forbids it."""
    if b.user.account is None or b.user.insurance_type != "employee":
        return None
    problems = part._limit_problems(s, profile, b.user, b.authorizer, b.relation, exclude_id=b.id)
    if problems:
        raise RuleRefused(tr("The two-way binding cannot be completed: {why}", why=" ".join(problems)))
    rev = Binding(household_id=b.household_id, authorizer_id=b.user_id, user_id=b.authorizer_id,
                  relation=b.relation, state="active", position=part._next_position(s, b.authorizer_id),
                  bound_at=now, confirmed_at=now, period_start=b.period_start, period_end=b.period_end,
                  commitment_signed=b.commitment_signed, proofs=b.proofs,
                  # In the reverse direction the applicant (the authorizer of b) is the user.
                  initiated_by=other_party(b.initiated_by), confirmed_by=b.confirmed_by and other_party(b.confirmed_by),
                  partner_id=b.id)
    s.add(rev)
    s.flush()
    b.partner_id = rev.id
    return rev



def who_applies_and_confirms(view) -> tuple[str, str | None]:
    """For a :class:`core.views.BindingView`: who applied, and who must confirm (pending) or confirmed."""
    return view.applicant_name, view.confirmer_name
