"""The counter flow, driven from the keyboard: find, open, pay, cancel, scan."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.factories import open_amounts, snapshot
from tests.ui.conftest import type_text
from ui.main_window import MainWindow


def _search(qtbot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        type_text(window.search, text)


def _result_accounts(window: MainWindow) -> list[str]:
    return [hit.account_no for hit in window.results_model.rows()]


def _open_by_enter(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.account_shown, timeout=5000):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)


def test_an_arabic_name_typed_without_hamza_finds_the_account(qtbot, counter, accounts) -> None:
    window = counter.window(qtbot, "ar")
    _search(qtbot, window, "احمد يوسف")  # the account holder is أحمد بن يوسف
    qtbot.waitUntil(lambda: _result_accounts(window) == [accounts.ahmed.account_no])
    _open_by_enter(qtbot, window)
    assert window.account.name_ar.text() == "أحمد بن يوسف"
    assert window.account.name_latin.text() == "Ahmed Benyoucef"
    assert window.account.bills_model.rowCount() == 3


def test_enter_on_several_matches_moves_to_the_list_instead_of_guessing(
    qtbot, counter, accounts
) -> None:
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "احمد")
    qtbot.waitUntil(lambda: len(_result_accounts(window)) == 2)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.results.hasFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_Down)
    second = window.results_model.record(1).account_no
    with qtbot.waitSignal(window.account_shown) as shown:
        qtbot.keyClick(window.results, Qt.Key.Key_Return)
    assert shown.args == [second]


def test_a_stale_search_answer_never_replaces_a_newer_one(qtbot, counter, accounts) -> None:
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Fatima")
    newest = window._search_seq
    window._search_seq += 1  # the clerk typed again; the answer for "Fatima" is now old
    window._show_results(newest, "Fatima", [])
    assert _result_accounts(window) == [accounts.fatima.account_no]
    qtbot.keyClicks(window.search, "zz")  # and the debounced search still runs for the new text
    qtbot.waitUntil(lambda: window._shown_seq == window._search_seq)
    assert _result_accounts(window) == []


def test_a_scanned_bill_reference_and_enter_open_the_account_with_that_bill_selected(
    qtbot, counter, accounts
) -> None:
    window = counter.window(qtbot, "fr")
    bill = accounts.ahmed.bill_nos[1]
    qtbot.keyClicks(window.search, bill)  # a scanner types fast and ends with Enter:
    _open_by_enter(qtbot, window)  # no wait for the debounce in between
    assert window.account.account.account_no == accounts.ahmed.account_no
    assert window.account.selected_bill_nos() == (bill,)


def test_a_partial_cash_payment_shows_the_change_and_the_new_balance(
    qtbot, counter, accounts
) -> None:
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Benyoucef")
    _open_by_enter(qtbot, window)
    qtbot.keyClick(window.search, Qt.Key.Key_F2)
    dialog = window.payment_dialog
    assert dialog is not None
    assert dialog.amount.text() == "4416,96"  # the three open bills together
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "1000")
    qtbot.mouseClick(dialog.findChild(type(dialog.confirm), "note_2000"), Qt.MouseButton.LeftButton)
    assert dialog.tendered.text() == "2000,00"
    assert dialog.change.text() == "\u20681\u202f000,00\xa0DA\u2069"
    qtbot.waitUntil(lambda: accounts.ahmed.bill_nos[0] in dialog.preview.text())
    with qtbot.waitSignal(window.payment_done, timeout=5000) as done:
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    result = done.args[0]
    assert result.change.minor == 100_000
    assert result.balance_after.minor == 441_696 - 100_000
    text = window.receipt.text()
    assert result.receipt_no in text and "1\u202f000,00" in text and "3\u202f416,96" in text
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.waitUntil(lambda: window.account.account.balance.minor == 341_696)
    with counter.store.read() as session:
        assert open_amounts(session, accounts.ahmed.bill_nos[:1]) == {
            accounts.ahmed.bill_nos[0]: 46_656
        }


def test_escape_in_the_payment_dialog_writes_nothing(qtbot, counter, accounts) -> None:
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    before = snapshot(counter.store)
    qtbot.keyClick(window.search, Qt.Key.Key_F2)
    dialog = window.payment_dialog
    qtbot.keyClicks(dialog.tendered, "5000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.payment_dialog is None)
    counter.worker.wait_for_done()
    assert snapshot(counter.store) == before
    qtbot.waitUntil(window.search.hasFocus)


def test_a_refused_payment_is_explained_inline_in_the_clerks_language(
    qtbot, counter, accounts
) -> None:
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    qtbot.keyClick(window.search, Qt.Key.Key_F2)
    dialog = window.payment_dialog
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "9999")  # more than the 3 200,00 due, and no credit kept
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "ne garde pas d’avoir" in dialog.error.text())
    assert dialog.isVisible()


def test_a_card_payment_keeps_only_the_last_four_digits(qtbot, counter, accounts) -> None:
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Fatima")
    _open_by_enter(qtbot, window)
    qtbot.keyClick(window.search, Qt.Key.Key_F2)
    dialog = window.payment_dialog
    dialog.card.setChecked(True)
    qtbot.keyClicks(dialog.last4, "4111111111111234")  # a full number cannot even be typed
    assert dialog.last4.text() == "4111"
    dialog.last4.clear()
    qtbot.keyClicks(dialog.last4, "1234")
    qtbot.keyClicks(dialog.auth_code, "a1b2c3")
    with qtbot.waitSignal(window.payment_done, timeout=5000) as done:
        qtbot.keyClick(dialog.auth_code, Qt.Key.Key_Return)
    assert done.args[0].tender == "card"
    assert done.args[0].balance_after.minor == 0


class _KeyCounter:
    """Counts the keys the clerk presses; a whole scan (text + Enter) counts as one."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count = qtbot, 0

    def scan(self, widget, text: str) -> None:
        self.qtbot.keyClicks(widget, text)
        self.qtbot.keyClick(widget, Qt.Key.Key_Return)
        self.count += 1

    def key(self, widget, key: Qt.Key) -> None:
        self.qtbot.keyClick(widget, key)
        self.count += 1


def test_a_full_cash_payment_from_a_scanned_bill_takes_at_most_six_keystrokes(
    qtbot, counter, accounts
) -> None:
    window = counter.window(qtbot, "ar")
    keys = _KeyCounter(qtbot)
    bill = accounts.fatima.bill_nos[0]
    with qtbot.waitSignal(window.account_shown, timeout=5000):
        keys.scan(window.search, bill)
    keys.key(window.focusWidget(), Qt.Key.Key_F2)
    dialog = window.payment_dialog
    assert dialog is not None
    with qtbot.waitSignal(window.payment_done, timeout=5000) as done:
        keys.key(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert keys.count <= 6
    assert done.args[0].balance_after.minor == 0
    with counter.store.read() as session:
        assert open_amounts(session, [bill]) == {bill: 0}
    qtbot.waitUntil(window.search.hasFocus)  # ready for the next customer's scan


def test_the_arabic_window_is_laid_out_right_to_left(qtbot, counter, accounts) -> None:
    window = counter.window(qtbot, "ar")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.search.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "عون شباك" in window.header.text()  # the clerk's role, translated
