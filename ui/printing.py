"""Receipts go to the printer after the payment is committed, on a worker of their own.

Why a second worker: a printer that is off or out of paper can take seconds to time out, and
that must neither freeze the window nor hold up the database worker (the next customer's
search). The payment is already committed when printing starts; a printer problem is told
to the clerk in one line, the job stays in the persistent queue, and "Print again" (F8)
retries it later. Nothing here can lose or double a payment.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.devices.queue import JobOutcome
from desktop.domain.errors import DomainError
from desktop.services.auth import AuthenticatedUser
from desktop.store.db import Store
from desktop.use_cases.printing import recover_interrupted_prints, send_job_again
from ui.i18n import error_text
from ui.operations import WriteOp
from ui.worker import DbWorker


class ReceiptPrinter(QObject):
    """Prints receipts and void slips in the background and reports in one line.

    ``status`` carries the text to show; ``printed`` the receipt number once it is out.
    """

    status = Signal(str)
    printed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = DbWorker(store, self)
        self.last_receipt: str | None = None
        self.last_failed_job: str | None = None

    def recover(self) -> None:
        """At start-up: jobs cut off by a crash are marked failed, never sent twice."""
        WriteOp("print.recover", recover_interrupted_prints).failure(
            lambda _exc: None  # logged by the worker; the queue is checked again next start
        ).run(self.worker)

    def print_receipt(self, receipt_no: str, user: AuthenticatedUser) -> None:
        """Draw, queue and send ``receipt_no`` (a duplicate if it was printed before); the
        print is journaled with ``user``, the clerk at the window."""
        self.last_receipt = receipt_no
        self.status.emit(self.tr("Printing receipt {receipt}…").format(receipt=receipt_no))
        WriteOp("print.receipt", lambda store: _print(store, user, receipt_no)).success(
            self._done
        ).failure(self._failed).run(self.worker)

    def print_again(self, user: AuthenticatedUser) -> None:
        """F8: retry the job that failed, or reprint the last receipt as a duplicate
        (journaled with ``user``, the clerk who pressed F8)."""
        if self.last_failed_job:
            job_uuid = self.last_failed_job
            self.status.emit(self.tr("Printing again…"))
            WriteOp("print.again", lambda store: send_job_again(store, user, job_uuid)).success(
                self._done
            ).failure(self._failed).run(self.worker)
        elif self.last_receipt:
            self.print_receipt(self.last_receipt, user)
        else:
            self.status.emit(self.tr("No receipt to print yet."))

    def _done(self, outcome: JobOutcome) -> None:
        number = outcome.job.receipt_no or ""
        if outcome.printed:
            self.last_failed_job = None
            self.status.emit(self.tr("Receipt {receipt} printed.").format(receipt=number))
            self.printed.emit(number)
            return
        self.last_failed_job = outcome.job.uuid
        problem = error_text(outcome.error) if outcome.error else outcome.job.status
        self.status.emit(
            self.tr(
                "Receipt {receipt} not printed: {problem} The payment is saved; F8 prints again."
            ).format(receipt=number, problem=problem)
        )

    def _failed(self, exc: BaseException) -> None:
        problem = error_text(exc) if isinstance(exc, DomainError) else str(exc)
        self.status.emit(
            self.tr(
                "Receipt {receipt} not printed: {problem} The payment is saved; F8 prints again."
            ).format(receipt=self.last_receipt or "", problem=problem)
        )


def _print(store: Store, user: AuthenticatedUser, receipt_no: str) -> JobOutcome:
    """On the worker. The receipt encoder (python-escpos, ~70 ms of CPU to import) is loaded
    with the first receipt, not with the window."""
    from desktop.use_cases.printing import print_receipt
    from reports.receipt_print import receipt_bytes

    return print_receipt(store, user, receipt_no, receipt_bytes)
