"""The stored side of installment plans that payments, statements and receipts need.

Why apart from ``services.plans``: taking a payment must fill installments inside the
payment's own transaction, and ``services.plans`` itself takes the down payment through
``services.payments``; this module depends on neither, so there is no import cycle. It
reads the active plan (installments paid = their fills by *valid* payments, so a void
un-fills them), records fills, changes a plan's status, loads the policy, and writes the
journal and outbox rows of all of it.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.allocation import AllocationLine
from desktop.domain.errors import DomainError, Problem
from desktop.domain.plan_payments import ActivePlan, InstallmentState, fill_installments, plan_money
from desktop.domain.plans import PlanPolicy, policy_from_mapping
from desktop.money import Money
from desktop.store import journal
from desktop.store.models import (
    Account,
    InstallmentAllocation,
    InstallmentPlan,
    Payment,
    PlanBill,
    PlanInstallment,
    Setting,
)
from desktop.store.outbox import enqueue as add_outbox

POLICY_KEY = "plan_policy"
"""Settings key holding the policies as JSON: {"residential_individual": {"max_installments":
12, ...}, ...}; missing categories and keys keep the defaults of ``desktop.domain.plans``."""


def load_policy(session: Session, category: str) -> PlanPolicy:
    """The policy of ``category``: defaults with the ``plan_policy`` setting laid over them."""
    raw = session.get(Setting, POLICY_KEY)
    values: dict[str, Any] = {}
    if raw is not None and raw.value.strip():
        try:
            values = json.loads(raw.value)
        except ValueError:
            raise DomainError(
                "plan.policy_invalid",
                category=category,
                problem=Problem("plan_policy_not_json"),
            ) from None
        if not isinstance(values, dict):
            raise DomainError(
                "plan.policy_invalid",
                category=category,
                problem=Problem("plan_policy_not_object"),
            )
    return policy_from_mapping(category, values.get(category))


def policy_dict(policy: PlanPolicy) -> dict[str, Any]:
    return asdict(policy)


def installment_states(
    session: Session, plan_uuid: str, currency: str
) -> tuple[InstallmentState, ...]:
    """The installments of a plan in sequence, with what valid payments paid on each."""
    paid = (
        select(
            InstallmentAllocation.installment_uuid.label("iu"),
            func.sum(InstallmentAllocation.amount_minor).label("paid"),
        )
        .join(Payment, Payment.uuid == InstallmentAllocation.payment_uuid)
        .where(Payment.status == "valid")
        .group_by(InstallmentAllocation.installment_uuid)
        .subquery()
    )
    rows = session.execute(
        select(PlanInstallment, func.coalesce(paid.c.paid, 0))
        .outerjoin(paid, paid.c.iu == PlanInstallment.uuid)
        .where(PlanInstallment.plan_uuid == plan_uuid)
        .order_by(PlanInstallment.seq)
    ).all()
    return tuple(
        InstallmentState(
            i.uuid, i.seq, i.due_date, Money(i.amount_minor, currency), Money(int(p), currency)
        )
        for i, p in rows
    )


def active_plan_row(session: Session, account_id: int) -> InstallmentPlan | None:
    return session.scalars(
        select(InstallmentPlan)
        .where(InstallmentPlan.account_id == account_id, InstallmentPlan.status == "active")
        .order_by(InstallmentPlan.created_at.desc())
    ).first()


def plan_state(session: Session, row: InstallmentPlan) -> ActivePlan:
    bill_ids = frozenset(
        session.scalars(select(PlanBill.bill_id).where(PlanBill.plan_uuid == row.uuid))
    )
    return ActivePlan(
        row.uuid, row.reference, bill_ids, installment_states(session, row.uuid, row.currency)
    )


def active_plan_state(session: Session, account_id: int) -> ActivePlan | None:
    """The account's active plan as the payment order needs it, or None."""
    row = active_plan_row(session, account_id)
    return plan_state(session, row) if row is not None else None


@dataclass(frozen=True, slots=True)
class FillResult:
    """What a payment did to the plan. Fields: plan_reference, fills ((seq, amount) pairs),
    completed (the payment settled the last installment)."""

    plan_reference: str
    fills: tuple[tuple[int, Money], ...]
    completed: bool


def record_installment_fills(
    session: Session,
    account: Account,
    payment_uuid: str,
    lines: Sequence[AllocationLine],
    *,
    username: str,
    agency: str,
    created_at: dt.datetime,
    now: dt.datetime | None = None,
) -> FillResult | None:
    """Inside the payment's transaction: fill the active plan's installments with what the
    payment put on the plan's bills, journal it, and complete the plan when nothing is left."""
    row = active_plan_row(session, account.id)
    if row is None:
        return None
    plan = plan_state(session, row)
    money = plan_money(lines, plan, account.currency)
    fills = fill_installments(plan, money) if money.minor else ()
    for inst, amount in fills:
        session.add(
            InstallmentAllocation(
                uuid=str(uuid.uuid4()),
                installment_uuid=inst.uuid,
                payment_uuid=payment_uuid,
                amount_minor=amount.minor,
                created_at=created_at,
            )
        )
    if fills:
        payload = {
            "plan_uuid": row.uuid,
            "reference": row.reference,
            "payment_uuid": payment_uuid,
            "account_no": account.account_no,
            "agency": agency,
            "fills": [
                {"installment_uuid": i.uuid, "seq": i.seq, "amount": a.as_str()} for i, a in fills
            ],
        }
        add_outbox(session, "installment_allocation", payment_uuid, "create", payload, created_at)
        session.flush()
        journal.append(
            session, "plan.installments", payload, username=username, entity_uuid=row.uuid, now=now
        )
    completed = bool(fills) and plan.remaining - money.minor <= 0
    if completed:
        set_status(
            session,
            row,
            "completed",
            "all installments paid",
            username=username,
            agency=agency,
            today=created_at.date(),
            now=now,
        )
    return FillResult(row.reference, tuple((i.seq, a) for i, a in fills), completed)


def set_status(
    session: Session,
    row: InstallmentPlan,
    status: str,
    reason: str,
    *,
    username: str,
    agency: str,
    today: dt.date,
    now: dt.datetime | None = None,
) -> None:
    """Move a plan to ``status`` (completed, broken, cancelled, or back to active), with the
    journal entry and the outbox row; the bills are not touched (their debt never moved)."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    previous = row.status
    row.status = status
    if status == "active":
        row.ended_at, row.ended_on, row.end_reason = None, None, None
    else:
        row.ended_at, row.ended_on, row.end_reason = moment, today, reason
    payload = {
        "plan_uuid": row.uuid,
        "reference": row.reference,
        "from": previous,
        "to": status,
        "reason": reason,
        "on": today.isoformat(),
        "agency": agency,
    }
    add_outbox(session, "installment_plan", row.uuid, "status", payload, moment)
    session.flush()
    kind = "plan.reopened" if status == "active" else f"plan.{status}"
    journal.append(session, kind, payload, username=username, entity_uuid=row.uuid, now=now)


@dataclass(frozen=True, slots=True)
class PlanProgress:
    """A plan as it stood right after one payment (for its receipt). Fields: reference,
    paid_count, count, remaining, next_due (date or None), next_amount (or None)."""

    reference: str
    paid_count: int
    count: int
    remaining: Money
    next_due: dt.date | None
    next_amount: Money | None


def progress_after_payment(session: Session, payment: Payment) -> PlanProgress | None:
    """The progress of the plan this payment filled or opened (its down payment), counting
    only valid payments made up to it, so a reprint says what the original said."""
    plan_uuid = session.scalar(
        select(PlanInstallment.plan_uuid)
        .join(InstallmentAllocation, InstallmentAllocation.installment_uuid == PlanInstallment.uuid)
        .where(InstallmentAllocation.payment_uuid == payment.uuid)
    ) or session.scalar(
        select(InstallmentPlan.uuid).where(InstallmentPlan.down_payment_uuid == payment.uuid)
    )
    if plan_uuid is None:
        return None
    row = session.get(InstallmentPlan, plan_uuid)
    assert row is not None
    cur = row.currency
    paid = dict(
        session.execute(
            select(
                InstallmentAllocation.installment_uuid, func.sum(InstallmentAllocation.amount_minor)
            )
            .join(Payment, Payment.uuid == InstallmentAllocation.payment_uuid)
            .join(PlanInstallment, PlanInstallment.uuid == InstallmentAllocation.installment_uuid)
            .where(
                PlanInstallment.plan_uuid == plan_uuid,
                Payment.status == "valid",
                Payment.created_at <= payment.created_at,
            )
            .group_by(InstallmentAllocation.installment_uuid)
        ).all()
    )
    insts = session.scalars(
        select(PlanInstallment)
        .where(PlanInstallment.plan_uuid == plan_uuid)
        .order_by(PlanInstallment.seq)
    ).all()
    left = [(i, i.amount_minor - int(paid.get(i.uuid, 0))) for i in insts]
    nxt = next(((i, r) for i, r in left if r > 0), None)
    return PlanProgress(
        row.reference,
        sum(1 for _, r in left if r <= 0),
        len(insts),
        Money(sum(r for _, r in left), cur),
        nxt[0].due_date if nxt else None,
        Money(nxt[1], cur) if nxt else None,
    )
