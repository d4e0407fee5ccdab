"""A first guess at how two family members are related, from what their ID numbers say (birth dates and sexes).

Only a default for the bind dialog's relation box (the user can always choose another); the plausibility checks
that REFUSE a binding (a parent younger than their child, a spouse under the marriage age, …) are core's.
Qt-free; returns one of ``core.profiles.RELATIONS`` or None when an ID number cannot be read.

The relation is what the *user* is to the *authorizer* ("{user} is {authorizer}'s …"), as in core's bind().
"""
from __future__ import annotations

from datetime import date

from core import ids
from core.errors import InvalidInput

#: Legal marriage ages in China (Civil Code art. 1047): men 22, women 20.
MARRIAGE_AGE = {True: 22, False: 20}
#: Age differences (years) taken as one generation apart and as two generations apart.
ONE_GENERATION = 15
TWO_GENERATIONS = 45


def _info(id_number: str | None) -> ids.IdInfo | None:
    if not id_number:
        return None
    try:
        return ids.validate(id_number)
    except InvalidInput:
        return None


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def guess_relation(user_id_number: str | None, authorizer_id_number: str | None, *,
                   today: date | None = None) -> str | None:
    """What the user most likely is to the authorizer, or None if either ID number cannot be read.

    Same generation (less than 15 years apart): spouse when of different sexes and both of marriage age, else
    sibling. 15 to 44 years: the younger is the child, the older the father or mother. 45 years or more:
    grandchild / grandparent."""
    u, a = _info(user_id_number), _info(authorizer_id_number)
    if u is None or a is None:
        return None
    today = today or date.today()
    user_age, auth_age = _age(u.birth_date, today), _age(a.birth_date, today)
    gap = auth_age - user_age  # > 0: the authorizer is older
    if abs(gap) < ONE_GENERATION:
        adults = user_age >= MARRIAGE_AGE[u.male] and auth_age >= MARRIAGE_AGE[a.male]
        return "spouse" if u.male != a.male and adults else "sibling"
    if gap >= TWO_GENERATIONS:
        return "grandchild"
    if gap <= -TWO_GENERATIONS:
        return "grandparent"
    if gap > 0:
        return "child"
    return "father" if u.male else "mother"
