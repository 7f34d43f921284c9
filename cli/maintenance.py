"""`guichet backup`, `guichet restore` and `guichet check`: the ways out of a bad day.

Why on the command line: when the window cannot start (a damaged file, a full disk) support
staff still need to copy, check and restore the database, and a scheduled task needs a
backup command that runs while the counter keeps working. The work itself is in
``desktop.maintenance``; this module only parses and prints.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from cli import output
from cli.audit import add_options as add_audit_options
from cli.audit import failure as audit_failure
from cli.audit import report_data, run_audit, write_findings
from cli.audit import summary as audit_summary
from desktop.audit import AuditReport
from desktop.domain.errors import DomainError
from desktop.maintenance import (
    Contents,
    backup_database,
    check_database,
    restore_database,
    summarize_findings,
)


def register(sub: Any) -> None:
    """Add backup, restore and check to the `guichet` parser."""
    p = sub.add_parser("backup", help="copy the database to a file while the app keeps running")
    p.add_argument("--out", type=Path, required=True, help="backup file to write")
    p.add_argument("--force", action="store_true", help="replace --out if it exists")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore", help="replace the database by a checked backup (keeps FILE.before-restore)"
    )
    p.add_argument("--from", dest="source", type=Path, required=True, help="backup file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser(
        "check",
        help=(
            "check the database file: integrity, then the journal audit of 'guichet audit verify'"
        ),
    )
    p.add_argument("--quick", action="store_true", help="PRAGMA quick_check: faster, less thorough")
    add_audit_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)


def _contents(c: Contents) -> dict[str, Any]:
    return {
        "schema": c.revision,
        "payments": c.payments,
        "receipts": c.receipts,
        "last_receipt": c.last_receipt,
        "journal_entries": c.journal_entries,
        "journal_intact": c.journal_intact,
        "last_hash": c.last_hash,
        "unsent": c.unsent,
    }


def cmd_backup(args: argparse.Namespace, db_path: Path) -> None:
    report = backup_database(db_path, args.out, force=args.force)
    c = report.contents
    data = {
        "db": str(db_path),
        "backup": str(report.path),
        "bytes": report.size,
        "seconds": round(report.seconds, 3),
        **_contents(c),
    }
    output.emit(
        data,
        args.json,
        (
            f"Backup written: {report.path} ({report.size // 1024} KiB, integrity ok, journal "
            f"intact: {c.journal_entries} entries). {c.payments} payments, last receipt "
            f"{c.last_receipt or '-'}."
        ),
    )


def cmd_restore(args: argparse.Namespace, db_path: Path) -> None:
    report = restore_database(db_path, args.source)
    c = report.contents
    data = {
        "db": str(report.path),
        "from": str(args.source),
        "kept": str(report.kept) if report.kept else None,
        "upgraded": report.upgraded,
        **_contents(c),
    }
    kept = f" The replaced file is kept as {report.kept}." if report.kept else ""
    upgraded = " Its schema was upgraded to this version." if report.upgraded else ""
    output.emit(
        data,
        args.json,
        (
            f"Restored {report.path} from {args.source}: {c.payments} payments, last receipt "
            f"{c.last_receipt or '-'}, {c.unsent} item(s) waiting for sync.{upgraded}{kept}"
        ),
    )


def cmd_check(args: argparse.Namespace, db_path: Path) -> int:
    report = check_database(db_path, quick=args.quick)
    data: dict[str, Any] = {"db": str(db_path), "ok": report.ok, "integrity": report.integrity}
    if report.contents is None:
        error = DomainError(
            "db.damaged", path=str(db_path), problem=summarize_findings(report.integrity)
        )
        return _refuse(data, error, args.json)
    c = report.contents
    data |= _contents(c)
    audited = audit_file(db_path, args)
    data["ok"] = report.ok and audited.ok
    data["audit"] = report_data(audited)
    if data["ok"]:
        output.emit(
            data,
            args.json,
            (
                f"Database {db_path} is sound: integrity ok, {c.payments} payments, {c.unsent} "
                f"item(s) waiting for sync. {audit_summary(audited)}"
            ),
        )
        return 0
    write_findings(audited, args.json)
    return _refuse(data, audit_failure(audited), args.json)


def audit_file(db_path: Path, args: argparse.Namespace) -> AuditReport:
    """The journal audit on the checked file (read only, like ``read_contents``)."""
    engine = create_engine(f"sqlite:///file:{db_path}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            return run_audit(conn, args)
    finally:
        engine.dispose()


def _refuse(data: dict[str, Any], error: DomainError, as_json: bool) -> int:
    output.fail({"error": error.code, "message": error.message()}, as_json, extra=data)
    return 1
