"""What a printed receipt says, read from the store as one immutable record.

Why here and not in the renderer: the content of a receipt (who paid what, for which bills,
by which tender, the balance left, whether it is a duplicate or void) is a business fact,
the same on paper, on screen and in a PDF. The renderers (reports/) only lay it out.

The verification string (for the QR code) carries the receipt number, the amount, the UTC
time and a truncated SHA-256 of the canonical record (see ``canonical_record``): anyone
holding the central copy of the payment can recompute the hash and tell a genuine receipt
from an edited one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.config import load_terminal_settings
from desktop.domain.errors import DomainError, Problem
from desktop.money import Money
from desktop.services.plan_ledger import PlanProgress, progress_after_payment
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import (
    Account,
    Allocation,
    Bill,
    Payment,
    Receipt,
    ServicePoint,
    Setting,
    User,
)

HASH_CHARS = 16
"""Hex characters of the SHA-256 kept on the receipt: 64 bits, plenty against forgery by
hand, short enough for a small QR code."""

VERIFICATION_PREFIX = "GCH1"
OPTIONAL_KEYS = ("receipt_header", "receipt_footer", "timezone")
"""Optional settings keys: header and footer lines (newline-separated; a line may be
"Arabic text | texte français"), and an IANA time zone (default: the machine's)."""


@dataclass(frozen=True, slots=True)
class ReceiptBill:
    """One bill settled by the payment. Fields: bill_no, service (electricity, gas, water,
    sanitation), period_start, period_end, amount (the part of this payment on this bill)."""

    bill_no: str
    service: str
    period_start: dt.date
    period_end: dt.date
    amount: Money


@dataclass(frozen=True, slots=True)
class ReceiptData:
    """Everything printed on a receipt.

    Fields:
        company_name, agency_name, header_lines, footer_lines: from the settings table.
        receipt_no, issued_at (local, timezone-aware), clerk (full name), agency_code,
            terminal_code.
        account_no, name_ar, name_latin: the account holder.
        bills: what the payment settled; credit: the part kept as account credit.
        total: the amount paid; tender: 'cash' or 'card'; tendered and change (cash);
            card_scheme, card_last4, auth_code, terminal_ref (card).
        balance_after: still due on the account right after this payment (see
            ``balance_after_payment``).
        status: the payment status ('valid', 'void', ...); print_count: prints so far
            (0 = the next print is the original).
        record_hash: truncated SHA-256 of ``canonical_record``; verification: the QR text.
        locale: the terminal's display locale (fr_DZ, ar_MA, ...).
        plan: progress of the installment plan this payment filled or opened (its down
            payment), as it stood right after the payment; None for other payments.
    """

    company_name: str
    agency_name: str
    header_lines: tuple[str, ...]
    footer_lines: tuple[str, ...]
    receipt_no: str
    issued_at: dt.datetime
    clerk: str
    agency_code: str
    terminal_code: str
    account_no: str
    name_ar: str
    name_latin: str
    bills: tuple[ReceiptBill, ...]
    credit: Money
    total: Money
    tender: str
    tendered: Money | None
    change: Money
    card_scheme: str | None
    card_last4: str | None
    auth_code: str | None
    terminal_ref: str | None
    balance_after: Money
    status: str
    print_count: int
    record_hash: str
    verification: str
    locale: str
    plan: PlanProgress | None = None

    @property
    def voided(self) -> bool:
        return self.status != "valid"

    @property
    def is_duplicate(self) -> bool:
        """True once the original has been printed: any further print is a DUPLICATA."""
        return self.print_count > 0

    @property
    def is_cash(self) -> bool:
        return self.tender == "cash"


def receipt_data(session: Session, receipt_no: str, *, tz: dt.tzinfo | None = None) -> ReceiptData:
    """Read receipt ``receipt_no``; ``receipt.not_found`` if there is none.

    ``tz`` overrides the time zone of ``issued_at`` (else the ``timezone`` setting, else the
    machine's local zone).
    """
    no = receipt_no.strip().upper()
    row = session.execute(
        select(Receipt, Payment, Account)
        .join(Payment, Payment.uuid == Receipt.payment_uuid)
        .join(Account, Account.id == Payment.account_id)
        .where(Receipt.receipt_no == no)
    ).first()
    if row is None:
        raise DomainError("receipt.not_found", receipt_no=receipt_no)
    receipt, payment, account = row
    settings = load_terminal_settings(session)
    extra = dict(
        session.execute(
            select(Setting.key, Setting.value).where(Setting.key.in_(OPTIONAL_KEYS))
        ).all()
    )
    cur = payment.currency
    bills = tuple(
        ReceiptBill(bill_no, service, start, end, Money(amount, cur))
        for bill_no, service, start, end, amount in session.execute(
            select(
                Bill.bill_no,
                ServicePoint.service,
                Bill.period_start,
                Bill.period_end,
                Allocation.amount_minor,
            )
            .join(Bill, Bill.id == Allocation.bill_id)
            .join(ServicePoint, ServicePoint.id == Bill.service_point_id)
            .where(Allocation.payment_uuid == payment.uuid)
            .order_by(Bill.due_date, Bill.bill_no)
        )
    )
    clerk = ""
    if payment.user_id is not None:
        clerk = session.scalar(select(User.full_name).where(User.id == payment.user_id)) or ""
    record = canonical_record(receipt, payment, account, bills)
    digest = record_hash(record)
    issued_utc = receipt.issued_at.replace(tzinfo=dt.UTC)
    return ReceiptData(
        company_name=settings.company_name,
        agency_name=settings.agency_name,
        header_lines=_lines(extra.get("receipt_header", "")),
        footer_lines=_lines(extra.get("receipt_footer", "")),
        receipt_no=receipt.receipt_no,
        issued_at=issued_utc.astimezone(tz or _zone(extra.get("timezone"))),
        clerk=clerk,
        agency_code=receipt.agency,
        terminal_code=receipt.terminal,
        account_no=account.account_no,
        name_ar=account.name_ar,
        name_latin=account.name_latin,
        bills=bills,
        credit=Money(payment.credit_minor, cur),
        total=Money(payment.amount_minor, cur),
        tender=payment.tender,
        tendered=Money(payment.tendered_minor, cur) if payment.tendered_minor is not None else None,
        change=Money(payment.change_minor, cur),
        card_scheme=payment.card_scheme,
        card_last4=payment.card_last4,
        auth_code=payment.auth_code,
        terminal_ref=payment.terminal_ref,
        balance_after=balance_after_payment(session, payment, account),
        status=payment.status,
        print_count=receipt.print_count,
        record_hash=digest,
        verification=verification_string(
            receipt.receipt_no, Money(payment.amount_minor, cur), issued_utc, digest
        ),
        locale=settings.locale,
        plan=progress_after_payment(session, payment),
    )


def mark_printed(uow: UnitOfWork, receipt_no: str, *, username: str | None = None) -> int:
    """Count one more print of ``receipt_no``, journal it, and return the new count.

    The caller commits, in the same transaction as the print job it queues, so the count,
    the journal entry and the job exist together or not at all. Every print after the first
    is a duplicate and is journaled as ``receipt.reprint``.
    """
    no = receipt_no.strip().upper()
    done = uow.session.execute(
        update(Receipt)
        .where(Receipt.receipt_no == no)
        .values(print_count=Receipt.print_count + 1)
        .returning(Receipt.print_count)
    ).scalar_one_or_none()
    if done is None:
        raise DomainError("receipt.not_found", receipt_no=receipt_no)
    kind = "receipt.print" if done == 1 else "receipt.reprint"
    journal.append(
        uow.session, kind, {"receipt_no": no, "print_count": int(done)}, username=username
    )
    return int(done)


def balance_after_payment(session: Session, payment: Payment, account: Account) -> Money:
    """What the account owed right after ``payment``, rebuilt from today's figures.

    Rule: take every bill issued on or before the payment's day; add back to its open amount
    what later valid payments allocated to it; subtract the account credit as it stood (the
    current credit minus what later valid payments added). For the latest payment this is
    exactly the current balance; for an older one it is what the original receipt said,
    so a reprint shows the same figure. Bills issued after the payment are left out.
    """
    later = (
        select(Payment.uuid)
        .where(
            Payment.account_id == account.id,
            Payment.status == "valid",
            Payment.created_at > payment.created_at,
        )
        .scalar_subquery()
    )
    day = payment.created_at.date()
    open_then = session.scalar(
        select(func.coalesce(func.sum(Bill.open_minor), 0)).where(
            Bill.account_id == account.id, Bill.issue_date <= day
        )
    )
    paid_later = session.scalar(
        select(func.coalesce(func.sum(Allocation.amount_minor), 0))
        .join(Bill, Bill.id == Allocation.bill_id)
        .where(Allocation.payment_uuid.in_(later), Bill.issue_date <= day)
    )
    credit_later = session.scalar(
        select(func.coalesce(func.sum(Payment.credit_minor), 0)).where(Payment.uuid.in_(later))
    )
    credit_then = account.credit_minor - int(credit_later or 0)
    return Money(int(open_then or 0) + int(paid_later or 0) - credit_then, payment.currency)


def canonical_record(
    receipt: Receipt, payment: Payment, account: Account, bills: tuple[ReceiptBill, ...]
) -> str:
    """The immutable facts of a receipt as canonical JSON (sorted keys, no spaces, UTF-8).

    Only what never changes after the commit goes in (not print_count, not the balance, not
    the status): the hash printed on the original must match every reprint.
    """
    record = {
        "receipt_no": receipt.receipt_no,
        "receipt_uuid": receipt.uuid,
        "payment_uuid": payment.uuid,
        "account_no": account.account_no,
        "issued_at": receipt.issued_at.replace(microsecond=0).isoformat() + "Z",
        "currency": payment.currency,
        "amount_minor": payment.amount_minor,
        "credit_minor": payment.credit_minor,
        "tender": payment.tender,
        "tendered_minor": payment.tendered_minor,
        "change_minor": payment.change_minor,
        "card_scheme": payment.card_scheme,
        "card_last4": payment.card_last4,
        "auth_code": payment.auth_code,
        "allocations": sorted([b.bill_no, b.amount.minor] for b in bills),
        "agency": receipt.agency,
        "terminal": receipt.terminal,
    }
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_hash(record: str) -> str:
    return hashlib.sha256(record.encode("utf-8")).hexdigest()[:HASH_CHARS]


def verification_string(
    receipt_no: str, amount: Money, issued_utc: dt.datetime, digest: str
) -> str:
    """``GCH1;RECEIPT_NO;AMOUNT CUR;YYYY-MM-DDTHH:MM:SSZ;HASH`` (ASCII, fits a small QR)."""
    when = issued_utc.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"
    return f"{VERIFICATION_PREFIX};{receipt_no};{amount.as_str()} {amount.currency};{when};{digest}"


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _zone(name: str | None) -> dt.tzinfo | None:
    if not name:
        return None  # astimezone(None): the machine's local zone
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise DomainError(
            "input.invalid",
            field="timezone",
            problem=Problem("time_zone", name=name),
        ) from None
