"""`guichet contact set|show|notifications`: a customer's mobile, e-mail, channel and e-bill.

Why in the CLI: contacts change at the counter and by phone, and the notifications queued for
central to send are checked without a screen. Changing contacts needs a user and a password
($GUICHET_PASSWORD or a prompt), and is journaled like every change a person makes.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli import output
from cli.passwords import login
from desktop.bootstrap import open_store
from desktop.services.contacts import ContactChange
from desktop.use_cases import accounts


def register(sub: Any) -> None:
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
        view = accounts.set_contacts(store, user, change)
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
        view = accounts.get_contacts(store, None, args.account_no.strip())
    finally:
        store.dispose()
    output.emit(_contact_dict(view), args.json, lambda: _contact_text(view))


def cmd_notifications(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    try:
        notes = accounts.list_notifications(store, None, status=None if args.all else "queued")
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
