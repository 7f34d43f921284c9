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

from desktop import cli_output
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

    p = sub.add_parser("check", help="check the database file (integrity, journal chain)")
    p.add_argument("--quick", action="store_true", help="PRAGMA quick_check: faster, less thorough")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)


def _contents(c: Contents) -> dict[str, Any]:
    return {
        "schema": c.revision, "payments": c.payments, "receipts": c.receipts,
        "last_receipt": c.last_receipt, "journal_entries": c.journal_entries,
        "journal_intact": c.journal_intact, "last_hash": c.last_hash, "unsent": c.unsent,
    }  # fmt: skip


_print = cli_output.emit


def cmd_backup(args: argparse.Namespace, db_path: Path) -> None:
    report = backup_database(db_path, args.out, force=args.force)
    c = report.contents
    data = {"db": str(db_path), "backup": str(report.path), "bytes": report.size,
            "seconds": round(report.seconds, 3), **_contents(c)}  # fmt: skip
    _print(data, args.json, (
        f"Backup written: {report.path} ({report.size // 1024} KiB, integrity ok, journal "
        f"intact: {c.journal_entries} entries). {c.payments} payments, last receipt "
        f"{c.last_receipt or '-'}."
    ))  # fmt: skip


def cmd_restore(args: argparse.Namespace, db_path: Path) -> None:
    report = restore_database(db_path, args.source)
    c = report.contents
    data = {"db": str(report.path), "from": str(args.source),
            "kept": str(report.kept) if report.kept else None, "upgraded": report.upgraded,
            **_contents(c)}  # fmt: skip
    kept = f" The replaced file is kept as {report.kept}." if report.kept else ""
    upgraded = " Its schema was upgraded to this version." if report.upgraded else ""
    _print(data, args.json, (
        f"Restored {report.path} from {args.source}: {c.payments} payments, last receipt "
        f"{c.last_receipt or '-'}, {c.unsent} item(s) waiting for sync.{upgraded}{kept}"
    ))  # fmt: skip


def cmd_check(args: argparse.Namespace, db_path: Path) -> int:
    report = check_database(db_path, quick=args.quick)
    data: dict[str, Any] = {"db": str(db_path), "ok": report.ok, "integrity": report.integrity}
    if report.contents:
        data |= _contents(report.contents)
    if report.ok:
        c = report.contents
        assert c is not None
        _print(data, args.json, (
            f"Database {db_path} is sound: integrity ok, journal intact ({c.journal_entries} "
            f"entries), {c.payments} payments, {c.unsent} item(s) waiting for sync."
        ))  # fmt: skip
        return 0
    if report.contents is None:
        error = DomainError(
            "db.damaged", path=str(db_path), problem=summarize_findings(report.integrity)
        )
    else:
        c = report.contents
        error = DomainError("journal.broken", seq=c.journal_broken_at, reason=c.journal_problem)
    code, message = error.code, error.message()
    cli_output.fail({"error": code, "message": message}, args.json, extra=data)
    return 1
