"""Taking a payment at the counter: preview the allocation, then record it.

Why two use cases: the preview runs on every keystroke of the amount and must never take the
write lock; the payment itself is one write transaction that commits the payment, its
receipt number, journal entry and outbox row together (or nothing at all).
"""

from __future__ import annotations

import datetime as dt

from desktop.config import TerminalSettings, load_terminal_settings
from desktop.domain.allocation import AllocationPlan
from desktop.services import payments
from desktop.services.auth import AuthenticatedUser
from desktop.services.payments import PaymentRequest, PaymentResult
from desktop.store.db import Store
from desktop.use_cases.base import reading, writing


def payment_context(
    store: Store, user: AuthenticatedUser | None, account_no: str
) -> tuple[TerminalSettings, str]:
    """The settings and the currency of ``account_no`` that amounts are read in (read only;
    refuses an unknown account before anyone types a password, hence ``user`` may be None)."""
    with reading(store, user) as session:
        settings = load_terminal_settings(session)
        return settings, payments.find_account(session, account_no).currency


def preview_payment(
    store: Store, user: AuthenticatedUser, request: PaymentRequest, *, today: dt.date | None = None
) -> AllocationPlan:
    """How ``request`` would be spread over the open bills; nothing is written."""
    with reading(store, user, permission="take_payment") as session:
        settings = load_terminal_settings(session)
        return payments.preview_payment(session, request, settings, today=today)


def take_payment(
    store: Store,
    user: AuthenticatedUser,
    request: PaymentRequest,
    *,
    now: dt.datetime | None = None,
) -> PaymentResult:
    """Record the payment and commit; refused (nothing written) by a DomainError."""
    with writing(store, user, permission="take_payment") as uow:
        return payments.take_payment(uow, request, user, now=now)
