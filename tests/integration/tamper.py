"""What someone holding the database file can do with sqlite3 alone (no Guichet code).

Why a module: the journal tests reproduce the attacks of issue 13 on real files, the way an
insider would run them: drop the protective triggers, edit or delete rows, renumber, then
recompute the whole hash chain and put the triggers back with their original text, so that
the file on its own looks untouched. Holds no tests.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

GENESIS = "0" * 64  # written out again: the attacker does not use Guichet's code


def _hash(prev: str, record: str) -> str:
    return hashlib.sha256(f"{prev}\n{record}".encode()).hexdigest()


def triggers(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))


def drop_triggers(conn: sqlite3.Connection) -> dict[str, str]:
    """Drop every trigger; returns their SQL to put them back afterwards."""
    saved = triggers(conn)
    for name in saved:
        conn.execute(f"DROP TRIGGER {name}")
    return saved


def restore_triggers(conn: sqlite3.Connection, saved: dict[str, str]) -> None:
    for sql in saved.values():
        conn.execute(sql)


def rechain(
    conn: sqlite3.Connection, edit: Callable[[dict[str, Any]], dict[str, Any] | None] = lambda r: r
) -> None:
    """Rewrite the journal: ``edit`` each record (None drops it), renumber 1..n, recompute
    every hash. Triggers must be dropped first."""
    rows = conn.execute("SELECT seq, record FROM journal ORDER BY seq").fetchall()
    conn.execute("DELETE FROM journal")
    prev, seq = GENESIS, 0
    for _old, text in rows:
        record = edit(json.loads(text))
        if record is None:
            continue
        seq += 1
        record["seq"] = seq
        body = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        digest = _hash(prev, body)
        conn.execute(
            "INSERT INTO journal (seq, uuid, created_at, kind, entity_uuid, username, record, "
            "prev_hash, hash) VALUES (?, lower(hex(randomblob(16))), ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                record["at"].replace("T", " "),
                record["kind"],
                record["entity"],
                record["user"],
                body,
                prev,
                digest,
            ),
        )
        prev = digest


def remove_payment(conn: sqlite3.Connection, receipt_no: str) -> str:
    """Delete a payment whole (allocations, receipt, outbox row); returns its uuid. Bills are
    given back their amounts. Triggers must be dropped first."""
    (uuid,) = conn.execute(
        "SELECT payment_uuid FROM receipts WHERE receipt_no = ?", (receipt_no,)
    ).fetchone()
    for bill_id, amount in conn.execute(
        "SELECT bill_id, amount_minor FROM allocations WHERE payment_uuid = ?", (uuid,)
    ).fetchall():
        conn.execute("UPDATE bills SET open_minor = open_minor + ? WHERE id = ?", (amount, bill_id))
    conn.execute("DELETE FROM allocations WHERE payment_uuid = ?", (uuid,))
    conn.execute("DELETE FROM receipts WHERE payment_uuid = ?", (uuid,))
    conn.execute("DELETE FROM outbox WHERE entity_uuid = ?", (uuid,))
    conn.execute("DELETE FROM payments WHERE uuid = ?", (uuid,))
    return uuid


def renumber_receipts(conn: sqlite3.Connection, after_seq: int) -> dict[str, str]:
    """Close the gap left by a removed receipt: every later receipt takes the number before
    it; the series counter follows. Returns {old number: new number}."""
    moved: dict[str, str] = {}
    rows = conn.execute(
        "SELECT receipt_no, agency, terminal, year, seq FROM receipts WHERE seq > ? ORDER BY seq",
        (after_seq,),
    ).fetchall()
    for old, agency, terminal, year, seq in rows:
        new = f"{agency}-{terminal}-{year}-{seq - 1:06d}"
        conn.execute(
            "UPDATE receipts SET receipt_no = ?, seq = ? WHERE receipt_no = ?", (new, seq - 1, old)
        )
        moved[old] = new
    conn.execute("UPDATE receipt_series SET last_seq = last_seq - 1")
    return moved


def open_file(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    return conn
