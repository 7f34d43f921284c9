"""`guichet central ...`: administration of the central database.

Why in the CLI: the central database is set up by an administrator before any window runs,
(a terminal's own `sync` and `lookup` are in ``cli.sync``). The central URL
comes from --url or $GUICHET_CENTRAL_URL; passwords in it are never printed back, except the
new agency password that `add-agency` creates (shown once, to be copied into the agency's
settings).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from cli import output
from desktop.bootstrap import open_store
from desktop.config import env_text
from desktop.credentials import (
    check_new_file,
    write_credentials,
)
from desktop.domain.errors import DomainError, Problem
from desktop.money import parse_amount
from desktop.sync.admin import add_agency, agency_policy, central_engine, upgrade_central

CENTRAL_URL_ENV = "GUICHET_CENTRAL_URL"


def register(sub: Any) -> None:
    """Add `central` to the `guichet` parser."""
    p = sub.add_parser("central", help="set up the central PostgreSQL database (administrator)")
    cs = p.add_subparsers(dest="central_command", required=True, metavar="ACTION")

    c = cs.add_parser("init", help="create or upgrade the central schema")
    central_options(c)
    c.set_defaults(handler=cmd_central_init)

    c = cs.add_parser("add-agency", help="register an agency and create its login role")
    c.add_argument("code")
    c.add_argument("--name", default="")
    c.add_argument("--region", default="")
    c.add_argument("--new-password", action="store_true", help="existing agency: new password")
    c.add_argument(
        "--save",
        type=Path,
        metavar="FILE",
        help="write the login to FILE (mode 600) instead of printing the password",
    )
    central_options(c)
    c.set_defaults(handler=cmd_central_add_agency)

    c = cs.add_parser("policy", help="show or change what central accepts from an agency")
    c.add_argument("code")
    c.add_argument(
        "--currency", help="the agency's currency (DZD, MAD); payments in any other are refused"
    )
    c.add_argument(
        "--allow-credit",
        choices=("yes", "no"),
        help="may an overpayment become account credit (refused centrally otherwise)",
    )
    c.add_argument(
        "--max-payment",
        metavar="AMOUNT",
        help="largest payment accepted, e.g. 5000000 (in the agency's currency)",
    )
    central_options(c)
    c.set_defaults(handler=cmd_central_policy)

    c = cs.add_parser("audit", help="check every terminal's journal heads and receipt series")
    c.add_argument("--agency", help="only this agency")
    central_options(c)
    c.set_defaults(handler=cmd_central_audit)

    c = cs.add_parser("simulate-online-payments", help="pay open bills 'online' (demo, tests)")
    c.add_argument("--count", type=int, default=10)
    c.add_argument("--agency", help="only bills of this agency")
    c.add_argument("--seed", type=int)
    central_options(c)
    c.set_defaults(handler=cmd_central_simulate)

    c = cs.add_parser("simulate-region", help="fill central with N accounts of an agency (bench)")
    c.add_argument("--agency", required=True, help="registered agency whose region this is")
    c.add_argument("--accounts", type=int, required=True)
    c.add_argument("--bills-per-account", type=int, default=4)
    c.add_argument("--start", type=int, default=1, help="index of the first account number")
    central_options(c)
    c.set_defaults(handler=cmd_central_simulate_region)

    c = cs.add_parser("import-billing", help="copy the --db store's accounts and bills to central")
    c.add_argument("--agency", required=True, help="agency whose region these accounts are")
    central_options(c)
    c.set_defaults(handler=cmd_central_import)


def central_options(p: argparse.ArgumentParser) -> None:
    """``--url`` (default ``$GUICHET_CENTRAL_URL``) and ``--json``, for every central command."""
    p.add_argument("--url", help=f"central PostgreSQL URL (default: ${CENTRAL_URL_ENV})")
    p.add_argument("--json", action="store_true")


def central_url(args: argparse.Namespace) -> str:
    """The central address typed or in the environment; refused when missing or malformed."""
    url = args.url or env_text(CENTRAL_URL_ENV)
    if not url:
        raise DomainError("central.url_missing")
    try:
        make_url(url)
    except ArgumentError:
        raise DomainError("central.url_invalid", url=url) from None
    return url


@contextmanager
def _central(args: argparse.Namespace) -> Iterator[Engine]:
    url = central_url(args)
    engine = central_engine(url)
    try:
        yield engine
    except OperationalError as exc:
        problem = str(exc.orig or exc).strip().splitlines()[0]
        shown = engine.url.render_as_string(hide_password=True)
        raise DomainError("central.unreachable", url=shown, problem=problem) from exc
    finally:
        engine.dispose()


def cmd_central_init(args: argparse.Namespace, _db: Path) -> None:
    with _central(args) as engine:
        revision = upgrade_central(engine)
        shown = engine.url.render_as_string(hide_password=True)
    output.emit(
        {"url": shown, "revision": revision, "status": "ready"},
        args.json,
        lambda: f"Central schema ready at revision {revision}: {shown}",
    )


def cmd_central_add_agency(args: argparse.Namespace, _db: Path) -> None:
    if args.save is not None:
        check_new_file(args.save)  # refused before central creates or changes the login
    with _central(args) as engine:
        login = add_agency(
            engine, args.code, name=args.name, region=args.region, new_password=args.new_password
        )
    if args.save is not None:
        _save_login(args, login)
        return
    data = {
        "agency": login.agency,
        "host": login.host,
        "port": login.port,
        "database": login.database,
        "user": login.role,
        "password": login.password,
        "url": login.url,
    }
    output.emit(
        data,
        args.json,
        lambda: "\n".join(
            [
                f"Agency {login.agency}: login created. Copy these settings now (the password is not kept):",
                f"  host     {login.host}",
                f"  port     {login.port}",
                f"  database {login.database}",
                f"  user     {login.role}",
                f"  password {login.password}",
                f"  guichet sync --url '{login.url}'",
            ]
        ),
    )


def cmd_central_policy(args: argparse.Namespace, _db: Path) -> None:
    max_minor = None
    if args.max_payment is not None:
        max_minor = parse_amount(args.max_payment, args.currency or "DZD").minor
    credit = None if args.allow_credit is None else args.allow_credit == "yes"
    with _central(args) as engine:
        policy = agency_policy(
            engine,
            args.code,
            currency=args.currency,
            allow_credit=credit,
            max_payment_minor=max_minor,
        )
    shown_max = f"{policy.max_payment_minor // 100}.{policy.max_payment_minor % 100:02d}"
    output.emit(
        policy.as_dict(),
        args.json,
        lambda: (
            f"Agency {policy.agency}: currency {policy.currency or '(that of its accounts)'}, "
            f"credit {'allowed' if policy.allow_credit else 'not allowed'}, "
            f"largest payment {shown_max}"
        ),
    )


def _save_login(args: argparse.Namespace, login: Any) -> None:
    """The password goes to a 0600 file only; the output names the file and the address
    without the password (what the terminal settings keep)."""
    path = write_credentials(
        args.save,
        login.role,
        login.password,
        comment=f"Guichet central login of agency {login.agency}: keep private (chmod 600)",
    )
    url = f"postgresql+psycopg://{login.role}@{login.host}:{login.port}/{login.database}"
    data = {
        "agency": login.agency,
        "host": login.host,
        "port": login.port,
        "database": login.database,
        "user": login.role,
        "url": url,
        "credentials": str(path),
    }
    output.emit(
        data,
        args.json,
        lambda: "\n".join(
            [
                f"Agency {login.agency}: login created; its password is in {path} (mode 600).",
                "Copy that file to the agency's terminals (keep it mode 600), then:",
                f"  guichet sync --url '{url}' --credentials {path}",
            ]
        ),
    )


def cmd_central_audit(args: argparse.Namespace, _db: Path) -> int:
    from desktop.sync.central_audit import audit_central

    with _central(args) as engine:
        report = audit_central(engine, args.agency)
    data = report.as_dict()
    if report.ok:
        output.emit(
            data,
            args.json,
            lambda: "\n".join(
                [
                    *_central_audit_lines(report),
                    f"Central audit: {len(report.terminals)} terminal(s), no problem found.",
                ]
            ),
        )
        return 0
    if not args.json:
        output.write("\n".join(_central_audit_lines(report)))
    first = report.findings[0]
    error = DomainError(
        "journal.audit_failed",
        count=len(report.findings),
        first=f"{first['agency']}/{first['terminal']} {first['where']}: {first['problem']}",
    )
    output.fail({"error": error.code, "message": error.message()}, args.json, extra=data)
    return 1


def _central_audit_lines(report: Any) -> list[str]:
    lines = [
        f"{t.agency}/{t.terminal}: {t.heads} journal head(s) up to entry {t.acknowledged_seq} "
        f"(last {t.last_head_at or 'never'}), {t.receipts} receipt(s), "
        f"last {t.last_receipt or '-'}"
        for t in report.terminals
    ]
    lines += [
        f"note: {n['agency']}/{n['terminal']} {n['where']}: {n['problem']}" for n in report.notes
    ]
    lines += [
        f"{f['agency']}/{f['terminal']} {f['where']}: {f['problem']}" for f in report.findings
    ]
    return lines


def cmd_central_simulate(args: argparse.Namespace, _db: Path) -> None:
    from desktop.sync.simulate import simulate_online_payments

    with _central(args) as engine:
        made = simulate_online_payments(engine, args.count, agency=args.agency, seed=args.seed)
    data = {
        "count": len(made),
        "payments": [
            {
                "uuid": p.uuid,
                "bill_no": p.bill_no,
                "account_no": p.account_no,
                "agency": p.agency,
                "amount_minor": p.amount_minor,
                "scheme": p.scheme,
            }
            for p in made
        ],
    }
    output.emit(data, args.json, lambda: f"{len(made)} online payment(s) recorded centrally.")


def cmd_central_simulate_region(args: argparse.Namespace, _db: Path) -> None:
    from desktop.sync.simulate import simulate_region

    def progress(done: int, total: int) -> None:
        output.write(f"  {done}/{total} accounts", err=True, flush=True)

    if args.accounts < 1 or args.bills_per_account < 1 or args.start < 1:
        raise DomainError(
            "input.invalid",
            field="--accounts/--bills-per-account/--start",
            problem=Problem("one_or_more"),
        )
    with _central(args) as engine:
        try:
            made = simulate_region(
                engine,
                args.agency,
                args.accounts,
                bills_per_account=args.bills_per_account,
                start=args.start,
                progress=progress,
            )
        except ValueError as exc:
            raise DomainError(
                "input.invalid", field="--agency/--accounts", problem=str(exc)
            ) from exc
    data = {
        "agency": made.agency,
        "accounts": made.accounts,
        "service_points": made.service_points,
        "bills": made.bills,
        "open_bills": made.open_bills,
        "first_account": made.first_account,
        "last_account": made.last_account,
    }
    output.emit(
        data,
        args.json,
        lambda: (
            f"Agency {made.agency}: {made.accounts} accounts ({made.first_account}.."
            f"{made.last_account}), {made.bills} bills of which {made.open_bills} open."
        ),
    )


def cmd_central_import(args: argparse.Namespace, db_path: Path) -> None:
    from desktop.sync.simulate import import_billing

    store = open_store(db_path)
    try:
        with _central(args) as engine:
            counts = import_billing(engine, store, args.agency)
    finally:
        store.dispose()
    output.emit(
        {"agency": args.agency, **counts},
        args.json,
        lambda: (
            f"Imported for agency {args.agency}: {counts['accounts']} accounts, "
            f"{counts['service_points']} meters, {counts['bills']} bills."
        ),
    )
