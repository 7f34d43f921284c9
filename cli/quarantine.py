"""`guichet quarantine`: the sync problems a manager deals with, without a screen.

Why here and not under `guichet sync`: these commands never touch the network (a retry only
puts the item back in the queue; the next `guichet sync` sends it) and they need a manager's
password, which `sync` does not. The rules are in ``desktop.sync.quarantine``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli import output
from cli.passwords import login
from desktop.bootstrap import open_store
from desktop.text import display_safe_record
from desktop.use_cases.sync import list_quarantine, resolve_quarantine


def register(sub: Any) -> None:
    """Add `quarantine list|retry|handled` to the `guichet` parser."""
    p = sub.add_parser("quarantine", help="sync problems: items central refused (managers)")
    qs = p.add_subparsers(dest="quarantine_command", required=True, metavar="ACTION")

    q = qs.add_parser("list", help="show refused items (open ones; --all for resolved too)")
    q.add_argument("--user", required=True, help="a manager (password from $GUICHET_PASSWORD)")
    q.add_argument("--all", action="store_true", help="also items already dealt with")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_quarantine_list)

    for action, text in (
        ("retry", "put the item back in the queue unchanged (sent at next sync)"),
        ("handled", "close the item with a note saying what was done"),
    ):
        a = qs.add_parser(action, help=text)
        a.add_argument("item", help="the item's identifier, as `quarantine list` shows it")
        a.add_argument("--user", required=True, help="a manager (password from $GUICHET_PASSWORD)")
        a.add_argument(
            "--note",
            default="",
            required=action == "handled",
            help="what was done (kept in the journal and sent to central)",
        )
        a.add_argument("--json", action="store_true")
        a.set_defaults(handler=cmd_quarantine_resolve, action=action)


def cmd_quarantine_list(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    items = list_quarantine(store, login(store, args.user), include_resolved=args.all)
    items = [display_safe_record(i) for i in items]  # central's reasons: one line each
    lines = [f"{len(items)} sync problem(s)."] + [
        f"{i.outbox_uuid}  {i.created_at:%Y-%m-%d %H:%M}  {i.entity} {i.op}"
        f"  receipt {i.receipt_no or '-'}  {i.amount or ''}  {i.reason}: {i.detail}"
        + (f"  [dealt with by {i.resolved_by}]" if i.resolved_by else "")
        for i in items
    ]
    output.emit([i.as_dict() for i in items], args.json, "\n".join(lines))


def cmd_quarantine_resolve(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    item = resolve_quarantine(store, login(store, args.user), args.item, args.action, args.note)
    text = (
        f"Item {item.outbox_uuid} is back in the queue: it leaves at the next sync."
        if args.action == "retry"
        else f"Item {item.outbox_uuid} closed; your note goes to central at the next sync."
    )
    output.emit({**item.as_dict(), "action": args.action}, args.json, text)
