"""What every sub-API of :class:`core.collection.Collection` shares (private to core).

:class:`Context` is the session: the database, who is working (the actor), the clock and the undo stack.
:class:`Part` is the base class of each sub-API (``col.members``, ``col.bindings`` …): it reaches the context and
holds the small helpers several rooms need — fetching by id with a clear "not found", turning ORM rows into views,
the audit entry, the open bindings of a user and the profile's limits on a binding, posting ledger entries.
Every helper takes the SQLAlchemy session of the ONE transaction its caller opened.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from core import ids, plausibility, rules
from core.context import Context, UndoStep  # noqa: F401 - moved to core/context.py (no ORM there)
from core.errors import NotFound
from core.i18n import tr
from core.profiles import Profile, get_profile, relation_label
from core.schema import Account, AuditEvent, Binding, Household, LedgerEntry, Member, Transaction
from core.store import Database
from core.stale import audit_details
from core.rules import moved_balance, pool_eligible  # noqa: F401 - re-exported (core.ledger_sql imports it from here)
from core.validate import check_id_int
from core.views import BindingView, MemberView, Split, TxnView


class Part:
    """Base of a sub-API."""

    #: Ids per IN (...) list: well under SQLite's bound-parameter limit.
    _IN_CHUNK = 500

    def __init__(self, ctx: Context):
        self._ctx = ctx

    @property
    def db(self) -> Database:
        return self._ctx.db

    @property
    def actor(self) -> str:
        return self._ctx.actor

    def clock(self) -> datetime:
        return self._ctx.clock()

    def _push(self, step: UndoStep) -> None:
        self._ctx.push(step)

    # ------------------------------------------------------------------ fetching

    def _audit(self, s: Session, action: str, summary: str, *, household_id: int | None, on_behalf_of: str = "",
               **details: object) -> None:
        s.add(AuditEvent(at=self.clock(), actor=self.actor, on_behalf_of=on_behalf_of[:100],
                         household_id=household_id, action=action, summary=summary,
                         details=audit_details(**details)))

    @staticmethod
    def _get(s: Session, cls: type, obj_id: object, what: str):
        check_id_int(obj_id, what)
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
                           proofs=tuple(p for p in b.proofs.split(",") if p), initiated_by=b.initiated_by,
                           confirmed_by=b.confirmed_by, partner_id=b.partner_id)

    # ------------------------------------------------------------------ bindings shared by several rooms

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
        if authorizer.account is not None:  # the minimum-retained balance, under the "threshold" reading
            problems += profile.authorize_problems(authorizer.name, authorizer.account.balance_fen)
        problems += self._plausibility_problems(s, authorizer, user, relation, exclude_id)
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

    def _plausibility_problems(self, s: Session, authorizer: Member, user: Member, relation: str,
                               exclude_id: int | None) -> list[str]:
        """core.plausibility on the household's people and open bindings (see there); members not saved yet
        (check_add_member_and_bind) take part under a key of their own."""
        def key(m: Member) -> object:
            return m.id if m.id is not None else ("new", id(m))

        with s.no_autoflush:  # a member not saved yet must not be written by this read
            members = list(s.scalars(select(Member).where(Member.household_id == authorizer.household_id)))
            open_b = self._open_bindings(s, household_id=authorizer.household_id)
        people = {key(m): plausibility.person(key(m), m.name, m.id_number) for m in members}
        for m in (authorizer, user):
            people.setdefault(key(m), plausibility.person(key(m), m.name, m.id_number))
        ties = [plausibility.Tie(b.authorizer_id, b.user_id, b.relation)
                for b in open_b if b.id != exclude_id]
        return plausibility.binding_problems(people[key(authorizer)], people[key(user)], relation, ties, people,
                                             self.clock().date())

    def _pooled_for(self, s: Session, user: Member) -> tuple[Profile, list[tuple[Binding, rules.Pooled]]]:
        profile = get_profile(user.household.profile_id)
        today = self.clock().date()
        out = []
        if user.status != "normal":  # both parties must be insured normally (seeds 002, 003)
            return profile, out
        for b in self._open_bindings(s, user_id=user.id, with_authorizers=True):
            a = b.authorizer
            if not pool_eligible(b.state, b.period_start, b.period_end, today, a.account is not None, a.status):
                continue
            out.append((b, rules.Pooled(id=str(a.id), balance_fen=a.account.balance_fen, bound_at=b.bound_at,
                                        position=b.position, prior_years_fen=a.account.prior_years_fen)))
        return profile, out

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
        parts = list(parts)
        for part, amount in parts:
            if amount == 0:
                continue
            s.add(LedgerEntry(txn_id=txn.id, account_id=acct.id, seq=seq, part=part, amount_fen=amount,
                              occurred_at=txn.occurred_at, for_other=acct.member_id != txn.member_id))
            seq += 1
        acct.balance_fen, acct.prior_years_fen = moved_balance(acct.balance_fen, acct.prior_years_fen, parts)
        return seq

    def _txn_view(self, s: Session, t: Transaction) -> TxnView:
        """The view of one transaction just written or fetched, read in the caller's session."""
        entries = s.execute(select(Account.member_id, Member.name, LedgerEntry.amount_fen)
                            .join(Account, Account.id == LedgerEntry.account_id)
                            .join(Member, Member.id == Account.member_id)
                            .where(LedgerEntry.txn_id == t.id).order_by(LedgerEntry.seq)).all()
        refunded = 0
        if t.kind == "payment":
            refunded = s.scalar(select(func.coalesce(func.sum(Transaction.amount_fen), 0))
                                .where(Transaction.refund_of_id == t.id)) or 0
        sign = -1 if t.kind == "payment" else 1
        per: dict[int, list] = {}
        for mid, name, amount in entries:
            per.setdefault(mid, [name, 0])[1] += sign * amount
        owner = s.get(Member, t.member_id)
        return TxnView(id=t.id, household_id=t.household_id, kind=t.kind, member_id=t.member_id,
                       member_name=owner.name, amount_fen=t.amount_fen, out_of_pocket_fen=t.out_of_pocket_fen,
                       expense_kind=t.expense_kind, note=t.note, occurred_at=t.occurred_at,
                       recorded_at=t.recorded_at, refund_of_id=t.refund_of_id,
                       splits=tuple(Split(mid, v[0], v[1], mid == t.member_id) for mid, v in per.items()),
                       refunded_fen=refunded)


# pool_eligible lives in core/rules.py (the rule once, also for the read model without the ORM, core.reads).
