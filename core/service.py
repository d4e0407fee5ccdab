"""The operations API: every mutation the GUI and the CLI can make, each one database transaction.

Each mutation returns an :class:`OpResult` — the value it produced and :class:`Changes`, what it changed — so a
caller refreshes only the views that care. Reads return plain frozen view objects (never live ORM objects), so
they can cross threads. Setup changes (bind, unbind, confirm, reorder, rebind) can be undone and redone; the
undo stack lives here, not in the GUI.

The deduction rule itself is :mod:`core.rules`; this module only feeds it balances and bindings and writes what
it decided.
"""
from __future__ import annotations

import getpass
import json
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from core import ids, rules
from core.errors import InvalidInput, NotFound, RuleRefused
from core.i18n import tr
from core.money import MAX_FEN, check_fen, format_fen
from core.profiles import Profile, get_profile, relation_label
from core.schema import (EXPENSE_KINDS, INSURANCE_TYPES, MEMBER_STATUSES, Account, AuditEvent, Binding, Household,
                         LedgerEntry, Member, Transaction)
from core.store import Database, integrity_problems

T = TypeVar("T")
CST = timezone(timedelta(hours=8), "CST")
INELIGIBLE_EXPENSES = ("cash_withdrawal", "wellness")
PROOF_KINDS = ("household_register", "marriage_certificate", "birth_certificate", "other_proof")


def now_cst() -> datetime:
    """Now, as a naive datetime in China Standard Time (how the ledger stores time)."""
    return datetime.now(CST).replace(tzinfo=None)


def expense_label(kind: str) -> str:
    return {
        "outpatient": tr("outpatient"), "inpatient": tr("inpatient (self-pay part)"), "pharmacy": tr("pharmacy"),
        "premium": tr("relative's resident insurance premium"), "vaccine": tr("vaccination"),
        "long_term_care": tr("long-term care insurance"), "commercial_insurance": tr("inclusive commercial insurance"),
        "cash_withdrawal": tr("cash withdrawal"), "wellness": tr("wellness / fitness"), "other": tr("other expense"),
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


# ----------------------------------------------------------------------------------------------- result types

@dataclass(frozen=True)
class Changes:
    """What a mutation changed, by id. Views refresh when the ids they show appear here."""
    households: frozenset[int] = frozenset()
    members: frozenset[int] = frozenset()
    bindings: frozenset[int] = frozenset()
    #: Users (member ids) whose payment order changed.
    orders: frozenset[int] = frozenset()
    #: Members whose account balance changed.
    balances: frozenset[int] = frozenset()
    transactions: frozenset[int] = frozenset()
    audit: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(*(getattr(self, f) | getattr(other, f) for f in
                         ("households", "members", "bindings", "orders", "balances", "transactions")),
                       audit=self.audit or other.audit)

    @property
    def empty(self) -> bool:
        return self == Changes()


@dataclass(frozen=True)
class OpResult(Generic[T]):
    value: T
    changes: Changes
    #: One sentence for a status bar, in the user's language.
    message: str = ""


@dataclass(frozen=True)
class HouseholdView:
    id: int
    name: str
    profile_id: str
    note: str
    member_count: int

    @property
    def profile(self) -> Profile:
        return get_profile(self.profile_id)


@dataclass(frozen=True)
class MemberView:
    id: int
    household_id: int
    name: str
    id_number: str
    insurance_type: str
    status: str
    region: str
    person_number: str | None
    balance_fen: int | None
    prior_years_fen: int | None

    @property
    def masked_id(self) -> str:
        return ids.mask(self.id_number)

    @property
    def has_account(self) -> bool:
        return self.balance_fen is not None

    @property
    def current_year_fen(self) -> int | None:
        return None if self.balance_fen is None else self.balance_fen - (self.prior_years_fen or 0)


@dataclass(frozen=True)
class BindingView:
    id: int
    household_id: int
    authorizer_id: int
    authorizer_name: str
    user_id: int
    user_name: str
    relation: str
    state: str
    position: int
    bound_at: datetime
    confirmed_at: datetime | None
    ended_at: datetime | None
    ended_by: str | None
    period_start: date | None
    period_end: date | None
    commitment_signed: bool
    proofs: tuple[str, ...]

    def in_period(self, day: date) -> bool:
        return (self.period_start is None or self.period_start <= day) and \
            (self.period_end is None or day <= self.period_end)


@dataclass(frozen=True)
class OrderEntry:
    """One pooled account in a user's payment order."""
    binding: BindingView
    balance_fen: int
    prior_years_fen: int
    usable_fen: int
    rank: int  # 1 = charged first after the user's own account


@dataclass(frozen=True)
class Split:
    member_id: int
    member_name: str
    amount_fen: int
    own: bool


@dataclass(frozen=True)
class PaymentPreview:
    user: MemberView
    amount_fen: int
    splits: tuple[Split, ...]
    out_of_pocket_fen: int
    plan: rules.PaymentPlan


@dataclass(frozen=True)
class TxnView:
    id: int
    household_id: int
    kind: str
    member_id: int
    member_name: str
    amount_fen: int
    out_of_pocket_fen: int
    expense_kind: str | None
    note: str
    occurred_at: datetime
    recorded_at: datetime
    refund_of_id: int | None
    splits: tuple[Split, ...]
    refunded_fen: int = 0

    @property
    def refundable_fen(self) -> int:
        return self.amount_fen - self.refunded_fen if self.kind == "payment" else 0


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    actor: str
    on_behalf_of: str
    household_id: int | None
    action: str
    summary: str


# ----------------------------------------------------------------------------------------------- validation

#: Direction overrides and isolates: invisible, and they can make a name display as something else.
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(raw: object, *, field: str, label: str, max_len: int, required: bool = True,
               multiline: bool = False) -> str:
    """Normalise a typed text field: NFC, trimmed; no control characters; bounded length."""
    if raw is None:
        raw = ""
    if not isinstance(raw, str):
        raise InvalidInput(tr("{label} must be text.", label=label), field=field)
    s = unicodedata.normalize("NFC", raw).strip()
    for ch in s:
        cat = unicodedata.category(ch)
        if (cat in ("Cc", "Cs", "Co", "Cn") or ch in _BIDI_CONTROLS) and not (multiline and ch in "\n\t"):
            raise InvalidInput(tr("{label} contains an invisible control character; please retype it.", label=label),
                               field=field)
    if required and not s:
        raise InvalidInput(tr("Please enter {label}.", label=label), field=field)
    if len(s) > max_len:
        raise InvalidInput(tr("{label} is too long: at most {max} characters, this has {n}.", label=label,
                              max=max_len, n=len(s)), field=field)
    return s


def _check_choice(value: object, choices: Sequence[str], *, field: str, label: str) -> str:
    if value not in choices:
        raise InvalidInput(tr("{label} must be one of: {choices}.", label=label, choices=", ".join(choices)),
                           field=field)
    return value  # type: ignore[return-value]


def _check_day(value: object, field: str) -> date | None:
    """An authorization-period day: a date (a datetime counts as its day), or None."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    raise InvalidInput(tr("The start and end of the authorization period must be dates."), field=field)


def _check_id_int(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput(tr("{field} must be a positive whole number.", field=field), field=field)
    if value > 2**63 - 1:  # larger than any database integer (SQLite raised OverflowError)
        raise NotFound(tr("There is no {what} with number {id}.", what=field, id=value), field=field)
    return value


# ----------------------------------------------------------------------------------------------- undo

@dataclass(frozen=True)
class _UndoStep:
    label: str
    undo: Callable[[Session], Changes]
    redo: Callable[[Session], Changes]


# ----------------------------------------------------------------------------------------------- the service

class Gongji:
    """All operations on one ledger database. Not thread-safe by itself: the GUI calls it from one worker."""

    def __init__(self, db: Database, *, actor: str | None = None, clock: Callable[[], datetime] = now_cst):
        self.db = db
        try:
            default_actor = getpass.getuser()
        except Exception:  # pragma: no cover - no user name on this system
            default_actor = "?"
        self.actor = clean_text(actor if actor is not None else default_actor, field="actor", label=tr("operator"),
                                max_len=50)
        self.clock = clock
        self._undo: list[_UndoStep] = []
        self._redo: list[_UndoStep] = []

    # ------------------------------------------------------------------ helpers

    def _audit(self, s: Session, action: str, summary: str, *, household_id: int | None, on_behalf_of: str = "",
               **details: object) -> None:
        s.add(AuditEvent(at=self.clock(), actor=self.actor, on_behalf_of=on_behalf_of[:100],
                         household_id=household_id, action=action, summary=summary,
                         details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True)))

    @staticmethod
    def _get(s: Session, cls: type, obj_id: object, what: str):
        _check_id_int(obj_id, what)
        obj = s.get(cls, obj_id)
        if obj is None:
            raise NotFound(tr("There is no {what} with number {id}.", what=what, id=obj_id), field=what)
        return obj

    def _household(self, s: Session, hid: int) -> Household:
        return self._get(s, Household, hid, tr("household"))

    def _member(self, s: Session, mid: int) -> Member:
        return self._get(s, Member, mid, tr("member"))

    def _binding(self, s: Session, bid: int) -> Binding:
        return self._get(s, Binding, bid, tr("binding"))

    @staticmethod
    def _member_view(m: Member) -> MemberView:
        a = m.account
        return MemberView(id=m.id, household_id=m.household_id, name=m.name, id_number=m.id_number,
                          insurance_type=m.insurance_type, status=m.status, region=m.region,
                          person_number=m.person_number, balance_fen=a.balance_fen if a else None,
                          prior_years_fen=a.prior_years_fen if a else None)

    @staticmethod
    def _binding_view(b: Binding) -> BindingView:
        return BindingView(id=b.id, household_id=b.household_id, authorizer_id=b.authorizer_id,
                           authorizer_name=b.authorizer.name, user_id=b.user_id, user_name=b.user.name,
                           relation=b.relation, state=b.state, position=b.position, bound_at=b.bound_at,
                           confirmed_at=b.confirmed_at, ended_at=b.ended_at, ended_by=b.ended_by,
                           period_start=b.period_start, period_end=b.period_end,
                           commitment_signed=b.commitment_signed,
                           proofs=tuple(p for p in b.proofs.split(",") if p))

    def _push(self, step: _UndoStep) -> None:
        self._undo.append(step)
        self._redo.clear()

    # ------------------------------------------------------------------ households

    def create_household(self, name: str, profile_id: str = "national", note: str = "") -> OpResult[HouseholdView]:
        name = clean_text(name, field="name", label=tr("the household name"), max_len=100)
        note = clean_text(note, field="note", label=tr("the note"), max_len=500, required=False, multiline=True)
        profile = get_profile(profile_id)
        with self.db.write() as s:
            h = Household(name=name, profile_id=profile.id, note=note, created_at=self.clock())
            s.add(h)
            s.flush()
            self._audit(s, "household.create", tr("Created household {name} ({profile})", name=name,
                                                    profile=profile.display_name()), household_id=h.id,
                        profile=profile.id)
            view = HouseholdView(h.id, h.name, h.profile_id, h.note, 0)
        return OpResult(view, Changes(households=frozenset({view.id}), audit=True),
                        tr("Household {name} created.", name=name))

    def set_profile(self, household_id: int, profile_id: str) -> OpResult[HouseholdView]:
        """Change a household's region profile. Refused if current bindings break the new profile's limits."""
        profile = get_profile(profile_id)
        with self.db.write() as s:
            h = self._household(s, household_id)
            old = h.profile_id
            h.profile_id = profile.id
            s.flush()
            for b in self._open_bindings(s, household_id=household_id):
                problems = self._limit_problems(s, profile, b.authorizer, b.user, b.relation, exclude_id=b.id)
                if problems:
                    raise RuleRefused(tr("Cannot switch to {profile}: the binding {a} \u2192 {u} would break its "
                                         "rules: {why}", profile=profile.display_name(), a=b.authorizer.name,
                                         u=b.user.name, why=problems[0]))
            self._audit(s, "household.profile", tr("Policy profile of {name} changed from {old} to {new}",
                                                     name=h.name, old=get_profile(old).display_name(),
                                                     new=profile.display_name()),
                        household_id=h.id, old=old, new=profile.id)
            view = self._household_view(s, h)
            users = frozenset(b.user_id for b in self._open_bindings(s, household_id=household_id))
        return OpResult(view, Changes(households=frozenset({household_id}), orders=users, audit=True),
                        tr("Policy profile changed."))

    def _household_view(self, s: Session, h: Household) -> HouseholdView:
        n = s.scalar(select(func.count()).select_from(Member).where(Member.household_id == h.id)) or 0
        return HouseholdView(h.id, h.name, h.profile_id, h.note, n)

    def list_households(self) -> list[HouseholdView]:
        with self.db.read() as s:
            counts = dict(s.execute(select(Member.household_id, func.count()).group_by(Member.household_id)).all())
            return [HouseholdView(h.id, h.name, h.profile_id, h.note, counts.get(h.id, 0))
                    for h in s.scalars(select(Household).order_by(Household.id))]

    def household(self, household_id: int) -> HouseholdView:
        with self.db.read() as s:
            return self._household_view(s, self._household(s, household_id))

    def profile_of(self, household_id: int) -> Profile:
        return get_profile(self.household(household_id).profile_id)

    # ------------------------------------------------------------------ members

    def add_member(self, household_id: int, name: str, id_number: str, insurance_type: str, *,
                   status: str = "normal", region: str = "", person_number: str | None = None,
                   balance_fen: int = 0, prior_years_fen: int = 0) -> OpResult[MemberView]:
        v = self._member_fields(name, id_number, insurance_type, status=status, region=region,
                                person_number=person_number, balance_fen=balance_fen, prior_years_fen=prior_years_fen)
        with self.db.write() as s:
            m, changes = self._insert_member(s, household_id, v)
            view = self._member_view(m)
        return OpResult(view, changes, tr("{name} added.", name=v["name"]))

    @staticmethod
    def _member_fields(name: str, id_number: str, insurance_type: str, *, status: str = "normal", region: str = "",
                       person_number: str | None = None, balance_fen: int = 0, prior_years_fen: int = 0) -> dict:
        """add_member's arguments checked and cleaned (no database needed). Raises InvalidInput."""
        name = clean_text(name, field="name", label=tr("the name"), max_len=50)
        number = ids.validate(id_number).number
        _check_choice(insurance_type, INSURANCE_TYPES, field="insurance_type", label=tr("insurance type"))
        _check_choice(status, MEMBER_STATUSES, field="status", label=tr("insured status"))
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

    def _household_for_new_member(self, s: Session, household_id: int, v: dict) -> Household:
        """The household a checked new member (``_member_fields``) would join; refused if the ID is already in it."""
        h = self._household(s, household_id)
        dup = s.scalar(select(Member).where(Member.household_id == household_id, Member.id_number == v["id_number"]))
        if dup is not None:
            raise InvalidInput(tr("{name} with this ID number is already in this household.", name=dup.name),
                               field="id_number")
        return h

    def _insert_member(self, s: Session, household_id: int, v: dict) -> tuple[Member, Changes]:
        """Write a checked new member (``_member_fields``), its account and opening balance, and the audit entry."""
        h = self._household_for_new_member(s, household_id, v)
        name, number, insurance_type = v["name"], v["id_number"], v["insurance_type"]
        balance_fen, prior_years_fen = v["balance_fen"], v["prior_years_fen"]
        m = Member(household_id=h.id, name=name, id_number=number, insurance_type=insurance_type,
                   status=v["status"], region=v["region"], person_number=v["person_number"], created_at=self.clock())
        s.add(m)
        s.flush()
        changes = Changes(households=frozenset({h.id}), members=frozenset({m.id}), audit=True)
        if insurance_type == "employee":
            acct = Account(member_id=m.id, balance_fen=0, prior_years_fen=0)
            s.add(acct)
            s.flush()
            if balance_fen:
                txn = self._new_txn(s, h.id, "adjustment", m.id, balance_fen, note=tr("opening balance"))
                self._post(s, txn, acct, [("current", balance_fen - prior_years_fen),
                                          ("prior", prior_years_fen)])
                changes = changes | Changes(transactions=frozenset({txn.id}), balances=frozenset({m.id}))
        self._audit(s, "member.add", tr("Added member {name} ({id})", name=name, id=ids.mask(number)),
                    household_id=h.id, member_id=m.id)
        s.refresh(m)
        return m, changes

    def update_member(self, member_id: int, *, name: str | None = None, status: str | None = None,
                      region: str | None = None, person_number: str | None = None) -> OpResult[MemberView]:
        with self.db.write() as s:
            m = self._member(s, member_id)
            before = {"name": m.name, "status": m.status, "region": m.region}
            if name is not None:
                m.name = clean_text(name, field="name", label=tr("the name"), max_len=50)
            if status is not None:
                m.status = _check_choice(status, MEMBER_STATUSES, field="status", label=tr("insured status"))
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

    def list_members(self, household_id: int) -> list[MemberView]:
        with self.db.read() as s:
            self._household(s, household_id)
            rows = s.scalars(select(Member).where(Member.household_id == household_id).order_by(Member.id)).all()
            return [self._member_view(m) for m in rows]

    def member(self, member_id: int) -> MemberView:
        with self.db.read() as s:
            return self._member_view(self._member(s, member_id))

    def find_member(self, household_id: int, who: str) -> MemberView:
        """A member by id number (full), or by exact name (must be unique in the household)."""
        members = self.list_members(household_id)
        key = who.strip()
        try:
            number = ids.normalise(key)
        except InvalidInput:
            number = key
        hits = [m for m in members if m.id_number == number] or [m for m in members if m.name == key]
        if key.isascii() and key.isdigit() and not hits:  # not "²": isdigit() but int() refuses it
            hits = [m for m in members if m.id == int(key)]
        if not hits:
            raise NotFound(tr("No member \u201c{who}\u201d in this household.", who=key[:50]), field="member")
        if len(hits) > 1:
            raise InvalidInput(tr("More than one member is called \u201c{who}\u201d; use the ID number.", who=key),
                               field="member")
        return hits[0]

    def reveal_id(self, member_id: int, *, reason: str = "") -> str:
        """The full ID number, for an explicit 'show' action. The reveal is written to the audit log."""
        with self.db.write() as s:
            m = self._member(s, member_id)
            self._audit(s, "member.reveal_id", tr("Showed the full ID number of {name}", name=m.name),
                        household_id=m.household_id, member_id=m.id, reason=reason[:200])
            return m.id_number

    # ------------------------------------------------------------------ bindings: checks

    @staticmethod
    def _open_bindings(s: Session, *, household_id: int | None = None, authorizer_id: int | None = None,
                       user_id: int | None = None, with_authorizers: bool = False) -> list[Binding]:
        """Bindings not ended, in position order. ``with_authorizers`` loads each authorizer and their account in
        the same query (the payment path reads both for every binding)."""
        q = select(Binding).where(Binding.state != "ended")
        if with_authorizers:
            q = q.options(joinedload(Binding.authorizer).joinedload(Member.account))
        if household_id is not None:
            q = q.where(Binding.household_id == household_id)
        if authorizer_id is not None:
            q = q.where(Binding.authorizer_id == authorizer_id)
        if user_id is not None:
            q = q.where(Binding.user_id == user_id)
        return list(s.scalars(q.order_by(Binding.position, Binding.id)))

    def _limit_problems(self, s: Session, profile: Profile, authorizer: Member, user: Member, relation: str,
                        *, exclude_id: int | None = None) -> list[str]:
        """Every reason the profile refuses this binding, in plain words. Empty list: allowed."""
        problems: list[str] = []
        rel = relation_label(relation)
        if authorizer.insurance_type != "employee" or authorizer.account is None:
            problems.append(tr("{name} has resident insurance and therefore no personal account to share; only an "
                               "employee-insured member can authorize.", name=authorizer.name))
        elif authorizer.status != "normal":
            problems.append(tr("{name}'s employee insurance is suspended, so the account cannot be shared.",
                               name=authorizer.name))
        if user.status != "normal":
            problems.append(tr("{name} is not currently insured (status: suspended); only an insured person can use "
                               "a shared account.", name=user.name))
        if relation == "parent_in_law":
            problems.append(tr("Parents-in-law are not close relatives (近亲属) under the pooling rules, so they cannot "
                               "be bound."))
        elif relation not in profile.relations:
            allowed = ", ".join(relation_label(r) for r in profile.relations)
            problems.append(tr("Under {profile}, a {relation} cannot be bound; allowed: {allowed}.",
                               profile=profile.display_name(), relation=rel, allowed=allowed))
        info = ids.validate(user.id_number)
        if relation == "father" and not info.male:
            problems.append(tr("{name}'s ID number belongs to a woman, but the relation chosen is father.",
                               name=user.name))
        if relation == "mother" and info.male:
            problems.append(tr("{name}'s ID number belongs to a man, but the relation chosen is mother.", name=user.name))
        # A member not saved yet (id None, see check_add_member_and_bind) has no bindings.
        others = [b for b in self._open_bindings(s, authorizer_id=authorizer.id) if b.id != exclude_id] \
            if authorizer.id is not None else []
        if user.id is not None and any(b.user_id == user.id for b in others):
            problems.append(tr("{a} is already bound to {u}.", a=authorizer.name, u=user.name))
        if profile.one_authorizer_per_user and user.id is not None:
            current = [b for b in self._open_bindings(s, user_id=user.id) if b.id != exclude_id
                       and b.authorizer_id != authorizer.id]
            if current:
                problems.append(tr("Under {profile}, a user may have only one authorizer at a time, and {u} already "
                                   "uses {a}'s account. End that binding first.", profile=profile.display_name(),
                                   u=user.name, a=current[0].authorizer.name))
        mx = profile.max_users_per_authorizer
        if mx is not None and len(others) >= mx:
            problems.append(tr("{a} already shares with {n} people, the most {profile} allows.",
                               a=authorizer.name, n=len(others), profile=profile.display_name()))
        limit = profile.composition.get(relation)
        if limit is not None:
            same = sum(1 for b in others if b.relation == relation)
            if same >= limit:
                problems.append(tr("Under {profile}, {a} may share with at most {limit} {relation}; {n} already bound.",
                                   profile=profile.display_name(), a=authorizer.name, limit=limit, relation=rel,
                                   n=same))
        return problems

    def _bind_problems(self, s: Session, authorizer_id: int, user_id: int, relation: str, commitment_signed: bool,
                       proofs: Sequence[str], period_start: date | None, period_end: date | None
                       ) -> tuple[Profile, Member, Member, list[str]]:
        a = self._member(s, authorizer_id)
        u = self._member(s, user_id)
        profile, problems = self._pair_problems(s, a, u, relation, commitment_signed, proofs, period_start,
                                                period_end)
        return profile, a, u, problems

    def _pair_problems(self, s: Session, a: Member, u: Member, relation: str, commitment_signed: bool,
                       proofs: Sequence[str], period_start: date | None, period_end: date | None
                       ) -> tuple[Profile, list[str]]:
        """Every reason binding ``u`` to ``a``'s account is refused; either may be a member not saved yet."""
        if a is u or (a.id is not None and a.id == u.id):
            raise InvalidInput(tr("A person cannot be bound to themselves: their own account already pays first."),
                               field="user_id")
        if a.household_id != u.household_id:
            raise InvalidInput(tr("{a} and {u} are in different households.", a=a.name, u=u.name), field="user_id")
        from core.profiles import RELATIONS
        _check_choice(relation, RELATIONS, field="relation", label=tr("relation"))
        for p in proofs:
            _check_choice(p, PROOF_KINDS, field="proofs", label=tr("proof of relation"))
        if period_start and period_end and period_end < period_start:
            raise InvalidInput(tr("The authorization period ends ({end}) before it starts ({start}).",
                                  end=period_end.isoformat(), start=period_start.isoformat()), field="period_end")
        if period_end and period_end < self.clock().date():
            raise InvalidInput(tr("The authorization period ended already ({end}).", end=period_end.isoformat()),
                               field="period_end")
        profile = get_profile(s.get(Household, a.household_id).profile_id)
        problems = self._limit_problems(s, profile, a, u, relation)
        if profile.commitment_required and not commitment_signed:
            problems.append(tr("{profile} requires the signed commitment (承诺书) before binding.",
                               profile=profile.display_name()))
        if profile.proof_required and not proofs:
            problems.append(tr("{profile} requires proof of the relation (household register, marriage or birth "
                               "certificate).", profile=profile.display_name()))
        return profile, problems

    def check_bind(self, authorizer_id: int, user_id: int, relation: str, *, commitment_signed: bool = False,
                   proofs: Sequence[str] = (), period_start: date | None = None,
                   period_end: date | None = None) -> list[str]:
        """Why binding would be refused (empty: it would be accepted). Nothing is written."""
        period_start, period_end = _check_day(period_start, "period_start"), _check_day(period_end, "period_end")
        with self.db.read() as s:
            return self._bind_problems(s, authorizer_id, user_id, relation, commitment_signed, proofs,
                                       period_start, period_end)[3]

    # ------------------------------------------------------------------ bindings: mutations

    def _next_position(self, s: Session, user_id: int) -> int:
        return (s.scalar(select(func.max(Binding.position)).where(Binding.user_id == user_id,
                                                                   Binding.state != "ended")) or 0) + 1

    def _renumber(self, s: Session, user_id: int, order: Sequence[int] | None = None) -> None:
        """Make the user's open bindings' positions 1..n (in ``order`` if given, else their current order)."""
        open_b = self._open_bindings(s, user_id=user_id)
        by_id = {b.id: b for b in open_b}
        seq = [by_id[i] for i in order] if order is not None else open_b
        for pos, b in enumerate(seq, start=1):
            b.position = pos
        s.flush()

    def bind(self, authorizer_id: int, user_id: int, relation: str, *, commitment_signed: bool = False,
             proofs: Sequence[str] = (), period_start: date | None = None, period_end: date | None = None,
             on_behalf_of: str = "") -> OpResult[BindingView]:
        """Let ``user`` spend from ``authorizer``'s account. Refused with every reason if the profile forbids it.

        The binding is pending when the profile needs the other party's confirmation, else active at once.
        A new binding goes to the bottom of the user's manual list.
        """
        period_start, period_end = _check_day(period_start, "period_start"), _check_day(period_end, "period_end")
        with self.db.write() as s:
            a, u = self._member(s, authorizer_id), self._member(s, user_id)
            b = self._insert_binding(s, a, u, relation, commitment_signed, proofs, period_start, period_end,
                                     on_behalf_of)
            view = self._binding_view(b)
        return self._bound(view)

    def _insert_binding(self, s: Session, a: Member, u: Member, relation: str, commitment_signed: bool,
                        proofs: Sequence[str], period_start: date | None, period_end: date | None,
                        on_behalf_of: str) -> Binding:
        """Write the binding u → a's account and its audit entry; RuleRefused with every reason if not allowed."""
        profile, problems = self._pair_problems(s, a, u, relation, commitment_signed, proofs, period_start,
                                                period_end)
        if problems:
            raise RuleRefused("\n".join(problems))
        now = self.clock()
        pending = profile.needs_confirmation(relation)
        b = Binding(household_id=a.household_id, authorizer_id=a.id, user_id=u.id, relation=relation,
                    state="pending" if pending else "active", position=self._next_position(s, u.id),
                    bound_at=now, confirmed_at=None if pending else now, period_start=period_start,
                    period_end=period_end, commitment_signed=bool(commitment_signed), proofs=",".join(proofs))
        s.add(b)
        s.flush()
        summary = tr("{u} may now use {a}'s account ({relation})", u=u.name, a=a.name,
                     relation=relation_label(relation))
        if pending:
            summary = tr("{u} asked to use {a}'s account ({relation}); waiting for confirmation", u=u.name,
                         a=a.name, relation=relation_label(relation))
        self._audit(s, "binding.bind", summary, household_id=a.household_id, on_behalf_of=on_behalf_of,
                    binding_id=b.id, state=b.state)
        return b

    def _bound(self, view: BindingView) -> OpResult[BindingView]:
        """After a binding was written: its undo step, what changed and the message."""
        changes = Changes(bindings=frozenset({view.id}), orders=frozenset({view.user_id}), audit=True)
        bid = view.id
        self._push(_UndoStep(tr("bind {a} \u2192 {u}", a=view.authorizer_name, u=view.user_name),
                             undo=lambda s: self._set_state(s, bid, "ended", "undo"),
                             redo=lambda s: self._set_state(s, bid, view.state, None)))
        msg = tr("Waiting for {a} to confirm.", a=view.authorizer_name) if view.state == "pending" else \
            tr("{u} can now use {a}'s account.", u=view.user_name, a=view.authorizer_name)
        return OpResult(view, changes, msg)

    @staticmethod
    def _roles(new: Member, other: Member, new_is: str) -> tuple[Member, Member]:
        """(authorizer, user)."""
        return (new, other) if new_is == "authorizer" else (other, new)

    def _new_pair(self, s: Session, household_id: int, v: dict, other_member_id: int) -> tuple[Member, Member]:
        """(the new member, not saved, from checked details ``v``; the existing other member)."""
        h = self._household_for_new_member(s, household_id, v)
        other = self._member(s, other_member_id)  # in another household: _pair_problems refuses it
        m = Member(household_id=h.id, name=v["name"], id_number=v["id_number"], insurance_type=v["insurance_type"],
                   status=v["status"], region=v["region"], person_number=v["person_number"])
        if v["insurance_type"] == "employee":
            m.account = Account(balance_fen=v["balance_fen"], prior_years_fen=v["prior_years_fen"])
        return m, other

    def _new_pair_args(self, new_member: object, new_is: str, period_start: object, period_end: object
                       ) -> tuple[dict, date | None, date | None]:
        _check_choice(new_is, ("user", "authorizer"), field="new_is", label=tr("the new person's role"))
        try:
            if not isinstance(new_member, dict):
                raise TypeError(new_member)
            v = self._member_fields(**new_member)
        except TypeError:
            raise InvalidInput(tr("The new person's details are incomplete or have unknown fields."),
                               field="new_member") from None
        return v, _check_day(period_start, "period_start"), _check_day(period_end, "period_end")

    def check_add_member_and_bind(self, household_id: int, new_member: dict, other_member_id: int, relation: str,
                                  *, new_is: str = "user", commitment_signed: bool = False, proofs: Sequence[str] = (),
                                  period_start: date | None = None, period_end: date | None = None) -> list[str]:
        """Why :meth:`add_member_and_bind` would refuse the binding (empty: it would be made). Nothing is written.

        Bad details of the new person raise InvalidInput, as add_member would."""
        v, period_start, period_end = self._new_pair_args(new_member, new_is, period_start, period_end)
        with self.db.read() as s:
            a, u = self._roles(*self._new_pair(s, household_id, v, other_member_id), new_is)
            return self._pair_problems(s, a, u, relation, commitment_signed, proofs, period_start, period_end)[1]

    def add_member_and_bind(self, household_id: int, new_member: dict, other_member_id: int, relation: str, *,
                            new_is: str = "user", commitment_signed: bool = False, proofs: Sequence[str] = (),
                            period_start: date | None = None, period_end: date | None = None,
                            on_behalf_of: str = "") -> OpResult[tuple[MemberView, BindingView]]:
        """Add a new person (``new_member``: add_member's keyword arguments) and bind them to an existing member,
        in ONE transaction: if the binding is refused, the person is not added either — nothing changes.

        ``new_is`` says whether the new person is the "user" (pays with ``other_member_id``'s account) or the
        "authorizer" (shares their own account with ``other_member_id``); ``relation`` is, as in :meth:`bind`, what
        the user is to the authorizer. Undo ends the binding (the person stays, as after add_member)."""
        v, period_start, period_end = self._new_pair_args(new_member, new_is, period_start, period_end)
        with self.db.write() as s:
            new, other = self._new_pair(s, household_id, v, other_member_id)
            # Check before writing anything (a refusal after the insert would roll it back too).
            problems = self._pair_problems(s, *self._roles(new, other, new_is), relation, commitment_signed, proofs,
                                           period_start, period_end)[1]
            if problems:
                raise RuleRefused("\n".join(problems))
            m, member_changes = self._insert_member(s, household_id, v)
            a, u = self._roles(m, other, new_is)
            b = self._insert_binding(s, a, u, relation, commitment_signed, proofs, period_start, period_end,
                                     on_behalf_of)
            member_view, binding_view = self._member_view(m), self._binding_view(b)
        bound = self._bound(binding_view)
        return OpResult((member_view, binding_view), member_changes | bound.changes,
                        tr("{name} added.", name=member_view.name) + " " + bound.message)

    def _set_state(self, s: Session, binding_id: int, state: str, ended_by: str | None,
                   restore_order: Sequence[int] | None = None) -> Changes:
        """Move a binding to ``state`` (undo/redo). Re-opening re-checks the profile's limits and, given
        ``restore_order``, puts the user's list back the way it was (when it still holds the same bindings)."""
        b = self._binding(s, binding_id)
        if (b.state, state) not in (("ended", "pending"), ("ended", "active"), ("pending", "active"),
                                    ("pending", "ended"), ("active", "ended")):
            raise RuleRefused(self._changed_since(b))
        if state != "ended":
            profile = get_profile(s.get(Household, b.household_id).profile_id)
            problems = self._limit_problems(s, profile, b.authorizer, b.user, b.relation, exclude_id=b.id)
            if problems:
                raise RuleRefused(problems[0])
            if b.state == "ended":  # re-opened: to the bottom unless restore_order says otherwise
                b.position = self._next_position(s, b.user_id)
            b.state, b.ended_at, b.ended_by = state, None, None
            if state == "active" and b.confirmed_at is None:
                b.confirmed_at = self.clock()
        else:
            b.state, b.ended_at, b.ended_by = "ended", self.clock(), ended_by
        s.flush()
        open_ids = sorted(x.id for x in self._open_bindings(s, user_id=b.user_id))
        self._renumber(s, b.user_id, restore_order if restore_order and sorted(restore_order) == open_ids else None)
        self._audit(s, "binding.state", tr("Binding {a} \u2192 {u} is now {state}", a=b.authorizer.name,
                                            u=b.user.name, state=state_label(state)),
                    household_id=b.household_id, binding_id=b.id, state=state)
        return Changes(bindings=frozenset({b.id}), orders=frozenset({b.user_id}), audit=True)

    @staticmethod
    def _changed_since(b: Binding) -> str:
        return tr("The binding {a} \u2192 {u} has changed since (it is now {state}); this step can no longer be "
                  "undone or redone.", a=b.authorizer.name, u=b.user.name, state=state_label(b.state))

    def confirm(self, binding_id: int, *, on_behalf_of: str = "") -> OpResult[BindingView]:
        """The other party accepts a pending binding."""
        with self.db.write() as s:
            b = self._binding(s, binding_id)
            if b.state != "pending":
                raise RuleRefused(tr("This binding is not waiting for confirmation (it is {state}).",
                                     state=state_label(b.state)))
            b.state, b.confirmed_at = "active", self.clock()
            self._audit(s, "binding.confirm", tr("{a} confirmed that {u} may use the account", a=b.authorizer.name,
                                                  u=b.user.name), household_id=b.household_id,
                        on_behalf_of=on_behalf_of, binding_id=b.id)
            s.flush()
            view = self._binding_view(b)

        def undo(s: Session) -> Changes:
            b = self._binding(s, binding_id)
            if b.state != "active":
                raise RuleRefused(self._changed_since(b))
            b.state, b.confirmed_at = "pending", None
            self._audit(s, "binding.state", tr("Confirmation of {a} \u2192 {u} undone", a=b.authorizer.name,
                                                u=b.user.name), household_id=b.household_id, binding_id=b.id)
            return Changes(bindings=frozenset({b.id}), orders=frozenset({b.user_id}), audit=True)

        self._push(_UndoStep(tr("confirm {a} \u2192 {u}", a=view.authorizer_name, u=view.user_name), undo=undo,
                             redo=lambda s: self._set_state(s, binding_id, "active", None)))
        return OpResult(view, Changes(bindings=frozenset({binding_id}), orders=frozenset({view.user_id}),
                                      audit=True), tr("Binding confirmed."))

    def unbind(self, binding_id: int, *, ended_by: str = "authorizer", on_behalf_of: str = "") -> OpResult[BindingView]:
        """End a binding (the authorizer or the user may). History is kept: nothing is deleted.

        A pending binding that is ended counts as withdrawn."""
        _check_choice(ended_by, ("authorizer", "user"), field="ended_by", label=tr("who ends it"))
        with self.db.write() as s:
            b = self._binding(s, binding_id)
            if b.state == "ended":
                raise RuleRefused(tr("This binding has already ended."))
            prev = b.state
            prev_order = [x.id for x in self._open_bindings(s, user_id=b.user_id)]
            who = "withdrawn" if prev == "pending" else ended_by
            b.state, b.ended_at, b.ended_by = "ended", self.clock(), who
            s.flush()
            self._renumber(s, b.user_id)
            self._audit(s, "binding.unbind", tr("{u} can no longer use {a}'s account ({who})", u=b.user.name,
                                                 a=b.authorizer.name, who=ended_by_label(who)),
                        household_id=b.household_id, on_behalf_of=on_behalf_of, binding_id=b.id)
            view = self._binding_view(b)
        self._push(_UndoStep(tr("unbind {a} \u2192 {u}", a=view.authorizer_name, u=view.user_name),
                             undo=lambda s: self._set_state(s, binding_id, prev, None, prev_order),
                             redo=lambda s: self._set_state(s, binding_id, "ended", who)))
        return OpResult(view, Changes(bindings=frozenset({binding_id}), orders=frozenset({view.user_id}),
                                      audit=True),
                        tr("{u} can no longer use {a}'s account.", u=view.user_name, a=view.authorizer_name))

    def rebind_to_front(self, binding_id: int, *, on_behalf_of: str = "") -> OpResult[BindingView]:
        """Under "most recently bound first": end the binding and bind again, so it pays first. One transaction."""
        with self.db.write() as s:
            old = self._binding(s, binding_id)
            if old.state != "active":
                raise RuleRefused(tr("Only an active binding can be re-bound."))
            profile = get_profile(s.get(Household, old.household_id).profile_id)
            prev_order = [b.id for b in self._open_bindings(s, user_id=old.user_id)]
            now = self.clock()
            old.state, old.ended_at, old.ended_by = "ended", now, "rebind"
            s.flush()
            problems = self._limit_problems(s, profile, old.authorizer, old.user, old.relation)
            if problems:
                raise RuleRefused(problems[0])
            new = Binding(household_id=old.household_id, authorizer_id=old.authorizer_id, user_id=old.user_id,
                          relation=old.relation, state="active", position=0, bound_at=now, confirmed_at=now,
                          period_start=old.period_start, period_end=old.period_end,
                          commitment_signed=old.commitment_signed, proofs=old.proofs)
            s.add(new)
            s.flush()
            self._renumber(s, old.user_id, [new.id] + [b.id for b in self._open_bindings(s, user_id=old.user_id)
                                                       if b.id != new.id])
            self._audit(s, "binding.rebind", tr("{a}'s account re-bound for {u} so that it pays first",
                                                 a=old.authorizer.name, u=old.user.name),
                        household_id=old.household_id, on_behalf_of=on_behalf_of, old_binding_id=old.id,
                        new_binding_id=new.id)
            view = self._binding_view(new)
        new_id = view.id

        front_order = [new_id] + [i for i in prev_order if i != binding_id]

        def undo(s: Session) -> Changes:
            return self._set_state(s, new_id, "ended", "undo") | self._set_state(s, binding_id, "active", None,
                                                                                 prev_order)

        def redo(s: Session) -> Changes:
            return self._set_state(s, binding_id, "ended", "rebind") | self._set_state(s, new_id, "active", None,
                                                                                       front_order)

        self._push(_UndoStep(tr("re-bind {a} \u2192 {u}", a=view.authorizer_name, u=view.user_name), undo, redo))
        return OpResult(view, Changes(bindings=frozenset({binding_id, new_id}), orders=frozenset({view.user_id}),
                                      audit=True),
                        tr("{a}'s account now pays first for {u}.", a=view.authorizer_name, u=view.user_name))

    def list_bindings(self, household_id: int, *, include_ended: bool = True) -> list[BindingView]:
        with self.db.read() as s:
            self._household(s, household_id)
            q = select(Binding).where(Binding.household_id == household_id)
            if not include_ended:
                q = q.where(Binding.state != "ended")
            return [self._binding_view(b) for b in s.scalars(q.order_by(Binding.bound_at, Binding.id))]

    def binding(self, binding_id: int) -> BindingView:
        with self.db.read() as s:
            return self._binding_view(self._binding(s, binding_id))

    # ------------------------------------------------------------------ payment order

    def _pooled_for(self, s: Session, user: Member) -> tuple[Profile, list[tuple[Binding, rules.Pooled]]]:
        profile = get_profile(user.household.profile_id)
        today = self.clock().date()
        out = []
        for b in self._open_bindings(s, user_id=user.id, with_authorizers=True):
            a = b.authorizer
            in_period = (b.period_start is None or b.period_start <= today) and \
                (b.period_end is None or today <= b.period_end)  # as BindingView.in_period
            if b.state != "active" or not in_period or a.account is None or a.status != "normal":
                continue
            out.append((b, rules.Pooled(id=str(a.id), balance_fen=a.account.balance_fen, bound_at=b.bound_at,
                                        position=b.position, prior_years_fen=a.account.prior_years_fen)))
        return profile, out

    def payment_order(self, user_id: int) -> list[OrderEntry]:
        """The user's pooled accounts in the order they are charged (after the user's own account)."""
        with self.db.read() as s:
            user = self._member(s, user_id)
            profile, pooled = self._pooled_for(s, user)
            by_acct = {p.id: (b, p) for b, p in pooled}
            ordered = rules.charge_order(profile.policy, [p for _, p in pooled])
            return [OrderEntry(binding=self._binding_view(by_acct[p.id][0]), balance_fen=p.balance_fen,
                               prior_years_fen=p.prior_years_fen or 0,
                               usable_fen=rules.usable_fen(profile.policy, p), rank=i)
                    for i, p in enumerate(ordered, start=1)]

    def reorder(self, user_id: int, binding_ids: Sequence[int]) -> OpResult[list[int]]:
        """Set the user's manual order (top pays first). Only under a profile with the manual order."""
        ids_ = [_check_id_int(b, "binding_ids") for b in binding_ids]
        with self.db.write() as s:
            user = self._member(s, user_id)
            profile = get_profile(s.get(Household, user.household_id).profile_id)
            if not profile.reorderable:
                raise RuleRefused(self.locked_order_reason(profile))
            old = [b.id for b in self._open_bindings(s, user_id=user_id)]
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

        self._push(_UndoStep(tr("reorder payment order of {u}", u=uname), undo=apply(old), redo=apply(list(ids_))))
        return OpResult(list(ids_), Changes(orders=frozenset({user_id}), audit=True),
                        tr("Payment order saved."))

    def move(self, user_id: int, binding_id: int, to_index: int) -> OpResult[list[int]]:
        """Move one binding to 0-based ``to_index`` in the user's manual order."""
        current = [b.id for b in self._open_order(user_id)]  # already in position order
        if binding_id not in current:
            raise NotFound(tr("This binding is not in the payment order."), field="binding_id")
        if isinstance(to_index, bool) or not isinstance(to_index, int) or not 0 <= to_index < len(current):
            raise InvalidInput(tr("Position {pos} is outside the list (1 to {n}).", pos=to_index + 1
                                  if isinstance(to_index, int) else to_index, n=len(current)), field="to_index")
        current.remove(binding_id)
        current.insert(to_index, binding_id)
        return self.reorder(user_id, current)

    def _open_order(self, user_id: int) -> list[BindingView]:
        with self.db.read() as s:
            return [self._binding_view(b) for b in self._open_bindings(s, user_id=user_id)]

    @staticmethod
    def locked_order_reason(profile: Profile) -> str:
        if profile.order == "bind_time":
            return tr("Under {profile} the most recently bound account pays first and the order cannot be changed by "
                      "hand. To move someone to the front, re-bind them.", profile=profile.display_name())
        if profile.order == "balance":
            return tr("Under {profile} the account with the most usable balance pays first; the order follows the "
                      "balances and cannot be changed by hand.", profile=profile.display_name())
        return ""

    # ------------------------------------------------------------------ money

    def _new_txn(self, s: Session, household_id: int, kind: str, member_id: int, amount_fen: int, *,
                 out_of_pocket_fen: int = 0, expense_kind: str | None = None, note: str = "",
                 occurred_at: datetime | None = None, refund_of_id: int | None = None) -> Transaction:
        now = self.clock()
        txn = Transaction(household_id=household_id, kind=kind, member_id=member_id, amount_fen=amount_fen,
                          out_of_pocket_fen=out_of_pocket_fen, expense_kind=expense_kind, note=note,
                          occurred_at=occurred_at or now, recorded_at=now, refund_of_id=refund_of_id,
                          operator=self.actor)
        s.add(txn)
        s.flush()
        return txn

    @staticmethod
    def _post(s: Session, txn: Transaction, acct: Account, parts: Iterable[tuple[str, int]],
              seq_start: int | None = None) -> int:
        """Write ledger entries for one account and move its balance. Returns the next seq number.

        The writes stay pending in the session: a payment split over several accounts sends them all in one flush
        (the next query autoflushes, the commit flushes the rest). The balance check below runs here, first."""
        seq = seq_start if seq_start is not None else (s.scalar(select(func.count()).select_from(LedgerEntry)
                                                                .where(LedgerEntry.txn_id == txn.id)) or 0)
        for part, amount in parts:
            if amount == 0:
                continue
            s.add(LedgerEntry(txn_id=txn.id, account_id=acct.id, seq=seq, part=part, amount_fen=amount))
            seq += 1
            acct.balance_fen += amount
            if part == "prior":
                acct.prior_years_fen += amount
        if acct.balance_fen < 0 or acct.prior_years_fen < 0 or acct.prior_years_fen > acct.balance_fen:
            raise RuleRefused(tr("This would leave an account below zero; nothing was recorded."))
        return seq

    @staticmethod
    def _debit_parts(acct: Account, amount: int, prior_only: bool) -> list[tuple[str, int]]:
        """How a charge is taken from the current-year and prior-years parts (current first unless prior only)."""
        if prior_only:
            return [("prior", -amount)]
        current = acct.balance_fen - acct.prior_years_fen
        from_current = min(current, amount)
        return [("current", -from_current), ("prior", -(amount - from_current))]

    def _check_occurred(self, occurred_at: datetime | None) -> datetime | None:
        if occurred_at is None:
            return None
        if not isinstance(occurred_at, datetime):
            raise InvalidInput(tr("The date must be a date and time."), field="occurred_at")
        if occurred_at.tzinfo is not None:
            occurred_at = occurred_at.astimezone(CST).replace(tzinfo=None)
        if occurred_at > self.clock() + timedelta(minutes=5):
            raise InvalidInput(tr("The date {d} is in the future.", d=occurred_at.strftime("%Y-%m-%d %H:%M")),
                               field="occurred_at")
        if occurred_at.year < 2000:
            raise InvalidInput(tr("The date {d} is too far in the past.", d=occurred_at.strftime("%Y-%m-%d")),
                               field="occurred_at")
        return occurred_at

    def _check_expense(self, expense_kind: str) -> str:
        if expense_kind in INELIGIBLE_EXPENSES:
            raise RuleRefused(tr("{kind} cannot be paid from a personal account or a shared account.",
                                 kind=expense_label(expense_kind)), field="expense_kind")
        return _check_choice(expense_kind, EXPENSE_KINDS, field="expense_kind", label=tr("expense kind"))

    def _payer(self, s: Session, user_id: int) -> Member:
        """The member with their account and household in one query (the payment path needs all three)."""
        _check_id_int(user_id, tr("member"))
        user = s.get(Member, user_id, options=(joinedload(Member.account), joinedload(Member.household)))
        return user if user is not None else self._member(s, user_id)  # not found: the usual message

    def _plan(self, s: Session, user: Member, amount_fen: int) -> tuple[Profile, rules.PaymentPlan]:
        profile, plan, _ = self._plan_with_members(s, user, amount_fen)
        return profile, plan

    def _plan_with_members(self, s: Session, user: Member, amount_fen: int
                           ) -> tuple[Profile, rules.PaymentPlan, dict[int, Member]]:
        """The plan, and the loaded members (with accounts) it may charge by id: the payer and each authorizer."""
        if user.status != "normal":
            raise RuleRefused(tr("{name}'s insurance is suspended; medical insurance cannot pay for them now.",
                                 name=user.name))
        profile, pooled = self._pooled_for(s, user)
        own = user.account.balance_fen if user.account is not None else 0
        members = {user.id: user} | {b.authorizer_id: b.authorizer for b, _ in pooled}
        return profile, rules.plan_payment(profile.policy, str(user.id), own, [p for _, p in pooled],
                                           amount_fen), members

    def _splits(self, s: Session, user_id: int, deductions: Iterable[rules.Deduction]) -> tuple[Split, ...]:
        out = []
        for d in deductions:
            m = s.get(Member, int(d.account))
            out.append(Split(member_id=m.id, member_name=m.name, amount_fen=d.amount_fen, own=m.id == user_id))
        return tuple(out)

    def preview_payment(self, user_id: int, amount_fen: int) -> PaymentPreview:
        """Exactly how a payment would be covered now. Nothing is written."""
        amount_fen = check_fen(amount_fen, field="amount_fen")
        with self.db.read() as s:
            user = self._member(s, user_id)
            _, plan = self._plan(s, user, amount_fen)
            return PaymentPreview(user=self._member_view(user), amount_fen=amount_fen,
                                  splits=self._splits(s, user.id, plan.deductions),
                                  out_of_pocket_fen=plan.out_of_pocket_fen, plan=plan)

    def pay(self, user_id: int, amount_fen: int, expense_kind: str = "outpatient", *, note: str = "",
            occurred_at: datetime | None = None) -> OpResult[TxnView]:
        """Record a payment: own account, then pooled accounts in order, then out of pocket. One transaction."""
        amount_fen = check_fen(amount_fen, field="amount_fen")
        expense_kind = self._check_expense(expense_kind)
        note = clean_text(note, field="note", label=tr("the note"), max_len=500, required=False, multiline=True)
        occurred_at = self._check_occurred(occurred_at)
        with self.db.write() as s:
            user = self._payer(s, user_id)
            profile, plan, members = self._plan_with_members(s, user, amount_fen)
            txn = self._new_txn(s, user.household_id, "payment", user.id, amount_fen,
                                out_of_pocket_fen=plan.out_of_pocket_fen, expense_kind=expense_kind, note=note,
                                occurred_at=occurred_at)
            seq = 0
            touched = set()
            per: dict[int, int] = {}
            for d in plan.deductions:
                m = members[int(d.account)]  # loaded with its account by _plan_with_members (no query)
                prior_only = m.id != user.id and profile.shareable == "prior_years"
                seq = self._post(s, txn, m.account, self._debit_parts(m.account, d.amount_fen, prior_only), seq)
                touched.add(m.id)
                per[m.id] = per.get(m.id, 0) + d.amount_fen
            s.flush()  # all ledger entries and balance updates at once
            # The view from what was just written (what _txn_view would read back; a new payment has no refunds).
            splits = tuple(Split(mid, members[mid].name, amt, mid == user.id) for mid, amt in per.items())
            view = TxnView(id=txn.id, household_id=txn.household_id, kind=txn.kind, member_id=txn.member_id,
                           member_name=user.name, amount_fen=txn.amount_fen, out_of_pocket_fen=txn.out_of_pocket_fen,
                           expense_kind=txn.expense_kind, note=txn.note, occurred_at=txn.occurred_at,
                           recorded_at=txn.recorded_at, refund_of_id=txn.refund_of_id, splits=splits,
                           refunded_fen=0)
        return OpResult(view, Changes(balances=frozenset(touched), transactions=frozenset({view.id}),
                                      orders=frozenset({user_id}) if profile.order == "balance" else frozenset()),
                        tr("Payment of {amount} recorded.", amount=format_fen(amount_fen)))

    def _payment_plans(self, s: Session, payment: Transaction) -> tuple[rules.PaymentPlan, list[rules.RefundPlan]]:
        def grouped(entries: Iterable[LedgerEntry], sign: int) -> tuple[rules.Deduction, ...]:
            order: dict[str, int] = {}
            for e in entries:
                key = str(s.get(Account, e.account_id).member_id)
                order[key] = order.get(key, 0) + sign * e.amount_fen
            return tuple(rules.Deduction(k, v) for k, v in order.items())

        plan = rules.PaymentPlan(amount_fen=payment.amount_fen, deductions=grouped(payment.entries, -1),
                                 out_of_pocket_fen=payment.out_of_pocket_fen)
        refunds = s.scalars(select(Transaction).where(Transaction.refund_of_id == payment.id)
                            .order_by(Transaction.id)).all()
        done = [rules.RefundPlan(amount_fen=r.amount_fen, returns=grouped(r.entries, 1),
                                 out_of_pocket_fen=r.out_of_pocket_fen) for r in refunds]
        return plan, done

    def refund(self, payment_id: int, amount_fen: int | None = None, *, note: str = "",
               occurred_at: datetime | None = None) -> OpResult[TxnView]:
        """Refund (退费) all or part of a payment back to where it came from (原路返回).

        A partial refund unwinds in reverse order of charging: out of pocket first, the user's own account last.
        """
        note = clean_text(note, field="note", label=tr("the note"), max_len=500, required=False, multiline=True)
        occurred_at = self._check_occurred(occurred_at)
        with self.db.write() as s:
            pay = self._get(s, Transaction, payment_id, tr("payment"))
            if pay.kind != "payment":
                raise InvalidInput(tr("Only a payment can be refunded; record {id} is a {kind}.", id=pay.id,
                                      kind=pay.kind), field="payment_id")
            if occurred_at is not None and occurred_at < pay.occurred_at:
                raise InvalidInput(tr("The refund date {d} is before the payment it refunds ({p}).",
                                      d=occurred_at.strftime("%Y-%m-%d %H:%M"),
                                      p=pay.occurred_at.strftime("%Y-%m-%d %H:%M")), field="occurred_at")
            plan, done = self._payment_plans(s, pay)
            remaining = pay.amount_fen - sum(r.amount_fen for r in done)
            if amount_fen is None:
                if remaining == 0:
                    raise RuleRefused(tr("This payment has already been refunded in full."))
                amount_fen = remaining
            amount_fen = check_fen(amount_fen, field="amount_fen")
            try:
                refund = rules.plan_refund(plan, amount_fen, done)
            except InvalidInput as exc:  # say it to a person: no "amount_fen:" prefix
                raise InvalidInput(exc.detail, field="amount_fen") from None
            txn = self._new_txn(s, pay.household_id, "refund", pay.member_id, amount_fen,
                                out_of_pocket_fen=refund.out_of_pocket_fen, expense_kind=pay.expense_kind,
                                note=note, occurred_at=occurred_at, refund_of_id=pay.id)
            seq = 0
            touched = set()
            for r in refund.returns:
                acct = s.scalar(select(Account).where(Account.member_id == int(r.account)))
                seq = self._post(s, txn, acct, self._refund_parts(s, pay, acct, r.amount_fen), seq)
                touched.add(int(r.account))
            view = self._txn_view(s, txn)
        return OpResult(view, Changes(balances=frozenset(touched), transactions=frozenset({view.id, payment_id})),
                        tr("Refund of {amount} recorded.", amount=format_fen(amount_fen)))

    @staticmethod
    def _refund_parts(s: Session, pay: Transaction, acct: Account, amount: int) -> list[tuple[str, int]]:
        """Give ``amount`` back to the parts it was taken from, the last-taken part first."""
        taken: dict[str, int] = {"current": 0, "prior": 0}
        seq_order: list[str] = []
        for e in pay.entries:
            if e.account_id == acct.id:
                taken[e.part] += -e.amount_fen
                seq_order.append(e.part)
        refunds = s.scalars(select(LedgerEntry).join(Transaction).where(Transaction.refund_of_id == pay.id,
                                                                        LedgerEntry.account_id == acct.id)).all()
        for e in refunds:
            taken[e.part] -= e.amount_fen
        out = []
        rest = amount
        for part in reversed(list(dict.fromkeys(seq_order))):
            give = min(taken[part], rest)
            if give > 0:
                out.append((part, give))
                rest -= give
        if rest:
            raise RuleRefused(tr("The refund does not match what was taken from this account."))
        return out

    def credit(self, member_id: int, amount_fen: int, *, part: str = "current", note: str = "",
               occurred_at: datetime | None = None) -> OpResult[TxnView]:
        """A contribution into a personal account (划入)."""
        amount_fen = check_fen(amount_fen, field="amount_fen")
        _check_choice(part, ("current", "prior"), field="part", label=tr("account part"))
        note = clean_text(note, field="note", label=tr("the note"), max_len=500, required=False, multiline=True)
        occurred_at = self._check_occurred(occurred_at)
        with self.db.write() as s:
            m = self._member(s, member_id)
            if m.account is None:
                raise RuleRefused(tr("{name} has resident insurance and no personal account to credit.", name=m.name))
            txn = self._new_txn(s, m.household_id, "credit", m.id, amount_fen, note=note, occurred_at=occurred_at)
            self._post(s, txn, m.account, [(part, amount_fen)], 0)
            view = self._txn_view(s, txn)
        return OpResult(view, Changes(balances=frozenset({member_id}), transactions=frozenset({view.id})),
                        tr("{amount} credited to {name}.", amount=format_fen(amount_fen), name=view.member_name))

    def adjust(self, member_id: int, delta_fen: int, *, note: str, part: str = "current") -> OpResult[TxnView]:
        """Correct a balance (to match the official statement). A reason is required."""
        delta_fen = check_fen(delta_fen, field="delta_fen", allow_negative=True)
        _check_choice(part, ("current", "prior"), field="part", label=tr("account part"))
        note = clean_text(note, field="note", label=tr("the reason"), max_len=500, multiline=True)
        with self.db.write() as s:
            m = self._member(s, member_id)
            if m.account is None:
                raise RuleRefused(tr("{name} has resident insurance and no personal account.", name=m.name))
            txn = self._new_txn(s, m.household_id, "adjustment", m.id, delta_fen, note=note)
            self._post(s, txn, m.account, [(part, delta_fen)], 0)
            view = self._txn_view(s, txn)
        return OpResult(view, Changes(balances=frozenset({member_id}), transactions=frozenset({view.id})),
                        tr("Balance of {name} corrected.", name=view.member_name))

    # ------------------------------------------------------------------ reading history

    def _txn_view(self, s: Session, t: Transaction) -> TxnView:
        return self._txn_views(s, [t])[0]

    #: Ids per IN (...) list: well under SQLite's bound-parameter limit.
    _IN_CHUNK = 500

    def _txn_views(self, s: Session, txns: Sequence[Transaction]) -> list[TxnView]:
        """Views of several transactions in three queries in all (entries with their accounts' members, refunded
        sums, member names), not several per transaction."""
        entries: dict[int, list[tuple[int, int]]] = {}  # txn id -> [(member id, amount)] in seq order
        refunded: dict[int, int] = {}
        for i in range(0, len(txns), self._IN_CHUNK):
            chunk = [t.id for t in txns[i:i + self._IN_CHUNK]]
            for tid, mid, amount in s.execute(
                    select(LedgerEntry.txn_id, Account.member_id, LedgerEntry.amount_fen)
                    .join(Account, Account.id == LedgerEntry.account_id)
                    .where(LedgerEntry.txn_id.in_(chunk)).order_by(LedgerEntry.txn_id, LedgerEntry.seq)):
                entries.setdefault(tid, []).append((mid, amount))
            pays = [t.id for t in txns[i:i + self._IN_CHUNK] if t.kind == "payment"]
            if pays:
                refunded.update(s.execute(select(Transaction.refund_of_id, func.sum(Transaction.amount_fen))
                                          .where(Transaction.refund_of_id.in_(pays))
                                          .group_by(Transaction.refund_of_id)).all())
        mids = {t.member_id for t in txns} | {mid for rows in entries.values() for mid, _ in rows}
        names: dict[int, str] = {}
        mids_list = sorted(mids)
        for i in range(0, len(mids_list), self._IN_CHUNK):
            names.update(s.execute(select(Member.id, Member.name)
                                   .where(Member.id.in_(mids_list[i:i + self._IN_CHUNK]))).all())
        out = []
        for t in txns:
            sign = -1 if t.kind == "payment" else 1
            per: dict[int, int] = {}
            for mid, amount in entries.get(t.id, ()):
                per[mid] = per.get(mid, 0) + sign * amount
            splits = tuple(Split(mid, names[mid], amt, mid == t.member_id) for mid, amt in per.items())
            out.append(TxnView(id=t.id, household_id=t.household_id, kind=t.kind, member_id=t.member_id,
                               member_name=names[t.member_id], amount_fen=t.amount_fen,
                               out_of_pocket_fen=t.out_of_pocket_fen, expense_kind=t.expense_kind, note=t.note,
                               occurred_at=t.occurred_at, recorded_at=t.recorded_at, refund_of_id=t.refund_of_id,
                               splits=splits, refunded_fen=(refunded.get(t.id) or 0) if t.kind == "payment" else 0))
        return out

    def transaction(self, txn_id: int) -> TxnView:
        with self.db.read() as s:
            return self._txn_view(s, self._get(s, Transaction, txn_id, tr("record")))

    def list_transactions(self, household_id: int, *, member_id: int | None = None, kind: str | None = None,
                          since: datetime | None = None, until: datetime | None = None, limit: int = 50,
                          before: tuple[datetime, int] | None = None) -> list[TxnView]:
        """Newest first, keyset-paginated: pass the last row's (occurred_at, id) as ``before`` for the next page."""
        with self.db.read() as s:
            q = select(Transaction).where(Transaction.household_id == household_id)
            if member_id is not None:
                q = q.where(Transaction.member_id == member_id)
            if kind is not None:
                q = q.where(Transaction.kind == kind)
            if since is not None:
                q = q.where(Transaction.occurred_at >= since)
            if until is not None:
                q = q.where(Transaction.occurred_at < until)
            if before is not None:
                at, tid = before
                q = q.where((Transaction.occurred_at < at) | ((Transaction.occurred_at == at) & (Transaction.id < tid)))
            q = q.order_by(Transaction.occurred_at.desc(), Transaction.id.desc()).limit(limit)
            return self._txn_views(s, list(s.scalars(q)))

    def audit_log(self, household_id: int | None = None, *, limit: int = 200) -> list[AuditView]:
        with self.db.read() as s:
            q = select(AuditEvent)
            if household_id is not None:
                q = q.where(AuditEvent.household_id == household_id)
            q = q.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
            return [AuditView(e.id, e.at, e.actor, e.on_behalf_of, e.household_id, e.action, e.summary)
                    for e in s.scalars(q)]

    # ------------------------------------------------------------------ undo / redo

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def undo(self) -> OpResult[str]:
        if not self._undo:
            raise RuleRefused(tr("There is nothing to undo."))
        step = self._undo[-1]
        with self.db.write() as s:
            changes = step.undo(s)
        self._redo.append(self._undo.pop())
        return OpResult(step.label, changes, tr("Undone: {what}", what=step.label))

    def redo(self) -> OpResult[str]:
        if not self._redo:
            raise RuleRefused(tr("There is nothing to redo."))
        step = self._redo[-1]
        with self.db.write() as s:
            changes = step.redo(s)
        self._undo.append(self._redo.pop())
        return OpResult(step.label, changes, tr("Redone: {what}", what=step.label))

    # ------------------------------------------------------------------ checks

    def check(self) -> list[str]:
        """Every inconsistency found: balance ≠ sum of entries, broken positions, database integrity."""
        problems = list(integrity_problems(self.db))
        with self.db.read() as s:
            sums = dict(s.execute(select(LedgerEntry.account_id, func.sum(LedgerEntry.amount_fen))
                                  .group_by(LedgerEntry.account_id)).all())
            prior = dict(s.execute(select(LedgerEntry.account_id, func.sum(LedgerEntry.amount_fen))
                                   .where(LedgerEntry.part == "prior").group_by(LedgerEntry.account_id)).all())
            for a in s.scalars(select(Account)):
                if a.balance_fen != (sums.get(a.id) or 0):
                    problems.append(tr("Account of member {m}: balance {b} but its entries add up to {e}.",
                                       m=a.member_id, b=a.balance_fen, e=sums.get(a.id) or 0))
                if a.prior_years_fen != (prior.get(a.id) or 0):
                    problems.append(tr("Account of member {m}: prior-years part {b} but its entries add up to {e}.",
                                       m=a.member_id, b=a.prior_years_fen, e=prior.get(a.id) or 0))
            bad = s.execute(select(Transaction.id).outerjoin(LedgerEntry).where(Transaction.kind == "payment")
                            .group_by(Transaction.id)
                            .having(Transaction.amount_fen != Transaction.out_of_pocket_fen
                                    - func.coalesce(func.sum(LedgerEntry.amount_fen), 0))).scalars().all()
            problems += [tr("Payment {id}: its parts do not add up to its amount.", id=i) for i in bad]
            users = s.execute(select(Binding.user_id, Binding.position, func.count()).where(Binding.state != "ended")
                              .group_by(Binding.user_id, Binding.position).having(func.count() > 1)).all()
            problems += [tr("Member {u} has two bindings at position {p}.", u=u, p=p) for u, p, _ in users]
        return problems


def yuan(fen: int | None) -> str:
    return "" if fen is None else format_fen(fen)


__all__ = ["Gongji", "Changes", "OpResult", "HouseholdView", "MemberView", "BindingView", "OrderEntry", "Split",
           "PaymentPreview", "TxnView", "AuditView", "now_cst", "CST", "expense_label", "insurance_label",
           "status_label", "state_label", "ended_by_label", "clean_text", "MAX_FEN"]
