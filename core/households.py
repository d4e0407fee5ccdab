"""``col.households``: create a household, change its policy profile, list and read households."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core._base import Part
from core.reads import HouseholdReads
from core.errors import RuleRefused
from core.i18n import tr
from core.profiles import get_profile
from core.schema import Household, Member
from core.validate import clean_text
from core.views import Changes, HouseholdView, OpResult


class Households(HouseholdReads, Part):
    """The households of the ledger (reads: :class:`core.reads.HouseholdReads`)."""

    def create(self, name: str, profile_id: str = "national", note: str = "") -> OpResult[HouseholdView]:
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
