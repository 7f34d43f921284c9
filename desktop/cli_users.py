"""`guichet user ...`: list users, add one, change your password, unlock or reset one.

Why: lockouts happen at the counter at 8 a.m.; an administrator must be able to unlock a clerk
without a screen, under the same permission rules as the window (enforced in the use cases).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from desktop.bootstrap import open_store
from desktop.cli_cash import login, password_from
from desktop.domain.errors import DomainError
from desktop.services.auth import (
    ROLES,
    authenticate,
    change_password,
    create_user,
    list_users,
    reset_user,
)

NEW_PASSWORD_ENV = "GUICHET_NEW_PASSWORD"


def register(sub: Any) -> None:
    p = sub.add_parser("user", help="list, add, unlock users; change a password")
    us = p.add_subparsers(dest="user_command", required=True, metavar="ACTION")

    ls = us.add_parser("list", help="users with role and state")
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


def _new_password() -> str:
    value = os.environ.get(NEW_PASSWORD_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise DomainError("input.invalid", field="password", problem=f"set ${NEW_PASSWORD_ENV}")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        raise DomainError("input.invalid", field="password", problem="the two entries differ")
    return first


def _done(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    print(json.dumps(data, ensure_ascii=False) if args.json else text)


def cmd_list(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    with store.unit_of_work() as uow:
        users = list_users(uow)
    if args.json:
        print(json.dumps(users, ensure_ascii=False, indent=2))
        return
    for u in users:
        state = "locked" if u["locked"] else ("active" if u["active"] else "disabled")
        print(f"{u['username']:<12} {u['role']:<8} {state:<9} {u['full_name']}")


def cmd_add(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    admin = login(store, args.admin)
    password = _new_password()
    with store.unit_of_work() as uow:
        create_user(uow, admin, args.username, password, args.role, args.name, args.language)
    _done(args, {"username": args.username, "role": args.role}, f"User {args.username} created.")


def cmd_passwd(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    old = password_from("GUICHET_PASSWORD", args.username)
    with store.unit_of_work() as uow:
        user = authenticate(uow, args.username, old)
    password = _new_password()
    with store.unit_of_work() as uow:
        change_password(uow, user, old, password)
    _done(args, {"username": user.username}, "Password changed.")


def cmd_reset(args: argparse.Namespace, db_path: Path) -> None:
    if args.enable and args.disable:
        raise DomainError("input.invalid", field="--enable/--disable", problem="choose one")
    store = open_store(db_path)
    admin = login(store, args.admin)
    password = _new_password() if args.new_password else None
    active = True if args.enable else (False if args.disable else None)
    with store.unit_of_work() as uow:
        reset_user(uow, admin, args.username, password=password, active=active)
    _done(args, {"username": args.username, "unlocked": True}, f"User {args.username} unlocked.")
