"""A payment and a refund update the main window's panels in place (issue #11): the members table, the payment
order and the recent payments show exactly what a fresh read from the database shows, without a model reset (a
reset makes the views forget their selection and row heights and repaint everything), and the selected payment
stays selected."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel

from gui.models.members import MembersModel
from gui.models.order import PaymentOrderModel
from gui.models.payments import PaymentsModel
from gui.widgets.payments_panel import RECENT
from tests.gui.test_main_window import window  # noqa: F401 - the same fixture: the demo's window, shown


def _shown(model) -> list[list]:
    cols = model.columnCount() if isinstance(model, QAbstractTableModel) else 1  # (a list model: one column)
    return [[model.index(r, c).data() for c in range(cols)] for r in range(model.rowCount())]


def _fresh(service, window) -> tuple[list, list, list]:
    hid, mid = window.household_id, window.selected_member_id()
    profile = service.households.profile_of(hid)
    members = MembersModel()
    members.set_household(service.members.list(hid), service.bindings.list(hid, include_ended=False), profile)
    order = PaymentOrderModel()
    order.set_order(service.members.get(mid), service.order.list(mid), profile.reorderable)
    payments = PaymentsModel()
    payments.set_transactions(service.history.transactions(hid, member_id=mid, limit=RECENT * 3))
    return _shown(members), _shown(order), _shown(payments)


def _now(window) -> tuple[list, list, list]:
    return (_shown(window.members_model), _shown(window.order_panel.model),
            _shown(window.payments_panel.model))


def test_payment_and_refund_update_each_panel_in_place(window, runner, service, demo, settle):
    window.household_combo.setCurrentIndex(window.household_combo.findData(demo["张家"]))
    settle()
    mid = window.selected_member_id()
    assert window.order_panel.model.rowCount() > 1  # the member pays with others' accounts too
    models = (window.members_model, window.order_panel.model, window.payments_panel.model)
    resets: list = []
    for m in models:
        m.modelAboutToBeReset.connect(lambda m=m: resets.append(m))
    pv = window.payments_panel.view
    pv.selectionModel().setCurrentIndex(window.payments_panel.model.index(1, 0),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    chosen = window.payments_panel.selected().id
    before = _now(window)

    paid = []
    runner.run(lambda g: g.ledger.pay(mid, 123_45, "pharmacy", note="in place"), success=paid.append)
    settle()
    assert _now(window) == _fresh(service, window) != before  # every panel shows the new state
    assert window.payments_panel.model.txn_at(0).id == paid[0].value.id  # the new payment on top
    assert window.payments_panel.selected().id == chosen  # the selection followed its row
    assert window.selected_member_id() == mid

    runner.run(lambda g: g.ledger.refund(paid[0].value.id, 23_45))
    settle()
    assert _now(window) == _fresh(service, window)
    refunded = [t for t in (window.payments_panel.model.txn_at(r) for r in range(3)) if t.id == paid[0].value.id]
    assert refunded and refunded[0].refunded_fen == 23_45  # the payment's row says what was refunded
    assert window.payments_panel.model.txn_at(0).kind == "refund"
    assert resets == []  # all of it without resetting a model
