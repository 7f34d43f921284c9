"""Printing receipts: print (the original), reprint (a DUPLICATA), and the print queue.

Why the core owns this and not ``reports``: printing a receipt counts a print and journals it
(``receipt.print`` for the original, ``receipt.reprint`` for every duplicate, with the user
who asked), and that must commit together with the queued job. ``reports`` only turns the
immutable ``ReceiptData`` into bytes; the caller passes that function in (``render``), and
it runs inside the transaction because whether the receipt says DUPLICATA depends on the
count read in that same transaction. Bytes are sent after the commit, outside any
transaction: a printer problem leaves the job queued and never touches the payment.

``user`` may be None only for the command line's ``receipt`` command, which has no log-in
(the journal entry then names nobody, as it always did there).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.devices import queue
from desktop.devices.connections import Transport
from desktop.devices.queue import FAILED, PRINTING, QUEUED, JobOutcome, PrintJobView
from desktop.devices.settings import PrinterSettings, load_printer_settings
from desktop.devices.uri import parse_printer_uri
from desktop.domain.errors import DomainError
from desktop.services import receipts
from desktop.services.auth import AuthenticatedUser
from desktop.services.receipts import ReceiptData
from desktop.store.db import Store
from desktop.use_cases.base import guarded, reading, writing

ReceiptRenderer = Callable[[ReceiptData, PrinterSettings], bytes]
"""Draws a receipt for a printer: ``reports.receipt_print.receipt_bytes``."""


def _username(user: AuthenticatedUser | None) -> str | None:
    return user.username if user is not None else None


def receipt_data(
    store: Store, user: AuthenticatedUser | None, receipt_no: str, *, tz: dt.tzinfo | None = None
) -> ReceiptData:
    """Receipt ``receipt_no`` as printed (read only: saving an image is not a print)."""
    with reading(store, user) as session:
        return receipts.receipt_data(session, receipt_no, tz=tz)


def printer_settings(store: Store, user: AuthenticatedUser | None) -> PrinterSettings:
    """The terminal's printer settings (read only)."""
    with reading(store, user) as session:
        return load_printer_settings(session)


def queue_receipt(
    store: Store,
    user: AuthenticatedUser | None,
    receipt_no: str,
    render: ReceiptRenderer,
    *,
    printer_uri: str | None = None,
    settings: PrinterSettings | None = None,
    tz: dt.tzinfo | None = None,
) -> str:
    """Draw receipt ``receipt_no`` (original, or DUPLICATA n when already printed), count
    the print, journal it with ``user`` and queue the job, in one transaction; return the
    job's uuid. Nothing is sent yet."""
    with writing(store, user) as uow:
        config = settings or load_printer_settings(uow.session)
        uri = (printer_uri or config.uri).strip()
        if not uri:
            raise DomainError("printer.not_configured")
        parse_printer_uri(uri)
        data = receipts.receipt_data(uow.session, receipt_no, tz=tz)
        payload = render(data, config)
        receipts.mark_printed(uow, data.receipt_no, username=_username(user))
        kind = "void" if data.voided else "reprint" if data.is_duplicate else "receipt"
        job_uuid = queue.enqueue(uow, payload, uri, kind=kind, receipt_no=data.receipt_no)
        uow.commit()
    return job_uuid


def print_receipt(
    store: Store,
    user: AuthenticatedUser | None,
    receipt_no: str,
    render: ReceiptRenderer,
    *,
    printer_uri: str | None = None,
    settings: PrinterSettings | None = None,
    transport: Transport | None = None,
    tz: dt.tzinfo | None = None,
) -> JobOutcome:
    """Queue the receipt (see ``queue_receipt``) and try to print it now; a printer
    problem is in the outcome, never raised. A second print is a journaled duplicate."""
    job_uuid = queue_receipt(
        store, user, receipt_no, render, printer_uri=printer_uri, settings=settings, tz=tz
    )
    with guarded(store, user):
        return queue.run_job(store, job_uuid, transport=transport)


reprint_receipt = print_receipt
"""A reprint is a print of a receipt already printed: the count makes it a DUPLICATA."""


def send_job_again(
    store: Store,
    user: AuthenticatedUser | None,
    job_uuid: str,
    *,
    transport: Transport | None = None,
) -> JobOutcome:
    """F8 after a printer problem: send the same job (same bytes) again; no new print is
    counted, since the paper never came out."""
    with guarded(store, user):
        return queue.run_job(store, job_uuid, transport=transport)


def retry_job(
    store: Store,
    user: AuthenticatedUser | None,
    job_uuid: str,
    *,
    transport: Transport | None = None,
) -> JobOutcome:
    """Put a failed job back in the queue with fresh attempts (committed), then send it."""
    with writing(store, user) as uow:
        queue.retry(uow, job_uuid)
        uow.commit()
    return send_job_again(store, user, job_uuid, transport=transport)


def run_print_queue(
    store: Store, user: AuthenticatedUser | None, *, transport: Transport | None = None
) -> list[JobOutcome]:
    """Try every queued job once, oldest first."""
    with guarded(store, user):
        return queue.process_queue(store, transport=transport)


def print_jobs(
    store: Store,
    user: AuthenticatedUser | None,
    *,
    statuses: tuple[str, ...] = (QUEUED, PRINTING, FAILED),
    limit: int = 100,
) -> tuple[PrintJobView, ...]:
    """Jobs in ``statuses``, oldest first (read only)."""
    with reading(store, user) as session:
        return queue.list_jobs(session, statuses=statuses, limit=limit)


def recover_interrupted_prints(store: Store) -> int:
    """At start-up, before anyone logs in: jobs cut off by a crash are marked failed (for
    the clerk to check the paper), never sent twice. Returns how many."""
    with writing(store, None) as uow:
        count = queue.recover_interrupted(uow)
        uow.commit()
        return count
