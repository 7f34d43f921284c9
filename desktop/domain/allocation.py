"""How a payment is spread over an account's open bills.

Why a pure function: the counter's live preview and the committed payment must agree to the
centime, so both call ``allocate`` with the same inputs. Invariants (property-tested): the
allocated amounts plus the credit equal the payment, and no bill receives more than its open
amount.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.errors import DomainError
from desktop.money import Money


@dataclass(frozen=True, slots=True)
class OpenBill:
    """A bill that can receive money.

    Fields: bill_id (local key), bill_no (printed reference), due_date, open (Money still due).
    """

    bill_id: int
    bill_no: str
    due_date: dt.date
    open: Money


@dataclass(frozen=True, slots=True)
class AllocationLine:
    """Part of a payment settling one bill. Fields: bill_id, bill_no, amount (Money)."""

    bill_id: int
    bill_no: str
    amount: Money


@dataclass(frozen=True, slots=True)
class AllocationPlan:
    """The outcome of ``allocate``.

    Fields: lines (oldest bill first), credit (what goes to the account's credit; zero when
    none), total (the payment amount).
    """

    lines: tuple[AllocationLine, ...]
    credit: Money
    total: Money


def oldest_first(bills: Sequence[OpenBill]) -> list[OpenBill]:
    return sorted(bills, key=lambda b: (b.due_date, b.bill_no))


def allocate(
    amount: Money,
    bills: Sequence[OpenBill],
    *,
    selected: Sequence[str] | None = None,
    allow_credit: bool = False,
    account_no: str = "",
) -> AllocationPlan:
    """Spread ``amount`` over ``bills``: the selected ones if given, else all; oldest due first.

    What remains once every targeted bill is settled becomes account credit when
    ``allow_credit`` is set, and is refused otherwise (``payment.overpayment``).
    Raises ``bill.not_found`` / ``bill.already_paid`` / ``bill.duplicate`` for a bad selection.
    """
    if amount.minor <= 0:
        raise DomainError("amount.zero", text=amount.as_str())
    targets = _targets(bills, selected, account_no)
    remaining = amount.minor
    lines: list[AllocationLine] = []
    for bill in oldest_first(targets):
        if remaining == 0:
            break
        take = min(remaining, bill.open.minor)
        if take > 0:
            lines.append(AllocationLine(bill.bill_id, bill.bill_no, Money(take, amount.currency)))
            remaining -= take
    if remaining and not allow_credit:
        due = sum(b.open.minor for b in targets)
        if due == 0:
            raise DomainError("payment.nothing_due", account_no=account_no)
        raise DomainError(
            "payment.overpayment", amount=amount.as_str(), due=Money(due, amount.currency).as_str()
        )
    return AllocationPlan(tuple(lines), Money(remaining, amount.currency), amount)


def _targets(
    bills: Sequence[OpenBill], selected: Sequence[str] | None, account_no: str
) -> list[OpenBill]:
    open_bills = [b for b in bills if b.open.minor > 0]
    if not selected:
        return open_bills
    by_no = {b.bill_no: b for b in bills}
    chosen: list[OpenBill] = []
    seen: set[str] = set()
    for ref in selected:
        if ref in seen:
            raise DomainError("bill.duplicate", bill_no=ref)
        seen.add(ref)
        bill = by_no.get(ref)
        if bill is None:
            raise DomainError("bill.not_found", bill_no=ref, account_no=account_no)
        if bill.open.minor <= 0:
            raise DomainError("bill.already_paid", bill_no=ref)
        chosen.append(bill)
    return chosen
