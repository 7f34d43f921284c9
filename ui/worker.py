"""One serial database worker for the whole window, with results delivered on the GUI thread.

Why: a query or a payment must never run in a slot on the GUI thread (the window would
freeze with a queue at the counter), and SQLite wants one writer at a time. A thread pool of
exactly one thread runs jobs in submission order; each job opens its own short session from
the ``Store`` (no session crosses threads) and its outcome is handed back through a queued
signal, so callbacks always run on the GUI thread. Pattern borrowed from Anki's ``aqt``
operations: the window and its dialogs describe their work as named operations
(``ui.operations.ReadOp``/``WriteOp``) which end up here as ``submit(job, ...)``.

The worker also keeps what every operation shares, whoever asked for it: the name of the
work in progress (``progress`` is emitted once the queue has been busy for
``progress_delay_ms``, so only slow work is shown), ``written`` after every committed write
(the one "after write" step the window hangs the sync and refreshes on, emitted even when
the dialog that asked was closed meanwhile), and ``unhandled`` for a failure nobody asked to
handle (the window says it).
"""

from __future__ import annotations

import logging
import time
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from desktop.domain.errors import DomainError
from desktop.store.db import Store

log = logging.getLogger(__name__)

Job = Callable[[Store], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]
PROGRESS_DELAY_MS = 1000
"""Work that ends sooner shows nothing: a status that flickers on every search helps no one."""


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
        self,
        store: Store,
        job: Job,
        relay: _Relay,
        ok: Success | None,
        fail: Failure | None,
        name: str = "",
    ) -> None:
        super().__init__()
        self._store, self._job, self._relay = store, job, relay
        self._ok, self._fail = ok, fail
        self._name = name or "job"

    def run(self) -> None:
        # No local name holds the job or a callback: only this list, emptied on the GUI thread.
        baggage = [self._job, self._ok, self._fail]
        self._job = self._ok = self._fail = None  # type: ignore[assignment]
        started = time.perf_counter()
        try:
            value = baggage[0](self._store)
        except Exception as exc:  # handed to the GUI thread, never swallowed
            if isinstance(exc, DomainError):
                log.info("%s refused: %s", self._name, exc.code)
            else:
                log.error("%s failed:\n%s", self._name, traceback.format_exc())
            self._relay.finished.emit(baggage[2], exc, baggage)
            return
        log.debug("%s done in %.0f ms", self._name, (time.perf_counter() - started) * 1000)
        self._relay.finished.emit(baggage[1], value, baggage)


class DbWorker(QObject):
    """Runs ``job(store)`` callables one at a time, off the GUI thread.

    ``busy_changed`` lets the window show that something is in progress; ``progress`` carries
    the name of the operation under way once the worker has been busy for
    ``progress_delay_ms`` ("" when idle again); ``written`` (name, result) follows every
    committed write; ``unhandled`` (name, error) a failure submitted without a handler.
    """

    busy_changed = Signal(bool)
    progress = Signal(str)
    written = Signal(str, object)
    unhandled = Signal(str, object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._relay.deliver)
        self._pending = 0
        self._names: deque[str] = deque()  # submission order = run order (one thread)
        self.progress_delay_ms = PROGRESS_DELAY_MS
        self._slow = QTimer(self, singleShot=True)
        self._slow.timeout.connect(self._show_progress)
        self._showing = False

    def submit(
        self,
        job: Job,
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        *,
        owner: QObject | None = None,
        name: str = "",
        writes: bool = False,
    ) -> None:
        """Queue ``job``; exactly one of the callbacks is later called on the GUI thread.

        The callbacks are skipped when ``owner`` (or the object of a bound-method callback)
        has been deleted in the meantime: a closed dialog must not be updated. ``written`` is
        emitted for a successful job that ``writes`` whether or not its owner is still
        there: the write is committed either way. Without ``on_failure``, a failure is
        emitted as ``unhandled`` for the window to show.
        """
        self._pending += 1
        self._names.append(name or "job")
        if self._pending == 1:
            self.busy_changed.emit(True)
            self._slow.start(self.progress_delay_ms)
        ok = self._done(on_success, owner, name, "written" if writes else "")
        fail = self._done(on_failure, owner, name, "" if on_failure else "unhandled")
        self._pool.start(_Task(self.store, job, self._relay, ok, fail, name))

    def _done(
        self,
        callback: Callable[[Any], None] | None,
        owner: QObject | None,
        name: str,
        announce: str,
    ) -> Callable[[Any], None]:
        owner = owner or getattr(callback, "__self__", None)

        def call(value: Any) -> None:
            self._pending -= 1
            if self._names:
                self._names.popleft()
            if self._pending == 0:
                self._slow.stop()
                if self._showing:
                    self._showing = False
                    self.progress.emit("")
                self.busy_changed.emit(False)
            elif self._showing:
                self.progress.emit(self._names[0])  # the next one runs now
            if announce == "written":
                self.written.emit(name, value)
            elif announce == "unhandled":
                self.unhandled.emit(name, value)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                return  # the dialog or window that asked was closed and deleted meanwhile
            if callback is not None:
                callback(value)

        return call

    def _show_progress(self) -> None:
        if self._pending and self._names:
            self._showing = True
            self.progress.emit(self._names[0])

    @property
    def running(self) -> str:
        """Name of the operation under way ("" when idle)."""
        return self._names[0] if self._pending and self._names else ""

    @property
    def pending(self) -> int:
        """Jobs submitted whose callback has not run yet."""
        return self._pending

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (shutdown and tests only: never from a slot)."""
        return self._pool.waitForDone(msecs)
