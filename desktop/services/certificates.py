"""Certificates handed to customers: attestation of one payment, and of no debt.

Why checks here and not in the PDF code: whether a certificate *may* be issued is a
business rule (a voided payment is attested by nobody; a no-debt certificate while anything
is due, an open bill or a regularisation debit not yet billed, would be a false document),
the same for the PDF, the window and any later channel. The renderers only lay out what
these functions return.

Why a register: issuing a certificate writes a numbered row in ``certificates`` (what it
certifies, the true issue time and the issuing user) with a journal entry and an outbox
item (entity ``certificate``, op ``issue``) in one transaction. Its verification string
(the QR code) follows the receipts' scheme: number, amount, UTC time and a truncated
SHA-256 of the canonical record, so a third party can have a certificate checked against
the central copy.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.config import load_terminal_settings
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser, require
from desktop.services.payments import (
    amount_due,
    find_account,
    pending_adjustments,
)
from desktop.services.receipts import (
    OPTIONAL_KEYS,
    ReceiptData,
    _zone,
    receipt_data,
    record_hash,
    verification_string,
)
from desktop.services.statements import AccountHeader, account_header, payment_date
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import (
    Bill,
    Certificate,
    Payment,
    Receipt,
    ServicePoint,
    Setting,
)
from desktop.store.outbox import enqueue

MAX_BILLS_IN_MESSAGE = 3
KINDS = {"no_debt": "ND", "payment": "AP"}
"""Kinds of certificate and the prefix of their number (one series per terminal and year)."""


@dataclass(frozen=True, slots=True)
class Issuer:
    """Who issues the document. Fields: company_name, agency_code, agency_name, terminal_code."""

    company_name: str
    agency_code: str
    agency_name: str
    terminal_code: str


@dataclass(frozen=True, slots=True)
class Issuance:
    """The register entry of an issued certificate, as printed on it.

    Fields: number (e.g. ND-2401-T01-2026-000001); issued_at (aware, in the terminal's time
    zone); issued_by (the user's username) and issued_by_name (full name); record_hash and
    verification (the QR text, ``GCH1;NUMBER;AMOUNT CUR;UTC;HASH``).
    """

    number: str
    issued_at: dt.datetime
    issued_by: str
    issued_by_name: str
    record_hash: str
    verification: str


@dataclass(frozen=True, slots=True)
class PaymentCertificate:
    """Attestation that one payment was received.

    Fields: issuer; account (header with address); receipt (everything the receipt says:
    bills settled, tender, card details, hash); issued_on (date of the certificate);
    reference (the certificate's register number); issuance (register entry: time,
    issuer, verification).
    """

    issuer: Issuer
    account: AccountHeader
    receipt: ReceiptData
    issued_on: dt.date
    reference: str
    issuance: Issuance


@dataclass(frozen=True, slots=True)
class NoDebtCertificate:
    """Attestation that nothing is due on an account.

    Fields: issuer; account; as_of (the date the situation is attested); credit (what the
    customer has in advance, zero or positive); services (service and meter of each point);
    last_payment_date and last_receipt_no (None when there is none); reference (the
    register number); issuance (register entry: time, issuer, verification).
    """

    issuer: Issuer
    account: AccountHeader
    as_of: dt.date
    credit: Money
    services: tuple[tuple[str, str], ...]
    last_payment_date: dt.date | None
    last_receipt_no: str | None
    reference: str
    issuance: Issuance


def issuer(session: Session) -> Issuer:
    settings = load_terminal_settings(session)
    return Issuer(
        settings.company_name, settings.agency_code, settings.agency_name, settings.terminal_code
    )


def _utc(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)


def _local(session: Session, utc: dt.datetime) -> dt.datetime:
    zone = session.scalar(select(Setting.value).where(Setting.key == OPTIONAL_KEYS[2]))
    return utc.replace(tzinfo=dt.UTC).astimezone(_zone(zone))


def _register(
    session: Session,
    kind: str,
    account_no: str,
    receipt_no: str | None,
    amount: Money,
    credit: Money,
    user: AuthenticatedUser,
    now: dt.datetime | None,
) -> tuple[Issuance, dt.date]:
    """Number, record, journal and outbox one certificate (the caller commits)."""
    settings = load_terminal_settings(session)
    moment = _utc(now)
    local = _local(session, moment)
    year = local.year
    seq = 1 + (
        session.scalar(
            select(func.max(Certificate.seq)).where(
                Certificate.agency == settings.agency_code,
                Certificate.terminal == settings.terminal_code,
                Certificate.year == year,
            )
        )
        or 0
    )
    number = f"{KINDS[kind]}-{settings.agency_code}-{settings.terminal_code}-{year}-{seq:06d}"
    record = {
        "number": number,
        "kind": kind,
        "account_no": account_no,
        "receipt_no": receipt_no,
        "currency": amount.currency,
        "amount_minor": amount.minor,
        "credit_minor": credit.minor,
        "as_of": local.date().isoformat(),
        "issued_at": moment.replace(microsecond=0).isoformat() + "Z",
        "issued_by": user.username,
        "agency": settings.agency_code,
        "terminal": settings.terminal_code,
    }
    digest = record_hash(json.dumps(record, sort_keys=True, separators=(",", ":")))
    verification = verification_string(number, amount, moment.replace(tzinfo=dt.UTC), digest)
    row = Certificate(
        number=number,
        uuid=str(uuid.uuid4()),
        kind=kind,
        account_no=account_no,
        receipt_no=receipt_no,
        agency=settings.agency_code,
        terminal=settings.terminal_code,
        year=year,
        seq=seq,
        currency=amount.currency,
        amount_minor=amount.minor,
        credit_minor=credit.minor,
        as_of=local.date(),
        issued_at=moment,
        issued_by=user.username,
        record_hash=digest,
        verification=verification,
    )
    session.add(row)
    payload = {
        **record,
        "uuid": row.uuid,
        "amount": amount.as_str(),
        "credit": credit.as_str(),
        "record_hash": digest,
        "verification": verification,
    }
    enqueue(session, "certificate", row.uuid, "issue", payload, moment)
    session.flush()
    journal.append(
        session, "certificate.issue", payload, username=user.username, entity_uuid=row.uuid, now=now
    )
    issuance = Issuance(number, local, user.username, user.full_name, digest, verification)
    return issuance, local.date()


def issue_payment_certificate(
    uow: UnitOfWork, receipt_no: str, user: AuthenticatedUser, *, now: dt.datetime | None = None
) -> PaymentCertificate:
    """Issue (register and commit) the certificate of the payment of receipt ``receipt_no``.

    Refusals, with nothing written: ``auth.forbidden``; ``receipt.not_found``;
    ``certificate.payment_voided``.
    """
    require(user, "issue_certificate")
    session = uow.session
    receipt = receipt_data(session, receipt_no)
    if receipt.voided:
        raise DomainError("certificate.payment_voided", receipt_no=receipt.receipt_no)
    account = find_account(session, receipt.account_no)
    issuance, issued_on = _register(
        session,
        "payment",
        account.account_no,
        receipt.receipt_no,
        receipt.total,
        Money(0, receipt.total.currency),
        user,
        now,
    )
    cert = PaymentCertificate(
        issuer=issuer(session),
        account=account_header(account),
        receipt=receipt,
        issued_on=issued_on,
        reference=issuance.number,
        issuance=issuance,
    )
    uow.commit()
    return cert


def check_no_debt(session: Session, account_no: str) -> None:
    """Refuse a no-debt certificate while anything is due; write nothing.

    Anything due refuses it: an open bill, even one not yet past its due date, or a
    regularisation debit decided but not yet billed; only the account credit may cover
    them. Refusals: ``account.not_found``; ``certificate.debt_outstanding`` (open bills:
    the total due in all, the number of bills and the oldest ones); ``certificate.debt_pending``
    (no open bill, but a regularisation debit waiting for the next bill).
    """
    account = find_account(session, account_no)
    cur = account.currency
    due = amount_due(session, account)
    if due.minor <= 0:
        return
    open_rows = session.execute(
        select(Bill.bill_no, Bill.due_date, Bill.open_minor)
        .where(Bill.account_id == account.id, Bill.open_minor > 0)
        .order_by(Bill.due_date, Bill.bill_no)
    ).all()
    pending = pending_adjustments(session, account)
    pending_total = Money(sum(r.adjustment_minor for r in pending), cur)
    if open_rows:
        shown = ", ".join(
            f"{r.bill_no} ({Money(r.open_minor, cur).as_str()} due {r.due_date.isoformat()})"
            for r in open_rows[:MAX_BILLS_IN_MESSAGE]
        )
        more = len(open_rows) - MAX_BILLS_IN_MESSAGE
        if more > 0:
            shown += f" and {more} more"
        if pending_total:
            shown += f"; plus {pending_total.as_str()} {cur} of regularisation not yet billed"
        raise DomainError(
            "certificate.debt_outstanding",
            account_no=account.account_no,
            due=f"{due.as_str()} {cur}",
            count=len(open_rows),
            bills=shown,
        )
    points = dict(
        session.execute(
            select(ServicePoint.id, ServicePoint.meter_no).where(
                ServicePoint.account_id == account.id
            )
        ).all()
    )
    first = pending[0]
    raise DomainError(
        "certificate.debt_pending",
        account_no=account.account_no,
        due=f"{due.as_str()} {cur}",
        pending=f"{pending_total.as_str()} {cur}",
        meter_no=points.get(first.service_point_id, "?"),
        period_start=first.period_start.isoformat(),
        period_end=first.period_end.isoformat(),
    )


def issue_no_debt_certificate(
    uow: UnitOfWork, account_no: str, user: AuthenticatedUser, *, now: dt.datetime | None = None
) -> NoDebtCertificate:
    """Issue (register and commit) the no-debt certificate of ``account_no``, only when
    nothing at all is due (see ``check_no_debt`` for the refusals; ``auth.forbidden``)."""
    require(user, "issue_certificate")
    session = uow.session
    check_no_debt(session, account_no)
    account = find_account(session, account_no)
    cur = account.currency
    credit = Money(max(0, -amount_due(session, account).minor), cur)
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
    issuance, as_of = _register(
        session, "no_debt", account.account_no, None, Money(0, cur), credit, user, now
    )
    cert = NoDebtCertificate(
        issuer=issuer(session),
        account=account_header(account),
        as_of=as_of,
        credit=credit,
        services=services,
        last_payment_date=payment_date(last.created_at) if last else None,
        last_receipt_no=last.receipt_no if last else None,
        reference=issuance.number,
        issuance=issuance,
    )
    uow.commit()
    return cert
