"""Sync benchmark on a real PostgreSQL: push, incremental pull and first load, each beside a naive row-by-row way.

Why: issue #6 asks for "push 10,000 payments, pull 100,000 changes, initial load of
1,000,000 accounts; each beside a naive row-by-row baseline" in docs/benchmarks.md. This
script measures all three against a throwaway central database on the PostgreSQL server
(created at the start, dropped at the end, roles included) with a real agency login
(no table privileges: only the push/pull/snapshot functions), and writes its section of
docs/benchmarks.md between ``<!-- bench_sync:begin -->`` and ``<!-- bench_sync:end -->``.

    .venv/bin/python tests/bench/bench_sync.py                       # full run, writes the doc
    .venv/bin/python tests/bench/bench_sync.py --quick --no-doc      # smoke run, prints only
    .venv/bin/python tests/bench/bench_sync.py --payments 10000 --changes 100000 \\
        --accounts 1000000 --naive-payments 2000 --naive-changes 2000 --naive-accounts 20000 \\
        --url postgresql+psycopg://postgres@127.0.0.1:5432/postgres --database guichet_bench_sync
    .venv/bin/python tests/bench/bench_sync.py --skip initial        # push and pull only

``--url`` is an administrator connection to any database of the server (the benchmark
database is created beside it); default ``$GUICHET_BENCH_PG_URL``, else the test server.
For ``tests/bench/run_all.py``: ``run(ctx: Context) -> Outcome`` (``ctx.quick`` picks the
small sizes; the server comes from the environment as above).

What is compared (the same code, only the batching differs, so the ratio is the price of
going row by row):

- push: ``push_outbox`` as shipped (batches of ``BATCH_SIZE`` outbox items per central
  call, one local transaction per batch for the acknowledgements) against
  ``push_outbox(batch_size=1)``: one central call (one central transaction) and one local
  transaction per payment. Both push the same payments, taken beforehand through the real
  ``take_payment`` (the naive store is a file copy made before the push; central is reset
  between the two).
- pull: ``pull_changes`` as shipped (pages of ``PAGE_SIZE`` rows, each page applied in bulk
  in one local transaction with its cursor) against ``pull_changes(page_size=1)``: one
  central call and one local transaction per row.
- first load: ``desktop.sync.initial_load`` (snapshot pages of accounts with meters and open
  bills) against one ``session.merge`` per row committed per account (see that section).

A naive run that would take many minutes is measured on its first N rows and reported as a
rate, the full-size time extrapolated linearly (said next to each figure).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import platform
import re
import shutil
import signal
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _p in (str(ROOT), str(HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from alembic import command  # noqa: E402
from sqlalchemy import Engine, create_engine, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from suite import (  # noqa: E402
    DOC,
    Context,
    Outcome,
    Target,
    percentile,
    ratio,
    replace_section,
    with_targets,
)

from desktop.bootstrap import init_database  # noqa: E402
from desktop.config import save_terminal_settings  # noqa: E402
from desktop.money import Money  # noqa: E402
from desktop.services.payments import PaymentRequest, take_payment  # noqa: E402
from desktop.store.db import Store  # noqa: E402
from desktop.store.models import Account, Bill, OutboxItem  # noqa: E402
from desktop.sync.admin import (  # noqa: E402
    _alembic_config,
    add_agency,
    central_engine,
    drop_central,
    upgrade_central,
)
from desktop.sync.client import CentralClient  # noqa: E402
from desktop.sync.pull import PAGE_SIZE, apply_changes, pull_changes  # noqa: E402
from desktop.sync.push import BATCH_SIZE, push_outbox  # noqa: E402
from desktop.sync.simulate import simulate_region  # noqa: E402
from tests.factories import SETTINGS, open_till, prepare_store, user_named  # noqa: E402

NAME = "bench_sync"
DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
URL_ENV = "GUICHET_BENCH_PG_URL"
PUSH_AGENCY, PULL_AGENCY, LOAD_AGENCY, NAIVE_PULL_AGENCY = "2401", "2402", "2403", "2404"
PAYMENT_MINOR = 1_000  # 10 DA: many payments fit in one open bill


@dataclasses.dataclass(frozen=True, slots=True)
class Sizes:
    """What to measure. Fields: payments (pushed), naive_payments (pushed one by one),
    changes (pulled), naive_changes (pulled one by one), accounts (first load),
    naive_accounts (loaded row by row), skip (parts not run: push, pull, initial),
    push_turns (batched pushes to central before its checks and to central now, each, taken
    in turns; the best of each is compared)."""

    payments: int = 10_000
    naive_payments: int = 10_000
    changes: int = 100_000
    naive_changes: int = 10_000
    accounts: int = 1_000_000
    naive_accounts: int = 20_000
    skip: frozenset[str] = frozenset()
    push_turns: int = 3


QUICK = Sizes(1_000, 500, 5_000, 1_000, 20_000, 2_000)


# ---------------------------------------------------------------------------- helpers


class Timed:
    """A ``CentralClient`` that records how long each central call took (ms), so the local
    and central parts of a run can be told apart."""

    def __init__(self, client: CentralClient) -> None:
        self.client = client
        self.calls: list[float] = []

    def _timed(self, fn: Callable[..., Any], *args: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.calls.append((time.perf_counter() - t0) * 1000)

    def push(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return self._timed(self.client.push, items)

    def pull(self, since: str, after: dict[str, Any] | None, limit: int) -> dict[str, Any]:
        return self._timed(self.client.pull, since, after, limit)

    def snapshot(self, after: str | None, limit: int) -> dict[str, Any]:
        return self._timed(self.client.snapshot, after, limit)


def reset_peak_rss() -> None:
    """Start a new peak-RSS window (Linux: writing 5 to clear_refs resets VmHWM)."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_rss_mib() -> float:
    found = re.search(r"VmHWM:\s+(\d+) kB", Path("/proc/self/status").read_text())
    return int(found.group(1)) / 1024 if found else float("nan")


def machine(server: str) -> list[str]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"- CPU: {cpu}; `nproc` = {os.cpu_count()}; load average at start: {load} "
        "(the machine is shared with other engineers' builds and tests: figures are ceilings)",
        f"- {server}, on the same machine (127.0.0.1: no network latency)",
        f"- Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"local store `synchronous=FULL` as in production",
    ]


@contextlib.contextmanager
def bench_central(url: str, database: str) -> Iterator[Engine]:
    """A fresh central database ``database`` on the server of ``url`` (dropped at the end,
    its roles too); yields an administrator engine on it."""
    base = make_url(url)
    if base.drivername == "postgresql":
        base = base.set(drivername="postgresql+psycopg")
    server = create_engine(base, isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{database}"'))
    admin = central_engine(base.set(database=database).render_as_string(hide_password=False))
    try:
        drop_central(admin)  # roles left behind by a run killed half-way
        upgrade_central(admin)
        yield admin
    finally:
        with contextlib.suppress(Exception):
            drop_central(admin)
        admin.dispose()
        with server.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        server.dispose()


def make_template(workdir: Path) -> Path:
    """Settings and users (Argon2 hashing once); every store of the run is a copy."""
    path = workdir / "template.db"
    prepare_store(init_database(path), till_for=None).dispose()
    return path


def new_store(template: Path, path: Path, agency: str) -> Store:
    shutil.copyfile(template, path)
    store = init_database(path)
    settings = dataclasses.replace(SETTINGS, agency_code=agency, agency_name=f"Agency {agency}")
    with store.unit_of_work() as uow:
        save_terminal_settings(uow.session, settings)
        uow.commit()
    return store


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------- push

#: The central revision before the push checks (c0009: central recomputes every push, and
#: c0010 makes that cheaper): the push is measured against it too, in the same run, to show
#: what the checks cost. Named, not derived from head: every later revision is "after".
PUSH_BASELINE = "c0008_journal_heads"


def move_central(admin: Engine, revision: str) -> None:
    """Up or down the central migrations to ``revision`` (the benchmark's own database)."""
    cfg = _alembic_config(admin)
    with admin.begin() as conn:
        cfg.attributes["connection"] = conn
        if revision == "head":
            command.upgrade(cfg, "head")
        else:
            command.downgrade(cfg, revision)


def measure_push(admin: Engine, workdir: Path, template: Path, sizes: Sizes) -> dict[str, Any]:
    login = add_agency(admin, PUSH_AGENCY, name="Bench push")
    simulate_region(admin, PUSH_AGENCY, max(200, sizes.payments // 10), bills_per_account=2)
    client = CentralClient.connect(login.url)
    store = new_store(template, workdir / "push.db", PUSH_AGENCY)
    try:
        pull_changes(store, client)
        open_till(store, "amina")
        with store.read() as s:
            due = s.execute(
                select(Account.account_no, func.sum(Bill.open_minor))
                .join(Bill, Bill.account_id == Account.id)
                .group_by(Account.account_no)
                .having(func.sum(Bill.open_minor) >= 10 * PAYMENT_MINOR)
                .order_by(Account.account_no)
            ).all()
        slots = [no for no, minor in due for _ in range(min(int(minor) // PAYMENT_MINOR, 20))]
        if len(slots) < sizes.payments:
            raise SystemExit(f"the simulated region can take only {len(slots)} payments")
        clerk = user_named(store, "amina")
        _say(f"push: taking {sizes.payments:,} payments through take_payment")
        t0 = time.perf_counter()
        for i in range(sizes.payments):
            request = PaymentRequest(account_no=slots[i], amount=Money(PAYMENT_MINOR, "DZD"))
            with store.unit_of_work() as uow:
                take_payment(uow, request, clerk)
        take_s = time.perf_counter() - t0
    finally:
        store.dispose()
    naive_path = workdir / "push-naive.db"
    shutil.copyfile(workdir / "push.db", naive_path)  # the same payments, not yet pushed
    with admin.begin() as conn:  # central as it was before any push, to reset it later
        conn.execute(text("DROP TABLE IF EXISTS public.bench_open"))
        conn.execute(
            text(
                "CREATE TABLE public.bench_open AS SELECT bill_no, open_minor FROM guichet.bills "
                "WHERE agency_code = :a"
            ),
            {"a": PUSH_AGENCY},
        )

    def central_count() -> int:
        with admin.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM guichet.payments")).scalar_one())

    def pending(store: Store) -> int:
        with store.read() as s:
            return int(s.scalar(select(func.count()).where(OutboxItem.sent_at.is_(None))) or 0)

    # ours
    store = init_database(workdir / "push.db")
    timed = Timed(client)
    reset_peak_rss()
    _say("push: batched")
    t0 = time.perf_counter()
    result = push_outbox(store, timed)
    ours_s = time.perf_counter() - t0
    ours_rss = peak_rss_mib()
    assert result.pushed == sizes.payments and pending(store) == 0, result
    assert central_count() == sizes.payments
    store.dispose()
    batch_calls = list(timed.calls)

    def reset_central() -> None:  # back to central before the push
        with admin.begin() as conn:
            conn.execute(
                text(
                    "TRUNCATE guichet.allocations, guichet.voids, guichet.corrections, "
                    "guichet.payments, guichet.quarantine, guichet.events"
                )
            )
            conn.execute(
                text(
                    "UPDATE guichet.bills b SET open_minor = o.open_minor "
                    "FROM public.bench_open o "
                    "WHERE o.bill_no = b.bill_no AND b.open_minor <> o.open_minor"
                )
            )

    def timed_push(revision: str, name: str) -> float:
        """The same payments (a fresh copy of the unpushed store) pushed batched to central
        at ``revision``, from the state before any push; seconds."""
        reset_central()
        path = workdir / f"push-{name}.db"
        shutil.copyfile(naive_path, path)
        if revision != "head":
            move_central(admin, revision)
        store = init_database(path)
        _say(f"push: batched, central at {revision}")
        t0 = time.perf_counter()
        timed_client = Timed(client)
        done = push_outbox(store, timed_client)
        seconds = time.perf_counter() - t0
        _say(f"  {seconds:.1f} s, central calls p50 {statistics.median(timed_client.calls):.0f} ms")
        assert done.pushed == sizes.payments, done
        store.dispose()
        reset_central()
        if revision != "head":
            move_central(admin, "head")
        return seconds

    # Central before its push checks against now, same run, in turns (now, before, now,
    # before, ...): the machine is shared, so each way's best is compared and neither the
    # order nor one busy minute decides.
    ours_runs, before_runs = [ours_s], [timed_push(PUSH_BASELINE, "before-1")]
    for turn in range(2, sizes.push_turns + 1):
        ours_runs.append(timed_push("head", f"ours-{turn}"))
        before_runs.append(timed_push(PUSH_BASELINE, f"before-{turn}"))
    before_s, ours_best_s = min(before_runs), min(ours_runs)

    # naive: one central call and one local transaction per payment
    store = init_database(naive_path)
    timed = Timed(client)
    reset_peak_rss()
    n = min(sizes.naive_payments, sizes.payments)
    _say(f"push: one by one ({n:,})")
    t0 = time.perf_counter()
    naive = push_outbox(store, timed, batch_size=1, max_batches=n)
    naive_s = time.perf_counter() - t0
    naive_rss = peak_rss_mib()
    assert naive.pushed == n and central_count() == n, naive
    store.dispose()
    client.dispose()
    return {
        "payments": sizes.payments,
        "take_s": take_s,
        "ours_s": ours_s,
        "before_s": before_s,
        "ours_best_s": ours_best_s,
        "ours_runs": ours_runs,
        "before_runs": before_runs,
        "batches": result.batches,
        "batch_ms": batch_calls,
        "ours_rss": ours_rss,
        "naive_n": n,
        "naive_s": naive_s,
        "naive_ms": list(timed.calls),
        "naive_rss": naive_rss,
    }


# ---------------------------------------------------------------------------- pull


PROBE_CALLS = 5


class _Enough(Exception):
    """Raised from the progress callback to stop the one-row pull probe."""


def naive_pull(store: Store, central: Timed) -> int:
    """The whole feed in the shipped pages, but every row upserted and committed on its own
    (``apply_changes`` on one row, one local transaction each); the cursor is not even
    written, which flatters this baseline. Returns the rows applied."""
    after: dict[str, Any] | None = None
    applied = 0
    while True:
        page = central.pull("0", after, PAGE_SIZE)
        for change in page["changes"]:
            with store.unit_of_work() as uow:
                done = apply_changes(uow.session, [change])
                uow.commit()
            applied += sum(v for k, v in done.items() if k != "deferred")
        if not (page["full"] and page["changes"]):
            return applied
        last = page["changes"][-1]
        after = {"rank": last["rank"], "xid": last["xid"], "key": last["key"]}


def measure_pull(admin: Engine, workdir: Path, template: Path, sizes: Sizes) -> dict[str, Any]:
    login = add_agency(admin, PULL_AGENCY, name="Bench pull")
    # one account, its meter and 3 bills: 5 change rows per account
    summary = simulate_region(admin, PULL_AGENCY, max(1, sizes.changes // 5), bills_per_account=3)
    rows = summary.accounts + summary.service_points + summary.bills
    client = CentralClient.connect(login.url)

    store = new_store(template, workdir / "pull.db", PULL_AGENCY)
    timed = Timed(client)
    page_ends: list[float] = []
    reset_peak_rss()
    _say(f"pull: {rows:,} changes in pages of {PAGE_SIZE}")
    t0 = time.perf_counter()
    result = pull_changes(store, timed, progress=lambda *_: page_ends.append(time.perf_counter()))
    ours_s = time.perf_counter() - t0
    ours_rss = peak_rss_mib()
    assert result.total == rows and result.deferred == 0, result
    pages = [(b - a) * 1000 for a, b in zip([t0, *page_ends], page_ends, strict=False)]
    store.dispose()
    central_ms = list(timed.calls)

    # how a page of one row costs centrally on this feed (a few calls, not a whole run)
    store = new_store(template, workdir / "pull-probe.db", PULL_AGENCY)
    timed = Timed(client)

    def stop(done: int, _what: str) -> None:
        if done >= PROBE_CALLS:
            raise _Enough

    with contextlib.suppress(_Enough):
        pull_changes(store, timed, page_size=1, progress=stop)
    store.dispose()
    probe_ms = list(timed.calls)

    # naive: the same pages from central, each row applied in its own local transaction
    naive_login = add_agency(admin, NAIVE_PULL_AGENCY, name="Bench pull, naive")
    small = simulate_region(
        admin, NAIVE_PULL_AGENCY, max(1, min(sizes.naive_changes, rows) // 5), bills_per_account=3
    )
    n = small.accounts + small.service_points + small.bills
    naive_client = CentralClient.connect(naive_login.url)
    store = new_store(template, workdir / "pull-naive.db", NAIVE_PULL_AGENCY)
    timed = Timed(naive_client)
    reset_peak_rss()
    _say(f"pull: one row per local transaction ({n:,})")
    t0 = time.perf_counter()
    naive_applied = naive_pull(store, timed)
    naive_s = time.perf_counter() - t0
    naive_rss = peak_rss_mib()
    assert naive_applied == n, (naive_applied, n)
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Bill)) == small.bills
    store.dispose()
    naive_client.dispose()
    client.dispose()
    return {
        "rows": rows,
        "accounts": summary.accounts,
        "service_points": summary.service_points,
        "bills": summary.bills,
        "ours_s": ours_s,
        "pages": result.pages,
        "page_ms": pages,
        "central_ms": central_ms,
        "ours_rss": ours_rss,
        "naive_n": n,
        "naive_s": naive_s,
        "probe_ms": probe_ms,
        "naive_ms": list(timed.calls),
        "naive_rss": naive_rss,
    }


# ---------------------------------------------------------------------------- report


def _dur(seconds: float) -> str:
    """35 s, 12.5 min, 5.6 h: whichever reads best."""
    if seconds < 120:
        return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.1f} s"
    if seconds < 7200:
        return f"{seconds / 60:.1f} min"
    return f"{seconds / 3600:.1f} h"


def _size(n: int) -> str:
    return f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.0f} MiB"


def _rate(n: float, seconds: float) -> str:
    return f"{n / seconds:,.0f}" if seconds else "—"


def _push_section(m: dict[str, Any]) -> tuple[list[str], list[Target]]:
    n, naive_n = m["payments"], m["naive_n"]
    turns = len(m["ours_runs"])
    ours_rate, naive_rate = n / m["ours_s"], naive_n / m["naive_s"]
    naive_full = n / naive_rate
    sampled = naive_n < n
    naive_label = (
        f"{_dur(m['naive_s'])} for {naive_n:,} → {_dur(naive_full)} extrapolated to {n:,}"
        if sampled
        else _dur(m["naive_s"])
    )
    lines = [
        f"### Push {n:,} payments",
        "",
        f"{n:,} cash payments taken beforehand through `take_payment` on one terminal "
        f"({m['take_s']:.0f} s, {_rate(n, m['take_s'])} payments/s: the counter side, for "
        "reference), all pending in the outbox as after a long outage, then pushed to central "
        "as the agency's login. *Batched*: `push_outbox` as shipped, "
        f"{BATCH_SIZE} items per `guichet.push` call (one central transaction), the batch's "
        "acknowledgements in one local transaction. *Naive*: `push_outbox(batch_size=1)`, one "
        "central call and one local transaction per payment"
        + (f", on the first {naive_n:,} payments (rate extrapolated)" if sampled else "")
        + ". Central is reset between the two (same payments, same open bills).",
        "",
        "| way | payments | total | payments/s | p50 per call | p95 per call | peak RSS |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| batched ({m['batches']} calls) | {n:,} | {m['ours_s']:.1f} s | {ours_rate:,.0f} "
        f"| {statistics.median(m['batch_ms']):.0f} ms / {BATCH_SIZE} "
        f"| {percentile(m['batch_ms'], 95):.0f} ms | {m['ours_rss']:.0f} MiB |",
        f"| batched, central before its push checks ({PUSH_BASELINE}), best of {turns} "
        f"| {n:,} "
        f"| {m['before_s']:.1f} s | {n / m['before_s']:,.0f} | | | |",
        f"| naive, one by one | {naive_n:,} | {naive_label} | {naive_rate:,.0f} "
        f"| {statistics.median(m['naive_ms']):.1f} ms / 1 "
        f"| {percentile(m['naive_ms'], 95):.1f} ms | {m['naive_rss']:.0f} MiB |",
        "",
        f"Batched is **{ratio(naive_full, m['ours_s']) or '×1'}** faster "
        f"({_dur(m['ours_s'])} against {_dur(naive_full)}"
        + (" extrapolated" if sampled else "")
        + "). Per call is the central round trip only (`guichet.push`, commit included); "
        "the rest of the total is reading the outbox and writing the acknowledgements.",
        "",
        f"Central's checks of every payment (revisions c0009 and c0010: account, bills, sums, "
        f"currency, policy, bounds, recomputed in the applying transaction) cost "
        f"**{(m['ours_best_s'] / m['before_s'] - 1) * 100:+.0f} %** against the same push to "
        f"central at {PUSH_BASELINE}, measured in the same run, in turns, best of {turns} each "
        f"({_dur(m['before_s'])} → {_dur(m['ours_best_s'])}; runs now "
        + ", ".join(f"{x:.1f} s" for x in m["ours_runs"])
        + "; before "
        + ", ".join(f"{x:.1f} s" for x in m["before_runs"])
        + "; target: within 20 %).",
    ]
    targets = [
        Target(
            f"push {n:,} payments (batched outbox)",
            "",
            f"{m['ours_s']:.1f} s ({ours_rate:,.0f}/s)",
            None,
            f"one call per payment: {_dur(naive_full)}" + (" (extrapolated)" if sampled else ""),
            ratio(naive_full, m["ours_s"]),
        ),
        Target(
            f"push {n:,} payments: cost of central's checks",
            "≤ +20 %",
            f"{(m['ours_best_s'] / m['before_s'] - 1) * 100:+.0f} % "
            f"({_dur(m['ours_best_s'])}, best of {turns})",
            m["ours_best_s"] <= 1.2 * m["before_s"],
            f"central at {PUSH_BASELINE}: {_dur(m['before_s'])} (best of {turns})",
            ratio(m["before_s"], m["ours_best_s"]),
        ),
    ]
    return lines, targets


def _pull_section(m: dict[str, Any]) -> tuple[list[str], list[Target]]:
    rows, naive_n = m["rows"], m["naive_n"]
    ours_rate, naive_rate = rows / m["ours_s"], naive_n / m["naive_s"]
    naive_full = rows / naive_rate
    central_s = sum(m["central_ms"]) / 1000
    lines = [
        f"### Pull {rows:,} changes",
        "",
        f"A region of {m['accounts']:,} accounts, {m['service_points']:,} meters and "
        f"{m['bills']:,} bills written centrally (`simulate_region`), pulled by a desktop "
        "whose cursor is at 0: the incremental pull (`pull_changes`) as shipped, pages of "
        f"{PAGE_SIZE} rows by transaction id, each page upserted in bulk (search index "
        "included) in one local transaction with its cursor. *Naive*: the same pages from "
        "central, but each row upserted and committed on its own (`apply_changes` on one row, "
        "one local transaction per row; the cursor is not even written, which flatters it), "
        f"run on the whole feed of a smaller region of the same shape ({naive_n:,} rows: "
        "accounts, meters, bills in the same proportions), its rate extrapolated to "
        f"{rows:,} rows. (Calling `guichet.pull` with a page of one row instead, one central "
        "call per row, is far worse and was not kept as the baseline: each call re-reads the "
        f"whole pending feed; {len(m['probe_ms'])} such calls on this feed took p50 "
        f"{statistics.median(m['probe_ms']):,.0f} ms each, i.e. "
        f"{_dur(rows * statistics.median(m['probe_ms']) / 1000)} for the feed.)",
        "",
        "| way | rows | total | rows/s | p50 per page | p95 per page | of which central | peak RSS |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        f"| pages of {PAGE_SIZE} ({m['pages']} pages) | {rows:,} | {m['ours_s']:.1f} s "
        f"| {ours_rate:,.0f} | {statistics.median(m['page_ms']):.0f} ms "
        f"| {percentile(m['page_ms'], 95):.0f} ms | {central_s:.1f} s "
        f"| {m['ours_rss']:.0f} MiB |",
        f"| naive, one row per transaction | {naive_n:,} | {_dur(m['naive_s'])} → "
        f"{_dur(naive_full)} extrapolated | {naive_rate:,.0f} "
        f"| {1000 / naive_rate:.1f} ms per row | — | {sum(m['naive_ms']) / 1000:.1f} s "
        f"| {m['naive_rss']:.0f} MiB |",
        "",
        f"Pages are **{ratio(naive_full, m['ours_s']) or '×1'}** faster "
        f"({_dur(m['ours_s'])} against {_dur(naive_full)} extrapolated).",
    ]
    targets = [
        Target(
            f"pull {rows:,} changes (incremental, pages of {PAGE_SIZE})",
            "",
            f"{_dur(m['ours_s'])} ({ours_rate:,.0f} rows/s)",
            None,
            f"a transaction per row: {_dur(naive_full)} (extrapolated)",
            ratio(naive_full, m["ours_s"]),
        ),
    ]
    return lines, targets


def report(
    sizes: Sizes, results: dict[str, dict[str, Any]], header: list[str], command: str
) -> Outcome:
    lines = [
        "## Central sync (generated by tests/bench/bench_sync.py)",
        "",
        f"Command: `{command}` (run {time.strftime('%Y-%m-%d %H:%M')}). A throwaway central "
        "database is created on the server and dropped at the end; the desktop side is a real "
        "SQLite store; every call goes through the agency's own login role (no table "
        "privileges: `guichet.push` / `pull` / `snapshot` only).",
        "",
        *header,
    ]
    targets: list[Target] = []
    for part, build in (("push", _push_section), ("pull", _pull_section)):
        if part in results:
            section, rows = build(results[part])
            lines += ["", *section]
            targets += rows
    if "initial" in results:
        section, rows = _initial_section(results["initial"])
        lines += ["", *section]
        targets += rows
    for part in sorted(sizes.skip):
        lines += ["", f"({part}: not run this time, `--skip {part}`.)"]
    body = "\n".join(lines)
    return Outcome(NAME, with_targets(body, targets), targets)


def _initial_section(m: dict[str, Any]) -> tuple[list[str], list[Target]]:
    n, naive_n = m["accounts"], m["naive_n"]
    rows = m["accounts"] + m["service_points"] + m["bills"]
    naive_rate = naive_n / m["naive_s"]
    naive_full = n / naive_rate
    central_s = sum(m["central_ms"]) / 1000
    lines = [
        f"### Initial load of {n:,} accounts",
        "",
        f"Central region: {n:,} accounts, each with one meter and {m['bills_per_account']} "
        f"quarterly bills of which only the open ones travel ({m['central_bills']:,} bills "
        f"centrally, {m['bills']:,} open), written by `simulate_region` in "
        f"{_dur(m['simulate_s'])}. A new workstation (empty store) loads it with "
        "`desktop.sync.initial_load.initial_load` as shipped: `guichet.snapshot` keyset pages "
        f"of {m['page']:,} accounts with their meters and open bills, each page upserted in "
        "bulk (search index included) in one local transaction with the load's cursor. "
        "*Naive*: `initial_load(page_size=1)`, one snapshot call and one local transaction "
        f"per account (its meter and open bills with it), measured on the first {naive_n:,} "
        "accounts and extrapolated linearly to the whole region (stated, not run).",
        "",
        "| way | accounts | rows | total | accounts/s | rows/s | p50 per page | p95 per page "
        "| of which central | peak RSS |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| pages of {m['page']:,} ({m['pages']} pages) | {n:,} | {rows:,} "
        f"| {_dur(m['ours_s'])} | {_rate(n, m['ours_s'])} "
        f"| {_rate(rows, m['ours_s'])} | {statistics.median(m['page_ms']) / 1000:.2f} s "
        f"| {percentile(m['page_ms'], 95) / 1000:.2f} s | {central_s:.0f} s "
        f"| {m['ours_rss']:.0f} MiB |",
        f"| naive, one account per call | {naive_n:,} | {m['naive_rows']:,} "
        f"| {_dur(m['naive_s'])} → {_dur(naive_full)} extrapolated | {naive_rate:,.0f} "
        f"| {m['naive_rows'] / m['naive_s']:,.0f} | {statistics.median(m['naive_ms']):.1f} ms "
        f"(call) | {percentile(m['naive_ms'], 95):.1f} ms (call) "
        f"| {sum(m['naive_ms']) / 1000:.0f} s | {m['naive_rss']:.0f} MiB |",
        "",
        f"Local store after the load: {_size(m['db_bytes'])}. Pages are "
        f"**{ratio(naive_full, m['ours_s']) or '×1'}** faster ({_dur(m['ours_s'])} "
        f"against {_dur(naive_full)} extrapolated).",
    ]
    targets = [
        Target(
            f"initial load of {n:,} accounts (snapshot pages)",
            "",
            f"{_dur(m['ours_s'])} ({_rate(n, m['ours_s'])} accounts/s)",
            None,
            f"one account per call: {_dur(naive_full)} (extrapolated from {naive_n:,})",
            ratio(naive_full, m["ours_s"]),
        ),
    ]
    return lines, targets


def measure_initial(admin: Engine, workdir: Path, template: Path, sizes: Sizes) -> dict[str, Any]:
    from desktop.sync.initial_load import PAGE_ACCOUNTS, initial_load

    login = add_agency(admin, LOAD_AGENCY, name="Bench initial load")
    per = 4
    _say(f"initial load: simulating a region of {sizes.accounts:,} accounts")
    t0 = time.perf_counter()
    summary = simulate_region(
        admin,
        LOAD_AGENCY,
        sizes.accounts,
        bills_per_account=per,
        progress=lambda d, n: _say(f"  central: {d:,}/{n:,}"),
    )
    simulate_s = time.perf_counter() - t0
    with admin.connect() as conn:
        open_bills = int(
            conn.execute(
                text(
                    "SELECT count(*) FROM guichet.bills WHERE agency_code = :a AND open_minor > 0"
                ),
                {"a": LOAD_AGENCY},
            ).scalar_one()
        )
    client = CentralClient.connect(login.url)

    path = workdir / "initial.db"
    store = new_store(template, path, LOAD_AGENCY)
    timed = Timed(client)
    page_ends: list[float] = []

    def progress(done: int, total: int) -> None:
        page_ends.append(time.perf_counter())
        if len(page_ends) % 20 == 0:
            _say(f"  loaded {done:,}/{total:,}")

    reset_peak_rss()
    _say(f"initial load: {sizes.accounts:,} accounts in pages of {PAGE_ACCOUNTS:,}")
    t0 = time.perf_counter()
    result = initial_load(store, timed, progress=progress)
    ours_s = time.perf_counter() - t0
    ours_rss = peak_rss_mib()
    assert (result.accounts, result.bills) == (sizes.accounts, open_bills), result
    store.dispose()
    db_bytes = sum(p.stat().st_size for p in workdir.glob("initial.db*"))
    page_ms = [(b - a) * 1000 for a, b in zip([t0, *page_ends], page_ends, strict=False)]
    central_ms = list(timed.calls)
    for p in workdir.glob("initial.db*"):
        p.unlink()

    store = new_store(template, workdir / "initial-naive.db", LOAD_AGENCY)
    timed = Timed(client)
    n = min(sizes.naive_accounts, sizes.accounts)
    reset_peak_rss()
    _say(f"initial load: one account per call ({n:,})")
    t0 = time.perf_counter()
    naive = initial_load(store, timed, page_size=1, max_pages=n)
    naive_s = time.perf_counter() - t0
    naive_rss = peak_rss_mib()
    assert naive.accounts == n, naive
    store.dispose()
    client.dispose()
    return {
        "accounts": result.accounts,
        "service_points": result.service_points,
        "bills": result.bills,
        "central_bills": summary.bills,
        "bills_per_account": per,
        "simulate_s": simulate_s,
        "page": PAGE_ACCOUNTS,
        "pages": result.pages,
        "ours_s": ours_s,
        "page_ms": page_ms,
        "central_ms": central_ms,
        "ours_rss": ours_rss,
        "db_bytes": db_bytes,
        "naive_n": n,
        "naive_s": naive_s,
        "naive_rows": naive.accounts + naive.service_points + naive.bills,
        "naive_ms": list(timed.calls),
        "naive_rss": naive_rss,
    }


# ---------------------------------------------------------------------------- entry points


def measure(url: str, database: str, sizes: Sizes) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Run every part not skipped; returns the raw figures and the machine lines."""
    results: dict[str, dict[str, Any]] = {}
    server = "PostgreSQL ?"
    header_load = machine("PostgreSQL")  # load average before anything runs
    with (
        bench_central(url, database) as admin,
        tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp,
    ):
        with admin.connect() as conn:
            server = "PostgreSQL " + str(conn.execute(text("SHOW server_version")).scalar())
        workdir = Path(tmp)
        template = make_template(workdir)
        if "push" not in sizes.skip:
            results["push"] = measure_push(admin, workdir, template, sizes)
        if "pull" not in sizes.skip:
            results["pull"] = measure_pull(admin, workdir, template, sizes)
        if "initial" not in sizes.skip:
            results["initial"] = measure_initial(admin, workdir, template, sizes)
    header_load[1] = f"- {server}, on the same machine (127.0.0.1: no network latency)"
    return results, header_load


def run(ctx: Context) -> Outcome:
    """The runner's entry point (tests/bench/run_all.py): full sizes, or QUICK."""
    sizes = QUICK if ctx.quick else Sizes()
    url = os.environ.get(URL_ENV, DEFAULT_URL)
    results, header = measure(url, "guichet_bench_sync", sizes)
    command = ".venv/bin/python tests/bench/bench_sync.py" + (" --quick" if ctx.quick else "")
    return report(sizes, results, header, command)


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    full = Sizes()
    parser.add_argument(
        "--url",
        default=os.environ.get(URL_ENV, DEFAULT_URL),
        help=f"administrator URL of the server (default ${URL_ENV} or the test server)",
    )
    parser.add_argument(
        "--database",
        default="guichet_bench_sync",
        help="throwaway database created and dropped by the run",
    )
    parser.add_argument("--quick", action="store_true", help="small sizes (smoke run)")
    parser.add_argument("--payments", type=int, default=full.payments)
    parser.add_argument("--naive-payments", type=int, default=full.naive_payments)
    parser.add_argument("--changes", type=int, default=full.changes)
    parser.add_argument("--naive-changes", type=int, default=full.naive_changes)
    parser.add_argument("--accounts", type=int, default=full.accounts)
    parser.add_argument("--naive-accounts", type=int, default=full.naive_accounts)
    parser.add_argument(
        "--push-turns",
        type=int,
        default=full.push_turns,
        help="batched pushes before/after central's checks, each, in turns (best compared)",
    )
    parser.add_argument("--skip", action="append", default=[], choices=("push", "pull", "initial"))
    parser.add_argument("--no-doc", action="store_true", help="print only; leave the doc alone")
    parser.add_argument("--raw", type=Path, help="also save the raw figures (JSON) to this file")
    parser.add_argument(
        "--from-raw", type=Path, help="measure nothing: rebuild the section from a --raw file"
    )
    return parser.parse_args(argv)


def sizes_of(args: argparse.Namespace) -> Sizes:
    if args.quick:
        return dataclasses.replace(QUICK, skip=frozenset(args.skip), push_turns=args.push_turns)
    return Sizes(
        args.payments,
        args.naive_payments,
        args.changes,
        args.naive_changes,
        args.accounts,
        args.naive_accounts,
        frozenset(args.skip),
        args.push_turns,
    )


def command_of(argv: list[str]) -> str:
    """The command line as shown in the doc (without the options that only change output)."""
    shown: list[str] = []
    skip_next = False
    for a in argv:
        if skip_next:
            skip_next = False
        elif a == "--raw":
            skip_next = True
        elif a != "--no-doc" and not a.startswith("--raw="):
            shown.append(a)
    return " ".join([".venv/bin/python tests/bench/bench_sync.py", *shown])


def _terminated(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds: the throwaway database and roles are dropped


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGTERM, _terminated)
    argv = sys.argv[1:] if argv is None else argv
    args = parse(argv)
    sizes = sizes_of(args)
    if args.from_raw:
        raw = json.loads(args.from_raw.read_text())
        results, header, command = raw["results"], raw["header"], raw["command"]
    else:
        results, header = measure(args.url, args.database, sizes)
        command = command_of(argv)
        if args.raw:
            args.raw.write_text(
                json.dumps({"results": results, "header": header, "command": command})
            )
    outcome = report(sizes, results, header, command)
    if not args.no_doc:
        DOC.write_text(replace_section(DOC.read_text(), NAME, outcome.section))
    print(outcome.section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
