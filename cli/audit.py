"""What `guichet audit verify` and `guichet check` share: the journal audit and its output.

Why one place: both commands must run the same checks (``desktop.audit``), ask central the
same way (``--url``/``--credentials``, else ``$GUICHET_CENTRAL_URL``, else the terminal's
``central_url`` and ``central_credentials`` settings) and print the same findings. A
terminal with a central address is always compared with central, unless ``--local`` says
otherwise: an audit that quietly skipped central when the network is cut would let whoever
cuts it pass.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from cli import output
from cli.central import CENTRAL_URL_ENV
from desktop.audit import AuditReport, Head, audit
from desktop.credentials import (
    CREDENTIALS_ENV,
    central_url_with_password,
    credentials_path,
)
from desktop.credentials import SETTING_KEY as CREDENTIALS_SETTING
from desktop.domain.errors import DomainError


def add_options(p: argparse.ArgumentParser) -> None:
    """--url, --credentials and --local for a command that runs the audit."""
    p.add_argument(
        "--url",
        help=(
            f"central PostgreSQL URL of this agency (default: ${CENTRAL_URL_ENV}, else the terminal "
            "setting central_url): the journal is compared with the heads central acknowledged"
        ),
    )
    p.add_argument(
        "--credentials",
        type=Path,
        metavar="FILE",
        help=(
            f"the agency password file (default: ${CREDENTIALS_ENV}, else the terminal setting "
            f"{CREDENTIALS_SETTING})"
        ),
    )
    p.add_argument(
        "--local",
        action="store_true",
        help="check this file alone, even when central is configured",
    )


def _settings(conn: Connection | Session) -> dict[str, str]:
    rows = conn.execute(
        text(
            "SELECT key, value FROM settings WHERE key IN "
            "('central_url', 'central_credentials', 'terminal_code')"
        )
    ).all()
    return {k: v or "" for k, v in rows}


def central_address(args: argparse.Namespace, settings: dict[str, str]) -> str:
    """The agency's central address with its password, or '' when none is configured."""
    if getattr(args, "local", False):
        return ""
    url = (args.url or os.environ.get(CENTRAL_URL_ENV) or settings.get("central_url") or "").strip()
    if not url:
        return ""
    try:
        make_url(url)
    except ArgumentError:
        raise DomainError("central.url_invalid", url=url) from None
    secret = args.credentials or credentials_path(settings.get(CREDENTIALS_SETTING))
    return central_url_with_password(url, secret)


def fetch_heads(url: str, terminal: str) -> list[Head]:
    """The heads central acknowledged for ``terminal`` (agency from the login)."""
    from desktop.sync.client import CentralClient
    from desktop.sync.remote import with_connect_timeout

    client = CentralClient.connect(with_connect_timeout(url))
    try:
        return client.heads(terminal)
    except DomainError as exc:
        if exc.code in ("sync.offline", "sync.busy", "sync.failed"):
            raise DomainError(
                "journal.central_unreachable", problem=str(exc.params.get("problem", exc.code))
            ) from None
        raise
    finally:
        client.dispose()


def run_audit(conn: Connection | Session, args: argparse.Namespace) -> AuditReport:
    """Ask central first (a refusal costs nothing then), then check the file."""
    settings = _settings(conn)
    url = central_address(args, settings)
    terminal = settings.get("terminal_code", "")
    heads = fetch_heads(url, terminal) if url and terminal else None
    return audit(conn, heads=heads, terminal=terminal)


def report_data(report: AuditReport) -> dict[str, Any]:
    """The JSON fields of an audit (added to the older chain-only fields, none removed)."""
    c = report.chain
    return {
        "intact": c.intact,
        "entries": c.entries,
        "broken_at": c.broken_at,
        "reason": c.reason,
        "last_hash": c.last_hash,
        "last_seq": report.last_seq,
        "ok": report.ok,
        "checked": report.checked,
        "findings_total": report.findings_total,
        "findings": [f.as_dict() for f in report.findings],
        "central": report.central.as_dict() if report.central else None,
    }


def summary(report: AuditReport) -> str:
    """One sentence saying what was checked (the success line)."""
    k = report.checked
    central = report.central
    against = (
        f"; central acknowledged {central.heads} head(s) up to entry {central.acknowledged_seq}, "
        "all held here"
        if central
        else "; not compared with central (none configured)"
    )
    return (
        f"Journal intact: {report.chain.entries} entries, last hash {report.chain.last_hash[:16]}…; "
        f"{k['payments']} payments, {k['voids']} voids, {k['corrections']} corrections, "
        f"{k['sessions']} tills and {k['days']} days match it; {k['receipts']} receipts without "
        f"a gap; {k['triggers']} protective triggers in place{against}."
    )


def failure(report: AuditReport) -> DomainError:
    """The one-line refusal: the first broken link, else the first finding."""
    c = report.chain
    if not c.intact:
        return DomainError("journal.broken", seq=c.broken_at, reason=c.reason)
    first = report.findings[0].line() if report.findings else "?"
    first = "".join(" " if ord(ch) < 32 or ord(ch) == 127 else ch for ch in first)[:300]
    return DomainError("journal.audit_failed", count=report.findings_total, first=first)


def emit(data: dict[str, Any], report: AuditReport, as_json: bool, ok_text: str) -> int:
    """Print the outcome through the safe writer; 0 when nothing was found, else 1 (every
    finding on stdout, one line on stderr)."""
    if report.ok:
        output.emit(data, as_json, lambda: ok_text)
        return 0
    write_findings(report, as_json)
    error = failure(report)
    output.fail({"error": error.code, "message": error.message()}, as_json, extra=data)
    return 1


def write_findings(report: AuditReport, as_json: bool) -> None:
    """Each finding on its own line (text output only: JSON carries them in its data)."""
    if as_json:
        return
    for finding in report.findings:
        output.write(finding.line())
    if report.findings_total > len(report.findings):
        output.write(f"... and {report.findings_total - len(report.findings)} more")


def cmd_audit_verify(args: argparse.Namespace, db_path: Path) -> int:
    """`guichet audit verify`: the audit reads the file itself, like ``guichet check``.

    Why not through a use case: it checks the journal's integrity (maybe of a damaged or
    tampered file) with the same raw reads as ``check``, needs no user and is no business
    action; the architecture test allows this module by name for that reason.
    """
    from desktop.bootstrap import open_store

    store = open_store(db_path)
    try:
        with store.read() as s:
            report = run_audit(s, args)
    finally:
        store.dispose()
    return emit(report_data(report), report, args.json, summary(report))
