"""The add-member form says at once what core would refuse in a name (issue #9): invisible characters (zero-width
space, word joiner, Arabic letter mark), direction overrides, NUL — and a pasted 1,000-character name is shown
whole and refused with the limit, never cut to 50 in silence. The words are core's own."""
from __future__ import annotations

import pytest

from core.errors import InvalidInput
from core.members import Members
from gui.dialogs.member import MemberDialog


def core_message(name: str) -> str:
    with pytest.raises(InvalidInput) as exc:
        Members.check_name(name)
    return str(exc.value)


@pytest.mark.parametrize("name", ["张\u200b三", "张\u2060三", "张\u061c三", "张\u202e三", "张\x00三", "张" * 1000])
def test_the_form_refuses_a_bad_name_live_with_cores_message(qtbot, runner, service, settle, snap, name):
    hid = service.households.create("测试家", "national").value.id
    dlg = MemberDialog(runner, hid)
    qtbot.addWidget(dlg)
    before = snap()
    dlg.id_field.edit.setText("11010519491231002X")
    dlg.name_edit.setText("张三")
    assert dlg.ok.isEnabled()
    dlg.name_edit.clear()
    dlg.name_edit.insert(name)  # as pasted
    assert dlg.name_edit.text() == name  # nothing cut off or dropped in silence
    assert dlg.error.text() == core_message(name)
    assert not dlg.ok.isEnabled()
    dlg._save()  # even if forced, nothing is sent
    settle()
    assert snap() == before
    if len(name) == 1000:
        assert "50" in dlg.error.text() and "1000" in dlg.error.text()
