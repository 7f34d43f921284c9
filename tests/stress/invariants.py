"""What must hold in a counter database after any crash, checked from the outside.

Why plain SQL on a fresh connection: the checker must not share code paths (ORM mappings,
services) with the program it judges, and opening a fresh connection is exactly what the next
start of the app does after a crash (SQLite replays or discards the WAL). Each check returns
problems as text, all at once, so one failing run says everything that is wrong.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine

from desktop.store import journal


@dataclass
class Reported:
    """What the killed children said they committed. Fields: paid, voided (receipt numbers),
    opened, closed (session uuids)."""

    paid: set[str] = field(default_factory=set)
    voided: set[str] = field(default_factory=set)
    opened: set[str] = field(default_factory=set)
    closed: set[str] = field(default_factory=set)

    def take(self, line: str) -> None:
        word, _, value = line.partition(" ")
        target = {"OK": self.paid, "VOID": self.voided, "OPEN": self.opened, "CLOSE": self.closed}
        if word in target:
            target[word].add(value)


def check(db: Path, reported: Reported) -> list[str]:
    """Every invariant of issue 9 over the whole database; [] when all hold."""
    problems: list[str] = []
    conn = sqlite3.connect(db)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            return [f"integrity_check: {integrity[:5]}"]
        problems += _reported_present(conn, reported)
        problems += _payments_whole(conn)
        problems += _receipt_series(conn)
        problems += _outbox_exact(conn)
        problems += _bills_balance(conn)
        problems += _sessions(conn, reported)
        problems += _journal_covers(conn)
    finally:
        conn.close()
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as c:
            v = journal.verify(c)
        if not v.intact:
            problems.append(f"journal broken at {v.broken_at}: {v.reason}")
    finally:
        engine.dispose()
    return problems


def _reported_present(conn: sqlite3.Connection, rep: Reported) -> list[str]:
    out = []
    rows = dict(
        conn.execute(
            "SELECT r.receipt_no, p.status FROM receipts r JOIN payments p ON p.uuid = r.payment_uuid"
        ).fetchall()
    )
    for no in sorted(rep.paid - rows.keys()):
        out.append(f"receipt {no} was reported committed but is missing")
    for no in sorted(rep.voided):
        if rows.get(no) != "void":
            out.append(f"receipt {no} was reported voided but is {rows.get(no)}")
    sessions = dict(conn.execute("SELECT uuid, status FROM cash_sessions").fetchall())
    for uuid in sorted(rep.opened - sessions.keys()):
        out.append(f"session {uuid} was reported opened but is missing")
    for uuid in sorted(rep.closed):
        if sessions.get(uuid) != "closed":
            out.append(f"session {uuid} was reported closed but is {sessions.get(uuid)}")
    return out


def _payments_whole(conn: sqlite3.Connection) -> list[str]:
    """Every payment has its receipt, allocations summing to amount - credit, an outbox row and
    a journal entry; a void has its record, outbox row and journal entry too."""
    out = []
    for uuid, amount, credit, status, receipts, allocated, n_alloc in conn.execute(
        """SELECT p.uuid, p.amount_minor, p.credit_minor, p.status,
                  (SELECT count(*) FROM receipts r WHERE r.payment_uuid = p.uuid),
                  (SELECT coalesce(sum(a.amount_minor), 0) FROM allocations a
                   WHERE a.payment_uuid = p.uuid),
                  (SELECT count(*) FROM allocations a WHERE a.payment_uuid = p.uuid)
           FROM payments p"""
    ):
        if receipts != 1:
            out.append(f"payment {uuid} has {receipts} receipts")
        if allocated != amount - credit or (amount > credit and not n_alloc):
            out.append(f"payment {uuid}: allocations {allocated} != {amount} - {credit}")
        voids = conn.execute(
            "SELECT count(*) FROM payment_voids WHERE payment_uuid = ?", (uuid,)
        ).fetchone()[0]
        if (status == "void") != (voids == 1) or voids > 1:
            out.append(f"payment {uuid} is {status} with {voids} void records")
    return out


def _receipt_series(conn: sqlite3.Connection) -> list[str]:
    out = []
    seqs: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    for agency, terminal, year, seq in conn.execute(
        "SELECT agency, terminal, year, seq FROM receipts ORDER BY seq"
    ):
        seqs[(agency, terminal, year)].append(seq)
    last = {(a, t, y): n for a, t, y, n in conn.execute("SELECT * FROM receipt_series")}
    for key in seqs.keys() | last.keys():
        got = seqs.get(key, [])
        if got != list(range(1, len(got) + 1)):
            missing = sorted(set(range(1, max(got, default=0) + 1)) - set(got))
            out.append(f"receipt series {key} is broken: missing {missing[:10]}")
        if last.get(key) != len(got):
            out.append(f"receipt series {key}: last_seq {last.get(key)} but {len(got)} receipts")
    return out


def _outbox_exact(conn: sqlite3.Connection) -> list[str]:
    """No central here, so nothing is acknowledged: the outbox must hold exactly one create per
    payment, one void per voided payment, a close per closed till, a create
    per cash movement and a close per closed business day, all unsent, and nothing else."""
    out = []
    have = Counter(
        conn.execute("SELECT entity, entity_uuid, op, sent_at IS NULL FROM outbox").fetchall()
    )
    want: Counter[tuple[str, str, str, int]] = Counter()
    for uuid, status in conn.execute("SELECT uuid, status FROM payments"):
        want[("payment", uuid, "create", 1)] += 1
        if status == "void":
            want[("payment", uuid, "void", 1)] += 1
    for (uuid,) in conn.execute("SELECT uuid FROM cash_sessions WHERE status != 'open'"):
        want[("cash_session", uuid, "close", 1)] += 1
    for (uuid,) in conn.execute("SELECT uuid FROM cash_movements"):
        want[("cash_movement", uuid, "create", 1)] += 1
    for agency, day in conn.execute(
        "SELECT agency, day FROM business_days WHERE status = 'closed'"
    ):
        want[("business_day", f"{agency}:{day}", "close", 1)] += 1
    for item in sorted((have - want).keys()):
        out.append(f"outbox has an unexpected or duplicate item {item}")
    for item in sorted((want - have).keys()):
        out.append(f"outbox lacks {item}")
    return out


def _bills_balance(conn: sqlite3.Connection) -> list[str]:
    return [
        f"bill {bill_no}: open {open_} != {amount} - {paid}"
        for bill_no, amount, open_, paid in conn.execute(
            """SELECT b.bill_no, b.amount_minor, b.open_minor,
                      (SELECT coalesce(sum(a.amount_minor), 0) FROM allocations a
                       JOIN payments p ON p.uuid = a.payment_uuid
                       WHERE a.bill_id = b.id AND p.status = 'valid')
               FROM bills b"""
        )
        if open_ != amount - paid
    ]


def _sessions(conn: sqlite3.Connection, rep: Reported) -> list[str]:
    out = []
    open_per_terminal = conn.execute(
        "SELECT agency, terminal, count(*) FROM cash_sessions WHERE status = 'open' "
        "GROUP BY agency, terminal HAVING count(*) > 1"
    ).fetchall()
    out += [f"terminal {a}-{t} has {n} open sessions" for a, t, n in open_per_terminal]
    for uuid, counted, expected in conn.execute(
        "SELECT uuid, counted_cash_minor, expected_cash_minor FROM cash_sessions "
        "WHERE status = 'closed'"
    ):
        if counted is None or expected is None:
            out.append(f"closed session {uuid} lacks its count")
    return out


def _journal_covers(conn: sqlite3.Connection) -> list[str]:
    """One journal entry per payment, void, session opening and closing; none for anything
    that was rolled back. (Log-ins and refusals are journaled too; they are not counted.)"""
    out = []
    tracked = ("payment", "payment.void", "session.open", "session.close", "day.open")
    entries = Counter(
        conn.execute(f"SELECT kind, entity_uuid FROM journal WHERE kind IN {tracked}").fetchall()
    )
    want: Counter[tuple[str, str | None]] = Counter()
    for uuid, status in conn.execute("SELECT uuid, status FROM payments"):
        want[("payment", uuid)] += 1
        if status == "void":
            want[("payment.void", uuid)] += 1
    for uuid, status in conn.execute("SELECT uuid, status FROM cash_sessions"):
        want[("session.open", uuid)] += 1
        if status == "closed":
            want[("session.close", uuid)] += 1
    days = conn.execute("SELECT count(*) FROM business_days").fetchone()[0]
    want[("day.open", None)] += days
    for item in sorted((entries - want).keys(), key=repr):
        out.append(f"journal has an unexpected entry {item}")
    for item in sorted((want - entries).keys(), key=repr):
        out.append(f"journal lacks {item}")
    return out
