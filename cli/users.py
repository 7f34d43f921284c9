"""`guichet user ...`: list users, add one, change your password, unlock or reset one.

Why: lockouts happen at the counter at 8 a.m.; an administrator must be able to unlock a clerk
without a screen, under the same permission rules as the window (enforced in the use cases).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli import output
from cli.passwords import NEW_PASSWORD_ENV, PASSWORD_ENV, login, new_password, password_from
from desktop.bootstrap import open_store
from desktop.config import env_text
from desktop.domain.errors import DomainError
from desktop.services.auth import ROLES
from desktop.use_cases import users


def register(sub: Any) -> None:
    p = sub.add_parser("user", help="list, add, unlock users; change a password")
    us = p.add_subparsers(dest="user_command", required=True, metavar="ACTION")

    ls = us.add_parser("list", help="users with role and state (managers and admins)")
    ls.add_argument(
        "--user", required=True, help="a manager or admin (password: $GUICHET_PASSWORD)"
    )
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)

    add = us.add_parser("add", help="create a user (admin)")
    add.add_argument("username")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--name", required=True, help="full name as shown on receipts")
    add.add_argument("--language", choices=("ar", "fr", "en"), default="fr")
    add.add_argument("--admin", required=True, help="administrator doing it")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_add)

    pw = us.add_parser("passwd", help="change your own password")
    pw.add_argument("username")
    pw.add_argument("--json", action="store_true")
    pw.set_defaults(handler=cmd_passwd)

    rs = us.add_parser("reset", help="unlock a user, and optionally set a new password (admin)")
    rs.add_argument("username")
    rs.add_argument("--admin", required=True)
    rs.add_argument("--new-password", action="store_true", help="also set a new password")
    rs.add_argument("--disable", action="store_true")
    rs.add_argument("--enable", action="store_true")
    rs.add_argument("--json", action="store_true")
    rs.set_defaults(handler=cmd_reset)
    register_setup(sub)


def register_setup(sub: Any) -> None:
    p = sub.add_parser(
        "setup", help="first run: this terminal's identity and its first administrator"
    )
    p.add_argument("--company", required=True, help="company name printed on receipts")
    p.add_argument("--agency-code", required=True)
    p.add_argument("--agency-name", required=True)
    p.add_argument("--terminal", required=True, help="terminal code, e.g. T01")
    p.add_argument("--currency", required=True, choices=("DZD", "MAD"))
    p.add_argument("--language", choices=("ar", "fr", "en"), default="fr")
    p.add_argument("--admin", required=True, help="user name of the first administrator")
    p.add_argument("--admin-name", required=True, help="full name of the first administrator")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_setup)


# English for the form problems that are not domain errors (the window translates them).
FIELD_PROBLEMS = {
    "field.required": "is required",
    "field.code": "'{text}' must be 2 to 64 letters, digits, '.', '_' or '-'",
    "field.url": "'{text}' is not a postgresql:// address",
    "field.too_long": "is too long",
    "field.mismatch": "the two passwords differ",
    "field.locked": "cannot change now",
    "field.till_open": "cannot change while a till is open",
    "field.printer": "'{uri}' is not a printer address",
    "field.url_password": "must not contain the password: put it in a credentials file "
    "(guichet central add-agency ... --save FILE) and name that file",
}


def _problem(field: str, code: str, params: dict[str, Any]) -> str:
    from desktop.domain.errors import MESSAGES

    template = FIELD_PROBLEMS.get(code) or MESSAGES.get(code, code)
    try:
        return f"{field}: {template.format(**params).rstrip('.')}"
    except (KeyError, IndexError):
        return f"{field}: {code}"


def cmd_setup(args: argparse.Namespace, db_path: Path) -> None:
    from desktop.bootstrap import init_database
    from desktop.services.terminal_setup import SetupForm
    from desktop.use_cases.settings import run_setup

    store = init_database(db_path)
    password = new_password()
    form = SetupForm(
        company_name=args.company,
        agency_code=args.agency_code,
        agency_name=args.agency_name,
        terminal_code=args.terminal,
        currency=args.currency,
        language=args.language,
        admin_username=args.admin,
        admin_full_name=args.admin_name,
        password=password,
        password_again=password,
    )
    problems = run_setup(store, form)
    if problems:
        raise DomainError(
            "setup.invalid",
            problems="; ".join(_problem(p.field, p.code, p.params) for p in problems),
        )
    _done(
        args,
        {
            "db": str(db_path),
            "admin": args.admin,
            "agency": args.agency_code,
            "terminal": args.terminal,
        },
        f"Terminal {args.terminal} of agency {args.agency_code} is set up; log in as {args.admin}.",
    )


def _done(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    output.emit(data, args.json, text, indent=None)


def cmd_list(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    viewer = login(store, args.user)
    rows = users.list_users(store, viewer)
    if args.json:
        output.emit(rows, True, "")
        return
    for u in output.clean(rows, multiline=False):  # a full name stays on its line
        state = "locked" if u["locked"] else ("active" if u["active"] else "disabled")
        output.write(f"{u['username']:<12} {u['role']:<8} {state:<9} {u['full_name']}")


def cmd_add(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    admin = login(store, args.admin)
    password = new_password()
    users.create_user(store, admin, args.username, password, args.role, args.name, args.language)
    _done(args, {"username": args.username, "role": args.role}, f"User {args.username} created.")


def cmd_passwd(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    env_text(NEW_PASSWORD_ENV)  # not UTF-8: refused before the log-in writes anything
    old = password_from(PASSWORD_ENV, args.username)
    user = users.log_in(store, args.username, old)
    password = new_password()
    users.change_password(store, user, old, password)
    _done(args, {"username": user.username}, "Password changed.")


def cmd_reset(args: argparse.Namespace, db_path: Path) -> None:
    if args.enable and args.disable:
        raise DomainError("input.invalid", field="--enable/--disable", problem="choose one")
    store = open_store(db_path)
    env_text(NEW_PASSWORD_ENV)  # not UTF-8: refused before the log-in writes anything
    admin = login(store, args.admin)
    password = new_password() if args.new_password else None
    active = True if args.enable else (False if args.disable else None)
    users.reset_user(store, admin, args.username, password=password, active=active)
    _done(args, {"username": args.username, "unlocked": True}, f"User {args.username} unlocked.")
