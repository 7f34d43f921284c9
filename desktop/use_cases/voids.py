"""Undoing a payment the same day (void) or later (correction), with a manager's approval.

Why the clerk's permission is checked here and the approver's in the service: the clerk is
the caller; the approver is someone who typed a password at the same counter, and the
service checks both roles and that they are two different people. Either refusal is
journaled by the use-case helper once nothing has been written.
"""

from __future__ import annotations

import datetime as dt

from desktop.services import corrections, voidable, voids
from desktop.services.auth import AuthenticatedUser
from desktop.services.corrections import CorrectionResult
from desktop.services.voids import VoidResult
from desktop.store.db import Store
from desktop.use_cases.base import reading, writing


def void_payment(
    store: Store,
    clerk: AuthenticatedUser,
    approver: AuthenticatedUser,
    receipt_no: str,
    reason_code: str,
    reason_text: str = "",
    *,
    now: dt.datetime | None = None,
) -> VoidResult:
    """Void today's payment ``receipt_no`` (approved by ``approver``); one transaction."""
    with writing(store, clerk, permission="take_payment") as uow:
        return voids.void_payment(
            uow, clerk, approver, receipt_no, reason_code, reason_text, now=now
        )


def correct_payment(
    store: Store,
    clerk: AuthenticatedUser,
    approver: AuthenticatedUser,
    receipt_no: str,
    reason_code: str,
    reason_text: str = "",
    *,
    now: dt.datetime | None = None,
) -> CorrectionResult:
    """Correct an earlier day's payment with a counter-entry (approved); one transaction."""
    with writing(store, clerk, permission="take_payment") as uow:
        return corrections.correct_payment(
            uow, clerk, approver, receipt_no, reason_code, reason_text, now=now
        )


def voidable_receipts(
    store: Store, user: AuthenticatedUser | None, account_no: str, *, today: dt.date | None = None
) -> frozenset[str]:
    """Receipts of ``account_no`` that may still be voided today (read only)."""
    with reading(store, user) as session:
        return voidable.voidable_receipts(session, account_no, today)
