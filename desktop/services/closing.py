"""The blind close as the window runs it: count first, then the figures, then the manager.

Why a wrapper around ``close_till``: that use case refuses (writing nothing) when a
difference needs a manager, and its refusal only names the worst tender. The counter screen
must then show, per tender, what was expected and what was counted so that the manager
validates knowingly. The clerk's count is already confirmed at that point, so showing the
expected figures no longer breaks the blind count. The differences are computed with the same
domain function and tolerance as ``close_till``; nothing is written here.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.config import load_terminal_settings
from desktop.domain.cash import CashCount, Difference, difference
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser
from desktop.services.tills import (
    CloseResult,
    close_till,
    require_open_till,
    summarize,
    tolerance,
)
from desktop.store.db import Store


@dataclass(frozen=True, slots=True)
class CloseAttempt:
    """Outcome of one try. Fields: result (the closed session, or None when a manager must
    validate first), differences (per tender, always filled), refusal (the
    ``session.validation_required`` error when result is None)."""

    result: CloseResult | None
    differences: tuple[Difference, ...]
    refusal: DomainError | None


def attempt_close(
    store: Store,
    user: AuthenticatedUser,
    counted: CashCount,
    card_total: Money,
    *,
    validator: AuthenticatedUser | None = None,
    justification: str | None = None,
) -> CloseAttempt:
    """Close the till; if a manager is needed, return the differences instead of raising.

    Any other refusal (no open till, bad count, wrong validator) is raised as usual.
    """
    try:
        with store.unit_of_work() as uow:
            result = close_till(
                uow, user, counted, card_total, validator=validator, justification=justification
            )
        return CloseAttempt(result, result.differences, None)
    except DomainError as exc:
        if exc.code != "session.validation_required":
            raise
        refusal = exc
    with store.read() as session:
        settings = load_terminal_settings(session)
        before = summarize(session, require_open_till(session, settings, user))
        tol = tolerance(session, settings.currency)
    diffs = (
        difference("cash", before.expected_cash, counted.total, tol),
        difference("card", before.expected_card, card_total, tol),
    )
    return CloseAttempt(None, diffs, refusal)
