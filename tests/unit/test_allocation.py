"""Allocation of a payment over open bills: the rules the preview and the commit share."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.domain.allocation import AllocationPlan, OpenBill, allocate
from desktop.domain.errors import DomainError
from desktop.money import Money

CUR = "DZD"


def bill(n: int, due: str, open_minor: int) -> OpenBill:
    return OpenBill(n, f"F{n:03d}", dt.date.fromisoformat(due), Money(open_minor, CUR))


JAN, FEB, MAR = (
    bill(1, "2025-01-15", 10_000),
    bill(2, "2025-02-15", 20_000),
    bill(3, "2025-03-15", 5_000),
)


def dzd(minor: int) -> Money:
    return Money(minor, CUR)


def settled(plan: AllocationPlan) -> dict[str, int]:
    return {line.bill_no: line.amount.minor for line in plan.lines}


def test_partial_payment_settles_oldest_bill_first() -> None:
    plan = allocate(dzd(15_000), [MAR, FEB, JAN])
    assert settled(plan) == {"F001": 10_000, "F002": 5_000}
    assert [line.bill_no for line in plan.lines] == ["F001", "F002"]
    assert plan.credit == dzd(0) and plan.total == dzd(15_000)


def test_exact_payment_settles_every_bill() -> None:
    plan = allocate(dzd(35_000), [FEB, MAR, JAN])
    assert settled(plan) == {"F001": 10_000, "F002": 20_000, "F003": 5_000}
    assert not plan.credit


def test_bills_due_the_same_day_are_settled_in_reference_order() -> None:
    a, b = bill(7, "2025-01-01", 100), bill(5, "2025-01-01", 100)
    plan = allocate(dzd(150), [a, b])
    assert settled(plan) == {"F005": 100, "F007": 50}


def test_selected_bills_only_receive_the_payment_even_when_older_bills_are_open() -> None:
    plan = allocate(dzd(20_000), [JAN, FEB, MAR], selected=["F002"])
    assert settled(plan) == {"F002": 20_000}


def test_overpayment_is_refused_when_the_agency_keeps_no_credit() -> None:
    with pytest.raises(DomainError) as err:
        allocate(dzd(40_000), [JAN, FEB, MAR])
    assert err.value.code == "payment.overpayment"
    assert err.value.params == {"amount": "400.00", "due": "350.00"}


def test_overpayment_becomes_credit_when_allowed() -> None:
    plan = allocate(dzd(40_000), [JAN, FEB, MAR], allow_credit=True)
    assert plan.credit == dzd(5_000)
    assert sum(settled(plan).values()) == 35_000


def test_paying_an_account_with_nothing_due_is_refused_without_credit() -> None:
    with pytest.raises(DomainError) as err:
        allocate(dzd(100), [bill(1, "2025-01-01", 0)], account_no="240100001")
    assert err.value.code == "payment.nothing_due"
    assert err.value.params["account_no"] == "240100001"
    assert allocate(dzd(100), [], allow_credit=True).credit == dzd(100)


@pytest.mark.parametrize("minor", [0, -100])
def test_a_zero_or_negative_amount_is_refused(minor: int) -> None:
    with pytest.raises(DomainError) as err:
        allocate(dzd(minor), [JAN])
    assert err.value.code == "amount.zero"


@pytest.mark.parametrize(
    ("selected", "code"),
    [
        (["F404"], "bill.not_found"),
        (["F001", "F001"], "bill.duplicate"),
        (["F009"], "bill.already_paid"),
    ],
)
def test_a_bad_selection_is_refused(selected: list[str], code: str) -> None:
    paid = bill(9, "2024-12-01", 0)
    with pytest.raises(DomainError) as err:
        allocate(dzd(100), [JAN, FEB, paid], selected=selected, account_no="240100001")
    assert err.value.code == code
    assert err.value.params["bill_no"] == selected[-1]


@st.composite
def open_bills(draw: st.DrawFn) -> list[OpenBill]:
    n = draw(st.integers(min_value=0, max_value=8))
    days = draw(st.lists(st.integers(0, 400), min_size=n, max_size=n))
    opens = draw(st.lists(st.integers(0, 500_000), min_size=n, max_size=n))
    start = dt.date(2024, 1, 1)
    return [
        OpenBill(i, f"B{i:03d}", start + dt.timedelta(days=d), dzd(o))
        for i, (d, o) in enumerate(zip(days, opens, strict=True))
    ]


@given(open_bills(), st.integers(1, 3_000_000), st.booleans(), st.data())
def test_allocation_invariants_hold_for_any_bills_and_amount(
    bills: list[OpenBill], amount: int, allow_credit: bool, data: st.DataObject
) -> None:
    payable = [b for b in bills if b.open.minor > 0]
    selected = None
    if payable and data.draw(st.booleans()):
        chosen = data.draw(st.lists(st.sampled_from(payable), min_size=1, unique=True))
        selected = [b.bill_no for b in chosen]
    targets = [b for b in payable if selected is None or b.bill_no in selected]
    due = sum(b.open.minor for b in targets)
    try:
        plan = allocate(dzd(amount), bills, selected=selected, allow_credit=allow_credit)
    except DomainError as err:
        # Refused only for overpayment without credit, and then truly an overpayment.
        assert not allow_credit and amount > due
        assert err.code == ("payment.nothing_due" if due == 0 else "payment.overpayment")
        return
    assert allow_credit or amount <= due
    by_no = {b.bill_no: b for b in bills}
    # allocations + credit == payment
    assert sum(line.amount.minor for line in plan.lines) + plan.credit.minor == amount
    assert plan.total == dzd(amount)
    # no bill over its open amount, no empty line, each bill once, only targeted bills
    assert all(0 < line.amount.minor <= by_no[line.bill_no].open.minor for line in plan.lines)
    assert len({line.bill_no for line in plan.lines}) == len(plan.lines)
    assert {line.bill_no for line in plan.lines} <= {b.bill_no for b in targets}
    # credit only once every targeted bill is settled
    assert plan.credit.minor == max(0, amount - due)
    # oldest due first: every bill before the last one touched is settled in full,
    # and no bill after it receives anything
    order = sorted(targets, key=lambda b: (b.due_date, b.bill_no))
    touched = [b.bill_no for b in order if b.bill_no in settled(plan)]
    assert touched == [line.bill_no for line in plan.lines]
    if plan.lines:
        last = order.index(by_no[plan.lines[-1].bill_no])
        assert all(settled(plan)[b.bill_no] == b.open.minor for b in order[:last])
        assert all(b.bill_no not in settled(plan) for b in order[last + 1 :])


@given(open_bills(), st.integers(1, 3_000_000))
def test_preview_and_commit_agree_because_allocation_is_deterministic(
    bills: list[OpenBill], amount: int
) -> None:
    assume(any(b.open.minor for b in bills))
    first = allocate(dzd(amount), bills, allow_credit=True)
    assert allocate(dzd(amount), list(reversed(bills)), allow_credit=True) == first
