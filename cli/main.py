"""`guichet` command line: one parser, one dispatch, one way out for every refusal.

Why a CLI next to the window: support staff and tests need every use case without a screen,
and automation needs JSON. Every refusal is one line saying what is wrong and what to do,
exit status 1 (2 for usage errors), a JSON error object under --json, never a traceback, and
nothing written.

Each subject's module (``cli.cash``, ``cli.plans``, ``cli.receipts``...) adds its commands
with ``register(subparsers)``, setting ``handler=fn(args, db_path)`` on each leaf parser;
``main`` parses, runs the handler, and turns every error into that one refusal. The command
line is an outer shell like the window: it imports ``desktop`` and ``reports`` directly, and
``desktop`` never imports it.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from cli import (
    accounts,
    billing,
    cash,
    central,
    contacts,
    database,
    days,
    maintenance,
    output,
    payments,
    pdfs,
    plans,
    quarantine,
    readings,
    receipts,
    sync,
    users,
)
from cli.arguments import (
    USAGE_CODES,
    Parser,
    UsageError,
    check_arguments_are_text,
    refuse_output_over_database,
)
from desktop.config import DB_ENV, default_db_path
from desktop.domain.errors import DomainError
from desktop.maintenance import describe_database_error

SUBJECTS = (
    database,
    accounts,
    payments,
    cash,
    users,
    plans,
    central,
    sync,
    quarantine,
    billing,
    readings,
    contacts,
    maintenance,
    days,
    pdfs,
    receipts,
)
"""Every module adding commands, in the order ``guichet --help`` lists them."""


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="guichet", description="Guichet counter desk: set-up, search, payments.")
    parser.add_argument(
        "--db", type=Path, help=f"database file (default: ${DB_ENV} or the user data directory)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for subject in SUBJECTS:
        subject.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    db_path = Path("guichet.db")  # named in a database fault; the real one is set below
    output.collect_warnings()
    try:
        if any("\x00" in a for a in argv):  # only in-process callers can pass one (execve cannot)
            raise UsageError("an argument holds a NUL character: type it again without it.")
        parser = build_parser()
        check_arguments_are_text(argv, parser)
        args = parser.parse_args(argv)
        db_path = (args.db or default_db_path()).expanduser()
        refuse_output_over_database(args, db_path)
        code = args.handler(args, db_path) or 0
        output.show_warnings(code == 0)
        return code
    except UsageError as exc:
        output.fail({"error": "usage", "message": str(exc), "params": {}}, as_json)
        return 2
    except DomainError as exc:
        output.fail(exc.as_dict(), as_json)
        return 2 if exc.code in USAGE_CODES else 1
    except (OperationalError, DatabaseError, sqlite3.Error) as exc:
        # locked / disk full / read-only / damaged each get their own way out (maintenance.py)
        output.fail(describe_database_error(exc, db_path).as_dict(), as_json)
        return 1
    except BrokenPipeError:  # output piped into a command that stopped reading (e.g. head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a file named on the command line the system refuses
        what = exc.filename if exc.filename is not None else "?"
        output.fail(
            DomainError(
                "file.unusable", path=str(what), problem=exc.strerror or type(exc).__name__
            ).as_dict(),
            as_json,
        )
        return 1
    except KeyboardInterrupt:
        output.fail(
            {"error": "interrupted", "message": "Interrupted: nothing was written.", "params": {}},
            as_json,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
