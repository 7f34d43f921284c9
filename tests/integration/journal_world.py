"""Two days of one terminal, through the real use cases, for the journal audit tests.

Monday: a till opened, three payments (one by card), one voided, the till closed and the day
closed (its Z hash in the journal). Tuesday: a new till, a correction of Monday's cash
payment, three more payments; the till stays open. Every kind of row the audit compares is
there. Holds no tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.cash import CashCount
from desktop.money import Money
from desktop.services.corrections import correct_payment
from desktop.services.day_close import close_day
from desktop.services.payments import PaymentRequest, take_payment
from desktop.services.tills import close_till, open_till
from desktop.services.voids import void_payment
from desktop.store.db import Store
from tests.factories import BillSpec, make_account, user_named

MONDAY = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
TUESDAY = dt.datetime(2026, 3, 3, 9, tzinfo=dt.UTC)


@dataclass(frozen=True)
class World:
    """What ``two_days`` made. Fields: account_no, monday_receipts, tuesday_receipts
    (payments in order), voided (receipt), corrected (Monday's receipt corrected on Tuesday),
    correction (the reversing receipt)."""

    account_no: str
    bill_nos: tuple[str, ...]
    monday_receipts: tuple[str, ...]
    tuesday_receipts: tuple[str, ...]
    voided: str
    corrected: str
    correction: str


def dzd(minor: int) -> Money:
    return Money(minor, "DZD")


def notes(**pieces: int) -> CashCount:
    return CashCount.of("DZD", {int(k[1:]) * 100: n for k, n in pieces.items()})


def two_days(store: Store, account_no: str | None = None) -> World:
    """Write the two days into ``store`` (settings and users, no till open)."""
    amina, karim = user_named(store, "amina"), user_named(store, "karim")
    acc = make_account(
        store,
        account_no=account_no,
        bills=[BillSpec(dt.date(2026, 1, 10), 900_000), BillSpec(dt.date(2026, 2, 10), 900_000)],
    )
    monday: list[str] = []
    with store.unit_of_work() as uow:
        open_till(uow, amina, notes(d2000=5), now=MONDAY)
    for minor, tender in ((300_000, "cash"), (150_000, "card"), (50_000, "cash")):
        card = (
            {"card_scheme": "CIB", "card_last4": "4242", "auth_code": "A1"}
            if tender == "card"
            else {}
        )
        with store.unit_of_work() as uow:
            paid = take_payment(
                uow,
                PaymentRequest(acc.account_no, dzd(minor), tender=tender, **card),
                amina,
                now=MONDAY,
            )
        monday.append(paid.receipt_no)
    with store.unit_of_work() as uow:
        void_payment(uow, amina, karim, monday[2], "wrong_amount", now=MONDAY)
    with store.unit_of_work() as uow:
        close_till(uow, amina, notes(d2000=5, d1000=3), dzd(150_000), now=MONDAY)
    with store.unit_of_work() as uow:
        close_day(uow, karim, MONDAY.astimezone().date(), now=MONDAY)
    with store.unit_of_work() as uow:
        open_till(uow, amina, notes(d2000=5), now=TUESDAY)
    with store.unit_of_work() as uow:
        fixed = correct_payment(uow, amina, karim, monday[0], "wrong_account", now=TUESDAY)
    tuesday: list[str] = []
    for minor in (10_000, 20_000, 30_000):
        with store.unit_of_work() as uow:
            paid = take_payment(uow, PaymentRequest(acc.account_no, dzd(minor)), amina, now=TUESDAY)
        tuesday.append(paid.receipt_no)
    return World(
        acc.account_no,
        acc.bill_nos,
        tuple(monday),
        tuple(tuesday),
        monday[2],
        monday[0],
        fixed.receipt_no,
    )
