"""Installment plans as plain records: one plan with its installments, the agreement to print,
the receipt's progress line and the statement's plan block.

Why a read model: the window, the CLI (JSON), the agreement PDF, the receipt and the
statement all show the same figures; they are computed once here from one read session, and
no ORM object leaves this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.plan_payments import installment_status
from desktop.money import Money
from desktop.services.certificates import Issuer, issuer
from desktop.services.payments import find_account
from desktop.services.plan_ledger import installment_states
from desktop.services.statements import AccountHeader, account_header
from desktop.store.models import (
    Account,
    Bill,
    InstallmentPlan,
    PlanBill,
    Receipt,
    ServicePoint,
    User,
)


@dataclass(frozen=True, slots=True)
class InstallmentView:
    """One installment as shown. Fields: seq, due_date, amount, paid, remaining, status
    (paid, partly_paid, late, due), days_late (0 unless late)."""

    seq: int
    due_date: dt.date
    amount: Money
    paid: Money
    remaining: Money
    status: str
    days_late: int


@dataclass(frozen=True, slots=True)
class PlanBillView:
    """A bill in the plan. Fields: bill_no, service, period_start, period_end, due_date,
    open_at_start (when agreed), open_now."""

    bill_no: str
    service: str
    period_start: dt.date
    period_end: dt.date
    due_date: dt.date
    open_at_start: Money
    open_now: Money


@dataclass(frozen=True, slots=True)
class PlanView:
    """A plan with everything the counter, the manager and the agreement show.

    Fields: uuid, reference, status, account_no, category, currency, agreed_on; total (debt
    covered), down_payment, financed (sum of the installments), paid and remaining (on the
    installments); installments; bills; down_receipt_no; created_by, approved_by,
    approval_reason, violations (rule codes approved past); previous and replaced_by (plan
    references); ended_on, end_reason; frequency_months, break_after_days (from the policy in
    force when agreed).
    """

    uuid: str
    reference: str
    status: str
    account_no: str
    category: str
    currency: str
    agreed_on: dt.date
    total: Money
    down_payment: Money
    financed: Money
    paid: Money
    remaining: Money
    installments: tuple[InstallmentView, ...]
    bills: tuple[PlanBillView, ...]
    down_receipt_no: str | None
    created_by: str
    approved_by: str | None
    approval_reason: str | None
    violations: tuple[str, ...]
    previous: str | None
    replaced_by: str | None
    ended_on: dt.date | None
    end_reason: str | None
    frequency_months: int
    break_after_days: int


def plan_view(session: Session, row: InstallmentPlan, account_no: str, today: dt.date) -> PlanView:
    cur = row.currency
    states = installment_states(session, row.uuid, cur)
    insts = tuple(
        InstallmentView(
            s.seq,
            s.due_date,
            s.amount,
            s.paid,
            s.remaining,
            installment_status(s, today),
            max(0, (today - s.due_date).days) if installment_status(s, today) == "late" else 0,
        )
        for s in states
    )
    bills = tuple(
        PlanBillView(
            b.bill_no,
            service,
            b.period_start,
            b.period_end,
            b.due_date,
            Money(start, cur),
            Money(b.open_minor, cur),
        )
        for b, service, start in session.execute(
            select(Bill, ServicePoint.service, PlanBill.open_minor_at_start)
            .join(PlanBill, PlanBill.bill_id == Bill.id)
            .join(ServicePoint, ServicePoint.id == Bill.service_point_id)
            .where(PlanBill.plan_uuid == row.uuid)
            .order_by(Bill.due_date, Bill.bill_no)
        )
    )
    receipt_no = None
    if row.down_payment_uuid:
        receipt_no = session.scalar(
            select(Receipt.receipt_no).where(Receipt.payment_uuid == row.down_payment_uuid)
        )
    previous = replaced = None
    if row.previous_uuid:
        previous = session.scalar(
            select(InstallmentPlan.reference).where(InstallmentPlan.uuid == row.previous_uuid)
        )
    replaced = session.scalar(
        select(InstallmentPlan.reference).where(InstallmentPlan.previous_uuid == row.uuid)
    )
    paid = sum(i.paid.minor for i in insts)
    policy = row.policy or {}
    return PlanView(
        row.uuid,
        row.reference,
        row.status,
        account_no,
        row.category,
        cur,
        row.agreed_on,
        Money(row.total_minor, cur),
        Money(row.down_minor, cur),
        Money(row.financed_minor, cur),
        Money(paid, cur),
        Money(row.financed_minor - paid, cur),
        insts,
        bills,
        receipt_no,
        row.created_by,
        row.approved_by,
        row.approval_reason,
        tuple(v.get("rule", "") for v in (row.violations or [])),
        previous,
        replaced,
        row.ended_on,
        row.end_reason,
        row.frequency_months,
        int(policy.get("break_after_days", 30)),
    )


def show_plans(
    session: Session, account_no: str, *, today: dt.date | None = None
) -> tuple[PlanView | None, tuple[PlanView, ...]]:
    """(the active plan or None, every plan of the account, newest first)."""
    account = find_account(session, account_no)
    day = today or dt.date.today()
    rows = session.scalars(
        select(InstallmentPlan)
        .where(InstallmentPlan.account_id == account.id)
        .order_by(InstallmentPlan.created_at.desc(), InstallmentPlan.reference.desc())
    ).all()
    views = tuple(plan_view(session, r, account.account_no, day) for r in rows)
    active = next((v for v in views if v.status == "active"), None)
    return active, views


def plan_by_reference(
    session: Session, reference: str, *, today: dt.date | None = None
) -> PlanView:
    row = session.scalars(
        select(InstallmentPlan).where(InstallmentPlan.reference == reference.strip().upper())
    ).first()
    if row is None:
        raise DomainError("plan.not_found", reference=reference)
    account_no = session.scalar(select(Account.account_no).where(Account.id == row.account_id))
    return plan_view(session, row, account_no or "", today or dt.date.today())


@dataclass(frozen=True, slots=True)
class PlanAgreement:
    """The agreement (échéancier) to print and sign. Fields: issuer, account (header), plan,
    clerk (full name), approver (full name or None), printed_on."""

    issuer: Issuer
    account: AccountHeader
    plan: PlanView
    clerk: str
    approver: str | None
    printed_on: dt.date


def plan_agreement(
    session: Session, reference: str, *, today: dt.date | None = None
) -> PlanAgreement:
    """Everything the agreement PDF prints, for the plan ``reference``."""
    plan = plan_by_reference(session, reference, today=today)
    account = find_account(session, plan.account_no)

    def full_name(username: str | None) -> str | None:
        if not username:
            return None
        return session.scalar(select(User.full_name).where(User.username == username)) or username

    return PlanAgreement(
        issuer(session),
        account_header(account),
        plan,
        full_name(plan.created_by) or "",
        full_name(plan.approved_by),
        today or dt.date.today(),
    )


def plan_json(view: PlanView) -> dict[str, Any]:
    """The JSON form used by `guichet plan show` (amounts as decimal strings)."""
    return {
        "reference": view.reference,
        "status": view.status,
        "account_no": view.account_no,
        "category": view.category,
        "currency": view.currency,
        "agreed_on": view.agreed_on.isoformat(),
        "total": view.total.as_str(),
        "down_payment": view.down_payment.as_str(),
        "financed": view.financed.as_str(),
        "paid": view.paid.as_str(),
        "remaining": view.remaining.as_str(),
        "down_receipt_no": view.down_receipt_no,
        "installments": [
            {
                "seq": i.seq,
                "due_date": i.due_date.isoformat(),
                "amount": i.amount.as_str(),
                "paid": i.paid.as_str(),
                "remaining": i.remaining.as_str(),
                "status": i.status,
                "days_late": i.days_late,
            }
            for i in view.installments
        ],
        "bills": [
            {
                "bill_no": b.bill_no,
                "due_date": b.due_date.isoformat(),
                "open_at_start": b.open_at_start.as_str(),
                "open_now": b.open_now.as_str(),
            }
            for b in view.bills
        ],
        "created_by": view.created_by,
        "approved_by": view.approved_by,
        "approval_reason": view.approval_reason,
        "violations": list(view.violations),
        "previous": view.previous,
        "replaced_by": view.replaced_by,
        "ended_on": view.ended_on.isoformat() if view.ended_on else None,
        "end_reason": view.end_reason,
    }
