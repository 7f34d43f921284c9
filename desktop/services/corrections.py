"""Correcting a payment of a closed till or day: a new reversing payment, never an edit.

Why: once the till is counted (and the day closed, its Z printed and chained into the
journal) the payment must stay exactly as it was. The correction is a new payment in the clerk's current
till with the opposite amounts: its own receipt number, allocations that give the bills their
open amounts back, installment allocations that un-fill the plan, the credit taken back, an
outbox row and a journal entry, all in one transaction, with a manager's approval typed on
the spot. A payment whose till is still open is voided instead (see voids.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update

from desktop.config import load_terminal_settings
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser
from desktop.services.payments import next_receipt_number
from desktop.services.tills import require_open_till
from desktop.services.voids import check_undo_request, take_back_credit, valid_payment_by_receipt
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import (
    Account,
    Allocation,
    Bill,
    InstallmentAllocation,
    Payment,
    PaymentCorrection,
    Receipt,
    Till,
)
from desktop.store.outbox import enqueue


@dataclass(frozen=True, slots=True)
class CorrectionResult:
    """A committed correction. Fields: original_receipt_no, receipt_no (of the reversal),
    amount (given back, positive), tender, reopened (bill numbers), approved_by."""

    original_receipt_no: str
    receipt_no: str
    amount: Money
    tender: str
    reopened: tuple[str, ...]
    approved_by: str


def correct_payment(
    uow: UnitOfWork,
    clerk: AuthenticatedUser,
    approver: AuthenticatedUser,
    receipt_no: str,
    reason_code: str,
    reason_text: str = "",
    *,
    now: dt.datetime | None = None,
) -> CorrectionResult:
    """Reverse the payment of ``receipt_no`` (its till closed); nothing written if refused."""
    check_undo_request(clerk, approver, reason_code, reason_text)
    s = uow.session
    settings = load_terminal_settings(s)
    original, number = valid_payment_by_receipt(s, receipt_no)
    if original.amount_minor <= 0 or original.channel == "correction":
        raise DomainError("correction.not_a_payment", receipt_no=number)
    if s.scalar(
        select(PaymentCorrection.uuid).where(PaymentCorrection.original_uuid == original.uuid)
    ):
        raise DomainError("correction.already_done", receipt_no=number)
    source = s.get(Till, original.session_uuid) if original.session_uuid else None
    if source is not None and source.status == "open":
        raise DomainError("correction.use_void", receipt_no=number)
    till = require_open_till(s, settings, clerk)
    account = s.get(Account, original.account_id)
    assert account is not None
    take_back_credit(account, original, number)  # the last check: nothing written before it

    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    created_at = moment.replace(tzinfo=None)
    year = moment.astimezone().year
    seq, reversal_no = next_receipt_number(s, settings, year)
    reversal = Payment(
        uuid=str(uuid.uuid4()),
        account_id=original.account_id,
        created_at=created_at,
        channel="correction",
        tender=original.tender,
        currency=original.currency,
        amount_minor=-original.amount_minor,
        credit_minor=-original.credit_minor,
        tendered_minor=None,
        change_minor=0,
        card_scheme=original.card_scheme,
        card_last4=original.card_last4,
        auth_code=original.auth_code,
        terminal_ref=original.terminal_ref,
        user_id=clerk.id,
        agency=settings.agency_code,
        terminal=settings.terminal_code,
        status="valid",
        session_uuid=till.uuid,
    )
    s.add(reversal)
    s.flush()
    reopened: list[str] = []
    for allocation, bill_no in s.execute(
        select(Allocation, Bill.bill_no)
        .join(Bill, Bill.id == Allocation.bill_id)
        .where(Allocation.payment_uuid == original.uuid)
        .order_by(Bill.due_date)
    ).all():
        s.execute(
            update(Bill)
            .where(Bill.id == allocation.bill_id)
            .values(open_minor=Bill.open_minor + allocation.amount_minor)
        )
        s.add(
            Allocation(
                uuid=str(uuid.uuid4()),
                payment_uuid=reversal.uuid,
                bill_id=allocation.bill_id,
                amount_minor=-allocation.amount_minor,
            )
        )
        reopened.append(bill_no)
    for filled in s.scalars(
        select(InstallmentAllocation).where(InstallmentAllocation.payment_uuid == original.uuid)
    ).all():
        s.add(
            InstallmentAllocation(
                uuid=str(uuid.uuid4()),
                installment_uuid=filled.installment_uuid,
                payment_uuid=reversal.uuid,
                amount_minor=-filled.amount_minor,
                created_at=created_at,
            )
        )
    s.add(
        Receipt(
            receipt_no=reversal_no,
            uuid=str(uuid.uuid4()),
            payment_uuid=reversal.uuid,
            agency=settings.agency_code,
            terminal=settings.terminal_code,
            year=year,
            seq=seq,
            issued_at=created_at,
            print_count=0,
        )
    )
    link = PaymentCorrection(
        uuid=str(uuid.uuid4()),
        original_uuid=original.uuid,
        correction_uuid=reversal.uuid,
        reason_code=reason_code,
        reason_text=reason_text.strip(),
        requested_by=clerk.id,
        approved_by=approver.id,
        created_at=created_at,
    )
    s.add(link)
    payload = {
        "correction_uuid": link.uuid,
        "original_payment_uuid": original.uuid,
        "original_receipt_no": number,
        "payment_uuid": reversal.uuid,
        "receipt_no": reversal_no,
        "account_no": account.account_no,
        "amount": Money(-original.amount_minor, original.currency).as_str(),
        "tender": original.tender,
        "reason": reason_code,
        "reason_text": reason_text.strip(),
        "session_uuid": till.uuid,
        "requested_by": clerk.username,
        "approved_by": approver.username,
        "created_at": created_at.isoformat(),
        "agency": settings.agency_code,
        "terminal": settings.terminal_code,  # central's receipt key
    }
    enqueue(s, "payment_correction", link.uuid, "create", payload, created_at)
    s.flush()
    journal.append(
        s,
        "payment.correction",
        payload,
        username=clerk.username,
        entity_uuid=reversal.uuid,
        now=now,
    )
    result = CorrectionResult(
        number,
        reversal_no,
        Money(original.amount_minor, original.currency),
        original.tender,
        tuple(reopened),
        approver.username,
    )
    uow.commit()
    return result
