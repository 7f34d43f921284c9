"""`guichet init` and `guichet demo`: create or upgrade a database, fill one with demo data.

Why apart: these are the two commands that make a database rather than open one; `setup`
(the first administrator of a real terminal) is in ``cli.users``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cli import output
from cli.arguments import UsageError
from desktop.bootstrap import init_database


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create or upgrade the database to the current schema")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="fill a new database with deterministic demo data")
    p.add_argument("--accounts", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--profile", choices=("dz", "ma"), default="dz")
    p.add_argument("--months", type=int, default=24, help="months of bill history (default 24)")
    p.add_argument("--today", help="date the data is built around, YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_demo)


def cmd_init(args: argparse.Namespace, db_path: Path) -> None:
    store = init_database(db_path)
    store.dispose()
    output.emit(
        {"db": str(db_path), "status": "ready"}, args.json, lambda: f"Database ready: {db_path}"
    )


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
    bar = None if args.json else ProgressBar(sys.stderr)
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
    output.emit(
        data,
        args.json,
        lambda: (
            f"Demo database {db_path}: {summary.accounts} accounts, {summary.service_points} meters, "
            f"{summary.bills} bills, {summary.payments} payments. Users amina, karim, admin "
            "(password: demo)."
        ),
    )


class ProgressBar:
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
