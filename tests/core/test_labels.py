"""core.labels.minute_text: a time to the minute, exactly as strftime("%Y-%m-%d %H:%M") writes it."""
from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from core.labels import minute_text


@given(st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59, 999999)))
def test_minute_text_is_strftime_to_the_minute(t):
    assert minute_text(t) == t.strftime("%Y-%m-%d %H:%M")


def test_minute_text_pads_and_drops_seconds():
    assert minute_text(datetime(2026, 3, 4, 5, 6, 59, 999999)) == "2026-03-04 05:06"
    assert minute_text(datetime(999, 1, 2, 3, 4)) == "0999-01-02 03:04"
