"""`guichet central audit`: what head office can see of the terminals' journals and receipts.

Why central-side too: a terminal's own audit runs on the terminal, by whoever holds it. Head
office needs its own view, from what central received: each terminal's journal heads (a head
recorded ``forked`` or ``regressed`` means the terminal's journal no longer extends what it
sent before: a restored backup, a cut tail or a rewritten chain) and each receipt series as
pushed (a missing number below the highest one received is a payment that never arrived:
deleted on the terminal before its sync, or refused and waiting in the quarantine).

Numbers above the highest received are not gaps: they are payments not pushed yet, which
central cannot see (the sync interval bounds them). A missing number that central refused
(its payload is in ``guichet.quarantine``) is a note, not a finding: the quarantine is how it
is dealt with. Reads every agency's rows, so it needs an administrator that bypasses
row-level security (a superuser, or BYPASSRLS).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, text

from desktop.domain.errors import DomainError, Problem

_RECEIPT = re.compile(r"-(\d{4})-(\d{1,9})$")


@dataclass(frozen=True, slots=True)
class TerminalView:
    """One terminal as central sees it. Fields: agency, terminal, heads (recorded),
    acknowledged_seq (highest head), last_head_at, receipts (received), last_receipt."""

    agency: str
    terminal: str
    heads: int
    acknowledged_seq: int
    last_head_at: str | None
    receipts: int
    last_receipt: str | None


@dataclass(frozen=True, slots=True)
class CentralAudit:
    """Outcome of ``audit_central``. Fields: terminals, findings and notes (dicts with
    agency, terminal, where, problem)."""

    terminals: tuple[TerminalView, ...]
    findings: tuple[dict[str, Any], ...]
    notes: tuple[dict[str, Any], ...]

    @property
    def ok(self) -> bool:
        return not self.findings

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "terminals": [_view(t) for t in self.terminals],
            "findings": list(self.findings),
            "notes": list(self.notes),
        }


def _view(t: TerminalView) -> dict[str, Any]:
    return {
        "agency": t.agency,
        "terminal": t.terminal,
        "heads": t.heads,
        "acknowledged_seq": t.acknowledged_seq,
        "last_head_at": t.last_head_at,
        "receipts": t.receipts,
        "last_receipt": t.last_receipt,
    }


def _finding(agency: str, terminal: str, where: str, problem: str) -> dict[str, Any]:
    return {"agency": agency, "terminal": terminal, "where": where, "problem": problem}


def _require_admin(conn: Connection, engine: Engine) -> None:
    if conn.execute(text("SELECT to_regclass('guichet.journal_heads')")).scalar_one() is None:
        raise DomainError(
            "central.not_initialised", url=engine.url.render_as_string(hide_password=True)
        )
    allowed = conn.execute(
        text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if not allowed:
        raise DomainError("central.audit_forbidden", user=engine.url.username or "")


_MINE = "(CAST(:a AS text) IS NULL OR {col} = CAST(:a AS text))"
"""Every agency, or the one asked for."""


def _heads(conn: Connection, agency: str | None, found: list, views: dict) -> None:
    mine = _MINE.format(col="agency_code")
    for a, t, count, top, last in conn.execute(
        text(
            "SELECT agency_code, terminal, count(*), max(seq), max(received_at)::text "
            f"FROM guichet.journal_heads WHERE {mine} GROUP BY 1, 2"
        ),
        {"a": agency},
    ):
        views[(a, t)] |= {"heads": int(count), "acknowledged_seq": int(top), "last_head_at": last}
    flagged = conn.execute(
        text(
            "SELECT h.agency_code, h.terminal, h.seq, h.hash, h.status, h.received_at::text, "
            "h.login, (SELECT max(o.seq) FROM guichet.journal_heads o WHERE o.agency_code = "
            "h.agency_code AND o.terminal = h.terminal AND o.id < h.id) AS before "
            f"FROM guichet.journal_heads h WHERE h.status <> 'ok' AND {_MINE.format(col='h.agency_code')} "
            "ORDER BY h.id"
        ),
        {"a": agency},
    )
    for a, t, seq, digest, status, received, login, before in flagged:
        why = (
            f"entry {seq} was acknowledged before with another hash: the journal was rewritten"
            if status == "forked"
            else f"below entry {before} acknowledged before: a cut journal or a restored backup"
        )
        found.append(
            _finding(
                a,
                t,
                f"journal seq {seq}",
                (
                    f"head {digest[:16]}… sent at {received} by {login} is {status} ({why}); run "
                    "'guichet audit verify' on the terminal"
                ),
            )
        )


def _receipts(conn: Connection, agency: str | None, found: list, notes: list, views: dict) -> None:
    mine = _MINE.format(col="agency_code")
    series: dict[tuple[str, str, str], dict[int, str]] = defaultdict(dict)
    for a, t, receipt in conn.execute(
        text(
            "SELECT agency_code, terminal, receipt_no FROM guichet.payments "
            f"WHERE channel IN ('counter', 'correction') AND receipt_no IS NOT NULL AND {mine}"
        ),
        {"a": agency},
    ):
        m = _RECEIPT.search(receipt)
        if m is None:
            found.append(_finding(a, t, f"receipt {receipt}", "not a receipt number"))
            continue
        series[(a, t, m.group(1))][int(m.group(2))] = receipt
    refused: dict[tuple[str, str], str] = {
        (a, r): reason
        for a, r, reason in conn.execute(
            text(
                "SELECT agency_code, payload->>'receipt_no', reason FROM guichet.quarantine "
                f"WHERE payload ? 'receipt_no' AND {mine}"
            ),
            {"a": agency},
        )
    }
    for (a, t, year), numbers in sorted(series.items()):
        top = max(numbers)
        last = numbers[top]
        view = views[(a, t)]
        view["receipts"] = view.get("receipts", 0) + len(numbers)
        view["last_receipt"] = max(view.get("last_receipt") or "", last)
        digits = _RECEIPT.search(last)
        assert digits is not None
        prefix, width = last[: digits.start(2)], len(digits.group(2))
        gaps = []
        for n in range(1, top):
            if n in numbers:
                continue
            receipt = f"{prefix}{n:0{width}d}"
            if (a, receipt) in refused:
                notes.append(
                    _finding(
                        a,
                        t,
                        f"receipt {receipt}",
                        (f"refused by central ({refused[(a, receipt)]}): see the quarantine"),
                    )
                )
            else:
                gaps.append(receipt)
        if gaps:
            shown = ", ".join(gaps[:10]) + (f" and {len(gaps) - 10} more" if len(gaps) > 10 else "")
            found.append(
                _finding(
                    a,
                    t,
                    f"series {a}-{t}-{year}",
                    (f"{len(gaps)} receipt(s) never received below the last one {last}: {shown}"),
                )
            )


def audit_central(engine: Engine, agency: str | None = None) -> CentralAudit:
    """Heads and receipt series of every terminal (of ``agency`` only, when given)."""
    with engine.connect() as conn:
        _require_admin(conn, engine)
        if (
            agency is not None
            and conn.execute(
                text("SELECT 1 FROM guichet.agencies WHERE code = :a"), {"a": agency}
            ).first()
            is None
        ):
            raise DomainError(
                "input.invalid",
                field="--agency",
                problem=Problem("no_agency", agency=agency),
            )
        found: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        views: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
        _heads(conn, agency, found, views)
        _receipts(conn, agency, found, notes, views)
    terminals = tuple(
        TerminalView(
            a,
            t,
            v.get("heads", 0),
            v.get("acknowledged_seq", 0),
            v.get("last_head_at"),
            v.get("receipts", 0),
            v.get("last_receipt"),
        )
        for (a, t), v in sorted(views.items())
    )
    return CentralAudit(terminals, tuple(found), tuple(notes))
