"""The items central refused (the quarantine): list them and resolve them (managers).

Why wrapped although ``desktop.sync.quarantine`` already takes the store: the permission is
checked and a refusal journaled here like every other use case (a refused listing was not
journaled before); the quarantine module keeps its own transactions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from desktop.credentials import SETTING_KEY, terminal_central_url
from desktop.services.auth import AuthenticatedUser
from desktop.store.db import Store
from desktop.store.models import Setting
from desktop.sync import quarantine, service
from desktop.sync.quarantine import QuarantineItem
from desktop.use_cases.base import guarded, reading


def list_quarantine(
    store: Store, user: AuthenticatedUser, *, include_resolved: bool = False
) -> list[QuarantineItem]:
    """Refused items, oldest first (open ones only unless ``include_resolved``)."""
    with guarded(store, user, permission="approve"):
        return quarantine.list_quarantine(store, user, include_resolved=include_resolved)


def resolve_quarantine(
    store: Store,
    user: AuthenticatedUser,
    outbox_uuid: str,
    action: str,
    note: str = "",
    *,
    now: dt.datetime | None = None,
) -> QuarantineItem:
    """Send a refused item again (``retry``) or close it with a note (``handled``)."""
    with guarded(store, user, permission="approve"):
        return quarantine.resolve_quarantine(store, user, outbox_uuid, action, note, now=now)


def sync_status(store: Store, user: AuthenticatedUser | None) -> dict[str, Any]:
    """Pending outbox items, open quarantine and the pull cursor (read only, no network)."""
    with guarded(store, user):
        return service.sync_status(store)


def central_address(store: Store, user: AuthenticatedUser | None) -> str:
    """The address this terminal syncs with, password from its 0600 credentials file
    ('' when no central is configured)."""
    with guarded(store, user):
        return terminal_central_url(store)


def credentials_setting(store: Store, user: AuthenticatedUser | None) -> str | None:
    """The terminal's ``central_credentials`` setting (the agency password file), or None
    (read only): the command line combines it with an address given on its own line."""
    with reading(store, user) as session:
        return session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
