"""Print a receipt: read it, draw it, count the print and queue the bytes in one transaction,
then send them.

Why in this order: the payment is already committed when we get here; the receipt's print
count and its print job commit together (a duplicate is marked DUPLICATA because the count
says an original exists), and only then are bytes sent, outside any transaction. A printer
problem leaves the job in the queue with a clear error; it never touches the payment.

Everything here may run on a worker thread (QImage painting is thread-safe); it opens its
own sessions from the store.
"""

from __future__ import annotations

import datetime as dt

from desktop.devices.connections import Transport, send
from desktop.devices.profiles import resolve_cut
from desktop.devices.queue import JobOutcome, enqueue, run_job
from desktop.devices.settings import PrinterSettings, load_printer_settings
from desktop.devices.uri import parse_printer_uri
from desktop.domain.errors import DomainError
from desktop.services.receipts import ReceiptData, mark_printed, receipt_data
from desktop.store.db import Store
from reports.receipt_escpos import EscposOptions, encode_image
from reports.receipt_image import render_receipt, render_test_page


def receipt_bytes(data: ReceiptData, settings: PrinterSettings) -> bytes:
    """The ESC/POS stream of ``data`` for this printer.

    The cash drawer opens only for the original of a valid cash payment: not for card
    payments, not for a duplicate, not for a void slip.
    """
    image = render_receipt(data, width=settings.width, languages=settings.language_order)
    kick = data.is_cash and not data.is_duplicate and not data.voided
    return encode_image(
        image,
        EscposOptions(
            impl=settings.impl,
            fragment_height=settings.fragment_height,
            cut=resolve_cut(settings.profile, settings.cut),
            drawer_pin=settings.drawer_pin if kick else None,
        ),
    )


def queue_receipt(
    store: Store,
    receipt_no: str,
    *,
    printer_uri: str | None = None,
    settings: PrinterSettings | None = None,
    tz: dt.tzinfo | None = None,
) -> str:
    """Draw receipt ``receipt_no`` (original, or DUPLICATA n when already printed), count
    the print and queue the job; return the job's uuid. Nothing is sent yet."""
    with store.unit_of_work() as uow:
        config = settings or load_printer_settings(uow.session)
        uri = (printer_uri or config.uri).strip()
        if not uri:
            raise DomainError("printer.not_configured")
        parse_printer_uri(uri)
        data = receipt_data(uow.session, receipt_no, tz=tz)
        payload = receipt_bytes(data, config)
        mark_printed(uow, data.receipt_no)
        kind = "void" if data.voided else "reprint" if data.is_duplicate else "receipt"
        job_uuid = enqueue(uow, payload, uri, kind=kind, receipt_no=data.receipt_no)
        uow.commit()
    return job_uuid


def print_receipt(
    store: Store,
    receipt_no: str,
    *,
    printer_uri: str | None = None,
    settings: PrinterSettings | None = None,
    transport: Transport | None = None,
    tz: dt.tzinfo | None = None,
) -> JobOutcome:
    """Queue the receipt and try to print it now; a printer problem is in the outcome."""
    job_uuid = queue_receipt(store, receipt_no, printer_uri=printer_uri, settings=settings, tz=tz)
    return run_job(store, job_uuid, transport=transport)


def printer_test_bytes(settings: PrinterSettings, printer_label: str = "") -> bytes:
    image = render_test_page(
        width=settings.width, languages=settings.language_order, printer=printer_label
    )
    return encode_image(
        image,
        EscposOptions(
            impl=settings.impl,
            fragment_height=settings.fragment_height,
            cut=resolve_cut(settings.profile, settings.cut),
        ),
    )


def print_printer_test(printer_uri: str, settings: PrinterSettings | None = None) -> int:
    """Send a test page straight to ``printer_uri`` (no queue: the clerk is watching the
    printer). Returns the number of bytes sent; raises the printer's DomainError."""
    address = parse_printer_uri(printer_uri)
    payload = printer_test_bytes(settings or PrinterSettings(), address.label)
    send(address, payload)
    return len(payload)
