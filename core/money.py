"""Money at the edges. Inside the program money is an int of fen (分); only input, display and export convert.

Nothing is ever rounded: an amount finer than a fen (``12.345``, ``0.005``) is refused with a specific message, as
are signs where not allowed, NaN, exponents, infinity and absurd sizes. Input accepts ASCII and full-width digits
only (not Arabic-Indic ``٣٠٠`` or other scripts' digits), a leading ¥/￥, thousands separators and a trailing 元.
"""
from __future__ import annotations

import re

from core.errors import InvalidInput
from core.i18n import tr

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing)
if TYPE_CHECKING:
    from decimal import Decimal

#: Largest amount accepted anywhere: 100 million yuan. Far above any personal account, far below int64.
MAX_FEN = 100_000_000 * 100

#: Full-width ASCII (U+FF01..U+FF5E), the full-width yuan sign and the ideographic space → ASCII. Not NFKC, which
#: would also read circled ①, superscript ¹ or fractions as digits.
_FULL_WIDTH = {0x3000: " ", 0xFFE5: "¥", **{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}}

# [0-9], not \d: \d would also match Arabic-Indic, Devanagari ... digits, which Decimal() happily reads.
# (Patterns compiled by re on first use, and decimal imported by parse_yuan: a list command needs neither.)
_GROUPED = r"^[+-]?[0-9]{1,3}([, ][0-9]{3})+(\.[0-9]*)?$"
_NUMBER = r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$"


def parse_yuan(raw: str | int | Decimal, *, field: str = "amount", allow_zero: bool = False,
               allow_negative: bool = False) -> int:
    """Parse an amount in yuan typed by a person (e.g. "1,234.5", "１２.３４", "¥8") into fen."""
    from decimal import Decimal, InvalidOperation
    if isinstance(raw, bool) or isinstance(raw, float):
        raise InvalidInput(tr("The amount must be written as text or a whole number, not a floating-point value."),
                           field=field)
    if isinstance(raw, int):
        d = Decimal(raw)
    elif isinstance(raw, Decimal):
        d = raw
    elif isinstance(raw, str):
        s = raw.translate(_FULL_WIDTH).strip()
        s = s.removeprefix("¥").strip().removesuffix("元").strip()
        if not s:
            raise InvalidInput(tr("Please enter an amount."), field=field)
        if any(c.isdecimal() and not "0" <= c <= "9" for c in s):
            raise InvalidInput(tr("\u201c{raw}\u201d uses digits other than 0\u20139. Please write the amount with the "
                                  "digits 0\u20139.", raw=raw.strip()[:40]), field=field)
        if "," in s or " " in s:
            # Only as thousands separators: "1,00" or "12 5" must not silently become 100 or 125 yuan.
            if not re.match(_GROUPED, s):
                raise InvalidInput(tr("\u201c{raw}\u201d has a comma or space in the wrong place. Commas may only "
                                      "separate thousands, like 1,234.50.", raw=raw.strip()[:40]), field=field)
            s = s.replace(",", "").replace(" ", "")
        if not re.match(_NUMBER, s):
            raise InvalidInput(tr("\u201c{raw}\u201d is not an amount. Write it like 123.45 (yuan).",
                                  raw=raw.strip()[:40]), field=field)
        try:
            d = Decimal(s)
        except InvalidOperation:  # pragma: no cover - the regex already rules this out
            raise InvalidInput(tr("\u201c{raw}\u201d is not an amount. Write it like 123.45 (yuan).",
                                  raw=raw.strip()[:40]), field=field) from None
    else:
        raise InvalidInput(tr("The amount must be written as text or a whole number, not a floating-point value."),
                           field=field)
    if not d.is_finite():
        raise InvalidInput(tr("The amount must be a real number."), field=field)
    if d.adjusted() > 12:  # ≥ 10^13 yuan: far above MAX_FEN; quantize() would overflow the decimal context
        raise InvalidInput(tr("{field} is too large (at most {max} yuan).", field=field_label(field),
                              max=format_fen(MAX_FEN, symbol=False)), field=field)
    scaled = d * 100
    if scaled != scaled.to_integral_value():
        # Never round money: 12.345 is not silently ¥12.35, 0.005 is not ¥0.01.
        raise InvalidInput(tr("{field} has more than two decimal places ({raw}); the smallest unit is one fen "
                              "(0.01 yuan).", field=field_label(field), raw=_shown(raw)), field=field)
    fen = int(scaled)
    return check_fen(fen, field=field, allow_zero=allow_zero, allow_negative=allow_negative)


def _shown(raw: object) -> str:
    return raw.strip()[:40] if isinstance(raw, str) else str(raw)[:40]


def field_label(field: str) -> str:
    """What a person calls an amount field (messages must not show identifiers like ``amount_fen``)."""
    labels = {"amount": tr("The amount"), "amount_fen": tr("The amount"), "balance": tr("The balance"),
              "balance_fen": tr("The balance"), "prior": tr("The prior-years part"),
              "prior_years": tr("The prior-years part"), "prior_years_fen": tr("The prior-years part"),
              "delta_fen": tr("The correction")}
    return labels.get(field, field)


def check_fen(fen: object, *, field: str = "amount", allow_zero: bool = False, allow_negative: bool = False) -> int:
    """Validate an amount that is already in fen (from a file or another program)."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise InvalidInput(tr("{field} must be a whole number of fen.", field=field_label(field)), field=field)
    if fen < 0 and not allow_negative:
        raise InvalidInput(tr("{field} cannot be negative.", field=field_label(field)), field=field)
    if fen == 0 and not allow_zero:
        raise InvalidInput(tr("{field} must be more than zero.", field=field_label(field)), field=field)
    if abs(fen) > MAX_FEN:
        raise InvalidInput(tr("{field} is too large (at most {max} yuan).", field=field_label(field),
                              max=format_fen(MAX_FEN, symbol=False)), field=field)
    return fen


def to_decimal(fen: int) -> Decimal:
    from decimal import Decimal
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def format_fen(fen: int, *, symbol: bool = True, grouping: bool = True) -> str:
    """1234567 → '¥12,345.67'."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError("fen must be int")
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    body = f"{yuan:,}" if grouping else str(yuan)
    return f"{sign}{'¥' if symbol else ''}{body}.{cents:02d}"
