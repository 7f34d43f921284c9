"""The clerk's till: open it, move cash with a manager, close it blind.

Why the close is an attempt: a difference above the tolerance needs a manager's validation;
the window must then show the per-tender differences instead of a bare refusal, so the use
case returns them (``CloseAttempt``) rather than raising ``session.validation_required``.
"""

from __future__ import annotations

import datetime as dt

from desktop.config import TerminalSettings, load_terminal_settings
from desktop.domain.cash import CashCount
from desktop.money import Money
from desktop.services import closing, tills
from desktop.services.auth import AuthenticatedUser
from desktop.services.closing import CloseAttempt
from desktop.services.tills import TillSummary
from desktop.store.db import Store
from desktop.use_cases.base import guarded, reading, writing


def current_till(store: Store, user: AuthenticatedUser) -> TillSummary | None:
    """``user``'s open till on this terminal, or None (read only)."""
    with reading(store, user) as session:
        return tills.current_till(session, user)


def denominations(store: Store, user: AuthenticatedUser | None, currency: str) -> tuple[int, ...]:
    """The notes and coins to count for ``currency`` (read only)."""
    with reading(store, user) as session:
        return tills.denominations(session, currency)


def tills_of_day(
    store: Store, user: AuthenticatedUser | None, day: dt.date, *, agency: str | None = None
) -> list[TillSummary]:
    """Every till of ``day`` in ``agency`` (this terminal's agency by default)."""
    with reading(store, user) as session:
        code = agency or load_terminal_settings(session).agency_code
        return tills.tills_of_day(session, code, day)


def day_status(
    store: Store, user: AuthenticatedUser | None, day: dt.date
) -> tuple[TerminalSettings, list[TillSummary], TillSummary | None]:
    """The settings, every till of ``day`` in this agency and ``user``'s open till (None
    without a user), read together so the three agree (the command line's ``session
    status``)."""
    with reading(store, user) as session:
        settings = load_terminal_settings(session)
        of_day = tills.tills_of_day(session, settings.agency_code, day)
        mine = tills.current_till(session, user) if user is not None else None
        return settings, of_day, mine


def open_till(
    store: Store, user: AuthenticatedUser, count: CashCount, *, now: dt.datetime | None = None
) -> TillSummary:
    """Open ``user``'s till with the counted float; one transaction."""
    with writing(store, user, permission="take_payment") as uow:
        return tills.open_till(uow, user, count, now=now)


def record_movement(
    store: Store,
    user: AuthenticatedUser,
    approver: AuthenticatedUser,
    kind: str,
    amount: Money,
    reason: str,
    *,
    now: dt.datetime | None = None,
) -> TillSummary:
    """A pickup to the safe or a float top-up, approved by a manager; one transaction."""
    with writing(store, user, permission="take_payment") as uow:
        return tills.record_movement(uow, user, approver, kind, amount, reason, now=now)


def close_till(
    store: Store,
    user: AuthenticatedUser,
    counted: CashCount,
    card_total: Money,
    *,
    validator: AuthenticatedUser | None = None,
    justification: str | None = None,
) -> CloseAttempt:
    """Close ``user``'s till blind; when a manager must validate, the differences come back.

    The attempt writes in one transaction and, when refused for a difference, reads the
    expected figures in another (see ``desktop.services.closing``).
    """
    with guarded(store, user, permission="take_payment"):
        return closing.attempt_close(
            store, user, counted, card_total, validator=validator, justification=justification
        )


def close_absent_till(
    store: Store,
    manager: AuthenticatedUser,
    clerk_username: str,
    counted: CashCount,
    card_total: Money,
    *,
    justification: str | None = None,
    now: dt.datetime | None = None,
) -> tills.CloseResult:
    """A manager closes the till of a clerk who is not there: blind count, one transaction,
    the journal entry the manager's and naming the clerk."""
    with writing(store, manager, permission="approve") as uow:
        return tills.close_absent_till(
            uow, manager, clerk_username, counted, card_total, justification=justification, now=now
        )
