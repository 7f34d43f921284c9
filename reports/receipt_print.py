"""The bytes a receipt printer is sent: a receipt drawn from its immutable ``ReceiptData``,
and the test page.

Why nothing else: printing a receipt counts the print, journals it with the user and queues
the job in one transaction; that is the core's use case
(``desktop.use_cases.printing.print_receipt``), which calls ``receipt_bytes`` inside its
transaction (whether the receipt says DUPLICATA depends on the count read there). This module
opens no transaction and writes no journal. It may run on a worker thread (QImage painting is
thread-safe).
"""

from __future__ import annotations

from desktop.devices.connections import send
from desktop.devices.profiles import resolve_cut
from desktop.devices.settings import PrinterSettings
from desktop.devices.uri import parse_printer_uri
from desktop.services.receipts import ReceiptData
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
