"""Installment plans on a real store: policy per category, four eyes, the payment order,
breaking, completion, renegotiation, the manager's lists, statement and receipt."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import func, select, update

from desktop.domain.errors import DomainError
from desktop.domain.plans import PlanTerms
from desktop.money import Money
from desktop.services.payments import PaymentRequest, take_payment
from desktop.services.plan_lists import cut_list, installments_due, installments_overdue
from desktop.services.plan_views import plan_agreement, show_plans
from desktop.services.plans import (
    cancel_plan,
    check_plans,
    create_plan,
    propose_plan,
    renegotiate_plan,
)
from desktop.services.receipts import receipt_data
from desktop.services.statements import get_statement
from desktop.services.voids import void_payment
from desktop.store import journal
from desktop.store.db import Store
from desktop.store.models import (
    Account,
    InstallmentAllocation,
    InstallmentPlan,
    JournalEntry,
    OutboxItem,
    Setting,
)
from tests.factories import BillSpec, Created, make_account, open_amounts, snapshot, user_named

TODAY = dt.date.today()


def dz(minor: int) -> Money:
    return Money(minor, "DZD")


def indebted(
    store: Store,
    *amounts: int,
    category: str = "residential_individual",
    days_overdue: int = 100,
    extra: tuple[BillSpec, ...] = (),
) -> Created:
    """An account with overdue bills of ``amounts`` (oldest first), plus ``extra`` bills."""
    bills = [
        BillSpec(TODAY - dt.timedelta(days=days_overdue + 30 * (len(amounts) - i)), a)
        for i, a in enumerate(amounts)
    ] + list(extra)
    created = make_account(store, bills=bills)
    if category != "residential_individual":
        with store.unit_of_work() as uow:
            uow.session.execute(
                update(Account).where(Account.id == created.account_id).values(category=category)
            )
            uow.commit()
    return created


def terms(
    down: int, count: int | None = None, installment: int | None = None, bills: tuple[str, ...] = ()
) -> PlanTerms:
    return PlanTerms(dz(down), count, dz(installment) if installment else None, bills)


def create(store: Store, account_no: str, t: PlanTerms, **kw: object):
    with store.unit_of_work() as uow:
        return create_plan(uow, user_named(store, "amina"), account_no, t, **kw)  # type: ignore[arg-type]


def pay(store: Store, account_no: str, minor: int, bills: tuple[str, ...] = ()):
    with store.unit_of_work() as uow:
        return take_payment(
            uow, PaymentRequest(account_no, dz(minor), bill_nos=bills), user_named(store, "amina")
        )


# --- proposal and policy -------------------------------------------------------------------


def test_the_proposal_writes_nothing_and_covers_every_overdue_bill_by_default(store: Store) -> None:
    a = indebted(
        store, 3_000_000, 2_000_000, extra=(BillSpec(TODAY + dt.timedelta(days=10), 500_000),)
    )
    before = snapshot(store)
    with store.read() as s:
        p = propose_plan(s, a.account_no, terms(500_000, 5))
    assert snapshot(store) == before
    assert [b.bill_no for b in p.bills] == list(a.bill_nos[:2])
    assert p.total == dz(5_000_000) and p.financed == dz(4_500_000)
    assert [i.amount.minor for i in p.installments] == [900_000] * 5
    assert p.violations == ()


def test_every_broken_rule_is_reported_at_once(store: Store) -> None:
    a = indebted(store, 1_500_000, extra=(BillSpec(TODAY + dt.timedelta(days=5), 100_000),))
    with store.read() as s:
        p = propose_plan(s, a.account_no, terms(0, 36, bills=a.bill_nos))
    codes = [v.code for v in p.violations]
    assert codes == [
        "plan.bill_not_due",
        "plan.down_too_small",
        "plan.too_many_installments",
        "plan.installment_too_small",
    ]
    assert all(v.message().endswith(".") for v in p.violations)
    assert not p.blocked


@pytest.mark.parametrize(
    ("category", "count", "ok"),
    [
        ("residential_individual", 12, True),
        ("residential_individual", 13, False),
        ("residential_collective", 18, True),
        ("professional", 6, False),
        ("administration", 2, False),
    ],
)
def test_policy_depends_on_the_customer_category(
    store: Store, category: str, count: int, ok: bool
) -> None:
    a = indebted(store, 50_000_000, category=category)
    with store.read() as s:
        p = propose_plan(s, a.account_no, terms(10_000_000, count))
    assert (p.violations == ()) is ok, [v.code for v in p.violations]


def test_professional_needs_thirty_percent_down(store: Store) -> None:
    a = indebted(store, 10_000_000, category="professional")
    with store.read() as s:
        low = propose_plan(s, a.account_no, terms(2_000_000, 4))
        high = propose_plan(s, a.account_no, terms(3_000_000, 4))
    assert [v.code for v in low.violations] == ["plan.down_too_small"]
    assert high.violations == ()


def test_the_policy_is_configuration(store: Store) -> None:
    a = indebted(store, 10_000_000)
    with store.unit_of_work() as uow:
        uow.session.merge(
            Setting(
                key="plan_policy",
                value=json.dumps(
                    {"residential_individual": {"max_installments": 3, "frequency_months": 2}}
                ),
            )
        )
        uow.commit()
    with store.read() as s:
        p = propose_plan(s, a.account_no, terms(1_000_000, 4))
    assert [v.code for v in p.violations] == ["plan.too_many_installments"]
    assert (p.installments[1].due_date.year * 12 + p.installments[1].due_date.month) - (
        p.installments[0].due_date.year * 12 + p.installments[0].due_date.month
    ) == 2


def test_out_of_policy_needs_another_manager_with_a_reason(store: Store) -> None:
    a = indebted(store, 10_000_000)
    t = terms(0, 6)
    before = snapshot(store)
    with pytest.raises(DomainError) as err:
        create(store, a.account_no, t)
    assert err.value.code == "plan.out_of_policy" and "plan.down_too_small" in err.value.message()
    with pytest.raises(DomainError) as err:
        create(store, a.account_no, t, approver=user_named(store, "karim"))
    assert err.value.code == "plan.approval_reason"
    assert snapshot(store) == before
    with pytest.raises(DomainError) as err:  # a clerk cannot approve (the refusal is journaled)
        create(store, a.account_no, t, approver=user_named(store, "amina"), reason="x")
    assert err.value.code == "auth.forbidden"
    made = create(
        store,
        a.account_no,
        t,
        approver=user_named(store, "karim"),
        reason="family hardship, letter on file",
    )
    with store.read() as s:
        row = s.get(InstallmentPlan, made.plan_uuid)
        assert row.approved_by == "karim" and row.approval_reason.startswith("family")
        assert [v["rule"] for v in row.violations] == ["plan.down_too_small"]


# --- creation ----------------------------------------------------------------------------


def test_creation_takes_the_down_payment_and_records_exactly_the_preview(store: Store) -> None:
    a = indebted(store, 3_000_000, 2_000_000)
    t = terms(1_000_000, 4)
    with store.read() as s:
        preview = propose_plan(s, a.account_no, t)
    made = create(store, a.account_no, t)
    assert made.proposal == preview
    assert made.receipt_no and made.reference.startswith("ECH-2401-T01-")
    with store.read() as s:
        assert open_amounts(s, a.bill_nos) == {a.bill_nos[0]: 2_000_000, a.bill_nos[1]: 2_000_000}
        active, _ = show_plans(s, a.account_no)
        kinds = [k for (k,) in s.execute(select(JournalEntry.kind).order_by(JournalEntry.seq))]
        outbox = [e for (e,) in s.execute(select(OutboxItem.entity).order_by(OutboxItem.id))]
        assert journal.verify(s).intact
    assert active is not None and active.reference == made.reference
    assert [(i.due_date, i.amount) for i in active.installments] == [
        (i.due_date, i.amount) for i in preview.installments
    ]
    assert kinds[-2:] == ["payment", "plan.created"]
    assert outbox[-2:] == ["payment", "installment_plan"]


def test_a_second_active_plan_is_blocked_even_with_approval(store: Store) -> None:
    a = indebted(store, 10_000_000)
    create(store, a.account_no, terms(1_000_000, 6))
    with pytest.raises(DomainError) as err:
        create(
            store,
            a.account_no,
            terms(1_000_000, 6),
            approver=user_named(store, "karim"),
            reason="again",
        )
    assert err.value.code == "plan.blocked"


# --- payments ----------------------------------------------------------------------------


def test_payments_settle_due_installments_first_then_other_bills_then_future_ones(
    store: Store,
) -> None:
    a = indebted(store, 6_000_000, extra=(BillSpec(TODAY - dt.timedelta(days=5), 700_000),))
    plan_bill, other = a.bill_nos
    made = create(store, a.account_no, terms(1_200_000, 4, bills=(plan_bill,)))
    # Pretend the plan was agreed long ago: the first installment is due.
    with store.unit_of_work() as uow:
        from desktop.store.models import PlanInstallment

        uow.session.execute(
            update(PlanInstallment)
            .where(PlanInstallment.plan_uuid == made.plan_uuid, PlanInstallment.seq == 1)
            .values(due_date=TODAY - dt.timedelta(days=3))
        )
        uow.commit()
    paid = pay(store, a.account_no, 2_500_000)
    assert [(x.bill_no, x.amount.minor) for x in paid.allocations] == [
        (plan_bill, 1_200_000 + 600_000),
        (other, 700_000),
    ]
    with store.read() as s:
        active, _ = show_plans(s, a.account_no)
        r = receipt_data(s, paid.receipt_no)
    assert [(i.paid.minor, i.status) for i in active.installments] == [
        (1_200_000, "paid"),
        (600_000, "partly_paid"),
        (0, "due"),
        (0, "due"),
    ]
    assert r.plan is not None and r.plan.paid_count == 1 and r.plan.count == 4
    assert r.plan.remaining == dz(4_800_000 - 1_800_000) and r.plan.next_amount == dz(600_000)


def test_bills_chosen_by_the_clerk_still_fill_installments(store: Store) -> None:
    a = indebted(store, 4_000_000)
    made = create(store, a.account_no, terms(400_000, 4))
    pay(store, a.account_no, 900_000, bills=a.bill_nos)
    with store.read() as s:
        fills = s.scalar(select(func.sum(InstallmentAllocation.amount_minor)))
        active, _ = show_plans(s, a.account_no)
    assert fills == 900_000 and active.reference == made.reference
    assert active.installments[0].status == "paid"


def test_paying_the_last_installment_completes_the_plan(store: Store) -> None:
    a = indebted(store, 2_000_000)
    made = create(store, a.account_no, terms(200_000, 2))
    pay(store, a.account_no, 1_800_000)
    with store.read() as s:
        active, plans = show_plans(s, a.account_no)
    assert active is None and plans[0].status == "completed"
    assert plans[0].reference == made.reference


def test_a_voided_payment_unfills_its_installments_and_check_reopens_the_plan(
    store: Store,
) -> None:
    a = indebted(store, 2_000_000)
    create(store, a.account_no, terms(200_000, 2))
    paid = pay(store, a.account_no, 1_800_000)
    with store.unit_of_work() as uow:
        void_payment(
            uow,
            user_named(store, "amina"),
            user_named(store, "karim"),
            paid.receipt_no,
            "wrong_amount",
            "",
        )
    with store.unit_of_work() as uow:
        result = check_plans(uow)
    assert len(result.reopened) == 1
    with store.read() as s:
        active, _ = show_plans(s, a.account_no)
    assert active is not None and active.paid == dz(0)


# --- life: breaking, renegotiation, cancel ---------------------------------------------------


def test_an_installment_unpaid_past_the_grace_period_breaks_the_plan(store: Store) -> None:
    a = indebted(store, 5_000_000)
    made = create(store, a.account_no, terms(500_000, 3))
    first_due = made.proposal.installments[0].due_date
    with store.unit_of_work() as uow:
        assert check_plans(uow, today=first_due + dt.timedelta(days=30)).broken == ()
    with store.unit_of_work() as uow:
        result = check_plans(uow, today=first_due + dt.timedelta(days=31))
    assert result.broken == (made.reference,)
    with store.read() as s:
        _, plans = show_plans(s, a.account_no)
        assert open_amounts(s, a.bill_nos) == {a.bill_nos[0]: 4_500_000}  # debt stays on bills
        kinds = {k for (k,) in s.execute(select(JournalEntry.kind))}
        later = propose_plan(
            s, a.account_no, terms(500_000, 3), today=first_due + dt.timedelta(days=40)
        )
    assert plans[0].status == "broken" and "installment 1" in plans[0].end_reason
    assert "plan.broken" in kinds
    assert [v.code for v in later.violations] == ["plan.recently_broken"]


def test_renegotiation_creates_a_new_plan_linked_to_the_old_one(store: Store) -> None:
    a = indebted(store, 6_000_000)
    old = create(store, a.account_no, terms(600_000, 3))
    with store.unit_of_work() as uow:
        new = renegotiate_plan(uow, user_named(store, "amina"), a.account_no, terms(600_000, 6))
    assert new.previous == old.reference
    assert new.proposal.total == dz(5_400_000) and new.receipt_no
    with store.read() as s:
        active, plans = show_plans(s, a.account_no)
    assert active.reference == new.reference and active.previous == old.reference
    assert {p.reference: p.status for p in plans} == {
        old.reference: "cancelled",
        new.reference: "active",
    }
    assert plans[1].replaced_by == new.reference


def test_only_a_manager_cancels_a_plan(store: Store) -> None:
    a = indebted(store, 6_000_000)
    made = create(store, a.account_no, terms(600_000, 3))
    with store.unit_of_work() as uow, pytest.raises(DomainError):
        cancel_plan(uow, user_named(store, "amina"), a.account_no, "customer asked")
    with store.unit_of_work() as uow:
        assert cancel_plan(uow, user_named(store, "karim"), a.account_no, "paid elsewhere") == (
            made.reference
        )


# --- lists, statement, agreement ---------------------------------------------------------------


def test_due_and_overdue_lists_and_the_cut_list(store: Store) -> None:
    kept = indebted(store, 5_000_000, days_overdue=200)
    late = indebted(store, 5_000_000, days_overdue=200)
    nothing = indebted(store, 5_000_000, days_overdue=200)
    small = indebted(store, 50_000, days_overdue=200)
    k = create(store, kept.account_no, terms(500_000, 3))
    create(store, late.account_no, terms(500_000, 3))
    first_due = k.proposal.installments[0].due_date
    pay(store, kept.account_no, 1_500_000)
    day = first_due + dt.timedelta(days=3)
    with store.read() as s:
        due = installments_due(s, today=first_due - dt.timedelta(days=5), days=7)
        overdue = installments_overdue(s, today=day)
        cut = cut_list(s, today=day)
    assert {r.account_no for r in due} == {late.account_no}  # kept paid its first already
    with store.read() as s:  # a window reaching past year 9999 is everything to come (fuzz)
        assert installments_due(s, today=dt.date(9999, 12, 31), days=30) == []
        assert len(installments_due(s, today=first_due, days=10**12)) >= 2
    assert [(r.account_no, r.seq, r.days_late) for r in overdue] == [(late.account_no, 1, 3)]
    assert {c.account_no for c in cut} >= {nothing.account_no}
    assert not {kept.account_no, late.account_no, small.account_no} & {c.account_no for c in cut}
    with store.unit_of_work() as uow:
        check_plans(uow, today=first_due + dt.timedelta(days=40))
    with store.read() as s:
        cut = {c.account_no for c in cut_list(s, today=first_due + dt.timedelta(days=40))}
    assert late.account_no in cut and kept.account_no not in cut


def test_the_statement_and_the_agreement_show_the_plan(store: Store) -> None:
    a = indebted(store, 3_000_000)
    made = create(store, a.account_no, terms(300_000, 3))
    with store.read() as s:
        st = get_statement(s, a.account_no, TODAY - dt.timedelta(days=400), TODAY)
        ag = plan_agreement(s, made.reference)
    assert st.installment_plan is not None and st.installment_plan.reference == made.reference
    assert st.installment_plan.remaining == dz(2_700_000)
    assert ag.clerk == "Amina Belkacem" and ag.plan.down_receipt_no == made.receipt_no
    assert ag.account.account_no == a.account_no


def test_installment_amounts_are_recorded_and_journaled(store: Store) -> None:
    a = indebted(store, 1_000_001)
    made = create(store, a.account_no, terms(100_101, 3))
    assert [i.amount.minor for i in made.proposal.installments] == [299_900, 299_900, 300_100]
    with store.read() as s:
        row = s.get(InstallmentPlan, made.plan_uuid)
        assert row.financed_minor == 899_900 and row.installment_count == 3
        assert journal.verify(s).intact


def test_a_manager_cannot_approve_their_own_plan(store: Store) -> None:
    a = indebted(store, 10_000_000)
    karim = user_named(store, "karim")
    with store.unit_of_work() as uow, pytest.raises(DomainError) as err:
        create_plan(uow, karim, a.account_no, terms(0, 6), approver=karim, reason="mine")
    assert err.value.code == "approval.same_person"


def test_the_receipt_of_a_plan_payment_shows_the_plans_progress(store: Store) -> None:
    from reports.receipt_image import render_receipt

    a = indebted(store, 3_000_000, 2_000_000)
    made = create(store, a.account_no, terms(1_000_000, 4))
    paid = pay(store, a.account_no, 1_000_000)
    with store.read() as s:
        data = receipt_data(s, paid.receipt_no)
        plain = receipt_data(s, made.receipt_no)
    assert data.plan is not None and data.plan.reference == made.reference
    assert (data.plan.paid_count, data.plan.count) == (1, 4)
    assert data.plan.remaining == dz(4_000_000 - 1_000_000)
    with_plan = render_receipt(data, width=576)
    without = render_receipt(dataclasses.replace(data, plan=None), width=576)
    assert with_plan.height() > without.height()  # the plan block is drawn
    assert plain.plan is not None  # the down payment's receipt opens the plan
