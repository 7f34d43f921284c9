"""Which payments of an account the counter may offer to void right now.

Why a query of its own: ``void_payment`` is the authority and refuses anything else, but the
clerk should not be offered a button that can only fail. A payment qualifies when it is still
valid, has a receipt, and belongs to a cash session of today that is still open on this
terminal (the same conditions the use case checks, read once per displayed account).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.config import load_terminal_settings
from desktop.store.models import Account, Payment, Receipt, Till


def voidable_receipts(
    session: Session, account_no: str, today: dt.date | None = None
) -> frozenset[str]:
    """Receipt numbers of ``account_no`` that a void could still reverse today."""
    settings = load_terminal_settings(session)
    today = today or dt.datetime.now().astimezone().date()
    rows = session.scalars(
        select(Receipt.receipt_no)
        .join(Payment, Payment.uuid == Receipt.payment_uuid)
        .join(Account, Account.id == Payment.account_id)
        .join(Till, Till.uuid == Payment.session_uuid)
        .where(
            Account.account_no == account_no,
            Payment.status == "valid",
            Till.status == "open",
            Till.business_day == today,
            Till.agency == settings.agency_code,
            Till.terminal == settings.terminal_code,
        )
    ).all()
    return frozenset(rows)
