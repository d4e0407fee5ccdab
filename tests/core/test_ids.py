"""Resident ID numbers (GB 11643-1999): check character, normalisation, every rejection class, 15-digit upgrade,
masking."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import ids
from core.errors import InvalidInput

pytestmark = pytest.mark.usefixtures("english")

VALID = "11010519491231002X"


def rejected(raw, **kw) -> str:
    with pytest.raises(InvalidInput) as exc:
        ids.validate(raw, **kw)
    assert exc.value.field == "id_number"
    return str(exc.value)


# ----------------------------------------------------------------------------------------------- check character

def test_check_char_of_the_standard_example():
    assert ids.check_char("11010519491231002") == "X"


def test_check_char_by_hand():
    # 1*7 + 1*9 + 0*10 + 1*5 + 0*8 + 5*4 + 1*2 + 9*1 + 4*6 + 9*3 + 1*7 + 2*9 + 3*10 + 1*5 + 0*8 + 0*4 + 2*2 = 167
    # 167 mod 11 = 2 -> "X"
    total = sum(int(c) * w for c, w in zip("11010519491231002", ids.WEIGHTS))
    assert total == 167 and total % 11 == 2
    assert ids.CHECK_CHARS[2] == "X"


@pytest.mark.parametrize("first17, expected", [
    ("44052418800101001", "4"),
    ("11010519800101001", None),
])
def test_check_char_matches_formula(first17, expected):
    total = sum(int(c) * w for c, w in zip(first17, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)))
    want = "10X98765432"[total % 11]
    assert ids.check_char(first17) == want
    if expected is not None:
        assert want == expected


def test_valid_example_and_what_it_encodes():
    info = ids.validate(VALID)
    assert info.number == VALID
    assert info.birth_date == date(1949, 12, 31)
    assert info.male is False  # 17th digit 2 is even


def test_seventeenth_digit_odd_is_male():
    body = "11010519800101001"
    assert ids.validate(body + ids.check_char(body)).male is True


# ----------------------------------------------------------------------------------------------- normalisation

@pytest.mark.parametrize("raw", [
    "11010519491231002x",                       # lower-case x
    "  11010519491231002X  ",                   # surrounding spaces
    "\t11010519491231002X\n",                   # surrounding tabs / newline
    "\u3000１１０１０５１９４９１２３１００２Ｘ\u3000",  # full-width digits, full-width X, ideographic spaces
    "１１０１０５１９４９１２３１００２ｘ",            # full-width lower-case x
])
def test_normalised_forms_are_accepted(raw):
    assert ids.validate(raw).number == VALID


def test_normalise_does_not_validate():
    assert ids.normalise(" 12ab ") == "12AB"


def test_non_text_is_refused():
    assert "text" in rejected(11010519491231002)


# ----------------------------------------------------------------------------------------------- rejections

def test_empty():
    assert "enter the ID number" in rejected("   ")


@pytest.mark.parametrize("raw, n", [("1101051949123100", 16), ("11010519491231002X1", 19), ("1", 1)])
def test_wrong_length_says_how_many(raw, n):
    assert f"has {n}" in rejected(raw)


def test_inner_spaces_are_refused_not_silently_removed():
    msg = rejected("110105 19491231 002X")
    assert "18 characters" in msg


@pytest.mark.parametrize("raw, pos, ch", [
    ("A1010519491231002X", 1, "A"),
    ("1101051949123100X2", 17, "X"),
    ("110105-9491231002X", 7, "-"),
])
def test_non_digit_in_body_names_position_and_character(raw, pos, ch):
    msg = rejected(raw)
    assert f"Character {pos}" in msg and ch in msg


@pytest.mark.parametrize("raw", ["\u2460" + VALID[1:], "\u00b9" + VALID[1:]])
def test_lookalike_digits_are_not_full_width_digits(raw):
    """Circled ① or superscript ¹ are not digits a person means; only full-width digits are folded."""
    msg = rejected(raw)
    assert "Character 1" in msg


def test_bad_last_character():
    msg = rejected("11010519491231002Y")
    assert "last character" in msg and "Y" in msg


@pytest.mark.parametrize("birth", ["19490230", "19491301", "19490001", "19490100"])
def test_birth_date_not_a_real_date(birth):
    body = "110105" + birth + "002"
    msg = rejected(body + ids.check_char(body))
    assert "not a real date" in msg and birth in msg


def test_birth_date_in_the_future():
    body = "110105" + "20990101" + "002"
    msg = rejected(body + ids.check_char(body), today=date(2026, 6, 15))
    assert "in the future" in msg and "2099-01-01" in msg


def test_birth_today_is_accepted_and_tomorrow_refused():
    today = date(2026, 6, 15)
    for day, ok in ((today, True), (today + timedelta(days=1), False)):
        body = f"110105{day:%Y%m%d}002"
        number = body + ids.check_char(body)
        if ok:
            assert ids.validate(number, today=today).birth_date == day
        else:
            assert "future" in rejected(number, today=today)


def test_birth_too_long_ago():
    body = "110105" + "18790101" + "002"
    assert "too far in the past" in rejected(body + ids.check_char(body))


def test_wrong_check_character_says_there_is_a_typo_not_what_the_last_character_should_be():
    msg = rejected("110105194912310021")  # the check character would be X
    assert "typo" in msg and "each digit" in msg
    assert "X" not in msg and "should be" not in msg  # no invitation to "fix" the last character
    assert rejected("110105194912310022") == msg  # the same words whichever digit is wrong


def test_is_valid():
    assert ids.is_valid(VALID)
    assert not ids.is_valid(VALID[:-1] + "1")


# ----------------------------------------------------------------------------------------------- 15 digits

def test_fifteen_digits_are_refused_with_the_upgrade():
    msg = rejected("110105491231002")
    assert "15-digit" in msg
    assert "110105194912310" in msg  # the upgraded number is offered


def test_upgrade_15():
    up = ids.upgrade_15("110105491231002")
    assert up == "110105" + "19" + "491231002" + ids.check_char("11010519491231002")
    assert up == VALID
    assert ids.validate(up).number == up


@pytest.mark.parametrize("bad", ["11010549123100", "1101054912310021", "11010549123100X"])
def test_upgrade_15_refuses_other_lengths(bad):
    with pytest.raises(InvalidInput, match="15 digits"):
        ids.upgrade_15(bad)


# ----------------------------------------------------------------------------------------------- masking

def test_mask():
    assert ids.mask(VALID) == "110105********002X"
    assert len(ids.mask(VALID)) == 18
    assert ids.mask("12345") == "*****"


# ----------------------------------------------------------------------------------------------- properties

bodies = st.builds(
    lambda area, born, seq: f"{area:06d}{born:%Y%m%d}{seq:03d}",
    st.integers(100000, 999999),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2020, 12, 31)),
    st.integers(0, 999),
)


@given(bodies)
def test_any_generated_id_validates(body):
    number = body + ids.check_char(body)
    info = ids.validate(number)
    assert info.number == number
    assert info.male == (int(body[16]) % 2 == 1)
    assert ids.validate(number.lower()).number == number


@given(bodies, st.integers(0, 17), st.integers(1, 10))
def test_any_single_character_change_is_rejected(body, pos, delta):
    number = body + ids.check_char(body)
    chars = "0123456789X" if pos == 17 else "0123456789"
    i = chars.index(number[pos])
    changed = number[:pos] + chars[(i + delta) % len(chars)] + number[pos + 1:]
    if changed == number:  # delta wrapped around to the same character (only possible for the 10-digit alphabet)
        return
    assert not ids.is_valid(changed)


def test_fifteen_digits_with_an_impossible_birth_date_do_not_suggest_an_upgrade():
    msg = rejected("110105491331002")  # month 13
    assert "15-digit" in msg and "not a real date" in msg
    assert "can be upgraded" not in msg
