"""Region policy profiles: the rules that differ between regions, as data (``resources/policies/*.json``).

A profile is validated strictly when loaded; a bad file names the file and the field. Limits are enforced on
bind by :mod:`core.bindings` with a specific refusal, never by silently doing something else.
"""
from __future__ import annotations

import json
import re
from core.record import factory, frozen
from functools import lru_cache
from pathlib import Path

from core.errors import InvalidInput
from core.i18n import language, tr
from core.money import format_fen
from core import rules
from core.rules import Policy

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing)
if TYPE_CHECKING:
    from typing import Any

#: Relation of the *user* to the *authorizer* ("the user is the authorizer's ...").
RELATIONS = ("spouse", "father", "mother", "child", "sibling", "grandparent", "grandchild", "parent_in_law", "other")
ORDERS = rules.ORDERS
SHAREABLE = rules.SHAREABLE
DEFAULT_PROFILE = "national"


def relation_label(rel: str) -> str:
    labels = {
        "spouse": tr("spouse"), "father": tr("father"), "mother": tr("mother"), "child": tr("child"),
        "sibling": tr("sibling"), "grandparent": tr("grandparent"), "grandchild": tr("grandchild"),
        "parent_in_law": tr("parent-in-law"), "other": tr("other relative"),
    }
    return labels.get(rel, rel)


def order_label(order: str) -> str:
    return {"manual": tr("household's own order"), "bind_time": tr("most recently bound first"),
            "balance": tr("highest usable balance first")}.get(order, order)


#: The parameters every profile has. A profile file states the ones its region's sources give (each with its source);
#: the rest are the national profile's, marked as such. ``national.json`` must state them all.
PARAMS = ("order", "relations", "max_users_per_authorizer", "composition", "one_authorizer_per_user",
          "min_retained_fen", "min_retained_reading", "shareable", "confirmation_relations", "two_way_relations",
          "commitment_required", "proof_required", "authorization_period")
#: How seed 004's "最低留存额" is read: ``floor`` — the authorizer's balance is never drawn below it (only the part above
#: is shared); ``threshold`` — the authorizer may authorize only while the balance is above it (nothing is held back).
MIN_RETAINED_READINGS = ("floor", "threshold")
#: Old profile ids → the profile that replaced them. A household stored with an old id keeps working.
ALIASES = {"zhejiang-retain": "zhejiang"}
NATIONAL_DEFAULT = "national default"


@frozen
class Profile:
    id: str
    name: dict[str, str]
    description: dict[str, str]
    order: str
    relations: tuple[str, ...]
    max_users_per_authorizer: int | None
    composition: dict[str, int]
    one_authorizer_per_user: bool
    min_retained_fen: int
    shareable: str
    confirmation_relations: tuple[str, ...]
    commitment_required: bool
    proof_required: bool
    authorization_period: bool
    min_retained_reading: str = "floor"
    two_way_relations: tuple[str, ...] = ()
    #: parameter → where its value comes from ("seed 004: <sentence>", "public reporting …", "national default: …")
    param_sources: dict[str, str] = factory(dict)
    #: facts about the region that are not parameters, each with its source: ((text, source), ...)
    notes: tuple[tuple[str, str], ...] = ()

    def display_name(self, lang: str | None = None) -> str:
        lang = lang or language()
        return self.name.get(lang) or self.name.get("zh_CN") or self.id

    def display_description(self, lang: str | None = None) -> str:
        lang = lang or language()
        return self.description.get(lang) or self.description.get("zh_CN") or ""

    @property
    def sources(self) -> tuple[str, ...]:
        """Every distinct source this profile's own parameters cite (not the inherited national ones)."""
        own = [s for s in self.param_sources.values() if not s.startswith(NATIONAL_DEFAULT)]
        return tuple(dict.fromkeys(own))

    def source_of(self, param: str) -> str:
        return self.param_sources.get(param, "")

    @property
    def policy(self) -> Policy:
        """The deduction rule's parameters. Under the ``threshold`` reading nothing is held back at payment time."""
        floor = self.min_retained_fen if self.min_retained_reading == "floor" else 0
        return Policy(order=self.order, min_retained_fen=floor, shareable=self.shareable)  # type: ignore[arg-type]

    @property
    def reorderable(self) -> bool:
        return self.order == "manual"

    def needs_confirmation(self, relation: str) -> bool:
        return relation in self.confirmation_relations or "*" in self.confirmation_relations

    def is_two_way(self, relation: str) -> bool:
        return relation in self.two_way_relations or "*" in self.two_way_relations

    def authorize_problems(self, authorizer_name: str, balance_fen: int) -> list[str]:
        """Under the ``threshold`` reading: the authorizer's balance must be above the minimum to authorize."""
        if self.min_retained_reading == "threshold" and self.min_retained_fen and balance_fen <= self.min_retained_fen:
            return [tr("Under {profile}, an authorizer's balance must be above {min} to authorize; {a} has {bal}.",
                       profile=self.display_name(), min=format_fen(self.min_retained_fen), a=authorizer_name,
                       bal=format_fen(balance_fen))]
        return []


def _bad(source: str, fld: str, why: str) -> InvalidInput:
    return InvalidInput(tr("Policy profile {source}: field \u201c{field}\u201d {why}", source=source, field=fld, why=why),
                        field=fld)


def _check_relations(source: str, key: str, v: Any, *, star: bool = False, empty: bool = True) -> tuple[str, ...]:
    ok = isinstance(v, list) and (empty or v) and all(r in RELATIONS or (star and r == "*") for r in v)
    if not ok:
        if star:
            raise _bad(source, key, tr("must list known relations or *"))
        raise _bad(source, key, tr("must list known relations: {values}", values=", ".join(RELATIONS)))
    return tuple(v)


def _check_param(source: str, key: str, v: Any) -> Any:
    """One parameter's value, validated; raises naming the file and the field."""
    def typed(typ: type) -> Any:
        if isinstance(v, bool) is not (typ is bool) or not isinstance(v, typ):
            raise _bad(source, key, tr("has the wrong type"))
        return v
    if key == "order":
        if v not in ORDERS:
            raise _bad(source, key, tr("must be one of {values}", values=", ".join(ORDERS)))
        return v
    if key == "relations":
        return _check_relations(source, key, v, empty=False)
    if key in ("confirmation_relations", "two_way_relations"):
        return _check_relations(source, key, v, star=True)
    if key == "max_users_per_authorizer":
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 1):
            raise _bad(source, key, tr("must be a positive whole number or null"))
        return v
    if key == "composition":
        if not isinstance(v, dict) or any(k not in RELATIONS or isinstance(n, bool) or not isinstance(n, int) or n < 0
                                          for k, n in v.items()):
            raise _bad(source, key, tr("must map relations to whole numbers"))
        return dict(v)
    if key == "min_retained_fen":
        if typed(int) < 0:
            raise _bad(source, key, tr("cannot be negative"))
        return v
    if key == "min_retained_reading":
        if v not in MIN_RETAINED_READINGS:
            raise _bad(source, key, tr("must be one of {values}", values=", ".join(MIN_RETAINED_READINGS)))
        return v
    if key == "shareable":
        if v not in SHAREABLE:
            raise _bad(source, key, tr("must be one of {values}", values=", ".join(SHAREABLE)))
        return v
    return typed(bool)


def profile_from_dict(d: Any, source: str = "<data>", base: Profile | None = None) -> Profile:
    """A profile from its JSON. Parameters it does not state are taken from ``base`` (the national profile) and
    their source says so; without a base every parameter must be stated."""
    if not isinstance(d, dict):
        raise _bad(source, "(root)", tr("must be a JSON object"))
    for key, typ in (("id", str), ("name", dict), ("description", dict), ("params", dict)):
        if key not in d:
            raise _bad(source, key, tr("is missing"))
        if not isinstance(d[key], typ):
            raise _bad(source, key, tr("has the wrong type"))
    pid = d["id"]
    if not pid or not all(c.isalnum() or c in "-_" for c in pid):
        raise _bad(source, "id", tr("must be letters, digits, - or _"))
    for key in ("name", "description"):
        val = d[key]
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in val.items()) or "zh_CN" not in val:
            raise _bad(source, key, tr("must map languages to text and include zh_CN"))
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for key, entry in d["params"].items():
        if key not in PARAMS:
            raise _bad(source, key, tr("is not a known parameter: {values}", values=", ".join(PARAMS)))
        if not isinstance(entry, dict) or "value" not in entry:
            raise _bad(source, key, tr("must be an object with a value and its source"))
        src = entry.get("source")
        if not isinstance(src, str) or not src.strip():
            raise _bad(source, key, tr("has no source (a seed and its sentence, or public reporting)"))
        values[key] = _check_param(source, key, entry["value"])
        sources[key] = src.strip()
    for key in PARAMS:
        if key in values:
            continue
        if base is None:
            raise _bad(source, key, tr("is missing"))
        values[key] = getattr(base, key)
        sources[key] = f"{NATIONAL_DEFAULT}: {base.source_of(key)}"
    notes = d.get("notes", [])
    if not isinstance(notes, list) or not all(isinstance(n, dict) and isinstance(n.get("text"), str)
                                              and isinstance(n.get("source"), str) and n["source"].strip()
                                              for n in notes):
        raise _bad(source, "notes", tr("must list objects with a text and its source"))
    return Profile(id=pid, name=dict(d["name"]), description=dict(d["description"]), param_sources=sources,
                   notes=tuple((n["text"], n["source"]) for n in notes), **values)


def _read_json(entry: Any, source: str) -> Any:
    try:
        return json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(tr("Policy profile {source} cannot be read: {error}", source=source, error=exc)) from None


def load_profile_file(path: Path) -> Profile:
    """A profile from a file; the parameters it does not state are the built-in national profile's."""
    data = _read_json(Path(path), str(path))
    base = builtin_profiles()[DEFAULT_PROFILE]
    if isinstance(data, dict) and data.get("id") == DEFAULT_PROFILE:
        base = None  # the national profile states everything itself
    return profile_from_dict(data, source=str(path), base=base)


@lru_cache(maxsize=1)
def builtin_profiles() -> dict[str, Profile]:
    from core.resource_dir import resource_dir
    folder = resource_dir("policies")
    entries = {e.name: e for e in folder.iterdir() if e.name.endswith(".json")}
    national = profile_from_dict(_read_json(entries[DEFAULT_PROFILE + ".json"], DEFAULT_PROFILE + ".json"),
                                 source=DEFAULT_PROFILE + ".json")
    out: dict[str, Profile] = {national.id: national}
    for name in sorted(entries):
        if name == DEFAULT_PROFILE + ".json":
            continue
        p = profile_from_dict(_read_json(entries[name], name), source=name, base=national)
        if p.id + ".json" != name:
            raise _bad(name, "id", tr("must match the file name"))
        out[p.id] = p
    return out


def get_profile(profile_id: str) -> Profile:
    """The profile with this id; an old id (see :data:`ALIASES`) gives the profile that replaced it."""
    profiles = builtin_profiles()
    try:
        return profiles[ALIASES.get(profile_id, profile_id)]
    except KeyError:
        raise InvalidInput(tr("Unknown policy profile \u201c{id}\u201d. Known profiles: {known}.", id=profile_id,
                              known=", ".join(profiles)), field="profile") from None


# ------------------------------------------------------------------------------------------ README's profile table

_SOURCE_REFS = r"seeds? \d{3}(?:[-–]\d{3})?|public reporting(?: \([^)]*\))?|DOMAIN\.md|design"  # compiled by re on use


def _limits_text(p: Profile, national: Profile) -> str:
    """The profile's limits and other rules in one English line (README; developers' documentation)."""
    parts: list[str] = []
    if set(p.relations) == {"spouse", "father", "mother", "child"}:
        parts.append("spouse/parents/children only")
    elif p.relations == national.relations:
        if p.id == national.id:
            parts.append("近亲属 (spouse, parents, children, siblings, grandparents, grandchildren)")
    else:
        parts.append("relations: " + ", ".join(p.relations))
    if p.max_users_per_authorizer:
        comp = ", ".join(f"{k} {'≤ ' if n > 1 else ''}{n}" for k, n in p.composition.items())
        parts.append(f"≤ {p.max_users_per_authorizer} users per authorizer" + (f" ({comp})" if comp else ""))
    elif p.id == national.id:
        parts.append("no limit on users per authorizer")
    if p.one_authorizer_per_user:
        parts.append("one authorizer per user")
    if p.shareable == "prior_years":
        parts.append("only the prior-years (历年) balance is shared")
    if p.min_retained_fen:
        what = "kept by the authorizer" if p.min_retained_reading == "floor" else "needed to authorize"
        parts.append(f"minimum retained {format_fen(p.min_retained_fen)} ({p.min_retained_reading}: {what})")
    elif p.id == national.id:
        parts.append("no minimum retained balance")
    if p.commitment_required:
        parts.append("signed commitment (承诺书)")
    if p.proof_required:
        parts.append("proof of relation")
    if p.confirmation_relations:
        parts.append(f"the authorizer applies, the other party confirms ({', '.join(p.confirmation_relations)})")
    if p.two_way_relations:
        parts.append(f"then two-way ({', '.join(p.two_way_relations)})")
    if p.order == "bind_time":
        parts.append("re-bind to move to front")
    if p.order == "balance":
        parts.append("highest usable balance first, ties by the household's order")
    return "; ".join(parts) + ("" if p.id == national.id else ("; otherwise " if parts else "") + "as national")


def readme_table() -> str:
    """The Markdown table README.md shows under "Region policy profiles" (a test keeps the two equal)."""
    profiles = builtin_profiles()
    national = profiles[DEFAULT_PROFILE]
    rows = ["| profile | order | limits and other rules | sources |", "|---|---|---|---|"]
    for pid in [DEFAULT_PROFILE] + sorted(k for k in profiles if k != DEFAULT_PROFILE):
        p = profiles[pid]
        refs = dict.fromkeys(m for src in p.sources for m in re.findall(_SOURCE_REFS, src))
        label = f"`{pid}`" + (" (default)" if pid == DEFAULT_PROFILE else "")
        rows.append(f"| {label} | {p.order} | {_limits_text(p, national)} | {'; '.join(refs)} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":  # python -m core.profiles: print README's table
    print(readme_table(), end="")
