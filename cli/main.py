"""`guichet` command line: set-up, demo data, search, account look-up and payments.

Why a CLI next to the window: support staff and tests need every use case without a screen,
and automation needs JSON. Every refusal is one line saying what is wrong and what to do,
exit status 1 (2 for usage errors), a JSON error object under --json, never a traceback, and
nothing written.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.exc import DatabaseError, OperationalError

from desktop import (
    cli_billing,
    cli_cash,
    cli_central,
    cli_maintenance,
    cli_output,
    cli_plans,
    cli_quarantine,
    cli_users,
)
from desktop.bootstrap import init_database, open_store
from desktop.config import DB_ENV, default_db_path, env_text, load_terminal_settings
from desktop.domain.errors import DomainError
from desktop.maintenance import describe_database_error
from desktop.money import parse_amount
from desktop.services.accounts import get_account_view
from desktop.services.auth import authenticate
from desktop.services.payments import PaymentRequest, find_account, take_payment
from desktop.store.search import search_accounts
from desktop.text import display_safe_record, is_text, shown_bytes

PASSWORD_ENV = "GUICHET_PASSWORD"


class UsageError(Exception):
    """A command line that cannot be run as typed (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so --json still gets a JSON error object."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        raise UsageError(f"{message}. See '{self.prog} --help'.")

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        # Python 3.11's argparse drops a '--' typed as an option's value (--email=--) and
        # hands the command an empty list instead of a string: a value is a value.
        if action.option_strings and action.nargs is None and arg_strings == ["--"]:
            value = self._get_value(action, "--")
            self._check_value(action, value)
            return value
        return super()._get_values(action, arg_strings)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="guichet", description="Guichet counter desk: set-up, search, payments.")
    parser.add_argument(
        "--db", type=Path, help=f"database file (default: ${DB_ENV} or the user data directory)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help="create or upgrade the database to the current schema")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("demo", help="fill a new database with deterministic demo data")
    p.add_argument("--accounts", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--profile", choices=("dz", "ma"), default="dz")
    p.add_argument("--months", type=int, default=24, help="months of bill history (default 24)")
    p.add_argument("--today", help="date the data is built around, YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help="find accounts by number, meter, phone, bill, name, address")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("account", help="show an account with its open bills")
    p.add_argument("account_no")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("pay", help="take a payment (password from $GUICHET_PASSWORD or a prompt)")
    p.add_argument("account_no")
    p.add_argument("amount")
    p.add_argument("--tender", choices=("cash", "card"), default="cash")
    p.add_argument("--tendered", help="cash handed over (default: the exact amount)")
    p.add_argument(
        "--allow-large-credit",
        action="store_true",
        help="confirm that more than the terminal's credit_confirm_minor is left as account credit",
    )
    p.add_argument(
        "--card-scheme", default="CIB", help="CIB, EDAHABIA, CMI, VISA, MASTERCARD, OTHER"
    )
    p.add_argument("--card-last4", help="last four digits of the card (never the full number)")
    p.add_argument("--auth-code", help="authorisation code printed on the terminal slip")
    p.add_argument("--terminal-ref", help="reference of the bank's payment terminal")
    p.add_argument(
        "--bills", help="bill references to settle, comma-separated (default: oldest first)"
    )
    p.add_argument("--user", required=True)
    p.add_argument("--json", action="store_true")

    cli_cash.register(sub)
    cli_users.register(sub)
    cli_users.register_setup(sub)
    cli_plans.register(sub)
    cli_central.register(sub)
    cli_quarantine.register(sub)
    cli_billing.register(sub)
    cli_maintenance.register(sub)
    for plugin in _plugins():
        plugin.register(sub)
    return parser


class CommandPlugin(Protocol):
    """What an outer package (reports, ...) provides to add commands to `guichet`.

    ``register(subparsers)`` adds its sub-commands and sets ``handler=fn(args, db_path)`` as
    a parser default. Plugins are found through the ``guichet.commands`` entry point group,
    so the core never imports the packages that depend on it.
    """

    def register(self, subparsers: Any) -> None: ...


def _plugins() -> list[CommandPlugin]:
    return [
        ep.load() for ep in sorted(entry_points(group="guichet.commands"), key=lambda e: e.name)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    db_path = Path("guichet.db")  # named in a database fault; the real one is set below
    cli_output.collect_warnings()
    try:
        if any("\x00" in a for a in argv):  # only in-process callers can pass one (execve cannot)
            raise UsageError("an argument holds a NUL character: type it again without it.")
        parser = build_parser()
        check_arguments_are_text(argv, parser)
        args = parser.parse_args(argv)
        db_path = (args.db or default_db_path()).expanduser()
        refuse_output_over_database(args, db_path)
        handler = getattr(args, "handler", None) or COMMANDS[args.command]
        code = handler(args, db_path) or 0
        cli_output.show_warnings(code == 0)
        return code
    except UsageError as exc:
        _fail({"error": "usage", "message": str(exc), "params": {}}, as_json)
        return 2
    except DomainError as exc:
        _fail(exc.as_dict(), as_json)
        return 2 if exc.code in USAGE_CODES else 1
    except (OperationalError, DatabaseError, sqlite3.Error) as exc:
        # locked / disk full / read-only / damaged each get their own way out (maintenance.py)
        _fail(describe_database_error(exc, db_path).as_dict(), as_json)
        return 1
    except BrokenPipeError:  # output piped into a command that stopped reading (e.g. head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a file named on the command line the system refuses
        what = exc.filename if exc.filename is not None else "?"
        _fail(
            DomainError(
                "file.unusable", path=str(what), problem=exc.strerror or type(exc).__name__
            ).as_dict(),
            as_json,
        )
        return 1
    except KeyboardInterrupt:
        _fail(
            {"error": "interrupted", "message": "Interrupted: nothing was written.", "params": {}},
            as_json,
        )
        return 1


USAGE_CODES = frozenset({"input.argument_not_text"})

OUTPUT_OPTIONS = ("out", "csv", "report", "png", "escpos", "agreement", "save")
"""Options naming a file a command writes (a PDF, a CSV, an image, printer bytes...)."""


def refuse_output_over_database(args: argparse.Namespace, db_path: Path) -> None:
    """A document written over the database (or its -wal/-shm/-journal) would destroy every
    payment in it: refused before anything runs (found by the fuzz tests: ``plan due
    --csv=DB`` replaced the database with a CSV). ``backup`` has its own check."""
    if getattr(args, "command", None) == "backup":
        return
    db = db_path.expanduser().resolve()
    guarded = {db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))}
    for option in OUTPUT_OPTIONS:
        value = getattr(args, option, None)
        if (
            isinstance(value, (str, Path))
            and str(value)
            and Path(value).expanduser().resolve() in guarded
        ):
            raise DomainError("file.is_database", path=str(value), option=f"--{option}")


"""Domain errors about the command line as typed: exit status 2, like argparse's."""


def check_arguments_are_text(argv: Sequence[str], parser: argparse.ArgumentParser) -> None:
    """Refuse an argument holding bytes that are not UTF-8, naming it (``--user``, or its
    position) and showing the bytes as ``\\xff``.

    Why before parsing: Python hands such bytes over as lone surrogates, which parse fine and
    then fail deep down (a SQL parameter, a URL, a password hash) with a traceback. A file
    name in another encoding is refused too: the database path goes to SQLite as UTF-8.
    """
    valued = _options_taking_a_value(parser)
    for i, arg in enumerate(argv):
        if is_text(arg):
            continue
        option, eq, value = arg.partition("=")
        if eq and option.startswith("--") and is_text(option):
            name, arg = option, value
        elif i and argv[i - 1] in valued:
            name = argv[i - 1]
        else:
            name = f"#{i + 1}"
        raise DomainError("input.argument_not_text", name=name, shown=shown_bytes(arg))


def _options_taking_a_value(parser: argparse.ArgumentParser) -> set[str]:
    """Every option string, in the whole command tree, that is followed by a value."""
    found: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _options_taking_a_value(sub)
        elif action.option_strings and action.nargs != 0:
            found.update(action.option_strings)
    return found


_fail = cli_output.fail
_emit = cli_output.emit


def cmd_init(args: argparse.Namespace, db_path: Path) -> None:
    store = init_database(db_path)
    store.dispose()
    _emit({"db": str(db_path), "status": "ready"}, args.json, lambda: f"Database ready: {db_path}")


def cmd_demo(args: argparse.Namespace, db_path: Path) -> None:
    import datetime as dt

    from desktop.demo import build_demo

    today = None
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise UsageError(f"--today '{args.today}' is not a date: use YYYY-MM-DD.") from None
    store = init_database(db_path)
    bar = None if args.json else _ProgressBar(sys.stderr)
    summary = build_demo(
        store,
        accounts=args.accounts,
        seed=args.seed,
        profile=args.profile,
        months=args.months,
        today=today,
        progress=bar,
    )
    if bar:
        bar.done()
    store.dispose()
    data = {"db": str(db_path), **{k: getattr(summary, k) for k in summary.__slots__}}
    _emit(
        data,
        args.json,
        lambda: (
            f"Demo database {db_path}: {summary.accounts} accounts, {summary.service_points} meters, "
            f"{summary.bills} bills, {summary.payments} payments. Users amina, karim, admin "
            "(password: demo)."
        ),
    )


def cmd_search(args: argparse.Namespace, db_path: Path) -> None:
    if not args.query.strip():
        raise DomainError("search.empty")
    store = open_store(db_path)
    with store.read() as session:
        hits = search_accounts(session, args.query, limit=max(1, min(args.limit, 200)))
    # One line per hit: a line break in a name must not forge another one (cli_output cleans
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
            "match": h.kind,
            "matched": h.matched,
        }
        for h in hits
    ]

    def text() -> str:
        if not hits:
            return "No account found. Try the account number, a meter, a phone or part of the name."
        return "\n".join(
            f"{h.account_no}  {h.name_latin:<32} {h.name_ar:<24} {h.city:<18} [{h.kind}"
            + (f" {h.matched}" if h.matched else "")
            + "]"
            for h in hits
        )

    _emit(data, args.json, text)


def cmd_account(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    with store.read() as session:
        view = get_account_view(session, args.account_no)
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

    _emit(data, args.json, text)


def _password() -> str:
    env = env_text(PASSWORD_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise UsageError(f"No password: set ${PASSWORD_ENV} or run from a terminal to be asked.")
    return cli_output.ask_password("Password: ")


def cmd_pay(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    with store.read() as session:
        settings = load_terminal_settings(session)
        currency = find_account(session, args.account_no).currency
    loc = settings.locale
    amount = parse_amount(args.amount, currency, locale=loc)
    tendered = parse_amount(args.tendered, currency, locale=loc) if args.tendered else None
    if args.tender == "card" and tendered is not None:
        raise DomainError("card.tendered_not_allowed")
    if amount.minor > settings.max_payment_minor:
        raise DomainError(
            "amount.over_maximum", amount=amount.as_str(), maximum=settings.max_payment.as_str()
        )
    request = PaymentRequest(
        account_no=args.account_no,
        amount=amount,
        tender=args.tender,
        tendered=tendered,
        card_scheme=args.card_scheme if args.tender == "card" else None,
        card_last4=(args.card_last4 or "").strip() if args.tender == "card" else None,
        auth_code=(args.auth_code or "").strip() if args.tender == "card" else None,
        terminal_ref=args.terminal_ref if args.tender == "card" else None,
        bill_nos=tuple(b.strip() for b in (args.bills or "").split(",") if b.strip()),
        confirm_credit=args.allow_large_credit,
    )
    password = _password()
    with store.unit_of_work() as uow:
        user = authenticate(uow, args.user, password)
    with store.unit_of_work() as uow:
        result = take_payment(uow, request, user)
    data = {
        "receipt_no": result.receipt_no,
        "payment_id": result.payment_uuid,
        "amount": result.amount.as_str(),
        "currency": result.amount.currency,
        "tender": result.tender,
        "allocations": [
            {"bill_no": a.bill_no, "amount": a.amount.as_str()} for a in result.allocations
        ],
        "credit": result.credit.as_str(),
        "change": result.change.as_str(),
        "balance_after": result.balance_after.as_str(),
    }

    def text() -> str:
        lines = [f"Payment recorded: receipt {result.receipt_no}, {result.amount}"]
        lines += [f"  {a.bill_no}: {a.amount}" for a in result.allocations]
        if result.credit:
            lines.append(f"  to account credit: {result.credit}")
        if result.change:
            lines.append(f"Change to give: {result.change}")
        lines.append(f"Balance after payment: {result.balance_after}")
        return "\n".join(lines)

    _emit(data, args.json, text)


class _ProgressBar:
    """A one-line progress bar on a terminal; silent when the stream is not a terminal."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.last = -1

    def __call__(self, done: int, total: int, what: str) -> None:
        pct = done * 100 // max(total, 1)
        if not self.tty or pct == self.last:
            return
        self.last = pct
        filled = pct * 30 // 100
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (30 - filled)}] {pct:3d}%  {done}/{total} {what}"
        )
        self.stream.flush()

    def done(self) -> None:
        if self.tty:
            self.stream.write("\n")


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int | None]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "search": cmd_search,
    "account": cmd_account,
    "pay": cmd_pay,
}

if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
