"""What `guichet` checks about a command line before any command runs.

Why apart from the dispatch: the parser, the check that every argument is text and the
guard on files written over the database are shared by every command and by the fuzz tests;
the sub-command modules raise ``UsageError`` too (a ``--today`` that is not a date).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.domain.errors import DomainError
from desktop.text import is_text, shown_bytes


class UsageError(Exception):
    """A command line that cannot be run as typed (exit status 2)."""


class Parser(argparse.ArgumentParser):
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


USAGE_CODES = frozenset({"input.argument_not_text"})
"""Domain errors about the command line as typed: exit status 2, like argparse's."""

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
