"""Fixtures and helpers for the property (fuzz) tests: a small database with something to
pay, correct, plan and print, and a runner that calls ``cli.main.main`` in-process.

Why in-process: hypothesis needs thousands of calls in a few minutes, which rules out one
Python process per call; ``main(argv)`` is exactly what the ``guichet`` script runs, so the
properties hold for the real command (tests/stress covers the subprocess side).

Why a raw sqlite3 snapshot: it is taken after every refused example, so it must be cheap; it
reads every row of every table (FTS shadow tables included), like ``tests.factories.snapshot``.
Rows a refusal is *meant* to write are left out, each for a documented reason:
``journal`` rows of kind ``permission.refused`` (a refused permission is audited), and
``journal`` rows of kind ``login`` / ``login.refused`` and ``users.failed_logins`` (every
log-in attempt is audited and counted, refused or not: that is the lockout).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import io
import itertools
import json
import os
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from cli.main import main
from desktop.bootstrap import init_database
from desktop.services import auth
from tests.factories import FAST_HASHER, PASSWORD, BillSpec, make_account

AUDIT_KINDS = ("login", "login.refused", "permission.refused")
"""Journal kinds written by every log-in attempt, whatever the command then does."""

FUZZ_EXAMPLES_ENV = "GUICHET_FUZZ_EXAMPLES"
"""More examples for a release check: ``GUICHET_FUZZ_EXAMPLES=500 pytest tests/fuzz``."""


def examples(default: int) -> int:
    """Examples per property: ``default`` in CI, or ``$GUICHET_FUZZ_EXAMPLES``."""
    return int(os.environ.get(FUZZ_EXAMPLES_ENV, default))


@dataclass(frozen=True)
class World:
    """What the fuzz database holds, so strategies can mix real identifiers with junk.

    Fields: template (the database file, copied for each example), account_nos, meter_nos,
    bill_nos, receipt_nos (a payment of today and amina's till open).
    """

    template: Path
    account_nos: tuple[str, ...]
    meter_nos: tuple[str, ...]
    bill_nos: tuple[str, ...]
    receipt_nos: tuple[str, ...]


# FAST_HASHER (tests/factories.py): the fuzz tests are about what people type, not about
# hashing cost; with the real parameters the properties would get a tenth of the examples.


@pytest.fixture(scope="module", autouse=True)
def fast_password_hashing(store_template: Path) -> Iterator[None]:
    """Module scope: undone before tests outside this folder run in the same session. The
    shared ``store_template`` is built first, with the real parameters, for everyone else."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(auth, "_hasher", FAST_HASHER)
        auth._dummy_hash.cache_clear()
        yield
    auth._dummy_hash.cache_clear()


@pytest.fixture(scope="session")
def world(store_template: Path, tmp_path_factory: pytest.TempPathFactory) -> World:
    """Settings, users amina/karim/admin (password demo), amina's till open, three accounts
    (one closed) with open bills, and one payment taken through the CLI."""
    path = tmp_path_factory.mktemp("fuzz") / "world.db"
    shutil.copyfile(store_template, path)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE users SET password_hash = ?", (FAST_HASHER.hash(PASSWORD),))
    store = init_database(path)
    today = dt.date.today()
    made = [
        make_account(
            store,
            bills=[
                BillSpec(today - dt.timedelta(days=200), 1_250_000),
                BillSpec(today - dt.timedelta(days=100), 830_050),
            ],
        ),
        make_account(
            store,
            name_ar="فاطمة الزهراء",
            name_latin="Fatima Zohra",
            bills=[BillSpec(today - dt.timedelta(days=60), 45_000_000)],
        ),
        make_account(store, status="closed", bills=[BillSpec(today, 10_000)]),
    ]
    store.dispose()
    env = {"GUICHET_PASSWORD": "demo"}
    with _env(env):
        code, out, err = run_main(
            ["--db", str(path), "pay", made[0].account_no, "100", "--user", "amina", "--json"]
        )
    assert code == 0, err
    receipt = json.loads(out)["receipt_no"]
    gc.collect()  # the CLI leaves its engine to the garbage collector
    # Session fixtures come before the module's fast hashing: that log-in re-hashed the
    # passwords with the real parameters, and every later log-in would re-hash them back
    # (a write to ``users`` that no refusal makes). Hash them cheaply again.
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE users SET password_hash = ?", (FAST_HASHER.hash(PASSWORD),))
    with contextlib.closing(sqlite3.connect(path)) as conn:  # fold the WAL into the file
        assert conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    return World(
        template=path,
        account_nos=tuple(m.account_no for m in made),
        meter_nos=tuple(n for m in made for n in m.meter_nos),
        bill_nos=tuple(n for m in made for n in m.bill_nos),
        receipt_nos=(receipt,),
    )


_serial = itertools.count()


@pytest.fixture
def fresh_db(world: World, tmp_path: Path) -> Iterator[callable]:  # type: ignore[valid-type]
    """A factory of private copies of the world database, one per hypothesis example (a
    new file name each time: a connection left open by one example never sees the next)."""

    def make() -> Path:
        path = tmp_path / f"ex{next(_serial)}.db"
        shutil.copyfile(world.template, path)
        return path

    yield make


@contextlib.contextmanager
def _env(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run_main(argv: Sequence[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """``guichet ARGV`` in-process: (exit status, stdout, stderr). Any exception other than
    argparse's own exit after --help propagates: that is the traceback a user would see."""
    out, err = io.StringIO(), io.StringIO()
    with _env(env or {}), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # only `--help` / `-h` exits, with status 0
            assert exc.code in (0, None), f"argparse exited with {exc.code}: {err.getvalue()}"
            code = 0
    return code, out.getvalue(), err.getvalue()


def table_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, minus the audit rows any log-in attempt writes."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        out: dict[str, list[tuple]] = {}
        for name in names:
            cur = conn.execute(f'SELECT * FROM "{name}"')
            cols = [d[0] for d in cur.description]
            rows = cur.fetchall()
            if name == "journal":
                kind = cols.index("kind")
                rows = [r for r in rows if r[kind] not in AUDIT_KINDS]
            elif name == "users":
                keep = [i for i, c in enumerate(cols) if c != "failed_logins"]
                rows = [tuple(r[i] for i in keep) for r in rows]
            out[name] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


def assert_one_clear_refusal(code: int, out: str, err: str, as_json: bool) -> dict | None:
    """A refusal is exit 1 or 2 with one line naming the problem; never a traceback.
    Returns the JSON error object under --json."""
    assert code in (1, 2), f"exit status {code}"
    assert "Traceback" not in err and "Traceback" not in out
    if as_json:
        error = json.loads(out)
        assert isinstance(error, dict) and error.get("message"), out
        assert "error" in error
        return error
    lines = err.rstrip("\n").split("\n")
    assert len(lines) == 1 and lines[0].startswith("guichet: "), f"stderr: {err!r}"
    assert len(lines[0]) > len("guichet: ") + 10, f"message too short: {err!r}"
    return None
