"""Queue a change for the central database, inside the caller's write transaction.

Why one function: every counter change that central must know (payments, voids, tills,
day closes, plans, readings...) is written to the outbox in the same local transaction as
the change itself; that is what makes "taken at the counter" imply "will reach central".
The item's own UUID is what central deduplicates on (``ON CONFLICT`` on it), so a retried
push never doubles anything.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.orm import Session

from desktop.store.models import OutboxItem


def enqueue(
    session: Session,
    entity: str,
    entity_uuid: str,
    op: str,
    payload: dict[str, Any],
    created_at: dt.datetime,
) -> OutboxItem:
    """Add one outbox item (JSON values only in ``payload``; amounts as decimal strings)."""
    item = OutboxItem(
        uuid=str(uuid.uuid4()),
        entity=entity,
        entity_uuid=entity_uuid,
        op=op,
        payload=payload,
        created_at=created_at,
    )
    session.add(item)
    return item
