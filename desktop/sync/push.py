"""Push: drain the local outbox to the central database, in batches, exactly once.

Why it is safe to retry anything: central stores each record under its client UUID with
``ON CONFLICT DO NOTHING`` and a payload hash, so sending an item twice returns "duplicate".
The local outbox row is marked only AFTER central has committed and answered, in a local
transaction of its own. A crash between the two leaves the row pending; the next run sends
it again and gets "duplicate": counted once centrally, acknowledged locally.

Rejected items (same UUID with other content, a receipt number reused by another UUID, a
payload for another agency...) are copied to ``sync_quarantine`` for the branch manager and
leave the queue in the same transaction: one bad item never blocks the payments behind it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select, update

from desktop.store.db import Store
from desktop.store.models import OutboxItem, SyncQuarantine

BATCH_SIZE = 200


class PushTarget(Protocol):
    """What push needs from the central side (``CentralClient``; a fake in unit tests)."""

    def push(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]: ...


@dataclass(frozen=True, slots=True)
class PushResult:
    """Counts of one drain. Fields: pushed (newly stored centrally), duplicates (already
    there: a retry), rejected (quarantined), flagged (stored with flags such as
    needs_credit), batches (round trips)."""

    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    flagged: int = 0
    batches: int = 0

    def __add__(self, other: PushResult) -> PushResult:
        return PushResult(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))


def _fields(r: PushResult) -> tuple[int, ...]:
    return (r.pushed, r.duplicates, r.rejected, r.flagged, r.batches)


def pending_batch(store: Store, limit: int = BATCH_SIZE) -> list[dict[str, Any]]:
    """The oldest unacknowledged outbox items, as sent to central (creation order kept, so a
    void always follows its payment)."""
    with store.read() as s:
        rows = s.scalars(
            select(OutboxItem)
            .where(OutboxItem.sent_at.is_(None))
            .order_by(OutboxItem.id)
            .limit(limit)
        ).all()
        return [
            {"uuid": r.uuid, "entity": r.entity, "entity_uuid": r.entity_uuid, "op": r.op,
             "payload": r.payload}
            for r in rows
        ]  # fmt: skip


def acknowledge(
    store: Store, items: list[dict[str, Any]], results: list[dict[str, Any]], now: dt.datetime
) -> PushResult:
    """Mark acknowledged items sent and quarantine rejected ones, in one local transaction."""
    by_uuid = {r.get("uuid"): r for r in results}
    counts = {"inserted": 0, "duplicate": 0, "rejected": 0}
    flagged = 0
    with store.unit_of_work() as uow:
        s = uow.session
        for item in items:
            answer = by_uuid.get(item["uuid"])
            if answer is None:  # not answered: stays pending, sent again next time
                continue
            status = answer.get("status")
            if status not in counts:
                continue
            counts[status] += 1
            flagged += bool(answer.get("flags"))
            known = (
                s.scalar(select(SyncQuarantine).where(SyncQuarantine.outbox_uuid == item["uuid"]))
                if status == "rejected"
                else None
            )
            if known is not None and known.resolved_at is not None:
                # Sent again by a manager and refused again: back on the manager's list.
                known.resolved_at, known.resolved_by = None, None
                known.reason = str(answer.get("reason") or "rejected")[:32]
                known.detail = str(answer.get("detail") or "")
            elif status == "rejected" and known is None:
                s.add(
                    SyncQuarantine(
                        outbox_uuid=item["uuid"], entity=item["entity"],
                        entity_uuid=item["entity_uuid"], op=item["op"],
                        reason=str(answer.get("reason") or "rejected")[:32],
                        detail=str(answer.get("detail") or ""), payload=item["payload"],
                        created_at=now,
                    )
                )  # fmt: skip
            s.execute(
                update(OutboxItem)
                .where(OutboxItem.uuid == item["uuid"], OutboxItem.sent_at.is_(None))
                .values(sent_at=now)
            )
        uow.commit()
    return PushResult(counts["inserted"], counts["duplicate"], counts["rejected"], flagged, 1)


def push_outbox(
    store: Store,
    central: PushTarget,
    *,
    batch_size: int = BATCH_SIZE,
    max_batches: int | None = None,
    now: dt.datetime | None = None,
) -> PushResult:
    """Send pending outbox items until none is left (or ``max_batches``); returns the counts.

    Raises ``DomainError("sync.offline")`` when central cannot be reached; what was already
    acknowledged stays acknowledged, the rest stays pending.
    """
    total = PushResult()
    while max_batches is None or total.batches < max_batches:
        items = pending_batch(store, batch_size)
        if not items:
            break
        results = central.push(items)  # central has committed when this returns
        moment = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
        done = acknowledge(store, items, results, moment)
        total = total + done
        if done.pushed + done.duplicates + done.rejected == 0:
            break  # central answered nothing usable: stop rather than loop
    return total
