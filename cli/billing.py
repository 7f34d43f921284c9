"""`guichet tariff|billing|reading|contact ...`: tariffs, estimates, readings and contacts.

Why in the CLI: customers ask "what will 300 kWh cost me?" and "why is my June bill so
high?"; support staff and tests need the same answers without a screen, in JSON for
automation. Amounts are printed as decimal strings ("357.08"), never floats. Commands that
write need a user and a password ($GUICHET_PASSWORD or a prompt), like payments.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path
from typing import Any

from cli import output
from cli.passwords import login
from desktop.bootstrap import open_store
from desktop.domain.errors import DomainError
from desktop.domain.regularisation import Regularisation, simulate
from desktop.domain.tariffs import Quote, load_tariffs, quote, tariff_on
from desktop.money import Money, parse_amount
from desktop.services.billing import estimate_for_point, explain_bill, list_regularisations
from desktop.services.contacts import ContactChange, get_contacts, set_contacts
from desktop.services.notifications import list_notifications
from desktop.services.readings import ReadingInput, list_unusual, record_reading
from desktop.text import ascii_digits

MAX_WHOLE_DIGITS = 12
"""Indexes and consumptions fit in 12 digits; more would overflow SQLite's 64-bit integers
once multiplied by a price, and is always a typing error."""


def register(sub: Any) -> None:
    """Add the tariff, billing, reading and contact commands to the `guichet` parser."""
    t = sub.add_parser("tariff", help="list tariffs, quote a consumption")
    ts = t.add_subparsers(dest="tariff_command", required=True, metavar="ACTION")
    p = ts.add_parser("list", help="the installed tariffs and their validity")
    p.add_argument("--date", help="only tariffs in force on this day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_tariff_list)
    p = ts.add_parser("quote", help="price a consumption for one billing period")
    p.add_argument("code")
    p.add_argument("quantity")
    p.add_argument("--date", help="price with the version in force that day (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_tariff_quote)

    b = sub.add_parser("billing", help="estimates and regularisation of estimated bills")
    bs = b.add_subparsers(dest="billing_command", required=True, metavar="ACTION")
    p = bs.add_parser(
        "simulate-regularization",
        aliases=["simulate-regularisation"],
        help="split an actual consumption over months and compare with estimates",
    )
    p.add_argument("--tariff", required=True)
    p.add_argument("--start", required=True, help="first day after the last actual reading")
    p.add_argument("--end", required=True, help="day of the new actual reading (inclusive)")
    p.add_argument("--actual", required=True, help="kWh measured over the whole span")
    p.add_argument(
        "--estimated",
        required=True,
        help="energy billed on estimates, one per period: 150,150,150 or 120,73;115,62",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_simulate)
    p = bs.add_parser("estimate", help="estimate a period with no reading for a meter")
    p.add_argument("meter_no")
    p.add_argument("--start", required=True)
    p.add_argument("--end", required=True)
    p.add_argument("--minimum", default="0", help="contractual minimum consumption")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_estimate)
    p = bs.add_parser("explain", help="explain a bill: estimated or not, regularisations")
    p.add_argument("bill_no")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_explain)
    p = bs.add_parser("regularisations", help="regularisations of an account, newest first")
    p.add_argument("account_no")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_regularisations)

    r = sub.add_parser("reading", help="record a meter reading, list unusual consumptions")
    rs = r.add_subparsers(dest="reading_command", required=True, metavar="ACTION")
    p = rs.add_parser("add", help="record a reading (the customer's own by default)")
    p.add_argument("meter_no")
    p.add_argument("index")
    p.add_argument("--date", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--kind", choices=("self", "actual"), default="self")
    p.add_argument("--replacement", action="store_true", help="the meter was replaced")
    p.add_argument("--old-final", help="last index of the replaced meter, if known")
    p.add_argument("--new-start", default="0", help="index of the new meter when fitted")
    p.add_argument("--rollover", action="store_true", help="the register passed its maximum")
    p.add_argument("--digits", help="number of digits of the register (roll-over)")
    p.add_argument(
        "--confirm-unusual",
        action="store_true",
        help="the unusual consumption was checked with the customer",
    )
    p.add_argument(
        "--correct", action="store_true", help="replace the reading already recorded on that day"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_reading_add)
    p = rs.add_parser("unusual", help="unusual consumptions to follow up")
    p.add_argument("--all", action="store_true", help="closed and superseded cases too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_reading_unusual)

    c = sub.add_parser("contact", help="customer mobile, e-mail, channel, e-bill; notifications")
    cs = c.add_subparsers(dest="contact_command", required=True, metavar="ACTION")
    p = cs.add_parser("set", help="change contacts (journaled)")
    p.add_argument("account_no")
    p.add_argument("--mobile", help="mobile number; '' to remove")
    p.add_argument("--email", help="e-mail address; '' to remove")
    p.add_argument("--channel", choices=("sms", "email", "post"))
    p.add_argument("--ebill", choices=("yes", "no"))
    p.add_argument("--user", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_contact_set)
    p = cs.add_parser("show", help="an account's contacts")
    p.add_argument("account_no")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_contact_show)
    p = cs.add_parser("notifications", help="messages queued for central to send")
    p.add_argument("--all", action="store_true", help="sent ones too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_notifications)


# --------------------------------------------------------------------------- helpers


def _date(text: str | None, field: str) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError("date.invalid", field=field, text=text) from None


def _whole(text: str, field: str) -> int:
    """A count typed in Western or Arabic-Indic digits. ``str.isdigit`` is not the test: it
    accepts superscripts and other digits ``int()`` refuses ("²")."""
    value = ascii_digits(text.strip())
    if not re.fullmatch(r"[0-9]+", value):
        raise DomainError("input.invalid", field=field, problem=f"'{text}' is not a whole number")
    if len(value.lstrip("0")) > MAX_WHOLE_DIGITS:
        raise DomainError(
            "input.invalid",
            field=field,
            problem=f"'{text}' is too large (at most {MAX_WHOLE_DIGITS} digits)",
        )
    return int(value)


def _money(minor: int, currency: str) -> str:
    return Money(minor, currency).as_str()


def _e4(value: int) -> str:
    """A unit price in 1/10000 as the shortest exact decimal: 8496 -> "0.8496", 10220 -> "1.022"."""
    whole, frac = divmod(value, 10000)
    return f"{whole}.{frac:04d}".rstrip("0").rstrip(".") if frac else str(whole)


def quote_dict(q: Quote) -> dict[str, Any]:
    """JSON form of a quote: lines (tier, quantity, unit_price, amount) and the totals."""
    cur = q.currency
    lines = []
    for ln in q.lines:
        line: dict[str, Any] = {
            "kind": ln.kind,
            "tier": ln.label,
            "quantity": ln.quantity,
            "amount": _money(ln.amount_minor, cur),
        }
        if ln.kind == "tier":
            line["unit_price"] = _e4(ln.unit_price_e4)
        elif ln.kind == "fee":
            line["unit_price"] = _money(ln.amount_minor, cur)
        else:  # a tax: the engine's quantity is the taxable base in minor units
            line["quantity"] = 1
            line["base"] = _money(ln.quantity, cur)
            line["rate_bp"] = ln.unit_price_e4
        lines.append(line)
    return {
        "tariff": q.tariff_code,
        "currency": cur,
        "quantity": q.quantity,
        "lines": lines,
        "energy_total": _money(q.energy_minor, cur),
        "fees_total": _money(q.fees_minor, cur),
        "tax_total": _money(q.tax_minor, cur),
        "total": _money(q.total_minor, cur),
    }


def regularisation_dict(r: Regularisation) -> dict[str, Any]:
    """JSON form of a regularisation (energy amounts, before fees and taxes)."""
    cur = r.currency
    return {
        "currency": cur,
        "actual_kwh": r.actual_kwh,
        "carried_kwh": r.carried_kwh,
        "months": [
            {
                "month": p.month,
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "days": p.days,
                "kwh": p.kwh,
                "tariff": p.tariff_code,
                "amount": _money(p.amount_minor, cur),
                "estimated": _money(p.estimated_minor, cur),
                "billed": _money(p.billed_minor, cur),
                "difference": _money(p.difference_minor, cur),
            }
            for p in r.periods
        ],
        "actual_total": _money(r.actual_minor, cur),
        "estimated_total": _money(r.estimated_minor, cur),
        "billed_total": _money(r.billed_minor, cur),
        "adjustment": _money(r.adjustment_minor, cur),
        "direction": r.direction,
    }


def _regularisation_text(r: Regularisation) -> list[str]:
    cur = r.currency
    lines = [
        f"  {p.month}  {p.start}..{p.end}  {p.days:>3} d  {p.kwh:>6} kWh  "
        f"actual {_money(p.amount_minor, cur):>10}  billed {_money(p.billed_minor, cur):>10}"
        for p in r.periods
    ]
    lines.append(
        f"  Actual {_money(r.actual_minor, cur)}  billed {_money(r.billed_minor, cur)}  "
        f"adjustment {_money(r.adjustment_minor, cur)} {cur} ({r.direction})"
    )
    if r.carried_kwh:
        lines.append(f"  {r.carried_kwh} kWh after the last estimated bill go to the next bill.")
    return lines


# --------------------------------------------------------------------------- tariffs


def cmd_tariff_list(args: argparse.Namespace, db_path: Path) -> None:
    day = _date(args.date, "--date") if args.date else None
    tariffs = [t for t in load_tariffs().values() if day is None or t.valid_on(day)]
    data = [
        {
            "code": t.code,
            "family": t.family_code,
            "name": t.name,
            "currency": t.currency,
            "service": t.service,
            "unit": t.unit,
            "period": t.period,
            "valid_from": t.valid_from.isoformat(),
            "valid_to": t.valid_to.isoformat() if t.valid_to else None,
            "example_values": t.example_values,
            "source": t.source,
        }
        for t in sorted(tariffs, key=lambda t: t.code)
    ]
    output.emit(
        data,
        args.json,
        lambda: "\n".join(
            f"{d['code']:<40} {d['currency']} {d['period']:<10} from {d['valid_from']}"
            + (f" to {d['valid_to']}" if d["valid_to"] else "")
            + ("  (example prices)" if d["example_values"] else "")
            for d in data
        ),
    )


def cmd_tariff_quote(args: argparse.Namespace, db_path: Path) -> None:
    quantity = _whole(args.quantity, "quantity")
    tariff = tariff_on(args.code, _date(args.date, "--date"))
    data = quote_dict(quote(tariff, quantity))

    def text() -> str:
        out = [f"{tariff.name}: {quantity} {tariff.unit}"]
        for ln in data["lines"]:
            price = f" x {ln['unit_price']}" if ln["kind"] == "tier" else ""
            out.append(f"  {ln['tier']:<36} {ln['quantity']:>8}{price:<10} {ln['amount']:>12}")
        out.append(
            f"  Energy {data['energy_total']}  fees {data['fees_total']}  "
            f"tax {data['tax_total']}  total {data['total']} {tariff.currency}"
        )
        return "\n".join(out)

    output.emit(data, args.json, text)


# --------------------------------------------------------------------------- billing


def cmd_simulate(args: argparse.Namespace, db_path: Path) -> None:
    start, end = _date(args.start, "--start"), _date(args.end, "--end")
    actual = _whole(args.actual, "--actual")
    currency = tariff_on(args.tariff, start).currency
    if end < start:
        raise DomainError("input.invalid", field="--end", problem="it is before --start")
    # "150,150,150" or, with decimal commas, "120,73;115,62;120,73".
    separator = ";" if ";" in args.estimated else ","
    parts = [p for p in args.estimated.split(separator) if p.strip()]
    if not parts:
        raise DomainError(
            "input.invalid", field="--estimated", problem="give one amount per period"
        )
    estimated = [parse_amount(p, currency, allow_zero=True).minor for p in parts]
    result = simulate(args.tariff, start, end, actual, estimated, tariff_on)
    data = {
        "tariff": args.tariff,
        "start": start.isoformat(),
        "end": end.isoformat(),
        **regularisation_dict(result),
    }
    one = tariff_on(args.tariff, start)
    data["as_one_period"] = _money(quote(one, actual).energy_minor, currency)
    output.emit(
        data,
        args.json,
        lambda: "\n".join(
            [
                f"Regularisation of {actual} kWh, {start}..{end} ({args.tariff}):",
                *_regularisation_text(result),
                f"  (billed as one period it would cost {data['as_one_period']} {currency})",
            ]
        ),
    )


def cmd_estimate(args: argparse.Namespace, db_path: Path) -> None:
    start, end = _date(args.start, "--start"), _date(args.end, "--end")
    if end < start:
        raise DomainError(
            "statement.period_reversed", date_from=start.isoformat(), date_to=end.isoformat()
        )
    store = open_store(db_path)
    try:
        with store.read() as s:
            result = estimate_for_point(
                s, args.meter_no, start, end, contractual_minimum=_whole(args.minimum, "--minimum")
            )
    finally:
        store.dispose()
    e = result.estimate
    data = {
        "meter_no": result.meter_no,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "consumption": e.consumption,
        "method": e.method,
        "estimated": True,
        "basis": [
            {"start": s.isoformat(), "end": t.isoformat(), "consumption": c} for s, t, c in e.basis
        ],
        "quote": quote_dict(result.quote),
    }
    output.emit(
        data,
        args.json,
        lambda: (
            f"Estimated {e.consumption} for {start}..{end} ({e.method}); "
            f"estimated bill {data['quote']['total']} {result.quote.currency}."
        ),
    )


def cmd_explain(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    try:
        with store.read() as s:
            x = explain_bill(s, args.bill_no)
    finally:
        store.dispose()
    cur = x.currency
    data = {
        "bill_no": x.bill_no,
        "meter_no": x.meter_no,
        "period_start": x.period_start.isoformat(),
        "period_end": x.period_end.isoformat(),
        "consumption": x.consumption,
        "estimated": x.estimated,
        "amount": _money(x.amount_minor, cur),
        "lines": [
            {"kind": k, "label": lb, "quantity": q, "amount": _money(a, cur)}
            for k, lb, q, _, a in x.lines
        ],
        "regularisations": [
            {
                "uuid": r.uuid,
                "status": r.status,
                "superseded": r.superseded,
                **regularisation_dict(r.detail),
            }
            for r in x.regularisations
        ],
    }

    def text() -> str:
        out = [
            f"Bill {x.bill_no} ({x.meter_no}) {x.period_start}..{x.period_end}: "
            f"{x.consumption} kWh, {data['amount']} {cur}" + ("  ESTIMATED" if x.estimated else "")
        ]
        for r in x.regularisations:
            flag = " (superseded)" if r.superseded else ""
            out.append(f"Regularisation {r.period_start}..{r.period_end}, {r.status}{flag}:")
            out += _regularisation_text(r.detail)
        return "\n".join(out)

    output.emit(data, args.json, text)


def cmd_regularisations(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    try:
        with store.read() as s:
            views = list_regularisations(s, args.account_no)
    finally:
        store.dispose()
    data = [
        {
            "uuid": v.uuid,
            "meter_no": v.meter_no,
            "status": v.status,
            "superseded": v.superseded,
            "supersedes": v.supersedes_uuid,
            "created_at": v.created_at.isoformat(),
            **regularisation_dict(v.detail),
        }
        for v in views
    ]
    output.emit(
        data,
        args.json,
        lambda: (
            "\n".join(
                f"{v.meter_no} {v.period_start}..{v.period_end} {v.status}"
                f"{' (superseded)' if v.superseded else ''}: "
                f"{_money(v.detail.adjustment_minor, v.detail.currency)} {v.detail.currency}"
                for v in views
            )
            or "No regularisation."
        ),
    )


# --------------------------------------------------------------------------- readings


def cmd_reading_add(args: argparse.Namespace, db_path: Path) -> None:
    entry = ReadingInput(
        meter_no=args.meter_no.strip(),
        index=_whole(args.index, "index"),
        reading_date=_date(args.date, "--date"),
        kind=args.kind,
        replacement=args.replacement,
        rollover=args.rollover,
        confirm_unusual=args.confirm_unusual,
        correct=args.correct,
        old_final=_whole(args.old_final, "--old-final") if args.old_final else None,
        new_start=_whole(args.new_start, "--new-start"),
        digits=_whole(args.digits, "--digits") if args.digits else None,
    )
    store = open_store(db_path)
    try:
        user = login(store, args.user)
        with store.unit_of_work() as uow:
            r = record_reading(uow, user, entry)
    finally:
        store.dispose()
    data = {
        "reading_id": r.uuid,
        "meter_no": r.meter_no,
        "account_no": r.account_no,
        "date": r.reading_date.isoformat(),
        "index": r.index,
        "kind": r.kind,
        "reason": r.reason,
        "consumption": r.consumption,
        "days": r.days,
        "usual": r.usual,
        "unusual": r.unusual,
        "corrects": r.corrects,
        "regularisation_id": r.regularisation_uuid,
        "adjustment": _money(r.adjustment_minor, r.currency),
        "currency": r.currency,
    }

    def text() -> str:
        out = [
            f"Reading recorded: {r.meter_no} index {r.index} on {r.reading_date}"
            + (
                f", {r.consumption} consumed in {r.days} days"
                if r.consumption is not None
                else " (first reading)"
            )
        ]
        if r.unusual:
            out.append(f"Unusual consumption (usual about {r.usual}): listed for follow-up.")
        if r.regularisation_uuid:
            out.append(
                f"Estimated bills regularised: adjustment {data['adjustment']} {r.currency}."
            )
        return "\n".join(out)

    output.emit(data, args.json, text)


def cmd_reading_unusual(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    try:
        with store.read() as s:
            cases = list_unusual(s, include_closed=args.all)
    finally:
        store.dispose()
    data = [
        {
            "reading_id": c.reading_uuid,
            "account_no": c.account_no,
            "meter_no": c.meter_no,
            "date": c.reading_date.isoformat(),
            "consumption": c.consumption,
            "usual": c.usual,
            "days": c.days,
            "confirmed_by": c.confirmed_by,
        }
        for c in cases
    ]
    output.emit(
        data,
        args.json,
        lambda: (
            "\n".join(
                f"{c.account_no}  {c.meter_no}  {c.reading_date}  {c.consumption} (usual {c.usual})"
                f"  confirmed by {c.confirmed_by}"
                for c in cases
            )
            or "No unusual consumption to follow up."
        ),
    )


# --------------------------------------------------------------------------- contacts


def _contact_dict(v: Any) -> dict[str, Any]:
    return {
        "account_no": v.account_no,
        "mobile": v.mobile,
        "mobile_international": v.mobile_international,
        "email": v.email,
        "channel": v.channel,
        "ebill": v.ebill,
        "changed": list(v.changed),
    }


def _contact_text(v: Any) -> str:
    return (
        f"{v.account_no}: mobile {v.mobile or '-'}, e-mail {v.email or '-'}, "
        f"channel {v.channel}, e-bill {'yes' if v.ebill else 'no'}"
    )


def cmd_contact_set(args: argparse.Namespace, db_path: Path) -> None:
    change = ContactChange(
        account_no=args.account_no.strip(),
        mobile=args.mobile,
        email=args.email,
        channel=args.channel,
        ebill=None if args.ebill is None else args.ebill == "yes",
    )
    store = open_store(db_path)
    try:
        user = login(store, args.user)
        with store.unit_of_work() as uow:
            view = set_contacts(uow, user, change)
    finally:
        store.dispose()
    output.emit(
        _contact_dict(view),
        args.json,
        lambda: _contact_text(view) + ("" if view.changed else "  (nothing changed)"),
    )


def cmd_contact_show(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    try:
        with store.read() as s:
            view = get_contacts(s, args.account_no.strip())
    finally:
        store.dispose()
    output.emit(_contact_dict(view), args.json, lambda: _contact_text(view))


def cmd_notifications(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    try:
        with store.read() as s:
            notes = list_notifications(s, None if args.all else "queued")
    finally:
        store.dispose()
    data = [
        {
            "id": n.uuid,
            "account_no": n.account_no,
            "kind": n.kind,
            "channel": n.channel,
            "recipient": n.recipient,
            "status": n.status,
            "created_at": n.created_at.isoformat(),
            "payload": n.payload,
        }
        for n in notes
    ]
    output.emit(
        data,
        args.json,
        lambda: (
            "\n".join(
                f"{n.created_at:%Y-%m-%d %H:%M}  {n.account_no}  {n.kind:<20} {n.channel:<5} {n.recipient}"
                for n in notes
            )
            or "No notification waiting for central."
        ),
    )
