"""Voiding a payment from the account's history, approved on the spot by a manager."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from tests.factories import open_amounts
from tests.ui.helpers import pay_cash, type_manager
from tests.ui.test_counter_flow import _open_by_enter, _search
from ui.void_dialog import VoidDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _account_with_payment(qtbot, counter, accounts):  # noqa: ANN001, ANN202
    paid = pay_cash(counter.store, accounts.kacimi.account_no, 100_000)
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    return window, paid


def test_a_payment_of_todays_till_is_voided_with_a_managers_approval(qtbot, counter, accounts) -> None:  # noqa: ANN001
    window, paid = _account_with_payment(qtbot, counter, accounts)
    bill = accounts.kacimi.bill_nos[0]
    with counter.store.read() as s:
        assert open_amounts(s, [bill]) == {bill: 220_000}
    panel = window.account
    assert not panel.void_button.isEnabled()  # nothing selected yet
    panel.payments.selectRow(0)
    assert panel.void_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL_SHIFT)
    dialog = window.back_office.dialog
    assert isinstance(dialog, VoidDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("wrong_account"))
    type_manager(dialog.approval, "karim", PASSWORD)
    with (
        qtbot.waitSignal(window.account_shown, timeout=10_000),  # the account reloads
        qtbot.waitSignal(dialog.voided, timeout=10_000) as voided,
    ):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    result = voided.args[0]
    assert (result.receipt_no, result.approved_by, result.reopened) == (paid.receipt_no, "karim", (bill,))
    assert "Rendez" in dialog.message.text() and "1\u202f000,00" in dialog.message.text()
    assert dialog.approval.password.text() == ""  # never kept
    assert panel.payments_model.record(0).status == "void"
    assert not panel.void_button.isEnabled()  # a void payment cannot be voided again
    with counter.store.read() as s:
        assert open_amounts(s, [bill]) == {bill: 320_000}


def test_the_clerk_cannot_approve_her_own_void(qtbot, counter, accounts) -> None:  # noqa: ANN001
    window, _paid = _account_with_payment(qtbot, counter, accounts)
    window.account.payments.selectRow(0)
    dialog = window.back_office.void_selected_payment()
    assert dialog is not None
    type_manager(dialog.approval, "amina", PASSWORD)
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        dialog.confirm.click()
    assert "amina" in refused.args[0]
    assert window.account.payments_model.record(0).status == "valid"


def test_other_needs_a_description(qtbot, counter, accounts) -> None:  # noqa: ANN001
    window, _paid = _account_with_payment(qtbot, counter, accounts)
    window.account.payments.selectRow(0)
    dialog = window.back_office.void_selected_payment()
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    type_manager(dialog.approval, "karim", PASSWORD)
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        dialog.confirm.click()
    assert dialog.isVisible() and dialog.result_value is None


def test_only_payments_of_the_open_till_are_offered_for_voiding(qtbot, counter, accounts) -> None:  # noqa: ANN001
    window, _paid = _account_with_payment(qtbot, counter, accounts)
    window.account.voidable = frozenset()  # as if the till had been closed meanwhile
    window.account.payments.selectRow(0)
    window.account._payment_selected()
    assert not window.account.void_button.isEnabled()
    assert window.back_office.void_selected_payment() is None
    assert "Sélectionnez" in window.message.text()
