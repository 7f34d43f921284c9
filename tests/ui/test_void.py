"""Voiding a payment from the account's history, approved on the spot by a manager."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.cash import CashCount
from desktop.money import Money
from desktop.services.corrections import CorrectionResult
from desktop.services.tills import close_till
from tests.conftest import PASSWORD
from tests.factories import open_amounts, open_till, user_named
from tests.ui.helpers import pay_cash, type_manager
from tests.ui.test_counter_flow import _open_by_enter, _search
from ui.void_dialog import VoidDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _account_with_payment(qtbot, counter, accounts):
    paid = pay_cash(counter.store, accounts.kacimi.account_no, 100_000)
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    return window, paid


def test_a_payment_of_todays_till_is_voided_with_a_managers_approval(
    qtbot, counter, accounts
) -> None:
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
    assert (result.receipt_no, result.approved_by, result.reopened) == (
        paid.receipt_no,
        "karim",
        (bill,),
    )
    assert "Rendez" in dialog.message.text() and "1\u202f000,00" in dialog.message.text()
    assert dialog.approval.password.text() == ""  # never kept
    assert panel.payments_model.record(0).status == "void"
    assert not panel.void_button.isEnabled()  # a void payment cannot be voided again
    with counter.store.read() as s:
        assert open_amounts(s, [bill]) == {bill: 320_000}


def test_the_clerk_cannot_approve_her_own_void(qtbot, counter, accounts) -> None:
    window, _paid = _account_with_payment(qtbot, counter, accounts)
    window.account.payments.selectRow(0)
    dialog = window.back_office.void_selected_payment()
    assert dialog is not None
    type_manager(dialog.approval, "amina", PASSWORD)
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        dialog.confirm.click()
    assert "amina" in refused.args[0]
    assert window.account.payments_model.record(0).status == "valid"


def test_other_needs_a_description(qtbot, counter, accounts) -> None:
    window, _paid = _account_with_payment(qtbot, counter, accounts)
    window.account.payments.selectRow(0)
    dialog = window.back_office.void_selected_payment()
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    type_manager(dialog.approval, "karim", PASSWORD)
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        dialog.confirm.click()
    assert dialog.isVisible() and dialog.result_value is None


def test_a_payment_of_a_closed_till_is_offered_for_correction_not_voiding(
    qtbot, counter, accounts
) -> None:
    window, _paid = _account_with_payment(qtbot, counter, accounts)
    window.account.voidable = frozenset()  # as if the till had been closed meanwhile
    window.account.payments.selectRow(0)
    window.account._payment_selected()
    assert window.account.void_button.isEnabled()
    assert window.account.void_button.text().startswith("Corriger")
    dialog = window.back_office.void_selected_payment()
    assert dialog is not None and dialog.correction and dialog.explanation.isVisible()


def test_a_payment_of_a_closed_till_is_corrected_by_a_reversing_receipt(
    qtbot, counter, accounts
) -> None:
    paid = pay_cash(counter.store, accounts.kacimi.account_no, 100_000)
    amina = user_named(counter.store, "amina")
    with counter.store.unit_of_work() as uow:  # the till is counted and closed: 10,000 + 1,000
        close_till(uow, amina, CashCount.of("DZD", {200_000: 5, 100_000: 1}), Money(0, "DZD"))
    open_till(counter.store, "amina")  # the next till, where the money goes out
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    panel = window.account
    panel.payments.selectRow(0)
    assert panel.void_button.isEnabled() and panel.void_button.text().startswith("Corriger")
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL_SHIFT)
    dialog = window.back_office.dialog
    assert isinstance(dialog, VoidDialog) and dialog.windowTitle() == "Corriger un paiement"
    dialog.reason.setCurrentIndex(dialog.reason.findData("wrong_account"))
    type_manager(dialog.approval, "karim", PASSWORD)
    with (
        qtbot.waitSignal(window.account_shown, timeout=10_000),
        qtbot.waitSignal(dialog.voided, timeout=10_000) as done,
    ):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert isinstance(result, CorrectionResult)
    assert result.original_receipt_no == paid.receipt_no and result.receipt_no != paid.receipt_no
    assert "Rendez" in dialog.message.text() and result.receipt_no in dialog.message.text()
    bill = accounts.kacimi.bill_nos[0]
    with counter.store.read() as s:
        assert open_amounts(s, [bill]) == {bill: 320_000}
    channels = [r.channel for r in panel.payments_model.rows()]
    assert "correction" in channels
    assert result.receipt_no in window.receipt.text()
