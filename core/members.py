"""``col.members``: add, update, list, find members; reveal a full ID number (audited).

The module functions :func:`member_fields` and :func:`insert_member` are shared with ``col.bindings``
(``add_member_and_bind`` adds a person and binds them in one transaction).
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import ids
from core._base import Part
from core.reads import MemberReads
from core.errors import InvalidInput
from core.i18n import tr
from core.money import check_fen, format_fen
from core.schema import INSURANCE_TYPES, MEMBER_STATUSES, Account, Household, Member
from core.validate import check_choice, clean_text
from core.views import Changes, MemberView, OpResult


class Members(MemberReads, Part):
    """The members of the households (reads: :class:`core.reads.MemberReads`)."""

    @staticmethod
    def check_name(name: object) -> str:
        """A member's name as it will be stored, or InvalidInput with core's words (too long: the limit stated;
        invisible or control characters). No database: the add-member form calls it live, as it is typed."""
        return clean_name(name)

    def add(self, household_id: int, name: str, id_number: str, insurance_type: str, *,
                   status: str = "normal", region: str = "", person_number: str | None = None,
                   balance_fen: int = 0, prior_years_fen: int = 0) -> OpResult[MemberView]:
        v = member_fields(name, id_number, insurance_type, status=status, region=region,
                                person_number=person_number, balance_fen=balance_fen, prior_years_fen=prior_years_fen)
        with self.db.write() as s:
            m, changes = insert_member(self, s, household_id, v)
            view = self._member_view(m)
        return OpResult(view, changes, tr("{name} added.", name=v["name"]))

    def update(self, member_id: int, *, name: str | None = None, status: str | None = None,
                      region: str | None = None, person_number: str | None = None) -> OpResult[MemberView]:
        with self.db.write() as s:
            m = self._member(s, member_id)
            before = {"name": m.name, "status": m.status, "region": m.region}
            if name is not None:
                m.name = clean_name(name)
            if status is not None:
                m.status = check_choice(status, MEMBER_STATUSES, field="status", label=tr("insured status"))
            if region is not None:
                m.region = clean_text(region, field="region", label=tr("the region"), max_len=50, required=False)
            if person_number is not None:
                m.person_number = clean_text(person_number, field="person_number",
                                             label=tr("the insurance person number"), max_len=30,
                                             required=False) or None
            self._audit(s, "member.update", tr("Updated member {name}", name=m.name), household_id=m.household_id,
                        member_id=m.id, before=before)
            view = self._member_view(m)
            users = frozenset(b.user_id for b in self._open_bindings(s, household_id=m.household_id))
        return OpResult(view, Changes(members=frozenset({member_id}), orders=users, audit=True),
                        tr("{name} updated.", name=view.name))

    def reveal_id(self, member_id: int, *, reason: str = "") -> str:
        """The full ID number, for an explicit 'show' action. The reveal is written to the audit log."""
        return self.reveal_ids([member_id], reason=reason)[0]

    def reveal_ids(self, member_ids: list[int], *, reason: str = "") -> list[str]:
        """Several people's full ID numbers (e.g. both parties on a printed application), each reveal written to the
        audit log, all in one transaction: all are logged, or none is shown."""
        out = []
        with self.db.write() as s:
            for member_id in member_ids:
                m = self._member(s, member_id)
                self._audit(s, "member.reveal_id", tr("Showed the full ID number of {name}", name=m.name),
                            household_id=m.household_id, member_id=m.id, reason=reason[:200])
                out.append(m.id_number)
        return out


def clean_name(name: object) -> str:
    return clean_text(name, field="name", label=tr("the name"), max_len=50)


def member_fields(name: str, id_number: str, insurance_type: str, *, status: str = "normal", region: str = "",
                   person_number: str | None = None, balance_fen: int = 0, prior_years_fen: int = 0) -> dict:
    """add_member's arguments checked and cleaned (no database needed). Raises InvalidInput."""
    name = clean_name(name)
    number = ids.validate(id_number).number
    check_choice(insurance_type, INSURANCE_TYPES, field="insurance_type", label=tr("insurance type"))
    check_choice(status, MEMBER_STATUSES, field="status", label=tr("insured status"))
    region = clean_text(region, field="region", label=tr("the region"), max_len=50, required=False)
    if person_number is not None:
        person_number = clean_text(person_number, field="person_number", label=tr("the insurance person number"),
                                   max_len=30, required=False) or None
    balance_fen = check_fen(balance_fen, field="balance_fen", allow_zero=True)
    prior_years_fen = check_fen(prior_years_fen, field="prior_years_fen", allow_zero=True)
    if prior_years_fen > balance_fen:
        raise InvalidInput(tr("The prior-years part ({prior}) cannot be more than the balance ({balance}).",
                              prior=format_fen(prior_years_fen), balance=format_fen(balance_fen)),
                           field="prior_years_fen")
    if insurance_type != "employee" and balance_fen:
        raise InvalidInput(tr("Only employee-insured members have a personal account; a resident-insured member "
                              "cannot have a balance."), field="balance_fen")
    return dict(name=name, id_number=number, insurance_type=insurance_type, status=status, region=region,
                person_number=person_number, balance_fen=balance_fen, prior_years_fen=prior_years_fen)

def household_for_new_member(part: Part, s: Session, household_id: int, v: dict) -> Household:
    """The household a checked new member (``_member_fields``) would join; refused if the ID is already in it."""
    h = part._household(s, household_id)
    dup = s.scalar(select(Member).where(Member.household_id == household_id, Member.id_number == v["id_number"]))
    if dup is not None:
        raise InvalidInput(tr("{name} with this ID number is already in this household.", name=dup.name),
                           field="id_number")
    return h

def insert_member(part: Part, s: Session, household_id: int, v: dict) -> tuple[Member, Changes]:
    """Write a checked new member (``_member_fields``), its account and opening balance, and the audit entry."""
    h = household_for_new_member(part, s, household_id, v)
    name, number, insurance_type = v["name"], v["id_number"], v["insurance_type"]
    balance_fen, prior_years_fen = v["balance_fen"], v["prior_years_fen"]
    m = Member(household_id=h.id, name=name, id_number=number, insurance_type=insurance_type,
               status=v["status"], region=v["region"], person_number=v["person_number"], created_at=part.clock())
    s.add(m)
    s.flush()
    changes = Changes(households=frozenset({h.id}), members=frozenset({m.id}), audit=True)
    if insurance_type == "employee":
        acct = Account(member_id=m.id, balance_fen=0, prior_years_fen=0)
        s.add(acct)
        s.flush()
        if balance_fen:
            txn = part._new_txn(s, h.id, "adjustment", m.id, balance_fen, note=tr("opening balance"))
            part._post(s, txn, acct, [("current", balance_fen - prior_years_fen),
                                      ("prior", prior_years_fen)])
            changes = changes | Changes(transactions=frozenset({txn.id}), balances=frozenset({m.id}))
    part._audit(s, "member.add", tr("Added member {name} ({id})", name=name, id=ids.mask(number)),
                household_id=h.id, member_id=m.id)
    s.refresh(m)
    return m, changes