"""Initial load: a new workstation takes its whole region in bulk, then pulls incrementally.

Why not the incremental pull from zero: that pull walks every row ever written for the
agency (paid bills included, years of them, and every online payment) in transaction-id
order. A workstation needs the accounts, their meters and their OPEN bills to take payments;
``guichet.snapshot`` gives exactly that, in keyset pages by account number.

How it stays right:

- Each page is applied in ONE local transaction together with the load's cursor (stream
  ``central.initial``: ``since`` = the xmin of the first page's snapshot, ``after`` = the
  last account number applied, with counts). A crash or a network cut loses at most the page
  in flight; the next run resumes after the last committed account. Rows are upserts by
  business key, so nothing is ever doubled.
- The incremental cursor (stream ``central``) is set, in the transaction of the last page,
  to the xmin of the FIRST page: every transaction that had not committed when the load
  began has an id >= that xmin, so whatever changed during the load (a bill paid online, a
  new account) is pulled again afterwards. Pulling it twice is harmless.
- Open amounts follow the pull's rule (``apply_rows``): central's amount minus what this
  desktop's unacknowledged payments and corrections still owe it.
- Rows are checked like pulled ones: a bad row is set aside as a sync problem, the rest of
  the page applies and the load moves on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.store.db import Store
from desktop.store.models import Account, SyncCursor
from desktop.sync.pull import STREAM, apply_rows, load_cursor

INITIAL_STREAM = "central.initial"
PAGE_ACCOUNTS = 5000
LoadProgress = Callable[[int, int], None]
"""Called after each page with (accounts loaded so far, accounts of the region)."""


class SnapshotSource(Protocol):
    """What the initial load needs from central (``CentralClient.snapshot``)."""

    def snapshot(self, after: str | None, limit: int) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class InitialLoadResult:
    """What a load did. Fields: accounts, service_points, bills (rows applied by THIS run),
    pages (of this run), total (accounts of the region when the load began), loaded (accounts
    applied by the whole load, earlier interrupted runs included), resumed (this run
    continued an interrupted load), since (the incremental cursor it left), set_aside (rows
    of this run that failed their checks: sync problems, see ``desktop.sync.set_aside``)."""

    accounts: int
    service_points: int
    bills: int
    pages: int
    total: int
    loaded: int
    resumed: bool
    since: str
    set_aside: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_state(session: Session) -> dict[str, Any] | None:
    """The load's cursor as {since, after, total, loaded, done}, or None if never started."""
    row = session.get(SyncCursor, INITIAL_STREAM)
    if row is None or not row.after:
        return None
    return {"since": row.since, **row.after}


def needs_initial_load(store: Store) -> bool:
    """True when a load was interrupted, or when this workstation has never pulled and holds
    no account yet (a store with accounts of its own keeps the incremental pull, which also
    brings their history)."""
    with store.read() as s:
        state = load_state(s)
        if state is not None:
            return not state["done"]
        pull = load_cursor(s)
        if pull.since != "0" or pull.after is not None:
            return False
        return not (s.scalar(select(func.count()).select_from(Account)) or 0)


def initial_load(
    store: Store,
    central: SnapshotSource,
    *,
    page_size: int = PAGE_ACCOUNTS,
    progress: LoadProgress | None = None,
    max_pages: int | None = None,
    now: dt.datetime | None = None,
) -> InitialLoadResult:
    """Load (or finish loading) the region; returns the counts.

    An interrupted load is resumed after its last committed account; otherwise a new load
    starts from the first account. ``max_pages`` stops after that many pages (tests, or a
    caller that wants to spread the load); the next call resumes. Raises the client's
    ``DomainError`` (``sync.offline``...) on a network failure: committed pages stay.
    """
    with store.read() as s:
        state = load_state(s)
    resumed = state is not None and not state["done"]
    if not resumed:
        state = None
    counts = {"account": 0, "service_point": 0, "bill": 0, "set_aside": 0}
    pages = 0
    while max_pages is None or pages < max_pages:
        after = state["after"] if state else None
        page = central.snapshot(after, page_size)
        moment = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with store.unit_of_work() as uow:
            s = uow.session
            applied = apply_rows(
                s,
                page["accounts"],
                page["service_points"],
                page["bills"],
                source="snapshot",
                now=moment,
            )
            if state is None:  # the first page: its snapshot starts the incremental cursor
                state = {
                    "since": page["xmin"],
                    "after": None,
                    "total": int(page["total"] or 0),
                    "loaded": 0,
                    "done": False,
                }
            state = {
                **state,
                "after": page["last"] or state["after"],
                "loaded": state["loaded"] + len(page["accounts"]),
                "done": not (page["full"] and page["accounts"]),
            }
            _save(s, INITIAL_STREAM, state["since"], _position(state), moment)
            if state["done"]:
                _start_incremental(s, state["since"], moment)
            uow.commit()
        pages += 1
        for key in counts:
            counts[key] += applied[key]
        if progress:
            progress(state["loaded"], max(state["total"], state["loaded"]))
        if state["done"]:
            break
    with store.read() as s:
        since = load_cursor(s).since
    return InitialLoadResult(
        counts["account"],
        counts["service_point"],
        counts["bill"],
        pages,
        state["total"] if state else 0,
        state["loaded"] if state else 0,
        resumed,
        since,
        counts["set_aside"],
    )


def _position(state: dict[str, Any]) -> dict[str, Any]:
    return {k: state[k] for k in ("after", "total", "loaded", "done")}


def _save(s: Session, stream: str, since: str, after: dict | None, moment: dt.datetime) -> None:
    row = s.get(SyncCursor, stream)
    if row is None:
        s.add(
            SyncCursor(stream=stream, since=since, after=after, next_since=None, updated_at=moment)
        )
    else:
        row.since, row.after, row.next_since, row.updated_at = since, after, None, moment


def _start_incremental(s: Session, load_since: str, moment: dt.datetime) -> None:
    """Point the incremental pull at the load's start. A workstation that had pulled before
    (a forced reload) keeps the older of the two, so nothing it had not pulled yet is
    skipped; re-pulling the rest is harmless."""
    cursor = load_cursor(s)
    since = load_since
    if cursor.since != "0":
        since = str(min(int(cursor.since), int(load_since)))
    _save(s, STREAM, since, None, moment)
