"""`guichet session ...`, `guichet void` and `guichet audit verify`: the till from the command line.

Why in the CLI too: support staff and tests must be able to open, move, close and audit a till
without a screen, under the same rules as the window (the use cases enforce them). Passwords
come from $GUICHET_PASSWORD (the user) and $GUICHET_APPROVER_PASSWORD (the manager who
approves), or from a prompt on a terminal.
"""

from __future__ import annotations

import argparse
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from cli import output
from cli.audit import add_options as add_audit_options
from cli.audit import cmd_audit_verify
from cli.passwords import login
from desktop.bootstrap import open_store
from desktop.domain.cash import CashCount
from desktop.domain.errors import DomainError
from desktop.money import Money, parse_amount
from desktop.services.tills import TillSummary
from desktop.services.voids import VOID_REASONS
from desktop.text import ascii_digits
from desktop.use_cases import tills, voids
from desktop.use_cases.settings import terminal_settings


def register(sub: Any) -> None:
    """Add the cash commands to the `guichet` parser."""
    p = sub.add_parser("session", help="open, move, close or show cash sessions (tills)")
    ss = p.add_subparsers(dest="session_command", required=True, metavar="ACTION")

    o = ss.add_parser("open", help="open your till with its counted float")
    o.add_argument("--user", required=True)
    o.add_argument("--float", dest="float_amount", help="float total (split into notes and coins)")
    o.add_argument("--count", help="float by denomination, e.g. 2000x5,1000x4,0.5x2")
    o.add_argument("--json", action="store_true")
    o.set_defaults(handler=cmd_session_open)

    c = ss.add_parser("close", help="blind count: enter what is in the till, then see over/short")
    c.add_argument("--user", required=True)
    c.add_argument("--count", required=True, help="cash by denomination, e.g. 2000x5,1000x4")
    c.add_argument("--card-total", default="0", help="total of the card slips")
    c.add_argument("--approver", help="manager validating a difference beyond the tolerance")
    c.add_argument("--justification", help="why the count differs (required with --approver)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_session_close)

    m = ss.add_parser("move", help="pickup to the safe or float top-up, approved by a manager")
    m.add_argument("kind", choices=("pickup", "topup"))
    m.add_argument("amount")
    m.add_argument("--user", required=True)
    m.add_argument("--approver", required=True)
    m.add_argument("--reason", required=True)
    m.add_argument("--json", action="store_true")
    m.set_defaults(handler=cmd_session_move)

    st = ss.add_parser("status", help="today's sessions (expected figures for managers only)")
    st.add_argument("--user", help="a manager, to see expected amounts of open sessions")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=cmd_session_status)

    v = sub.add_parser("void", help="void a payment of today's open session (manager approval)")
    v.add_argument("receipt_no")
    v.add_argument("--user", required=True)
    v.add_argument("--approver", required=True)
    v.add_argument("--reason", required=True, choices=VOID_REASONS)
    v.add_argument("--note", default="", help="free text (required for reason 'other')")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=cmd_void)

    k = sub.add_parser(
        "correct", help="reverse a payment of a closed till or day (manager approval)"
    )
    k.add_argument("receipt_no")
    k.add_argument("--user", required=True, help="the clerk, whose open till gives the money back")
    k.add_argument("--approver", required=True)
    k.add_argument("--reason", required=True, choices=VOID_REASONS)
    k.add_argument("--note", default="", help="free text (required for reason 'other')")
    k.add_argument("--json", action="store_true")
    k.set_defaults(handler=cmd_correct)

    a = sub.add_parser("audit", help="check the inalterable journal")
    aa = a.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    ver = aa.add_parser(
        "verify",
        help=(
            "verify the hash chain, that every payment, void, correction, till and day matches "
            "its entry, the receipt series and the triggers, and (with central) every head "
            "central acknowledged"
        ),
    )
    add_audit_options(ver)
    ver.add_argument("--json", action="store_true")
    ver.set_defaults(handler=cmd_audit_verify)


def parse_count(text: str, currency: str, allowed: tuple[int, ...]) -> CashCount:
    """``"2000x5,1000x4,0.5x2"`` (value in major units x pieces) into a validated count."""
    pieces: dict[int, int] = {}
    for part in (p.strip() for p in text.split(",") if p.strip()):
        value, sep, number = ascii_digits(part.lower().replace("×", "x")).partition("x")
        value, number = value.replace(" ", ""), number.strip()
        try:
            # Plain decimals only: Decimal() alone would take "Infinity", "NaN" and "1e999".
            if not re.fullmatch(r"[0-9]{1,9}(\.[0-9]{1,2})?", value) or not re.fullmatch(
                r"[0-9]{1,9}", number
            ):
                raise ValueError(part)
            minor = int(Decimal(value) * 100)
            n = int(number)
        except (InvalidOperation, ValueError):
            raise DomainError(
                "input.invalid",
                field="--count",
                problem=f"'{part}' is not VALUExPIECES, e.g. 2000x5",
            ) from None
        if not sep:
            raise DomainError("input.invalid", field="--count", problem=f"'{part}' lacks 'x'")
        pieces[minor] = pieces.get(minor, 0) + n
    return CashCount.of(currency, pieces, allowed)


def greedy_count(amount: Money, allowed: tuple[int, ...]) -> CashCount:
    """Notes and coins making ``amount``, largest first (for ``--float`` without ``--count``)."""
    left, pieces = amount.minor, {}
    for value in allowed:
        if left >= value:
            pieces[value], left = divmod(left, value)
    if left:
        raise DomainError(
            "input.invalid", field="--float", problem="not payable in notes and coins"
        )
    return CashCount.of(amount.currency, pieces, allowed)


def _summary_dict(x: TillSummary, *, expected: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "session": x.uuid,
        "user": x.username,
        "terminal": x.terminal,
        "day": x.business_day.isoformat(),
        "status": x.status,
        "opened_at": x.opened_at.isoformat(),
        "opening_float": x.opening_float.as_str(),
        "payments": x.payments,
        "voided": x.voided,
    }
    if expected or x.status == "closed":
        out |= {
            "cash_in": x.cash_in.as_str(),
            "card_in": x.card_in.as_str(),
            "pickups": x.pickups.as_str(),
            "topups": x.topups.as_str(),
            "expected_cash": x.expected_cash.as_str(),
            "expected_card": x.expected_card.as_str(),
        }
    if x.counted_cash is not None:
        out |= {
            "counted_cash": x.counted_cash.as_str(),
            "counted_card": x.counted_card.as_str() if x.counted_card else "0.00",
            "over_short_cash": (x.counted_cash - x.expected_cash).as_str(),
        }
    return out


def cmd_session_open(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    settings = terminal_settings(store)
    allowed = tills.denominations(store, None, settings.currency)
    if args.count:
        count = parse_count(args.count, settings.currency, allowed)
    elif args.float_amount:
        count = greedy_count(
            parse_amount(
                args.float_amount, settings.currency, allow_zero=True, locale=settings.locale
            ),
            allowed,
        )
    else:
        raise DomainError("input.invalid", field="float", problem="give --count or --float")
    user = login(store, args.user)
    summary = tills.open_till(store, user, count)
    output.emit(
        _summary_dict(summary, expected=True),
        args.json,
        f"Session open for {summary.username} on {summary.terminal}, float {summary.opening_float}.",
    )


def cmd_session_close(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    settings = terminal_settings(store)
    allowed = tills.denominations(store, None, settings.currency)
    counted = parse_count(args.count, settings.currency, allowed)
    card_total = parse_amount(
        args.card_total, settings.currency, allow_zero=True, locale=settings.locale
    )
    user = login(store, args.user)
    validator = login(store, args.approver, approver=True) if args.approver else None
    attempt = tills.close_till(
        store, user, counted, card_total, validator=validator, justification=args.justification
    )
    if attempt.result is None:
        assert attempt.refusal is not None
        raise attempt.refusal  # a manager must validate: refused as before, nothing written
    result = attempt.result
    data = _summary_dict(result.session, expected=True) | {
        "differences": [
            {
                "tender": d.tender,
                "expected": d.expected.as_str(),
                "counted": d.counted.as_str(),
                "difference": d.difference.as_str(),
                "validated": d.needs_validation,
            }
            for d in result.differences
        ],
        "validated_by": result.validated_by,
    }
    text = "\n".join(
        [f"Session closed for {result.session.username}."]
        + [
            f"  {d.tender}: expected {d.expected}, counted {d.counted}, difference {d.difference}"
            for d in result.differences
        ]
    )
    output.emit(data, args.json, text)


def cmd_session_move(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    settings = terminal_settings(store)
    amount = parse_amount(args.amount, settings.currency, locale=settings.locale)
    user = login(store, args.user)
    approver = login(store, args.approver, approver=True)
    summary = tills.record_movement(store, user, approver, args.kind, amount, args.reason)
    output.emit(
        _summary_dict(summary, expected=False),
        args.json,
        f"{args.kind.capitalize()} of {amount} recorded, approved by {approver.username}.",
    )


def cmd_session_status(args: argparse.Namespace, db_path: Path) -> None:
    import datetime as dt

    store = open_store(db_path)
    manager = None
    if args.user:
        manager = login(store, args.user)
    show_expected = manager is not None and manager.role in ("manager", "admin")
    today = dt.datetime.now().astimezone().date()
    settings, sessions, mine = tills.day_status(store, manager, today)
    data = {
        "agency": settings.agency_code,
        "day": today.isoformat(),
        "sessions": [_summary_dict(x, expected=show_expected) for x in sessions],
        "open": [x.uuid for x in sessions if x.status == "open"],
        "mine": mine.uuid if mine else None,
    }
    lines = [f"{settings.agency_code} {today}: {len(sessions)} session(s)"]
    lines += [
        f"  {x.terminal} {x.username:<10} {x.status:<7} payments {x.payments}" for x in sessions
    ]
    output.emit(data, args.json, "\n".join(lines))


def cmd_void(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    clerk = login(store, args.user)
    approver = login(store, args.approver, approver=True)
    result = voids.void_payment(store, clerk, approver, args.receipt_no, args.reason, args.note)
    data = {
        "receipt_no": result.receipt_no,
        "payment_id": result.payment_uuid,
        "amount": result.amount.as_str(),
        "tender": result.tender,
        "reopened": list(result.reopened),
        "approved_by": result.approved_by,
    }
    hand_back = " Hand the cash back." if result.tender == "cash" else ""
    output.emit(
        data, args.json, f"Receipt {result.receipt_no} voided ({result.amount}).{hand_back}"
    )


def cmd_correct(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    clerk = login(store, args.user)
    approver = login(store, args.approver, approver=True)
    result = voids.correct_payment(store, clerk, approver, args.receipt_no, args.reason, args.note)
    data = {
        "original_receipt_no": result.original_receipt_no,
        "receipt_no": result.receipt_no,
        "amount": result.amount.as_str(),
        "tender": result.tender,
        "reopened": list(result.reopened),
        "approved_by": result.approved_by,
    }
    hand_back = " Hand the cash back." if result.tender == "cash" else ""
    output.emit(
        data,
        args.json,
        f"Receipt {result.original_receipt_no} corrected by "
        f"{result.receipt_no} (-{result.amount}).{hand_back}",
    )
