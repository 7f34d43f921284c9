"""`guichet pay`: take a payment, in cash or by card, under the same rules as the window.

Why the checks before the log-in: an amount that cannot be read, a tendered amount with a
card, or a payment over the terminal's maximum is refused before anyone is asked for a
password (and before a refused log-in is journaled for nothing).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli import output
from cli.passwords import login
from desktop.bootstrap import open_store
from desktop.domain.errors import DomainError
from desktop.money import parse_amount
from desktop.services.payments import PaymentRequest
from desktop.use_cases import payments


def register(sub: Any) -> None:
    p = sub.add_parser("pay", help="take a payment (password from $GUICHET_PASSWORD or a prompt)")
    p.add_argument("account_no")
    p.add_argument("amount")
    p.add_argument("--tender", choices=("cash", "card"), default="cash")
    p.add_argument("--tendered", help="cash handed over (default: the exact amount)")
    p.add_argument(
        "--allow-large-credit",
        action="store_true",
        help="confirm that more than the terminal's credit_confirm_minor is left as account credit",
    )
    p.add_argument(
        "--card-scheme", default="CIB", help="CIB, EDAHABIA, CMI, VISA, MASTERCARD, OTHER"
    )
    p.add_argument("--card-last4", help="last four digits of the card (never the full number)")
    p.add_argument("--auth-code", help="authorisation code printed on the terminal slip")
    p.add_argument("--terminal-ref", help="reference of the bank's payment terminal")
    p.add_argument(
        "--bills", help="bill references to settle, comma-separated (default: oldest first)"
    )
    p.add_argument("--user", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_pay)


def cmd_pay(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    settings, currency = payments.payment_context(store, None, args.account_no)
    loc = settings.locale
    amount = parse_amount(args.amount, currency, locale=loc)
    tendered = parse_amount(args.tendered, currency, locale=loc) if args.tendered else None
    if args.tender == "card" and tendered is not None:
        raise DomainError("card.tendered_not_allowed")
    if amount.minor > settings.max_payment_minor:
        raise DomainError(
            "amount.over_maximum", amount=amount.as_str(), maximum=settings.max_payment.as_str()
        )
    request = PaymentRequest(
        account_no=args.account_no,
        amount=amount,
        tender=args.tender,
        tendered=tendered,
        card_scheme=args.card_scheme if args.tender == "card" else None,
        card_last4=(args.card_last4 or "").strip() if args.tender == "card" else None,
        auth_code=(args.auth_code or "").strip() if args.tender == "card" else None,
        terminal_ref=args.terminal_ref if args.tender == "card" else None,
        bill_nos=tuple(b.strip() for b in (args.bills or "").split(",") if b.strip()),
        confirm_credit=args.allow_large_credit,
    )
    user = login(store, args.user)
    result = payments.take_payment(store, user, request)
    data = {
        "receipt_no": result.receipt_no,
        "payment_id": result.payment_uuid,
        "amount": result.amount.as_str(),
        "currency": result.amount.currency,
        "tender": result.tender,
        "allocations": [
            {"bill_no": a.bill_no, "amount": a.amount.as_str()} for a in result.allocations
        ],
        "credit": result.credit.as_str(),
        "change": result.change.as_str(),
        "balance_after": result.balance_after.as_str(),
    }

    def text() -> str:
        lines = [f"Payment recorded: receipt {result.receipt_no}, {result.amount}"]
        lines += [f"  {a.bill_no}: {a.amount}" for a in result.allocations]
        if result.credit:
            lines.append(f"  to account credit: {result.credit}")
        if result.change:
            lines.append(f"Change to give: {result.change}")
        lines.append(f"Balance after payment: {result.balance_after}")
        return "\n".join(lines)

    output.emit(data, args.json, text)
