"""``col.bindings``: who may pay with whose account — check, bind, confirm, unbind, re-bind, add-and-bind.

Every refusal lists every reason in plain words (the limits themselves are the profile's, see
:meth:`core._base.Part._limit_problems`). Each mutation pushes an undo step (``col.undo``).
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from core import binding_parties as parties
from core._base import Part, UndoStep
from core.desks import check_binding, user_fingerprint
from core.reads import BindingReads
from core.errors import InvalidInput, RuleRefused
from core.i18n import tr
from core.labels import PROOF_KINDS, ended_by_label, state_label
from core.members import household_for_new_member, insert_member, member_fields
from core.profiles import Profile, get_profile, relation_label
from core.schema import Account, Binding, Household, Member
from core.validate import check_choice, check_day
from core.views import BindingView, Changes, MemberView, OpResult


class Bindings(BindingReads, Part):
    """Bindings between an authorizer (whose account pays) and a user (who pays with it)."""

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
        check_choice(relation, RELATIONS, field="relation", label=tr("relation"))
        for p in proofs:
            check_choice(p, PROOF_KINDS, field="proofs", label=tr("proof of relation"))
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

    def check(self, authorizer_id: int, user_id: int, relation: str, *, commitment_signed: bool = False,
                   proofs: Sequence[str] = (), period_start: date | None = None,
                   period_end: date | None = None) -> list[str]:
        """Why binding would be refused (empty: it would be accepted). Nothing is written."""
        period_start, period_end = check_day(period_start, "period_start"), check_day(period_end, "period_end")
        with self.db.read() as s:
            return self._bind_problems(s, authorizer_id, user_id, relation, commitment_signed, proofs,
                                       period_start, period_end)[3]

    def bind(self, authorizer_id: int, user_id: int, relation: str, *, commitment_signed: bool = False,
             proofs: Sequence[str] = (), period_start: date | None = None, period_end: date | None = None,
             on_behalf_of: str = "", initiated_by: str = "authorizer") -> OpResult[BindingView]:
        """Let ``user`` spend from ``authorizer``'s account. Refused with every reason if the profile forbids it.

        The binding is pending when the profile needs the other party's confirmation, else active at once;
        ``initiated_by`` ("authorizer", the 主账户 as in seed 004, or "user") is who applies, and the other party
        confirms (:meth:`confirm`). A new binding goes to the bottom of the user's manual list.
        """
        period_start, period_end = check_day(period_start, "period_start"), check_day(period_end, "period_end")
        check_choice(initiated_by, parties.PARTIES, field="initiated_by", label=tr("who applies"))
        with self.db.write() as s:
            a, u = self._member(s, authorizer_id), self._member(s, user_id)
            b = self._insert_binding(s, a, u, relation, commitment_signed, proofs, period_start, period_end,
                                     on_behalf_of, initiated_by)
            view = self._binding_view(b)
            after = user_fingerprint(s, b.user_id)
        return self._bound(view, after)

    def _insert_binding(self, s: Session, a: Member, u: Member, relation: str, commitment_signed: bool,
                        proofs: Sequence[str], period_start: date | None, period_end: date | None,
                        on_behalf_of: str, initiated_by: str = "authorizer") -> Binding:
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
                    period_end=period_end, commitment_signed=bool(commitment_signed), proofs=",".join(proofs),
                    initiated_by=initiated_by)
        s.add(b)
        s.flush()
        summary = tr("{u} may now use {a}'s account ({relation})", u=u.name, a=a.name,
                     relation=relation_label(relation))
        if pending:
            summary = parties.applied_summary(a.name, u.name, relation, initiated_by)
        self._audit(s, "binding.bind", summary, household_id=a.household_id, on_behalf_of=on_behalf_of,
                    binding_id=b.id, state=b.state, initiated_by=initiated_by)
        return b

    def _bound(self, view: BindingView, after: tuple) -> OpResult[BindingView]:
        """After a binding was written: its undo step, what changed and the message."""
        changes = Changes(bindings=frozenset({view.id}), orders=frozenset({view.user_id}), audit=True)
        bid = view.id
        self._push(UndoStep(tr("bind {a} \u2192 {u}", a=view.authorizer_name, u=view.user_name),
                             undo=lambda s: self._set_state(s, bid, "ended", "undo"),
                             redo=lambda s: self._set_state(s, bid, view.state, None),
                             user_id=view.user_id, after=after))
        msg = parties.waiting_message(view.authorizer_name, view.user_name, view.initiated_by) \
            if view.state == "pending" else \
            tr("{u} can now use {a}'s account.", u=view.user_name, a=view.authorizer_name)
        return OpResult(view, changes, msg)

    @staticmethod
    def _roles(new: Member, other: Member, new_is: str) -> tuple[Member, Member]:
        """(authorizer, user)."""
        return (new, other) if new_is == "authorizer" else (other, new)

    def _new_pair(self, s: Session, household_id: int, v: dict, other_member_id: int) -> tuple[Member, Member]:
        """(the new member, not saved, from checked details ``v``; the existing other member)."""
        h = household_for_new_member(self, s, household_id, v)
        other = self._member(s, other_member_id)  # in another household: _pair_problems refuses it
        m = Member(household_id=h.id, name=v["name"], id_number=v["id_number"], insurance_type=v["insurance_type"],
                   status=v["status"], region=v["region"], person_number=v["person_number"])
        if v["insurance_type"] == "employee":
            m.account = Account(balance_fen=v["balance_fen"], prior_years_fen=v["prior_years_fen"])
        return m, other

    def _new_pair_args(self, new_member: object, new_is: str, period_start: object, period_end: object
                       ) -> tuple[dict, date | None, date | None]:
        check_choice(new_is, ("user", "authorizer"), field="new_is", label=tr("the new person's role"))
        try:
            if not isinstance(new_member, dict):
                raise TypeError(new_member)
            v = member_fields(**new_member)
        except TypeError:
            raise InvalidInput(tr("The new person's details are incomplete or have unknown fields."),
                               field="new_member") from None
        return v, check_day(period_start, "period_start"), check_day(period_end, "period_end")

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
            m, member_changes = insert_member(self, s, household_id, v)
            a, u = self._roles(m, other, new_is)
            b = self._insert_binding(s, a, u, relation, commitment_signed, proofs, period_start, period_end,
                                     on_behalf_of)
            member_view, binding_view = self._member_view(m), self._binding_view(b)
            after = user_fingerprint(s, b.user_id)
        bound = self._bound(binding_view, after)
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

    def confirm(self, binding_id: int, *, by: str | None = None, on_behalf_of: str = "",
                expected_version: str | None = None) -> OpResult[BindingView]:
        """The other party accepts a pending binding: never the one who applied (``by`` given as the applicant is
        refused). Where the profile says the relation is two-way, the other direction is created too."""
        if by is not None:
            check_choice(by, parties.PARTIES, field="by", label=tr("who confirms"))
        with self.db.write() as s:
            b = self._binding(s, binding_id)
            check_binding(s, b, expected_version)
            if b.state != "pending":
                raise RuleRefused(tr("This binding is not waiting for confirmation (it is {state}).",
                                     state=state_label(b.state)))
            b.confirmed_by = parties.check_confirmer(b, by)
            b.state, b.confirmed_at = "active", self.clock()
            profile = get_profile(s.get(Household, b.household_id).profile_id)
            rev = parties.reverse_binding(self, s, profile, b, b.confirmed_at) if profile.is_two_way(b.relation) \
                else None
            who = parties.party_name(b, b.confirmed_by)
            summary = tr("{who} confirmed that {u} may use {a}'s account", who=who, a=b.authorizer.name, u=b.user.name)
            if rev is not None:
                summary = tr("{who} confirmed; {a} and {u} may now use each other's accounts (two-way)", who=who,
                             a=b.authorizer.name, u=b.user.name)
            self._audit(s, "binding.confirm", summary, household_id=b.household_id, on_behalf_of=on_behalf_of,
                        binding_id=b.id, initiated_by=b.initiated_by, confirmed_by=b.confirmed_by,
                        partner_id=rev.id if rev is not None else None)
            s.flush()
            view = self._binding_view(b)
            rev_id = rev.id if rev is not None else None
            after = user_fingerprint(s, b.user_id)

        def undo(s: Session) -> Changes:
            b = self._binding(s, binding_id)
            if b.state != "active":
                raise RuleRefused(self._changed_since(b))
            changes = self._set_state(s, rev_id, "ended", "undo") if rev_id else Changes()
            b.state, b.confirmed_at, b.confirmed_by = "pending", None, None
            self._audit(s, "binding.state", tr("Confirmation of {a} \u2192 {u} undone", a=b.authorizer.name,
                                                u=b.user.name), household_id=b.household_id, binding_id=b.id)
            return changes | Changes(bindings=frozenset({b.id}), orders=frozenset({b.user_id}), audit=True)

        def redo(s: Session) -> Changes:
            changes = self._set_state(s, binding_id, "active", None)
            self._binding(s, binding_id).confirmed_by = view.confirmed_by
            return changes | (self._set_state(s, rev_id, "active", None) if rev_id else Changes())

        self._push(UndoStep(tr("confirm {a} \u2192 {u}", a=view.authorizer_name, u=view.user_name), undo=undo,
                            redo=redo, user_id=view.user_id, after=after))
        ids = {binding_id} | ({rev_id} if rev_id else set())
        return OpResult(view, Changes(bindings=frozenset(ids), orders=frozenset({view.user_id, view.authorizer_id}),
                                      audit=True),
                        tr("Binding confirmed; it works both ways now.") if rev_id else tr("Binding confirmed."))

    def unbind(self, binding_id: int, *, ended_by: str = "authorizer", on_behalf_of: str = "",
               expected_version: str | None = None) -> OpResult[BindingView]:
        """End a binding (the authorizer or the user may; a pending one is withdrawn). History is kept."""
        check_choice(ended_by, ("authorizer", "user"), field="ended_by", label=tr("who ends it"))
        with self.db.write() as s:
            b = self._binding(s, binding_id)
            check_binding(s, b, expected_version)
            if b.state == "ended":
                raise RuleRefused(tr("This binding has already ended."))
            prev = b.state
            prev_order = [x.id for x in self._open_bindings(s, user_id=b.user_id)]
            who = "withdrawn" if prev == "pending" else ended_by
            b.state, b.ended_at, b.ended_by = "ended", self.clock(), who
            s.flush()
            self._renumber(s, b.user_id)
            partner = s.get(Binding, b.partner_id) if b.partner_id else None
            partner_id = partner.id if partner is not None and partner.state != "ended" else None
            if partner_id:  # a two-way binding ends in both directions
                self._set_state(s, partner_id, "ended", other_ended_by(ended_by))
            self._audit(s, "binding.unbind", tr("{u} can no longer use {a}'s account ({who})", u=b.user.name,
                                                 a=b.authorizer.name, who=ended_by_label(who)),
                        household_id=b.household_id, on_behalf_of=on_behalf_of, binding_id=b.id)
            view = self._binding_view(b)
            after = user_fingerprint(s, b.user_id)

        def undo(s: Session) -> Changes:
            changes = self._set_state(s, binding_id, prev, None, prev_order)
            return changes | (self._set_state(s, partner_id, "active", None) if partner_id else Changes())

        def redo(s: Session) -> Changes:
            changes = self._set_state(s, binding_id, "ended", who)
            return changes | (self._set_state(s, partner_id, "ended", other_ended_by(ended_by)) if partner_id
                              else Changes())

        self._push(UndoStep(tr("unbind {a} \u2192 {u}", a=view.authorizer_name, u=view.user_name), undo, redo,
                            user_id=view.user_id, after=after))
        return OpResult(view, Changes(bindings=frozenset({binding_id}), orders=frozenset({view.user_id}),
                                      audit=True),
                        tr("{u} can no longer use {a}'s account.", u=view.user_name, a=view.authorizer_name))

    def rebind_to_front(self, binding_id: int, *, on_behalf_of: str = "", expected_version: str | None = None
                        ) -> OpResult[BindingView]:
        """Under "most recently bound first": end the binding and bind again, so it pays first. One transaction."""
        with self.db.write() as s:
            old = self._binding(s, binding_id)
            check_binding(s, old, expected_version)
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
            after = user_fingerprint(s, new.user_id)
        new_id = view.id

        front_order = [new_id] + [i for i in prev_order if i != binding_id]

        def undo(s: Session) -> Changes:
            return self._set_state(s, new_id, "ended", "undo") | self._set_state(s, binding_id, "active", None,
                                                                                 prev_order)

        def redo(s: Session) -> Changes:
            return self._set_state(s, binding_id, "ended", "rebind") | self._set_state(s, new_id, "active", None,
                                                                                       front_order)

        self._push(UndoStep(tr("re-bind {a} \u2192 {u}", a=view.authorizer_name, u=view.user_name), undo, redo,
                            user_id=view.user_id, after=after))
        return OpResult(view, Changes(bindings=frozenset({binding_id, new_id}), orders=frozenset({view.user_id}),
                                      audit=True),
                        tr("{a}'s account now pays first for {u}.", a=view.authorizer_name, u=view.user_name))

    def suggest_relation(self, authorizer_id: int, user_id: int) -> str:
        """The relation a bind dialog should preselect ("the user is the authorizer's …") from the two ID numbers'
        birth dates and sexes (:func:`core.plausibility.suggest_relation`); the person still chooses."""
        from core import plausibility as pl
        with self.db.read() as s:
            a, u = self._member(s, authorizer_id), self._member(s, user_id)
            ties = [pl.Tie(b.authorizer_id, b.user_id, b.relation)
                    for b in self._open_bindings(s, household_id=a.household_id)]
            taken = bool(pl.spouse_of(ties, a.id) - {u.id} or pl.spouse_of(ties, u.id) - {a.id})
            return pl.suggest_relation(pl.person(a.id, a.name, a.id_number), pl.person(u.id, u.name, u.id_number),
                                       self.clock().date(), spouse_taken=taken)


def other_ended_by(ended_by: str) -> str:
    """Who ended the partner of a two-way binding, seen from the partner (its authorizer is this one's user)."""
    return "user" if ended_by == "authorizer" else "authorizer"
