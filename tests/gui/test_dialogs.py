"""Dialogs against a real temp database: add member (live ID check), bind (live refusals, nothing saved while
refused), pending confirmation, unbind, pay (live preview = the core rule) and refund."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from core import ids
from core.demo import demo_id
from core.errors import InvalidInput
from gui.dialogs.bind import NEW, BindDialog
from gui.dialogs.member import MemberDialog
from gui.dialogs.pay import PayDialog, RefundDialog
from gui.dialogs.unbind import UnbindDialog
from gui.widgets.pending_panel import PendingPanel
from test_elderly import themed  # noqa: F401 - fixture


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


# ------------------------------------------------------------------------------------- member / ID number

def test_member_dialog_refuses_bad_id_live_and_saves_nothing(qtbot, runner, service, settle, snap, fresh):
    hid = service.households.create("测试家", "national").value.id
    dlg = MemberDialog(runner, hid)
    qtbot.addWidget(dlg)
    before = snap()
    dlg.name_edit.setText("王五")
    bad = "110105194912310021"  # check character should be X
    qtbot.keyClicks(dlg.id_field.edit, bad)
    with pytest.raises(InvalidInput) as exc:
        ids.validate(bad)
    assert dlg.id_field.feedback.text() == str(exc.value)
    assert not dlg.ok.isEnabled()
    click(qtbot, dlg.ok)
    dlg._save()  # even if forced, the dialog refuses to send it
    settle()
    assert snap() == before
    # Too short, while typing: the message says so.
    dlg.id_field.edit.setText("11010519")
    assert "18" in dlg.id_field.feedback.text() and not dlg.ok.isEnabled()
    # Full-width digits and a lower-case x are fine.
    dlg.id_field.edit.setText("１１０１０５１９４９１２３１００２x")
    assert dlg.id_field.info is not None and dlg.id_field.info.number == "11010519491231002X"
    dlg.balance.setText("１２３.４５")
    assert dlg.ok.isEnabled()
    click(qtbot, dlg.ok)
    settle()
    assert dlg.result() == QDialog.DialogCode.Accepted
    m = fresh(lambda g: g.members.get(dlg.created_id))
    assert (m.name, m.id_number, m.balance_fen) == ("王五", "11010519491231002X", 12345)


# ------------------------------------------------------------------------------------- bind: refusals

def test_bind_refused_one_authorizer_per_user(qtbot, runner, service, person, settle, snap):
    hid = service.households.create("许昌一家", "henan-xuchang").value.id
    dad = person(hid, "父亲甲", balance=100_00)
    mom = person(hid, "母亲乙", balance=100_00, male=False)
    kid = person(hid, "孩子丙", kind="resident", born=date(2010, 1, 1))
    service.bindings.bind(dad, kid, "child")
    dlg = BindDialog(runner, hid, user_id=kid, authorizer_id=mom)
    qtbot.addWidget(dlg)
    pick(dlg.relation, "child")
    before = snap()
    problems = service.bindings.check(mom, kid, "child")
    assert problems  # one authorizer per user
    assert dlg.problems == problems
    assert all(p in dlg.verdict.text() for p in problems)
    assert not dlg.ok.isEnabled()
    click(qtbot, dlg.ok)
    dlg._save()
    settle()
    assert snap() == before
    # Choosing the authorizer the child already has is refused too (already bound), still nothing saved.
    pick(dlg.authorizer, dad)
    assert dlg.problems and not dlg.ok.isEnabled()
    assert snap() == before


def test_bind_refused_composition_limit(qtbot, runner, service, person, settle, snap):
    hid = service.households.create("许昌二家", "henan-xuchang").value.id
    me = person(hid, "本人", balance=100_00, born=date(1985, 1, 1))
    f1 = person(hid, "父一", born=date(1955, 1, 1))
    f2 = person(hid, "父二", born=date(1956, 1, 1))
    service.bindings.bind(me, f1, "father")
    dlg = BindDialog(runner, hid, user_id=f2, authorizer_id=me)
    qtbot.addWidget(dlg)
    before = snap()
    pick(dlg.relation, "father")
    assert dlg.problems == service.bindings.check(me, f2, "father") != []
    assert not dlg.ok.isEnabled()
    # A relation this profile does not allow at all is explained too.
    pick(dlg.relation, "sibling")
    assert dlg.problems and not dlg.ok.isEnabled()
    dlg._save()
    settle()
    assert snap() == before


# ------------------------------------------------------------------------------------- bind → unbind

def test_full_bind_and_unbind(qtbot, runner, service, person, settle, fresh):
    hid = service.households.create("全国一家", "national").value.id
    dad = person(hid, "爸爸", balance=500_00)
    kid = person(hid, "孩子", kind="resident", born=date(2012, 5, 5))
    dlg = BindDialog(runner, hid, user_id=kid)
    qtbot.addWidget(dlg)
    assert dlg.authorizer.currentData() == dad  # the other employee is proposed
    pick(dlg.relation, "parent_in_law")
    assert dlg.problems and not dlg.ok.isEnabled()  # in-laws are not close relatives
    pick(dlg.relation, "child")
    assert dlg.problems == [] and dlg.ok.isEnabled()
    click(qtbot, dlg.ok)
    settle()
    assert dlg.result() == QDialog.DialogCode.Accepted
    bindings = fresh(lambda g: g.bindings.list(hid))
    assert [(b.authorizer_id, b.user_id, b.relation, b.state) for b in bindings] == [(dad, kid, "child", "active")]
    assert fresh(lambda g: g.ledger.preview(kid, 100_00)).splits[0].member_id == dad

    un = UnbindDialog(runner, hid, binding_id=bindings[0].id)
    qtbot.addWidget(un)
    assert "孩子" in un.summary.text() and "爸爸" in un.summary.text()
    un.by_user.setChecked(True)
    click(qtbot, un.ok)
    settle()
    assert un.result() == QDialog.DialogCode.Accepted
    b = fresh(lambda g: g.bindings.get(bindings[0].id))
    assert (b.state, b.ended_by) == ("ended", "user")  # kept, not deleted
    p = fresh(lambda g: g.ledger.preview(kid, 100_00))
    assert p.splits == () and p.out_of_pocket_fen == 100_00


def test_jiangsu_requirements_and_pending_confirmation(qtbot, runner, service, person, settle, fresh):
    hid = service.households.create("江苏一家", "jiangsu").value.id
    husband = person(hid, "丈夫", balance=300_00)
    wife = person(hid, "妻子", balance=100_00, male=False)
    dlg = BindDialog(runner, hid, user_id=wife, authorizer_id=husband)
    qtbot.addWidget(dlg)
    pick(dlg.relation, "spouse")
    assert len(dlg.problems) == 2 and not dlg.ok.isEnabled()  # commitment and proof missing
    dlg.commitment.setChecked(True)
    assert len(dlg.problems) == 1
    dlg.proofs["marriage_certificate"].setChecked(True)
    assert dlg.problems == [] and dlg.ok.isEnabled()
    dlg.period.setChecked(True)
    dlg.end.setDate(dlg.start.date().addDays(-1))
    assert dlg.problems and not dlg.ok.isEnabled()  # the period ends before it starts
    dlg.period.setChecked(False)
    click(qtbot, dlg.ok)
    settle()
    b = fresh(lambda g: g.bindings.list(hid))[0]
    assert (b.state, b.commitment_signed, b.proofs) == ("pending", True, ("marriage_certificate",))

    panel = PendingPanel(runner)
    qtbot.addWidget(panel)
    panel.set_household(hid)
    assert panel.list.count() == 1 and panel.confirm.isEnabled()
    click(qtbot, panel.confirm)
    settle()
    assert fresh(lambda g: g.bindings.get(b.id)).state == "active"
    assert panel.list.count() == 0


def test_pending_withdraw(qtbot, runner, service, person, settle, fresh):
    hid = service.households.create("江苏二家", "jiangsu").value.id
    husband = person(hid, "丈夫", balance=300_00)
    wife = person(hid, "妻子", balance=100_00, male=False)
    b = service.bindings.bind(husband, wife, "spouse", commitment_signed=True, proofs=["marriage_certificate"]).value
    panel = PendingPanel(runner)
    qtbot.addWidget(panel)
    panel.set_household(hid)
    click(qtbot, panel.withdraw)
    settle()
    assert (lambda v: (v.state, v.ended_by))(fresh(lambda g: g.bindings.get(b.id))) == ("ended", "withdrawn")


# ------------------------------------------------------------------------------------- bind a new person

def fill_new_person(monkeypatch, name: str, id_number: str, kind: str | None = None, balance: str = "",
                    accept: bool = True) -> list:
    """Make "New person…" fill the REAL member dialog (collect-only) and press its OK (or Cancel)."""
    shown = []

    def fake_exec(dlg):
        shown.append(dlg)
        assert dlg.collect_only
        dlg.name_edit.setText(name)
        dlg.id_field.edit.setText(id_number)
        if kind is not None:
            pick(dlg.insurance, kind)
        dlg.balance.setText(balance)
        if not accept:
            dlg.reject()
            return 0
        assert dlg.ok.isEnabled(), dlg.error.text()
        dlg.ok.click()
        return dlg.result()

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)
    return shown


def members(service, hid) -> list[str]:
    return [m.name for m in service.members.list(hid)]


def test_new_person_in_bind_cancel_saves_nothing(qtbot, runner, service, person, settle, snap, monkeypatch):
    hid = service.households.create("新人一家", "national").value.id
    dad = person(hid, "爸爸", balance=500_00)
    dlg = BindDialog(runner, hid, authorizer_id=dad)
    qtbot.addWidget(dlg)
    before = snap()
    kid_id = demo_id(date(2012, 5, 5), 901, True)
    shown = fill_new_person(monkeypatch, "新孩子", kid_id, kind="resident")
    click(qtbot, dlg.new_user)
    settle()
    assert shown and dlg.new_person is not None
    assert snap() == before  # the person is NOT saved by "New person…"
    assert dlg.user.currentData() == NEW and "新孩子" in dlg.user.currentText()
    assert dlg.authorizer.currentData() == dad
    assert "新孩子" in dlg.relation_label.text()
    # Live checks for the person not saved yet: same answers as the service's.
    pick(dlg.relation, "mother")  # the new person's ID number is a man's
    problems = service.bindings.check_add_member_and_bind(hid, dlg.new_person, dad, "mother")
    assert problems and dlg.problems == problems and not dlg.ok.isEnabled()
    assert all(p in dlg.verdict.text() for p in problems)
    pick(dlg.relation, "child")
    assert dlg.problems == [] and dlg.ok.isEnabled()
    click(qtbot, dlg.cancel)
    settle()
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert snap() == before
    assert members(service, hid) == ["爸爸"]


def test_new_person_in_bind_ok_saves_both(qtbot, runner, service, person, settle, fresh, monkeypatch):
    hid = service.households.create("新人二家", "national").value.id
    dad = person(hid, "爸爸", balance=500_00)
    dlg = BindDialog(runner, hid, authorizer_id=dad)
    qtbot.addWidget(dlg)
    fill_new_person(monkeypatch, "新孩子", demo_id(date(2012, 5, 5), 902, True), kind="resident")
    click(qtbot, dlg.new_user)
    pick(dlg.relation, "child")
    click(qtbot, dlg.ok)
    settle()
    assert dlg.result() == QDialog.DialogCode.Accepted
    kid = fresh(lambda g: g.members.get(dlg.created_member_id))
    assert kid.name == "新孩子" and kid.insurance_type == "resident"
    bindings = fresh(lambda g: g.bindings.list(hid))
    assert [(b.authorizer_id, b.user_id, b.relation, b.state) for b in bindings] == \
        [(dad, kid.id, "child", "active")]
    assert dlg.result_binding.id == bindings[0].id
    assert sorted(e.action for e in fresh(lambda g: g.audit.log(hid))[:2]) == ["binding.bind", "member.add"]


def test_new_authorizer_refused_live_and_editable(qtbot, runner, service, person, settle, snap, monkeypatch):
    hid = service.households.create("许昌新人", "henan-xuchang").value.id
    kid = person(hid, "孩子", kind="resident", born=date(2010, 1, 1))
    dad = person(hid, "爸爸", balance=100_00)
    service.bindings.bind(dad, kid, "child")
    dlg = BindDialog(runner, hid, user_id=kid)
    qtbot.addWidget(dlg)
    before = snap()
    mum_id = demo_id(date(1982, 2, 2), 903, False)
    shown = fill_new_person(monkeypatch, "妈妈", mum_id, balance="300")
    click(qtbot, dlg.new_authorizer)
    assert shown[-1].insurance.currentData() == "employee"  # an authorizer needs employee insurance
    assert dlg.authorizer.currentData() == NEW and dlg.user.currentData() == kid
    pick(dlg.relation, "child")
    # One authorizer per user here: the child already uses the father's account.
    assert dlg.problems == service.bindings.check_add_member_and_bind(hid, dlg.new_person, kid, "child", new_is="authorizer")
    assert dlg.problems and not dlg.ok.isEnabled()
    dlg._save()  # even if forced, nothing is sent
    settle()
    assert snap() == before
    # "New person…" again edits the same person (details kept), still nothing saved.
    fill_new_person(monkeypatch, "妈妈二", mum_id, balance="300", accept=False)
    click(qtbot, dlg.new_authorizer)
    assert dlg.new_person["name"] == "妈妈"
    shown = fill_new_person(monkeypatch, "妈妈二", mum_id, balance="300")
    click(qtbot, dlg.new_authorizer)
    assert shown[-1].name_edit.text() == "妈妈二" and dlg.new_person["name"] == "妈妈二"
    assert [dlg.authorizer.itemData(i) for i in range(dlg.authorizer.count())].count(NEW) == 1
    # Swapping puts the new person on the user side; checks follow.
    click(qtbot, dlg.swap)
    assert dlg.user.currentData() == NEW
    assert snap() == before


def test_new_person_with_an_id_already_in_the_household(qtbot, runner, service, person, monkeypatch):
    hid = service.households.create("重复一家", "national").value.id
    dad = person(hid, "爸爸", balance=100_00)
    dlg = BindDialog(runner, hid, authorizer_id=dad)
    qtbot.addWidget(dlg)
    seen = []

    def fake_exec(m):
        m.name_edit.setText("又一个")
        m.id_field.edit.setText(service.members.get(dad).id_number)
        seen.append((m.ok.isEnabled(), m.error.text()))
        return 0

    monkeypatch.setattr(MemberDialog, "exec", fake_exec)
    click(qtbot, dlg.new_user)
    assert seen and not seen[0][0] and "爸爸" in seen[0][1]
    assert dlg.new_person is None


# ------------------------------------------------------------------------------------- pay and refund

def test_pay_preview_record_and_refund(qtbot, runner, service, demo, settle, fresh):
    hid, kid = demo["张家"], demo["张子涵"]
    dlg = PayDialog(runner, hid, member_id=kid)
    qtbot.addWidget(dlg)
    assert not dlg.ok.isEnabled()
    qtbot.keyClicks(dlg.amount, "1")
    dlg.amount.insert("２３.４５")  # full-width digits (QTest cannot type non-ASCII keys)
    assert dlg.amount.text() == "1２３.４５"
    expected = service.ledger.preview(kid, 12345)
    assert dlg.preview is not None and dlg.preview.splits == expected.splits
    shown = [dlg.table.item(r, 1).text() for r in range(dlg.table.rowCount())]
    assert shown == ["¥{:,.2f}".format(s.amount_fen / 100) for s in expected.splits]
    pick(dlg.kind, "pharmacy")
    dlg.amount.setText("0")
    assert dlg.preview is None and not dlg.ok.isEnabled() and dlg.error.text()
    dlg.amount.setText("abc")
    assert dlg.preview is None and not dlg.ok.isEnabled() and "abc" in dlg.error.text()
    dlg.amount.setText("123.45")
    click(qtbot, dlg.ok)
    settle()
    t = dlg.result_txn
    assert t is not None
    stored = fresh(lambda g: g.ledger.transaction(t.id))
    assert stored.amount_fen == 12345 and stored.splits == expected.splits
    assert stored.out_of_pocket_fen == expected.out_of_pocket_fen

    partial = RefundDialog(runner, stored)
    qtbot.addWidget(partial)
    partial.amount.setText("200")
    assert not partial.ok.isEnabled()  # more than was paid
    partial.amount.setText("10")
    assert partial.part.isChecked() and partial.ok.isEnabled()
    click(qtbot, partial.ok)
    settle()
    assert fresh(lambda g: g.ledger.transaction(t.id)).refunded_fen == 1000
    rest = RefundDialog(runner, fresh(lambda g: g.ledger.transaction(t.id)))
    qtbot.addWidget(rest)
    rest.full.setChecked(True)
    click(qtbot, rest.ok)
    settle()
    after = fresh(lambda g: g.ledger.transaction(t.id))
    assert after.refunded_fen == 12345 and after.refundable_fen == 0
    assert fresh(lambda g: g.check()) == []
    done = RefundDialog(runner, after)
    qtbot.addWidget(done)
    assert not done.ok.isEnabled()


# ------------------------------------------------------------------------------------- bind: how it opens

def test_relation_guessed_from_the_id_numbers():
    from gui.dialogs.relation_guess import guess_relation
    today = date(2026, 11, 23)

    def g(user_born, user_male, auth_born, auth_male):
        return guess_relation(demo_id(user_born, 11, user_male), demo_id(auth_born, 12, auth_male), today=today)
    kid, dad, mum = (date(2012, 9, 1), True), (date(1978, 11, 20), True), (date(1981, 5, 6), False)
    grandpa = (date(1950, 3, 12), True)
    assert g(*kid, *dad) == "child"                      # the user is the authorizer's child
    assert g(*dad, *kid) == "father"                     # and the other way round
    assert g(*mum, *kid) == "mother"
    assert g(*kid, *grandpa) == "grandchild"
    assert g(*grandpa, *kid) == "grandparent"
    assert g(*mum, *dad) == "spouse"                     # same generation, different sexes, both adults
    assert g(*dad, date(1980, 1, 1), True) == "sibling"  # same sex
    assert g(*kid, date(2010, 1, 1), False) == "sibling"  # a 14-year-old is never guessed a spouse
    assert guess_relation("not a number", demo_id(dad[0], 1, dad[1])) is None


def test_bind_opens_on_a_pair_that_can_be_bound(qtbot, runner, service, demo):
    from gui.dialogs.member import ERROR_STYLE, OK_STYLE
    hid, kid = demo["张家"], demo["张子涵"]
    bound_to_kid = {b.authorizer_id for b in service.bindings.list(hid) if b.user_id == kid and b.state != "ended"}
    assert service.members.list(hid)[0].id in bound_to_kid  # the first employee cannot be proposed again
    dlg = BindDialog(runner, hid, user_id=kid)
    qtbot.addWidget(dlg)
    assert dlg.user.currentData() == kid
    assert dlg.authorizer.currentData() not in bound_to_kid
    assert dlg.authorizer.currentData() == demo["王桂兰"]    # the grandmother: born 1953, the child 2012
    assert dlg.relation.currentData() == "grandchild"       # not 配偶 for a 14-year-old
    assert dlg.problems == [] and dlg.ok.isEnabled()
    assert dlg.verdict.styleSheet() == OK_STYLE != ERROR_STYLE


def test_bind_without_arguments_opens_on_a_valid_pair_and_guesses_the_relation(qtbot, runner, service, demo):
    hid = demo["李家"]
    dlg = BindDialog(runner, hid)
    qtbot.addWidget(dlg)
    req = dlg.request()
    assert service.bindings.check(req["authorizer_id"], req["user_id"], req["relation"]) == []
    assert dlg.problems == [] and dlg.ok.isEnabled()
    a, u = service.members.get(req["authorizer_id"]), service.members.get(req["user_id"])
    from gui.dialogs.relation_guess import guess_relation
    assert req["relation"] == guess_relation(u.id_number, a.id_number)


def test_bind_shows_no_red_refusal_before_the_user_changes_anything(qtbot, runner, service, person):
    from gui.dialogs.member import ERROR_STYLE
    hid = service.households.create("只有一对", "national").value.id
    dad = person(hid, "爸爸", balance=500_00, born=date(1978, 1, 1))
    kid = person(hid, "孩子", kind="resident", born=date(2012, 5, 5))
    service.bindings.bind(dad, kid, "child")
    dlg = BindDialog(runner, hid, user_id=kid)  # no pair can be bound: the only one already is
    qtbot.addWidget(dlg)
    assert dlg.problems and not dlg.ok.isEnabled()
    assert dlg.verdict.styleSheet() != ERROR_STYLE
    assert dlg.verdict.text().startswith(dlg.tr("This binding cannot be made yet:"))
    assert all(p in dlg.verdict.text() for p in dlg.problems)
    dlg.relation.setCurrentIndex(dlg.relation.findData("sibling"))  # the user changes something: now in red
    assert dlg.verdict.styleSheet() == ERROR_STYLE
    assert dlg.verdict.text().startswith(dlg.tr("This binding would be refused:"))


def test_bind_jiangsu_opens_quietly_on_a_pair_that_only_needs_the_form(qtbot, runner, service, demo):
    from gui.dialogs.member import ERROR_STYLE
    hid = demo["周家"]
    dlg = BindDialog(runner, hid)
    qtbot.addWidget(dlg)
    req = dlg.request()
    # Complete the form in thought: the pair itself can be bound.
    assert service.bindings.check(req["authorizer_id"], req["user_id"], req["relation"], commitment_signed=True,
                              proofs=["household_register", "marriage_certificate", "birth_certificate",
                                      "other_proof"]) == []
    assert dlg.problems and dlg.verdict.styleSheet() != ERROR_STYLE  # still to do: commitment, proof
    dlg.commitment.setChecked(True)
    assert len(dlg.problems) == 1 and dlg.verdict.styleSheet() == ERROR_STYLE  # the proof; now in red


def test_bind_relation_follows_the_pair_until_chosen(qtbot, runner, service, demo):
    hid = demo["张家"]
    dlg = BindDialog(runner, hid, authorizer_id=demo["张德福"])
    qtbot.addWidget(dlg)
    pick(dlg.user, demo["张伟"])
    assert dlg.relation.currentData() == "child"      # 1978 vs 1950: the son
    pick(dlg.user, demo["王桂兰"])
    assert dlg.relation.currentData() == "spouse"
    dlg.authorizer.setFocus()
    pick(dlg.relation, "other")                        # chosen by the user: kept from now on
    pick(dlg.user, demo["张子涵"])
    assert dlg.relation.currentData() == "other"
    dlg._swap()
    assert dlg.relation.currentData() == "other"


def test_bind_dialog_fits_the_screen_in_elderly_mode(qtbot, runner, demo, themed):
    """长辈模式's big text and targets make the Jiangsu form (commitment, proofs, period) taller than a laptop screen:
    the form scrolls, and the verdict and the Bind / Cancel buttons stay on the screen."""
    themed(True)
    dlg = BindDialog(runner, demo["周家"])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    avail = dlg.screen().availableGeometry()
    qtbot.waitUntil(lambda: dlg.height() > 300)
    qtbot.wait(50)
    assert dlg.frameGeometry().height() <= avail.height()
    for w in (dlg.verdict, dlg.ok, dlg.cancel):
        r = w.geometry().translated(w.parentWidget().mapTo(dlg, w.parentWidget().rect().topLeft()))
        assert dlg.rect().contains(r), (w.accessibleName(), r, dlg.rect())


def test_demo_preparation_is_announced(qtbot, runner, demo, settle):
    """A splash says the demo is being prepared (gui/app.py shows it while the sample is seeded), and "Reset demo"
    says so in the status bar until the fresh sample is in."""
    from PySide6.QtWidgets import QMainWindow

    from gui.demo import preparing_splash
    from gui.main_window import MainWindow
    from gui.settings import Settings
    from gui.tour import install_menus
    splash = preparing_splash()
    assert splash.isVisible() and "demo" in splash.accessibleName()
    w = QMainWindow()
    qtbot.addWidget(w)
    w.show()
    splash.finish(w)
    qtbot.waitUntil(lambda: not splash.isVisible())

    class _Demo:
        def reset(self, _runner, done):
            self.done = done
    fake = _Demo()
    mw = MainWindow(runner)
    qtbot.addWidget(mw)
    acts = install_menus(mw, Settings.memory(), demo=fake)
    acts["reset_demo"].trigger()
    assert "fresh sample families" in mw.statusBar().currentMessage()
    fake.done()
    assert "was reset" in mw.statusBar().currentMessage()


def test_pay_asks_before_a_large_draw_on_others_accounts(qtbot, runner, service, demo, settle, monkeypatch):
    from gui.dialogs import prefs
    from gui.settings import Settings
    from gui.widgets import common
    settings = Settings.memory()
    monkeypatch.setattr(prefs, "_settings", settings)
    hid, kid = demo["张家"], demo["张子涵"]  # the child has no own account: everything comes from relatives
    asked: list[str] = []
    answer = {"ok": False}
    monkeypatch.setattr(common, "ask", lambda parent, title, text, ok: asked.append(text) or answer["ok"])

    def pay(amount: str):
        n = len(service.history.transactions(hid, member_id=kid, kind="payment", limit=500))
        dlg = PayDialog(runner, hid, member_id=kid)
        qtbot.addWidget(dlg)
        dlg.amount.setText(amount)
        dlg._save()
        settle()
        return len(service.history.transactions(hid, member_id=kid, kind="payment", limit=500)) - n

    settings.confirm_pooled_above_fen = 100_00
    assert pay("99.99") == 1 and asked == []              # below the threshold: no question
    assert pay("356.80") == 0 and len(asked) == 1          # above: asked, and "Cancel" records nothing
    assert "¥356.80" in asked[0] and "¥100.00" in asked[0]
    answer["ok"] = True
    assert pay("356.80") == 1 and len(asked) == 2          # confirmed: recorded
    settings.confirm_pooled_above_fen = 0                  # 0: never ask
    assert pay("356.80") == 1 and len(asked) == 2


def test_settings_dialog_sets_the_confirmation_threshold(qtbot):
    from gui.dialogs.settings import SettingsDialog
    from gui.settings import Settings
    settings = Settings.memory()
    assert settings.confirm_pooled_above_fen == 500_00
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    assert dlg.confirm_above.text() == "500.00"
    dlg.confirm_above.setText("五百")  # not an amount: refused, nothing saved
    dlg.save()
    assert dlg.error.isVisibleTo(dlg) and dlg.error.text() and settings.confirm_pooled_above_fen == 500_00
    dlg.confirm_above.setText("1,000")
    dlg.save()
    assert settings.confirm_pooled_above_fen == 1000_00


def test_after_a_restore_restart_the_user_is_told(qtbot, runner):
    """A restore restarts the app with --restored-from (and --kept-as); the new window says what happened."""
    from gui.app import parse_args, restored_notice
    from gui.main_window import MainWindow
    args = parse_args(["--db", "/x/gongji.db", "--restored-from", "/x/backups/gongji-2026-11-20.db",
                       "--kept-as", "/x/gongji.db.damaged"])
    w = MainWindow(runner)
    qtbot.addWidget(w)
    w.show()
    text = restored_notice(w, args.restored_from, args.kept_as)
    assert "gongji-2026-11-20.db" in text and "/x/gongji.db.damaged" in text
    assert w.statusBar().currentMessage() == text
    assert w._restored_box.isVisible() and w._restored_box.text() == text
    w._restored_box.close()


def test_backups_and_restore_are_in_the_file_menu(qtbot, runner, monkeypatch):
    """Backup and restore are findable in the File menu (not only under Help → About), and open the Backups dialog."""
    import gui.dialogs.backups as backups_dialog
    from gui.main_window import MainWindow
    from gui.settings import Settings
    from gui.tour import install_menus
    opened = []
    monkeypatch.setattr(backups_dialog.BackupsDialog, "exec", lambda self: opened.append(self) or 0)
    mw = MainWindow(runner)
    qtbot.addWidget(mw)
    acts = install_menus(mw, Settings.memory())
    file_menu = mw.menuBar().actions()[0].menu()
    assert acts["backups"] in file_menu.actions()
    acts["backups"].trigger()
    assert len(opened) == 1 and isinstance(opened[0], backups_dialog.BackupsDialog)
