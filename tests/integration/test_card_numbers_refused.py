"""No card number anywhere: every free-text field typed through the CLI refuses a full card
number, whatever separates its digits, with one line that never repeats it, and writes
nothing (every table compared before and after)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from cli.main import main
from desktop.money import Money
from desktop.services.payments import PaymentRequest, take_payment
from desktop.store.db import Store
from desktop.store.models import Account
from tests.factories import PASSWORD, BillSpec, make_account, snapshot, user_named

FORMS = [
    "4111.1111.1111.1111",
    "4111/1111/1111/1111",
    "4111_1111_1111_1111",
    "4111 1111 1111 1111",
    "٤١١١-١١١١-١١١١-١١١١",
]
LAST4 = "1111"


@pytest.fixture
def receipt_no(store: Store) -> str:
    created = make_account(store, bills=[BillSpec(dt.date(2026, 1, 20), 50_000)])
    with store.unit_of_work() as uow:
        result = take_payment(
            uow,
            PaymentRequest(created.account_no, Money(10_000, "DZD")),
            user_named(store, "amina"),
        )
    return result.receipt_no


def written(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, but the log-in bookkeeping: the CLI logs the user in before
    the use case refuses the input, and that log-in is journaled (users: last log-in)."""
    rows = snapshot(store)
    rows.pop("users")
    rows["journal"] = [r for r in rows["journal"] if r[3] != "login"]
    return rows


def commands(pan: str, account_no: str, receipt_no: str) -> dict[str, list[str]]:
    card = ["--tender", "card", "--card-scheme", "CIB", "--card-last4", "4242", "--user", "amina"]
    return {
        "terminal_ref": [
            "pay",
            account_no,
            "100",
            *card,
            "--auth-code",
            "A1B2C3",
            "--terminal-ref",
            f"TPE {pan}",
        ],
        "auth_code": ["pay", account_no, "100", *card, "--auth-code", pan],
        "email": ["contact", "set", account_no, "--email", f"{pan}@example.com", "--user", "amina"],
        "mobile": ["contact", "set", account_no, "--mobile", pan, "--user", "amina"],
        "justification": [
            "session",
            "close",
            "--user",
            "amina",
            "--count",
            "2000x1",
            "--approver",
            "karim",
            "--justification",
            f"carte {pan}",
        ],
        "movement reason": [
            "session",
            "move",
            "pickup",
            "100",
            "--user",
            "amina",
            "--approver",
            "karim",
            "--reason",
            f"coffre {pan}",
        ],
        "void note": [
            "void",
            receipt_no,
            "--user",
            "amina",
            "--approver",
            "karim",
            "--reason",
            "other",
            "--note",
            f"client {pan}",
        ],
        "quarantine note": [
            "quarantine",
            "handled",
            "9e7a08a1-2101-4088-8175-0d677777548c",
            "--user",
            "karim",
            "--note",
            f"remboursé carte {pan}",
        ],
        "plan reason": ["plan", "cancel", account_no, "--user", "karim", "--reason", pan],
        "user name": [
            "user",
            "add",
            "nadia",
            "--role",
            "clerk",
            "--name",
            f"Nadia {pan}",
            "--admin",
            "admin",
        ],
    }


@pytest.mark.slow  # every free-text field, each through its use case
@pytest.mark.parametrize("pan", FORMS)
@pytest.mark.parametrize(
    "field",
    [
        "terminal_ref",
        "auth_code",
        "email",
        "mobile",
        "justification",
        "movement reason",
        "void note",
        "quarantine note",
        "plan reason",
        "user name",
    ],
)
def test_a_card_number_in_any_free_text_field_is_refused_and_nothing_is_written(
    store: Store,
    db_path: Path,
    receipt_no: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    field: str,
    pan: str,
) -> None:
    monkeypatch.setenv("GUICHET_PASSWORD", PASSWORD)
    monkeypatch.setenv("GUICHET_APPROVER_PASSWORD", PASSWORD)
    monkeypatch.setenv("GUICHET_NEW_PASSWORD", "a-new-password")
    with store.read() as s:
        account_no = s.scalars(select(Account.account_no)).one()
    argv = commands(pan, account_no, receipt_no)[field]
    before = written(store)
    assert main(["--db", str(db_path), *argv]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "looks like a full card number" in err and f"ending {LAST4}" in err
    assert pan not in err and "4111" not in err.replace(f"ending {LAST4}", "")
    assert written(store) == before


def test_the_first_run_setup_refuses_a_card_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUICHET_NEW_PASSWORD", "a-long-password")
    db = tmp_path / "fresh.db"
    argv = [
        "--db",
        str(db),
        "setup",
        "--company",
        "Sonelgaz 4111.1111.1111.1111",
        "--agency-code",
        "2401",
        "--agency-name",
        "Guelma",
        "--terminal",
        "T01",
        "--currency",
        "DZD",
        "--admin",
        "admin",
        "--admin-name",
        "Admin",
    ]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "looks like a full card number" in err and "4111.1111" not in err
    assert main(["--db", str(db), "setup", "--company", "Sonelgaz", *argv[5:]]) == 0


@pytest.mark.parametrize("field", ["receipt_footer", "receipt_header", "agency_name"])
def test_settings_refuse_a_card_number_in_any_text_field(store: Store, field: str) -> None:
    from desktop.services.terminal_setup import load_settings_form, save_settings

    admin = user_named(store, "admin")
    with store.read() as s:
        form = load_settings_form(s, admin)
    form = dataclasses.replace(form, **{field: "Merci 4111 1111 1111 1111"})
    before = snapshot(store)
    with store.unit_of_work() as uow:
        errors = save_settings(uow, admin, form)
    assert [(e.field, e.code, e.params["last4"]) for e in errors] == [
        (field, "text.card_number", "1111")
    ]
    assert snapshot(store) == before
