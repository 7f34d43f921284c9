"""Central recomputes every push (revision c0009): forged payloads sent as the agency login.

The attacker holds the agency's credentials file (it sits on every terminal of the agency) and
can write any outbox item. Each forged push below is refused with its reason, stored in
central's quarantine, and changes nothing else: not a bill, not a credit, not a payment. A
property test then draws random forged pushes and checks central's totals move by the exact
amount of the valid ones and nothing else. docs/robustness.md lists the same table.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import uuid
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desktop.store.db import Store
from desktop.sync.admin import agency_policy
from desktop.sync.client import CentralClient
from desktop.sync.remote import lookup_account
from desktop.sync.simulate import simulate_online_payments
from tests.integration.sync_world import Central, central_for, seed_account

pytestmark = pytest.mark.postgres

MINE, OTHER_MINE, THEIRS = "240100000001", "240100000002", "240200000001"
_receipts = itertools.count(1)


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url) as c:
        seed_account(c, "2401", MINE, {"F1": 172_716, "F2": 20_000})
        seed_account(c, "2401", OTHER_MINE, {"G1": 30_000})
        seed_account(c, "2402", THEIRS, {"X1": 50_000, "X2": 60_000})
        yield c


def now_iso(delta: dt.timedelta = dt.timedelta()) -> str:
    return (dt.datetime.now(dt.UTC).replace(tzinfo=None) + delta).isoformat()


def payment_item(
    account: str = MINE,
    amount: str = "100.00",
    *,
    allocations: list[tuple[str, str]] | None = None,
    credit: str = "0.00",
    **extra: Any,
) -> dict[str, Any]:
    """A well-formed counter payment item of agency 2401, terminal T01."""
    payment_uuid = str(uuid.uuid4())
    lines = [("F1", amount)] if allocations is None else allocations
    payload = {
        "payment_uuid": payment_uuid,
        "receipt_uuid": str(uuid.uuid4()),
        "receipt_no": f"2401-T01-2026-{next(_receipts):06d}",
        "account_no": account,
        "created_at": now_iso(),
        "tender": "cash",
        "currency": "DZD",
        "amount": amount,
        "credit": credit,
        "agency": "2401",
        "terminal": "T01",
        "user": "amina",
        "allocations": [{"uuid": str(uuid.uuid4()), "bill_no": b, "amount": a} for b, a in lines],
        **extra,
    }
    return {
        "uuid": str(uuid.uuid4()),
        "entity": "payment",
        "entity_uuid": payment_uuid,
        "op": "create",
        "payload": payload,
    }


def void_item(payment_uuid: str, **extra: Any) -> dict[str, Any]:
    payload = {
        "void_uuid": str(uuid.uuid4()),
        "payment_uuid": payment_uuid,
        "reason": "wrong_amount",
        "created_at": now_iso(),
        **extra,
    }
    return {
        "uuid": str(uuid.uuid4()),
        "entity": "payment",
        "entity_uuid": payment_uuid,
        "op": "void",
        "payload": payload,
    }


def correction_item(original_uuid: str, amount: str, **extra: Any) -> dict[str, Any]:
    correction = str(uuid.uuid4())
    payload = {
        "correction_uuid": correction,
        "original_payment_uuid": original_uuid,
        "payment_uuid": str(uuid.uuid4()),
        "receipt_no": f"2401-T01-2026-{next(_receipts):06d}",
        "amount": amount,
        "account_no": MINE,
        "terminal": "T01",
        "agency": "2401",
        "created_at": now_iso(),
        "reason": "duplicate",
    }
    return {
        "uuid": str(uuid.uuid4()),
        "entity": "payment_correction",
        "entity_uuid": correction,
        "op": "create",
        "payload": payload,
    }


def totals(central: Central) -> dict[str, int]:
    """Everything a forged push could move, over all agencies (read as the administrator)."""
    row = central.rows(
        "SELECT (SELECT coalesce(sum(open_minor), 0) FROM guichet.bills) AS open, "
        "(SELECT coalesce(sum(credit_minor), 0) FROM guichet.accounts) AS credit, "
        "(SELECT count(*) FROM guichet.payments) AS payments, "
        "(SELECT count(*) FROM guichet.allocations) AS allocations, "
        "(SELECT count(*) FROM guichet.voids) AS voids, "
        "(SELECT count(*) FROM guichet.corrections) AS corrections, "
        "(SELECT count(*) FROM guichet.events) AS events, "
        "(SELECT count(*) FROM guichet.payments WHERE status = 'void') AS void_payments"
    )[0]
    return {k: int(v) for k, v in row.items()}


def online_payment_uuid(central: Central) -> str:
    simulate_online_payments(central.admin, 1, bill_nos=["F2"])
    return str(central.scalar("SELECT uuid FROM guichet.payments WHERE channel = 'online'"))


NESTED = "<nested 5,000 deep>"


def push_raw(central: Central, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Push as the agency login, with JSON text Python's encoder could not write (5,000
    nested lists stand where ``NESTED`` is)."""
    body = json.dumps(items).replace(json.dumps(NESTED), "[" * 5_000 + '"x"' + "]" * 5_000)
    with central.engine_as("2401").begin() as conn:
        return list(
            conn.execute(text("SELECT guichet.push(CAST(:b AS jsonb))"), {"b": body}).scalar_one()
        )


# Each case: a name, what to push (built against the fixture's central), the reason expected.
FORGED: list[tuple[str, str]] = [
    ("1.00 paid, 1,727.16 claimed on F1", "bad_allocation"),
    ("credit of 500.00 with credit refused", "credit_not_allowed"),
    ("credit of 999,999,999.00 with credit allowed", "bad_amount"),
    ("negative allocation raising F1", "bad_allocation"),
    ("allocation of 0.00", "bad_allocation"),
    ("the same bill twice", "bad_allocation"),
    ("negative credit", "bad_amount"),
    ("amount 92233720368547758.07", "bad_amount"),
    ("amount 1.005", "bad_amount"),
    ("amount 1e3", "bad_amount"),
    ("created in the year 10000", "bad_date"),
    ("created next month", "bad_date"),
    ("created 'infinity'", "bad_date"),
    ("created on 30 February", "bad_date"),
    ("EUR payment in a DZD agency", "wrong_currency"),
    ("a bill of another account of the agency", "unknown_bill"),
    ("another agency's bill, not looked up", "unknown_bill"),
    ("another agency's account, not looked up", "unknown_account"),
    ("an account central does not know", "unknown_account"),
    ("a receipt number of another agency's series", "invalid"),
    ("tender 'cheque' (not taken at the counter yet)", "invalid"),
    ("payload of 5 MB", "too_large"),
    ("JSON nested 5,000 deep", "too_deep"),
    ("payload of agency 2402 sent by 2401", "wrong_agency"),
    ("void of an online (bank) payment", "not_counter_payment"),
    ("correction of an online (bank) payment", "not_counter_payment"),
    ("correction beyond the original", "bad_amount"),
    ("correction in the year 2099", "bad_date"),
    ("void three days after the payment", "bad_date"),
    ("void of a payment central does not have", "unknown_payment"),
]


def forged_item(name: str, central: Central, client: CentralClient) -> dict[str, Any]:
    """The forged item called ``name`` (some cases first store a genuine payment)."""
    match name:
        case "1.00 paid, 1,727.16 claimed on F1":
            return payment_item(amount="1.00", allocations=[("F1", "1727.16")])
        case "credit of 500.00 with credit refused":
            return payment_item(amount="500.00", allocations=[], credit="500.00")
        case "credit of 999,999,999.00 with credit allowed":
            agency_policy(central.admin, "2401", allow_credit=True)
            return payment_item(amount="999999999.00", allocations=[], credit="999999999.00")
        case "negative allocation raising F1":
            return payment_item(amount="100.00", allocations=[("F1", "-500.00"), ("F2", "600.00")])
        case "allocation of 0.00":
            return payment_item(amount="100.00", allocations=[("F1", "100.00"), ("F2", "0.00")])
        case "the same bill twice":
            return payment_item(amount="200.00", allocations=[("F1", "100.00"), ("F1", "100.00")])
        case "negative credit":
            return payment_item(amount="100.00", allocations=[("F1", "200.00")], credit="-100.00")
        case "amount 92233720368547758.07":
            return payment_item(amount="92233720368547758.07")
        case "amount 1.005":
            return payment_item(amount="1.005")
        case "amount 1e3":
            return payment_item(amount="1e3")
        case "created in the year 10000":
            return payment_item(created_at="10000-01-01T00:00:00")
        case "created next month":
            return payment_item(created_at=now_iso(dt.timedelta(days=31)))
        case "created 'infinity'":
            return payment_item(created_at="infinity")
        case "created on 30 February":
            return payment_item(created_at="2026-02-30T10:00:00")
        case "EUR payment in a DZD agency":
            return payment_item(currency="EUR")
        case "a bill of another account of the agency":
            return payment_item(allocations=[("G1", "100.00")])
        case "another agency's bill, not looked up":
            return payment_item(allocations=[("X1", "100.00")])
        case "another agency's account, not looked up":
            return payment_item(account=THEIRS, allocations=[("X1", "100.00")])
        case "an account central does not know":
            return payment_item(account="249900000001")
        case "a receipt number of another agency's series":
            return payment_item(receipt_no="2402-T01-2026-000001")
        case "tender 'cheque' (not taken at the counter yet)":
            return payment_item(tender="cheque")
        case "payload of 5 MB":
            return payment_item(note="x" * 5_000_000)
        case "JSON nested 5,000 deep":
            return payment_item(note=NESTED)
        case "payload of agency 2402 sent by 2401":
            return payment_item(agency="2402")
        case "void of an online (bank) payment":
            return void_item(online_payment_uuid(central))
        case "correction of an online (bank) payment":
            return correction_item(online_payment_uuid(central), "-200.00")
        case "correction beyond the original":
            genuine = payment_item()
            assert client.push([genuine])[0]["status"] == "inserted"
            return correction_item(genuine["entity_uuid"], "-200.00")
        case "correction in the year 2099":
            genuine = payment_item()
            assert client.push([genuine])[0]["status"] == "inserted"
            item = correction_item(genuine["entity_uuid"], "-100.00")
            item["payload"]["created_at"] = "2099-01-02T10:00:00"
            return item
        case "void three days after the payment":
            genuine = payment_item(created_at=now_iso(-dt.timedelta(days=3)))
            assert client.push([genuine])[0]["status"] == "inserted"
            return void_item(genuine["entity_uuid"])
        case "void of a payment central does not have":
            return void_item(str(uuid.uuid4()))
    raise AssertionError(name)


@pytest.mark.slow  # thirty forged pushes, each against a fresh central
@pytest.mark.parametrize(("name", "reason"), FORGED, ids=[n for n, _ in FORGED])
def test_a_forged_push_is_quarantined_with_its_reason_and_changes_nothing(
    central: Central, name: str, reason: str
) -> None:
    client = central.client("2401")
    item = forged_item(name, central, client)
    before = totals(central)
    (answer,) = push_raw(central, [item])
    assert (answer["status"], answer.get("reason")) == ("rejected", reason), answer
    assert totals(central) == before
    quarantined = central.rows(
        "SELECT reason FROM guichet.quarantine WHERE item_uuid = :u", u=item["uuid"]
    )
    assert quarantined == [{"reason": reason}]
    # The genuine payment of the same shape goes through afterwards: the queue is not stuck.
    assert client.push([payment_item()])[0]["status"] == "inserted"


def test_a_looked_up_account_is_held_to_the_same_rules(central: Central, store: Store) -> None:
    """After one legitimate look-up the other agency's bills accept genuine payments only."""
    client = central.client("2401")
    lookup_account(store, client, THEIRS, clerk="amina")
    agency_policy(central.admin, "2401", allow_credit=True)
    before = totals(central)
    for forged in (
        payment_item(THEIRS, "1.00", allocations=[("X1", "500.00")]),
        payment_item(THEIRS, "100.00", allocations=[("X1", "-400.00"), ("X2", "500.00")]),
        payment_item(THEIRS, "999999999.00", allocations=[], credit="999999999.00"),
        payment_item(THEIRS, "100.00", allocations=[("F1", "100.00")]),  # a bill of MINE
    ):
        (answer,) = client.push([forged])
        assert answer["status"] == "rejected", answer
    assert totals(central) == before
    (answer,) = client.push(
        [payment_item(THEIRS, "600.00", allocations=[("X1", "500.00")], credit="100.00")]
    )
    assert answer["status"] == "inserted" and answer["flags"] == []
    assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'X1'") == 0
    after = totals(central)
    assert (after["open"], after["credit"]) == (before["open"] - 50_000, before["credit"] + 10_000)


def test_a_payment_whose_claims_no_longer_fit_is_applied_by_central_and_said_so(
    central: Central,
) -> None:
    """F1 paid online meanwhile: the 1,727.16 claimed on F1 goes to F2 (200.00), the rest is
    credit when the agency allows it; the acknowledgement says where the money went."""
    agency_policy(central.admin, "2401", allow_credit=True)
    simulate_online_payments(central.admin, 1, bill_nos=["F1"])
    client = central.client("2401")
    before = totals(central)
    (answer,) = client.push([payment_item(amount="1727.16", allocations=[("F1", "1727.16")])])
    assert answer["status"] == "inserted"
    assert answer["flags"] == ["reallocated"]
    assert answer["applied"] == [{"bill_no": "F2", "amount": "200.00"}]
    assert (answer["credit"], answer["credit_due"]) == ("1527.16", "0.00")
    after = totals(central)
    assert (before["open"] - after["open"]) + (after["credit"] - before["credit"]) == 172_716
    # A void gives back exactly what was applied, where it was applied.
    payment = central.scalar("SELECT uuid FROM guichet.payments WHERE channel = 'counter'")
    assert client.push([void_item(str(payment))])[0]["status"] == "inserted"
    assert totals(central)["open"] == before["open"]
    assert totals(central)["credit"] == before["credit"]


# --- property: random forged pushes move central's totals by the valid payments only -------

PLAIN = st.integers(min_value=1, max_value=200_000).map(lambda m: f"{m / 100:.2f}")
AMOUNTS = st.one_of(
    PLAIN,
    PLAIN,
    PLAIN,
    PLAIN,  # mostly well-formed: the valid ones must be tested too
    st.integers(min_value=-10_000, max_value=0).map(lambda m: f"{m / 100:.2f}"),
    st.sampled_from(
        [
            "0",
            "1.005",
            "1e3",
            "-0.00",
            "",
            "abc",
            "92233720368547758.07",
            "999999999999999.99",
            " 10",
            "10.",
            ".5",
            "NaN",
            "Infinity",
        ]
    ),
)
BILLS = st.sampled_from(["F1", "F2", "F1", "F2", "G1", "X1", "X2", "NOPE", "F1' OR '1'='1"])
ODD = st.sampled_from([False, False, False, True])


@st.composite
def forged_payments(draw: st.DrawFn) -> dict[str, Any]:
    account = draw(st.sampled_from([MINE, MINE, MINE, MINE, OTHER_MINE, THEIRS, "249900000009"]))
    line_amounts = AMOUNTS if draw(ODD) else PLAIN
    lines = draw(
        st.lists(
            st.tuples(BILLS, line_amounts),
            min_size=0 if draw(ODD) else 1,
            max_size=3,
            unique_by=lambda t: t[0],
        )
    )
    credit = draw(AMOUNTS) if draw(ODD) else "0.00"
    amount = draw(AMOUNTS) if draw(ODD) else None
    if amount is None:  # mostly consistent on its face: what is claimed plus the credit
        try:
            total = sum(Decimal(a) for _b, a in lines) + Decimal(credit)
            amount = f"{total:.2f}" if total.is_finite() else "100.00"
        except InvalidOperation:
            amount = "100.00"
    extra: dict[str, Any] = {}
    if draw(ODD):
        extra["currency"] = draw(st.sampled_from(["MAD", "EUR", "", "dzd"]))
    if draw(ODD):
        extra["created_at"] = draw(
            st.sampled_from(
                [
                    "2026-02-30T10:00:00",
                    "1999-12-31T23:59:59",
                    now_iso(dt.timedelta(days=5)),
                    "infinity",
                    "10000-01-01",
                    now_iso(-dt.timedelta(days=400)),
                ]
            )
        )
    if draw(ODD):
        extra["tender"] = draw(st.sampled_from(["card", "cheque", ""]))
    return payment_item(account, amount, allocations=lines, credit=credit, **extra)


@pytest.fixture
def shared_central(pg_url: str) -> Iterator[tuple[Central, CentralClient]]:
    """One central and one agency connection for all the examples of a property (a client
    per example would hold a connection each until the end)."""
    with central_for(pg_url) as c:
        seed_account(c, "2401", MINE, {"F1": 172_716, "F2": 20_000})
        seed_account(c, "2401", OTHER_MINE, {"G1": 30_000})
        seed_account(c, "2402", THEIRS, {"X1": 50_000, "X2": 60_000})
        yield c, c.client("2401")


@pytest.mark.slow  # 60 hypothesis examples against central
@settings(
    max_examples=int(os.environ.get("GUICHET_FUZZ_EXAMPLES", 60)),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(pushes=st.lists(forged_payments(), min_size=1, max_size=4), allow_credit=st.booleans())
def test_random_forged_pushes_move_central_totals_by_the_valid_payments_only(
    shared_central: tuple[Central, CentralClient],
    pushes: list[dict[str, Any]],
    allow_credit: bool,
) -> None:
    central, client = shared_central
    agency_policy(central.admin, "2401", allow_credit=allow_credit)
    before = totals(central)
    answers = client.push(pushes)
    taken = 0
    for item, answer in zip(pushes, answers, strict=True):
        event(f"{answer['status']} {answer.get('reason', '')}".strip())
        if answer["status"] != "inserted":
            assert answer["status"] == "rejected", answer
            continue
        p = item["payload"]
        row = central.rows(
            "SELECT amount_minor, credit_minor, credit_due_minor FROM guichet.payments "
            "WHERE uuid = CAST(:u AS uuid)",
            u=p["payment_uuid"],
        )[0]
        assert row["amount_minor"] == int(Decimal(p["amount"]) * 100) > 0
        assert row["credit_minor"] >= 0 and row["credit_due_minor"] >= 0
        assert allow_credit or row["credit_minor"] == 0
        taken += row["amount_minor"] - row["credit_due_minor"]
    after = totals(central)
    # What the customers owe went down by exactly the money applied; nothing else moved.
    assert (before["open"] - before["credit"]) - (after["open"] - after["credit"]) == taken
    assert after["voids"] == before["voids"] and after["corrections"] == before["corrections"]
    bad = central.rows(
        "SELECT bill_no FROM guichet.bills WHERE open_minor < 0 OR open_minor > amount_minor"
    )
    assert bad == []
    json.dumps(answers)  # the acknowledgement is plain JSON
