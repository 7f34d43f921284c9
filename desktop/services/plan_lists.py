"""The branch manager's follow-up lists: installments due soon, installments overdue, and the
accounts eligible for a power cut.

Why here: phoning or texting customers before and after a due date is how plans are kept, and
the cut list is the last resort the plans exist to avoid — so an account whose plan is active
never appears on it, whatever its bills say. Figures come from the same rules as everywhere
else (paid = fills by valid payments; thresholds from the category's policy).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.money import Money
from desktop.services.plan_ledger import load_policy
from desktop.store.models import (
    Account,
    Bill,
    InstallmentAllocation,
    InstallmentPlan,
    Payment,
    PlanInstallment,
)


@dataclass(frozen=True, slots=True)
class FollowUp:
    """An installment to follow up. Fields: account_no, name_latin, name_ar, phone1, phone2,
    reference (plan), seq, due_date, amount, paid, remaining, days_late (0 if not yet due)."""

    account_no: str
    name_latin: str
    name_ar: str
    phone1: str | None
    phone2: str | None
    reference: str
    seq: int
    due_date: dt.date
    amount: Money
    paid: Money
    remaining: Money
    days_late: int


def _open_installments(session: Session, today: dt.date) -> list[FollowUp]:
    """Every installment of an active plan with money still owed, in due order."""
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
        select(
            Account,
            InstallmentPlan.reference,
            InstallmentPlan.currency,
            PlanInstallment,
            func.coalesce(paid.c.paid, 0),
        )
        .join(InstallmentPlan, InstallmentPlan.uuid == PlanInstallment.plan_uuid)
        .join(Account, Account.id == InstallmentPlan.account_id)
        .outerjoin(paid, paid.c.iu == PlanInstallment.uuid)
        .where(InstallmentPlan.status == "active")
        .order_by(PlanInstallment.due_date, Account.account_no, PlanInstallment.seq)
    ).all()
    out = []
    for account, reference, cur, inst, paid_minor in rows:
        left = inst.amount_minor - int(paid_minor)
        if left <= 0:
            continue
        out.append(
            FollowUp(
                account.account_no,
                account.name_latin,
                account.name_ar,
                account.phone1,
                account.phone2,
                reference,
                inst.seq,
                inst.due_date,
                Money(inst.amount_minor, cur),
                Money(int(paid_minor), cur),
                Money(left, cur),
                max(0, (today - inst.due_date).days),
            )
        )
    return out


def installments_due(session: Session, *, today: dt.date, days: int) -> list[FollowUp]:
    """Installments falling due from today to ``days`` days ahead, not yet fully paid."""
    try:
        end = today + dt.timedelta(days=days)
    except OverflowError:  # a window past year 9999 (or before year 1) holds everything there is
        end = dt.date.max if days > 0 else dt.date.min
    return [f for f in _open_installments(session, today) if today <= f.due_date <= end]


def installments_overdue(session: Session, *, today: dt.date) -> list[FollowUp]:
    """Installments whose due date has passed with money still owed (plans not yet broken)."""
    return [f for f in _open_installments(session, today) if f.due_date < today]


@dataclass(frozen=True, slots=True)
class CutCandidate:
    """An account eligible for a power cut. Fields: account_no, name_latin, name_ar, category,
    phone1, city, overdue (open on bills overdue beyond the threshold), oldest_due, days_overdue,
    bills (how many), last_plan ("REF (status)" of its latest plan, or None)."""

    account_no: str
    name_latin: str
    name_ar: str
    category: str
    phone1: str | None
    city: str
    overdue: Money
    oldest_due: dt.date
    days_overdue: int
    bills: int
    last_plan: str | None


def cut_list(session: Session, *, today: dt.date) -> list[CutCandidate]:
    """Active accounts owing at least ``cut_min_minor`` on bills overdue by more than
    ``cut_after_days`` (their category's policy), with no active plan; most overdue first."""
    with_plan = select(InstallmentPlan.account_id).where(InstallmentPlan.status == "active")
    rows = session.execute(
        select(Account, Bill.due_date, Bill.open_minor)
        .join(Bill, Bill.account_id == Account.id)
        .where(
            Account.status == "active",
            Bill.open_minor > 0,
            Bill.due_date < today,
            Account.id.not_in(with_plan),
        )
        .order_by(Account.id, Bill.due_date)
    ).all()
    policies: dict[str, tuple[int, int]] = {}
    grouped: dict[int, tuple[Account, list[tuple[dt.date, int]]]] = {}
    for account, due, open_minor in rows:
        grouped.setdefault(account.id, (account, []))[1].append((due, open_minor))
    out = []
    for account, bills in grouped.values():
        if account.category not in policies:
            p = load_policy(session, account.category)
            policies[account.category] = (p.cut_after_days, p.cut_min_minor)
        after, minimum = policies[account.category]
        late = [(d, m) for d, m in bills if (today - d).days > after]
        total = sum(m for _, m in late)
        if not late or total < minimum:
            continue
        last = session.execute(
            select(InstallmentPlan.reference, InstallmentPlan.status)
            .where(InstallmentPlan.account_id == account.id)
            .order_by(InstallmentPlan.created_at.desc())
        ).first()
        out.append(
            CutCandidate(
                account.account_no,
                account.name_latin,
                account.name_ar,
                account.category,
                account.phone1,
                account.city,
                Money(total, account.currency),
                late[0][0],
                (today - late[0][0]).days,
                len(late),
                f"{last[0]} ({last[1]})" if last else None,
            )
        )
    out.sort(key=lambda c: (-c.days_overdue, c.account_no))
    return out
