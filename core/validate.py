"""Cleaning and checking what a person typed, before anything touches the database (Qt-free, no storage).

Every refusal is an :class:`core.errors.InvalidInput` (or NotFound) with a message in the user's language.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone

from core.errors import InvalidInput, NotFound
from core.i18n import tr

CST = timezone(timedelta(hours=8), "CST")

#: Direction overrides and isolates: invisible, and they can make a name display as something else.
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Letters that show nothing (the Hangul fillers). With every format character (category Cf: zero-width space
#: U+200B, word joiner U+2060, Arabic letter mark U+061C, soft hyphen, BOM ...) and the line/paragraph separators they
#: are refused like direction overrides: invisible, they make two equal-looking names different.
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")


def now_cst() -> datetime:
    """Now, as a naive datetime in China Standard Time (how the ledger stores time)."""
    return datetime.now(CST).replace(tzinfo=None)


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
        if (cat in ("Cf", "Zl", "Zp") or ch in _INVISIBLE_LETTERS) and not (multiline and ch == "\u200d"):
            # (a note may keep the zero-width joiner of an emoji sequence)
            raise InvalidInput(tr("{label} contains an invisible character ({code}); please retype it.", label=label,
                                  code=f"U+{ord(ch):04X}"), field=field)
    if required and not s:
        raise InvalidInput(tr("Please enter {label}.", label=label), field=field)
    if len(s) > max_len:
        raise InvalidInput(tr("{label} is too long: at most {max} characters, this has {n}.", label=label,
                              max=max_len, n=len(s)), field=field)
    return s


def check_choice(value: object, choices: Sequence[str], *, field: str, label: str) -> str:
    if value not in choices:
        raise InvalidInput(tr("{label} must be one of: {choices}.", label=label, choices=", ".join(choices)),
                           field=field)
    return value  # type: ignore[return-value]


def check_day(value: object, field: str) -> date | None:
    """An authorization-period day: a date (a datetime counts as its day), or None."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    raise InvalidInput(tr("The start and end of the authorization period must be dates."), field=field)


def check_id_int(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput(tr("{field} must be a positive whole number.", field=field), field=field)
    if value > 2**63 - 1:  # larger than any database integer (SQLite raised OverflowError)
        raise NotFound(tr("There is no {what} with number {id}.", what=field, id=value), field=field)
    return value


def check_occurred(occurred_at: datetime | None, clock: Callable[[], datetime]) -> datetime | None:
    """When a money event happened: not in the future (5 minutes' grace), not before 2000; stored naive CST."""
    if occurred_at is None:
        return None
    if not isinstance(occurred_at, datetime):
        raise InvalidInput(tr("The date must be a date and time."), field="occurred_at")
    if occurred_at.tzinfo is not None:
        occurred_at = occurred_at.astimezone(CST).replace(tzinfo=None)
    if occurred_at > clock() + timedelta(minutes=5):
        raise InvalidInput(tr("The date {d} is in the future.", d=occurred_at.strftime("%Y-%m-%d %H:%M")),
                           field="occurred_at")
    if occurred_at.year < 2000:
        raise InvalidInput(tr("The date {d} is too far in the past.", d=occurred_at.strftime("%Y-%m-%d")),
                           field="occurred_at")
    return occurred_at

