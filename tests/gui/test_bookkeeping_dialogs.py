"""The 对账 dialog, the monthly 划入 dialog, the binding application dialog (PDF text via pdftotext: masked vs full,
the audit row only for full) and the pending panel naming who applied and who must confirm — against a real temp
database, each checked through a fresh connection."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import Qt

from gui.dialogs import files
from gui.dialogs.application import ApplicationDialog
from gui.dialogs.monthly import MonthlyDialog
from gui.dialogs.reconcile import ReconcileDialog
from gui.widgets import common
from gui.widgets.pending_panel import PendingPanel

pytestmark = pytest.mark.usefixtures("english")


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture()
def family(service, person):
    hid = service.households.create("王家", "national").value.id
    a = person(hid, "王强", balance=100_000)
    b = person(hid, "李梅", balance=50_000, male=False)
    person(hid, "王小宝", kind="resident", born=date(2015, 3, 3))
    return hid, a, b


def test_reconcile_dialog_previews_then_records_one_correction(qtbot, runner, family, settle, fresh, snap):
    hid, a, b = family
    dlg = ReconcileDialog(runner, hid, member_id=b)
    qtbot.addWidget(dlg)
    assert dlg.member.count() == 2  # the resident child has no account
    before = snap()
    dlg.current.setText("500.00")
    assert "nothing needs to be recorded" in dlg.summary.text() and not dlg.ok.isEnabled()
    dlg.current.setText("480.005")
    assert "more than two decimal places" in dlg.error.text() and not dlg.ok.isEnabled()
    dlg.current.setText("480")
    assert "-¥20.00" in dlg.summary.text() and dlg.ok.isEnabled()
    assert snap() == before  # nothing written while typing
    click(qtbot, dlg.ok)
    settle()
    assert dlg.result is not None and fresh(lambda g: g.members.get(b)).balance_fen == 48_000
    rec = fresh(lambda g: [e for e in g.audit.log(hid) if e.action == "ledger.reconcile"])
    assert len(rec) == 1


def test_monthly_dialog_remembers_and_asks_before_a_second_run(qtbot, runner, service, family, settle, fresh,
                                                                monkeypatch):
    hid, a, b = family
    last = service.clock().date().replace(day=1)
    prev = date(last.year - 1, 12, 1) if last.month == 1 else date(last.year, last.month - 1, 1)
    service.bookkeeping.credit_month(hid, {a: 18_000, b: 9_050}, f"{prev:%Y-%m}")
    dlg = MonthlyDialog(runner, hid)
    qtbot.addWidget(dlg)
    assert [e.text() for e in dlg.fields.values()] == ["180.00", "90.50"] and "¥270.50" in dlg.total.text()
    dlg.fields[b].setText("100")
    dlg.fields[a].setText("1.234")
    assert "王强" in dlg.error.text() and not dlg.ok.isEnabled()
    dlg.fields[a].setText("180")
    click(qtbot, dlg.ok)
    settle()
    assert fresh(lambda g: (g.members.get(a).balance_fen, g.members.get(b).balance_fen)) == (136_000, 69_050)

    again = MonthlyDialog(runner, hid)
    qtbot.addWidget(again)
    assert "Already recorded" in again.already.text() and "¥180.00" in again.already.text()
    asked = []
    monkeypatch.setattr(common, "ask", lambda *args: asked.append(args) or False)
    click(qtbot, again.ok)
    settle()
    assert asked and fresh(lambda g: g.members.get(a).balance_fen) == 136_000  # declined: nothing
    monkeypatch.setattr(common, "ask", lambda *args: True)
    click(qtbot, again.ok)
    settle()
    assert fresh(lambda g: g.members.get(a).balance_fen) == 154_000


def _pdf_text(path) -> str:
    return "".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
@pytest.mark.parametrize("full", [False, True], ids=["masked", "full"])
def test_application_dialog_pdf_masked_unless_full_ids_audited(qtbot, runner, service, family, settle, fresh,
                                                              tmp_path, monkeypatch, full):
    hid, a, b = family
    bid = service.bindings.bind(a, b, "spouse").value.id
    number = service.members.get(a).id_number
    out = tmp_path / "app.pdf"
    monkeypatch.setattr(files, "save_file_name", lambda *args: str(out))
    dlg = ApplicationDialog(runner, hid, binding_id=bid)
    qtbot.addWidget(dlg)
    dlg.full_ids.setChecked(full)
    click(qtbot, dlg.ok)
    settle()
    qtbot.waitUntil(lambda: dlg.saved_to is not None, timeout=10_000)
    text = _pdf_text(out)
    assert "王强" in text and "李梅" in text
    assert (number in text) is full and ((number[:6] + "********" + number[-4:]) in text) is not full
    reveals = fresh(lambda g: [e for e in g.audit.log(hid) if e.action == "member.reveal_id"])
    assert len(reveals) == (2 if full else 0)
    assert (out.stat().st_mode & 0o777) == 0o600


def test_pending_panel_names_who_applied_and_who_must_confirm(qtbot, runner, service, person, settle, fresh):
    hid = service.households.create("江苏三家", "jiangsu").value.id
    husband = person(hid, "丈夫", balance=300_00)
    wife = person(hid, "妻子", balance=100_00, male=False)
    b = service.bindings.bind(husband, wife, "spouse", commitment_signed=True, proofs=["marriage_certificate"]).value
    panel = PendingPanel(runner)
    qtbot.addWidget(panel)
    panel.set_household(hid)
    text = panel.list.item(0).text()
    assert text.startswith("丈夫 applied") and "waiting for 妻子 to confirm" in text
    click(qtbot, panel.confirm)
    settle()
    done = fresh(lambda g: g.bindings.get(b.id))
    assert (done.state, done.confirmed_by, done.confirmer_name) == ("active", "user", "妻子")


def test_household_menu_opens_the_three_dialogs(qtbot, runner, demo, settle, monkeypatch):
    from gui.dialogs.application import ApplicationDialog as A
    from gui.dialogs.monthly import MonthlyDialog as M
    from gui.dialogs.reconcile import ReconcileDialog as R
    from gui.main_window import MainWindow
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.household_combo.setCurrentIndex(w.household_combo.findData(demo["周家"]))
    settle()
    opened = []
    for cls in (A, M, R):
        monkeypatch.setattr(cls, "exec", lambda self: opened.append(type(self).__name__) or 0)
    menu = w.menu_household.actions()
    for a in (w.act_reconcile, w.act_monthly, w.act_application):
        assert a in menu and a.isEnabled()
        a.trigger()
    assert opened == ["ReconcileDialog", "MonthlyDialog", "ApplicationDialog"]
