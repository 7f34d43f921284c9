"""Payment and no-debt certificates, and the `guichet statement` / `certificate` commands."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from cli.main import main
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.certificates import (
    check_no_debt,
    issue_no_debt_certificate,
    issue_payment_certificate,
)
from desktop.services.payments import PaymentRequest, take_payment
from desktop.store.db import Store
from desktop.store.models import Certificate
from tests.factories import PASSWORD, BillSpec, make_account, user_named
from tests.integration.pdf_world import (
    find_band,
    five_years_of_monthly_bills,
    pdf_text,
    rtl_reading,
)

CONTROLS = re.compile("[\u2066-\u2069\u200e\u200f]")


def pay_everything(store: Store, account_no: str, minor: int) -> str:
    with store.unit_of_work() as uow:
        result = take_payment(
            uow, PaymentRequest(account_no, Money(minor, "DZD")), user_named(store, "amina")
        )
    return result.receipt_no


def cli(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUICHET_PASSWORD", PASSWORD)


def test_no_debt_is_refused_while_a_bill_is_open_and_says_what_is_due(store: Store) -> None:
    h = five_years_of_monthly_bills(store)
    with store.read() as s, pytest.raises(DomainError) as err:
        check_no_debt(s, h.account_no)
    assert err.value.code == "certificate.debt_outstanding"
    message = err.value.message()
    assert f"{Money(h.unpaid, 'DZD').as_str()} DZD" in message
    assert "3 open bill(s)" in message and h.bill_nos[-3] in message


def test_no_debt_certificate_after_paying_everything(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    h = five_years_of_monthly_bills(store)
    pay_everything(store, h.account_no, h.unpaid)
    with store.unit_of_work() as uow:
        cert = issue_no_debt_certificate(uow, h.account_no, user_named(store, "amina"))
    assert cert.credit == Money(0, "DZD")
    for lang in ("fr", "ar"):
        out = tmp_path / f"nd-{lang}.pdf"
        assert (
            cli(
                db_path,
                "certificate",
                "no-debt",
                h.account_no,
                "--lang",
                lang,
                "--user",
                "amina",
                "--out",
                str(out),
            )
            == 0
        )
        (page,) = pdf_text(out)
        assert h.account_no in page
    assert "Attestation de non-dette" in pdf_text(tmp_path / "nd-fr.pdf")[0]
    top, bottom = find_band(tmp_path / "nd-ar.pdf", 0, "الذمة"[::-1])
    title = rtl_reading(tmp_path / "nd-ar.pdf", 0, top, bottom)
    assert title == ["شهادة", "براءة", "الذمة"]


def test_payment_certificate_names_the_receipt_amount_and_bills(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    created = make_account(store, bills=[BillSpec(dt.date(2025, 1, 20), 123_456)])
    receipt_no = pay_everything(store, created.account_no, 123_456)
    with store.unit_of_work() as uow:
        cert = issue_payment_certificate(uow, receipt_no, user_named(store, "amina"))
    assert cert.receipt.total == Money(123_456, "DZD")
    out = tmp_path / "pay.pdf"
    assert (
        cli(db_path, "certificate", "payment", receipt_no, "--user", "amina", "--out", str(out))
        == 0
    )
    (page,) = pdf_text(out)
    page = CONTROLS.sub("", page).replace("\u202f", " ").replace("\u00a0", " ")
    assert receipt_no in page and created.account_no in page and created.bill_nos[0] in page
    assert "1 234,56 DA" in page
    assert "Page 1 sur 1" in page


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["statement", "0000000000", "--from", "2024-01-01", "--to", "2024-12-31"], "No account"),
        (
            ["statement", "{acc}", "--from", "2024-12-31", "--to", "2024-01-01"],
            "Swap the two dates",
        ),
        (["statement", "{acc}", "--from", "2024-13-01", "--to", "2024-12-31"], "is not a date"),
        (["certificate", "payment", "2401-T01-2020-999999", "--user", "amina"], "No receipt"),
        (["certificate", "no-debt", "{acc}", "--user", "amina"], "still owes"),
    ],
)
def test_refusals_are_one_line_exit_1_and_write_nothing(
    store: Store,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    fragment: str,
) -> None:
    h = five_years_of_monthly_bills(store)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "doc.pdf"
    out.write_bytes(b"previous document")
    argv = [a.replace("{acc}", h.account_no) for a in args] + ["--out", str(out)]
    assert cli(db_path, *argv) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and fragment in err
    assert out.read_bytes() == b"previous document"
    assert sorted(p.name for p in folder.iterdir()) == ["doc.pdf"]
    with store.read() as s:
        assert s.scalars(select(Certificate)).all() == []


@pytest.mark.parametrize("where", ["missing-folder/doc.pdf", "."])
def test_an_unwritable_output_is_refused_before_any_work(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    h = five_years_of_monthly_bills(store)
    out = tmp_path / where
    assert (
        cli(
            db_path,
            "statement",
            h.account_no,
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
            "--out",
            str(out),
        )
        == 1
    )
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Cannot write the PDF" in err
    assert not list(tmp_path.glob("**/*.part"))


def test_statement_command_writes_a_complete_pdf(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    h = five_years_of_monthly_bills(store)
    out = tmp_path / "st.pdf"
    assert (
        cli(
            db_path,
            "statement",
            h.account_no,
            "--lang",
            "ar",
            "--from",
            "2020-01-01",
            "--to",
            "2024-12-31",
            "--out",
            str(out),
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes().rstrip().endswith(b"%%EOF")
    assert "written to" in capsys.readouterr().out
