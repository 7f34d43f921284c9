"""`guichet search` and `guichet account`: find an account, show it with its open bills.

Why in the CLI too: support staff and scripts look accounts up without a screen; names,
addresses and phones come from central, so every record is made display-safe before a line
is built from it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli import output
from desktop.bootstrap import open_store
from desktop.domain.errors import DomainError
from desktop.text import display_safe_record
from desktop.use_cases import accounts


def register(sub: Any) -> None:
    p = sub.add_parser("search", help="find accounts by number, meter, phone, bill, name, address")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("account", help="show an account with its open bills")
    p.add_argument("account_no")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_account)


def cmd_search(args: argparse.Namespace, db_path: Path) -> None:
    if not args.query.strip():
        raise DomainError("search.empty")
    store = open_store(db_path)
    hits = accounts.search_accounts(store, None, args.query, limit=max(1, min(args.limit, 200)))
    # One line per hit: a line break in a name must not forge another one (cli.output cleans
    # the whole output, but cannot tell a name's line break from ours).
    hits = [display_safe_record(h) for h in hits]
    data = [
        {
            "account_no": h.account_no,
            "name_ar": h.name_ar,
            "name_latin": h.name_latin,
            "city": h.city,
            "address": h.address,
            "status": h.status,
            "match": h.match or h.kind,  # name, name_variant, name_prefix, name_typo, address…
            "matched": h.matched,
        }
        for h in hits
    ]

    def text() -> str:
        if not hits:
            return "No account found. Try the account number, a meter, a phone or part of the name."
        return "\n".join(
            f"{h.account_no}  {h.name_latin:<32} {h.name_ar:<24} {h.city:<18} [{h.match or h.kind}"
            + (f" {h.matched}" if h.matched else "")
            + "]"
            for h in hits
        )

    output.emit(data, args.json, text)


def cmd_account(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    view = accounts.get_account(store, None, args.account_no)
    view = display_safe_record(view)  # names and address on their own lines, see cmd_search
    data = {
        "account_no": view.account_no,
        "name_ar": view.name_ar,
        "name_latin": view.name_latin,
        "category": view.category,
        "status": view.status,
        "address": view.address,
        "city": view.city,
        "phones": list(view.phones),
        "email": view.email,
        "currency": view.currency,
        "meters": [p.meter_no for p in view.service_points],
        "service_points": [
            {
                "service": p.service,
                "meter_no": p.meter_no,
                "tariff": p.tariff_code,
                "billing_period": p.billing_period,
            }
            for p in view.service_points
        ],
        "balance": view.balance.as_str(),
        "credit": view.credit.as_str(),
        "total_due": view.total_due.as_str(),
        "pending_regularisation": view.pending_total.as_str(),
        "pending": [
            {
                "kind": "regularisation",
                "meter_no": r.meter_no,
                "period_start": r.period_start.isoformat(),
                "period_end": r.period_end.isoformat(),
                "amount": r.amount.as_str(),
                "decided_at": r.decided_at.isoformat(),
            }
            for r in view.pending
        ],
        "open_bills": [
            {
                "bill_no": b.bill_no,
                "service": b.service,
                "period_start": b.period_start.isoformat(),
                "period_end": b.period_end.isoformat(),
                "due_date": b.due_date.isoformat(),
                "amount": b.amount.as_str(),
                "open_amount": b.open.as_str(),
                "estimated": b.estimated,
            }
            for b in view.open_bills
        ],
        "payments": [
            {
                "payment_uuid": p.payment_uuid,
                "receipt_no": p.receipt_no,
                "created_at": p.created_at.isoformat(),
                "amount": p.amount.as_str(),
                "tender": p.tender,
                "channel": p.channel,
                "status": p.status,
                "bills": list(p.bills),
                "held_by_central": p.held_by_central,
            }
            for p in view.payments
        ],
        "held_by_central": [
            p.receipt_no or p.payment_uuid for p in view.payments if p.held_by_central
        ],
    }

    def text() -> str:
        lines = [
            f"{view.account_no}  {view.name_latin} — {view.name_ar}  ({view.category}, {view.status})",
            f"{view.address}, {view.city}   {' / '.join(view.phones)}",
            "Meters: " + ", ".join(f"{p.meter_no} ({p.service})" for p in view.service_points),
            f"Balance: {view.balance}   credit: {view.credit}",
        ]
        if view.open_bills:
            lines.append("Open bills (oldest first):")
            lines += [
                f"  {b.bill_no}  {b.service:<11} {b.period_start}..{b.period_end}  due {b.due_date}"
                f"  {b.open.as_str():>12} of {b.amount.as_str()}"
                + ("  (estimated)" if b.estimated else "")
                for b in view.open_bills
            ]
        else:
            lines.append("No open bills.")
        if view.pending:
            lines.append("Regularisation pending for the next bill (due all the same):")
            lines += [
                f"  meter {r.meter_no}  {r.period_start}..{r.period_end}  {r.amount.as_str():>12}"
                for r in view.pending
            ]
        lines.append(f"Total due: {view.total_due}")
        held = [p for p in view.payments if p.held_by_central]
        if held:
            lines.append(
                "Held by central (the bills they paid stay paid here; a manager "
                "resolves it with 'guichet quarantine'):"
            )
            lines += [
                f"  {p.receipt_no or p.payment_uuid}  {p.created_at:%Y-%m-%d %H:%M}"
                f"  {p.amount.as_str():>12}  {p.status}"
                for p in held
            ]
        return "\n".join(lines)

    output.emit(data, args.json, text)
