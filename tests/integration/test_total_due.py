"""What is due is everything that is known: a regularisation debit decided but not yet
billed counts in the account view, `account --json`, statements and the no-debt check; and
certificates are registered (number, true issue time and issuer, journal, outbox) with a
verification code and a QR code drawn like the receipts'."""

from __future__ import annotations

import datetime as dt
import json
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import select, update

from cli.main import main
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.accounts import get_account_view
from desktop.services.certificates import check_no_debt, issue_no_debt_certificate
from desktop.services.receipts import verification_string
from desktop.services.statements import get_statement
from desktop.store import journal
from desktop.store.db import Store
from desktop.store.models import (
    Account,
    Bill,
    Certificate,
    JournalEntry,
    OutboxItem,
    RegularisationRecord,
)
from reports.pdf_certificates import qr_matrix
from tests.factories import PASSWORD, snapshot, user_named
from tests.integration.pdf_world import pdf_text
from tests.integration.test_readings import estimate_lockdown, lydec_meter, read

DEBIT = 35708 - 3 * 8496  # 400 kWh measured over three estimates of 100 kWh (docs/tariffs.md)


def pending_debit_account(store: Store) -> str:
    """A Lydec account whose bills are all paid, with a regularisation debit pending."""
    meter = lydec_meter(store)
    estimate_lockdown(store, meter, (100, 100, 100))
    result = read(store, meter, 5400, kind="actual")
    assert result.adjustment_minor == DEBIT
    with store.read() as s:
        record = s.scalars(select(RegularisationRecord)).one()
        assert (record.status, record.bill_id) == ("pending", None)
        return s.scalars(select(Account.account_no)).one()


def cli(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUICHET_PASSWORD", PASSWORD)


def test_a_pending_debit_is_due_in_the_view_and_in_account_json(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account_no = pending_debit_account(store)
    with store.read() as s:
        view = get_account_view(s, account_no)
    assert view.open_bills == ()
    assert view.total_due == Money(DEBIT, "MAD") == view.balance == view.pending_total
    assert view.pending[0].period_start == date(2020, 3, 1)
    assert cli(db_path, "account", account_no, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total_due"] == data["balance"] == data["pending_regularisation"] == "102.20"
    assert data["pending"][0]["kind"] == "regularisation"
    assert cli(db_path, "account", account_no) == 0
    out = capsys.readouterr().out
    assert "Regularisation pending for the next bill" in out and "Total due: 102.20 MAD" in out


def test_credit_covers_a_pending_debit_in_the_total(store: Store) -> None:
    account_no = pending_debit_account(store)
    with store.unit_of_work() as uow:
        uow.session.execute(update(Account).values(credit_minor=DEBIT + 500))
        uow.commit()
    with store.read() as s:
        view = get_account_view(s, account_no)
        check_no_debt(s, account_no)  # the credit pays the debit: nothing is due
    assert view.balance == Money(-500, "MAD")
    with store.unit_of_work() as uow:
        cert = issue_no_debt_certificate(uow, account_no, user_named(store, "amina"))
    assert cert.credit == Money(500, "MAD")


def test_no_debt_is_refused_with_the_reason_and_the_amount_and_writes_nothing(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account_no = pending_debit_account(store)
    before = snapshot(store)
    with store.read() as s, pytest.raises(DomainError) as err:
        check_no_debt(s, account_no)
    assert err.value.code == "certificate.debt_pending"
    with store.unit_of_work() as uow, pytest.raises(DomainError):
        issue_no_debt_certificate(uow, account_no, user_named(store, "amina"))
    out = tmp_path / "nd.pdf"
    assert (
        cli(db_path, "certificate", "no-debt", account_no, "--user", "amina", "--out", str(out))
        == 1
    )
    line = capsys.readouterr().err.strip()
    assert len(line.splitlines()) == 1
    assert "still owes 102.20 MAD" in line and "regularisation debit of 102.20 MAD" in line
    assert "2020-03-01 to 2020-05-31" in line
    assert not out.exists() and snapshot(store) == before


def test_an_open_bill_and_a_pending_debit_are_both_named(store: Store) -> None:
    account_no = pending_debit_account(store)
    with store.unit_of_work() as uow:
        uow.session.execute(update(Bill).where(Bill.bill_no.like("E%05")).values(open_minor=1000))
        uow.commit()
    with store.read() as s, pytest.raises(DomainError) as err:
        check_no_debt(s, account_no)
    message = err.value.message()
    assert err.value.code == "certificate.debt_outstanding"
    assert f"still owes {Money(DEBIT + 1000, 'MAD').as_str()} MAD" in message
    assert "1 open bill(s)" in message and "102.20 MAD of regularisation not yet billed" in message


def test_the_statement_adds_the_pending_debit_to_the_total_due(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    account_no = pending_debit_account(store)
    with store.read() as s:
        st = get_statement(s, account_no, date(2020, 1, 1), date.today())
    assert st.pending == Money(DEBIT, "MAD") and st.total_due == st.closing + st.pending
    out = tmp_path / "st.pdf"
    assert (
        cli(
            db_path,
            "statement",
            account_no,
            "--lang",
            "fr",
            "--from",
            "2020-01-01",
            "--to",
            date.today().isoformat(),
            "--out",
            str(out),
        )
        == 0
    )
    page = pdf_text(out)[0].replace("\u202f", " ").replace("\u00a0", " ")
    assert "Régularisation à facturer" in page and "Total dû" in page
    assert "102,20 DH" in page or "102,20 MAD" in page
    with store.read() as s:  # ending before the debit was decided (today): not on it
        earlier = get_statement(s, account_no, date(2020, 1, 1), date(2020, 12, 31))
    assert not earlier.pending


def qr_from_pdf(path: Path) -> list[list[bool]]:
    """Rebuild the QR modules from the filled rectangles of the certificate's QR block."""
    with pdfplumber.open(path) as pdf:
        rects = [r for r in pdf.pages[0].rects if r["fill"] and r["height"] < 5]
    cell = min(r["height"] for r in rects)
    x0 = min(r["x0"] for r in rects)
    top = min(r["top"] for r in rects)
    size = round((max(r["x1"] for r in rects) - x0) / cell)
    grid = [[False] * size for _ in range(size)]
    for r in rects:
        row = round((r["top"] - top) / cell)
        first = round((r["x0"] - x0) / cell)
        for c in range(first, first + round(r["width"] / cell)):
            grid[row][c] = True
    return grid


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_no_debt_certificate_is_registered_journaled_and_queued_for_central(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    account_no = pending_debit_account(store)
    with store.unit_of_work() as uow:
        uow.session.execute(update(Account).values(credit_minor=DEBIT))
        uow.commit()
    out = tmp_path / f"nd-{lang}.pdf"
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    assert (
        cli(
            db_path,
            "certificate",
            "no-debt",
            account_no,
            "--user",
            "amina",
            "--lang",
            lang,
            "--json",
            "--out",
            str(out),
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    with store.read() as s:
        row = s.scalars(select(Certificate)).one()
        item = s.scalars(select(OutboxItem).where(OutboxItem.entity == "certificate")).one()
        entries = s.scalars(
            select(JournalEntry).where(JournalEntry.kind == "certificate.issue")
        ).all()
        assert journal.verify(s).intact
        assert row.number == data["number"] == "ND-2401-T01-" + f"{row.year}-000001"
        assert (row.kind, row.account_no, row.issued_by, row.amount_minor) == (
            "no_debt",
            account_no,
            "amina",
            0,
        )
        assert before <= row.issued_at <= dt.datetime.now(dt.UTC).replace(tzinfo=None)
        assert data["issued_by"] == "amina" and data["verification"] == row.verification
        assert row.verification == verification_string(
            row.number, Money(0, "MAD"), row.issued_at.replace(tzinfo=dt.UTC), row.record_hash
        )
        assert (item.op, item.entity_uuid, item.payload["number"]) == (
            "issue",
            row.uuid,
            row.number,
        )
        assert len(entries) == 1 and entries[0].username == "amina"
        assert json.loads(entries[0].record)["data"]["record_hash"] == row.record_hash
        number, record_hash, verification = row.number, row.record_hash, row.verification
        issued_at = row.issued_at
    page = pdf_text(out)[0]
    assert number in page and record_hash.upper() in page
    if lang == "fr":
        local = issued_at.replace(tzinfo=dt.UTC).astimezone()
        assert f"à {local:%H:%M} par Amina Belkacem" in page
    assert qr_from_pdf(out) == qr_matrix(verification)


def test_certificate_numbers_follow_one_series_per_terminal(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account_no = pending_debit_account(store)
    with store.unit_of_work() as uow:
        uow.session.execute(update(Account).values(credit_minor=DEBIT))
        uow.commit()
    numbers = []
    for k in range(2):
        assert (
            cli(
                db_path,
                "certificate",
                "no-debt",
                account_no,
                "--user",
                "karim",
                "--json",
                "--out",
                str(tmp_path / f"{k}.pdf"),
            )
            == 0
        )
        numbers.append(json.loads(capsys.readouterr().out)["number"])
    assert [n[-6:] for n in numbers] == ["000001", "000002"]
    with store.read() as s:
        assert [c.issued_by for c in s.scalars(select(Certificate))] == ["karim", "karim"]


def test_a_wrong_password_issues_nothing(
    store: Store,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    account_no = pending_debit_account(store)
    with store.unit_of_work() as uow:
        uow.session.execute(update(Account).values(credit_minor=DEBIT))
        uow.commit()
    monkeypatch.setenv("GUICHET_PASSWORD", "wrong")
    out = tmp_path / "nd.pdf"
    assert (
        cli(db_path, "certificate", "no-debt", account_no, "--user", "amina", "--out", str(out))
        == 1
    )
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    with store.read() as s:
        assert s.scalars(select(Certificate)).all() == []
    assert not out.exists()
