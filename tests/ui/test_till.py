"""A clerk without an open till is asked for the float, and cannot take money before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_counter_flow import _open_by_enter, _search


def test_a_clerk_with_an_open_till_is_not_asked_again(qtbot, counter, accounts) -> None:
    window = counter.window(qtbot, "fr", username="amina")
    window.check_till()
    counter.worker.wait_for_done()
    qtbot.wait(0)  # deliver the answer
    assert window.till_dialog is None


def test_a_clerk_without_an_open_till_is_asked_for_the_float(qtbot, counter, accounts) -> None:
    window = counter.window(qtbot, "fr", username="karim")
    window.check_till()
    qtbot.waitUntil(lambda: window.till_dialog is not None)
    till = window.till_dialog
    till.counts[200_000].setValue(2)
    till.counts[10_000].setValue(3)
    assert "4\u202f300,00" in till.total.text()
    qtbot.keyClick(till.counts[10_000], Qt.Key.Key_Return)
    # amina's till is open on this terminal: one till per terminal, said in French
    qtbot.waitUntil(lambda: "a déjà une session de caisse ouverte" in till.error.text())


def test_paying_without_an_open_till_is_refused_with_a_translated_message(
    qtbot, counter, accounts
) -> None:
    window = counter.window(qtbot, "fr", username="karim")
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    qtbot.keyClick(window.search, Qt.Key.Key_F2)
    dialog = window.payment_dialog
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "caisse" in dialog.error.text())
