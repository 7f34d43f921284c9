"""The journal audit: does the file still tell the same story as its journal, and as central?

Why more than the hash chain (issue 13): whoever holds the database file can drop the
protective triggers, delete the last journal rows, remove a payment and renumber what
follows, or rewrite an amount and recompute the whole chain; the chain alone still
verifies. So the audit also checks, locally:

- every payment, void, correction, till opening and close and business day has its journal
  entry, and the entry says what the row says (amount, account, receipt number, status...);
  every such journal entry has its row;
- each receipt series (agency, terminal, year) runs 1..n without a gap up to its last
  receipt, and matches ``receipt_series``;
- every closed day's Z hash is the hash of that day's ``day.close`` entry, whose figures are
  the stored Z totals;
- the protective triggers exist, with the text the migrations gave them;

and, when central is configured, that the local chain still holds every (seq, hash) head
central acknowledged for this terminal (``guichet.heads``): a cut tail, a removed or
rewritten synced entry, or a chain recomputed after a sync is then reported with where.

What it cannot see: a change made before the entry's first sync, and a change to a field no
journal entry records. Each finding says what and where; the reader decides. Read-only.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.money import CURRENCIES, Money
from desktop.store import journal

MAX_FINDINGS = 500
"""Findings kept in a report (the count says how many there were): a wholesale rewrite must
not print a hundred thousand lines."""

Reader = Connection | Session


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem. Fields: check (chain, triggers, payments, voids, corrections, sessions,
    days, receipts, central), where (journal seq, receipt number, day...), problem (what is
    wrong, in words), seq (the journal entry concerned, when there is one)."""

    check: str
    where: str
    problem: str
    seq: int | None = None

    def line(self) -> str:
        return f"{self.where}: {self.problem}"

    def as_dict(self) -> dict[str, Any]:
        return {"check": self.check, "where": self.where, "problem": self.problem, "seq": self.seq}


@dataclass(frozen=True, slots=True)
class CentralCheck:
    """What central acknowledged and how the local chain compares. Fields: terminal, heads
    (acknowledged heads received), acknowledged_seq (the highest), flagged (heads central
    recorded as forked or regressed)."""

    terminal: str
    heads: int
    acknowledged_seq: int
    flagged: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "terminal": self.terminal,
            "heads": self.heads,
            "acknowledged_seq": self.acknowledged_seq,
            "flagged": self.flagged,
        }


@dataclass(frozen=True, slots=True)
class AuditReport:
    """Outcome of ``audit``. Fields: chain (``journal.Verification``), last_seq, findings
    (at most MAX_FINDINGS), findings_total, checked (rows compared, by kind), central (None
    when central was not asked)."""

    chain: journal.Verification
    last_seq: int
    findings: tuple[Finding, ...]
    findings_total: int
    checked: dict[str, int]
    central: CentralCheck | None = None

    @property
    def ok(self) -> bool:
        return self.findings_total == 0


Head = tuple[int, str, str, str]
"""(seq, hash, status, received_at) of a head central acknowledged."""


@dataclass
class _Findings:
    items: list[Finding] = field(default_factory=list)
    total: int = 0

    def add(self, check: str, where: str, problem: str, seq: int | None = None) -> None:
        self.total += 1
        if len(self.items) < MAX_FINDINGS:
            self.items.append(Finding(check, where, problem, seq))


# --- the journal, read once -----------------------------------------------------------------

_KINDS = (
    "payment",
    "payment.void",
    "payment.correction",
    "session.open",
    "session.close",
    "day.open",
    "day.close",
)


@dataclass
class _Journal:
    """The entries the audit compares, by what they are about."""

    payments: dict[str, tuple[int, dict]] = field(default_factory=dict)
    voids: dict[str, tuple[int, dict]] = field(default_factory=dict)  # by payment uuid
    corrections: dict[str, tuple[int, dict]] = field(default_factory=dict)  # by reversal uuid
    opened: dict[str, tuple[int, dict]] = field(default_factory=dict)  # by till uuid
    closed: dict[str, tuple[int, dict]] = field(default_factory=dict)  # by till uuid
    days_opened: set[str] = field(default_factory=set)
    day_closes: dict[str, tuple[int, dict]] = field(default_factory=dict)  # by hash


class _Collector:
    """``journal.verify``'s visitor: files each entry the audit compares by what it is
    about, and keeps every hash by seq (for central's heads)."""

    def __init__(self, found: _Findings) -> None:
        self.j = _Journal()
        self.found = found
        self.hashes: dict[int, str] = {}

    def __call__(self, seq: int, kind: str, entity: str | None, record: dict, digest: str) -> None:
        self.hashes[seq] = digest
        if kind not in _KINDS:
            return
        data = record.get("data")
        if not isinstance(data, dict):
            return
        j, entry = self.j, (seq, data)
        if kind == "payment":
            _once(j.payments, entity, entry, self.found, "payments")
        elif kind == "payment.void":
            _once(j.voids, str(data.get("payment_uuid")), entry, self.found, "voids")
        elif kind == "payment.correction":
            _once(j.corrections, entity, entry, self.found, "corrections")
        elif kind == "session.open":
            _once(j.opened, entity, entry, self.found, "sessions")
        elif kind == "session.close":
            _once(j.closed, entity, entry, self.found, "sessions")
        elif kind == "day.open":
            j.days_opened.add(f"{data.get('agency')}:{data.get('day')}")
        else:
            j.day_closes[digest] = entry


def _once(
    into: dict, key: str | None, entry: tuple[int, dict], found: _Findings, check: str
) -> None:
    if key in into:
        found.add(
            check,
            f"journal seq {entry[0]}",
            f"a second entry for {key} (first at seq {into[key][0]})",
            entry[0],
        )
        return
    into[str(key)] = entry


# --- comparisons ----------------------------------------------------------------------------


def _iso(value: Any) -> str:
    """A stored timestamp as the services wrote it into the journal (``isoformat`` of a naive
    datetime); SQLite hands back ``2026-01-02 07:31:00.000000``."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    text_ = str(value)
    if len(text_) == 26 and text_[10] == " ":  # the usual form: no parsing needed
        text_ = f"{text_[:10]}T{text_[11:]}"
        return text_[:19] if text_.endswith(".000000") else text_
    return dt.datetime.fromisoformat(text_).isoformat()


@functools.lru_cache(maxsize=1 << 16)
def _money(minor: int | None, currency: str) -> str | None:
    """``Money(minor, currency).as_str()`` without building a Money: called for every
    amount of a year (tests/unit/test_audit_money.py keeps the two equal)."""
    if minor is None:
        return None
    places = CURRENCIES.get(currency)
    if places is None:
        return Money(int(minor), currency).as_str()  # refuses the unknown currency
    sign, value = ("-" if minor < 0 else ""), abs(int(minor))
    if not places:
        return f"{sign}{value}"
    unit = 10**places
    return f"{sign}{value // unit}.{value % unit:0{places}d}"


def _differences(row: dict[str, Any], data: dict[str, Any], keys: Iterable[str]) -> list[str]:
    return [
        f"{k} is {row[k]!r} here but {data.get(k)!r} in the journal"
        for k in keys
        if row[k] != data.get(k)
    ]


_PAYMENT_KEYS = (
    "receipt_no",
    "account_no",
    "tender",
    "amount",
    "agency",
    "terminal",
    "session_uuid",
    "created_at",
    "currency",
    "credit",
)
_CORRECTION_KEYS = _PAYMENT_KEYS[:-2]


def _payments(
    conn: Reader, j: _Journal, receipts: dict[str, str], found: _Findings
) -> tuple[int, set[str]]:
    """Counter payments and corrections against their ``payment`` / ``payment.correction``
    entries; returns (payments compared, uuids of payments marked void here).

    Only payments taken at this database's counters are compared: in a till or with a
    receipt. Billing history loaded with the accounts (the demo's ``HIST`` payments) has
    neither, and no journal entry."""
    allocations: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for payment_uuid, bill_no, minor in journal.rows(
        conn,
        "SELECT l.payment_uuid, b.bill_no, l.amount_minor FROM allocations l "
        "JOIN bills b ON b.id = l.bill_id",
    ):
        allocations[payment_uuid].append((bill_no, minor))
    rows = journal.rows(
        conn,
        "SELECT p.uuid, p.channel, p.status, p.amount_minor, p.credit_minor, p.tender, "
        "p.currency, p.created_at, p.agency, p.terminal, p.session_uuid, a.account_no "
        "FROM payments p JOIN accounts a ON a.id = p.account_id "
        "WHERE p.channel IN ('counter', 'correction')",
    )
    seen: set[str] = set()
    void: set[str] = set()
    count = 0
    for (
        uuid,
        channel,
        status,
        amount,
        credit,
        tender,
        currency,
        created,
        agency,
        terminal,
        session_uuid,
        account_no,
    ) in rows:
        receipt = receipts.get(uuid)
        if session_uuid is None and receipt is None:
            continue
        count += 1
        where = f"receipt {receipt}" if receipt else f"payment {uuid}"
        seen.add(uuid)
        if status == "void":
            void.add(uuid)
        if receipt is None:
            found.add("receipts", where, "the payment has no receipt")
        if channel == "counter":
            entry = j.payments.pop(uuid, None)
            if entry is None:
                found.add("payments", where, "no journal entry records this payment")
                continue
            keys = _PAYMENT_KEYS
            mine = (
                receipt,
                account_no,
                tender,
                _money(amount, currency),
                agency,
                terminal,
                session_uuid,
                _iso(created),
                currency,
                _money(credit, currency),
            )
        else:
            entry = j.corrections.get(uuid)
            if entry is None:
                found.add("corrections", where, "no journal entry records this correction")
                continue
            keys = _CORRECTION_KEYS
            mine = (
                receipt,
                account_no,
                tender,
                _money(amount, currency),
                agency,
                terminal,
                session_uuid,
                _iso(created),
            )
        seq, data = entry
        theirs = tuple(map(data.get, keys))
        diffs = (
            []
            if mine == theirs
            else [
                f"{k} is {a!r} here but {b!r} in the journal"
                for k, a, b in zip(keys, mine, theirs, strict=True)
                if a != b
            ]
        )
        if channel == "counter":
            journaled = [
                (str(a.get("bill_no")), str(a.get("amount")))
                for a in data.get("allocations") or []
                if isinstance(a, dict)
            ]
            held = [(b, _money(m, currency)) for b, m in allocations.get(uuid, ())]
            if held != journaled and sorted(held) != sorted(journaled):
                diffs.append("its allocations differ from the journal's")
        for diff in diffs:
            found.add("payments", f"{where} (journal seq {seq})", diff, seq)
    for uuid, (seq, data) in j.payments.items():
        found.add(
            "payments",
            f"receipt {data.get('receipt_no')} (journal seq {seq})",
            f"the journal records payment {uuid}, which is not in the database",
            seq,
        )
    for uuid, (seq, data) in j.corrections.items():
        if uuid not in seen:
            found.add(
                "corrections",
                f"receipt {data.get('receipt_no')} (journal seq {seq})",
                f"the journal records correction payment {uuid}, which is not in the database",
                seq,
            )
    return count, void


def _voids(conn: Reader, j: _Journal, void: set[str], found: _Findings) -> int:
    rows = conn.execute(
        text(
            "SELECT v.uuid, v.payment_uuid, v.reason_code, r.receipt_no FROM payment_voids v "
            "LEFT JOIN receipts r ON r.payment_uuid = v.payment_uuid"
        )
    ).all()
    recorded = set()
    for void_uuid, payment_uuid, reason, receipt in rows:
        recorded.add(payment_uuid)
        where = f"receipt {receipt}"
        entry = j.voids.get(payment_uuid)
        if entry is None:
            found.add("voids", where, "voided, but no journal entry records the void")
            continue
        seq, data = entry
        if (data.get("void_uuid"), data.get("reason")) != (void_uuid, reason):
            found.add(
                "voids",
                f"{where} (journal seq {seq})",
                "the void differs from the one the journal records",
                seq,
            )
        if payment_uuid not in void:
            found.add(
                "voids",
                f"{where} (journal seq {seq})",
                "the journal and the void record say void, the payment says valid",
                seq,
            )
    for payment_uuid in void - recorded:
        found.add("voids", f"payment {payment_uuid}", "marked void without a void record")
    for payment_uuid, (seq, data) in j.voids.items():
        if payment_uuid not in recorded:
            found.add(
                "voids",
                f"receipt {data.get('receipt_no')} (journal seq {seq})",
                "the journal records a void that is not in the database",
                seq,
            )
    return len(rows)


def _corrections(conn: Reader, j: _Journal, found: _Findings) -> int:
    rows = conn.execute(
        text("SELECT uuid, original_uuid, correction_uuid, reason_code FROM payment_corrections")
    ).all()
    for uuid, original, reversal, reason in rows:
        entry = j.corrections.get(reversal)
        if entry is None:
            continue  # reported with the reversing payment
        seq, data = entry
        got = (data.get("correction_uuid"), data.get("original_payment_uuid"), data.get("reason"))
        if got != (uuid, original, reason):
            found.add(
                "corrections",
                f"receipt {data.get('receipt_no')} (journal seq {seq})",
                "the correction record differs from the journal's",
                seq,
            )
    linked = {reversal for _, _, reversal, _ in rows}
    for reversal, (seq, data) in j.corrections.items():
        if reversal not in linked:
            found.add(
                "corrections",
                f"receipt {data.get('receipt_no')} (journal seq {seq})",
                "the journal records a correction whose record is missing",
                seq,
            )
    return len(rows)


def _sessions(conn: Reader, j: _Journal, found: _Findings) -> int:
    rows = (
        conn.execute(
            text(
                "SELECT uuid, terminal, business_day, currency, status, opening_float_minor, "
                "counted_cash_minor, counted_card_minor, expected_cash_minor, expected_card_minor "
                "FROM cash_sessions"
            )
        )
        .mappings()
        .all()
    )
    for t in rows:
        cur, day = t["currency"], str(t["business_day"])
        where = f"till {t['uuid']} ({t['terminal']}, {day})"
        opened = j.opened.pop(t["uuid"], None)
        float_ = _money(t["opening_float_minor"], cur)
        if opened is None:
            found.add("sessions", where, "no journal entry records its opening")
        else:
            seq, data = opened
            row = {"terminal": t["terminal"], "day": day, "float": float_}
            for diff in _differences(row, data, row):
                found.add("sessions", f"{where} (journal seq {seq})", diff, seq)
        closed = j.closed.pop(t["uuid"], None)
        if t["status"] != "closed":
            if closed is not None:
                found.add(
                    "sessions",
                    f"{where} (journal seq {closed[0]})",
                    "the journal records its close, the till says open",
                    closed[0],
                )
            continue
        if closed is None:
            found.add("sessions", where, "closed, but no journal entry records the close")
            continue
        seq, data = closed
        row = {
            "day": day,
            "float": float_,
            "counted_cash": _money(t["counted_cash_minor"], cur),
            "counted_card": _money(t["counted_card_minor"], cur),
            "expected_cash": _money(t["expected_cash_minor"], cur),
            "expected_card": _money(t["expected_card_minor"], cur),
        }
        for diff in _differences(row, data, row):
            found.add("sessions", f"{where} (journal seq {seq})", diff, seq)
    for kind, left in (("opening", j.opened), ("close", j.closed)):
        for till, (seq, _data) in left.items():
            found.add(
                "sessions",
                f"journal seq {seq}",
                f"the journal records the {kind} of till {till}, which is not in the database",
                seq,
            )
    return len(rows)


def _days(conn: Reader, j: _Journal, found: _Findings) -> int:
    rows = (
        conn.execute(
            text(
                "SELECT agency, day, status, z_number, totals, grand_total_minor, journal_hash "
                "FROM business_days"
            )
        )
        .mappings()
        .all()
    )
    sealed: set[str] = set()
    for d in rows:
        day = str(d["day"])
        where = f"day {day}"
        if f"{d['agency']}:{day}" not in j.days_opened:
            found.add("days", where, "no journal entry records its opening")
        if d["status"] != "closed":
            continue
        digest = d["journal_hash"] or ""
        sealed.add(digest)
        entry = j.day_closes.get(digest)
        if entry is None:
            found.add(
                "days",
                where,
                f"its Z hash {digest[:16]}… is not the hash of any day close in the journal",
            )
            continue
        seq, data = entry
        where = f"day {day} (journal seq {seq})"
        if data.get("day") != day or data.get("agency") != d["agency"]:
            found.add("days", where, f"its Z hash seals the close of day {data.get('day')}", seq)
        elif journal.canonical(data) != d["totals"]:
            found.add("days", where, "the stored Z totals differ from the journal's", seq)
        elif (data.get("z_number"), data.get("grand_total_minor")) != (
            d["z_number"],
            d["grand_total_minor"],
        ):
            found.add("days", where, "the Z number or grand total differs from the journal's", seq)
    for digest, (seq, data) in j.day_closes.items():
        if digest not in sealed:
            found.add(
                "days",
                f"day {data.get('day')} (journal seq {seq})",
                "the journal records a day close that no closed day carries",
                seq,
            )
    return len(rows)


def _receipts(conn: Reader, found: _Findings) -> dict[str, str]:
    """Each series unbroken up to its last receipt; returns {payment uuid: receipt number}."""
    series: dict[tuple[str, str, int], list[int]] = defaultdict(list)
    rows = journal.rows(
        conn, "SELECT receipt_no, agency, terminal, year, seq, payment_uuid FROM receipts"
    )
    of: dict[str, str] = {}
    for receipt_no, agency, terminal, year, seq, payment_uuid in rows:
        of[payment_uuid] = receipt_no
        series[(agency, terminal, year)].append(seq)
        if receipt_no != f"{agency}-{terminal}-{year}-{seq:06d}":
            found.add(
                "receipts",
                f"receipt {receipt_no}",
                f"its number does not match its "
                f"series {agency}-{terminal}-{year} and position {seq}",
            )
    last = {
        (a, t, y): n
        for a, t, y, n in conn.execute(
            text("SELECT agency, terminal, year, last_seq FROM receipt_series")
        )
    }
    for key in sorted(set(series) | set(last)):
        agency, terminal, year = key
        name = f"{agency}-{terminal}-{year}"
        numbers = sorted(series.get(key, []))
        top = numbers[-1] if numbers else 0
        if len(numbers) != top or (numbers and numbers[0] != 1):
            present = set(numbers)
            missing = [n for n in range(1, top + 1) if n not in present]
            shown = ", ".join(f"{n:06d}" for n in missing[:10])
            more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
            found.add(
                "receipts",
                f"series {name}",
                f"receipt(s) {shown}{more} missing before the last receipt {top:06d}",
            )
        if last.get(key, 0) != top:
            found.add(
                "receipts",
                f"series {name}",
                f"the series counter says {last.get(key, 0)}"
                f" receipts, the last receipt is {top:06d}",
            )
    return of


def expected_triggers() -> dict[str, str]:
    """Name -> the exact SQL the migrations create the protective triggers with."""
    base = importlib.import_module("migrations.versions.0003_cash_sessions_voids_journal")
    made = {name: f"CREATE TRIGGER {name} {body}" for name, body in base.TRIGGERS.items()}
    made["payment_corrections_append_only"] = (
        "CREATE TRIGGER payment_corrections_append_only BEFORE UPDATE ON payment_corrections "
        "BEGIN SELECT RAISE(ABORT, 'corrections cannot be changed'); END"
    )
    made["payment_corrections_no_delete"] = (
        "CREATE TRIGGER payment_corrections_no_delete BEFORE DELETE ON payment_corrections "
        "BEGIN SELECT RAISE(ABORT, 'corrections cannot be deleted'); END"
    )
    return made


def _triggers(conn: Reader, found: _Findings) -> int:
    present = dict(
        conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
    )
    expected = expected_triggers()
    for name, sql in sorted(expected.items()):
        if name not in present:
            found.add(
                "triggers",
                f"trigger {name}",
                "missing: the table it protects can be edited or emptied",
            )
        elif present[name] != sql:
            found.add("triggers", f"trigger {name}", "its text is not the one Guichet created")
    return len(expected)


def _central(
    chain: dict[int, str], last_seq: int, heads: list[Head], terminal: str, found: _Findings
) -> CentralCheck:
    top = 0
    flagged = 0
    for seq, digest, status, received in heads:
        top = max(top, seq)
        flagged += status in ("forked", "regressed")
        where = f"journal seq {seq}"
        if seq == 0:
            continue  # an empty journal's head says nothing
        if seq > last_seq:
            found.add(
                "central",
                where,
                f"central acknowledged entry {seq} ({received}) but the "
                f"journal here ends at {last_seq}: its tail was cut",
                seq,
            )
        elif chain.get(seq) != digest:
            found.add(
                "central",
                where,
                f"the entry differs from what central acknowledged "
                f"({received}): the journal was rewritten at or before entry {seq}",
                seq,
            )
    return CentralCheck(terminal, len(heads), top, flagged)


def audit(
    conn: Reader,
    *,
    heads: list[Head] | None = None,
    terminal: str = "",
    progress: Callable[[str], None] | None = None,
) -> AuditReport:
    """Run every local check on ``conn`` (read only) and, when ``heads`` (what central
    acknowledged for ``terminal``) is given, compare the chain with them."""
    say = progress or (lambda _step: None)
    found = _Findings()
    say("journal")
    collect = _Collector(found)
    chain = journal.verify(conn, visit=collect)
    if not chain.intact:
        found.add("chain", f"journal seq {chain.broken_at}", chain.reason, chain.broken_at)
    last_seq = int(conn.execute(text("SELECT coalesce(max(seq), 0) FROM journal")).scalar_one())
    j = collect.j
    checked: dict[str, int] = {}
    receipts = _receipts(conn, found)
    checked["payments"], void = _payments(conn, j, receipts, found)
    checked["voids"] = _voids(conn, j, void, found)
    checked["corrections"] = _corrections(conn, j, found)
    checked["sessions"] = _sessions(conn, j, found)
    checked["days"] = _days(conn, j, found)
    checked["receipts"] = len(receipts)
    checked["triggers"] = _triggers(conn, found)
    central = None
    if heads is not None:
        say("central")
        hashes = collect.hashes
        central = _central(hashes, last_seq, heads, terminal, found)
    return AuditReport(chain, last_seq, tuple(found.items), found.total, checked, central)
