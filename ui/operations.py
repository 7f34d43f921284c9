"""Named operations: every read or write the window does, described once and run the same way.

Why (Anki's ``aqt`` ``QueryOp``/``CollectionOp``): the window and its dialogs used to hand
anonymous ``def job(store)`` closures to the worker, each wiring its own follow-ups; only
the payment woke the sync, and nothing said what the window was busy with. An operation has
a name (``"void.record"``: in the log, and turned into the progress text shown when it
takes over a second), a body that calls one use case, and success and failure handlers run
on the GUI thread. A ``WriteOp`` additionally passes through the worker's one after-write
step (``DbWorker.written``), where the window wakes the sync and refreshes what a write may
have changed, whichever dialog asked and even if it was closed meanwhile. An operation
without a failure handler is not silent: the window shows its error.

    ReadOp("account.open", lambda store: open_account(store, user, no)).success(show).run(worker)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.store.db import Store
from ui.worker import DbWorker

T = TypeVar("T")

_CONTEXT = "Operations"
_PROGRESS: dict[str, str] = {
    # name prefix -> progress text (translated when shown)
    "search": QT_TRANSLATE_NOOP("Operations", "Searching"),
    "account": QT_TRANSLATE_NOOP("Operations", "Loading the account"),
    "contacts.save": QT_TRANSLATE_NOOP("Operations", "Saving the contacts"),
    "contacts": QT_TRANSLATE_NOOP("Operations", "Loading the contacts"),
    "payment.take": QT_TRANSLATE_NOOP("Operations", "Recording the payment"),
    "payment": QT_TRANSLATE_NOOP("Operations", "Allocating the payment"),
    "void": QT_TRANSLATE_NOOP("Operations", "Voiding the payment"),
    "correction": QT_TRANSLATE_NOOP("Operations", "Correcting the payment"),
    "plan.create": QT_TRANSLATE_NOOP("Operations", "Creating the installment plan"),
    "plan.agreement": QT_TRANSLATE_NOOP("Operations", "Writing the agreement"),
    "plan": QT_TRANSLATE_NOOP("Operations", "Computing the installment plan"),
    "reading": QT_TRANSLATE_NOOP("Operations", "Recording the meter reading"),
    "till.open": QT_TRANSLATE_NOOP("Operations", "Opening the till"),
    "till.close": QT_TRANSLATE_NOOP("Operations", "Closing the till"),
    "till": QT_TRANSLATE_NOOP("Operations", "Checking the till"),
    "statement": QT_TRANSLATE_NOOP("Operations", "Writing the statement"),
    "certificate": QT_TRANSLATE_NOOP("Operations", "Writing the certificate"),
    "dashboard.close_day": QT_TRANSLATE_NOOP("Operations", "Closing the day"),
    "dashboard.z_report": QT_TRANSLATE_NOOP("Operations", "Writing the Z report"),
    "dashboard": QT_TRANSLATE_NOOP("Operations", "Loading the dashboard"),
    "settings.save": QT_TRANSLATE_NOOP("Operations", "Saving the settings"),
    "settings.setup": QT_TRANSLATE_NOOP("Operations", "Saving the settings"),
    "settings": QT_TRANSLATE_NOOP("Operations", "Loading the settings"),
    "users.list": QT_TRANSLATE_NOOP("Operations", "Loading the users"),
    "users": QT_TRANSLATE_NOOP("Operations", "Updating the users"),
    "password": QT_TRANSLATE_NOOP("Operations", "Changing the password"),
    "login.language": QT_TRANSLATE_NOOP("Operations", "Saving the language"),
    "login": QT_TRANSLATE_NOOP("Operations", "Checking the password"),
    "sync.central_url": QT_TRANSLATE_NOOP("Operations", "Reading the central address"),
    "sync": QT_TRANSLATE_NOOP("Operations", "Reading the sync state"),
    "quarantine.list": QT_TRANSLATE_NOOP("Operations", "Loading the sync problems"),
    "quarantine": QT_TRANSLATE_NOOP("Operations", "Updating the sync problems"),
    "explain": QT_TRANSLATE_NOOP("Operations", "Explaining the bill"),
    "print": QT_TRANSLATE_NOOP("Operations", "Printing"),
    "remote.central_url": QT_TRANSLATE_NOOP("Operations", "Reading the central address"),
    "remote": QT_TRANSLATE_NOOP("Operations", "Searching other agencies"),
}
_WORKING = QT_TRANSLATE_NOOP("Operations", "Working")


def progress_text(name: str) -> str:
    """The translated "what is going on" for operation ``name`` (its longest known prefix)."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        text = _PROGRESS.get(".".join(parts[:end]))
        if text is not None:
            return QCoreApplication.translate(_CONTEXT, text) + "…"
    return QCoreApplication.translate(_CONTEXT, _WORKING) + "…"


class ReadOp(Generic[T]):
    """A named operation that only reads (or works outside the database): no after-write step.

    ``body(store)`` runs on the worker thread and calls one use case; ``success(value)`` or
    ``failure(error)`` runs on the GUI thread, skipped when ``owner`` (a dialog) was deleted
    meanwhile. Without a failure handler the error reaches the window (``DbWorker.unhandled``).
    """

    writes = False

    def __init__(
        self, name: str, body: Callable[[Store], T], *, owner: QObject | None = None
    ) -> None:
        self.name, self.body, self.owner = name, body, owner
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None

    def success(self, handler: Callable[[T], Any] | None) -> ReadOp[T]:
        self._success = handler
        return self

    def failure(self, handler: Callable[[BaseException], Any] | None) -> ReadOp[T]:
        self._failure = handler
        return self

    def run(self, worker: DbWorker) -> None:
        """Queue the operation on ``worker`` (the window's one database worker)."""
        worker.submit(
            self.body,
            self._success,
            self._failure,
            owner=self.owner,
            name=self.name,
            writes=self.writes,
        )


class WriteOp(ReadOp[T]):
    """A named operation that commits something: on success it passes through the worker's
    after-write step (``DbWorker.written``: the sync is woken, the window refreshed) before
    its own success handler."""

    writes = True
