"""Rows from central that failed their checks: set aside as sync problems, never applied.

Why in ``sync_quarantine`` beside the refused outbox items: it is the list the manager
already watches (window "Sync problems", ``guichet quarantine list``, the header's problem
count, ``sync status``). A set-aside row is told apart by its entity, ``pull/<kind>``
(``pull/bill``, ``pull/account``...), its ``entity_uuid`` is the row's key (bill number...),
``op`` says where it came from (``pull``, ``snapshot``, ``lookup``), and the payload keeps
the row as received (cut to 20,000 characters of JSON when larger).

Rules (docs/sync.md, "Rows central sends are checked"):

- one open problem per row key: the same bad row seen again (pulled twice, or the next
  round) updates it, nothing is doubled; once a manager has closed it, the very same row
  seen again is not listed again (a different bad version is);
- a row of that key that later passes its checks (central corrected it) is applied and
  closes the problem by itself (``resolved_by = "central"``, journaled): nothing set aside
  is ever overwritten silently, and nothing stays listed once it is right;
- a meter, bill or online payment whose account (or meter) is set aside and not here is set
  aside too (``parent_set_aside``), with its whole row: when the parent arrives corrected, it
  is applied from there, since central will not send it again unless it changes;
- "send again" makes no sense for central's own data (``sync.pull_problem_no_retry``); the
  manager marks it handled once head office has been told.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store import journal
from desktop.store.models import SyncQuarantine
from desktop.sync.pull_checks import check_row, row_key

PREFIX = "pull/"
RESOLVER = "central"
"""``resolved_by`` of a problem closed because central sent the row again, corrected."""
MAX_STORED = 20_000
PARENTS = {
    "service_point": ("account",),
    "bill": ("account", "service_point"),
    "online_payment": ("account",),
}
PARENT_KEYS = {"account": "account_no", "service_point": "meter_no"}


def is_pulled(entity: str) -> bool:
    """True for a problem with a row central sent (as opposed to an item central refused)."""
    return entity.startswith(PREFIX)


def _stored(row: Any) -> Any:
    try:
        text = json.dumps(row, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(row)
    return row if len(text) <= MAX_STORED else {"truncated": text[:MAX_STORED]}


class SetAside:
    """The set-aside rows of one apply (one page, one look-up answer), in the caller's
    transaction. Open problems are read once, at the start."""

    def __init__(self, session: Session, source: str, now: dt.datetime, currency: str | None):
        self.session, self.source, self.now, self.currency = session, source, now, currency
        self.open: dict[tuple[str, str], SyncQuarantine] = {
            (q.entity[len(PREFIX) :], q.entity_uuid): q
            for q in session.scalars(
                select(SyncQuarantine).where(
                    SyncQuarantine.resolved_at.is_(None), SyncQuarantine.entity.like(PREFIX + "%")
                )
            )
        }
        self.count = 0
        self.now_aside: dict[str, set[str]] = defaultdict(set)

    def check(self, kind: str, rows: list[Any]) -> list[dict[str, Any]]:
        """The rows of ``kind`` that pass their checks; the others are set aside."""
        good: list[dict[str, Any]] = []
        for row in rows:
            problem = check_row(kind, row, self.currency)
            if problem is None:
                good.append(row)
            else:
                self.put(kind, row, *problem)
        return good

    def put(self, kind: str, row: Any, reason: str, detail: str) -> None:
        """File ``row`` as a problem (or update the open one of the same key)."""
        key = row_key(kind, row)[:36]
        entity = (PREFIX + kind)[:32]
        self.count += 1
        self.now_aside[kind].add(key)
        payload = {"kind": kind, "key": key, "source": self.source, "row": _stored(row)}
        known = self.open.get((kind, key))
        if known is None and self._dealt_with(entity, key, payload["row"]):
            self.count -= 1
            self.now_aside[kind].add(key)
            return
        if known is not None:
            known.reason, known.detail, known.payload = reason, f"{kind} {key}: {detail}", payload
            known.op = self.source
            return
        problem = SyncQuarantine(
            outbox_uuid=str(uuid.uuid4()),
            entity=entity,
            entity_uuid=key,
            op=self.source,
            reason=reason,
            detail=f"{kind} {key}: {detail}",
            payload=payload,
            created_at=self.now,
        )
        self.session.add(problem)
        self.open[(kind, key)] = problem
        journal.append(
            self.session,
            "sync.pull_problem",
            {
                "outbox_uuid": problem.outbox_uuid,
                "entity": entity,
                "key": key,
                "reason": reason,
                "source": self.source,
            },
            username=None,
            entity_uuid=problem.outbox_uuid,
            now=self.now.replace(tzinfo=dt.UTC),
        )

    def _dealt_with(self, entity: str, key: str, row: Any) -> bool:
        """The very same row was already listed and a manager closed it: a pull that sees
        it again (rows are often seen twice) must not list it again. A different version
        is listed anew."""
        last = self.session.scalars(
            select(SyncQuarantine)
            .where(
                SyncQuarantine.entity == entity,
                SyncQuarantine.entity_uuid == key,
                SyncQuarantine.resolved_at.is_not(None),
            )
            .order_by(SyncQuarantine.id.desc())
            .limit(1)
        ).first()
        return (
            last is not None and isinstance(last.payload, dict) and last.payload.get("row") == row
        )

    def is_aside(self, kind: str, key: str) -> bool:
        return key in self.now_aside[kind] or (kind, key) in self.open

    def waiting(self, kind: str, page: list[Any]) -> list[Any]:
        """``page`` plus the rows of ``kind`` set aside earlier because their parent was, once
        that parent is no longer set aside (their key not in the page: the page's version is
        newer)."""
        keys = {row_key(kind, r) for r in page}
        held = [
            q.payload.get("row")
            for (k, key), q in self.open.items()
            if k == kind
            and q.reason == "parent_set_aside"
            and key not in keys
            and isinstance(q.payload, dict)
            and isinstance(q.payload.get("row"), dict)
        ]
        held = [r for r in held if self._parent_aside(kind, r) is None]
        return [*held, *page] if held else page

    def _parent_aside(self, kind: str, row: dict[str, Any]) -> str | None:
        return next(
            (
                p
                for p in PARENTS.get(kind, ())
                if self.is_aside(p, str(row.get(PARENT_KEYS[p]))[:36])
            ),
            None,
        )

    def orphans(self, kind: str, rows: list[dict[str, Any]]) -> int:
        """Rows whose parent is not here: set aside when that parent is, else deferred (they
        come again with the next round). Returns how many were deferred."""
        deferred = 0
        for row in rows:
            parent = self._parent_aside(kind, row)
            if parent is None:
                deferred += 1
            else:
                key = row.get(PARENT_KEYS[parent])
                self.put(kind, row, "parent_set_aside", f"its {parent} {key} was set aside")
        return deferred

    def applied(self, kind: str, keys: list[str]) -> None:
        """Rows of ``kind`` just applied: close their open problems (central corrected them)."""
        for key in keys:
            q = self.open.pop((kind, key), None)
            if q is None:
                continue
            q.resolved_at, q.resolved_by = self.now, RESOLVER
            journal.append(
                self.session,
                "sync.pull_problem_corrected",
                {"outbox_uuid": q.outbox_uuid, "entity": q.entity, "key": key, "reason": q.reason},
                username=None,
                entity_uuid=q.outbox_uuid,
                now=self.now.replace(tzinfo=dt.UTC),
            )
