"""One synchronisation (push, then pull), its status, and the background sender.

Why push first: the pull subtracts local payments that central has not acknowledged yet;
pushing first keeps that set small, so the open amounts the clerk sees are central's.
Why check the agency first: a desktop configured for agency 2401 but given the login of
agency 2402 must stop with a clear message, not have every item rejected as "wrong agency".
The background sender is a plain thread with a stop event: the window (not this package)
decides when to start it and shows its reports; it never touches Qt.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select

from desktop.domain.errors import DomainError
from desktop.store.db import Store
from desktop.store.models import OutboxItem, Setting, SyncQuarantine
from desktop.sync.client import CentralClient
from desktop.sync.initial_load import (
    InitialLoadResult,
    LoadProgress,
    initial_load,
    load_state,
    needs_initial_load,
)
from desktop.sync.pull import PullResult, load_cursor, pull_changes
from desktop.sync.push import PushResult, push_outbox


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one synchronisation did. Fields: agency, pushed, duplicates, rejected, flagged,
    pulled (rows applied), deferred, cursor (central transaction id reached), finished_at,
    initial_load (None, or the counts of the region's initial load run by this sync:
    accounts, service_points, bills, pages, total, loaded, resumed, since, set_aside),
    set_aside (pulled rows that failed their checks: now sync problems for the manager)."""

    agency: str
    pushed: int
    duplicates: int
    rejected: int
    flagged: int
    pulled: int
    deferred: int
    cursor: str
    finished_at: str
    initial_load: dict[str, Any] | None = None
    set_aside: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_agency(store: Store, central: CentralClient) -> str:
    """The agency of the central login, refused when it is not this terminal's agency."""
    remote = str(central.whoami()["agency"])
    with store.read() as s:
        local = s.scalar(select(Setting.value).where(Setting.key == "agency_code"))
    if local is not None and local != remote:
        raise DomainError("sync.wrong_agency", local=local, remote=remote)
    return remote


def sync_once(
    store: Store,
    central: CentralClient,
    *,
    progress: Callable[[int, str], None] | None = None,
    initial: bool = False,
    load_progress: LoadProgress | None = None,
) -> SyncReport:
    """Push the outbox, then pull the agency's changes. Raises DomainError when offline.

    A workstation that has never pulled and holds no account (or whose initial load was
    interrupted) first loads its region in bulk (``initial_load``); ``initial`` forces a load
    (a fresh one, or the end of an interrupted one). The incremental pull that follows brings
    what changed centrally during the load.
    """
    agency = check_agency(store, central)
    pushed: PushResult = push_outbox(store, central)
    loaded: InitialLoadResult | None = None
    if initial or needs_initial_load(store):
        loaded = initial_load(store, central, progress=load_progress)
    pulled: PullResult = pull_changes(store, central, progress=progress)
    return SyncReport(
        agency,
        pushed.pushed,
        pushed.duplicates,
        pushed.rejected,
        pushed.flagged,
        pulled.total,
        pulled.deferred,
        pulled.since,
        dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        loaded.as_dict() if loaded else None,
        pulled.set_aside,
    )


def sync_status(store: Store) -> dict[str, Any]:
    """Pending outbox items, open quarantine, and where the pull cursor stands (no network)."""
    with store.read() as s:
        pending = s.scalar(
            select(func.count()).select_from(OutboxItem).where(OutboxItem.sent_at.is_(None))
        )
        quarantined = s.scalars(
            select(SyncQuarantine)
            .where(SyncQuarantine.resolved_at.is_(None))
            .order_by(SyncQuarantine.id)
        ).all()
        cursor = load_cursor(s)
        load = load_state(s)
        return {
            "pending": pending or 0,
            "quarantined": len(quarantined),
            "quarantine": [
                {
                    "outbox_uuid": q.outbox_uuid,
                    "entity": q.entity,
                    "op": q.op,
                    "entity_uuid": q.entity_uuid,
                    "reason": q.reason,
                    "detail": q.detail,
                    "receipt_no": (q.payload or {}).get("receipt_no"),
                    "created_at": q.created_at.isoformat(),
                }
                for q in quarantined
            ],
            "cursor": {
                "since": cursor.since,
                "paging": cursor.after is not None,
                "last_pull": None
                if cursor.since == "0" and cursor.after is None
                else cursor.updated_at.isoformat(),
            },
            "initial_load": None
            if load is None
            else {"done": load["done"], "loaded": load["loaded"], "total": load["total"]},
        }


class BackgroundSync:
    """Runs ``sync_once`` every ``interval`` seconds (and at once on ``wake()``) on its own
    thread, handing each report or DomainError to ``on_result``. Never raises into the GUI.

    ``on_progress`` (optional) gets (accounts loaded, accounts of the region) after each page
    of an initial load, from the sync thread: a GUI must hop to its own thread to show it."""

    def __init__(
        self,
        store: Store,
        central: CentralClient,
        on_result: Callable[[SyncReport | DomainError], None],
        *,
        interval: float = 60.0,
        on_progress: LoadProgress | None = None,
    ) -> None:
        self.store, self.central, self.on_result, self.interval = (
            store,
            central,
            on_result,
            interval,
        )
        self.on_progress = on_progress
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="guichet-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """Run at once ("Sync now") at once instead of waiting for the next tick."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                result: SyncReport | DomainError = sync_once(
                    self.store, self.central, load_progress=self.on_progress
                )
            except DomainError as exc:
                result = exc
            except Exception as exc:
                result = DomainError("sync.failed", problem=str(exc).splitlines()[0][:200])
            self.on_result(result)
            self._wake.wait(self.interval)
            self._wake.clear()
