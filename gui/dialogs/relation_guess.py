"""A first guess at how two family members are related, from what their ID numbers say (birth dates and sexes).

Only a default for the bind dialog's relation box (the user can always choose another). The rule is core's
(:func:`core.plausibility.suggest_relation`; saved members go through ``col.bindings.suggest_relation``, which also
knows who already has a spouse); this wrapper serves a person not saved yet ("New person…") and refuses quietly
(None) when an ID number cannot be read. The relation is what the *user* is to the *authorizer*.
"""
from __future__ import annotations

from datetime import date

from core import ids
from core import plausibility as pl
from core.errors import InvalidInput


def _valid(id_number: str | None) -> bool:
    if not id_number:
        return False
    try:
        ids.validate(id_number)
    except InvalidInput:
        return False
    return True


def guess_relation(user_id_number: str | None, authorizer_id_number: str | None, *,
                   today: date | None = None) -> str | None:
    """What the user most likely is to the authorizer, or None if either ID number cannot be read."""
    if not (_valid(user_id_number) and _valid(authorizer_id_number)):
        return None
    return pl.suggest_relation(pl.person("authorizer", "", authorizer_id_number), pl.person("user", "", user_id_number),
                               today or date.today())
