"""What a receipt says, read back from real payments on a real database."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services import receipts
from desktop.services.payments import PaymentRequest, take_payment
from desktop.services.receipts import mark_printed, receipt_data
from desktop.services.voids import void_payment
from desktop.store.db import Store
from desktop.store.models import Setting
from tests.factories import BillSpec, make_account, user_named

JAN, APR = dt.date(2025, 1, 20), dt.date(2025, 4, 20)
ALGIERS = dt.timezone(dt.timedelta(hours=1))


def dzd(minor: int) -> Money:
    return Money(minor, "DZD")


def pay(store: Store, request: PaymentRequest) -> str:
    with store.unit_of_work() as uow:
        return take_payment(uow, request, user_named(store, "amina")).receipt_no


@pytest.fixture
def account(store: Store):
    return make_account(
        store,
        bills=[BillSpec(JAN, 146_656), BillSpec(APR, 234_500)],
        name_ar="محمد بن علي",
        name_latin="Mohamed Benali",
    )


def test_a_cash_receipt_lists_bills_tender_change_and_the_balance_left(store, account) -> None:
    no = pay(store, PaymentRequest(account.account_no, dzd(200_000), tendered=dzd(250_000)))
    with store.read() as s:
        data = receipt_data(s, no, tz=ALGIERS)
    assert data.receipt_no == no
    assert (data.company_name, data.agency_name) == ("Sonelgaz Distribution Est", "Guelma Centre")
    assert (data.agency_code, data.terminal_code, data.clerk) == ("2401", "T01", "Amina Belkacem")
    assert (data.account_no, data.name_ar, data.name_latin) == (
        account.account_no,
        "محمد بن علي",
        "Mohamed Benali",
    )
    assert [(b.bill_no, b.service, b.amount) for b in data.bills] == [
        (account.bill_nos[0], "electricity", dzd(146_656)),
        (account.bill_nos[1], "electricity", dzd(53_344)),
    ]
    assert data.total == dzd(200_000)
    assert (data.tender, data.tendered, data.change) == ("cash", dzd(250_000), dzd(50_000))
    assert data.balance_after == dzd(146_656 + 234_500 - 200_000)
    assert data.issued_at.utcoffset() == dt.timedelta(hours=1)
    assert not data.voided and not data.is_duplicate and data.is_cash


def test_a_card_receipt_carries_scheme_last_four_digits_and_authorisation(store, account) -> None:
    request = PaymentRequest(
        account.account_no,
        dzd(10_000),
        tender="card",
        card_scheme="CIB",
        card_last4="4242",
        auth_code="a1b2c3",
        terminal_ref="TPE-7",
    )
    with store.read() as s:
        data = receipt_data(s, pay(store, request))
    assert (data.card_scheme, data.card_last4, data.auth_code, data.terminal_ref) == (
        "CIB",
        "4242",
        "A1B2C3",
        "TPE-7",
    )
    assert data.tendered is None and not data.is_cash


def test_the_verification_string_carries_number_amount_utc_time_and_hash(store, account) -> None:
    no = pay(store, PaymentRequest(account.account_no, dzd(10_000)))
    with store.read() as s:
        data = receipt_data(s, no)
    prefix, number, amount, when, digest = data.verification.split(";")
    assert (prefix, number, amount) == ("GCH1", no, "100.00 DZD")
    assert dt.datetime.fromisoformat(when.replace("Z", "+00:00")) == data.issued_at.replace(
        microsecond=0
    )
    assert digest == data.record_hash and len(digest) == 16
    int(digest, 16)


def test_the_hash_is_the_sha256_of_the_canonical_record(store, account, monkeypatch) -> None:
    no = pay(store, PaymentRequest(account.account_no, dzd(10_000)))
    captured: list[str] = []
    original = receipts.canonical_record

    def spy(*args):
        captured.append(original(*args))
        return captured[-1]

    monkeypatch.setattr(receipts, "canonical_record", spy)
    with store.read() as s:
        data = receipt_data(s, no)
    assert data.record_hash == hashlib.sha256(captured[0].encode()).hexdigest()[:16]
    assert '"amount_minor":10000' in captured[0] and no in captured[0]


def test_reprints_are_counted_and_keep_the_same_hash(store, account) -> None:
    no = pay(store, PaymentRequest(account.account_no, dzd(10_000)))
    with store.read() as s:
        first = receipt_data(s, no)
    with store.unit_of_work() as uow:
        assert mark_printed(uow, no) == 1
        assert mark_printed(uow, no) == 2
        uow.commit()
    with store.read() as s:
        again = receipt_data(s, no)
    assert (first.print_count, again.print_count) == (0, 2)
    assert again.is_duplicate and not first.is_duplicate
    assert again.record_hash == first.record_hash


def test_marking_a_print_is_rolled_back_without_a_commit(store, account) -> None:
    no = pay(store, PaymentRequest(account.account_no, dzd(10_000)))
    with store.unit_of_work() as uow:
        mark_printed(uow, no)
    with store.read() as s:
        assert receipt_data(s, no).print_count == 0


def test_an_older_receipt_shows_the_balance_as_it_was_after_its_own_payment(store, account) -> None:
    first = pay(store, PaymentRequest(account.account_no, dzd(100_000)))
    pay(store, PaymentRequest(account.account_no, dzd(50_000)))
    with store.read() as s:
        assert receipt_data(s, first).balance_after == dzd(146_656 + 234_500 - 100_000)


def test_a_voided_payment_reads_as_void(store, account) -> None:
    no = pay(store, PaymentRequest(account.account_no, dzd(10_000)))
    with store.unit_of_work() as uow:
        void_payment(
            uow, user_named(store, "amina"), user_named(store, "karim"), no, "wrong_amount"
        )
    with store.read() as s:
        data = receipt_data(s, no)
    assert data.voided and data.status == "void"


def test_header_footer_and_time_zone_come_from_optional_settings(store, account) -> None:
    no = pay(store, PaymentRequest(account.account_no, dzd(10_000)))
    with store.unit_of_work() as uow:
        uow.session.add(Setting(key="receipt_header", value="RC 24/00-123\n\nNIF 0001"))
        uow.session.add(Setting(key="receipt_footer", value="Merci | شكرا"))
        uow.session.add(Setting(key="timezone", value="Africa/Casablanca"))
        uow.commit()
    with store.read() as s:
        data = receipt_data(s, no)
    assert data.header_lines == ("RC 24/00-123", "NIF 0001")
    assert data.footer_lines == ("Merci | شكرا",)
    assert str(data.issued_at.tzinfo) == "Africa/Casablanca"


def test_an_unknown_receipt_is_refused_with_a_clear_error(store) -> None:
    with store.read() as s, pytest.raises(DomainError) as err:
        receipt_data(s, "2401-T01-2025-999999")
    assert err.value.code == "receipt.not_found"
    assert "2401-T01-2025-999999" in err.value.message()
    with store.unit_of_work() as uow, pytest.raises(DomainError):
        mark_printed(uow, "nope")


def test_the_first_print_and_every_reprint_go_to_the_journal(store, account) -> None:
    from sqlalchemy import select

    from desktop.store import journal
    from desktop.store.models import JournalEntry

    no = pay(store, PaymentRequest(account.account_no, dzd(10_000)))
    for _ in range(3):
        with store.unit_of_work() as uow:
            mark_printed(uow, no, username="amina")
            uow.commit()
    with store.read() as s:
        kinds = s.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)).all()
        assert journal.verify(s).intact
    assert kinds[-3:] == ["receipt.print", "receipt.reprint", "receipt.reprint"]
