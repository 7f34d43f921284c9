"""Closing the till: a blind count first, the figures after, a manager for a difference."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services.tills import current_till
from tests.conftest import PASSWORD
from tests.factories import user_named
from tests.ui.helpers import pay_cash, type_manager
from tests.ui.test_counter_flow import _open_by_enter, _search
from ui.close_till_dialog import CloseTillDialog

NOTE = 200_000  # 2000 DA; amina's float is five of them


def _open_close_dialog(qtbot, window) -> CloseTillDialog:
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.back_office.dialog
    assert isinstance(dialog, CloseTillDialog)
    qtbot.waitUntil(lambda: bool(dialog.counts))
    return dialog


def _still_open(counter) -> bool:
    with counter.store.read() as s:
        return current_till(s, user_named(counter.store, "amina")) is not None


def test_the_expected_figures_appear_only_after_the_count_is_confirmed(
    qtbot, counter, accounts
) -> None:
    window = counter.window(qtbot, "fr")
    window.check_till()
    qtbot.waitUntil(lambda: window.back_office.till_open is True)
    dialog = _open_close_dialog(qtbot, window)
    assert not dialog.figures_box.isVisible()  # blind: nothing expected is shown yet
    assert list(dialog.counts)[0] == NOTE  # the currency's denominations, largest first
    dialog.counts[NOTE].setValue(5)
    assert "10\u202f000,00" in dialog.cash_total.text()
    with qtbot.waitSignal(dialog.closed, timeout=10_000) as closed:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert closed.args[0].validated_by is None
    assert dialog.figures_box.isVisible()
    assert "10\u202f000,00" in dialog.findChild(type(dialog.message), "expected_cash").text()
    assert "0,00" in dialog.findChild(type(dialog.message), "diff_cash").text()
    assert "Caisse fermée" in dialog.message.text()
    assert not _still_open(counter)
    assert window.back_office.till_open is False
    assert "fermée" in window.till_label.text()


def test_after_closing_the_clerk_cannot_take_payments_until_a_new_till_is_opened(
    qtbot, counter, accounts
) -> None:
    window = counter.window(qtbot, "fr")
    window.back_office.set_till_open(True)
    dialog = _open_close_dialog(qtbot, window)
    dialog.counts[NOTE].setValue(5)
    with qtbot.waitSignal(dialog.closed, timeout=10_000):
        dialog.confirm.click()
    dialog.reject()  # "Done"
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    qtbot.keyClick(window.search, Qt.Key.Key_F2)
    assert window.payment_dialog is None
    assert "ouvrez une nouvelle caisse" in window.message.text()
    assert window.till_dialog is not None  # offered at once


def test_a_shortfall_needs_a_manager_and_a_justification_then_closes(
    qtbot, counter, accounts
) -> None:
    pay_cash(counter.store, accounts.kacimi.account_no, 320_000)  # 3200 DA more in the drawer
    window = counter.window(qtbot, "fr")
    window.back_office.set_till_open(True)
    dialog = _open_close_dialog(qtbot, window)
    dialog.counts[NOTE].setValue(6)  # 12 000 counted, 13 200 expected: 1 200 short
    with qtbot.waitSignal(dialog.attempted, timeout=10_000) as attempted:
        dialog.confirm.click()
    assert attempted.args[0].result is None
    assert dialog.approval.isVisible() and dialog.figures_box.isVisible()
    assert "-1\u202f200,00" in dialog.findChild(type(dialog.message), "diff_cash").text()
    assert dialog.counts[NOTE].isReadOnly()  # the declared count can no longer change
    assert "responsable" in dialog.message.text()
    assert _still_open(counter)

    type_manager(dialog.approval, "karim", "wrong")  # a wrong manager password is refused
    dialog.justification.setPlainText("Billet de 2000 DA rendu en trop")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: "mot de passe erroné" in dialog.error.text(), timeout=10_000)
    assert _still_open(counter)

    type_manager(dialog.approval, "amina", PASSWORD)  # the clerk may not approve herself
    dialog.confirm.click()
    qtbot.waitUntil(
        lambda: "approve" in dialog.error.text() or "approuver" in dialog.error.text(),
        timeout=10_000,
    )
    assert _still_open(counter)

    type_manager(dialog.approval, "karim", PASSWORD)
    with qtbot.waitSignal(dialog.closed, timeout=10_000) as closed:
        dialog.confirm.click()
    assert closed.args[0].validated_by == "karim"
    assert "karim" in dialog.message.text()
    assert not _still_open(counter)


def test_cancelling_the_count_leaves_the_till_open(qtbot, counter, accounts) -> None:
    window = counter.window(qtbot, "fr")
    dialog = _open_close_dialog(qtbot, window)
    dialog.counts[NOTE].setValue(3)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _still_open(counter)
