"""The print queue against real printers' stand-ins: a TCP server on 127.0.0.1, a closed port,
files, a fake `lp`. Jobs are never lost and printing never touches the payment."""

from __future__ import annotations

import os
import socket
import socketserver
import stat
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.devices import connections
from desktop.devices.queue import (
    DONE,
    FAILED,
    PRINTING,
    QUEUED,
    enqueue,
    get_job,
    list_jobs,
    process_queue,
    recover_interrupted,
    retry,
    run_job,
)
from desktop.devices.settings import PrinterSettings, load_printer_settings, save_printer_settings
from desktop.devices.uri import parse_printer_uri
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.payments import PaymentRequest, take_payment
from desktop.services.receipts import receipt_data
from desktop.store.db import Store
from desktop.store.models import Allocation, Bill, Payment, PrintJob
from desktop.use_cases import printing
from reports.receipt_print import receipt_bytes
from tests.factories import BillSpec, make_account, user_named


def print_receipt(store: Store, receipt_no: str, **options):
    """The print use case as the window calls it: amina at the counter, reports' drawing."""
    who = user_named(store, "amina")
    return printing.print_receipt(store, who, receipt_no, receipt_bytes, **options)


def queue_receipt(store: Store, receipt_no: str, **options) -> str:
    who = user_named(store, "amina")
    return printing.queue_receipt(store, who, receipt_no, receipt_bytes, **options)


@dataclass
class Received:
    """What a stand-in printer got: one bytes object per connection."""

    jobs: list[bytes] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)


def serve(handler_factory) -> Iterator[tuple[str, Received]]:
    received = Received()
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler_factory(received))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"tcp://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def recording(received: Received):
    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            chunks = []
            while chunk := self.request.recv(65536):
                chunks.append(chunk)
            received.jobs.append(b"".join(chunks))
            received.done.set()

    return Handler


def answering(paper: int, cause: int = 0x12, silent: bool = False):
    """A printer that answers DLE EOT 4 (paper) and DLE EOT 2 (offline cause) status queries."""

    def factory(received: Received):
        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                data = b""
                while chunk := self.request.recv(65536):
                    data += chunk
                    if not silent and data.endswith(b"\x10\x04\x04"):
                        self.request.sendall(bytes((paper,)))
                    elif not silent and data.endswith(b"\x10\x04\x02"):
                        self.request.sendall(bytes((cause,)))
                received.jobs.append(data)
                received.done.set()

        return Handler

    return factory


@pytest.fixture
def printer() -> Iterator[tuple[str, Received]]:
    yield from serve(recording)


def closed_port_uri() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there any more
    return f"tcp://127.0.0.1:{port}?timeout=2"


@pytest.fixture
def receipt_no(store: Store) -> str:
    account = make_account(
        store, bills=[BillSpec(__import__("datetime").date(2025, 1, 20), 50_000)]
    )
    with store.unit_of_work() as uow:
        result = take_payment(
            uow,
            PaymentRequest(account.account_no, Money(50_000, "DZD"), tendered=Money(60_000, "DZD")),
            user_named(store, "amina"),
        )
    return result.receipt_no


SETTINGS = PrinterSettings(width=384)


def payment_rows(store: Store) -> list[tuple]:
    with store.read() as s:
        return [
            *s.execute(select(Payment.uuid, Payment.amount_minor, Payment.status)).all(),
            *s.execute(select(Allocation.uuid, Allocation.amount_minor)).all(),
            *s.execute(select(Bill.bill_no, Bill.open_minor)).all(),
        ]


def test_a_receipt_reaches_a_network_printer_byte_for_byte(store, receipt_no, printer) -> None:
    uri, received = printer
    outcome = print_receipt(store, receipt_no, printer_uri=uri, settings=SETTINGS)
    assert outcome.printed and outcome.job.status == DONE and outcome.job.attempts == 1
    assert received.done.wait(5)
    with store.read() as s:
        job = s.get(PrintJob, outcome.job.uuid)
        assert received.jobs == [job.payload]
        assert receipt_data(s, receipt_no).print_count == 1
    assert received.jobs[0].startswith(b"\x1b@\x1bp")  # original cash receipt: drawer kick
    assert b"\x1dv0\x00\x30\x00" in received.jobs[0]  # raster 48 bytes = 384 dots wide


def test_a_closed_port_reads_printer_offline_and_the_job_stays_queued(store, receipt_no) -> None:
    before = payment_rows(store)
    outcome = print_receipt(store, receipt_no, printer_uri=closed_port_uri(), settings=SETTINGS)
    assert outcome.error is not None and outcome.error.code == "printer.offline"
    assert "does not answer" in outcome.error.message()
    assert "stays in the print queue" in outcome.error.message()
    assert (outcome.job.status, outcome.job.attempts) == (QUEUED, 1)
    assert outcome.job.last_error == "printer.offline"
    assert payment_rows(store) == before  # the payment is untouched by the printer


def test_a_queued_job_prints_once_the_printer_is_back_with_the_original_bytes(
    store, receipt_no, printer
) -> None:
    down = print_receipt(store, receipt_no, printer_uri=closed_port_uri(), settings=SETTINGS)
    uri, received = printer
    with store.unit_of_work() as uow:  # the clerk points the job at the working printer
        uow.session.get(PrintJob, down.job.uuid).printer_uri = uri
        uow.commit()
    outcomes = process_queue(store)
    assert [o.job.status for o in outcomes] == [DONE]
    assert received.done.wait(5)
    assert b"\x1bp" in received.jobs[0]  # still the original: the drawer opens
    with store.read() as s:
        assert receipt_data(s, receipt_no).print_count == 1


def test_a_reprint_is_a_new_job_marked_duplicate_without_the_drawer(
    store, receipt_no, printer
) -> None:
    uri, received = printer
    print_receipt(store, receipt_no, printer_uri=uri, settings=SETTINGS)
    second = print_receipt(store, receipt_no, printer_uri=uri, settings=SETTINGS)
    assert second.job.kind == "reprint" and second.printed
    with store.read() as s:
        assert receipt_data(s, receipt_no).print_count == 2
        first_bytes, second_bytes = (
            j.payload for j in s.scalars(select(PrintJob).order_by(PrintJob.created_at))
        )
    assert b"\x1bp" in first_bytes and b"\x1bp" not in second_bytes
    assert first_bytes != second_bytes


def test_an_out_of_paper_printer_is_reported_and_the_job_waits(store, receipt_no) -> None:
    for uri, received in serve(answering(paper=0x72)):
        outcome = print_receipt(
            store, receipt_no, printer_uri=f"{uri}?status=1&timeout=2", settings=SETTINGS
        )
        assert outcome.error is not None and outcome.error.code == "printer.out_of_paper"
        assert "Load a new roll" in outcome.error.message()
        assert outcome.job.status == QUEUED
        assert received.done.wait(5)
        assert received.jobs == [b"\x10\x04\x04"]  # asked, and sent nothing else


def test_an_open_cover_is_reported(store, receipt_no) -> None:
    for uri, _ in serve(answering(paper=0x12, cause=0x16)):
        outcome = print_receipt(store, receipt_no, printer_uri=f"{uri}?status=1", settings=SETTINGS)
        assert outcome.error is not None and outcome.error.code == "printer.cover_open"


def test_a_printer_with_paper_gets_the_job_after_the_status_check(store, receipt_no) -> None:
    for uri, received in serve(answering(paper=0x12)):
        outcome = print_receipt(store, receipt_no, printer_uri=f"{uri}?status=1", settings=SETTINGS)
        assert outcome.printed
        assert received.done.wait(5)
        assert received.jobs[0].startswith(b"\x10\x04\x04\x10\x04\x02\x1b@")


def test_a_printer_that_never_answers_times_out_and_the_job_waits(store, receipt_no) -> None:
    for uri, _ in serve(answering(paper=0, silent=True)):
        outcome = print_receipt(
            store, receipt_no, printer_uri=f"{uri}?status=1&timeout=0.3", settings=SETTINGS
        )
        assert outcome.error is not None and outcome.error.code == "printer.timeout"
        assert "0.3 s" in outcome.error.message()
        assert outcome.job.status == QUEUED


def test_a_printer_dropping_the_connection_reads_disconnected(store) -> None:
    class Slam(socketserver.BaseRequestHandler):
        def handle(self) -> None:  # reset the connection at once (RST, not FIN)
            self.request.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
            self.request.close()

    for uri, _ in serve(lambda received: Slam):
        with pytest.raises(DomainError) as err:
            connections.send(uri, b"\x00" * 32_000_000)
        assert err.value.code == "printer.disconnected", err.value.params


def test_a_file_printer_appends_each_job(store, receipt_no, tmp_path: Path) -> None:
    target = tmp_path / "printer.bin"
    first = print_receipt(store, receipt_no, printer_uri=f"file://{target}", settings=SETTINGS)
    second = print_receipt(store, receipt_no, printer_uri=f"file://{target}", settings=SETTINGS)
    with store.read() as s:
        payloads = [s.get(PrintJob, o.job.uuid).payload for o in (first, second)]
    assert target.read_bytes() == payloads[0] + payloads[1]


def test_a_file_printer_in_a_missing_folder_is_offline(store, receipt_no, tmp_path) -> None:
    outcome = print_receipt(
        store, receipt_no, printer_uri=f"file://{tmp_path}/nowhere/p.bin", settings=SETTINGS
    )
    assert outcome.error is not None and outcome.error.code == "printer.offline"
    assert outcome.job.status == QUEUED


def test_after_the_last_attempt_a_job_fails_and_retry_puts_it_back(store, receipt_no) -> None:
    job = queue_receipt(store, receipt_no, printer_uri=closed_port_uri(), settings=SETTINGS)
    statuses = [run_job(store, job, max_attempts=2).job.status for _ in range(2)]
    assert statuses == [QUEUED, FAILED]
    assert process_queue(store) == []  # failed jobs wait for the clerk
    with store.unit_of_work() as uow:
        view = retry(uow, job)
        uow.commit()
    assert (view.status, view.attempts) == (QUEUED, 0)
    with store.read() as s:
        assert [j.uuid for j in list_jobs(s)] == [job]


def test_one_offline_printer_costs_one_attempt_per_pass(store, receipt_no, printer) -> None:
    down = closed_port_uri()
    jobs = [queue_receipt(store, receipt_no, printer_uri=down, settings=SETTINGS) for _ in range(3)]
    uri, received = printer
    good = queue_receipt(store, receipt_no, printer_uri=uri, settings=SETTINGS)
    outcomes = process_queue(store)
    assert [o.job.uuid for o in outcomes] == [jobs[0], good]
    assert outcomes[1].printed
    with store.read() as s:
        assert [get_job(s, j).attempts for j in jobs] == [1, 0, 0]


def test_a_job_left_printing_by_a_crash_is_marked_interrupted_not_resent(store, receipt_no) -> None:
    job = queue_receipt(store, receipt_no, printer_uri="file:///dev/null", settings=SETTINGS)
    with store.unit_of_work() as uow:
        uow.session.get(PrintJob, job).status = PRINTING
        uow.commit()
    with store.unit_of_work() as uow:
        assert recover_interrupted(uow) == 1
        uow.commit()
    with store.read() as s:
        view = get_job(s, job)
    assert (view.status, view.last_error) == (FAILED, "printer.interrupted")
    assert "Check whether the receipt came out" in view.last_message


def test_a_printed_job_is_not_sent_twice(store, receipt_no) -> None:
    job = queue_receipt(store, receipt_no, printer_uri="file:///dev/null", settings=SETTINGS)
    assert run_job(store, job).printed
    for attempt in (lambda: run_job(store, job), lambda: retry_commit(store, job)):
        with pytest.raises(DomainError) as err:
            attempt()
        assert err.value.code == "print_job.done"


def retry_commit(store: Store, job: str) -> None:
    with store.unit_of_work() as uow:
        retry(uow, job)
        uow.commit()


def test_a_bad_printer_address_is_refused_before_anything_is_counted(store, receipt_no) -> None:
    with pytest.raises(DomainError) as err:
        queue_receipt(store, receipt_no, printer_uri="lpt1", settings=SETTINGS)
    assert err.value.code == "printer.uri_invalid"
    with store.read() as s:
        assert receipt_data(s, receipt_no).print_count == 0
        assert list_jobs(s) == ()


def test_no_configured_printer_says_how_to_set_one(store, receipt_no) -> None:
    with pytest.raises(DomainError) as err:
        queue_receipt(store, receipt_no)
    assert err.value.code == "printer.not_configured"


def test_the_terminal_printer_comes_from_the_settings_table(store, receipt_no, tmp_path) -> None:
    target = tmp_path / "p.bin"
    with store.unit_of_work() as uow:
        save_printer_settings(
            uow.session, PrinterSettings(uri=f"file://{target}", width=512, languages="fr")
        )
        uow.commit()
    with store.read() as s:
        assert load_printer_settings(s).width == 512
    assert print_receipt(store, receipt_no).printed
    assert b"\x1dv0\x00\x40\x00" in target.read_bytes()  # 64 bytes = 512 dots


def test_a_driver_crash_fails_the_job_instead_of_leaving_it_printing(store, receipt_no) -> None:
    def broken(address, data):
        raise RuntimeError("driver bug")

    job = queue_receipt(store, receipt_no, printer_uri="file:///dev/null", settings=SETTINGS)
    outcome = run_job(store, job, transport=broken)
    assert outcome.job.status == FAILED and outcome.error.code == "printer.failed"


def test_a_cups_queue_gets_the_raw_bytes_through_lp(
    store, receipt_no, tmp_path, monkeypatch
) -> None:
    capture = tmp_path / "lp.out"
    fake = tmp_path / "bin" / "lp"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\necho "$@" > {capture}.args\ncat > {capture}\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    outcome = print_receipt(store, receipt_no, printer_uri="cups://TM-T20", settings=SETTINGS)
    assert outcome.printed
    with store.read() as s:
        assert capture.read_bytes() == s.get(PrintJob, outcome.job.uuid).payload
    assert Path(f"{capture}.args").read_text().split()[:4] == ["-d", "TM-T20", "-o", "raw"]


def test_a_missing_lp_command_names_what_to_install(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DomainError) as err:
        connections.send("cups://TM-T20", b"x")
    assert err.value.code == "printer.driver_missing" and "lp" in err.value.message()


@pytest.mark.parametrize(
    ("uri", "module"), [("serial:///dev/ttyUSB0", "serial"), ("usb://04b8:0202", "usb")]
)
def test_a_missing_optional_driver_names_the_package(uri, module, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    monkeypatch.setitem(sys.modules, f"{module}.core", None)
    with pytest.raises(DomainError) as err:
        connections.send(uri, b"x")
    assert err.value.code == "printer.driver_missing"
    assert ("pyserial" if module == "serial" else "pyusb") in err.value.message()


@pytest.mark.skipif(sys.platform == "win32", reason="checks the message off Windows")
def test_a_windows_printer_elsewhere_is_refused_clearly() -> None:
    with pytest.raises(DomainError) as err:
        connections.send("win://EPSON TM-T20", b"x")
    assert "only on Windows" in err.value.message()


def test_enqueue_keeps_exact_bytes_and_refuses_a_bad_address(store) -> None:
    with store.unit_of_work() as uow:
        job = enqueue(uow, b"\x00\xff" * 10, "file:///dev/null", kind="test")
        with pytest.raises(DomainError):
            enqueue(uow, b"x", "ftp://printer")
        uow.commit()
    with store.read() as s:
        assert s.get(PrintJob, job).payload == b"\x00\xff" * 10
        assert get_job(s, job).size == 20
    assert parse_printer_uri("file:///dev/null").target == "/dev/null"
