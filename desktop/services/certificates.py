"""Certificates handed to customers: attestation of one payment, and of no debt.

Why checks here and not in the PDF code: whether a certificate *may* be issued is a
business rule (a voided payment is attested by nobody; a no-debt certificate while a bill
is open would be a false document), the same for the PDF, the window and any later
channel. The renderers only lay out what these functions return.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.config import load_terminal_settings
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.payments import account_balance, find_account
from desktop.services.receipts import ReceiptData, receipt_data
from desktop.services.statements import AccountHeader, account_header, payment_date
from desktop.store.models import Bill, Payment, Receipt, ServicePoint

MAX_BILLS_IN_MESSAGE = 3


@dataclass(frozen=True, slots=True)
class Issuer:
    """Who issues the document. Fields: company_name, agency_code, agency_name, terminal_code."""

    company_name: str
    agency_code: str
    agency_name: str
    terminal_code: str


@dataclass(frozen=True, slots=True)
class PaymentCertificate:
    """Attestation that one payment was received.

    Fields: issuer; account (header with address); receipt (everything the receipt says:
    bills settled, tender, card details, hash); issued_on (date of the certificate);
    reference (the certificate's own number, derived from the receipt).
    """

    issuer: Issuer
    account: AccountHeader
    receipt: ReceiptData
    issued_on: dt.date
    reference: str


@dataclass(frozen=True, slots=True)
class NoDebtCertificate:
    """Attestation that nothing is due on an account.

    Fields: issuer; account; as_of (the date the situation is attested); credit (what the
    customer has in advance, zero or positive); services (service and meter of each point);
    last_payment_date and last_receipt_no (None when there is none); reference.
    """

    issuer: Issuer
    account: AccountHeader
    as_of: dt.date
    credit: Money
    services: tuple[tuple[str, str], ...]
    last_payment_date: dt.date | None
    last_receipt_no: str | None
    reference: str


def issuer(session: Session) -> Issuer:
    settings = load_terminal_settings(session)
    return Issuer(
        settings.company_name, settings.agency_code, settings.agency_name, settings.terminal_code
    )


def payment_certificate(
    session: Session, receipt_no: str, *, today: dt.date | None = None
) -> PaymentCertificate:
    """The certificate of the payment of receipt ``receipt_no``.

    Refusals: ``receipt.not_found``; ``certificate.payment_voided``.
    """
    receipt = receipt_data(session, receipt_no)
    if receipt.voided:
        raise DomainError("certificate.payment_voided", receipt_no=receipt.receipt_no)
    account = find_account(session, receipt.account_no)
    issued_on = today or dt.date.today()
    return PaymentCertificate(
        issuer=issuer(session),
        account=account_header(account),
        receipt=receipt,
        issued_on=issued_on,
        reference=f"AP-{receipt.receipt_no}",
    )


def no_debt_certificate(
    session: Session, account_no: str, *, today: dt.date | None = None
) -> NoDebtCertificate:
    """The no-debt certificate of ``account_no``, only when nothing at all is due.

    Any open bill refuses it, even one not yet past its due date: it is owed all the same.
    Refusals: ``account.not_found``; ``certificate.debt_outstanding`` naming the total,
    the number of bills and the oldest ones.
    """
    account = find_account(session, account_no)
    cur = account.currency
    open_rows = session.execute(
        select(Bill.bill_no, Bill.due_date, Bill.open_minor)
        .where(Bill.account_id == account.id, Bill.open_minor > 0)
        .order_by(Bill.due_date, Bill.bill_no)
    ).all()
    balance = account_balance(session, account)
    if open_rows or balance.minor > 0:
        due = Money(sum(r.open_minor for r in open_rows), cur)
        shown = ", ".join(
            f"{r.bill_no} ({Money(r.open_minor, cur).as_str()} due {r.due_date.isoformat()})"
            for r in open_rows[:MAX_BILLS_IN_MESSAGE]
        )
        more = len(open_rows) - MAX_BILLS_IN_MESSAGE
        if more > 0:
            shown += f" and {more} more"
        raise DomainError(
            "certificate.debt_outstanding",
            account_no=account.account_no,
            due=f"{due.as_str()} {cur}",
            count=len(open_rows),
            bills=shown,
        )
    as_of = today or dt.date.today()
    last = session.execute(
        select(Payment.created_at, Receipt.receipt_no)
        .outerjoin(Receipt, Receipt.payment_uuid == Payment.uuid)
        .where(Payment.account_id == account.id, Payment.status == "valid")
        .order_by(Payment.created_at.desc())
        .limit(1)
    ).first()
    services = tuple(
        (row.service, row.meter_no)
        for row in session.execute(
            select(ServicePoint.service, ServicePoint.meter_no)
            .where(ServicePoint.account_id == account.id)
            .order_by(ServicePoint.id)
        )
    )
    return NoDebtCertificate(
        issuer=issuer(session),
        account=account_header(account),
        as_of=as_of,
        credit=Money(max(0, -balance.minor), cur),
        services=services,
        last_payment_date=payment_date(last.created_at) if last else None,
        last_receipt_no=last.receipt_no if last else None,
        reference=f"ND-{account.account_no}-{as_of:%Y%m%d}",
    )
