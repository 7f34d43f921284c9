"""Send bytes to a printer and turn every failure into a DomainError a clerk can act on.

Why one function per connection kind and one classification: whatever the cable, the clerk
must read the same few things — offline, timeout, out of paper, cover open, disconnected,
driver missing — and the print queue must know whether the job may simply be retried.
Optional drivers (pyserial, pyusb, pywin32) are imported only when used.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.devices.uri import PrinterAddress, parse_printer_uri
from desktop.domain.errors import DomainError

DLE_EOT_OFFLINE_CAUSE = b"\x10\x04\x02"
DLE_EOT_PAPER = b"\x10\x04\x04"
_FIXED_BITS_MASK, _FIXED_BITS = 0x93, 0x12  # bits 1 and 4 set, 0 and 7 clear in every answer
_PAPER_END = 0x60  # DLE EOT 4: bits 5-6, roll paper end
_COVER_OPEN, _ERROR = 0x04, 0x40  # DLE EOT 2: cover open, error occurred

Transport = Callable[[PrinterAddress, bytes], None]


def send(printer: str | PrinterAddress, data: bytes) -> None:
    """Deliver ``data`` to ``printer`` (a URI or a parsed address), or raise a DomainError:
    printer.offline, printer.timeout, printer.out_of_paper, printer.cover_open,
    printer.disconnected, printer.driver_missing, printer.failed, printer.uri_invalid."""
    address = parse_printer_uri(printer) if isinstance(printer, str) else printer
    TRANSPORTS[address.scheme](address, data)


def _offline(a: PrinterAddress, detail: str) -> DomainError:
    return DomainError("printer.offline", printer=a.label, detail=detail)


def _timeout(a: PrinterAddress) -> DomainError:
    return DomainError("printer.timeout", printer=a.label, seconds=f"{a.timeout:g}")


def _disconnected(a: PrinterAddress, detail: str) -> DomainError:
    return DomainError("printer.disconnected", printer=a.label, detail=detail)


def _failed(a: PrinterAddress, detail: str) -> DomainError:
    return DomainError("printer.failed", printer=a.label, detail=detail)


def _missing(a: PrinterAddress, package: str) -> DomainError:
    return DomainError("printer.driver_missing", printer=a.label, package=package)


def send_tcp(a: PrinterAddress, data: bytes) -> None:
    """Raw TCP (port 9100, "JetDirect"): the usual Ethernet or Wi-Fi receipt printer."""
    try:
        sock = socket.create_connection((a.target, a.port), timeout=a.timeout)
    except TimeoutError:
        raise _timeout(a) from None
    except ConnectionRefusedError:
        raise _offline(a, "connection refused") from None
    except (ConnectionResetError, ConnectionAbortedError) as exc:  # accepted, then dropped
        raise _disconnected(a, exc.strerror or type(exc).__name__) from None
    except socket.gaierror:
        raise _offline(a, f"unknown host {a.target}") from None
    except OSError as exc:
        raise _offline(a, exc.strerror or str(exc)) from None
    with sock:
        try:
            if a.query_status:
                check_status(a, sock)
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)  # tell the printer the job is complete
        except TimeoutError:
            raise _timeout(a) from None
        except OSError as exc:  # broken pipe, reset, aborted
            raise _disconnected(a, exc.strerror or type(exc).__name__) from None


def check_status(a: PrinterAddress, sock: socket.socket) -> None:
    """Ask the printer (DLE EOT 4 then 2) whether it has paper and its cover is closed."""
    paper = _ask(a, sock, DLE_EOT_PAPER)
    if paper & _PAPER_END:
        raise DomainError("printer.out_of_paper", printer=a.label)
    cause = _ask(a, sock, DLE_EOT_OFFLINE_CAUSE)
    if cause & (_COVER_OPEN | _ERROR):
        raise DomainError("printer.cover_open", printer=a.label)


def _ask(a: PrinterAddress, sock: socket.socket, command: bytes) -> int:
    sock.sendall(command)
    answer = sock.recv(1)
    if not answer:
        raise _disconnected(a, "the printer closed the connection")
    byte = answer[0]
    if byte & _FIXED_BITS_MASK != _FIXED_BITS:
        raise _failed(a, f"unexpected status byte 0x{byte:02x}; remove status=1 from the URI")
    return byte


def send_file(a: PrinterAddress, data: bytes) -> None:
    """Append to a file or a device node (/dev/usb/lp0): tests, diagnostics, simple setups."""
    path = Path(a.target)
    try:
        with path.open("ab") as out:
            out.write(data)
            out.flush()
            if path.is_file():
                os.fsync(out.fileno())
    except FileNotFoundError:
        raise _offline(a, f"{path.parent} does not exist") from None
    except PermissionError:
        raise _offline(a, f"no permission to write {path}") from None
    except OSError as exc:
        raise _disconnected(a, exc.strerror or str(exc)) from None


def send_cups(a: PrinterAddress, data: bytes) -> None:
    """A raw CUPS/LP queue, through the ``lp`` command (no C binding needed)."""
    lp = shutil.which("lp")
    if lp is None:
        raise _missing(a, "cups-client (the lp command)")
    try:
        done = subprocess.run(
            [lp, "-d", a.target, "-o", "raw", "-t", "Guichet"],
            input=data,
            capture_output=True,
            timeout=a.timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise _timeout(a) from None
    if done.returncode != 0:
        problem = done.stderr.decode("utf-8", "replace").strip() or f"lp exit {done.returncode}"
        if "does not exist" in problem or "Unknown destination" in problem:
            raise _offline(a, problem)
        raise _failed(a, problem)


def send_serial(a: PrinterAddress, data: bytes) -> None:
    """RS-232 or USB-serial adapter, through pyserial."""
    try:
        import serial  # type: ignore[import-untyped]
    except ImportError:
        raise _missing(a, "pyserial") from None
    try:
        port = serial.Serial(
            a.target, baudrate=a.baudrate, timeout=a.timeout, write_timeout=a.timeout
        )
    except (serial.SerialException, OSError) as exc:
        raise _offline(a, str(exc)) from None
    with port:
        try:
            port.write(data)
            port.flush()
        except serial.SerialTimeoutException:
            raise _timeout(a) from None
        except (serial.SerialException, OSError) as exc:
            raise _disconnected(a, str(exc)) from None


def send_usb(a: PrinterAddress, data: bytes) -> None:
    """A printer speaking ESC/POS over its own USB interface, through pyusb (libusb)."""
    try:
        import usb.core  # type: ignore[import-not-found]
        import usb.util  # type: ignore[import-not-found]
    except ImportError:
        raise _missing(a, "pyusb") from None
    try:
        device = usb.core.find(idVendor=a.vendor_id, idProduct=a.product_id)
    except usb.core.NoBackendError:
        raise _missing(a, "libusb-1.0 (system library)") from None
    if device is None:
        raise _offline(a, "not found on USB: check the cable and power")
    try:
        with contextlib.suppress(NotImplementedError, usb.core.USBError):
            if device.is_kernel_driver_active(0):
                device.detach_kernel_driver(0)
        with contextlib.suppress(usb.core.USBError):
            device.set_configuration()
        interface = device.get_active_configuration()[(0, 0)]
        endpoint = usb.util.find_descriptor(
            interface,
            custom_match=lambda e: (
                usb.util.endpoint_direction(e.bEndpointAddress) == usb.util.ENDPOINT_OUT
            ),
        )
        if endpoint is None:
            raise _failed(a, "the device has no output endpoint: is it a printer?")
        endpoint.write(data, timeout=int(a.timeout * 1000))
    except usb.core.USBTimeoutError:
        raise _timeout(a) from None
    except usb.core.USBError as exc:
        if getattr(exc, "errno", None) == 19:  # ENODEV: unplugged
            raise _disconnected(a, "unplugged") from None
        raise _failed(a, str(exc)) from None
    finally:
        with contextlib.suppress(Exception):
            usb.util.dispose_resources(device)


def send_windows(a: PrinterAddress, data: bytes) -> None:
    """A printer installed in Windows (spooler), sent as a RAW document via pywin32."""
    if sys.platform != "win32":
        raise _failed(a, "win:// printers exist only on Windows")
    try:
        import pywintypes  # type: ignore[import-not-found]
        import win32print  # type: ignore[import-not-found]
    except ImportError:
        raise _missing(a, "pywin32") from None
    try:
        handle = win32print.OpenPrinter(a.target)
    except pywintypes.error as exc:
        raise _offline(a, str(exc.strerror)) from None
    try:
        win32print.StartDocPrinter(handle, 1, ("Guichet", None, "RAW"))
        try:
            win32print.StartPagePrinter(handle)
            win32print.WritePrinter(handle, data)
            win32print.EndPagePrinter(handle)
        finally:
            win32print.EndDocPrinter(handle)
    except pywintypes.error as exc:
        raise _failed(a, str(exc.strerror)) from None
    finally:
        win32print.ClosePrinter(handle)


TRANSPORTS: dict[str, Transport] = {
    "tcp": send_tcp,
    "file": send_file,
    "cups": send_cups,
    "serial": send_serial,
    "usb": send_usb,
    "win": send_windows,
}
