"""Synchronisation in the window: the background sender, its indicator and "Sync now".

Why this shape (electrum's pattern): ``desktop.sync.service.BackgroundSync`` runs on a plain
thread of its own and knows nothing of Qt; its reports are re-emitted here as a Qt signal,
which Qt queues to the GUI thread because this object lives there. The counts shown
(pending outbox, quarantined items) are read by ``sync_status`` on the database worker, so
the GUI thread never touches the database or the network. Without a central address in the
settings nothing is started and the indicator says so: the counter works offline anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.domain.errors import DomainError
from desktop.store.db import Store
from desktop.sync.client import CentralClient
from desktop.sync.service import BackgroundSync, SyncReport
from desktop.use_cases.sync import central_address, sync_status
from ui.operations import ReadOp
from ui.worker import DbWorker

ClientFactory = Callable[[str], Any]
STOP_TIMEOUT_S = 3.0
"""At close, wait this long for a synchronisation in flight; the thread is a daemon and
whatever central did not acknowledge stays in the outbox for the next start."""


@dataclass(frozen=True, slots=True)
class SyncState:
    """What the indicator shows.

    Fields: configured (a central address is set), running (a first answer is awaited or a
    sync is under way), online (last attempt reached central; None before any), pending
    (outbox items not acknowledged), quarantined (rejected items for the manager),
    last_success (UTC, of the last sync that reached central), problem (the last error).
    """

    configured: bool = False
    running: bool = False
    online: bool | None = None
    pending: int = 0
    quarantined: int = 0
    last_success: dt.datetime | None = None
    problem: DomainError | None = None


def _central_url(store: Store) -> str:
    """The settings' central address with the agency password from its credentials file."""
    return central_address(store, None)


class SyncController(QObject):
    """Owns the ``BackgroundSync`` of one window. ``changed`` carries every new ``SyncState``;
    ``quarantine_loaded`` the quarantine rows after each status refresh."""

    changed = Signal(object)
    quarantine_loaded = Signal(list)
    _reported = Signal(object)  # from the sync thread; queued to the GUI thread

    def __init__(
        self,
        worker: DbWorker,
        parent: QObject | None = None,
        *,
        client_factory: ClientFactory = CentralClient.connect,
        interval: float = 60.0,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.client_factory, self.interval = client_factory, interval
        self.state = SyncState()
        self.quarantine: list[dict[str, Any]] = []
        self.background: BackgroundSync | None = None
        self.client: Any = None
        self._reported.connect(self._on_report)

    # --- life cycle -----------------------------------------------------------------------
    def start(self) -> None:
        """Read the central address (worker), then start the sender if there is one."""
        ReadOp("sync.central_url", _central_url, owner=self).success(self._url_loaded).failure(
            self._failed
        ).run(self.worker)
        self.refresh()

    def _url_loaded(self, url: str) -> None:
        if self.background is not None:
            return  # already running
        if not url:
            self._set(configured=False, running=False)
            return
        try:
            self.client = self.client_factory(url)
        except DomainError as exc:
            self._set(configured=True, online=False, problem=exc)
            return
        self._set(configured=True, running=True)
        self.background = BackgroundSync(
            self.worker.store, self.client, self._reported.emit, interval=self.interval
        )
        self.background.start()

    def stop(self) -> None:
        """Stop the sender (at close); safe to call twice or when nothing was started."""
        background, self.background = self.background, None
        if background is not None:
            background.stop(STOP_TIMEOUT_S)
        client, self.client = self.client, None
        if client is not None and hasattr(client, "dispose"):
            client.dispose()

    def sync_now(self) -> bool:
        """Wake the sender; False when no central is configured (nothing to do)."""
        if self.background is None:
            self.changed.emit(self.state)
            return False
        self._set(running=True)
        self.background.wake()
        return True

    # --- reports --------------------------------------------------------------------------
    def _on_report(self, result: SyncReport | DomainError) -> None:
        if isinstance(result, DomainError):
            self._set(running=False, online=False, problem=result)
        else:
            finished = dt.datetime.fromisoformat(result.finished_at).astimezone(dt.UTC)
            self._set(
                running=False, online=True, problem=None, last_success=finished.replace(tzinfo=None)
            )
        self.refresh()

    def refresh(self) -> None:
        """Re-read the pending and quarantined counts (worker)."""
        ReadOp("sync.status", lambda store: sync_status(store, None), owner=self).success(
            self._status_loaded
        ).failure(self._failed).run(self.worker)

    def _status_loaded(self, status: dict[str, Any]) -> None:
        self.quarantine = list(status["quarantine"])
        self._set(pending=int(status["pending"]), quarantined=int(status["quarantined"]))
        self.quarantine_loaded.emit(self.quarantine)

    def _failed(self, error: BaseException) -> None:
        problem = (
            error
            if isinstance(error, DomainError)
            else DomainError("sync.failed", problem=type(error).__name__)
        )
        self._set(problem=problem)

    def _set(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        self.changed.emit(self.state)
