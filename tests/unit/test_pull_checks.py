"""The checks every row from central passes before it is applied (``desktop.sync.pull_checks``).

Each case starts from a good row as central's ``pull`` sends it and breaks one thing."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.sync.pull_checks import REASONS, check_row

ACCOUNT = {
    "account_no": "240100000001",
    "agency_code": "2401",
    "category": "residential_individual",
    "name_ar": "محمد بن علي",
    "name_latin": "Mohamed Benali",
    "address": "",
    "city": "Guelma",
    "district": "",
    "phone1": None,
    "phone2": None,
    "email": None,
    "status": "active",
    "currency": "DZD",
    "credit_minor": 0,
}
POINT = {
    "meter_no": "M240100000001",
    "account_no": "240100000001",
    "agency_code": "2401",
    "service": "electricity",
    "tariff_code": "sonelgaz-2016-residential-electricity",
    "billing_period": "quarterly",
}
BILL = {
    "bill_no": "F1",
    "account_no": "240100000001",
    "meter_no": "M240100000001",
    "agency_code": "2401",
    "period_start": "2025-01-01",
    "period_end": "2025-03-31",
    "issue_date": "2025-04-05",
    "due_date": "2025-05-05",
    "consumption": 400,
    "estimated": False,
    "currency": "DZD",
    "amount_minor": 10_000,
    "open_minor": 10_000,
}
ONLINE = {
    "uuid": "6f1c1f44-3f57-4e43-9d4e-0a8f1c3b2a10",
    "agency_code": "2401",
    "channel": "online",
    "terminal": "CIB",
    "receipt_no": None,
    "account_no": "240100000001",
    "tender": "card",
    "currency": "DZD",
    "amount_minor": 10_000,
    "credit_minor": 0,
    "card_scheme": "CIB",
    "external_ref": "X1",
    "created_at": "2026-11-23T09:30:00+00:00",
    "status": "valid",
    "allocations": [
        {"uuid": "0c3b7a5e-5b0e-4d7f-9f7e-2f5d3a1b9c20", "bill_no": "F1", "amount_minor": 10_000}
    ],
}
GOOD = {"account": ACCOUNT, "service_point": POINT, "bill": BILL, "online_payment": ONLINE}


def _with(row: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = {**row, **changes}
    return {k: v for k, v in out.items() if v is not _DROP}


_DROP = object()


@pytest.mark.parametrize("kind", sorted(GOOD))
def test_good_rows_pass(kind: str) -> None:
    assert check_row(kind, GOOD[kind], "DZD") is None
    assert check_row(kind, GOOD[kind], None) is None  # terminal not configured yet


@pytest.mark.parametrize(
    ("kind", "changes", "reason", "words"),
    [
        ("bill", {"due_date": "infinity"}, "bad_date", "due_date"),
        ("bill", {"issue_date": "10000-01-01"}, "bad_date", "issue_date"),
        ("bill", {"period_start": "1989-12-31"}, "bad_date", "1990-01-01"),
        ("bill", {"period_end": "2024-12-31"}, "bad_date", "before period_start"),
        ("bill", {"due_date": "2025-02-30"}, "bad_date", "not a date"),
        ("bill", {"due_date": None}, "bad_date", "due_date"),
        ("bill", {"open_minor": 10_001}, "bad_amount", "more than amount_minor"),
        ("bill", {"open_minor": -1}, "bad_amount", "open_minor"),
        ("bill", {"amount_minor": 10**13 + 1, "open_minor": 0}, "bad_amount", "amount_minor"),
        ("bill", {"amount_minor": "100"}, "bad_amount", "not a whole number"),
        ("bill", {"amount_minor": True}, "bad_amount", "not a whole number"),
        ("bill", {"amount_minor": 100.5}, "bad_amount", "not a whole number"),
        ("bill", {"amount_minor": _DROP}, "bad_row", "amount_minor is missing"),
        ("bill", {"currency": "EUR"}, "wrong_currency", "DZD"),
        ("bill", {"currency": None}, "wrong_currency", "currency"),
        ("bill", {"estimated": "no"}, "bad_row", "estimated"),
        ("bill", {"bill_no": "F" * 33}, "bad_key", "bill_no"),
        ("bill", {"bill_no": "F 1"}, "bad_key", "bill_no"),
        ("bill", {"meter_no": None}, "bad_key", "meter_no"),
        ("account", {"name_latin": "S" * 10_000}, "bad_text", "10000 characters"),
        ("account", {"name_ar": None}, "bad_row", "name_ar"),
        ("account", {"address": "x" * 301}, "bad_text", "address"),
        ("account", {"email": 5}, "bad_row", "email"),
        ("account", {"credit_minor": -1}, "bad_amount", "credit_minor"),
        ("account", {"currency": "MAD"}, "wrong_currency", "MAD"),
        ("service_point", {"tariff_code": "t" * 65}, "bad_text", "tariff_code"),
        ("service_point", {"account_no": ""}, "bad_key", "account_no"),
        ("online_payment", {"amount_minor": 0}, "bad_amount", "amount_minor"),
        ("online_payment", {"credit_minor": 10_001}, "bad_amount", "credit_minor"),
        ("online_payment", {"created_at": "infinity"}, "bad_date", "created_at"),
        ("online_payment", {"created_at": "1970-01-01T00:00:00+00:00"}, "bad_date", "1990"),
        ("online_payment", {"status": "maybe"}, "bad_row", "status"),
        ("online_payment", {"uuid": "not-a-uuid"}, "bad_key", "uuid"),
        ("online_payment", {"allocations": None}, "bad_row", "allocations"),
        (
            "online_payment",
            {"allocations": [{"uuid": "x", "bill_no": "F1", "amount_minor": 1}]},
            "bad_key",
            "allocation uuid",
        ),
        (
            "online_payment",
            {
                "allocations": [
                    {
                        "uuid": "0c3b7a5e-5b0e-4d7f-9f7e-2f5d3a1b9c20",
                        "bill_no": "F1",
                        "amount_minor": 6_000,
                    },
                    {
                        "uuid": "0c3b7a5e-5b0e-4d7f-9f7e-2f5d3a1b9c21",
                        "bill_no": "F2",
                        "amount_minor": 6_000,
                    },
                ]
            },
            "bad_amount",
            "allocations total",
        ),
        ("online_payment", {"currency": "EUR"}, "wrong_currency", "EUR"),
    ],
)
def test_a_broken_field_is_named_with_its_reason(
    kind: str, changes: dict[str, Any], reason: str, words: str
) -> None:
    problem = check_row(kind, _with(GOOD[kind], **changes), "DZD")
    assert problem is not None
    assert problem[0] == reason and reason in REASONS
    assert words in problem[1]
    assert len(problem[1]) < 200  # never the huge value itself


@pytest.mark.parametrize("row", [None, [], "bill", 5])
def test_a_row_that_is_not_an_object_is_refused(row: Any) -> None:
    assert check_row("bill", row, "DZD") == ("bad_row", f"the bill is {row!r}, not an object")


def test_an_unknown_kind_is_refused() -> None:
    problem = check_row("invoice", BILL, "DZD")
    assert problem is not None and problem[0] == "bad_row"
