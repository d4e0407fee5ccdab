"""Resident ID numbers (公民身份号码, GB 11643-1999): normalise, validate, mask.

Accepted input is normalised first: surrounding spaces removed, full-width digits/letters turned into
ASCII, a lower-case x turned into X. Everything else that is not 17 digits plus a check character is
rejected with a message that says exactly what is wrong.
"""
from __future__ import annotations

from core.record import frozen
from datetime import date

from core.errors import InvalidInput
from core.i18n import tr

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
_FULL_WIDTH = {0x3000: " ", **{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}}


def check_char(first17: str) -> str:
    """The GB 11643 check character for 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, WEIGHTS))
    return CHECK_CHARS[total % 11]


def normalise(raw: str) -> str:
    """Fold full-width characters to ASCII, strip surrounding white space, upper-case x. Does not validate."""
    if not isinstance(raw, str):
        raise InvalidInput(tr("The ID number must be text."), field="id_number")
    # Only full-width ASCII (U+FF01..U+FF5E) and the ideographic space are folded. NFKC would also turn circled
    # ①, superscript ¹ or Roman numeral Ⅹ into digits/X, which nobody means in an ID number.
    s = raw.translate(_FULL_WIDTH).strip()
    return s.upper()


@frozen
class IdInfo:
    number: str
    birth_date: date
    male: bool


def validate(raw: str, *, today: date | None = None) -> IdInfo:
    """Return the normalised, valid 18-character number with what it encodes, or raise InvalidInput."""
    s = normalise(raw)
    field = "id_number"
    if not s:
        raise InvalidInput(tr("Please enter the ID number."), field=field)
    if len(s) == 15 and s.isascii() and s.isdigit():
        upgraded = upgrade_15(s)
        try:
            validate(upgraded, today=today)
        except InvalidInput as exc:
            raise InvalidInput(tr("This is an old 15-digit ID number, and it is not valid: {why}", why=exc.message),
                               field=field) from None
        raise InvalidInput(
            tr("This is an old 15-digit ID number. Use the 18-digit number (it can be upgraded: {upgraded}).",
               upgraded=upgraded),
            field=field)
    if len(s) != 18:
        raise InvalidInput(tr("The ID number must have 18 characters; this one has {n}.", n=len(s)), field=field)
    body, last = s[:17], s[17]
    for i, c in enumerate(body, start=1):
        if not (c.isascii() and c.isdigit()):
            raise InvalidInput(tr("Character {pos} of the ID number must be a digit, not \u201c{ch}\u201d.",
                                  pos=i, ch=c), field=field)
    if not (last == "X" or (last.isascii() and last.isdigit())):
        raise InvalidInput(tr("The last character of the ID number must be a digit or X, not \u201c{ch}\u201d.",
                              ch=last), field=field)
    try:
        born = date(int(body[6:10]), int(body[10:12]), int(body[12:14]))
    except ValueError:
        raise InvalidInput(tr("The birth date in the ID number ({digits}) is not a real date.",
                              digits=body[6:14]), field=field) from None
    today = today or date.today()
    if born > today:
        raise InvalidInput(tr("The birth date in the ID number ({d}) is in the future.", d=born.isoformat()),
                           field=field)
    if born.year < 1880:
        raise InvalidInput(tr("The birth date in the ID number ({d}) is too far in the past.", d=born.isoformat()),
                           field=field)
    expected = check_char(body)
    if last != expected:
        # Not "it should be X": a typo is as likely in any of the 17 digits as in the last character, and naming
        # the "right" last character invites changing it to make a wrong number pass.
        raise InvalidInput(tr("The ID number has a typo somewhere: its digits do not add up (the last character "
                              "is a check on all the others). Please compare each digit with the ID card."),
                           field=field)
    return IdInfo(number=s, birth_date=born, male=int(body[16]) % 2 == 1)


def is_valid(raw: str) -> bool:
    try:
        validate(raw)
    except InvalidInput:
        return False
    return True


def upgrade_15(old: str) -> str:
    """Upgrade a legacy 15-digit ID number: insert the century '19' and compute the check character."""
    s = normalise(old)
    if len(s) != 15 or not (s.isascii() and s.isdigit()):
        raise InvalidInput(tr("An old ID number has exactly 15 digits."), field="id_number")
    body = s[:6] + "19" + s[6:]
    return body + check_char(body)


def mask(number: str) -> str:
    """Show the first 6 and last 4 characters only: 110105********002X."""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
