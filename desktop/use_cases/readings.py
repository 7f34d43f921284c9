"""Meter readings typed at the counter and the list of unusual ones.

Why a write transaction for a reading: it may regularise estimated bills and queue a
notification, all of which must commit with the reading or not at all.
"""

from __future__ import annotations

import datetime as dt
from datetime import date

from desktop.services import readings
from desktop.services.auth import AuthenticatedUser
from desktop.services.readings import ReadingInput, ReadingResult, UnusualCase
from desktop.store.db import Store
from desktop.use_cases.base import reading, writing


def record_reading(
    store: Store,
    user: AuthenticatedUser,
    entry: ReadingInput,
    *,
    today: date | None = None,
    now: dt.datetime | None = None,
) -> ReadingResult:
    """Record ``entry`` (with any regularisation it triggers); one transaction."""
    with writing(store, user, permission="take_payment") as uow:
        return readings.record_reading(uow, user, entry, today=today, now=now)


def list_unusual(
    store: Store, user: AuthenticatedUser | None, *, include_closed: bool = False
) -> list[UnusualCase]:
    """Readings flagged as unusual (read only)."""
    with reading(store, user) as session:
        return readings.list_unusual(session, include_closed=include_closed)
