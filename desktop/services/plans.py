"""Installment plan use cases: propose, create (with the down payment), renegotiate, cancel, check.

Why these rules live here: a plan is a promise the company makes at the counter, so it must
be created whole or not at all — the down payment (an ordinary payment with its receipt), the
plan, its bills and installments, the outbox rows and the journal entries commit in ONE
transaction. A proposal outside the policy is refused with every broken rule at once, unless a
manager other than the clerk approves it with a written reason (four eyes). ``check_plans``
applies the configured breaking rule and completes plans settled by other channels.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.config import load_terminal_settings
from desktop.domain.card_numbers import refuse_card_numbers
from desktop.domain.errors import DomainError
from desktop.domain.plan_payments import breaking_installment
from desktop.domain.plans import AccountFacts, PlanPolicy, PlanProposal, PlanTerms, propose
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser, require
from desktop.services.payments import PaymentRequest, find_account, open_bills, record_payment
from desktop.services.plan_ledger import (
    active_plan_row,
    add_outbox,
    installment_states,
    load_policy,
    policy_dict,
    set_status,
)
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import Account, Bill, InstallmentPlan, PlanBill, PlanInstallment

SYSTEM_USER = "system"


def local_today(now: dt.datetime | None = None) -> dt.date:
    return (now or dt.datetime.now(dt.UTC)).astimezone().date()


def account_facts(
    session: Session, account: Account, *, ignore_active: bool = False
) -> AccountFacts:
    """What the policy needs: category, open bills, active plan, latest broken plan."""
    active = None if ignore_active else active_plan_row(session, account.id)
    broken = session.execute(
        select(InstallmentPlan.reference, InstallmentPlan.ended_on)
        .where(InstallmentPlan.account_id == account.id, InstallmentPlan.status == "broken")
        .order_by(InstallmentPlan.ended_on.desc())
    ).first()
    return AccountFacts(
        account.account_no,
        account.category,
        account.currency,
        tuple(open_bills(session, account.id, account.currency)),
        active.reference if active else None,
        (broken[0], broken[1]) if broken and broken[1] else None,
    )


def propose_plan(
    session: Session,
    account_no: str,
    terms: PlanTerms,
    *,
    today: dt.date | None = None,
    renegotiation: bool = False,
) -> PlanProposal:
    """The preview: schedule and violations, writing nothing (``create_plan`` records exactly
    this for the same facts and day)."""
    account = find_account(session, account_no)
    if account.status != "active":
        raise DomainError("account.closed", account_no=account.account_no)
    facts = account_facts(session, account, ignore_active=renegotiation)
    return propose(facts, terms, load_policy(session, account.category), today or local_today())


def negotiation_context(
    session: Session, account_no: str, *, renegotiation: bool = False
) -> tuple[AccountFacts, PlanPolicy]:
    """The facts and policy a live preview needs, read once: the window then calls the pure
    ``domain.plans.propose`` on every keystroke (instant, no database), and ``create_plan``
    re-reads and re-checks everything when the clerk confirms."""
    account = find_account(session, account_no)
    if account.status != "active":
        raise DomainError("account.closed", account_no=account.account_no)
    return (
        account_facts(session, account, ignore_active=renegotiation),
        load_policy(session, account.category),
    )


@dataclass(frozen=True, slots=True)
class CreatedPlan:
    """A committed plan. Fields: plan_uuid, reference, proposal (what was agreed),
    receipt_no (of the down payment; None when there was none), approved_by, previous
    (reference of the plan it replaces)."""

    plan_uuid: str
    reference: str
    proposal: PlanProposal
    receipt_no: str | None
    approved_by: str | None
    previous: str | None


@dataclass(frozen=True, slots=True)
class DownPayment:
    """How the down payment is paid. Fields: tender ('cash' or 'card'), tendered (cash handed
    over), card_scheme, card_last4, auth_code, terminal_ref (card)."""

    tender: str = "cash"
    tendered: Money | None = None
    card_scheme: str | None = None
    card_last4: str | None = None
    auth_code: str | None = None
    terminal_ref: str | None = None


def create_plan(
    uow: UnitOfWork,
    clerk: AuthenticatedUser,
    account_no: str,
    terms: PlanTerms,
    *,
    approver: AuthenticatedUser | None = None,
    reason: str | None = None,
    down: DownPayment = DownPayment(),
    now: dt.datetime | None = None,
) -> CreatedPlan:
    """Take the down payment and record the plan, in one transaction; refuse with nothing
    written when a rule is broken and no other manager approved it with a reason."""
    return _create(uow, clerk, account_no, terms, approver, reason, down, now, renegotiate=False)


def renegotiate_plan(
    uow: UnitOfWork,
    clerk: AuthenticatedUser,
    account_no: str,
    terms: PlanTerms,
    *,
    approver: AuthenticatedUser | None = None,
    reason: str | None = None,
    down: DownPayment = DownPayment(),
    now: dt.datetime | None = None,
) -> CreatedPlan:
    """Replace the active plan by a new one linked to it (the old one ends 'cancelled',
    reason 'renegotiated'); the new plan meets the policy or is approved like any other."""
    return _create(uow, clerk, account_no, terms, approver, reason, down, now, renegotiate=True)


def _create(
    uow: UnitOfWork,
    clerk: AuthenticatedUser,
    account_no: str,
    terms: PlanTerms,
    approver: AuthenticatedUser | None,
    reason: str | None,
    down: DownPayment,
    now: dt.datetime | None,
    *,
    renegotiate: bool,
) -> CreatedPlan:
    require(clerk, "take_payment")
    refuse_card_numbers(
        {"reason": reason, "terminal_ref": down.terminal_ref, "auth_code": down.auth_code}
    )
    session = uow.session
    settings = load_terminal_settings(session)
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    created_at = moment.replace(tzinfo=None)
    today = local_today(moment)
    account = find_account(session, account_no)
    previous = active_plan_row(session, account.id) if renegotiate else None
    if renegotiate and previous is None:
        raise DomainError("plan.none_active", account_no=account.account_no)
    proposal = propose_plan(session, account_no, terms, today=today, renegotiation=renegotiate)
    approved_by = _check_approval(proposal, clerk, approver, reason)
    if previous is not None:
        set_status(
            session,
            previous,
            "cancelled",
            "renegotiated",
            username=clerk.username,
            agency=settings.agency_code,
            today=today,
            now=now,
        )
    receipt_no = down_uuid = None
    if proposal.down_payment.minor:
        paid = record_payment(
            session,
            PaymentRequest(
                account.account_no,
                proposal.down_payment,
                down.tender,
                down.tendered,
                down.card_scheme,
                down.card_last4,
                down.auth_code,
                down.terminal_ref,
                tuple(b.bill_no for b in proposal.bills),
            ),
            clerk,
            now=now,
        )
        receipt_no, down_uuid = paid.receipt_no, paid.payment_uuid
    plan_uuid = str(uuid.uuid4())
    reference = _next_reference(session, settings.agency_code, settings.terminal_code, today.year)
    session.add(
        InstallmentPlan(
            uuid=plan_uuid,
            reference=reference,
            account_id=account.id,
            category=account.category,
            status="active",
            currency=account.currency,
            total_minor=proposal.total.minor,
            down_minor=proposal.down_payment.minor,
            financed_minor=proposal.financed.minor,
            installment_count=len(proposal.installments),
            frequency_months=proposal.policy.frequency_months,
            agreed_on=today,
            created_at=created_at,
            created_by=clerk.username,
            approved_by=approved_by,
            approval_reason=reason.strip() if approved_by and reason else None,
            violations=[v.as_dict() for v in proposal.violations],
            policy=policy_dict(proposal.policy),
            down_payment_uuid=down_uuid,
            previous_uuid=previous.uuid if previous else None,
            agency=settings.agency_code,
            terminal=settings.terminal_code,
        )
    )
    session.flush()
    for b in proposal.bills:
        session.add(
            PlanBill(plan_uuid=plan_uuid, bill_id=b.bill_id, open_minor_at_start=b.open.minor)
        )
    rows = []
    for inst in proposal.installments:
        inst_uuid = str(uuid.uuid4())
        session.add(
            PlanInstallment(
                uuid=inst_uuid,
                plan_uuid=plan_uuid,
                seq=inst.seq,
                due_date=inst.due_date,
                amount_minor=inst.amount.minor,
            )
        )
        rows.append(
            {
                "uuid": inst_uuid,
                "seq": inst.seq,
                "due_date": inst.due_date.isoformat(),
                "amount": inst.amount.as_str(),
            }
        )
    payload = {
        "plan_uuid": plan_uuid,
        "reference": reference,
        "account_no": account.account_no,
        "category": account.category,
        "agreed_on": today.isoformat(),
        "currency": account.currency,
        "total": proposal.total.as_str(),
        "down_payment": proposal.down_payment.as_str(),
        "financed": proposal.financed.as_str(),
        "down_payment_uuid": down_uuid,
        "receipt_no": receipt_no,
        "bills": [{"bill_no": b.bill_no, "open": b.open.as_str()} for b in proposal.bills],
        "installments": rows,
        "violations": [v.code for v in proposal.violations],
        "approved_by": approved_by,
        "reason": reason if approved_by else None,
        "previous": previous.reference if previous else None,
        "agency": settings.agency_code,
        "terminal": settings.terminal_code,
        "user": clerk.username,
    }
    add_outbox(session, "installment_plan", plan_uuid, "create", payload, created_at)
    session.flush()
    journal.append(
        session,
        "plan.renegotiated" if previous else "plan.created",
        payload,
        username=clerk.username,
        entity_uuid=plan_uuid,
        now=now,
    )
    uow.commit()
    return CreatedPlan(
        plan_uuid,
        reference,
        proposal,
        receipt_no,
        approved_by,
        previous.reference if previous else None,
    )


def _check_approval(
    proposal: PlanProposal,
    clerk: AuthenticatedUser,
    approver: AuthenticatedUser | None,
    reason: str | None,
) -> str | None:
    """The approver's user name when the plan needs (or got) one; refusals otherwise."""
    listed = " ".join(f"[{v.code}] {v.message()}" for v in proposal.violations)
    if proposal.blocked:
        raise DomainError("plan.blocked", violations=listed)
    if not proposal.violations:
        return None  # within the policy: nothing to approve, nobody recorded as approver
    if approver is None:
        raise DomainError("plan.out_of_policy", count=len(proposal.violations), violations=listed)
    require(approver, "approve")
    if approver.id == clerk.id:
        raise DomainError("approval.same_person", username=approver.username)
    if not (reason or "").strip():
        raise DomainError("plan.approval_reason")
    return approver.username


def _next_reference(session: Session, agency: str, terminal: str, year: int) -> str:
    """ECH-AGENCY-TERMINAL-YEAR-NNNN: numbered inside the write transaction (BEGIN IMMEDIATE)."""
    prefix = f"ECH-{agency}-{terminal}-{year}-"
    count = session.scalar(
        select(func.count()).where(  # agency codes may hold '_', a LIKE wildcard
            InstallmentPlan.reference.startswith(prefix, autoescape=True)
        )
    )
    return f"{prefix}{(count or 0) + 1:04d}"


def cancel_plan(
    uow: UnitOfWork,
    manager: AuthenticatedUser,
    account_no: str,
    reason: str,
    *,
    now: dt.datetime | None = None,
) -> str:
    """A manager ends the active plan (the debt stays on the bills, as it always was)."""
    require(manager, "approve")
    refuse_card_numbers({"reason": reason})
    if not reason.strip():
        raise DomainError("plan.approval_reason")
    session = uow.session
    account = find_account(session, account_no)
    row = active_plan_row(session, account.id)
    if row is None:
        raise DomainError("plan.none_active", account_no=account.account_no)
    set_status(
        session,
        row,
        "cancelled",
        reason.strip(),
        username=manager.username,
        agency=load_terminal_settings(session).agency_code,
        today=local_today(now),
        now=now,
    )
    uow.commit()
    return row.reference


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What ``check_plans`` changed. Fields: broken, completed, reopened (plan references);
    details ((reference, reason) pairs)."""

    broken: tuple[str, ...]
    completed: tuple[str, ...]
    reopened: tuple[str, ...]
    details: tuple[tuple[str, str], ...]


def check_plans(
    uow: UnitOfWork,
    *,
    today: dt.date | None = None,
    username: str = SYSTEM_USER,
    now: dt.datetime | None = None,
) -> CheckResult:
    """Apply the life rules to every plan, in one transaction:

    * active, nothing left to pay (installments filled, or its bills settled through another
      channel) → completed;
    * active, an installment unpaid more than ``break_after_days`` after its due date → broken
      (its unpaid amount simply remains the bills' ordinary debt);
    * completed but owing again because a payment was voided → active again.
    """
    session = uow.session
    day = today or local_today(now)
    agency = load_terminal_settings(session).agency_code
    broken, completed, reopened, details = [], [], [], []
    plans = session.scalars(
        select(InstallmentPlan)
        .where(InstallmentPlan.status.in_(("active", "completed")))
        .order_by(InstallmentPlan.agreed_on, InstallmentPlan.reference)
    ).all()
    for row in plans:
        states = installment_states(session, row.uuid, row.currency)
        left = sum(i.remaining.minor for i in states)
        bills_open = _plan_bills_open(session, row.uuid)
        if row.status == "completed":
            if left > 0 and bills_open > 0:
                set_status(
                    session,
                    row,
                    "active",
                    "a payment was voided",
                    username=username,
                    agency=agency,
                    today=day,
                    now=now,
                )
                reopened.append(row.reference)
            continue
        if left <= 0 or bills_open <= 0:
            why = "all installments paid" if left <= 0 else "its bills were settled"
            set_status(
                session, row, "completed", why, username=username, agency=agency, today=day, now=now
            )
            completed.append(row.reference)
            details.append((row.reference, why))
            continue
        policy = row.policy or {}
        late = breaking_installment(states, day, int(policy.get("break_after_days", 30)))
        if late is not None:
            why = (
                f"installment {late.seq} due {late.due_date.isoformat()} still owes "
                f"{late.remaining.as_str()} after {policy.get('break_after_days', 30)} days"
            )
            set_status(
                session, row, "broken", why, username=username, agency=agency, today=day, now=now
            )
            broken.append(row.reference)
            details.append((row.reference, why))
    uow.commit()
    return CheckResult(tuple(broken), tuple(completed), tuple(reopened), tuple(details))


def _plan_bills_open(session: Session, plan_uuid: str) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(Bill.open_minor), 0))
            .join(PlanBill, PlanBill.bill_id == Bill.id)
            .where(PlanBill.plan_uuid == plan_uuid, Bill.open_minor > 0)
        )
        or 0
    )
