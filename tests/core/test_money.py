"""Money at the edges: parse_yuan (ROUND_HALF_UP, full-width, ¥/元/commas, refusals) and format_fen."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import InvalidInput
from core.money import MAX_FEN, check_fen, format_fen, parse_yuan, to_decimal

pytestmark = pytest.mark.usefixtures("english")


def refused(raw, **kw) -> str:
    with pytest.raises(InvalidInput) as exc:
        parse_yuan(raw, **kw)
    return str(exc.value)


@pytest.mark.parametrize("raw, fen", [
    ("12", 1200), ("12.3", 1230), ("12.34", 1234), ("0.01", 1), (".5", 50), ("7.", 700),
    ("1,234.56", 123456), ("1,234,567", 123456700),
    ("¥8", 800), ("￥8", 800), ("8元", 800), ("¥ 1,000.00 元", 100000),
    ("１２.３４", 1234), ("１，２３４", 123400), ("  9.99  ", 999),
    (42, 4200), (Decimal("3.21"), 321),
])
def test_accepted_forms(raw, fen):
    assert parse_yuan(raw) == fen


@pytest.mark.parametrize("raw", ["0.005", "0.004", "1.005", "1.015", "2.675", "1.0049", "99.995", "12.345",
                                 "１２.３４５", "1,234.567", Decimal("3.215")])
def test_more_than_a_fen_is_refused_never_rounded(raw):
    # Issue #9: 12.345 was recorded as ¥12.35 and 0.005 as ¥0.01.
    assert "more than two decimal places" in refused(raw)


@pytest.mark.parametrize("raw, fen", [("12.340", 1234), ("0.010", 1), ("1.50000", 150)])
def test_trailing_zeros_lose_nothing_and_are_accepted(raw, fen):
    assert parse_yuan(raw) == fen


@pytest.mark.parametrize("raw", ["\u0663\u0660\u0660", "\u06f3\u06f0\u06f0", "\u0967\u0968", "1\u0663", "\u0e51\u0e52.50",
                                 "\u1811\u1812"])
def test_digits_of_other_scripts_are_refused(raw):
    # Issue #9: Arabic-Indic ٣٠٠ was read as 300 yuan. Only ASCII and full-width digits are money.
    assert "digits other than 0" in refused(raw)


def test_negative_with_more_than_a_fen_is_refused_too():
    assert "more than two decimal places" in refused("-1.005", allow_negative=True)


@pytest.mark.parametrize("raw", ["NaN", "nan", "inf", "Infinity", "-inf", "1e309", "1E3", "0x10", "12abc", "abc",
                                 "1.2.3", "--1", "12元5", "1_000", "½", "\u2460"])
def test_garbage_is_not_an_amount(raw):
    msg = refused(raw)
    assert "is not an amount" in msg


@pytest.mark.parametrize("raw", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("sNaN")])
def test_non_finite_decimal(raw):
    assert "real number" in refused(raw)


def test_negative_is_refused_unless_allowed():
    assert "cannot be negative" in refused("-5")
    assert parse_yuan("-5", allow_negative=True) == -500


def test_plus_sign():
    # A leading + is harmless: it is still the same positive amount.
    assert parse_yuan("+5") == 500


def test_zero_is_refused_unless_allowed():
    assert "more than zero" in refused("0")
    assert "more than zero" in refused("0.00")
    assert parse_yuan("0", allow_zero=True) == 0


@pytest.mark.parametrize("raw", ["", "   ", "¥", "元", "\u3000"])
def test_empty(raw):
    assert "enter an amount" in refused(raw)


def test_float_and_bool_are_refused():
    assert "floating-point" in refused(1.5)
    assert "floating-point" in refused(True)
    assert "floating-point" in refused(None)


@pytest.mark.parametrize("raw", [
    "100000001", "1" * 40, "9" * 5000, Decimal("1e309"), Decimal("1e30"), 10 ** 40,
])
def test_huge_amounts_are_refused_with_a_message(raw):
    msg = refused(raw)
    assert "too large" in msg


def test_largest_amount_is_accepted():
    assert parse_yuan("100,000,000") == MAX_FEN
    assert "too large" in refused("100000000.01")


def test_long_garbage_is_cut_in_the_message():
    msg = refused("x" * 1000)
    assert "x" * 40 in msg and "x" * 41 not in msg


def test_field_is_reported():
    with pytest.raises(InvalidInput) as exc:
        parse_yuan("abc", field="price")
    assert exc.value.field == "price"


@pytest.mark.parametrize("bad", [1.0, "1", True, None])
def test_check_fen_type(bad):
    with pytest.raises(InvalidInput, match="whole number of fen"):
        check_fen(bad)


def test_check_fen_limits():
    assert check_fen(1) == 1
    assert check_fen(MAX_FEN) == MAX_FEN
    with pytest.raises(InvalidInput, match="too large"):
        check_fen(MAX_FEN + 1)
    with pytest.raises(InvalidInput, match="too large"):
        check_fen(-MAX_FEN - 1, allow_negative=True)


@pytest.mark.parametrize("fen, text", [
    (0, "¥0.00"), (1, "¥0.01"), (99, "¥0.99"), (100, "¥1.00"), (1234567, "¥12,345.67"), (-1234567, "-¥12,345.67"),
    (-5, "-¥0.05"), (MAX_FEN, "¥100,000,000.00"),
])
def test_format_fen(fen, text):
    assert format_fen(fen) == text


def test_format_fen_options():
    assert format_fen(1234567, symbol=False) == "12,345.67"
    assert format_fen(1234567, grouping=False) == "¥12345.67"
    with pytest.raises(TypeError):
        format_fen(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_fen(True)


def test_to_decimal():
    assert to_decimal(12345) == Decimal("123.45")
    assert str(to_decimal(5)) == "0.05"


@given(st.integers(1, MAX_FEN))
def test_format_then_parse_round_trips(fen):
    assert parse_yuan(format_fen(fen)) == fen
    assert parse_yuan(format_fen(fen, symbol=False, grouping=False) + "元") == fen


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000000"), places=3))
def test_exact_or_refused_never_rounded(d):
    scaled = d * 100
    if scaled != scaled.to_integral_value():
        assert "more than two decimal places" in refused(str(d))
    else:
        assert parse_yuan(str(d)) == int(scaled)


def test_messages_name_the_amount_not_an_identifier():
    assert refused("-5", field="amount_fen") == "The amount cannot be negative."
    assert refused("0", field="balance_fen") == "The balance must be more than zero."
    assert "amount_fen" not in refused("1" * 40, field="amount_fen")


@pytest.mark.parametrize("raw", ["1,00", "12,5", "1,2,3", "12 5", "1,0000", ",100", "100,", "1,234,56"])
def test_separators_only_between_thousands(raw):
    """A comma or space anywhere else would silently turn 1,00 into 100 yuan."""
    assert "in the wrong place" in refused(raw)


@pytest.mark.parametrize("raw, fen", [("1 000", 100000), ("12 345.6", 1234560), ("-1,000", -100000)])
def test_grouped_forms(raw, fen):
    assert parse_yuan(raw, allow_negative=True) == fen


def test_labels_of_caller_fields():
    assert refused("-1", field="balance") == "The balance cannot be negative."
    assert refused("-1", field="prior") == "The prior-years part cannot be negative."
