"""One serial database worker for the whole window, with results delivered on the GUI thread.

Why: a query or a payment must never run in a slot on the GUI thread (the window would
freeze with a queue at the counter), and SQLite wants one writer at a time. A thread pool of
exactly one thread runs jobs in submission order; each job opens its own short session from
the ``Store`` (no session crosses threads) and its outcome is handed back through a queued
signal, so callbacks always run on the GUI thread. Pattern borrowed from Anki's ``aqt``
operations: ``worker.submit(job, on_success, on_failure)``.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.domain.errors import DomainError
from desktop.store.db import Store

log = logging.getLogger(__name__)

Job = Callable[[Store], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the pool thread are queued to it."""

    finished = Signal(object, object, object)  # callback, value, baggage

    @Slot(object, object, object)
    def deliver(self, callback: Callable[[Any], None] | None, value: Any, baggage: Any) -> None:
        """``baggage`` (the job and both callbacks) rides along only to be released here: the
        last reference to a closure that holds a widget must never be dropped on the pool
        thread, or Qt destroys the widget there ("QBasicTimer::stop: Failed…", then a crash)."""
        baggage.clear()  # released here, whichever thread lets go of the list itself last
        if callback is not None:
            callback(value)


class _Task(QRunnable):
    def __init__(
        self, store: Store, job: Job, relay: _Relay, ok: Success | None, fail: Failure | None
    ) -> None:
        super().__init__()
        self._store, self._job, self._relay = store, job, relay
        self._ok, self._fail = ok, fail

    def run(self) -> None:
        # No local name holds the job or a callback: only this list, emptied on the GUI thread.
        baggage = [self._job, self._ok, self._fail]
        self._job = self._ok = self._fail = None  # type: ignore[assignment]
        try:
            value = baggage[0](self._store)
        except Exception as exc:  # handed to the GUI thread, never swallowed
            if not isinstance(exc, DomainError):
                log.error("background job failed:\n%s", traceback.format_exc())
            self._relay.finished.emit(baggage[2], exc, baggage)
            return
        self._relay.finished.emit(baggage[1], value, baggage)


class DbWorker(QObject):
    """Runs ``job(store)`` callables one at a time, off the GUI thread.

    ``busy_changed`` lets the window show that something is in progress.
    """

    busy_changed = Signal(bool)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._relay.deliver)
        self._pending = 0

    def submit(
        self,
        job: Job,
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Queue ``job``; exactly one of the callbacks is later called on the GUI thread.

        The callbacks are skipped when ``owner`` (or the object of a bound-method callback)
        has been deleted in the meantime: a closed dialog must not be updated.
        """
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(
            _Task(
                self.store,
                job,
                self._relay,
                self._done(on_success, owner),
                self._done(on_failure, owner),
            )
        )

    def _done(
        self, callback: Callable[[Any], None] | None, owner: QObject | None
    ) -> Callable[[Any], None]:
        owner = owner or getattr(callback, "__self__", None)

        def call(value: Any) -> None:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                return  # the dialog or window that asked was closed and deleted meanwhile
            if callback is not None:
                callback(value)

        return call

    @property
    def pending(self) -> int:
        """Jobs submitted whose callback has not run yet."""
        return self._pending

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (shutdown and tests only: never from a slot)."""
        return self._pool.waitForDone(msecs)
