"""Plausibility from the ID number: one spouse, marriage age, parent older than child, grandparents older than
parents, the suggested relation. Pure functions; each refusal has its own test."""
from __future__ import annotations

from datetime import date

import pytest

from core import ids
from core.plausibility import (MIN_PARENT_GAP_YEARS, Person, Tie, age_on, binding_problems, person,
                               suggest_relation)

pytestmark = pytest.mark.usefixtures("english")

TODAY = date(2026, 6, 15)


def P(key, born, male=True):
    return Person(key, key, born, male)


def check(a, u, rel, ties=(), people=()):
    return binding_problems(a, u, rel, ties, {p.key: p for p in people}, TODAY)


def test_person_from_the_id_number():
    p = person(1, "Wang", "11010519491231002X")
    assert (p.born, p.male) == (date(1949, 12, 31), False)


def test_age_on_counts_whole_years():
    assert age_on(date(2004, 6, 15), TODAY) == 22
    assert age_on(date(2004, 6, 16), TODAY) == 21
    assert age_on(date(2004, 2, 29), date(2026, 2, 28)) == 21
    assert age_on(date(2004, 2, 29), date(2026, 3, 1)) == 22


# ----------------------------------------------------------------------------------------------- spouse

def test_spouse_marriage_age_men_22_women_20():
    man22, man21 = P("M22", date(2004, 6, 15)), P("M21", date(2004, 6, 16))
    woman20, woman19 = P("W20", date(2006, 6, 15), False), P("W19", date(2006, 6, 16), False)
    assert check(man22, woman20, "spouse") == []
    [why] = check(man21, woman20, "spouse")
    assert "M21 is 21, under the legal marriage age for a man (22)" in why
    [why] = check(man22, woman19, "spouse")
    assert "W19 is 19, under the legal marriage age for a woman (20)" in why
    assert len(check(man21, woman19, "spouse")) == 2


def test_at_most_one_active_spouse_per_person():
    a, wife, other = P("A", date(1980, 1, 1)), P("Wife", date(1982, 1, 1), False), P("Other", date(1983, 1, 1), False)
    people = (a, wife, other)
    ties = [Tie("A", "Wife", "spouse")]
    [why] = check(a, other, "spouse", ties, people)
    assert "A already has a spouse bound (Wife); a person has at most one spouse." == why
    # The other direction: Other is already someone's spouse (as authorizer of a binding to Z).
    z = P("Z", date(1979, 1, 1))
    [why] = check(z, other, "spouse", [Tie("Other", "A", "spouse")], people + (z,))
    assert "Other already has a spouse bound (A)" in why
    # The same couple again (e.g. the other direction of a two-way binding) is not a second spouse.
    assert check(wife, a, "spouse", ties, people) == []


# ----------------------------------------------------------------------------------------------- parents

@pytest.mark.parametrize("rel", ["father", "mother"])
def test_a_parent_is_older_than_the_child_by_the_margin(rel):
    male = rel == "father"
    child = P("Kid", date(1990, 1, 1))
    ok = P("Par", date(1990 - MIN_PARENT_GAP_YEARS, 1, 1), male)
    close = P("Par", date(1990 - MIN_PARENT_GAP_YEARS, 1, 2), male)
    assert check(child, ok, rel) == []
    [why] = check(child, close, rel)
    assert "Par (born 1976-01-02) cannot be Kid's parent: a parent is at least 14 years older" in why
    [why] = check(child, P("Par", date(2000, 1, 1), male), rel)  # the ID numbers swapped: the "parent" is younger
    assert "cannot be Kid's parent" in why


def test_a_child_is_younger_than_the_authorizer():
    parent = P("Mum", date(1970, 1, 1), False)
    assert check(parent, P("Kid", date(1995, 1, 1)), "child") == []
    [why] = check(parent, P("Kid", date(1965, 1, 1)), "child")
    assert "Mum (born 1970-01-01) cannot be Kid's parent" in why


@pytest.mark.parametrize("rel", ["grandparent", "grandchild"])
def test_a_grandparent_is_two_generations_older(rel):
    young, old_ok, old_close = P("Y", date(2000, 1, 1)), P("O", date(1972, 1, 1)), P("O", date(1980, 1, 1))
    pair = (young, old_ok) if rel == "grandparent" else (old_ok, young)
    assert check(*pair, rel) == []
    pair = (young, old_close) if rel == "grandparent" else (old_close, young)
    [why] = check(*pair, rel)
    assert "O (born 1980-01-01) cannot be Y's grandparent: a grandparent is at least 28 years older" in why


def test_grandparent_older_than_the_known_parents():
    kid = P("Kid", date(2010, 1, 1))
    dad = P("Dad", date(1975, 1, 1))
    ties = [Tie("Kid", "Dad", "father")]  # Dad is Kid's father (Kid authorizes Dad)
    young_gran = P("Gran", date(1976, 1, 1), False)  # 34 years older than Kid, but younger than Dad
    [why] = check(kid, young_gran, "grandparent", ties, (kid, dad, young_gran))
    assert "Gran (born 1976-01-01) cannot be Kid's grandparent: Dad, Kid's parent, is not younger" in why
    old_gran = P("Gran", date(1950, 1, 1), False)
    assert check(kid, old_gran, "grandparent", ties, (kid, dad, old_gran)) == []
    # Parent known the other way round (Dad authorizes Kid as his child), grandparent as Gran's grandchild.
    ties = [Tie("Dad", "Kid", "child")]
    [why] = check(young_gran, kid, "grandchild", ties, (kid, dad, young_gran))
    assert "Dad, Kid's parent, is not younger" in why


def test_parent_younger_than_the_known_grandparents():
    kid, gran = P("Kid", date(2010, 1, 1)), P("Gran", date(1970, 1, 1), False)
    ties = [Tie("Kid", "Gran", "grandparent")]
    dad = P("Dad", date(1972, 1, 1))  # born after Gran: plausible
    assert check(kid, dad, "father", ties, (kid, gran, dad)) == []
    old_dad = P("Dad", date(1968, 1, 1))
    [why] = check(kid, old_dad, "father", ties, (kid, gran, old_dad))
    assert "Dad (born 1968-01-01) cannot be Kid's parent: Gran, Kid's grandparent, is not older" in why


def test_siblings_and_others_have_no_age_rule():
    assert check(P("A", date(1950, 1, 1)), P("B", date(2010, 1, 1)), "sibling") == []


# ----------------------------------------------------------------------------------------------- suggestion

@pytest.mark.parametrize("user_born, male, expected", [
    (date(1930, 1, 1), True, "grandparent"),
    (date(1950, 1, 1), True, "father"),
    (date(1950, 1, 1), False, "mother"),
    (date(1982, 1, 1), False, "spouse"),
    (date(1982, 1, 1), True, "sibling"),
    (date(2005, 1, 1), True, "child"),
    (date(2020, 1, 1), False, "grandchild"),
])
def test_suggested_relation(user_born, male, expected):
    a = P("A", date(1980, 1, 1))
    assert suggest_relation(a, P("U", user_born, male), TODAY) == expected


def test_no_spouse_suggested_when_one_is_bound_or_too_young():
    a = P("A", date(1980, 1, 1))
    assert suggest_relation(a, P("U", date(1982, 1, 1), False), TODAY, spouse_taken=True) == "sibling"
    teen = P("T", date(2008, 1, 1))
    assert suggest_relation(teen, P("U", date(2009, 1, 1), False), TODAY) == "sibling"


def test_every_suggestion_is_plausible():
    """What is suggested passes the checks (ID numbers from the project's own generator)."""
    a = person("a", "A", "11010519491231002X")
    for born in (date(1900, 1, 1), date(1930, 5, 5), date(1960, 1, 1), date(1990, 1, 1), date(2020, 1, 1)):
        for male in (True, False):
            u = Person("u", "U", born, male)
            rel = suggest_relation(a, u, TODAY)
            assert check(a, u, rel) == [], (born, male, rel)
    assert ids.validate("11010519491231002X").birth_date == a.born
