"""Sync problems: the items central refused, and what the branch manager does about them.

Why a use case and not just a list: a quarantined item is money (a payment, a void, a
correction) that central did not take. It left the queue so that nothing behind it waits,
but someone has to close the loop, and that someone must be accountable. A manager can

- **send it again** (``retry``): the same outbox item goes back to the queue unchanged. Right
  when the cause was elsewhere and is now fixed (a void refused because its payment had not
  reached central yet, central's schema upgraded, support corrected the conflicting row). If
  central refuses it again, it comes back here (see ``desktop.sync.push.acknowledge``).
- **mark it handled** (``handled``) with a note saying what was done (customer refunded,
  duplicate confirmed with support, cloned terminal's receipts re-entered...). The note goes
  to the local journal and, as an outbox event, to central, so both sides keep the decision.

Rows central sent that failed the pull's checks are on the same list (entity ``pull/bill``,
``pull/account``...; see ``desktop.sync.set_aside``): "send again" is refused for them
(``sync.pull_problem_no_retry``: it is central's data), "handled" closes them, and a
corrected version from central closes them by itself (``resolved_by`` "central").

Nothing is deleted and nothing is edited in place: the item, its payload and central's words
stay; resolution adds who, when and how. Only managers and administrators (``approve``) may
see the details or act, checked here and not only hidden in the window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from desktop.domain.card_numbers import refuse_card_number
from desktop.domain.errors import DomainError, Problem
from desktop.services.auth import AuthenticatedUser, require
from desktop.store import journal
from desktop.store.db import Store
from desktop.store.models import OutboxItem, SyncQuarantine
from desktop.store.outbox import enqueue
from desktop.sync.set_aside import is_pulled

ACTIONS = ("retry", "handled")
MIN_NOTE = 5
MAX_NOTE = 500


@dataclass(frozen=True, slots=True)
class QuarantineItem:
    """One refused item as the manager sees it.

    Fields: outbox_uuid (what to name when acting on it), entity/op (payment create, payment
    void...), entity_uuid, reason (central's code) and detail (central's words), receipt_no,
    amount (decimal string) and currency when the payload has them, created_at, resolved_at /
    resolved_by (None while open).
    """

    outbox_uuid: str
    entity: str
    op: str
    entity_uuid: str
    reason: str
    detail: str
    receipt_no: str | None
    amount: str | None
    currency: str | None
    created_at: dt.datetime
    resolved_at: dt.datetime | None
    resolved_by: str | None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (dates as ISO text); the shape ``sync status`` and the window use."""
        return {
            "outbox_uuid": self.outbox_uuid,
            "entity": self.entity,
            "op": self.op,
            "entity_uuid": self.entity_uuid,
            "reason": self.reason,
            "detail": self.detail,
            "receipt_no": self.receipt_no,
            "amount": self.amount,
            "currency": self.currency,
            "created_at": self.created_at.isoformat(),
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
            "resolved_by": self.resolved_by,
            "from_central": self.from_central,
        }

    @property
    def from_central(self) -> bool:
        """A row central sent that failed its checks (only "handled" applies to it)."""
        return is_pulled(self.entity)


def _item(q: SyncQuarantine) -> QuarantineItem:
    payload = q.payload if isinstance(q.payload, dict) else {}
    receipt = payload.get("receipt_no")
    amount = payload.get("amount")
    return QuarantineItem(
        q.outbox_uuid,
        q.entity,
        q.op,
        q.entity_uuid,
        q.reason,
        q.detail,
        str(receipt) if receipt is not None else None,
        str(amount) if amount is not None else None,
        str(payload["currency"]) if payload.get("currency") else None,
        q.created_at,
        q.resolved_at,
        q.resolved_by,
    )


def list_quarantine(
    store: Store, user: AuthenticatedUser, *, include_resolved: bool = False
) -> list[QuarantineItem]:
    """Refused items, oldest first (open ones only unless ``include_resolved``)."""
    require(user, "approve")
    with store.read() as s:
        query = select(SyncQuarantine).order_by(SyncQuarantine.id)
        if not include_resolved:
            query = query.where(SyncQuarantine.resolved_at.is_(None))
        return [_item(q) for q in s.scalars(query)]


def resolve_quarantine(
    store: Store,
    user: AuthenticatedUser,
    outbox_uuid: str,
    action: str,
    note: str = "",
    *,
    now: dt.datetime | None = None,
) -> QuarantineItem:
    """Send a refused item again or close it with a note; one local transaction, journaled."""
    require(user, "approve")
    if action not in ACTIONS:
        raise DomainError(
            "input.invalid", field="action", problem=Problem("one_of", choices=", ".join(ACTIONS))
        )
    note = " ".join(note.split())
    refuse_card_number("note", note)
    if action == "handled" and len(note) < MIN_NOTE:
        raise DomainError("sync.note_required", minimum=MIN_NOTE)
    if len(note) > MAX_NOTE:
        raise DomainError(
            "input.invalid", field="note", problem=Problem("note_too_long", limit=MAX_NOTE)
        )
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    key = outbox_uuid.strip().lower()
    with store.unit_of_work() as uow:
        s = uow.session
        q = s.scalar(select(SyncQuarantine).where(SyncQuarantine.outbox_uuid == key))
        if q is None:
            raise DomainError("sync.quarantine_unknown", item=outbox_uuid.strip())
        if q.resolved_at is not None:
            raise DomainError(
                "sync.quarantine_resolved",
                item=q.outbox_uuid,
                username=q.resolved_by or "?",
                at=q.resolved_at.isoformat(sep=" ", timespec="minutes"),
            )
        if action == "retry" and is_pulled(q.entity):
            raise DomainError("sync.pull_problem_no_retry", item=q.outbox_uuid)
        q.resolved_at, q.resolved_by = moment, user.username
        record = {
            "outbox_uuid": q.outbox_uuid,
            "entity": q.entity,
            "op": q.op,
            "reason": q.reason,
            "action": action,
            "note": note,
        }
        if action == "retry":
            s.execute(
                update(OutboxItem).where(OutboxItem.uuid == q.outbox_uuid).values(sent_at=None)
            )
        else:
            enqueue(
                s,
                "quarantine",
                q.outbox_uuid,
                "handled",
                {**record, "by": user.username, "at": moment.isoformat()},
                moment,
            )
        journal.append(
            s,
            f"sync.quarantine_{action}",
            record,
            username=user.username,
            entity_uuid=q.outbox_uuid,
            now=moment.replace(tzinfo=dt.UTC),
        )
        item = _item(q)
        uow.commit()
    return item
