"""The binding application's content (core, no Qt) and its PDF (gui renderer), text checked with pdftotext."""
from __future__ import annotations

from datetime import date

import pytest

from core.application import Party, binding_application
from core.i18n import set_language
from core.profiles import get_profile

HUSBAND = Party("周文斌", "11010519491231002X", "employee")
WIFE = Party("吴静", "110105197712240026", "employee")


@pytest.fixture(params=["en", "zh_CN"])
def lang(request):
    set_language(request.param)
    yield request.param
    set_language(None)


def _doc(reveal=False, relation="spouse", profile="jiangsu"):
    return binding_application(household="周家", profile=get_profile(profile), authorizer=HUSBAND, user=WIFE,
                               relation=relation, today=date(2026, 6, 15), reveal_ids=reveal)


def test_masked_by_default_full_only_when_revealed(lang):
    text = _doc().text()
    assert "110105********002X" in text and "11010519491231002X" not in text
    assert "11010519491231002X" in _doc(reveal=True).text()


def test_names_relation_checklist_and_commitment(lang):
    doc = _doc()
    text = doc.text()
    assert "周文斌" in text and "吴静" in text and "2026-06-15" in text
    if lang == "en":
        assert "The user is the authorizer's: spouse" in text
        assert "[x] Marriage certificate (结婚证)" in text and "[ ] Birth certificate (出生医学证明)" in text
        assert "the user confirms the application after the authorizer has applied" in text
    else:
        assert "配偶" in text and "结婚证" in text and "承诺" in text
    assert len(doc.commitment) == 5  # four paragraphs + the Jiangsu confirmation
    child = _doc(relation="child", profile="national")
    assert dict(child.checklist)[child.checklist[4][0]] is True  # birth certificate for a child
    assert len(child.commitment) == 4


def test_full_ids_for_two_people_are_logged_in_one_transaction_or_not_at_all(g, fam, snap):
    """Printing an application with full ID numbers logs both reveals together; if one person cannot be found,
    nothing is logged and no number is shown."""
    from core.errors import NotFound
    h = fam.household()
    a, u = fam.member(h, "张德福"), fam.member(h, "王桂兰")
    before = snap()
    with pytest.raises(NotFound):
        g.members.reveal_ids([a, 999_999], reason="test")
    assert snap() == before
    numbers = g.members.reveal_ids([a, u], reason="test")
    assert numbers == [g.members.get(a).id_number, g.members.get(u).id_number]
    logged = [e for e in g.audit.log(h) if e.action == "member.reveal_id"]
    assert len(logged) == 2
