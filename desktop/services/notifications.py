"""Messages the company would send to a customer, queued for the central database.

Why queued here and never sent: the desktop has no SMS or e-mail gateway, may be offline,
and several counters could otherwise send the same alert twice. Lydec asks customers to
keep their mobile and e-mail current to be told at once of unusual consumption, an e-bill
being ready or an outage; the counter only records that such a message is due (a
``notifications`` row plus its outbox twin, in the caller's transaction), and central's
gateway sends it once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.store.db import UnitOfWork
from desktop.store.models import Account, Bill, ContactPreference, Notification
from desktop.store.outbox import enqueue

KINDS = ("ebill_ready", "unusual_consumption", "installment_due", "planned_outage")
CHANNELS = ("sms", "email", "post")
COUNTRY_CODES = {"DZD": "213", "MAD": "212"}


@dataclass(frozen=True, slots=True)
class NotificationView:
    """A queued message, for lists. Fields: uuid, account_no, kind, channel, recipient,
    status (queued until central has sent it), created_at, payload (JSON values)."""

    uuid: str
    account_no: str
    kind: str
    channel: str
    recipient: str
    status: str
    created_at: dt.datetime
    payload: dict[str, Any]


def _utc(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)


def international(phone: str, currency: str) -> str:
    """E.164 form for the gateway: national ``0661...`` -> ``+213661...`` (country by the
    account's currency); numbers already stored as ``+212...`` are kept."""
    if phone.startswith("+"):
        return phone
    return f"+{COUNTRY_CODES[currency]}{phone[1:]}" if phone.startswith("0") else phone


def _recipient(account: Account, channel: str) -> str | None:
    if channel == "sms":
        return international(account.phone1, account.currency) if account.phone1 else None
    if channel == "email":
        return account.email or None
    address = ", ".join(p for p in (account.address, account.city) if p)
    return address or None


def queue_notification(
    session: Session,
    account: Account,
    kind: str,
    payload: dict[str, Any],
    *,
    now: dt.datetime | None = None,
) -> Notification | None:
    """Queue ``kind`` for ``account`` in the caller's transaction; None when not due.

    Channel: the customer's preference; alerts fall back to SMS, then e-mail, then post
    when the preferred channel has no address (or no preference was ever saved). ``ebill_ready`` is only for customers who
    opted in (the paper bill goes by post anyway) and never falls back to post.
    """
    if kind not in KINDS:
        raise DomainError("notification.kind_unknown", kind=kind, known=", ".join(KINDS))
    pref = session.get(ContactPreference, account.id)
    if kind == "ebill_ready":
        if not (pref and pref.ebill):
            return None
        order = [pref.channel] if pref.channel != "post" else []
    else:  # no saved preference: the fastest channel that has an address
        first = [pref.channel] if pref else []
        order = [*first, *(c for c in CHANNELS if c not in first)]
    for channel in order:
        recipient = _recipient(account, channel)
        if recipient:
            break
    else:
        return None
    moment = _utc(now)
    note = Notification(
        uuid=str(uuid.uuid4()),
        account_id=account.id,
        kind=kind,
        channel=channel,
        recipient=recipient,
        payload=payload,
        status="queued",
        created_at=moment,
    )
    session.add(note)
    enqueue(
        session,
        "notification",
        note.uuid,
        "create",
        {
            "account_no": account.account_no,
            "kind": kind,
            "channel": channel,
            "recipient": recipient,
            "created_at": moment.isoformat(),
            **payload,
        },
        moment,
    )
    return note


def notify_ebill_ready(uow: UnitOfWork, bill_no: str, *, now: dt.datetime | None = None) -> bool:
    """Queue "your e-bill is ready" for ``bill_no``; False when the customer did not opt in."""
    s = uow.session
    bill = s.scalars(select(Bill).where(Bill.bill_no == bill_no)).first()
    if bill is None:
        raise DomainError("bill.not_found", bill_no=bill_no, account_no="-")
    account = s.get(Account, bill.account_id)
    assert account is not None
    note = queue_notification(
        s,
        account,
        "ebill_ready",
        {
            "bill_no": bill.bill_no,
            "due_date": bill.due_date.isoformat(),
            "amount_minor": bill.amount_minor,
            "currency": bill.currency,
            "estimated": bill.estimated,
        },
        now=now,
    )
    uow.commit()
    return note is not None


def list_notifications(session: Session, status: str | None = "queued") -> list[NotificationView]:
    """Queued (or all, with ``status=None``) notifications, oldest first."""
    query = select(Notification, Account.account_no).join(
        Account, Account.id == Notification.account_id
    )
    if status:
        query = query.where(Notification.status == status)
    return [
        NotificationView(
            n.uuid,
            account_no,
            n.kind,
            n.channel,
            n.recipient,
            n.status,
            n.created_at,
            dict(n.payload),
        )
        for n, account_no in session.execute(query.order_by(Notification.created_at))
    ]
