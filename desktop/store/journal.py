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
import uuid
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
            "seq": seq, "uuid": str(uuid.uuid4()), "at": moment, "kind": kind,
            "entity": entity_uuid, "user": username, "record": record_text, "prev": prev,
            "hash": digest,
        },
    )  # fmt: skip
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


def verify(conn: Connection | Session) -> Verification:
    """Walk the chain in order; report the first row that was edited, removed or moved."""
    rows = conn.execute(text("SELECT seq, kind, record, prev_hash, hash FROM journal ORDER BY seq"))
    prev = GENESIS
    expected_seq = 1
    count = 0
    for seq, kind, record_text, prev_hash, digest in rows:
        count += 1
        if seq != expected_seq:
            return Verification(False, count, seq, f"entry {expected_seq} is missing", prev)
        if prev_hash != prev:
            return Verification(False, count, seq, "link to the previous entry is broken", prev)
        try:
            record = json.loads(record_text)
        except ValueError:
            return Verification(False, count, seq, "record is not readable", prev)
        if record.get("seq") != seq or record.get("kind") != kind:
            return Verification(False, count, seq, "record does not match its row", prev)
        if chain_hash(prev_hash, record_text) != digest:
            return Verification(False, count, seq, "record was changed after it was written", prev)
        prev = digest
        expected_seq += 1
    return Verification(True, count, None, "intact", prev)
