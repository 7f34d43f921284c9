"""The pure plan rules: schedules (property-tested), month ends, policy, payment order."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.allocation import OpenBill
from desktop.domain.errors import MESSAGES, DomainError
from desktop.domain.plan_payments import (
    ActivePlan,
    InstallmentState,
    allocate_with_plan,
    breaking_installment,
    fill_installments,
    installment_status,
)
from desktop.domain.plans import (
    DEFAULT_POLICIES,
    AccountFacts,
    PlanPolicy,
    PlanTerms,
    add_months,
    policy_from_mapping,
    propose,
    schedule,
)
from desktop.money import Money

POLICY = PlanPolicy("residential_individual")
LAX = PlanPolicy(
    "x", min_down_percent=0, max_installments=1000, min_installment_minor=0, overdue_only=False
)


def dz(minor: int) -> Money:
    return Money(minor, "DZD")


dates = st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31))


@given(
    financed=st.integers(1, 10**10),
    count=st.integers(1, 60),
    day=dates,
    freq=st.integers(1, 6),
    rounding=st.sampled_from([1, 100, 1000]),
)
def test_installments_sum_to_the_plan_total_in_increasing_dates_and_the_count_asked(
    financed: int, count: int, day: dt.date, freq: int, rounding: int
) -> None:
    policy = PlanPolicy("c", frequency_months=freq, rounding_minor=rounding)
    try:
        plan = schedule(dz(financed), day, policy, count=count)
    except DomainError as err:
        assert err.code == "plan.installment_zero" and financed < count
        return
    assert len(plan) == count
    assert sum(i.amount.minor for i in plan) == financed
    assert all(i.amount.minor > 0 for i in plan)
    assert [i.seq for i in plan] == list(range(1, count + 1))
    assert all(a.due_date < b.due_date for a, b in zip(plan, plan[1:], strict=False))
    assert plan[0].due_date > day
    # Equal installments except the last, which carries the remainder.
    assert len({i.amount for i in plan[:-1]}) <= 1
    assert plan[-1].amount >= plan[0].amount


@given(financed=st.integers(1, 10**9), target=st.integers(1, 10**8), day=dates)
def test_a_target_amount_gives_installments_of_that_amount_and_a_smaller_last_one(
    financed: int, target: int, day: dt.date
) -> None:
    if financed // target > 2000:
        return
    plan = schedule(dz(financed), day, POLICY, installment=dz(target))
    assert sum(i.amount.minor for i in plan) == financed
    assert all(i.amount.minor == target for i in plan[:-1])
    assert 0 < plan[-1].amount.minor <= target


@given(
    amounts=st.lists(st.integers(1, 10**8), min_size=1, max_size=6),
    down_share=st.integers(0, 99),
    count=st.integers(1, 24),
    day=dates,
)
def test_proposing_twice_gives_the_same_plan_and_down_plus_installments_is_the_total(
    amounts: list[int], down_share: int, count: int, day: dt.date
) -> None:
    bills = tuple(
        OpenBill(i, f"F{i:03d}", day - dt.timedelta(days=10 * (i + 1)), dz(a))
        for i, a in enumerate(amounts)
    )
    facts = AccountFacts("A1", "residential_individual", "DZD", bills)
    total = sum(amounts)
    terms = PlanTerms(dz(total * down_share // 100), count)
    try:
        first = propose(facts, terms, LAX, day)
    except DomainError as err:
        assert err.code == "plan.installment_zero"
        return
    assert propose(facts, terms, LAX, day) == first
    assert first.total == dz(total)
    assert first.down_payment.minor + sum(i.amount.minor for i in first.installments) == total


@pytest.mark.parametrize(
    ("agreed", "expected"),
    [
        (dt.date(2026, 12, 31), [dt.date(2027, 1, 31), dt.date(2027, 2, 28), dt.date(2027, 3, 31)]),
        (dt.date(2027, 12, 31), [dt.date(2028, 1, 31), dt.date(2028, 2, 29), dt.date(2028, 3, 31)]),
        (dt.date(2027, 1, 30), [dt.date(2027, 2, 28), dt.date(2027, 3, 30), dt.date(2027, 4, 30)]),
    ],
)
def test_month_ends_are_clamped_and_never_drift(agreed: dt.date, expected: list[dt.date]) -> None:
    plan = schedule(dz(300_000), agreed, POLICY, count=3)
    assert [i.due_date for i in plan] == expected


def test_31_january_moves_to_the_end_of_february() -> None:
    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2027, 11, 15), 3) == dt.date(2028, 2, 15)


def test_rounding_puts_whole_dinars_first_and_the_remainder_last() -> None:
    plan = schedule(dz(1_000_050), dt.date(2026, 1, 10), POLICY, count=3)
    assert [i.amount.minor for i in plan] == [333_300, 333_300, 333_450]


def test_policy_configuration_is_checked() -> None:
    p = policy_from_mapping("residential_individual", {"max_installments": 24})
    assert p.max_installments == 24 and p.min_down_percent == POLICY.min_down_percent
    for bad in (
        {"max_instalments": 3},
        {"max_installments": "3"},
        {"eligible": 1},
        {"frequency_months": 0},
        {"min_down_minor": -5},
    ):
        with pytest.raises(DomainError) as err:
            policy_from_mapping("residential_individual", bad)
        assert err.value.code == "plan.policy_invalid"
        assert "{" not in err.value.message()
    assert not DEFAULT_POLICIES["administration"].eligible


def test_every_violation_has_a_message_that_formats() -> None:
    day = dt.date(2026, 6, 1)
    bills = (OpenBill(1, "F1", day + dt.timedelta(days=3), dz(1_000_000)),)
    facts = AccountFacts(
        "A1",
        "administration",
        "DZD",
        bills,
        active_plan="ECH-1",
        last_broken=("ECH-0", day - dt.timedelta(days=10)),
    )
    policy = DEFAULT_POLICIES["administration"]
    p = propose(facts, PlanTerms(dz(0), 36, bill_nos=("F1",)), policy, day)
    codes = {v.code for v in p.violations}
    assert codes == {
        "plan.category_not_eligible",
        "plan.active_exists",
        "plan.recently_broken",
        "plan.bill_not_due",
        "plan.down_too_small",
        "plan.too_many_installments",
        "plan.installment_too_small",
    }
    assert p.blocked
    for v in p.violations:
        assert v.code in MESSAGES and "{" not in v.message() and v.message().endswith(".")


def test_refusals_before_any_schedule() -> None:
    day = dt.date(2026, 6, 1)
    bills = (OpenBill(1, "F1", day - dt.timedelta(days=3), dz(100_000)),)
    facts = AccountFacts("A1", "residential_individual", "DZD", bills)
    cases = [
        (PlanTerms(dz(100_000), 2), "plan.down_exceeds_debt"),
        (PlanTerms(dz(0)), "plan.terms_invalid"),
        (PlanTerms(dz(0), 2, dz(10)), "plan.terms_invalid"),
        (PlanTerms(dz(0), 0), "plan.count_invalid"),
        (PlanTerms(dz(0), 2, bill_nos=("F9",)), "plan.bill_not_open"),
        (PlanTerms(dz(0), 37), "plan.count_over_ceiling"),
        (PlanTerms(dz(0), 10**9), "plan.count_over_ceiling"),
        (PlanTerms(dz(0), None, dz(50)), "plan.installment_over_ceiling"),  # 2 000 of 0,50
        (PlanTerms(dz(0), None, dz(1)), "plan.installment_over_ceiling"),
    ]
    for terms, code in cases:
        with pytest.raises(DomainError) as err:
            propose(facts, terms, POLICY, day)
        assert err.value.code == code
    no_overdue = AccountFacts(
        "A1", "residential_individual", "DZD", (OpenBill(1, "F1", day, dz(100_000)),)
    )
    with pytest.raises(DomainError) as err:
        propose(no_overdue, PlanTerms(dz(0), 2), POLICY, day)
    assert err.value.code == "plan.no_bills"


def test_the_ceiling_is_the_hard_limit_and_names_the_smallest_installment_that_fits() -> None:
    day = dt.date(2026, 6, 1)
    bills = (OpenBill(1, "F1", day - dt.timedelta(days=3), dz(3_079_700)),)
    facts = AccountFacts("A1", "residential_individual", "DZD", bills)
    with pytest.raises(DomainError) as err:
        propose(facts, PlanTerms(dz(0), None, dz(50)), POLICY, day)
    assert err.value.params == {
        "installment": "0.50",
        "count": 61594,
        "maximum": 36,
        "minimum": "856.00",
    }
    fits = propose(facts, PlanTerms(dz(0), None, dz(85_600)), POLICY, day)
    assert len(fits.installments) == 36  # the suggested amount is accepted (with approval)
    assert [v.code for v in fits.violations] == [
        "plan.down_too_small",
        "plan.too_many_installments",
    ]
    assert fits.rounding is not None and fits.rounding.code == "plan.rounding.installment"
    lax = PlanPolicy("x", max_installments=200, ceiling_installments=500)
    with pytest.raises(DomainError) as err:  # even a policy built by hand stops at 120
        propose(facts, PlanTerms(dz(0), 121), lax, day)
    assert err.value.params == {"count": 121, "maximum": 120}


@given(financed=st.integers(1, 10**10), target=st.integers(1, 10**8))
def test_a_target_installment_either_fits_under_the_ceiling_or_is_refused(
    financed: int, target: int
) -> None:
    day = dt.date(2026, 6, 1)
    bills = (OpenBill(1, "F1", day - dt.timedelta(days=3), dz(financed)),)
    facts = AccountFacts("A1", "residential_individual", "DZD", bills)
    try:
        p = propose(facts, PlanTerms(dz(0), None, dz(target)), POLICY, day)
    except DomainError as err:
        assert err.code == "plan.installment_over_ceiling"
        assert -(-financed // target) > POLICY.ceiling_installments
        least = Money.from_decimal(err.params["minimum"], "DZD")
        assert len(propose(facts, PlanTerms(dz(0), None, least), POLICY, day).installments) <= 36
        return
    assert len(p.installments) <= POLICY.ceiling_installments
    assert sum(i.amount.minor for i in p.installments) == financed


# --- payment order ---------------------------------------------------------------------------

DAY = dt.date(2026, 6, 15)


def inst(seq: int, due: dt.date, amount: int, paid: int = 0) -> InstallmentState:
    return InstallmentState(f"i{seq}", seq, due, dz(amount), dz(paid))


def test_due_installments_then_other_bills_then_future_installments_then_credit() -> None:
    bills = [
        OpenBill(1, "P1", DAY - dt.timedelta(days=300), dz(1000)),
        OpenBill(2, "P2", DAY - dt.timedelta(days=200), dz(1000)),
        OpenBill(3, "N1", DAY - dt.timedelta(days=400), dz(500)),
    ]
    plan = ActivePlan(
        "p",
        "ECH",
        frozenset({1, 2}),
        (
            inst(1, DAY - dt.timedelta(days=1), 700),
            inst(2, DAY, 700),
            inst(3, DAY + dt.timedelta(days=30), 600),
        ),
    )
    small = allocate_with_plan(dz(1000), bills, plan, DAY)
    assert [(x.bill_no, x.amount.minor) for x in small.lines] == [("P1", 1000)]
    more = allocate_with_plan(dz(2000), bills, plan, DAY)
    assert [(x.bill_no, x.amount.minor) for x in more.lines] == [
        ("N1", 500),
        ("P1", 1000),
        ("P2", 500),
    ]
    everything = allocate_with_plan(dz(2600), bills, plan, DAY, allow_credit=True)
    assert everything.credit == dz(100)
    with pytest.raises(DomainError):
        allocate_with_plan(dz(2600), bills, plan, DAY)


@given(amount=st.integers(1, 5000), paid_first=st.integers(0, 700))
def test_allocation_with_a_plan_keeps_the_allocation_invariants(
    amount: int, paid_first: int
) -> None:
    bills = [
        OpenBill(1, "P1", DAY - dt.timedelta(days=300), dz(1400 - paid_first)),
        OpenBill(3, "N1", DAY - dt.timedelta(days=10), dz(900)),
    ]
    plan = ActivePlan(
        "p",
        "ECH",
        frozenset({1}),
        (inst(1, DAY, 700, paid_first), inst(2, DAY + dt.timedelta(days=30), 700)),
    )
    result = allocate_with_plan(dz(amount), bills, plan, DAY, allow_credit=True)
    assert sum(x.amount.minor for x in result.lines) + result.credit.minor == amount
    by_id = {b.bill_id: b for b in bills}
    assert all(x.amount <= by_id[x.bill_id].open for x in result.lines)
    due_first = min(amount, 700 - paid_first)
    on_plan = sum(x.amount.minor for x in result.lines if x.bill_id == 1)
    assert on_plan >= due_first


def test_fills_go_in_sequence_and_statuses_follow() -> None:
    plan = ActivePlan(
        "p",
        "ECH",
        frozenset({1}),
        (inst(1, DAY - dt.timedelta(days=40), 700, 200), inst(2, DAY + dt.timedelta(days=1), 700)),
    )
    fills = fill_installments(plan, dz(900))
    assert [(i.seq, m.minor) for i, m in fills] == [(1, 500), (2, 400)]
    assert installment_status(plan.installments[0], DAY) == "late"
    assert installment_status(inst(2, DAY, 700, 100), DAY) == "partly_paid"
    assert installment_status(inst(2, DAY, 700, 700), DAY) == "paid"
    assert installment_status(inst(2, DAY, 700), DAY) == "due"
    assert breaking_installment(plan.installments, DAY, 30) == plan.installments[0]
    assert breaking_installment(plan.installments, DAY, 40) is None
