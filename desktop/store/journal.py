"""The inalterable journal: every event appended, each row chained to the previous by SHA-256.

Why: a cash system is trusted when nobody can rewrite what happened (NF525 is the best
documented example). Each row stores its canonical JSON record, the previous row's hash and
its own hash = SHA-256(previous hash + record). Editing, deleting or reordering a row breaks
the chain at that row, which ``verify`` reports; database triggers forbid UPDATE and DELETE
on the table in the first place. Entries are written in the same transaction as the event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

GENESIS = "0" * 64


def canonical(record: dict[str, Any]) -> str:
    """One text per record: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev_hash: str, record_text: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{record_text}".encode()).hexdigest()


def append(
    session: Session,
    kind: str,
    payload: dict[str, Any],
    *,
    username: str | None,
    entity_uuid: str | None = None,
    now: dt.datetime | None = None,
) -> str:
    """Append one entry (inside the caller's write transaction); returns its hash.

    ``payload`` must hold JSON values only (amounts as decimal strings).
    """
    last = session.execute(text("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")).first()
    seq = (last[0] + 1) if last else 1
    prev = last[1] if last else GENESIS
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    record = {
        "seq": seq,
        "at": moment.isoformat(timespec="microseconds"),
        "kind": kind,
        "entity": entity_uuid,
        "user": username,
        "data": payload,
    }
    record_text = canonical(record)
    digest = chain_hash(prev, record_text)
    session.execute(
        text(
            "INSERT INTO journal (seq, uuid, created_at, kind, entity_uuid, username, record, "
            "prev_hash, hash) VALUES (:seq, :uuid, :at, :kind, :entity, :user, :record, :prev, :hash)"
        ),
        {
            "seq": seq,
            "uuid": str(uuid.uuid4()),
            "at": moment,
            "kind": kind,
            "entity": entity_uuid,
            "user": username,
            "record": record_text,
            "prev": prev,
            "hash": digest,
        },
    )
    return digest


@dataclass(frozen=True, slots=True)
class Verification:
    """Outcome of ``verify``. Fields: intact, entries (rows checked), broken_at (seq of the
    first bad row, None when intact), reason (what is wrong there), last_hash."""

    intact: bool
    entries: int
    broken_at: int | None
    reason: str
    last_hash: str


Visit = Callable[[int, str, "str | None", dict[str, Any], str], None]
"""Called with (seq, kind, entity_uuid, record, hash) for every readable row."""


def rows(conn: Connection | Session, sql: str) -> Iterable[tuple[Any, ...]]:
    """The rows of ``sql`` straight from the SQLite driver when there is one: the audit and
    ``verify`` read every journal entry and every payment, and SQLAlchemy's per-row
    machinery would cost more than the checks themselves on a year of entries."""
    connection = conn.connection() if isinstance(conn, Session) else conn
    driver = getattr(connection.connection, "driver_connection", None)
    if isinstance(driver, sqlite3.Connection):
        cursor = driver.execute(sql)
        while batch := cursor.fetchmany(5000):
            yield from batch
        return
    yield from conn.execute(text(sql))


def verify(conn: Connection | Session, visit: Visit | None = None) -> Verification:
    """Walk the chain in order; report the first row that was edited, removed or moved.

    ``visit`` (optional) also gets every readable entry, after a broken link too, so that a
    caller comparing the whole journal with other tables reads and parses it only once.
    """
    found: Verification | None = None
    prev = GENESIS
    expected_seq = 1
    count = 0
    for seq, kind, entity, record_text, prev_hash, digest in rows(
        conn, "SELECT seq, kind, entity_uuid, record, prev_hash, hash FROM journal ORDER BY seq"
    ):
        count += 1
        record: Any = None
        problem = ""
        if seq != expected_seq:
            problem = f"entry {expected_seq} is missing"
        elif prev_hash != prev:
            problem = "link to the previous entry is broken"
        else:
            try:
                record = json.loads(record_text)
            except ValueError:
                problem = "record is not readable"
            else:
                if (
                    not isinstance(record, dict)
                    or record.get("seq") != seq
                    or record.get("kind") != kind
                ):
                    problem = "record does not match its row"
                elif chain_hash(prev_hash, record_text) != digest:
                    problem = "record was changed after it was written"
        if problem and found is None:
            found = Verification(False, count, seq, problem, prev)
            if visit is None:
                return found
        if visit is not None:
            if record is None:
                try:
                    record = json.loads(record_text)
                except ValueError:
                    record = None
            if isinstance(record, dict):
                visit(seq, kind, entity, record, digest)
        prev = digest
        expected_seq = seq + 1
    return found or Verification(True, count, None, "intact", prev)
