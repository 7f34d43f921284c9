"""`guichet statement` and `guichet certificate` (registered through the guichet.commands entry point).

Why the checks come first: a refusal (unknown account or receipt, reversed period, output
path that cannot be written, debt on a no-debt request) must cost nothing and leave
nothing behind, so the output path is checked before reading and rendering, and the PDF
is written to a temporary file renamed into place only when complete.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop import cli_output
from desktop.bootstrap import open_store
from desktop.domain.errors import DomainError
from desktop.services.certificates import Issuance
from desktop.use_cases import accounts, certificates
from reports.pdf_labels import LANGS


def register(subparsers: Any) -> None:
    """Add this module's sub-commands to the `guichet` parser."""
    p = subparsers.add_parser(
        "statement", help="account statement for a period, as an A4 PDF (ar, fr or en)"
    )
    p.add_argument("account_no")
    p.add_argument("--lang", choices=LANGS, default="fr")
    p.add_argument("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD")
    p.add_argument("--out", type=Path, required=True, help="PDF file to write")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_statement)

    p = subparsers.add_parser("certificate", help="payment or no-debt certificate, as an A4 PDF")
    kinds = p.add_subparsers(dest="kind", required=True, metavar="KIND")
    c = kinds.add_parser("payment", help="attestation of the payment of one receipt")
    c.add_argument("receipt_no")
    c.add_argument(
        "--user", required=True, help="the clerk issuing it (password: $GUICHET_PASSWORD)"
    )
    c.add_argument("--lang", choices=LANGS, default="fr")
    c.add_argument("--out", type=Path, required=True, help="PDF file to write")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_certificate_payment)
    c = kinds.add_parser("no-debt", help="attestation de non-dette, only when nothing is due")
    c.add_argument("account_no")
    c.add_argument(
        "--user", required=True, help="the clerk issuing it (password: $GUICHET_PASSWORD)"
    )
    c.add_argument("--lang", choices=LANGS, default="fr")
    c.add_argument("--out", type=Path, required=True, help="PDF file to write")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_certificate_no_debt)


def parse_date(text: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError("date.invalid", field=field, text=text) from None


def _done(
    args: argparse.Namespace, path: Path, what: str, extra: dict[str, str] | None = None
) -> None:
    text = f"{what} {extra['number']} written to {path}" if extra else f"{what} written to {path}"
    cli_output.emit(
        {"pdf": str(path), "document": what, **(extra or {})}, args.json, text, indent=None
    )


def _registered(issuance: Issuance) -> dict[str, str]:
    return {
        "number": issuance.number,
        "issued_at": issuance.issued_at.isoformat(timespec="seconds"),
        "issued_by": issuance.issued_by,
        "verification": issuance.verification,
    }


def cmd_statement(args: argparse.Namespace, db_path: Path) -> None:
    from reports.pdf_common import check_writable, write_atomically
    from reports.pdf_statement import render_statement

    date_from = parse_date(args.date_from, "--from")
    date_to = parse_date(args.date_to, "--to")
    if date_from > date_to:
        raise DomainError(
            "statement.period_reversed",
            date_from=date_from.isoformat(),
            date_to=date_to.isoformat(),
        )
    out = check_writable(args.out)
    store = open_store(db_path)
    try:
        settings, view = accounts.get_statement(store, None, args.account_no, date_from, date_to)
    finally:
        store.dispose()
    data = render_statement(view, args.lang, settings.company_name, settings.agency_name)
    _done(args, write_atomically(data, out), "Statement")


def cmd_certificate_payment(args: argparse.Namespace, db_path: Path) -> None:
    """Check, register (journal, outbox) and commit, then render: a certificate that was
    refused leaves nothing; one registered but whose PDF failed is reprinted by issuing again
    (each issue is its own register entry)."""
    from desktop.cli_cash import login
    from reports.pdf_certificates import render_payment_certificate
    from reports.pdf_common import check_writable, write_atomically

    out = check_writable(args.out)
    store = open_store(db_path)
    try:
        # An unknown receipt is refused before the password.
        certificates.check_payment_certificate(store, None, args.receipt_no)
        user = login(store, args.user)
        cert = certificates.issue_payment_certificate(store, user, args.receipt_no)
    finally:
        store.dispose()
    _done(
        args,
        write_atomically(render_payment_certificate(cert, args.lang), out),
        "Payment certificate",
        _registered(cert.issuance),
    )


def cmd_certificate_no_debt(args: argparse.Namespace, db_path: Path) -> None:
    """As ``cmd_certificate_payment``; anything due refuses it before the password."""
    from desktop.cli_cash import login
    from reports.pdf_certificates import render_no_debt_certificate
    from reports.pdf_common import check_writable, write_atomically

    out = check_writable(args.out)
    store = open_store(db_path)
    try:
        certificates.check_no_debt(store, None, args.account_no)
        user = login(store, args.user)
        cert = certificates.issue_no_debt_certificate(store, user, args.account_no)
    finally:
        store.dispose()
    _done(
        args,
        write_atomically(render_no_debt_certificate(cert, args.lang), out),
        "No-debt certificate",
        _registered(cert.issuance),
    )
