"""Helpers of the PDF tests (no tests here): five years of monthly bills with their payments, and reading
PDFs back in reading order.

Why history is written straight through the models: the counter only takes payments
*today*; a statement needs years of past payments with receipts and allocations.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from sqlalchemy import select, update

from desktop.store.db import Store
from desktop.store.models import Allocation, Bill, Payment, Receipt
from tests.factories import BillSpec, make_account

FIRST_DUE = dt.date(2020, 1, 25)
MONTHS = 60
UNPAID = 3


@dataclass(frozen=True)
class History:
    """Fields: account_no, amounts (minor, per bill in due order), bill_nos, receipts
    (receipt numbers of the paid bills, in order), unpaid (open minor of the last bills)."""

    account_no: str
    amounts: tuple[int, ...]
    bill_nos: tuple[str, ...]
    receipts: tuple[str, ...]
    unpaid: int


def month_add(day: dt.date, months: int) -> dt.date:
    m = day.month - 1 + months
    return day.replace(year=day.year + m // 12, month=m % 12 + 1)


def five_years_of_monthly_bills(store: Store, **account: object) -> History:
    """60 monthly bills (due the 25th, issued 20 days before) from January 2020; all but the
    last three paid five days before their due date, each with its receipt."""
    amounts = tuple(150_000 + (k * 7919) % 90_000 for k in range(MONTHS))
    created = make_account(
        store,
        bills=[BillSpec(month_add(FIRST_DUE, k), a) for k, a in enumerate(amounts)],
        **account,  # type: ignore[arg-type]
    )
    receipts = []
    with store.unit_of_work() as uow:
        s = uow.session
        bills = s.scalars(
            select(Bill).where(Bill.account_id == created.account_id).order_by(Bill.due_date)
        ).all()
        for k, bill in enumerate(bills):
            # Monthly periods, one estimated bill in eight.
            bill.period_start = month_add(bill.due_date.replace(day=1), -1)
            bill.period_end = bill.due_date.replace(day=1) - dt.timedelta(days=1)
            bill.estimated = k % 8 == 5
            bill.consumption = 120 + (k * 37) % 160
            if k >= MONTHS - UNPAID:
                continue
            pay_uuid = str(uuid.uuid4())
            when = dt.datetime.combine(bill.due_date - dt.timedelta(days=5), dt.time(9, 30))
            s.add(
                Payment(
                    uuid=pay_uuid,
                    account_id=created.account_id,
                    created_at=when,
                    channel="counter",
                    tender="cash",
                    currency="DZD",
                    amount_minor=bill.amount_minor,
                    credit_minor=0,
                    tendered_minor=None,
                    change_minor=0,
                    agency="2401",
                    terminal="T09",
                    status="valid",
                )
            )
            s.flush()
            s.add(
                Allocation(
                    uuid=str(uuid.uuid4()),
                    payment_uuid=pay_uuid,
                    bill_id=bill.id,
                    amount_minor=bill.amount_minor,
                )
            )
            receipt_no = f"2401-T09-{when.year}-{k + 1:06d}"
            s.add(
                Receipt(
                    receipt_no=receipt_no,
                    uuid=str(uuid.uuid4()),
                    payment_uuid=pay_uuid,
                    agency="2401",
                    terminal="T09",
                    year=when.year,
                    seq=k + 1,
                    issued_at=when,
                    print_count=1,
                )
            )
            s.execute(update(Bill).where(Bill.id == bill.id).values(open_minor=0))
            receipts.append(receipt_no)
        uow.commit()
    return History(
        created.account_no, amounts, created.bill_nos, tuple(receipts), sum(amounts[-UNPAID:])
    )


def pdf_text(path: Path) -> list[str]:
    """The text of each page, as pdfplumber extracts it (visual order, left to right)."""
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def rtl_reading(
    path: Path, page: int, top: float, bottom: float, x_min: float = 0, x_max: float = 1e9
) -> list[str]:
    """The words of one band of a page in Arabic reading order: right to left, each Arabic
    word turned back into logical letters (the PDF holds shaped forms in visual order)."""
    with pdfplumber.open(path) as pdf:
        words = [
            w
            for w in pdf.pages[page].extract_words(keep_blank_chars=False)
            if top <= w["top"] <= bottom and x_min <= w["x0"] and w["x1"] <= x_max
        ]
    out = []
    for w in sorted(words, key=lambda w: -w["x1"]):
        text = unicodedata.normalize("NFKC", w["text"])
        out.append(text[::-1] if is_arabic(text) else text)
    return out


def find_band(path: Path, page: int, needle_visual: str) -> tuple[float, float]:
    """(top, bottom) of the text line holding the word ``needle_visual`` (as extracted)."""
    with pdfplumber.open(path) as pdf:
        for w in pdf.pages[page].extract_words():
            if unicodedata.normalize("NFKC", w["text"]) == needle_visual:
                return w["top"] - 3, w["top"] + 3
    raise AssertionError(f"{needle_visual!r} not on page {page + 1}")
