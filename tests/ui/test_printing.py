"""After a payment, the receipt goes to the printer in the background; a dead printer never
costs the payment, and F8 prints again."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.devices.settings import PrinterSettings, save_printer_settings
from desktop.store.models import Payment, PrintJob
from tests.ui.conftest import type_text
from ui.main_window import MainWindow

RASTER = b"\x1dv0"  # GS v 0: the receipt is sent as a raster image
CUT = b"\x1dV"


def _use_printer(store, uri: str) -> None:
    with store.unit_of_work() as uow:
        save_printer_settings(uow.session, PrinterSettings(uri=uri))
        uow.commit()


def _pay_in_cash(qtbot, window: MainWindow, name: str) -> str:
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        type_text(window.search, name)
    with qtbot.waitSignal(window.account_shown, timeout=5000):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.keyClick(window.search, Qt.Key.Key_F2)
    dialog = window.payment_dialog
    assert dialog is not None
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "100")
    with qtbot.waitSignal(window.payment_done, timeout=5000) as done:
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    return done.args[0].receipt_no


def test_the_receipt_is_printed_after_the_payment_without_blocking(
    qtbot, counter, accounts, tmp_path: Path
) -> None:
    spool = tmp_path / "printer.bin"
    _use_printer(counter.store, spool.as_uri())
    window = counter.window(qtbot, "fr")
    with qtbot.waitSignal(window.printer.printed, timeout=20000) as printed:
        receipt_no = _pay_in_cash(qtbot, window, "Benyoucef")
    assert printed.args == [receipt_no]
    data = spool.read_bytes()
    assert RASTER in data and CUT in data
    assert receipt_no in window.message.text()


def test_a_dead_printer_keeps_the_payment_and_f8_prints_again(
    qtbot, counter, accounts, tmp_path: Path
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    _use_printer(counter.store, f"tcp://127.0.0.1:{port}?timeout=1")
    window = counter.window(qtbot, "fr")
    receipt_no = _pay_in_cash(qtbot, window, "Benyoucef")
    qtbot.waitUntil(lambda: "F8" in window.message.text(), timeout=20000)
    assert receipt_no in window.message.text()
    with counter.store.read() as s:
        assert s.query(Payment).join(Payment.allocations).count() >= 1
        failed = s.query(PrintJob).filter(PrintJob.receipt_no == receipt_no).one()
        assert failed.status != "done"

    spool = tmp_path / "printer.bin"
    _use_printer(counter.store, spool.as_uri())  # the clerk plugs another printer in
    window.printer.last_failed_job = None  # a new printer: reprint, don't resend to the old one
    with qtbot.waitSignal(window.printer.printed, timeout=20000):
        qtbot.keyClick(window.search, Qt.Key.Key_F8)
    assert RASTER in spool.read_bytes()
