"""Run every benchmark and rewrite docs/benchmarks.md with the figures and the machine.

Why one runner: the benchmark issue asks for one documented command that measures
everything the targets name, on one database, in one sitting, and writes the page with the
machine it ran on — so no figure in the docs is older or from elsewhere than the others.

    bash scripts/bench.sh                  # everything, 1,000,000 accounts (bench-data/search-1m.db)
    bash scripts/bench.sh --quick          # smoke run: 2,000 accounts, few repetitions
    bash scripts/bench.sh --only bench_payment --only bench_app_start

What it does, in order:

1. describes the machine (CPU, cores, memory, OS, Python, SQLite, PostgreSQL, load average:
   the machine may be shared, and the load is printed so figures can be read against it);
2. makes sure the benchmark database exists (``guichet demo``, timed, with ``<db>.build.json``
   beside it: 27 minutes at 1,000,000 accounts) and takes a *work copy* of it with SQLite's
   online backup API, upgraded to the current schema: benchmarks that write (log-ins,
   payments) write there, never into the database they describe;
3. runs each benchmark in a fresh interpreter (``run_all.py --child NAME``, one process tree:
   a benchmark's memory, caches and Qt state never flatter the next one), each returning its
   markdown section and summary rows (``tests/bench/suite.py``);
4. rewrites the page: the run header and summary table between ``run_all`` markers, each
   benchmark's section between its own markers; hand-written text and sections of
   benchmarks not run this time are kept as they are.

A benchmark that fails does not stop the others: its section says so, with the end of its
output, and the runner exits with status 1. Logs: ``bench-data/logs/NAME.log``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import importlib
import json
import os
import platform
import shlex
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.suite import (  # noqa: E402
    DOC,
    Context,
    Outcome,
    Target,
    replace_section,
    sections,
    targets_in,
    with_targets,
)

# Order of the page and of the runs. The search runs first, on a quiet work copy.
BENCHMARKS = (
    "bench_search",
    "bench_app_start",
    "bench_payment",
    "bench_receipt",
    "bench_pdf",
    "bench_z_report",
    "bench_sync",
    "bench_audit",
    "bench_dashboard",
)
HEADER = "run_all"
USE_DATABASE = {
    "bench_search",
    "bench_app_start",
    "bench_payment",
    "bench_dashboard",
}  # the others build their own
FULL_DB = ROOT / "bench-data" / "search-1m.db"
QUICK_DB = ROOT / "bench-data" / "quick-2k.db"
DEMO_ARGS = {"months": 24, "seed": 1, "today": "2026-11-23"}


# ---------------------------------------------------------------------------- the machine


def _first(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip() if ":" in line else line.split("=", 1)[1]
    except OSError:
        pass
    return "unknown"


def postgres_version() -> str:
    """The server the PostgreSQL tests and the sync benchmark use (GUICHET_TEST_PG_URL)."""
    url = os.environ.get("GUICHET_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    try:
        import psycopg

        with psycopg.connect(url.replace("+psycopg", ""), connect_timeout=3) as conn:
            return str(conn.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]
    except Exception as exc:
        return f"not reachable ({type(exc).__name__})"


def machine() -> dict[str, str]:
    """What the page says about where the figures come from."""
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    mem_kb = int(_first("/proc/meminfo", "MemTotal").split()[0] or 0)
    load = os.getloadavg()
    fs = subprocess.run(
        ["df", "-T", str(ROOT / "bench-data")], capture_output=True, text=True
    ).stdout.splitlines()
    return {
        "cpu": _first("/proc/cpuinfo", "model name"),
        "cores": f"{os.cpu_count()} logical (`os.cpu_count()`)",
        "memory": f"{mem_kb / 2**20:.1f} GiB",
        "os": f"{_first('/etc/os-release', 'PRETTY_NAME').strip(chr(34))}, "
        f"kernel {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": postgres_version(),
        "libraries": f"SQLAlchemy {sqlalchemy.__version__}, PySide6 {PySide6.__version__} "
        f"(Qt {qVersion()})",
        "disk": fs[-1].split()[1] if len(fs) > 1 else "unknown",
        "load": f"{load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}",
    }


# ---------------------------------------------------------------------------- databases


def ensure_database(db: Path, accounts: int) -> dict[str, object]:
    """The benchmark database, built with ``guichet demo`` if missing; its build record."""
    info = Path(f"{db}.build.json")
    if not db.exists():
        from tests.bench.bench_search import build

        print(f"building {accounts:,} accounts into {db} (27 min at 1,000,000)...", flush=True)
        return build(db, accounts, **DEMO_ARGS)  # type: ignore[arg-type]
    if not info.exists():
        raise SystemExit(
            f"{db} exists but {info.name} does not: a build is still running or was "
            "interrupted. Wait for it, or delete the file to rebuild."
        )
    record = json.loads(info.read_text())
    if record.get("accounts") not in (None, accounts):
        raise SystemExit(f"{db} holds {record['accounts']:,} accounts, not {accounts:,}")
    return record


def work_copy(db: Path) -> tuple[Path, str]:
    """A writable copy of ``db`` (SQLite online backup: consistent, WAL included, the source
    only read), upgraded to the current schema. Returns it and what was done, for the page."""
    from desktop.bootstrap import init_database
    from desktop.store import migrate

    work = db.with_name(db.stem + ".work.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    src = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    dst = sqlite3.connect(work)
    try:
        src.backup(dst, pages=65536)  # 256 MiB steps at 4 KiB pages
    finally:
        dst.close()
        src.close()
    copied = time.perf_counter() - t0
    t1 = time.perf_counter()
    store = init_database(work)
    try:
        revision = migrate.current_revision(store.engine)
    finally:
        store.dispose()
    return work, (
        f"copied with SQLite's backup API in {copied:.0f} s, upgraded to schema `{revision}` "
        f"in {time.perf_counter() - t1:.0f} s"
    )


def count_accounts(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM accounts").fetchone()[0])
    finally:
        conn.close()


# ---------------------------------------------------------------------------- running


def child(name: str, ctx_json: str, out: Path) -> int:
    """In the fresh interpreter: run one benchmark, write its Outcome as JSON."""
    data = json.loads(ctx_json)
    ctx = Context(
        data["quick"], data["accounts"], Path(data["db"]), Path(data["work_db"]), data["run_id"]
    )
    module = importlib.import_module(f"tests.bench.{name}")
    got = module.run(ctx)
    # Duck-typed: a benchmark run as a script imports this module as ``suite``, not
    # ``tests.bench.suite``, so its classes are other (equal) classes.
    outcome = Outcome(
        got.name,
        got.section,
        [t if isinstance(t, Target) else Target(**dataclasses.asdict(t)) for t in got.targets],
    )
    out.write_text(outcome.to_json())
    return 0


def central_in_use(database: str = "guichet_bench_sync") -> bool:
    """Whether another sync benchmark holds the central benchmark database right now (it
    drops and recreates that database and its roles: two runs at once would break both)."""
    url = os.environ.get("GUICHET_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    try:
        import psycopg

        with psycopg.connect(url.replace("+psycopg", ""), connect_timeout=3) as conn:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,))
            return found.fetchone() is not None
    except Exception:
        return False


def run_one(name: str, ctx: Context, logs: Path) -> tuple[Outcome, float]:
    """Run one benchmark in a fresh interpreter; a failure becomes a section saying so."""
    if not (ROOT / "tests" / "bench" / f"{name}.py").exists():
        note = f"`tests/bench/{name}.py` is not in this checkout: skipped."
        print(f"[{name}] skipped: not in this checkout", flush=True)
        return Outcome(name, f"## {name}\n\n{note}", []), 0.0
    if name == "bench_sync":
        deadline = time.monotonic() + 45 * 60
        while central_in_use() and time.monotonic() < deadline:
            print(
                f"[{name}] another sync benchmark is using the central database; waiting...",
                flush=True,
            )
            time.sleep(30)
    logs.mkdir(parents=True, exist_ok=True)
    out = logs / f"{name}.json"
    out.unlink(missing_ok=True)
    ctx_json = json.dumps(
        {
            "quick": ctx.quick,
            "accounts": ctx.accounts,
            "db": str(ctx.db),
            "work_db": str(ctx.work_db),
            "run_id": ctx.run_id,
        }
    )
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name, ctx_json, str(out)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    print(f"[{name}] running... (log: {logs / f'{name}.log'})", flush=True)
    t0 = time.perf_counter()
    with open(logs / f"{name}.log", "w") as log:
        code = subprocess.run(
            cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        ).returncode
    seconds = time.perf_counter() - t0
    if code == 0 and out.exists():
        print(f"[{name}] done in {seconds:.0f} s", flush=True)
        got = Outcome.from_json(out.read_text())
        stamped = [_stamp(t, ctx.run_id) for t in got.targets]  # dated, for later --only runs
        return Outcome(name, with_targets(got.section, stamped), stamped), seconds
    tail = (logs / f"{name}.log").read_text()[-3000:]
    print(f"[{name}] FAILED (exit {code}) after {seconds:.0f} s:\n{tail}", flush=True)
    failed = Target(name, "", f"failed (exit {code})", False, run_id=ctx.run_id)
    section = (
        f"## {name}\n\nFailed in the run of {ctx.run_id} (exit {code}); end of its output:\n\n"
        f"```\n{tail.strip()}\n```"
    )
    return Outcome(name, with_targets(section, [failed]), [failed]), seconds


# ---------------------------------------------------------------------------- the page


def header(
    run_id: str,
    command: str,
    host: dict[str, str],
    load_end: str,
    db_line: str,
    summary: list[Target],
    timings: dict[str, float],
) -> str:
    rows = [
        "| what | target | measured | met | naive baseline (same run) | ratio |",
        "|---|---|---|:-:|---|---:|",
    ]
    older = False
    for t in summary:
        met = {True: "yes", False: "**NO**", None: "–"}[t.met]
        mark = ""
        if t.run_id and t.run_id != run_id:
            mark, older = f" († {t.run_id})", True
        rows.append(
            f"| {t.what}{mark} | {t.target or '–'} | {t.measured} | {met} | "
            f"{t.baseline or '–'} | {t.ratio or '–'} |"
        )
    ran = ", ".join(f"{k} {v:.0f} s" for k, v in timings.items() if v)
    lines = [
        "## Last run (generated by tests/bench/run_all.py)",
        "",
        f"Command: `{command}`, started {run_id} UTC.",
        "",
        f"- CPU: {host['cpu']}; {host['cores']}",
        f"- Memory: {host['memory']}; disk: {host['disk']}",
        f"- OS: {host['os']}",
        f"- Python {host['python']}, SQLite {host['sqlite']}, PostgreSQL {host['postgresql']}; "
        f"{host['libraries']}",
        f"- **Shared machine**: other jobs run beside the benchmarks. Load average (1, 5, 15 "
        f"min) at the start: {host['load']}; at the end: {load_end}. Read the figures as "
        "ceilings: on an idle machine they are lower, and ratios are measured side by side in "
        "the same process so load hits both sides alike.",
        f"- Database: {db_line}",
        f"- Time per benchmark (each in a fresh interpreter): {ran or '–'}",
        "",
        "### Targets",
        "",
        *rows,
    ]
    if older:
        lines += ["", "† not run this time (`--only`): the figure of the run of that date (UTC)."]
    return "\n".join(lines)


def write_page(doc: Path, outcomes: list[Outcome], head: str) -> None:
    """Replace the run header and each run benchmark's section; keep everything else."""
    page = doc.read_text() if doc.exists() else "# Benchmarks\n"
    page = replace_section(page, HEADER, head)
    previous = HEADER
    fresh = {o.name: o for o in outcomes}
    for name in BENCHMARKS:
        if name in fresh:
            page = replace_section(page, name, fresh[name].section, after=previous)
        if name in sections(page):
            previous = name
    doc.write_text(page)


def summary_of(page: str, outcomes: list[Outcome], run_id: str) -> list[Target]:
    """Rows of this run's benchmarks, then those kept on the page from earlier runs."""
    fresh = {o.name: o for o in outcomes}
    kept = sections(page)
    rows: list[Target] = []
    for name in BENCHMARKS:
        if name in fresh:
            rows += fresh[name].targets
        elif name in kept:
            rows += targets_in(kept[name])
    return rows


def _stamp(t: Target, run_id: str) -> Target:
    return Target(t.what, t.target, t.measured, t.met, t.baseline, t.ratio, t.run_id or run_id)


# ---------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument(
        "--accounts",
        type=int,
        help="accounts in the database (default 1,000,000; 2,000 with --quick)",
    )
    parser.add_argument("--db", type=Path, help="benchmark database (built if missing)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: small database, few repetitions; the page is left alone unless --doc is given",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=BENCHMARKS,
        metavar="NAME",
        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}",
    )
    parser.add_argument(
        "--doc", type=Path, help=f"page to rewrite (default {DOC.relative_to(ROOT)})"
    )
    parser.add_argument("--keep-work-db", action="store_true", help="keep the work copy afterwards")
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child[0], args.child[1], Path(args.child[2]))

    run_id = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")
    command = "bash scripts/bench.sh" + "".join(
        f" {shlex.quote(a)}" for a in (argv if argv is not None else sys.argv[1:])
    )
    host = machine()
    print(f"machine: {host['cpu']}, {host['cores']}, load {host['load']}", flush=True)
    accounts = args.accounts or (2_000 if args.quick else 1_000_000)
    db = (args.db or (QUICK_DB if args.quick else FULL_DB)).resolve()
    doc = args.doc or (None if args.quick else DOC)
    names = [n for n in BENCHMARKS if not args.only or n in args.only]

    if any(n in USE_DATABASE for n in names):
        record = ensure_database(db, accounts)
        counted = count_accounts(db)
        if counted != accounts:
            raise SystemExit(f"{db} holds {counted:,} accounts, not {accounts:,} (--accounts)")
        print(f"database {db}: {counted:,} accounts; making the work copy...", flush=True)
        work, how = work_copy(db)
        size = db.stat().st_size / 2**30
        db_line = (
            f"`{db.relative_to(ROOT) if db.is_relative_to(ROOT) else db}`, {counted:,} accounts, "
            f"{record.get('months', '?')} months of history, {size:.2f} GiB, built by "
            f"`{record.get('command', '?')}` in {float(record.get('seconds', 0)) / 60:.1f} min "  # type: ignore[arg-type]
            f"(peak RSS {record.get('peak_rss_mib', '?')} MiB); the benchmarks run on a copy "
            f"({how})."
        )
    else:  # the benchmarks chosen build their own data
        counted, work = accounts, db.with_name(db.stem + ".work.db")
        db_line = "not used by the benchmarks of this run (each builds its own data)."
    ctx = Context(args.quick, counted, db, work, run_id)
    outcomes, timings = [], {}
    try:
        for name in names:
            outcome, seconds = run_one(name, ctx, ROOT / "bench-data" / "logs")
            outcomes.append(outcome)
            timings[name] = seconds
    finally:
        if not args.keep_work_db:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{work}{suffix}").unlink(missing_ok=True)
    load = os.getloadavg()
    load_end = f"{load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}"
    failed = [
        o.name
        for o in outcomes
        if any(t.met is False and t.measured.startswith("failed") for t in o.targets)
    ]
    if doc is None:
        page = "".join(f"\n{o.section}\n" for o in outcomes)
        summary = summary_of("", outcomes, run_id)
        print(header(run_id, command, host, load_end, db_line, summary, timings) + "\n" + page)
    else:
        page = doc.read_text() if doc.exists() else ""
        summary = summary_of(page, outcomes, run_id)
        write_page(
            doc, outcomes, header(run_id, command, host, load_end, db_line, summary, timings)
        )
        print(f"wrote {doc}")
    for t in summary:
        verdict = {True: "met", False: "NOT MET", None: "-"}[t.met]
        print(f"  {verdict:8} {t.what}: {t.measured} (target {t.target or '-'})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
