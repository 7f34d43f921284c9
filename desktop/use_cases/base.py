"""The one helper every use case goes through: permission, transaction, refused-action journal.

Why here and not in the unit of work: a refusal is an event whatever the transaction was. The
store used to journal ``auth.forbidden`` when a *write* transaction ended with it, so a read
that was refused (the dashboard, the settings form) was either not journaled or opened a
write transaction only for that. Now the use case checks the permission first, runs its work
in the transaction it chose, and if anything in it was refused for want of a role (the user,
or the approving manager checked inside a service) the refusal is journaled in its own short
write transaction once the refused work is rolled back. Journaling never hides the refusal:
if the journal cannot be written, the refusal still reaches the caller.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError, Problem
from desktop.services.auth import AuthenticatedUser, require
from desktop.store import journal
from desktop.store.db import Store, UnitOfWork

FORBIDDEN = "auth.forbidden"
REFUSED_KIND = "permission.refused"

log = logging.getLogger(__name__)


def journal_refusal(store: Store, refusal: DomainError) -> bool:
    """Write one ``permission.refused`` entry for ``refusal`` in its own write transaction.

    Returns whether it was written; a failure is logged, never raised, so that the caller
    still raises the refusal itself.
    """
    try:
        with store.unit_of_work() as uow:
            journal.append(
                uow.session,
                REFUSED_KIND,
                {k: str(v) for k, v in refusal.params.items()},
                username=str(refusal.params.get("username", "")) or None,
            )
            uow.commit()
        return True
    except Exception:
        log.exception("the refusal %s could not be journaled", refusal.params)
        return False


@contextmanager
def refusals_journaled(store: Store) -> Iterator[None]:
    """Journal any ``auth.forbidden`` raised inside the block, then let it go on.

    For use cases whose work opens its own transactions (the print queue, the till close
    attempt, the quarantine): the block's transactions are over when the entry is written.
    """
    try:
        yield
    except DomainError as exc:
        if exc.code == FORBIDDEN:
            journal_refusal(store, exc)
        raise


def _check(user: AuthenticatedUser | None, permission: str | None) -> None:
    if permission is not None:
        if user is None:
            raise DomainError("input.invalid", field="user", problem=Problem("log_in_first"))
        require(user, permission)


@contextmanager
def reading(
    store: Store, user: AuthenticatedUser | None, *, permission: str | None = None
) -> Iterator[Session]:
    """A read-only use case: check ``permission``, then one plain (deferred) read session.

    A refusal, before or inside the read, is journaled in a write transaction of its own.
    """
    with refusals_journaled(store):
        _check(user, permission)
        with store.read() as session:
            yield session


@contextmanager
def writing(
    store: Store, user: AuthenticatedUser | None, *, permission: str | None = None
) -> Iterator[UnitOfWork]:
    """A use case that writes: check ``permission``, then one unit of work (``BEGIN
    IMMEDIATE``), rolled back unless committed. A refusal is journaled after the rollback."""
    with refusals_journaled(store):
        _check(user, permission)
        with store.unit_of_work() as uow:
            yield uow


@contextmanager
def guarded(
    store: Store, user: AuthenticatedUser | None, *, permission: str | None = None
) -> Iterator[None]:
    """A use case whose work manages its own transactions: check and journal only."""
    with refusals_journaled(store):
        _check(user, permission)
        yield
