"""The desktop's connection to the central database: a few function calls, nothing else.

Why so narrow: an agency login has no table privileges at all; it may only call
``guichet.push``, ``guichet.pull``, ``guichet.snapshot``, ``guichet.whoami``,
``guichet.lookup``, ``guichet.push_head`` and ``guichet.heads`` (see the central migrations). Each call is its own short transaction, committed before the result is
returned, so "central acknowledged" means "central committed". Network and server failures
become ``DomainError("sync.offline")`` with the cause, never a traceback at the counter.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from desktop.domain.errors import DomainError
from desktop.sync.admin import central_engine

PUSH_HEAD = "SELECT guichet.push_head(:terminal, :seq, :hash)"
HAS_PUSH_HEAD = "to_regprocedure('guichet.push_head(text, bigint, text)') IS NOT NULL"
UNSUPPORTED = {"status": "unsupported"}
"""What a central older than revision c0008 "answers" to a head: nothing is recorded, and
the desktop sends it again once central is upgraded."""


@dataclass(frozen=True, slots=True)
class JournalHead:
    """The last entry of a terminal's journal as sent to central. Fields: terminal (code),
    seq (0 for an empty journal), hash (its SHA-256, the genesis hash when empty)."""

    terminal: str
    seq: int
    hash: str

    def params(self) -> dict[str, Any]:
        return {"terminal": self.terminal, "seq": self.seq, "hash": self.hash}


class CentralClient:
    """Calls the central push/pull functions as this agency's login role."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def connect(cls, url: str) -> CentralClient:
        return cls(central_engine(url))

    def whoami(self) -> dict[str, Any]:
        """The agency this login belongs to: {agency, name, region}."""
        found = self._call("SELECT guichet.whoami()", {})
        if not found:
            raise DomainError("sync.not_agency", user=self.engine.url.username or "")
        return dict(found)

    def push(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Send outbox items; one result per item (inserted / duplicate / rejected)."""
        result = self._call(
            "SELECT guichet.push(CAST(:items AS jsonb))", {"items": json.dumps(items)}
        )
        return list(result)

    def push_with_head(
        self, items: list[dict[str, Any]], head: JournalHead
    ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """Send outbox items and this terminal's journal head in ONE central transaction:
        central never acknowledges an item without also holding a head that covers its
        journal entry (the head was read with the items). Returns (item results, head answer
        {status: ok|duplicate|forked|regressed, seq, hash, acknowledged_seq})."""

        def both(conn: Connection) -> tuple[list[dict[str, Any]], dict[str, Any]]:
            results, anchors = conn.execute(
                text(f"SELECT guichet.push(CAST(:items AS jsonb)), {HAS_PUSH_HEAD}"),
                {"items": json.dumps(items)},
            ).one()
            if not anchors:  # a central older than c0008: the items still go
                return list(results), dict(UNSUPPORTED)
            answer = conn.execute(text(PUSH_HEAD), head.params()).scalar_one()
            return list(results), dict(answer)

        return self._run(both)

    def push_head(self, head: JournalHead) -> dict[str, Any]:
        """Send this terminal's journal head alone (nothing else was pending)."""

        def send(conn: Connection) -> dict[str, Any]:
            if not conn.execute(text(f"SELECT {HAS_PUSH_HEAD}")).scalar_one():
                return dict(UNSUPPORTED)
            return dict(conn.execute(text(PUSH_HEAD), head.params()).scalar_one())

        return self._run(send)

    def heads(self, terminal: str) -> list[tuple[int, str, str, str]]:
        """The journal heads central acknowledged for ``terminal`` of this agency, by seq:
        (seq, hash, status, received_at)."""
        rows = self._call("SELECT guichet.heads(:t)", {"t": terminal})
        return [(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

    def pull(self, since: str, after: dict[str, Any] | None, limit: int) -> dict[str, Any]:
        """One page of changes: {agency, xmin, full, changes}."""
        return dict(
            self._call(
                "SELECT guichet.pull(:since, CAST(:after AS jsonb), :limit)",
                {"since": since, "after": json.dumps(after) if after else None, "limit": limit},
            )
        )

    def lookup(self, query: str, clerk: str = "") -> dict[str, Any]:
        """One account of any agency by an exact identifier (recorded centrally):
        {status, agency, query, matched_by, owner, account, service_points, bills}."""
        return dict(self._call("SELECT guichet.lookup(:q, :c)", {"q": query, "c": clerk}))

    def snapshot(self, after: str | None, limit: int) -> dict[str, Any]:
        """One page of the region for a first load: {agency, xmin, total, last, full,
        accounts, service_points, bills} (accounts after ``after``, open bills only)."""
        return dict(
            self._call("SELECT guichet.snapshot(:after, :limit)", {"after": after, "limit": limit})
        )

    def _call(self, sql: str, params: dict[str, Any]) -> Any:
        return self._run(lambda conn: conn.execute(text(sql), params).scalar_one())

    def _run(self, work: Callable[[Connection], Any]) -> Any:
        """``work`` in one central transaction, committed before its result is returned."""
        try:
            with self.engine.begin() as conn:
                return work(conn)
        except OperationalError as exc:
            raise DomainError("sync.offline", problem=_first_line(exc)) from exc
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient_privilege
                raise DomainError("sync.not_agency", user=self.engine.url.username or "") from exc
            if getattr(exc.orig, "sqlstate", "") in ("40001", "40P01", "55P03"):
                raise DomainError("sync.busy", problem=_first_line(exc)) from exc
            # Anything else (a read-only standby, an outdated central schema...): said in
            # words, and nothing was acknowledged, so nothing is lost.
            raise DomainError("sync.failed", problem=_first_line(exc)[:200]) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig or exc).strip().splitlines()[0]
