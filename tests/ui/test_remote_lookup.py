"""The "Search other agencies" offer in the window: offered when a number finds nothing here,
then the account of another agency opens like a local one and is paid from the keyboard,
against the real PostgreSQL central (marked postgres); the refusals need no server at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.errors import DomainError
from desktop.store.models import Setting
from tests.ui.conftest import type_text
from ui.main_window import MainWindow

THEIRS, B1, B2 = "240200000001", "F240200000101", "F240200000102"
SCREENSHOT_ENV = "GUICHET_SCREENSHOT_DIR"


def _configure(store, url: str) -> None:
    with store.unit_of_work() as uow:
        uow.session.merge(Setting(key="central_url", value=url))
        uow.commit()


def _window(qtbot, counter, lang: str) -> MainWindow:
    window = counter.window(qtbot, lang)
    qtbot.waitUntil(lambda: window.worker.pending == 0)  # the central address is read
    return window


def _search_nothing_here(qtbot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=5000) as shown:
        type_text(window.search, text)
    assert shown.args == [0]


@pytest.mark.postgres
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_bill_of_another_agency_is_found_opened_and_paid_from_the_keyboard(
    qtbot,
    counter,
    pg_url: str,
    lang: str,
) -> None:
    from tests.integration.sync_world import central_for, seed_account

    with central_for(pg_url) as central:
        seed_account(
            central,
            "2402",
            THEIRS,
            {B1: 50_000, B2: 60_000},
            name_latin="Karima Belkacem",
            name_ar="كريمة بلقاسم",
        )
        _configure(counter.store, central.logins["2401"].url)
        window = _window(qtbot, counter, lang)
        window.tools.sync.interval = 3600  # the first run, then "after a payment" only
        window.start_sync()
        qtbot.waitUntil(lambda: window.tools.sync.state.online is not None, timeout=30000)
        assert window.tools.sync.state.online, window.sync_label.toolTip()
        _search_nothing_here(qtbot, window, B1)
        assert window.remote.isVisible()
        assert B1 in window.remote.label.text() and "F4" in window.remote.button.text()
        _screenshot(window, f"remote_lookup_offer_{lang}.png")

        with qtbot.waitSignal(window.account_shown, timeout=20000) as shown:
            qtbot.keyClick(window.search, Qt.Key.Key_F4)
        assert shown.args == [THEIRS]
        assert not window.remote.isVisible()
        panel = window.account
        assert panel.home_agency.isVisible() and "2402" in panel.home_agency.text()
        assert panel.selected_bill_nos() == (B1,)
        assert panel.account.open_bills[0].open.minor == 50_000
        assert central.rows("SELECT clerk, query, status FROM guichet.lookups") == [
            {"clerk": "amina", "query": B1, "status": "found"}
        ]
        _screenshot(window, f"remote_lookup_{lang}.png")

        qtbot.keyClick(panel.bills, Qt.Key.Key_F2)
        dialog = window.payment_dialog
        assert dialog is not None
        with qtbot.waitSignal(window.payment_done, timeout=5000) as done:
            qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        assert done.args[0].balance_after.minor == 60_000
        qtbot.waitUntil(lambda: window.account.account.balance.minor == 60_000)
        assert window.account.home_agency.isVisible()

        # The background sync sends it after the payment; central applies it to 2402's bill.
        qtbot.waitUntil(lambda: window.tools.sync.state.pending == 0, timeout=30000)
        assert window.tools.sync.state.quarantined == 0
        bills = central.rows(
            "SELECT bill_no, open_minor, agency_code FROM guichet.bills ORDER BY bill_no"
        )
        assert bills == [
            {"bill_no": B1, "open_minor": 0, "agency_code": "2402"},
            {"bill_no": B2, "open_minor": 60_000, "agency_code": "2402"},
        ]
        payment = central.rows(
            "SELECT agency_code, flags FROM guichet.payments WHERE account_no = :a", a=THEIRS
        )
        assert payment == [{"agency_code": "2401", "flags": []}]

        # Later, the imported account is found by the ordinary search, marked.
        window.search.clear()
        with qtbot.waitSignal(window.results_shown, timeout=5000) as again:
            type_text(window.search, "Belkacem")
        assert again.args == [1] and not window.remote.isVisible()
        window.tools.stop()


def test_offline_the_look_up_says_it_needs_the_network(qtbot, counter) -> None:
    _configure(counter.store, "postgresql://nobody@127.0.0.1:1/guichet?connect_timeout=2")
    window = _window(qtbot, counter, "fr")
    _search_nothing_here(qtbot, window, THEIRS)
    qtbot.keyClick(window.search, Qt.Key.Key_F4)
    qtbot.waitUntil(window.message.isVisible, timeout=15000)
    text = window.message.text()
    assert "serveur central" in text and "réseau" in text, text
    assert window.remote.isVisible() and window.remote.button.isEnabled()  # may retry
    assert window.stack.currentWidget() is window.results


def test_the_counter_keeps_searching_while_a_look_up_waits_on_the_network(
    qtbot, counter, accounts, monkeypatch
) -> None:
    """The look-up runs on a worker of its own: a WAN that hangs does not hold the clerk's
    next search (or payment) behind it."""
    import threading

    import ui.remote_lookup as remote_module

    released = threading.Event()

    def hanging(store, query, clerk=""):
        released.wait(20)
        raise DomainError("remote.offline", problem="timeout")

    monkeypatch.setattr(remote_module, "lookup_from_settings", hanging)
    _configure(counter.store, "postgresql://nobody@127.0.0.1:1/guichet")
    window = _window(qtbot, counter, "fr")
    _search_nothing_here(qtbot, window, THEIRS)
    try:
        assert window.remote.run()
        qtbot.waitUntil(lambda: window.remote.running, timeout=2000)
        window.search.clear()
        with qtbot.waitSignal(window.results_shown, timeout=5000, check_params_cb=lambda n: n >= 1):
            type_text(window.search, "Kacimi")  # answered while the look-up still waits
        assert window.remote.running
        assert accounts.kacimi.account_no in [h.account_no for h in window.results_model.rows()]
    finally:
        released.set()
    qtbot.waitUntil(lambda: not window.remote.running, timeout=10000)


def test_a_name_is_never_offered_to_other_agencies(qtbot, counter) -> None:
    _configure(counter.store, "postgresql://nobody@127.0.0.1:1/guichet")
    window = _window(qtbot, counter, "fr")
    _search_nothing_here(qtbot, window, "Belkacem")
    assert not window.remote.isVisible()
    qtbot.keyClick(window.search, Qt.Key.Key_F4)
    assert "nom" in window.message.text()
    assert window.worker.pending == 0  # nothing was sent anywhere


def test_without_a_central_server_nothing_is_offered(qtbot, counter) -> None:
    window = _window(qtbot, counter, "fr")
    _search_nothing_here(qtbot, window, THEIRS)
    assert not window.remote.isVisible()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert "Rien trouvé" in window.message.text() or window.message.isVisible()


def _screenshot(window: MainWindow, name: str) -> None:
    """Saved only when $GUICHET_SCREENSHOT_DIR is set (docs/screenshots is refreshed by hand)."""
    folder = os.environ.get(SCREENSHOT_ENV)
    if folder:
        window.grab().save(str(Path(folder) / name))
