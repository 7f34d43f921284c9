""" "Explain this bill" on a selected bill, and "Print again" on a payment of the history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select, update

from desktop.devices.settings import PrinterSettings, save_printer_settings
from desktop.store.models import Account, Bill, JournalEntry, PrintJob, ServicePoint
from tests.integration.test_readings import estimate_lockdown, lydec_meter, read
from tests.ui.helpers import pay_cash
from ui.main_window import MainWindow


def _select(view, row: int) -> None:
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0), flags.ClearAndSelect | flags.Rows
    )


def _open(qtbot, window: MainWindow, account_no: str) -> None:
    with qtbot.waitSignal(window.account_shown, timeout=5000):
        window.open_account(account_no)


def _lockdown_account(store) -> tuple[str, str]:
    """A Lydec account regularised after three estimated months; April still open."""
    meter = lydec_meter(store)
    estimate_lockdown(store, meter, (150, 150, 150))
    read(store, meter, 5400, kind="actual")
    with store.unit_of_work() as uow:
        s = uow.session
        uow.session.execute(
            update(Bill).where(Bill.bill_no == f"E{meter}04").values(open_minor=5000)
        )
        account_no = s.scalar(
            select(Account.account_no).join(ServicePoint).where(ServicePoint.meter_no == meter)
        )
        uow.commit()
    return account_no, f"E{meter}04"


def test_ctrl_e_explains_an_estimated_bill_and_its_stored_regularisation(qtbot, counter) -> None:
    account_no, bill_no = _lockdown_account(counter.store)
    window = counter.window(qtbot, "fr")
    _open(qtbot, window, account_no)
    assert not window.account.explain_button.isEnabled()
    _select(window.account.bills, window.account.bills_model.row_of(bill_no))
    assert window.account.explain_button.isEnabled()
    qtbot.keyClick(window.account.bills, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.tools.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.explanation is not None, timeout=5000)
    assert "estimée" in dialog.kind.text().lower()
    assert dialog.lines_model.rowCount() >= 1
    box = dialog.findChild(type(dialog.lines_box), "regularisation_0")
    assert box is not None and "crédité" in box.title()
    months = dialog.findChild(type(dialog.lines), "regularisation_months_0").model()
    assert [months.record(r).kwh for r in range(months.rowCount())] == [135, 130, 135]
    assert months.record(0).estimated_kwh == 150
    adjustment = dialog.findChild(type(dialog.kind), "regularisation_adjustment_0").text()
    assert "51,10" in adjustment and "Crédit" in adjustment


def test_explain_needs_a_selected_bill(qtbot, counter, accounts) -> None:
    window = counter.window(qtbot, "fr")
    _open(qtbot, window, accounts.kacimi.account_no)
    window.account.bills.clearSelection()
    assert window.tools.explain_bill() is None
    assert "facture" in window.message.text()


def test_print_again_sends_a_duplicate_of_the_selected_payment(
    qtbot, counter, accounts, tmp_path: Path
) -> None:
    spool = tmp_path / "printer.bin"
    with counter.store.unit_of_work() as uow:
        save_printer_settings(uow.session, PrinterSettings(uri=spool.as_uri()))
        uow.commit()
    paid = pay_cash(counter.store, accounts.fatima.account_no, 100_00)
    window = counter.window(qtbot, "ar")
    _open(qtbot, window, accounts.fatima.account_no)
    assert not window.account.reprint_button.isEnabled()
    _select(window.account.payments, 0)
    assert window.account.reprint_button.isEnabled()
    with qtbot.waitSignal(window.printer.printed, timeout=20000) as printed:
        window.account.reprint_button.click()
    assert printed.args == [paid.receipt_no]
    assert spool.read_bytes()
    with counter.store.read() as s:
        kinds = s.scalars(select(PrintJob.kind).where(PrintJob.receipt_no == paid.receipt_no)).all()
    assert "reprint" in kinds or "receipt" in kinds
    # A second time is certainly a duplicate.
    with qtbot.waitSignal(window.printer.printed, timeout=20000):
        qtbot.keyClick(
            window.account.payments,
            Qt.Key.Key_R,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    with counter.store.read() as s:
        kinds = s.scalars(select(PrintJob.kind).where(PrintJob.receipt_no == paid.receipt_no)).all()
    assert kinds.count("reprint") >= 1
    # Every print from the window is journaled with the clerk at it (reprints included).
    with counter.store.read() as s:
        printed_by = s.execute(
            select(JournalEntry.kind, JournalEntry.username).where(
                JournalEntry.kind.in_(("receipt.print", "receipt.reprint")),
                JournalEntry.record.contains(paid.receipt_no),
            )
        ).all()
    assert len(printed_by) == 2 and {who for _, who in printed_by} == {window.user.username}
    assert [kind for kind, _ in printed_by][-1] == "receipt.reprint"
