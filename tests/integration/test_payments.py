"""Taking a payment on a real database: all or nothing, an unbroken receipt series, no PAN."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.config import load_terminal_settings, save_terminal_settings
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services import payments
from desktop.services.accounts import get_account_view
from desktop.services.auth import AuthenticatedUser, authenticate
from desktop.services.payments import PaymentRequest, preview_payment
from desktop.store import migrate
from desktop.store.db import Store, make_engine
from desktop.store.models import Allocation, Bill, OutboxItem, Payment, Receipt, ReceiptSeries
from desktop.use_cases.payments import take_payment as pay_as_the_counter
from tests.card_scan import card_numbers_in, card_numbers_in_database
from tests.factories import (
    PASSWORD,
    BillSpec,
    make_account,
    open_amounts,
    open_till,
    prepare_store,
    snapshot,
)

NOW = dt.datetime(2025, 6, 15, 10, 30, tzinfo=dt.UTC)
JAN, FEB, MAR = dt.date(2025, 1, 20), dt.date(2025, 2, 20), dt.date(2025, 3, 20)
PAN = "4111111111111111"
RECEIPT_NO = re.compile(r"^2401-T01-(\d{4})-(\d{6})$")


def dzd(minor: int) -> Money:
    return Money(minor, "DZD")


def login(store: Store, username: str = "amina") -> AuthenticatedUser:
    with store.unit_of_work() as uow:
        return authenticate(uow, username, PASSWORD)


def pay(store: Store, request: PaymentRequest, user: AuthenticatedUser, now: dt.datetime = NOW):
    """The payment use case: its own transaction, and a refusal journaled by it."""
    return pay_as_the_counter(store, user, request, now=now)


def three_bills(store: Store, **kwargs):
    return make_account(
        store,
        bills=[BillSpec(MAR, 5_000), BillSpec(JAN, 10_000), BillSpec(FEB, 20_000)],
        **kwargs,
    )


def test_a_payment_commits_with_its_allocations_receipt_and_outbox_row(store: Store) -> None:
    acc = three_bills(store)
    mar, jan, feb = acc.bill_nos
    result = pay(
        store, PaymentRequest(acc.account_no, dzd(15_000), tendered=dzd(20_000)), login(store)
    )

    assert [(a.bill_no, a.amount.minor) for a in result.allocations] == [
        (jan, 10_000),
        (feb, 5_000),
    ]
    assert result.change == dzd(5_000)
    assert result.balance_after == dzd(20_000)
    assert result.receipt_no == f"2401-T01-{NOW.year}-000001"
    with store.read() as s:
        assert open_amounts(s, acc.bill_nos) == {jan: 0, feb: 15_000, mar: 5_000}
        payment = s.get(Payment, result.payment_uuid)
        assert payment is not None
        assert (payment.amount_minor, payment.tendered_minor, payment.change_minor) == (
            15_000,
            20_000,
            5_000,
        )
        assert payment.card_last4 is None and payment.user_id is not None
        allocations = s.scalars(
            select(Allocation).where(Allocation.payment_uuid == payment.uuid)
        ).all()
        assert sorted(a.amount_minor for a in allocations) == [5_000, 10_000]
        receipt = s.scalars(select(Receipt).where(Receipt.payment_uuid == payment.uuid)).one()
        assert (receipt.receipt_no, receipt.seq) == (result.receipt_no, 1)
        outbox = s.scalars(select(OutboxItem)).one()
        assert (outbox.entity, outbox.entity_uuid, outbox.op) == ("payment", payment.uuid, "create")
        assert outbox.payload["receipt_no"] == result.receipt_no
        assert {a["bill_no"] for a in outbox.payload["allocations"]} == {jan, feb}
        assert outbox.sent_at is None
        view = get_account_view(s, acc.account_no)
    assert view.total_due == dzd(20_000)
    assert [p.receipt_no for p in view.payments] == [result.receipt_no]
    assert view.payments[0].bills == tuple(sorted((jan, feb)))


def test_the_preview_writes_nothing_and_matches_the_committed_allocation(store: Store) -> None:
    acc = three_bills(store)
    request = PaymentRequest(acc.account_no, dzd(12_000))
    before = snapshot(store)
    with store.read() as s:
        plan = preview_payment(s, request, load_terminal_settings(s))
    assert snapshot(store) == before
    assert pay(store, request, login(store)).allocations == plan.lines


def test_clerk_selected_bills_are_paid_even_if_older_ones_are_open(store: Store) -> None:
    acc = three_bills(store)
    mar, jan, feb = acc.bill_nos
    pay(store, PaymentRequest(acc.account_no, dzd(5_000), bill_nos=(mar.lower(),)), login(store))
    with store.read() as s:
        assert open_amounts(s, acc.bill_nos) == {jan: 10_000, feb: 20_000, mar: 0}


def test_receipt_numbers_form_an_unbroken_series_per_terminal_and_year(store: Store) -> None:
    acc = make_account(store, bills=[BillSpec(JAN, 1_000_000)])
    user = login(store)
    request = PaymentRequest(acc.account_no, dzd(100))
    first = [pay(store, request, user).receipt_no for _ in range(3)]
    assert first == [f"2401-T01-2025-{n:06d}" for n in (1, 2, 3)]

    with store.unit_of_work() as uow:  # a second terminal of the same agency
        settings = load_terminal_settings(uow.session)
        save_terminal_settings(uow.session, dataclasses.replace(settings, terminal_code="T02"))
        uow.commit()
    open_till(store, "amina")
    assert pay(store, request, user).receipt_no == "2401-T02-2025-000001"
    next_year = NOW.replace(year=2026, month=1)
    assert pay(store, request, user, now=next_year).receipt_no == "2401-T02-2026-000001"
    assert pay(store, request, user).receipt_no == "2401-T02-2025-000002"

    with store.read() as s:
        numbers = s.execute(select(Receipt.terminal, Receipt.year, Receipt.seq)).all()
        series = s.execute(
            select(ReceiptSeries.terminal, ReceiptSeries.year, ReceiptSeries.last_seq)
        ).all()
    by_series: dict[tuple[str, int], list[int]] = {}
    for terminal, year, seq in numbers:
        by_series.setdefault((terminal, year), []).append(seq)
    assert {k: sorted(v) for k, v in by_series.items()} == {
        ("T01", 2025): [1, 2, 3],
        ("T02", 2025): [1, 2],
        ("T02", 2026): [1],
    }
    assert sorted(tuple(r) for r in series) == [
        ("T01", 2025, 3),
        ("T02", 2025, 2),
        ("T02", 2026, 1),
    ]


def test_a_refused_payment_does_not_consume_a_receipt_number(store: Store) -> None:
    acc = make_account(store, bills=[BillSpec(JAN, 10_000)])
    user = login(store)
    assert pay(store, PaymentRequest(acc.account_no, dzd(4_000)), user).receipt_no.endswith(
        "-000001"
    )
    with pytest.raises(DomainError):
        pay(store, PaymentRequest(acc.account_no, dzd(9_000)), user)
    assert pay(store, PaymentRequest(acc.account_no, dzd(6_000)), user).receipt_no.endswith(
        "-000002"
    )


AUDITOR = AuthenticatedUser(99, "nadia", "Nadia Auditrice", "auditor", "fr")


def card(**changes) -> dict:
    base = {"tender": "card", "card_scheme": "CIB", "card_last4": "4242", "auth_code": "A1B2C3"}
    return {**base, **changes}


REFUSALS = {
    "overpayment": ({"amount": dzd(35_001)}, "payment.overpayment"),
    "unknown bill": ({"bill_nos": ("F999999999",)}, "bill.not_found"),
    "card number as last4": (card(card_last4=PAN), "card.last4_invalid"),
    "card number as terminal reference": (card(terminal_ref=PAN), "text.card_number"),
    "card number with spaces as terminal reference": (
        card(terminal_ref="4111 1111 1111 1111"),
        "text.card_number",
    ),
    "card number with dots as terminal reference": (
        card(terminal_ref="4111.1111.1111.1111"),
        "text.card_number",
    ),
    "card number as auth code": (card(auth_code="4111_1111_1111_1111"), "text.card_number"),
    "card without authorisation": (card(auth_code=" "), "card.auth_missing"),
    "card with unknown scheme": (card(card_scheme="AMEX"), "card.scheme_unknown"),
    "tendered on a card": (card(tendered=dzd(10_000)), "card.tendered_not_allowed"),
    "short tendered cash": ({"tendered": dzd(9_999)}, "payment.tendered_short"),
    "amount over maximum": ({"amount": dzd(100_000_001)}, "amount.over_maximum"),
    "unknown tender": ({"tender": "cheque"}, "payment.tender_unknown"),
    "wrong currency": ({"amount": Money(10_000, "MAD")}, "currency.mismatch"),
    "unknown account": ({"account_no": "999999999"}, "account.not_found"),
    "wrong role": ({"user": AUDITOR}, "auth.forbidden"),
}


@pytest.mark.parametrize(("changes", "code"), REFUSALS.values(), ids=REFUSALS.keys())
def test_a_refused_payment_writes_nothing_at_all(store: Store, changes: dict, code: str) -> None:
    acc = three_bills(store)
    user = changes.pop("user", None) or login(store)
    request = PaymentRequest(**{"account_no": acc.account_no, "amount": dzd(10_000), **changes})
    before = snapshot(store)
    with pytest.raises(DomainError) as err:
        pay(store, request, user)
    assert err.value.code == code
    assert PAN not in str(err.value) and PAN not in str(err.value.as_dict())
    after = snapshot(store)
    if code == "auth.forbidden":  # the refusal itself is journaled, and nothing else
        earlier = before.pop("journal")
        added = [row for row in after.pop("journal") if row not in earlier]
        assert [row[3] for row in added] == ["permission.refused"]
    assert after == before


def test_a_payment_on_a_closed_account_writes_nothing(store: Store) -> None:
    acc = three_bills(store, status="closed")
    user = login(store)
    before = snapshot(store)
    with pytest.raises(DomainError) as err:
        pay(store, PaymentRequest(acc.account_no, dzd(100)), user)
    assert err.value.code == "account.closed"
    assert snapshot(store) == before


def test_selecting_a_bill_that_is_already_paid_says_so(store: Store) -> None:
    acc = make_account(store, bills=[BillSpec(JAN, 10_000, open_minor=0), BillSpec(FEB, 10_000)])
    user = login(store)
    before = snapshot(store)
    with pytest.raises(DomainError) as err:
        pay(store, PaymentRequest(acc.account_no, dzd(100), bill_nos=(acc.bill_nos[0],)), user)
    assert err.value.code == "bill.already_paid"
    assert snapshot(store) == before


def test_a_failure_after_the_payment_row_is_flushed_leaves_nothing_written(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    acc = three_bills(store)
    user = login(store)
    flushed: list[int] = []

    def crash(session, account):  # called after every row is flushed, just before commit
        flushed.append(len(session.scalars(select(Payment)).all()))
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(payments, "account_balance", crash)
    before = snapshot(store)
    with pytest.raises(RuntimeError, match="disk unplugged"):
        pay(store, PaymentRequest(acc.account_no, dzd(15_000)), user)
    assert flushed == [1]  # the payment really was in the transaction when it failed
    assert snapshot(store) == before
    monkeypatch.undo()
    assert pay(store, PaymentRequest(acc.account_no, dzd(15_000)), user).receipt_no.endswith(
        "-000001"
    )


def test_concurrent_payments_on_one_terminal_get_consecutive_numbers_and_never_overdraw(
    store: Store,
) -> None:
    acc = make_account(store, bills=[BillSpec(JAN, 10_000), BillSpec(FEB, 10_000)])
    user = login(store)
    workers = 8
    start = threading.Barrier(workers)
    receipts: list[str] = []
    refused: list[str] = []
    crashed: list[BaseException] = []

    def worker() -> None:
        start.wait()
        try:
            receipts.append(pay(store, PaymentRequest(acc.account_no, dzd(3_000)), user).receipt_no)
        except DomainError as exc:
            refused.append(exc.code)
        except BaseException as exc:  # surfaced below; a thread cannot fail the test itself
            crashed.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not crashed and not any(t.is_alive() for t in threads)
    # 6 × 30.00 fit in the 200.00 due; the 7th and 8th would overpay
    assert len(receipts) == 6 and refused == ["payment.overpayment"] * 2
    assert sorted(int(RECEIPT_NO.match(r).group(2)) for r in receipts) == list(range(1, 7))
    with store.read() as s:
        opens = open_amounts(s, acc.bill_nos)
        allocated = sum(s.scalars(select(Allocation.amount_minor)).all())
    assert all(v >= 0 for v in opens.values())
    assert sum(opens.values()) == 2_000 and allocated == 18_000


def test_no_full_card_number_is_stored_anywhere(store: Store) -> None:
    acc = three_bills(store)
    user = login(store)
    for attempt in (card(card_last4=PAN), card(terminal_ref=PAN), card(auth_code=PAN)):
        with pytest.raises(DomainError):
            pay(store, PaymentRequest(acc.account_no, dzd(10_000), **attempt), user)
    result = pay(
        store,
        PaymentRequest(
            acc.account_no, dzd(10_000), **card(card_last4=" 1111 ", terminal_ref="TPE-0042")
        ),
        user,
    )
    with store.read() as s:
        payment = s.get(Payment, result.payment_uuid)
        assert payment is not None
        assert (payment.card_scheme, payment.card_last4, payment.auth_code) == (
            "CIB",
            "1111",
            "A1B2C3",
        )
        assert s.scalars(select(OutboxItem.payload)).one()["card_last4"] == "1111"
    assert card_numbers_in_database(store_path(store)) == []


def store_path(store: Store) -> Path:
    database = store.engine.url.database
    assert database
    return Path(database)


def test_the_card_number_scan_finds_a_pan_and_ignores_uuids() -> None:
    assert card_numbers_in("ref 4111 1111 1111 1111 ok") == ["4111111111111111"]
    assert card_numbers_in("ref 4111.1111/1111_1111 ok") == ["4111111111111111"]
    assert card_numbers_in("9e7a08a1-2101-4088-8175-0d677777548c") == []
    assert card_numbers_in("2026-12-02 09:25:09.792686") == []
    assert card_numbers_in("4111111111111112") == []


def test_the_database_scan_reads_every_text_value_and_json_leaf(store: Store) -> None:
    path = store_path(store)
    assert card_numbers_in_database(path) == []
    with store.unit_of_work() as uow:  # what the detector must never let through
        uow.session.add(
            OutboxItem(
                uuid="u1",
                entity="x",
                entity_uuid="e1",
                op="create",
                payload={"note": "carte ٤١١١ ١١١١ ١١١١ ١١١١"},
                created_at=dt.datetime(2026, 1, 1),
            )
        )
        uow.commit()
    assert [(t, c) for t, c, _ in card_numbers_in_database(path)] == [("outbox", "payload")]


# --- the same flow on PostgreSQL (the store code is dialect-portable) -----------------------


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    store = prepare_store(Store(engine))
    yield store
    store.dispose()


@pytest.mark.postgres
def test_the_payment_flow_works_the_same_on_postgresql(pg_store: Store) -> None:
    assert not pg_store.is_sqlite
    acc = three_bills(pg_store)
    mar, jan, feb = acc.bill_nos
    user = login(pg_store)
    first = pay(pg_store, PaymentRequest(acc.account_no, dzd(15_000)), user)
    second = pay(pg_store, PaymentRequest(acc.account_no, dzd(2_500), **card()), user)
    assert [first.receipt_no, second.receipt_no] == ["2401-T01-2025-000001", "2401-T01-2025-000002"]
    with pg_store.read() as s:
        assert open_amounts(s, acc.bill_nos) == {jan: 0, feb: 12_500, mar: 5_000}
        assert len(s.scalars(select(OutboxItem)).all()) == 2
        assert s.scalars(select(Bill.open_minor).where(Bill.open_minor < 0)).all() == []

    before = snapshot(pg_store)
    with pytest.raises(DomainError) as err:
        pay(pg_store, PaymentRequest(acc.account_no, dzd(17_501)), user)
    assert err.value.code == "payment.overpayment"
    with pytest.raises(DomainError):
        pay(pg_store, PaymentRequest(acc.account_no, dzd(100), **card(card_last4=PAN)), user)
    assert snapshot(pg_store) == before
    assert pay(pg_store, PaymentRequest(acc.account_no, dzd(17_500)), user).receipt_no.endswith(
        "-000003"
    )
