"""Issue #9 "Input that is silently changed", names: a 1,000-character name is refused with the limit stated (not cut
to 50), and invisible characters (zero-width space U+200B, word joiner U+2060, Arabic letter mark U+061C, ...) are
refused like direction overrides and NUL — by core, whatever the caller (window, CLI, import)."""
from __future__ import annotations

import pytest

from core.errors import InvalidInput
from core.validate import clean_text

pytestmark = pytest.mark.usefixtures("english")

INVISIBLE = ["\u200b", "\u2060", "\u061c", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u180e", "\u2028", "\u3164"]


def test_a_long_pasted_name_is_refused_with_the_limit_stated(g, fam, snap):
    h = fam.household()
    before = snap()
    with pytest.raises(InvalidInput, match=r"at most 50 characters, this has 1000"):
        g.members.add(h, "张" * 1000, "11010519491231002X", "resident")
    assert snap() == before


@pytest.mark.parametrize("ch", INVISIBLE)
def test_invisible_characters_in_a_name_are_refused(g, fam, snap, ch):
    h = fam.household()
    before = snap()
    with pytest.raises(InvalidInput, match="invisible") as exc:
        g.members.add(h, f"张{ch}三", "11010519491231002X", "resident")
    assert f"U+{ord(ch):04X}" in str(exc.value) or "control character" in str(exc.value)
    assert snap() == before
    with pytest.raises(InvalidInput, match="invisible"):
        g.households.create(f"一{ch}家")


@pytest.mark.parametrize("ch", ["\u200b", "\u2060", "\u061c", "\u202e", "\x00"])
def test_the_same_characters_at_the_ends_are_refused_too(ch):
    with pytest.raises(InvalidInput, match="invisible"):
        clean_text(f"{ch}张三{ch}", field="name", label="the name", max_len=50)


def test_a_note_keeps_emoji_joiners_and_line_breaks_but_not_zero_width_spaces():
    assert clean_text("家\u200d人\nline 2\tx", field="note", label="the note", max_len=500, multiline=True) \
        == "家\u200d人\nline 2\tx"
    with pytest.raises(InvalidInput, match="invisible"):
        clean_text("a\u200bb", field="note", label="the note", max_len=500, multiline=True)


def test_ordinary_names_still_pass():
    for name in ("张三", "欧阳娜娜", "Zhāng Sān", "O'Brien", "玛丽·居里", "阿依古丽·买买提"):
        assert clean_text(name, field="name", label="the name", max_len=50) == name
