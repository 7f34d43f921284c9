"""Closing the business day and reprinting its Z report.

Why the reprint is a use case with a ``produce`` function: a reprint is journaled
(``day.z_reprint``, with who asked and in which language) only once the document exists, so
the core reads the stored report, lets the caller draw and write it (``reports`` turns the
immutable ``ZReport`` into a PDF), and journals in the same transaction; if drawing or
writing fails, nothing is journaled. The day's figures themselves are never recomputed: they
were stored when the day was closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from desktop.config import TerminalSettings, load_terminal_settings
from desktop.domain.errors import DomainError
from desktop.services import day_close
from desktop.services.auth import AuthenticatedUser
from desktop.services.day_close import ZReport
from desktop.store import journal
from desktop.store.db import Store, UnitOfWork
from desktop.store.models import BusinessDay
from desktop.use_cases.base import reading, writing

T = TypeVar("T")


def close_day(
    store: Store,
    manager: AuthenticatedUser,
    day: dt.date | None = None,
    *,
    now: dt.datetime | None = None,
) -> ZReport:
    """Close the business day (a manager; every till closed); cannot be undone."""
    with writing(store, manager, permission="approve") as uow:
        return day_close.close_day(uow, manager, day, now=now)


def _stored(uow: UnitOfWork, settings: TerminalSettings, day: dt.date) -> ZReport:
    """The stored Z of ``day``, with a refusal that says why there is none (never closed vs
    no such day) rather than the close-day wording."""
    row = uow.session.get(BusinessDay, (settings.agency_code, day))
    if row is None:
        raise DomainError("day.unknown", day=day.isoformat(), agency=settings.agency_code)
    if row.status != "closed":
        raise DomainError("day.not_closed", day=day.isoformat())
    return day_close.z_report(uow, settings.agency_code, day)


def reprint_z_report(
    store: Store,
    user: AuthenticatedUser | None,
    day: dt.date,
    produce: Callable[[ZReport, TerminalSettings], T],
    *,
    lang: str,
) -> tuple[ZReport, T]:
    """Reprint the Z report of closed ``day`` from its stored totals.

    ``produce(report, settings)`` draws and writes the duplicate and returns what the
    caller needs (the path written); the reprint is journaled with ``user`` (None: the
    command line without ``--user``) and ``lang`` only after it returned.
    """
    with writing(store, user) as uow:
        settings = load_terminal_settings(uow.session)
        report = _stored(uow, settings, day)
        made = produce(report, settings)
        journal.append(
            uow.session,
            "day.z_reprint",
            {
                "agency": report.agency,
                "day": report.day.isoformat(),
                "z_number": report.z_number,
                "lang": lang,
            },
            username=user.username if user is not None else None,
        )
        uow.commit()
    return report, made


def day_settings(store: Store, user: AuthenticatedUser | None) -> TerminalSettings:
    """The settings a Z report's header needs (read only)."""
    with reading(store, user) as session:
        return load_terminal_settings(session)
