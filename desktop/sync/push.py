"""Push: drain the local outbox to the central database, in batches, exactly once.

Why it is safe to retry anything: central stores each record under its client UUID with
``ON CONFLICT DO NOTHING`` and a payload hash, so sending an item twice returns "duplicate".
The local outbox row is marked only AFTER central has committed and answered, in a local
transaction of its own. A crash between the two leaves the row pending; the next run sends
it again and gets "duplicate": counted once centrally, acknowledged locally.

Every batch also carries the terminal's journal head (last seq and hash, read in the same
local read transaction as the items, so it covers their journal entries) and, when the
central client can, both go in ONE central transaction (``push_with_head``): central never
acknowledges an item without a head that anchors it (docs/decisions.md, "The journal head
travels in the transaction of its batch"). When the journal moved without anything to send
(a till opened), the head goes alone at the end.

Rejected items (same UUID with other content, a receipt number reused by another UUID, a
payload for another agency...) are copied to ``sync_quarantine`` for the branch manager and
leave the queue in the same transaction: one bad item never blocks the payments behind it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from desktop.store.db import Store
from desktop.store.journal import GENESIS
from desktop.store.models import OutboxItem, Setting, SyncCursor, SyncQuarantine
from desktop.sync.client import JournalHead

BATCH_SIZE = 200


class PushTarget(Protocol):
    """What push needs from the central side (``CentralClient``; a fake in unit tests)."""

    def push(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]: ...


class HeadPushTarget(PushTarget, Protocol):
    """A central side that also anchors the journal (``CentralClient``). Fakes that only
    ``push`` still work: the head is then simply not sent."""

    def push_with_head(
        self, items: list[dict[str, Any]], head: JournalHead
    ) -> tuple[list[dict[str, Any]], dict[str, Any]]: ...

    def push_head(self, head: JournalHead) -> dict[str, Any]: ...


HEAD_STREAM = "central.journal_head"
"""``sync_cursors`` row remembering the last head central acknowledged (seq in ``since``,
{hash, status} in ``after``): only to avoid sending the same head twice. The audit never
trusts it; it asks central."""


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
    return pending_batch_with_head(store, limit)[0]


def journal_head(s: Session) -> JournalHead | None:
    """This terminal's journal head (None before the terminal is set up)."""
    terminal = s.scalar(select(Setting.value).where(Setting.key == "terminal_code"))
    if not terminal:
        return None
    last = s.execute(text("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")).first()
    return (
        JournalHead(terminal, int(last[0]), str(last[1]))
        if last
        else JournalHead(terminal, 0, GENESIS)
    )


def pending_batch_with_head(
    store: Store, limit: int = BATCH_SIZE
) -> tuple[list[dict[str, Any]], JournalHead | None]:
    """``pending_batch`` and the journal head, read in one local read transaction: every
    item's journal entry is at or below the head."""
    with store.read() as s:
        head = journal_head(s)
        rows = s.scalars(
            select(OutboxItem)
            .where(OutboxItem.sent_at.is_(None))
            .order_by(OutboxItem.id)
            .limit(limit)
        ).all()
        return [
            {
                "uuid": r.uuid,
                "entity": r.entity,
                "entity_uuid": r.entity_uuid,
                "op": r.op,
                "payload": r.payload,
            }
            for r in rows
        ], head


def _remember_head(s: Session, head: JournalHead, answer: dict[str, Any], now: dt.datetime) -> None:
    row = s.get(SyncCursor, HEAD_STREAM)
    after = {"hash": head.hash, "status": str(answer.get("status") or "")}
    if row is None:
        s.add(
            SyncCursor(
                stream=HEAD_STREAM,
                since=str(head.seq),
                after=after,
                next_since=None,
                updated_at=now,
            )
        )
    else:
        row.since, row.after, row.updated_at = str(head.seq), after, now


def last_sent_head(store: Store) -> tuple[int, str] | None:
    """(seq, hash) of the last head central acknowledged, as remembered here."""
    with store.read() as s:
        row = s.get(SyncCursor, HEAD_STREAM)
        return (int(row.since), str((row.after or {}).get("hash", ""))) if row else None


def acknowledge(
    store: Store,
    items: list[dict[str, Any]],
    results: list[dict[str, Any]],
    now: dt.datetime,
    *,
    head: JournalHead | None = None,
    head_answer: dict[str, Any] | None = None,
) -> PushResult:
    """Mark acknowledged items sent and quarantine rejected ones, in one local transaction
    (with the head central acknowledged alongside, when one was sent)."""
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
                        outbox_uuid=item["uuid"],
                        entity=item["entity"],
                        entity_uuid=item["entity_uuid"],
                        op=item["op"],
                        reason=str(answer.get("reason") or "rejected")[:32],
                        detail=str(answer.get("detail") or ""),
                        payload=item["payload"],
                        created_at=now,
                    )
                )
            s.execute(
                update(OutboxItem)
                .where(OutboxItem.uuid == item["uuid"], OutboxItem.sent_at.is_(None))
                .values(sent_at=now)
            )
        if (
            head is not None
            and head_answer is not None
            and head_answer.get("status") != "unsupported"
        ):
            _remember_head(s, head, head_answer, now)
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
    anchors = hasattr(central, "push_with_head") and hasattr(central, "push_head")
    while max_batches is None or total.batches < max_batches:
        items, head = pending_batch_with_head(store, batch_size)
        if not items:
            break
        answer: dict[str, Any] | None = None
        if anchors and head is not None:
            # items and head in one central transaction, committed when this returns
            results, answer = central.push_with_head(items, head)  # type: ignore[attr-defined]
        else:
            results = central.push(items)  # central has committed when this returns
        moment = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
        done = acknowledge(store, items, results, moment, head=head, head_answer=answer)
        total = total + done
        if done.pushed + done.duplicates + done.rejected == 0:
            break  # central answered nothing usable: stop rather than loop
    if anchors:
        send_head_if_moved(store, central, now=now)  # type: ignore[arg-type]
    return total


def send_head_if_moved(
    store: Store, central: HeadPushTarget, *, now: dt.datetime | None = None
) -> dict[str, Any] | None:
    """Send the journal head alone when it differs from the last one central acknowledged
    (entries with nothing to send: a till opened, a log-in). Returns central's answer, or
    None when nothing had to be sent. Bounds what is not anchored to one sync interval."""
    with store.read() as s:
        head = journal_head(s)
    if head is None or last_sent_head(store) == (head.seq, head.hash):
        return None
    answer = central.push_head(head)
    if answer.get("status") == "unsupported":
        return answer  # central older than c0008: sent again after its upgrade
    moment = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with store.unit_of_work() as uow:
        _remember_head(uow.session, head, answer, moment)
        uow.commit()
    return answer
