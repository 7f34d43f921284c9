"""How a counter payment meets an active installment plan, and how a plan's life is judged.

Why its own module: the order in which money is applied is the promise made to the customer
who keeps a plan (what falls due is settled first, so a payment never leaves an installment
late while paying a newer bill), and it must be identical in the preview and in the payment.

Order, for a payment with no bills chosen by the clerk:

1. installments already due (oldest first): the money goes to the plan's bills, oldest first;
2. the account's other open bills, oldest first;
3. the plan's bills again, i.e. future installments paid in advance;
4. what is left becomes account credit when the agency allows it.

Whatever part of a payment lands on the plan's bills (by this order or by the clerk's own
choice of bills) fills the installments in sequence, so "unpaid on the installments" and "open
on the plan's bills" move together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.allocation import (
    AllocationLine,
    AllocationPlan,
    OpenBill,
    allocate,
    oldest_first,
)
from desktop.domain.errors import DomainError
from desktop.money import Money

INSTALLMENT_STATUSES = ("paid", "partly_paid", "late", "due")


@dataclass(frozen=True, slots=True)
class InstallmentState:
    """An installment as it stands. Fields: uuid, seq, due_date, amount, paid (by valid
    payments)."""

    uuid: str
    seq: int
    due_date: dt.date
    amount: Money
    paid: Money

    @property
    def remaining(self) -> Money:
        return self.amount - self.paid


@dataclass(frozen=True, slots=True)
class ActivePlan:
    """The active plan of an account. Fields: uuid, reference, bill_ids (the bills it covers),
    installments (in sequence)."""

    uuid: str
    reference: str
    bill_ids: frozenset[int]
    installments: tuple[InstallmentState, ...]

    @property
    def remaining(self) -> int:
        return sum(i.remaining.minor for i in self.installments)

    def due_remaining(self, today: dt.date) -> int:
        return sum(i.remaining.minor for i in self.installments if i.due_date <= today)


def installment_status(inst: InstallmentState, today: dt.date) -> str:
    """paid, late (due date passed, money missing), partly_paid, or due (nothing paid yet)."""
    if inst.remaining.minor <= 0:
        return "paid"
    if inst.due_date < today:
        return "late"
    return "partly_paid" if inst.paid.minor > 0 else "due"


def allocate_with_plan(
    amount: Money,
    bills: Sequence[OpenBill],
    plan: ActivePlan | None,
    today: dt.date,
    *,
    allow_credit: bool = False,
    account_no: str = "",
) -> AllocationPlan:
    """``allocate`` in the plan order above; the same as ``allocate`` when there is no plan."""
    if plan is None:
        return allocate(amount, bills, allow_credit=allow_credit, account_no=account_no)
    if amount.minor <= 0:
        raise DomainError("amount.zero", text=amount.as_str())
    open_bills = [b for b in bills if b.open.minor > 0]
    in_plan = oldest_first([b for b in open_bills if b.bill_id in plan.bill_ids])
    others = oldest_first([b for b in open_bills if b.bill_id not in plan.bill_ids])
    left = {b.bill_id: b.open.minor for b in open_bills}
    taken: dict[int, int] = {}
    remaining = amount.minor

    def pour(targets: list[OpenBill], cap: int) -> None:
        nonlocal remaining
        for bill in targets:
            take = min(remaining, cap, left[bill.bill_id])
            if take <= 0:
                continue
            taken[bill.bill_id] = taken.get(bill.bill_id, 0) + take
            left[bill.bill_id] -= take
            remaining -= take
            cap -= take

    pour(in_plan, plan.due_remaining(today))
    pour(others, remaining)
    pour(in_plan, remaining)
    if remaining and not allow_credit:
        due = sum(b.open.minor for b in open_bills)
        if due == 0:
            raise DomainError("payment.nothing_due", account_no=account_no)
        raise DomainError(
            "payment.overpayment", amount=amount.as_str(), due=Money(due, amount.currency).as_str()
        )
    order = {b.bill_id: b for b in oldest_first(open_bills)}
    lines = tuple(
        AllocationLine(bill_id, order[bill_id].bill_no, Money(taken[bill_id], amount.currency))
        for bill_id in order
        if taken.get(bill_id)
    )
    return AllocationPlan(lines, Money(remaining, amount.currency), amount)


def fill_installments(plan: ActivePlan, money: Money) -> tuple[tuple[InstallmentState, Money], ...]:
    """Spread ``money`` (what a payment put on the plan's bills) over the installments in
    sequence; money beyond the last installment fills nothing (it still settled the bills)."""
    left = money.minor
    fills = []
    for inst in plan.installments:
        if left <= 0:
            break
        take = min(left, inst.remaining.minor)
        if take > 0:
            fills.append((inst, Money(take, money.currency)))
            left -= take
    return tuple(fills)


def plan_money(lines: Sequence[AllocationLine], plan: ActivePlan, currency: str) -> Money:
    """The part of an allocation that landed on the plan's bills."""
    return Money(sum(x.amount.minor for x in lines if x.bill_id in plan.bill_ids), currency)


def breaking_installment(
    installments: Sequence[InstallmentState], today: dt.date, break_after_days: int
) -> InstallmentState | None:
    """The first installment still unpaid more than ``break_after_days`` after its due date
    (the plan is broken because of it), or None."""
    for inst in installments:
        if inst.remaining.minor > 0 and (today - inst.due_date).days > break_after_days:
            return inst
    return None
