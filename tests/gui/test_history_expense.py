"""The History tab's filter by expense kind (issue #10): chosen in the Kind box (费用：门诊 …), in both perspectives,
shows what core's filter returns — refunds with their payment's kind — and the totals follow."""
from __future__ import annotations

from core import history as H
from core.labels import EXPENSE_KINDS
from tests.gui.test_history import core_ids, setup, shown_ids  # noqa: F401 - setup: the same fixture

import pytest

pytestmark = pytest.mark.usefixtures("english")


def test_expense_kinds_are_offered_after_the_record_kinds(setup):
    combo = setup["view"].kind_combo
    data = [combo.itemData(i) for i in range(combo.count())]
    assert [d for d in data if d and d.startswith("expense:")] == ["expense:" + e for e in EXPENSE_KINDS]
    i = combo.findData("expense:outpatient")
    assert combo.itemText(i) == "Expense: outpatient"


def test_expense_filter_in_both_perspectives(setup, qtbot):
    s, v = setup, setup["view"]
    v.set_filter_values(kind="expense:pharmacy")
    assert set(shown_ids(v)) == {s["p_kid"].id, s["ref"].id} == set(core_ids(s, expenses=frozenset({"pharmacy"})))
    assert v.current_filter().expenses == {"pharmacy"} and not v.current_filter().kinds
    v.set_filter_values(member_id=s["kid"], perspective="paid_for_me", kind="expense:outpatient")
    assert shown_ids(v) == []
    v.set_filter_values(member_id=s["dad"], perspective="paid_for_me", kind="expense:outpatient")
    assert shown_ids(v) == [s["p_dad"].id]
    v.set_filter_values(member_id=s["dad"], perspective="paid_from_my_account", kind="expense:pharmacy")
    assert set(shown_ids(v)) == {s["p_kid"].id, s["ref"].id}
    v.set_filter_values(member_id=s["dad"], perspective="paid_from_my_account", kind="expense:inpatient")
    assert shown_ids(v) == []
    # chosen with the keyboard/mouse like a user: the list follows
    v.set_filter_values()
    v.kind_combo.setCurrentIndex(v.kind_combo.findData("expense:inpatient"))
    qtbot.waitUntil(lambda: shown_ids(v) == [s["p_mom"].id], timeout=3000)
    assert "Expense: inpatient" in v.describe_filter()
    assert H.count(s["db"], v.current_filter()) == 1
