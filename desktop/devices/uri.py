"""Printer addresses written as one URI string, so a printer is one setting and one CLI flag.

Why URIs: the same terminal may print over the network, USB, a serial line, CUPS, the
Windows spooler or into a file (tests, diagnostics); one string names all of them and
stores in the settings table as it is.

    tcp://HOST[:PORT][?timeout=5&status=1]       raw TCP, port 9100 by default
    usb://VID:PID[?timeout=5]                    hexadecimal vendor and product ids (pyusb)
    serial:///dev/ttyUSB0[?baudrate=19200]       or serial://COM3 on Windows (pyserial)
    cups://QUEUE                                 a raw CUPS/LP queue, sent with ``lp -d``
    win://PRINTER NAME                           a Windows printer, raw (pywin32)
    file:///PATH                                 bytes appended to a file or device node
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NoReturn
from urllib.parse import parse_qs, unquote, urlsplit

from desktop.domain.errors import DomainError

SCHEMES = ("tcp", "usb", "serial", "cups", "win", "file")
DEFAULT_PORT = 9100
DEFAULT_TIMEOUT = 5.0
DEFAULT_BAUDRATE = 19200


@dataclass(frozen=True, slots=True)
class PrinterAddress:
    """A parsed printer URI.

    Fields: uri (as typed), scheme (one of SCHEMES), target (host, device path, queue,
    printer name or file path), port (tcp), vendor_id and product_id (usb), baudrate
    (serial), timeout (seconds), query_status (tcp: ask the printer for paper/online status
    before sending, for printers that answer DLE EOT), options (the other query values).
    """

    uri: str
    scheme: str
    target: str
    port: int = DEFAULT_PORT
    vendor_id: int = 0
    product_id: int = 0
    baudrate: int = DEFAULT_BAUDRATE
    timeout: float = DEFAULT_TIMEOUT
    query_status: bool = False
    options: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """Short name for messages: 'tcp://10.0.0.5:9100', 'usb://04b8:0202', ..."""
        if self.scheme == "tcp":
            return f"tcp://{self.target}:{self.port}"
        if self.scheme == "usb":
            return f"usb://{self.vendor_id:04x}:{self.product_id:04x}"
        return f"{self.scheme}://{self.target}"


def parse_printer_uri(uri: str) -> PrinterAddress:
    """Parse ``uri`` or raise ``printer.uri_invalid`` saying what is wrong."""
    text = (uri or "").strip()
    if "://" not in text:
        _bad(text, "it has no scheme such as tcp://")
    scheme, rest = text.split("://", 1)
    scheme = scheme.lower()
    if scheme not in SCHEMES:
        _bad(text, f"unknown kind '{scheme}'")
    path, _, query = rest.partition("?")
    options = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
    timeout = _number(text, options.pop("timeout", None), float, DEFAULT_TIMEOUT, "timeout")
    if timeout <= 0:
        _bad(text, "timeout must be positive")
    if scheme == "tcp":
        try:
            parts = urlsplit(f"tcp://{path}")
        except ValueError:  # "tcp://[" : an IPv6 bracket left open
            _bad(text, "the host is not a name or an address (a '[' without ']'?)")
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            _bad(text, "the port is not a number from 1 to 65535")
        if not parts.hostname:
            _bad(text, "the host is missing")
        status = options.pop("status", "0").lower() in ("1", "true", "yes")
        return PrinterAddress(
            text,
            scheme,
            parts.hostname,
            port=port,
            timeout=timeout,
            query_status=status,
            options=options,
        )
    if scheme == "usb":
        ids = path.strip("/").split(":")
        if len(ids) != 2:
            _bad(text, "write the vendor and product ids as VID:PID in hexadecimal")
        try:
            vid, pid = (int(i, 16) for i in ids)
        except ValueError:
            _bad(text, "the vendor and product ids must be hexadecimal, e.g. 04b8:0202")
        return PrinterAddress(
            text, scheme, path, vendor_id=vid, product_id=pid, timeout=timeout, options=options
        )
    target = unquote(path)
    if scheme == "serial":
        baud = _number(text, options.pop("baudrate", None), int, DEFAULT_BAUDRATE, "baudrate")
        if not target:
            _bad(text, "the serial device is missing, e.g. serial:///dev/ttyUSB0")
        return PrinterAddress(text, scheme, target, baudrate=baud, timeout=timeout, options=options)
    if not target.strip("/"):
        _bad(text, "the queue, printer name or file path is missing")
    return PrinterAddress(text, scheme, target, timeout=timeout, options=options)


def _number(uri: str, raw: str | None, kind: type, default: float, name: str) -> float | int:
    if raw is None:
        return default
    try:
        value = kind(raw)
    except ValueError:
        _bad(uri, f"{name} '{raw}' is not a number")
    # "nan", "inf", "-5" and "1e300" are numbers to float() but not a timeout or a speed.
    if not 0 < value <= _LIMITS.get(name, 3600):
        _bad(uri, f"{name} must be positive and at most {_LIMITS.get(name, 3600)}, not '{raw}'")
    return value


_LIMITS = {"timeout": 3600, "baudrate": 4_000_000}


def _bad(uri: str, problem: str) -> NoReturn:
    raise DomainError("printer.uri_invalid", uri=uri, problem=problem)
