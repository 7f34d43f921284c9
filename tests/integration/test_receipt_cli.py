"""`guichet receipt` and `guichet printer` on a real database, printing into files."""

from __future__ import annotations

import datetime as dt
import json
import socket
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.cli import main
from desktop.money import Money
from desktop.services.payments import PaymentRequest, take_payment
from desktop.store.db import Store
from tests.factories import BillSpec, make_account, user_named


@pytest.fixture
def receipt_no(store: Store) -> str:
    account = make_account(store, bills=[BillSpec(dt.date(2025, 1, 20), 50_000)])
    with store.unit_of_work() as uow:
        return take_payment(
            uow,
            PaymentRequest(account.account_no, Money(20_000, "DZD")),
            user_named(store, "amina"),
        ).receipt_no


def run(capsys, *argv: str) -> tuple[int, dict | list | None, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    out = captured.out.strip()
    return code, json.loads(out) if out.startswith(("{", "[")) else None, captured.err


def test_a_receipt_renders_to_png_and_escpos_without_counting_a_print(
    capsys, store, db_path: Path, receipt_no: str, tmp_path: Path
) -> None:
    png, raw = tmp_path / "r.png", tmp_path / "r.bin"
    code, data, _ = run(
        capsys,
        "--db",
        str(db_path),
        "receipt",
        receipt_no,
        "--png",
        str(png),
        "--escpos",
        str(raw),
        "--width",
        "384",
        "--json",
    )
    assert code == 0
    assert data["size"][0] == 384 and QImage(str(png)).width() == 384
    assert raw.read_bytes().startswith(b"\x1b@") and b"\x1dv0\x00\x30\x00" in raw.read_bytes()
    assert data["print_count"] == 0
    code, again, _ = run(
        capsys, "--db", str(db_path), "receipt", receipt_no, "--png", str(png), "--json"
    )
    assert again["print_count"] == 0


def test_printing_twice_makes_the_second_a_duplicate(
    capsys, store, db_path, receipt_no, tmp_path
) -> None:
    target = f"file://{tmp_path / 'printer.bin'}"
    first = run(capsys, "--db", str(db_path), "receipt", receipt_no, "--printer", target, "--json")
    second = run(capsys, "--db", str(db_path), "receipt", receipt_no, "--printer", target, "--json")
    assert (first[0], first[1]["kind"], first[1]["status"]) == (0, "receipt", "done")
    assert (second[0], second[1]["kind"], second[1]["status"]) == (0, "reprint", "done")
    assert main(["--db", str(db_path), "receipt", receipt_no, "--printer", target]) == 0
    assert "reprinted (DUPLICATA)" in capsys.readouterr().out
    _, listing, _ = run(capsys, "--db", str(db_path), "printer", "queue", "--all", "--json")
    assert [j["kind"] for j in listing] == ["receipt", "reprint", "reprint"]


def test_an_offline_printer_fails_with_a_clear_message_and_the_job_can_be_retried(
    capsys, store, db_path, receipt_no, tmp_path
) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    code, _, err = run(
        capsys, "--db", str(db_path), "receipt", receipt_no, "--printer", f"tcp://127.0.0.1:{port}"
    )
    assert code == 1
    assert "does not answer (connection refused)" in err and "print queue" in err
    code, jobs, _ = run(capsys, "--db", str(db_path), "printer", "queue", "--json")
    assert [j["status"] for j in jobs] == ["queued"] and jobs[0]["error"] == "printer.offline"
    code, _, err = run(capsys, "--db", str(db_path), "printer", "retry", jobs[0]["job"])
    assert code == 1 and "does not answer" in err


def test_an_unknown_receipt_is_a_one_line_error(capsys, store, db_path) -> None:
    code, data, _ = run(
        capsys, "--db", str(db_path), "receipt", "2401-T01-1999-000001", "--png", "x.png", "--json"
    )
    assert code == 1 and data["error"] == "receipt.not_found"


def test_the_printer_test_page_goes_to_the_given_printer(capsys, tmp_path) -> None:
    target = tmp_path / "test.bin"
    code, data, _ = run(
        capsys,
        "--db",
        str(tmp_path / "none.db"),
        "printer",
        "test",
        "--printer",
        f"file://{target}",
        "--width",
        "512",
        "--json",
    )
    assert code == 0 and data["width"] == 512
    stream = target.read_bytes()
    assert b"\x1dv0\x00\x40\x00" in stream and stream.endswith(b"\x1dVB\x00")
    assert b"\x1bp" not in stream


def test_the_test_page_takes_the_profile_and_cut_of_the_command_line(capsys, tmp_path) -> None:
    target = tmp_path / "test.bin"
    code, _, _ = run(
        capsys,
        "--db",
        str(tmp_path / "none.db"),
        "printer",
        "test",
        "--printer",
        f"file://{target}",
        "--profile",
        "legacy-full",
        "--impl",
        "graphics",
        "--json",
    )
    assert code == 0
    stream = target.read_bytes()
    assert b"\x1d(L" in stream and stream.endswith(b"\x1bd\x06\x1dV\x00")
    target.unlink()
    code, _, _ = run(
        capsys,
        "--db",
        str(tmp_path / "none.db"),
        "printer",
        "test",
        "--printer",
        f"file://{target}",
        "--cut",
        "feed-full",
        "--json",
    )
    assert code == 0 and target.read_bytes().endswith(b"\x1dVA\x00")
    code, _, err = run(
        capsys,
        "--db",
        str(tmp_path / "none.db"),
        "printer",
        "test",
        "--printer",
        f"file://{target}",
        "--cut",
        "sideways",
    )
    assert code == 2 and "sideways" in err


def test_printing_without_a_configured_printer_says_how_to_configure_one(
    capsys, store, db_path, receipt_no
) -> None:
    code, data, _ = run(capsys, "--db", str(db_path), "receipt", receipt_no, "--json")
    assert code == 1 and data["error"] == "printer.not_configured"


def test_printer_run_prints_what_is_queued(capsys, store, db_path, receipt_no, tmp_path) -> None:
    from desktop.use_cases.printing import queue_receipt
    from reports.receipt_print import receipt_bytes

    target = tmp_path / "p.bin"
    job = queue_receipt(store, None, receipt_no, receipt_bytes, printer_uri=f"file://{target}")
    code, data, _ = run(capsys, "--db", str(db_path), "printer", "run", "--json")
    assert code == 0 and [(j["job"], j["status"]) for j in data] == [(job, "done")]
    assert target.read_bytes().startswith(b"\x1b@")
    code, data, _ = run(capsys, "--db", str(db_path), "printer", "run", "--json")
    assert data == []
