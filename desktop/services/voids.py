"""Voiding a payment the same day, with a manager's approval on the spot (four eyes).

Why so strict: a void gives money back and reopens bills, which is exactly what a dishonest
till would want to hide. So it is only possible while the payment's own session is still
open, the approver types their own credentials and cannot be the clerk, the payment row is
only flagged (never edited or deleted), the receipt keeps its number, and the void goes to
the journal and the outbox in the same transaction. After the session is closed, corrections
are new entries (a later issue), never edits.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.card_numbers import refuse_card_number
from desktop.domain.errors import DomainError, Problem
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser, require
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import (
    Account,
    Allocation,
    Bill,
    Payment,
    PaymentVoid,
    Receipt,
    Till,
)
from desktop.store.outbox import enqueue

VOID_REASONS = (
    "wrong_amount",
    "wrong_account",
    "wrong_tender",
    "duplicate",
    "customer_request",
    "other",
)


@dataclass(frozen=True, slots=True)
class VoidResult:
    """A voided payment. Fields: receipt_no, payment_uuid, amount, tender (cash to hand back
    when 'cash'), reopened (bill numbers), approved_by (username)."""

    receipt_no: str
    payment_uuid: str
    amount: Money
    tender: str
    reopened: tuple[str, ...]
    approved_by: str


def check_undo_request(
    clerk: AuthenticatedUser, approver: AuthenticatedUser, reason_code: str, reason_text: str
) -> None:
    """The rules shared by a void and a correction: a clerk asks, another person who may
    approve types their own credentials, and the reason is one of ``VOID_REASONS``."""
    require(clerk, "take_payment")
    require(approver, "approve")
    if approver.id == clerk.id:
        raise DomainError("approval.same_person", username=clerk.username)
    if reason_code not in VOID_REASONS:
        raise DomainError("void.reason_unknown", reason=reason_code, known=", ".join(VOID_REASONS))
    refuse_card_number("reason", reason_text)
    if reason_code == "other" and not reason_text.strip():
        raise DomainError("input.invalid", field="reason", problem=Problem("void_other"))


def valid_payment_by_receipt(session: Session, receipt_no: str) -> tuple[Payment, str]:
    """The payment of ``receipt_no`` and the number as stored; refused if unknown or void."""
    found = session.execute(
        select(Payment, Receipt.receipt_no)
        .join(Receipt, Receipt.payment_uuid == Payment.uuid)
        .where(Receipt.receipt_no == receipt_no.strip().upper())
    ).first()
    if found is None:
        raise DomainError("payment.not_found", receipt_no=receipt_no)
    payment, number = found
    if payment.status == "void":
        raise DomainError("void.already_void", receipt_no=number)
    return payment, number


def take_back_credit(account: Account, payment: Payment, number: str) -> None:
    """Undo the credit ``payment`` put on the account, refused if it has been used since."""
    if not payment.credit_minor:
        return
    if account.credit_minor < payment.credit_minor:
        cur = payment.currency
        raise DomainError(
            "void.credit_used",
            receipt_no=number,
            credit=Money(payment.credit_minor, cur).as_str(),
            available=Money(account.credit_minor, cur).as_str(),
        )
    account.credit_minor -= payment.credit_minor


def void_payment(
    uow: UnitOfWork,
    clerk: AuthenticatedUser,
    approver: AuthenticatedUser,
    receipt_no: str,
    reason_code: str,
    reason_text: str = "",
    *,
    now: dt.datetime | None = None,
) -> VoidResult:
    """Void the payment of ``receipt_no``; refuse with nothing written when not allowed."""
    check_undo_request(clerk, approver, reason_code, reason_text)
    s = uow.session
    payment, number = valid_payment_by_receipt(s, receipt_no)
    till = s.get(Till, payment.session_uuid) if payment.session_uuid else None
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    if till is None or till.business_day != today:
        day = till.business_day.isoformat() if till else payment.created_at.date().isoformat()
        raise DomainError("void.not_same_day", receipt_no=number, day=day)
    if till.status != "open":
        raise DomainError("void.session_closed", receipt_no=number)
    account = s.get(Account, payment.account_id)
    assert account is not None
    take_back_credit(account, payment, number)
    reopened: list[str] = []
    for allocation, bill_no in s.execute(
        select(Allocation, Bill.bill_no)
        .join(Bill, Bill.id == Allocation.bill_id)
        .where(Allocation.payment_uuid == payment.uuid)
        .order_by(Bill.due_date)
    ):
        s.execute(
            update(Bill)
            .where(Bill.id == allocation.bill_id)
            .values(open_minor=Bill.open_minor + allocation.amount_minor)
        )
        reopened.append(bill_no)
    payment.status = "void"
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    void = PaymentVoid(
        uuid=str(uuid.uuid4()),
        payment_uuid=payment.uuid,
        reason_code=reason_code,
        reason_text=reason_text.strip(),
        requested_by=clerk.id,
        approved_by=approver.id,
        created_at=moment,
    )
    s.add(void)
    payload = {
        "void_uuid": void.uuid,
        "payment_uuid": payment.uuid,
        "receipt_no": number,
        "reason": reason_code,
        "reason_text": reason_text.strip(),
        "requested_by": clerk.username,
        "approved_by": approver.username,
        "created_at": moment.isoformat(),
    }
    enqueue(s, "payment", payment.uuid, "void", payload, moment)
    s.flush()
    journal.append(
        s, "payment.void", payload, username=clerk.username, entity_uuid=payment.uuid, now=now
    )
    result = VoidResult(
        number,
        payment.uuid,
        Money(payment.amount_minor, payment.currency),
        payment.tender,
        tuple(reopened),
        approver.username,
    )
    uow.commit()
    return result
