"""`guichet close-day` and `guichet z-report` (registered through the guichet.commands entry point).

Why this order in close-day: closing a day cannot be undone (the day row is locked by a
trigger), so everything that can be checked beforehand is checked first and costs nothing:
the output path must be writable, the manager must log in. Only then is the day closed,
and the PDF rendered and written atomically (temporary file + rename).

If the PDF still fails *after* the close (disk full, folder removed in between, a rendering
bug), the day stays closed: its totals, Z number and journal hash are stored on the day row
and nothing is lost. The command says so (``day.report_failed``) and names the way out:
``guichet z-report --day D --report F`` reprints the report from the stored totals, marked
as a duplicate, and journals the reprint (the core's ``desktop.use_cases.days`` closes the
day and journals the reprint; this module only parses, renders the PDF and prints).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop import cli_output
from desktop.bootstrap import open_store
from desktop.cli_cash import login
from desktop.config import TerminalSettings
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.day_close import ZReport
from desktop.use_cases import days
from reports.pdf_commands import parse_date
from reports.pdf_labels import LANGS


def register(subparsers: Any) -> None:
    """Add close-day and z-report to the `guichet` parser."""
    p = subparsers.add_parser(
        "close-day",
        help="close the business day (manager) and write its Z report as an A4 PDF",
        description=(
            "Close the business day once every cash session is closed, then write its Z "
            "report. The output path is checked before the day is closed. If the PDF cannot "
            "be written after the close, the day stays closed with its totals stored: reprint "
            "it with 'guichet z-report --day YYYY-MM-DD --report FILE.pdf'."
        ),
    )
    p.add_argument("--user", required=True, help="the branch manager (password: $GUICHET_PASSWORD)")
    p.add_argument("--day", help="business day to close, YYYY-MM-DD (default: today)")
    p.add_argument("--report", type=Path, required=True, help="PDF file to write")
    p.add_argument("--lang", choices=LANGS, default="fr")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_close_day)

    p = subparsers.add_parser(
        "z-report", help="reprint the Z report of a closed day (DUPLICATE) from its stored totals"
    )
    p.add_argument("--day", required=True, help="closed business day, YYYY-MM-DD")
    p.add_argument("--report", type=Path, required=True, help="PDF file to write")
    p.add_argument("--lang", choices=LANGS, default="fr")
    p.add_argument("--user", help="who reprints (recorded in the journal; optional)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_z_report)


def summary(report: ZReport, path: Path) -> dict[str, Any]:
    """What the command prints: the figures an operator checks at a glance, and the file."""
    t = report.totals
    cur = report.currency

    def money(key: str) -> str:
        return Money(int(t[key]), cur).as_str()

    return {
        "agency": report.agency,
        "day": report.day.isoformat(),
        "z_number": report.z_number,
        "closed_by": report.closed_by,
        "closed_at": report.closed_at.isoformat(),
        "currency": cur,
        "payments": t["payments"],
        "voids": {
            "count": t["voids"]["count"],
            "amount": Money(t["voids"]["amount_minor"], cur).as_str(),
        },
        "day_total": money("day_total_minor"),
        "previous_grand_total": money("previous_grand_total_minor"),
        "grand_total": money("grand_total_minor"),
        "journal_hash": report.journal_hash,
        "report": str(path),
    }


_print = cli_output.emit


def cmd_close_day(args: argparse.Namespace, db_path: Path) -> None:
    from reports.pdf_common import check_writable, write_atomically
    from reports.pdf_z_report import render_z_report

    day = parse_date(args.day, "--day") if args.day else None
    out = check_writable(args.report)  # before anything irreversible
    store = open_store(db_path)
    try:
        settings = days.day_settings(store, None)
        manager = login(store, args.user)
        report = days.close_day(store, manager, day)
    finally:
        store.dispose()
    try:
        written = write_atomically(render_z_report(report, settings, args.lang), out)
    except Exception as exc:  # the day is closed whatever happened: say how to reprint
        problem = (
            exc.params.get("problem", str(exc))
            if isinstance(exc, DomainError)
            else (f"{type(exc).__name__}: {exc}")
        )
        raise DomainError(
            "day.report_failed",
            day=report.day.isoformat(),
            z_number=report.z_number,
            path=str(out),
            problem=problem,
        ) from exc
    data = summary(report, written)
    _print(
        data,
        args.json,
        (
            f"Day {data['day']} closed: Z {report.z_number}, {data['payments']} payment(s), "
            f"day total {data['day_total']} {report.currency}, grand total {data['grand_total']} "
            f"{report.currency}.\nZ report written to {written}"
        ),
    )


def cmd_z_report(args: argparse.Namespace, db_path: Path) -> None:
    from reports.pdf_common import check_writable, write_atomically
    from reports.pdf_z_report import render_z_report

    day = parse_date(args.day, "--day")
    out = check_writable(args.report)
    store = open_store(db_path)
    try:
        who = login(store, args.user) if args.user else None
        today = dt.datetime.now().astimezone().date()

        def produce(report: ZReport, settings: TerminalSettings) -> Path:
            pdf = render_z_report(report, settings, args.lang, duplicate_on=today)
            return write_atomically(pdf, out)

        report, written = days.reprint_z_report(store, who, day, produce, lang=args.lang)
    finally:
        store.dispose()
    data = summary(report, written)
    _print(
        data, args.json, f"Z {report.z_number} of {data['day']} reprinted (duplicate) to {written}"
    )
