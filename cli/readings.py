"""`guichet reading add|unusual`: record a meter reading, follow up unusual consumptions.

Why in the CLI: a customer's self-reading is taken at the counter or by phone, and support
staff follow up unusual consumptions without a screen. Recording a reading needs a user and a
password ($GUICHET_PASSWORD or a prompt), like payments; indexes are typed in Western or
Arabic-Indic digits, read by ``cli.billing.typed_whole``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli import output
from cli.billing import money_str, typed_date, typed_whole
from cli.passwords import login
from desktop.bootstrap import open_store
from desktop.services.readings import ReadingInput
from desktop.use_cases import readings


def register(sub: Any) -> None:
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


def cmd_reading_add(args: argparse.Namespace, db_path: Path) -> None:
    entry = ReadingInput(
        meter_no=args.meter_no.strip(),
        index=typed_whole(args.index, "index"),
        reading_date=typed_date(args.date, "--date"),
        kind=args.kind,
        replacement=args.replacement,
        rollover=args.rollover,
        confirm_unusual=args.confirm_unusual,
        correct=args.correct,
        old_final=typed_whole(args.old_final, "--old-final") if args.old_final else None,
        new_start=typed_whole(args.new_start, "--new-start"),
        digits=typed_whole(args.digits, "--digits") if args.digits else None,
    )
    store = open_store(db_path)
    try:
        user = login(store, args.user)
        r = readings.record_reading(store, user, entry)
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
        "adjustment": money_str(r.adjustment_minor, r.currency),
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
        cases = readings.list_unusual(store, None, include_closed=args.all)
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
