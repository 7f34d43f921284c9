"""The manager's dashboard of the day.

Why a use case although it only reads: it is refused to clerks, and a refused read is an
event too; it used to go unjournaled because the window read it in a plain session.
"""

from __future__ import annotations

import datetime as dt

from desktop.services import dashboard
from desktop.services.auth import AuthenticatedUser
from desktop.services.dashboard import Dashboard
from desktop.store.db import Store
from desktop.use_cases.base import reading


def show_dashboard(
    store: Store, manager: AuthenticatedUser, day: dt.date | None = None
) -> Dashboard:
    """Takings, tills, discrepancies and debt of ``day`` (default today); read only."""
    with reading(store, manager, permission="approve") as session:
        return dashboard.get_dashboard(session, manager, day)
