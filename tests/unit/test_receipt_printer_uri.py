"""Printer addresses and printer settings: every kind parses, every mistake says what to type."""

from __future__ import annotations

import pytest

from desktop.devices.settings import PrinterSettings
from desktop.devices.uri import parse_printer_uri
from desktop.domain.errors import DomainError


def test_a_network_printer_defaults_to_port_9100() -> None:
    a = parse_printer_uri("tcp://192.168.1.50")
    assert (a.scheme, a.target, a.port, a.timeout, a.query_status) == (
        "tcp",
        "192.168.1.50",
        9100,
        5.0,
        False,
    )
    b = parse_printer_uri("tcp://printer.local:9101?timeout=2.5&status=1")
    assert (b.port, b.timeout, b.query_status, b.label) == (
        9101,
        2.5,
        True,
        "tcp://printer.local:9101",
    )


def test_usb_ids_are_hexadecimal() -> None:
    a = parse_printer_uri("usb://04b8:0E15")
    assert (a.vendor_id, a.product_id, a.label) == (0x04B8, 0x0E15, "usb://04b8:0e15")


def test_serial_ports_carry_their_baud_rate() -> None:
    a = parse_printer_uri("serial:///dev/ttyUSB0?baudrate=9600")
    assert (a.target, a.baudrate) == ("/dev/ttyUSB0", 9600)
    assert parse_printer_uri("serial://COM3").target == "COM3"
    assert parse_printer_uri("serial:///dev/ttyS0").baudrate == 19200


def test_cups_windows_and_file_printers_keep_their_names() -> None:
    assert parse_printer_uri("cups://TM-T20II").target == "TM-T20II"
    assert parse_printer_uri("win://EPSON%20TM-T20II%20Receipt").target == "EPSON TM-T20II Receipt"
    assert parse_printer_uri("file:///var/spool/receipt.bin").target == "/var/spool/receipt.bin"


@pytest.mark.parametrize(
    ("uri", "problem"),
    [
        ("192.168.1.50", "no scheme"),
        ("lpt://1", "unknown kind 'lpt'"),
        ("tcp://:9100", "host is missing"),
        ("tcp://host:99999", "port"),
        ("usb://04b8", "VID:PID"),
        ("usb://zz:0202", "hexadecimal"),
        ("serial://", "serial device is missing"),
        ("serial:///dev/ttyS0?baudrate=fast", "baudrate 'fast' is not a number"),
        ("tcp://host?timeout=0", "timeout must be positive"),
        ("cups://", "missing"),
    ],
)
def test_a_bad_address_says_what_is_wrong_and_lists_the_forms(uri: str, problem: str) -> None:
    with pytest.raises(DomainError) as err:
        parse_printer_uri(uri)
    assert err.value.code == "printer.uri_invalid"
    assert problem in err.value.message()
    assert "tcp://HOST:9100" in err.value.message()


def test_printer_settings_refuse_what_no_printer_supports() -> None:
    for bad in (
        {"width": 400},
        {"impl": "laser"},
        {"languages": "en"},
        {"drawer_pin": 3},
        {"fragment_height": 0},
        {"uri": "nope"},
        {"cut": "sideways"},
        {"profile": "laserjet"},
    ):
        with pytest.raises(DomainError):
            PrinterSettings(**bad)  # type: ignore[arg-type]
    assert PrinterSettings(languages="fr,ar").language_order == ("fr", "ar")
