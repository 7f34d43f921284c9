"""Installment plans: negotiate (read), create or renegotiate (write), cancel (manager),
consult, and the nightly life-rule check.

Why the negotiation context is its own read: the window previews terms on every keystroke
with the pure domain function; only the confirmation re-reads and re-checks everything in
the write transaction of ``create_plan``.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.plans import AccountFacts, PlanPolicy, PlanProposal, PlanTerms
from desktop.services import plan_lists, plan_views, plans
from desktop.services.auth import AuthenticatedUser
from desktop.services.plan_lists import CutCandidate, FollowUp
from desktop.services.plan_views import PlanAgreement, PlanView
from desktop.services.plans import CheckResult, CreatedPlan, DownPayment
from desktop.store.db import Store
from desktop.use_cases.base import reading, writing

CASH_DOWN = DownPayment()
"""The default: any down payment in cash."""


def negotiation_context(
    store: Store, user: AuthenticatedUser, account_no: str, *, renegotiation: bool = False
) -> tuple[AccountFacts, PlanPolicy]:
    """The facts and policy a live preview needs, read once."""
    with reading(store, user, permission="take_payment") as session:
        return plans.negotiation_context(session, account_no, renegotiation=renegotiation)


def propose_plan(
    store: Store,
    user: AuthenticatedUser,
    account_no: str,
    terms: PlanTerms,
    *,
    today: dt.date | None = None,
    renegotiation: bool = False,
) -> PlanProposal:
    """The schedule ``terms`` would give, checked against the policy; nothing written."""
    with reading(store, user, permission="take_payment") as session:
        return plans.propose_plan(
            session, account_no, terms, today=today, renegotiation=renegotiation
        )


def preview_plan(
    store: Store,
    user: AuthenticatedUser | None,
    account_no: str,
    terms: PlanTerms,
    *,
    today: dt.date | None = None,
) -> PlanProposal:
    """The command line's ``plan propose``: the schedule ``terms`` would give, asked without
    a log-in (``user`` may be None) because nothing is written and nothing is promised; the
    window's preview, for a logged-in clerk, is ``propose_plan``."""
    with reading(store, user) as session:
        return plans.propose_plan(session, account_no, terms, today=today)


def create_plan(
    store: Store,
    clerk: AuthenticatedUser,
    account_no: str,
    terms: PlanTerms,
    *,
    approver: AuthenticatedUser | None = None,
    reason: str | None = None,
    down: DownPayment = CASH_DOWN,
    now: dt.datetime | None = None,
) -> CreatedPlan:
    """Record a plan (and its down payment) in one transaction; out-of-policy terms need
    ``approver`` and ``reason``."""
    with writing(store, clerk, permission="take_payment") as uow:
        return plans.create_plan(
            uow, clerk, account_no, terms, approver=approver, reason=reason, down=down, now=now
        )


def renegotiate_plan(
    store: Store,
    clerk: AuthenticatedUser,
    account_no: str,
    terms: PlanTerms,
    *,
    approver: AuthenticatedUser | None = None,
    reason: str | None = None,
    down: DownPayment = CASH_DOWN,
    now: dt.datetime | None = None,
) -> CreatedPlan:
    """Replace the active plan of ``account_no`` by a new one; one transaction."""
    with writing(store, clerk, permission="take_payment") as uow:
        return plans.renegotiate_plan(
            uow, clerk, account_no, terms, approver=approver, reason=reason, down=down, now=now
        )


def cancel_plan(
    store: Store,
    manager: AuthenticatedUser,
    account_no: str,
    reason: str,
    *,
    now: dt.datetime | None = None,
) -> str:
    """A manager cancels the active plan of ``account_no``; returns its reference."""
    with writing(store, manager, permission="approve") as uow:
        return plans.cancel_plan(uow, manager, account_no, reason, now=now)


def show_plans(
    store: Store, user: AuthenticatedUser | None, account_no: str, *, today: dt.date | None = None
) -> tuple[PlanView | None, tuple[PlanView, ...]]:
    """The active plan of ``account_no`` and its earlier ones (read only)."""
    with reading(store, user) as session:
        return plan_views.show_plans(session, account_no, today=today)


def plan_by_reference(
    store: Store, user: AuthenticatedUser | None, reference: str, *, today: dt.date | None = None
) -> PlanView:
    """One plan by its reference (read only)."""
    with reading(store, user) as session:
        return plan_views.plan_by_reference(session, reference, today=today)


def plan_agreement(
    store: Store, user: AuthenticatedUser | None, reference: str, *, today: dt.date | None = None
) -> PlanAgreement:
    """What the signed agreement of plan ``reference`` shows (read only)."""
    with reading(store, user) as session:
        return plan_views.plan_agreement(session, reference, today=today)


def installments_due(
    store: Store, user: AuthenticatedUser | None, *, today: dt.date, days: int
) -> list[FollowUp]:
    """Installments falling due within ``days`` (read only)."""
    with reading(store, user) as session:
        return plan_lists.installments_due(session, today=today, days=days)


def installments_overdue(
    store: Store, user: AuthenticatedUser | None, *, today: dt.date
) -> list[FollowUp]:
    """Installments past their due date (read only)."""
    with reading(store, user) as session:
        return plan_lists.installments_overdue(session, today=today)


def cut_list(store: Store, user: AuthenticatedUser | None, *, today: dt.date) -> list[CutCandidate]:
    """Accounts eligible for a cut (read only)."""
    with reading(store, user) as session:
        return plan_lists.cut_list(session, today=today)


def check_plans(
    store: Store,
    user: AuthenticatedUser | None,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> CheckResult:
    """Apply the plans' life rules in one transaction. ``user`` None: the scheduled run,
    journaled as the system user (as before)."""
    with writing(store, user) as uow:
        if user is None:
            return plans.check_plans(uow, today=today, now=now)
        return plans.check_plans(uow, today=today, username=user.username, now=now)
