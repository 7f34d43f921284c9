"""Every `guichet` command, fed generated arguments: never a traceback, one clear line on
refusal, and a refusal writes nothing.

How coverage is kept honest: the commands are enumerated from the real argparse tree
(plugins included), and every argument of every command must map to a strategy in
``KINDS``. A new command, or a new argument, without a strategy fails
``test_every_command_and_argument_has_a_fuzz_strategy`` until it is fuzzed too.

Properties, for each generated command line run through ``cli.main.main``:
- it returns 0, 1 or 2 (help exits 0); no exception escapes;
- on refusal, stderr is one line ``guichet: <message>`` (under --json: one JSON error
  object on stdout);
- on refusal, every table is as it was (``conftest.table_rows``), except for the documented
  "done, but" outcomes listed in ``DONE_BUT``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli.main import build_parser
from tests.card_scan import card_numbers_in_database
from tests.fuzz import strategies as fz
from tests.fuzz.conftest import (
    World,
    assert_one_clear_refusal,
    examples,
    run_main,
    table_rows,
)

DB = "/@fuzz-db@/guichet.db"
"""Placeholder for the example's own database file, replaced just before the run."""

Strategy = Callable[[World, Path, Path], st.SearchStrategy[str]]


def _text(w: World, d: Path, db: Path) -> st.SearchStrategy[str]:
    return st.one_of(fz.nasty_text(40), fz.card_numbers())


KINDS: dict[str, Strategy] = {
    # money
    "amount": lambda w, d, db: fz.amounts(),
    # identifiers
    "account_no": lambda w, d, db: fz.pick(w.account_nos),
    "meter_no": lambda w, d, db: fz.pick(w.meter_nos),
    "bill_no": lambda w, d, db: fz.pick(w.bill_nos),
    "receipt_no": lambda w, d, db: fz.pick(w.receipt_nos),
    "bills": lambda w, d, db: st.lists(fz.pick(w.bill_nos), max_size=3).map(",".join),
    "user": lambda w, d, db: fz.users(),
    "tariff": lambda w, d, db: fz.pick(
        ["sonelgaz-2016-residential-electricity", "onee-2023-residential-electricity"]
    ),
    "code": lambda w, d, db: fz.pick(["2401", "sonelgaz-2016-residential-electricity"]),
    "reference": lambda w, d, db: fz.pick(["ECH-2401-T01-2026-0001", *w.account_nos]),
    "job": lambda w, d, db: fz.pick(["00000000-0000-0000-0000-000000000000"]),
    # numbers, dates, counts
    "whole": lambda w, d, db: fz.whole_numbers(),
    "int": lambda w, d, db: fz.small_ints(),
    "float": lambda w, d, db: st.sampled_from(["1", "0", "-1", "nan", "inf", "1e999", "x", ""]),
    "date": lambda w, d, db: fz.dates(),
    "count": lambda w, d, db: fz.cash_counts(),
    # free text: names, notes, reasons, search queries
    "text": _text,
    "query": lambda w, d, db: st.one_of(fz.nasty_text(40), fz.pick(w.account_nos)),
    # files and addresses
    "path": lambda w, d, db: fz.paths(d, str(db)),
    "printer": lambda w, d, db: fz.printer_uris(d),
    "url": lambda w, d, db: fz.central_urls(),
    "card_last4": lambda w, d, db: st.one_of(
        st.sampled_from(["1234", "4111111111111111"]), fz.whole_numbers(), fz.card_numbers()
    ),
}

# Argument (dest) -> kind. Flags (store_true) and choices are generated from the parser.
DESTS: dict[str, str] = {
    "amount": "amount",
    "tendered": "amount",
    "float_amount": "amount",
    "card_total": "amount",
    "down": "amount",
    "installment": "amount",
    "account_no": "account_no",
    "meter_no": "meter_no",
    "bill_no": "bill_no",
    "receipt_no": "receipt_no",
    "bills": "bills",
    "user": "user",
    "approver": "user",
    "admin": "user",
    "username": "user",
    "tariff": "tariff",
    "code": "code",
    "reference": "reference",
    "job": "job",
    "item": "job",
    "agency": "code",
    "agency_code": "code",
    "terminal": "code",
    "quantity": "whole",
    "index": "whole",
    "actual": "whole",
    "minimum": "whole",
    "digits": "whole",
    "old_final": "whole",
    "new_start": "whole",
    "accounts": "int",
    "seed": "int",
    "months": "int",
    "limit": "int",
    "days": "int",
    "width": "int",
    "fragment_height": "int",
    "interval": "float",
    "bills_per_account": "int",
    "today": "date",
    "date": "date",
    "day": "date",
    "date_from": "date",
    "date_to": "date",
    "start": "date",
    "end": "date",
    "count": "count",
    "estimated": "amount",
    "query": "query",
    "note": "text",
    "reason": "text",
    "justification": "text",
    "name": "text",
    "region": "text",
    "company": "text",
    "agency_name": "text",
    "admin_name": "text",
    "mobile": "text",
    "email": "text",
    "card_scheme": "text",
    "auth_code": "text",
    "terminal_ref": "text",
    "card_last4": "card_last4",
    "out": "path",
    "csv": "path",
    "agreement": "path",
    "report": "path",
    "png": "path",
    "escpos": "path",
    "source": "path",
    "printer": "printer",
    "url": "url",
    "credentials": "path",
    "save": "path",
    "identifier": "query",
    "max_payment": "amount",
    "currency": "text",
}

# Some commands take a --count that is not a till count.
INT_OVERRIDES = {("central", "simulate-online-payments"): {"count": "int"}}

# Arguments always given, so a command never waits for the network or a person.
PINNED: dict[tuple[str, ...], list[str]] = {
    ("sync",): ["--once"],  # `sync run` without --once loops until interrupted
}

DONE_BUT = {
    # The day is closed (cannot be undone) and its totals stored; only the PDF failed.
    "day.report_failed",
    # The plan is created; only its agreement PDF could not be written.
    "plan.agreement_failed",
}
PRINT_ERRORS = "printer."  # the job stays in the print queue, by design: retry later


def leaf_commands() -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """(path, parser) of every runnable command, aliases once."""
    seen: set[int] = set()

    def walk(p: argparse.ArgumentParser, path: tuple[str, ...]) -> Iterator[Any]:
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    if id(sub) not in seen:
                        seen.add(id(sub))
                        yield from walk(sub, (*path, name))
                return
        yield path, p

    yield from walk(build_parser(), ())


COMMANDS = sorted(path for path, _ in leaf_commands())


def _arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]


def _kind(path: tuple[str, ...], action: argparse.Action) -> str | None:
    return INT_OVERRIDES.get(path, {}).get(action.dest) or DESTS.get(action.dest)


def test_every_command_and_argument_has_a_fuzz_strategy() -> None:
    assert len(COMMANDS) >= 50, COMMANDS  # the tree was really walked (plugins included)
    missing = []
    for path, parser in leaf_commands():
        for action in _arguments(parser):
            if action.nargs == 0 or action.choices:
                continue  # flags and choices come from the parser itself
            if _kind(path, action) not in KINDS:
                missing.append(f"{' '.join(path)} {action.dest}")
    assert not missing, f"no fuzz strategy for: {missing}: add them to DESTS in {__file__}"


def _value(
    path: tuple[str, ...], action: argparse.Action, w: World, d: Path, db: Path
) -> st.SearchStrategy[str]:
    if action.choices:
        choices = st.one_of(st.sampled_from([str(c) for c in action.choices]), fz.nasty_text(6))
        return fz.sometimes_undecodable(choices)
    kind = _kind(path, action)
    assert kind is not None
    return fz.sometimes_undecodable(KINDS[kind](w, d, db))


@st.composite
def command_lines(
    draw: st.DrawFn,
    path: tuple[str, ...],
    parser: argparse.ArgumentParser,
    w: World,
    d: Path,
    db: Path,
) -> list[str]:
    argv = ["--db", str(db), *path, *PINNED.get(path, [])]
    for action in _arguments(parser):
        if action.option_strings:
            flag = action.option_strings[-1]
            if action.nargs == 0:
                if draw(st.booleans()):
                    argv.append(flag)
            elif action.required or draw(st.booleans()):
                # --flag=VALUE, so a value starting with '-' is still a value
                argv.append(f"{flag}={draw(_value(path, action, w, d, db))}")
        elif action.nargs == "?" and not draw(st.booleans()):
            continue
        else:
            value = draw(_value(path, action, w, d, db))
            if value.startswith("-"):
                argv.append("--") if "--" not in argv else None
            argv.append(value)
    return argv


def _environment(draw_password: str, new_password: str) -> dict[str, str]:
    return {
        "GUICHET_PASSWORD": draw_password,
        "GUICHET_APPROVER_PASSWORD": "demo",
        "GUICHET_NEW_PASSWORD": new_password,
        "GUICHET_CENTRAL_URL": "",
    }


def check_run(argv: list[str], env: dict[str, str], db: Path, before: dict[str, list]) -> None:
    """Run one command line and check the three properties."""
    as_json = "--json" in argv
    code, out, err = run_main(argv, env)
    assert "Traceback" not in out + err
    if db.exists():  # accepted or refused, no card number is ever written
        assert card_numbers_in_database(db) == [], argv
    if code == 0:
        if as_json and out.strip() and not argv[-1].startswith("-h"):
            json.loads(out)  # whatever succeeded printed valid JSON
        return
    error = assert_one_clear_refusal(code, out, err, as_json)
    code_name = (error or {}).get("error", "")
    if code_name in DONE_BUT or not db.exists():
        return
    after = table_rows(db)
    if code_name.startswith(PRINT_ERRORS) or (not as_json and "rinter" in err):
        # The receipt stays queued, as the message says: the job, its print count and the
        # journal entry are written together on purpose (desktop.services.receipts).
        before = dict(before)
        for table in ("print_jobs", "receipts", "journal"):
            after.pop(table, None)
            before.pop(table, None)
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, (
        f"refused ({(error or {}).get('message') or err.strip()}) but wrote {changed}"
    )


@pytest.mark.slow  # every command with hypothesis-drawn arguments
@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_command_never_crashes_and_refusals_write_nothing(
    path: tuple[str, ...], world: World, fresh_db: Callable[[], Path], tmp_path: Path
) -> None:
    parser = dict(leaf_commands())[path]
    before = table_rows(world.template)
    outputs = tmp_path / "out"
    outputs.mkdir()

    @settings(
        max_examples=examples(15),
        deadline=None,
        derandomize=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(
        argv=command_lines(path, parser, world, outputs, Path(DB)),
        password=st.one_of(st.just("demo"), fz.env_safe(fz.nasty_text(12)), fz.undecodable()),
        new_password=st.one_of(
            st.just("Guelma-2026!"), fz.env_safe(fz.nasty_text(12)), fz.undecodable()
        ),
    )
    def run(argv: list[str], password: str, new_password: str) -> None:
        db = fresh_db()  # a new file per example: nothing leaks from one to the next
        argv = [a.replace(DB, str(db)) for a in argv]
        check_run(argv, _environment(password, new_password), db, before)

    run()
    gc.collect()  # close the engines of commands that leave theirs to the garbage collector


# Command lines that broke before (found by the properties above), replayed every run.
REGRESSIONS = [
    ["tariff", "quote", "sonelgaz-2016-residential-electricity", "²"],
    ["reading", "add", "M0000010", "1" + "0" * 30, "--date", "2026-01-01", "--user", "amina"],
    ["session", "open", "--user", "amina", "--count", "Infinityx2"],
    ["central", "init", "--url", "0"],
    ["backup", "--out=", "--force"],
    ["backup", "--out", "/tmp/" + "x" * 300],
    ["plan", "due", "--days", "9" * 25],
    ["contact", "set", "240100000001", "--email=--", "--user", "amina"],
    ["billing", "estimate", "M0000010", "--start=2026-11-23", "--end=--"],
    ["account", "line\nbreak"],
    ["account", "a\x00b"],
    ["printer", "test", "--printer", "tcp://127.0.0.1:1?timeout=nan"],
    # bytes that are not UTF-8 (issue 13): a traceback deep in SQLite, libpq or argon2
    ["pay", "1", "10", "--user", os.fsdecode(b"\xff\xfe")],
    ["sync", "--once", "--url", os.fsdecode(b"postgresql://x\xff@127.0.0.1:1/db")],
    ["account", os.fsdecode(b"\xed\xa0\x80")],
    ["backup", "--out", os.fsdecode(b"/tmp/b\xffk.db")],
]


@pytest.mark.parametrize("argv", REGRESSIONS, ids=lambda a: " ".join(a)[:40])
@pytest.mark.parametrize("as_json", [False, True])
def test_command_lines_that_once_crashed_are_refused_in_one_line(
    argv: list[str], as_json: bool, world: World, fresh_db: Callable[[], Path]
) -> None:
    db = fresh_db()
    full = ["--db", str(db), *argv, *(["--json"] if as_json else [])]
    code, out, err = run_main(full, _environment("demo", "Guelma-2026!"))
    assert code in (1, 2), (code, out, err)
    check_run(full, _environment("demo", "Guelma-2026!"), db, table_rows(world.template))
