"""`guichet tariff|billing ...`: tariffs, quotes, estimates and regularisations.

Why in the CLI: customers ask "what will 300 kWh cost me?" and "why is my June bill so
high?"; support staff and tests need the same answers without a screen, in JSON for
automation. Amounts are printed as decimal strings ("357.08"), never floats. Meter readings
are in ``cli.readings``, customer contacts in ``cli.contacts``.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path
from typing import Any

from cli import output
from desktop.bootstrap import open_store
from desktop.domain.errors import DomainError
from desktop.domain.regularisation import Regularisation, simulate
from desktop.domain.tariffs import Quote, load_tariffs, quote, tariff_on
from desktop.money import Money, parse_amount
from desktop.text import ascii_digits
from desktop.use_cases import accounts

MAX_WHOLE_DIGITS = 12
"""Indexes and consumptions fit in 12 digits; more would overflow SQLite's 64-bit integers
once multiplied by a price, and is always a typing error."""


def register(sub: Any) -> None:
    """Add the tariff and billing commands to the `guichet` parser."""
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


# --------------------------------------------------------------------------- helpers


def typed_date(text: str | None, field: str) -> date:
    """A day typed YYYY-MM-DD (today when not given); ``field`` names it in a refusal."""
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError("date.invalid", field=field, text=text) from None


def typed_whole(text: str, field: str) -> int:
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


def money_str(minor: int, currency: str) -> str:
    """Minor units as the decimal string JSON carries (``"357.08"``)."""
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
            "amount": money_str(ln.amount_minor, cur),
        }
        if ln.kind == "tier":
            line["unit_price"] = _e4(ln.unit_price_e4)
        elif ln.kind == "fee":
            line["unit_price"] = money_str(ln.amount_minor, cur)
        else:  # a tax: the engine's quantity is the taxable base in minor units
            line["quantity"] = 1
            line["base"] = money_str(ln.quantity, cur)
            line["rate_bp"] = ln.unit_price_e4
        lines.append(line)
    return {
        "tariff": q.tariff_code,
        "currency": cur,
        "quantity": q.quantity,
        "lines": lines,
        "energy_total": money_str(q.energy_minor, cur),
        "fees_total": money_str(q.fees_minor, cur),
        "tax_total": money_str(q.tax_minor, cur),
        "total": money_str(q.total_minor, cur),
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
                "amount": money_str(p.amount_minor, cur),
                "estimated": money_str(p.estimated_minor, cur),
                "billed": money_str(p.billed_minor, cur),
                "difference": money_str(p.difference_minor, cur),
            }
            for p in r.periods
        ],
        "actual_total": money_str(r.actual_minor, cur),
        "estimated_total": money_str(r.estimated_minor, cur),
        "billed_total": money_str(r.billed_minor, cur),
        "adjustment": money_str(r.adjustment_minor, cur),
        "direction": r.direction,
    }


def _regularisation_text(r: Regularisation) -> list[str]:
    cur = r.currency
    lines = [
        f"  {p.month}  {p.start}..{p.end}  {p.days:>3} d  {p.kwh:>6} kWh  "
        f"actual {money_str(p.amount_minor, cur):>10}  billed {money_str(p.billed_minor, cur):>10}"
        for p in r.periods
    ]
    lines.append(
        f"  Actual {money_str(r.actual_minor, cur)}  billed {money_str(r.billed_minor, cur)}  "
        f"adjustment {money_str(r.adjustment_minor, cur)} {cur} ({r.direction})"
    )
    if r.carried_kwh:
        lines.append(f"  {r.carried_kwh} kWh after the last estimated bill go to the next bill.")
    return lines


# --------------------------------------------------------------------------- tariffs


def cmd_tariff_list(args: argparse.Namespace, db_path: Path) -> None:
    day = typed_date(args.date, "--date") if args.date else None
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
    quantity = typed_whole(args.quantity, "quantity")
    tariff = tariff_on(args.code, typed_date(args.date, "--date"))
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
    start, end = typed_date(args.start, "--start"), typed_date(args.end, "--end")
    actual = typed_whole(args.actual, "--actual")
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
    data["as_one_period"] = money_str(quote(one, actual).energy_minor, currency)
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
    start, end = typed_date(args.start, "--start"), typed_date(args.end, "--end")
    if end < start:
        raise DomainError(
            "statement.period_reversed", date_from=start.isoformat(), date_to=end.isoformat()
        )
    store = open_store(db_path)
    try:
        result = accounts.estimate_for_point(
            store,
            None,
            args.meter_no,
            start,
            end,
            contractual_minimum=typed_whole(args.minimum, "--minimum"),
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
        x = accounts.explain_bill(store, None, args.bill_no)
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
        "amount": money_str(x.amount_minor, cur),
        "lines": [
            {"kind": k, "label": lb, "quantity": q, "amount": money_str(a, cur)}
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
        views = accounts.list_regularisations(store, None, args.account_no)
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
                f"{money_str(v.detail.adjustment_minor, v.detail.currency)} {v.detail.currency}"
                for v in views
            )
            or "No regularisation."
        ),
    )
