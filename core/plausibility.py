"""Plausibility of a relation from the ID numbers (birth date and sex), as pure functions.

The resident ID number carries the birth date and the sex (GB 11643-1999), so a binding whose relation cannot be
true is refused with the reason before anything is saved:

- a person has at most one spouse (among the household's open bindings);
- a spouse is of legal marriage age (Civil Code art. 1047: men 22, women 20 — the same since the 1980 Marriage Law);
- a parent is at least :data:`MIN_PARENT_GAP_YEARS` older than their child, a grandparent at least twice that older
  than their grandchild;
- a grandparent is older than the grandchild's known parents (whichever side: only "born earlier" is required).

A relation is always "the user is the authorizer's <relation>" (see :mod:`core.profiles`). No I/O, no database; the
service passes the household's people and open bindings in. :func:`suggest_relation` gives the default relation a
bind dialog should preselect from the two people's ages and sexes.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Hashable

from core import ids
from core.i18n import tr

#: Legal marriage age in China (民法典 第一千零四十七条: 男不得早于二十二周岁，女不得早于二十周岁).
MARRIAGE_AGE = {True: 22, False: 20}  # keyed by "is male"
#: A parent is at least this many years older than their child (a margin, not a law: it refuses typing mistakes
#: such as a child's and a parent's ID numbers swapped, and accepts every real family we know of).
MIN_PARENT_GAP_YEARS = 14
PARENT_RELATIONS = ("father", "mother")


@dataclass(frozen=True)
class Person:
    key: Hashable
    name: str
    born: date
    male: bool


@dataclass(frozen=True)
class Tie:
    """An open (active or pending) binding: ``b`` is ``a``'s ``relation`` (b = user, a = authorizer)."""

    a: Hashable
    b: Hashable
    relation: str


def person(key: Hashable, name: str, id_number: str) -> Person:
    info = ids.validate(id_number)
    return Person(key, name, info.birth_date, info.male)


def age_on(born: date, day: date) -> int:
    """Whole years from ``born`` to ``day`` (a birthday on 29 February counts from 1 March in other years)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def years_between(older: date, younger: date) -> int:
    """Whole years ``older`` was born before ``younger`` (negative when it was after)."""
    if older <= younger:
        return age_on(older, younger)
    return -age_on(younger, older)


def _parents(ties: Iterable[Tie], child: Hashable) -> set[Hashable]:
    out: set[Hashable] = set()
    for t in ties:
        if t.a == child and t.relation in PARENT_RELATIONS:
            out.add(t.b)
        elif t.b == child and t.relation == "child":
            out.add(t.a)
    return out


def _grandparents(ties: Iterable[Tie], grandchild: Hashable) -> set[Hashable]:
    out: set[Hashable] = set()
    for t in ties:
        if t.a == grandchild and t.relation == "grandparent":
            out.add(t.b)
        elif t.b == grandchild and t.relation == "grandchild":
            out.add(t.a)
    return out


def spouse_of(ties: Iterable[Tie], key: Hashable) -> set[Hashable]:
    """Everyone bound to ``key`` as a spouse, in either direction."""
    return {t.b if t.a == key else t.a for t in ties if t.relation == "spouse" and key in (t.a, t.b)}


def _born(p: Person) -> str:
    return p.born.isoformat()


def _parent_gap(parent: Person, child: Person, *, grand: bool) -> list[str]:
    gap = 2 * MIN_PARENT_GAP_YEARS if grand else MIN_PARENT_GAP_YEARS
    if years_between(parent.born, child.born) >= gap:
        return []
    kw = dict(parent=parent.name, pb=_born(parent), child=child.name, gap=gap, cb=_born(child))
    if grand:
        return [tr("{parent} (born {pb}) cannot be {child}'s grandparent: a grandparent is at least {gap} years older "
                   "than their grandchild ({child}, born {cb}).", **kw)]
    return [tr("{parent} (born {pb}) cannot be {child}'s parent: a parent is at least {gap} years older than their "
               "child ({child}, born {cb}).", **kw)]


def binding_problems(authorizer: Person, user: Person, relation: str, ties: Iterable[Tie],
                     people: Mapping[Hashable, Person], today: date) -> list[str]:
    """Every reason the ID numbers make "``user`` is ``authorizer``'s ``relation``" implausible. Empty: plausible.

    ``ties`` are the household's other open bindings (not the one being checked); ``people`` maps their keys to
    :class:`Person` (people missing from it are skipped)."""
    ties = list(ties)
    problems: list[str] = []
    a, u = authorizer, user
    if relation == "spouse":
        for p in (a, u):
            need = MARRIAGE_AGE[p.male]
            age = age_on(p.born, today)
            if age < need:
                problems.append(tr("{name} is {age}, under the legal marriage age for a {sex} ({need}), so cannot be "
                                   "bound as a spouse.", name=p.name, age=age,
                                   sex=tr("man") if p.male else tr("woman"), need=need))
        for p, other in ((a, u), (u, a)):
            taken = [k for k in spouse_of(ties, p.key) if k != other.key]
            if taken:
                who = people[taken[0]].name if taken[0] in people else "?"
                problems.append(tr("{name} already has a spouse bound ({other}); a person has at most one spouse.",
                                   name=p.name, other=who))
    elif relation in PARENT_RELATIONS or relation == "child":
        parent, child = (u, a) if relation in PARENT_RELATIONS else (a, u)
        problems += _parent_gap(parent, child, grand=False)
        for gk in _grandparents(ties, child.key):
            g = people.get(gk)
            if g is not None and g.born >= parent.born:
                problems.append(tr("{parent} (born {pb}) cannot be {child}'s parent: {gp}, {child}'s grandparent, is "
                                   "not older (born {gb}).", parent=parent.name, pb=_born(parent), child=child.name,
                                   gp=g.name, gb=_born(g)))
    elif relation in ("grandparent", "grandchild"):
        gp, gc = (u, a) if relation == "grandparent" else (a, u)
        problems += _parent_gap(gp, gc, grand=True)
        for pk in _parents(ties, gc.key):
            p = people.get(pk)
            if p is not None and gp.born >= p.born:
                problems.append(tr("{gp} (born {gb}) cannot be {child}'s grandparent: {parent}, {child}'s parent, is "
                                   "not younger (born {pb}).", gp=gp.name, gb=_born(gp), child=gc.name,
                                   parent=p.name, pb=_born(p)))
    return problems


def suggest_relation(authorizer: Person, user: Person, today: date, *, spouse_taken: bool = False) -> str:
    """The relation a bind dialog should preselect for "``user`` is ``authorizer``'s …", from ages and sexes.

    Older by two generations → grandparent; by one → father/mother; younger likewise → grandchild/child; about the
    same age: spouse when of opposite sex, both of marriage age and neither already has one, else sibling. Only a
    default: the user confirms or changes it, and :func:`binding_problems` still checks the choice."""
    gap = years_between(user.born, authorizer.born)  # > 0: the user is older
    if gap >= 2 * MIN_PARENT_GAP_YEARS + 10:
        return "grandparent"
    if gap >= MIN_PARENT_GAP_YEARS:
        return "father" if user.male else "mother"
    if gap <= -(2 * MIN_PARENT_GAP_YEARS + 10):
        return "grandchild"
    if gap <= -MIN_PARENT_GAP_YEARS:
        return "child"
    adults = all(age_on(p.born, today) >= MARRIAGE_AGE[p.male] for p in (authorizer, user))
    if user.male != authorizer.male and adults and not spouse_taken:
        return "spouse"
    return "sibling"
