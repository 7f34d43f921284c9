"""Certificates handed to the customer: payment certificate, no-debt certificate.

Why a separate check: the command line and the window refuse an unknown receipt or an
account that still owes before asking for a password or taking the write lock; the issue
itself re-checks everything in its own transaction and commits the register entry. The PDF
is drawn by the caller from the returned immutable record, after the commit: a PDF that
failed is made again by issuing again (each issue is its own register entry).
"""

from __future__ import annotations

import datetime as dt

from desktop.services import certificates, receipts
from desktop.services.auth import AuthenticatedUser
from desktop.services.certificates import NoDebtCertificate, PaymentCertificate
from desktop.store.db import Store
from desktop.use_cases.base import reading, writing


def check_payment_certificate(
    store: Store, user: AuthenticatedUser | None, receipt_no: str
) -> None:
    """Refuse an unknown receipt now (read only; also before the log-in)."""
    with reading(store, user) as session:
        receipts.receipt_data(session, receipt_no)


def check_no_debt(store: Store, user: AuthenticatedUser | None, account_no: str) -> None:
    """Refuse now when anything is due on ``account_no`` (read only; also before log-in)."""
    with reading(store, user) as session:
        certificates.check_no_debt(session, account_no)


def issue_payment_certificate(
    store: Store, user: AuthenticatedUser, receipt_no: str, *, now: dt.datetime | None = None
) -> PaymentCertificate:
    """Register and commit the certificate of the payment of ``receipt_no``."""
    with writing(store, user, permission="issue_certificate") as uow:
        return certificates.issue_payment_certificate(uow, receipt_no, user, now=now)


def issue_no_debt_certificate(
    store: Store, user: AuthenticatedUser, account_no: str, *, now: dt.datetime | None = None
) -> NoDebtCertificate:
    """Register and commit the no-debt certificate of ``account_no`` (nothing due)."""
    with writing(store, user, permission="issue_certificate") as uow:
        return certificates.issue_no_debt_certificate(uow, account_no, user, now=now)
