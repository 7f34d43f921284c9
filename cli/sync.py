"""`guichet sync` and `guichet lookup`: a terminal talking to central as its agency.

Why apart from `guichet central`: these run on every terminal, as the agency (its address,
its password from the 0600 credentials file), while `central` is the administrator's set-up.
Sync must be testable (and scriptable, with --json) without a screen; a look-up finds another
agency's account by its exact number and imports it here to be paid as usual.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from cli import output
from cli.central import central_options, central_url
from desktop.bootstrap import open_store
from desktop.credentials import CREDENTIALS_ENV, central_url_with_password, credentials_path
from desktop.credentials import SETTING_KEY as CREDENTIALS_SETTING
from desktop.text import display_safe_record
from desktop.use_cases import sync


def register(sub: Any) -> None:
    """Add `sync` and `lookup` to the `guichet` parser."""
    s = sub.add_parser("sync", help="send the outbox to central and pull changes (or: sync status)")
    s.add_argument("action", nargs="?", choices=("run", "status"), default="run")
    s.add_argument("--once", action="store_true", help="one synchronisation, then exit")
    s.add_argument("--interval", type=float, default=60.0, help="seconds between runs")
    s.add_argument(
        "--initial",
        action="store_true",
        help="load the whole region first (automatic on a new workstation)",
    )
    _credentials(s)
    central_options(s)
    s.set_defaults(handler=cmd_sync)

    lk = sub.add_parser("lookup", help="find another agency's account by its exact number")
    lk.add_argument("identifier", help="account, bill or meter number (never a name)")
    lk.add_argument("--user", default="", help="clerk name recorded with the look-up")
    _credentials(lk)
    central_options(lk)
    lk.set_defaults(handler=cmd_lookup)


def _credentials(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--credentials",
        type=Path,
        metavar="FILE",
        help=(
            "the agency password file written by 'central add-agency --save' (default: "
            f"${CREDENTIALS_ENV}, else the terminal setting {CREDENTIALS_SETTING})"
        ),
    )


def _agency_url(args: argparse.Namespace, store: Any) -> str:
    """The agency's central address with its password from the 0600 credentials file
    (desktop.credentials), when one is named; otherwise the address as given."""
    setting = sync.credentials_setting(store, None)
    return central_url_with_password(
        central_url(args), args.credentials or credentials_path(setting)
    )


def _sync_text(d: dict[str, Any]) -> str:
    text = (
        f"Agency {d['agency']}: pushed {d['pushed']}, duplicates {d['duplicates']}, "
        f"rejected {d['rejected']} (flagged {d['flagged']}), pulled {d['pulled']}."
    )
    load = d.get("initial_load")
    if load:
        text += (
            f" Initial load: {load['accounts']} accounts, {load['bills']} open bills"
            f" ({load['loaded']}/{load['total']} of the region{', resumed' if load['resumed'] else ''})."
        )
    aside = int(d.get("set_aside") or 0) + int((load or {}).get("set_aside") or 0)
    if aside:
        text += (
            f" {aside} row(s) from central failed their checks and were set aside:"
            " see 'guichet quarantine list'."
        )
    return text


def cmd_sync(args: argparse.Namespace, db_path: Path) -> int:
    from desktop.sync.client import CentralClient
    from desktop.sync.service import sync_once

    store = open_store(db_path)
    try:
        if args.action == "status":
            status = sync.sync_status(store, None)
            output.emit(
                status,
                args.json,
                lambda: (
                    f"Pending: {status['pending']}   quarantined: {status['quarantined']}   "
                    f"cursor: {status['cursor']['since']}   last pull: {status['cursor']['last_pull'] or 'never'}"
                ),
            )
            return 0
        client = CentralClient.connect(_agency_url(args, store))
        initial = args.initial

        def load_progress(done: int, total: int) -> None:  # stderr: --json keeps stdout clean
            output.write(f"Initial load: {done}/{total} accounts", err=True, flush=True)

        try:
            while True:
                report = sync_once(store, client, initial=initial, load_progress=load_progress)
                initial = False  # forced once; later runs resume an interrupted load by themselves
                data = report.as_dict()
                output.emit(data, args.json, lambda d=data: _sync_text(d))
                sys.stdout.flush()
                if args.once:
                    return 0
                time.sleep(max(1.0, args.interval))
        finally:
            client.dispose()
    finally:
        store.dispose()


def cmd_lookup(args: argparse.Namespace, db_path: Path) -> None:
    """Remote look-up (issue 6): find, import here, then pay with ``guichet pay`` as usual."""
    from desktop.sync.client import CentralClient
    from desktop.sync.remote import lookup_account, remote_identifier, with_connect_timeout

    ident = remote_identifier(args.identifier)  # a name is refused before any connection
    store = open_store(db_path)
    try:
        client = CentralClient.connect(with_connect_timeout(_agency_url(args, store)))
        try:
            found = lookup_account(store, client, ident, clerk=args.user)
        finally:
            client.dispose()
    finally:
        store.dispose()
    found = display_safe_record(found)  # names from another agency, one line each
    data = {
        "account_no": found.account_no,
        "name_ar": found.name_ar,
        "name_latin": found.name_latin,
        "address": found.address,
        "city": found.city,
        "agency": found.home_agency,
        "agency_name": found.home_agency_name,
        "other_agency": found.other_agency,
        "matched_by": found.matched_by,
        "open_bills": found.open_bills,
        "due": found.due.as_str(),
        "currency": found.due.currency,
        "looked_up_at": found.looked_up_at.isoformat(),
    }
    output.emit(
        data,
        args.json,
        lambda: "\n".join(
            [
                f"Found by {found.matched_by} {found.matched}: account {found.account_no} of agency "
                f"{found.home_agency}"
                + (f" ({found.home_agency_name})" if found.home_agency_name else "")
                + ("" if found.other_agency else " (this agency)"),
                f"  {found.name_latin} / {found.name_ar}, {found.address} {found.city}".rstrip(),
                f"  {found.open_bills} open bill(s), {found.due.as_str()} {found.due.currency} due.",
                f"Imported here: take the payment with 'guichet pay {found.account_no} ...'.",
            ]
        ),
    )
