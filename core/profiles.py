"""Region policy profiles: the rules that differ between regions, as data (``resources/policies/*.json``).

A profile is validated strictly when loaded; a bad file names the file and the field. Limits are enforced on
bind by :mod:`core.service` with a specific refusal, never by silently doing something else.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as _res
from pathlib import Path
from typing import Any

from core.errors import InvalidInput
from core.i18n import language, tr
from core.rules import Policy

#: Relation of the *user* to the *authorizer* ("the user is the authorizer's ...").
RELATIONS = ("spouse", "father", "mother", "child", "sibling", "grandparent", "grandchild", "parent_in_law", "other")
ORDERS = ("manual", "bind_time", "balance")
SHAREABLE = ("all", "prior_years")


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


@dataclass(frozen=True)
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
    sources: tuple[str, ...] = field(default=())

    def display_name(self, lang: str | None = None) -> str:
        lang = lang or language()
        return self.name.get(lang) or self.name.get("zh_CN") or self.id

    def display_description(self, lang: str | None = None) -> str:
        lang = lang or language()
        return self.description.get(lang) or self.description.get("zh_CN") or ""

    @property
    def policy(self) -> Policy:
        return Policy(order=self.order, min_retained_fen=self.min_retained_fen, shareable=self.shareable)  # type: ignore[arg-type]

    @property
    def reorderable(self) -> bool:
        return self.order == "manual"

    def needs_confirmation(self, relation: str) -> bool:
        return relation in self.confirmation_relations or "*" in self.confirmation_relations


def _bad(source: str, fld: str, why: str) -> InvalidInput:
    return InvalidInput(tr("Policy profile {source}: field \u201c{field}\u201d {why}", source=source, field=fld, why=why),
                        field=fld)


def profile_from_dict(d: Any, source: str = "<data>") -> Profile:
    if not isinstance(d, dict):
        raise _bad(source, "(root)", tr("must be a JSON object"))

    def need(key: str, typ: type | tuple[type, ...]) -> Any:
        if key not in d:
            raise _bad(source, key, tr("is missing"))
        v = d[key]
        if isinstance(v, bool) and typ is not bool and bool not in (typ if isinstance(typ, tuple) else (typ,)):
            raise _bad(source, key, tr("has the wrong type"))
        if not isinstance(v, typ):
            raise _bad(source, key, tr("has the wrong type"))
        return v

    pid = need("id", str)
    if not pid or not all(c.isalnum() or c in "-_" for c in pid):
        raise _bad(source, "id", tr("must be letters, digits, - or _"))
    name = need("name", dict)
    desc = need("description", dict)
    for key, val in (("name", name), ("description", desc)):
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in val.items()) or "zh_CN" not in val:
            raise _bad(source, key, tr("must map languages to text and include zh_CN"))
    order = need("order", str)
    if order not in ORDERS:
        raise _bad(source, "order", tr("must be one of {values}", values=", ".join(ORDERS)))
    relations = need("relations", list)
    if not relations or any(r not in RELATIONS for r in relations):
        raise _bad(source, "relations", tr("must list known relations: {values}", values=", ".join(RELATIONS)))
    mx = d.get("max_users_per_authorizer")
    if mx is not None and (isinstance(mx, bool) or not isinstance(mx, int) or mx < 1):
        raise _bad(source, "max_users_per_authorizer", tr("must be a positive whole number or null"))
    comp = need("composition", dict)
    for k, v in comp.items():
        if k not in RELATIONS or isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise _bad(source, "composition", tr("must map relations to whole numbers"))
    min_ret = need("min_retained_fen", int)
    if min_ret < 0:
        raise _bad(source, "min_retained_fen", tr("cannot be negative"))
    shareable = need("shareable", str)
    if shareable not in SHAREABLE:
        raise _bad(source, "shareable", tr("must be one of {values}", values=", ".join(SHAREABLE)))
    conf = need("confirmation_relations", list)
    if any(r not in RELATIONS and r != "*" for r in conf):
        raise _bad(source, "confirmation_relations", tr("must list known relations or *"))
    return Profile(
        id=pid, name=dict(name), description=dict(desc), order=order, relations=tuple(relations),
        max_users_per_authorizer=mx, composition=dict(comp),
        one_authorizer_per_user=need("one_authorizer_per_user", bool), min_retained_fen=min_ret,
        shareable=shareable, confirmation_relations=tuple(conf),
        commitment_required=need("commitment_required", bool), proof_required=need("proof_required", bool),
        authorization_period=need("authorization_period", bool),
        sources=tuple(str(s) for s in d.get("sources", [])),
    )


def load_profile_file(path: Path) -> Profile:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(tr("Policy profile {source} cannot be read: {error}", source=str(path), error=exc)) from None
    return profile_from_dict(data, source=str(path))


@lru_cache(maxsize=1)
def builtin_profiles() -> dict[str, Profile]:
    out: dict[str, Profile] = {}
    folder = _res.files("resources").joinpath("policies")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            data = json.loads(entry.read_text(encoding="utf-8"))
            p = profile_from_dict(data, source=entry.name)
            if p.id + ".json" != entry.name:
                raise _bad(entry.name, "id", tr("must match the file name"))
            out[p.id] = p
    return out


DEFAULT_PROFILE = "national"


def get_profile(profile_id: str) -> Profile:
    profiles = builtin_profiles()
    try:
        return profiles[profile_id]
    except KeyError:
        raise InvalidInput(tr("Unknown policy profile \u201c{id}\u201d. Known profiles: {known}.", id=profile_id,
                              known=", ".join(profiles)), field="profile") from None
