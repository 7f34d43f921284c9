"""App start benchmark: a fresh interpreter to the first search result, and the window's peak memory.

Why: the benchmark issue asks for the start of the app to a usable search box with
1,000,000 accounts under 2 s, and peak memory with 1,000,000 accounts under 400 MB. Both are
properties of the real window process, so each run launches a fresh interpreter on
``ui.app.main`` (``QT_QPA_PLATFORM=offscreen``) and drives it as a clerk would, without
human delays:

1. process start → the log-in dialog is shown (imports, Qt, fonts, translators, the store
   opened and checked, the setup check on the worker);
2. user name and password submitted → the window is shown (Argon2 check on the worker,
   settings read, window built, till check submitted);
3. a name typed into the search box and Enter → the first results are displayed
   (Enter runs the search at once: the 150 ms as-you-type debounce is not counted).

The time is taken from just before the parent starts the process (``time.monotonic`` is
system-wide on Linux, so the child's stamps are comparable) to the ``results_shown`` signal.
The run then goes on like the start of a working day: four more searches of other kinds, the
account opened, a payment confirmed in the payment dialog (and its receipt queued), and only
then reads the process's peak RSS (``VmHWM``) — the "peak memory with 1,000,000 accounts".

Writes to the database it is given (log-in journal rows, one payment per run, amina's till
opened once before the runs so the window does not start on the opening-float dialog):
the runner gives it a copy of the benchmark database. Standalone:

    .venv/bin/python tests/bench/bench_app_start.py --db COPY.db [--runs 5] [--profile out.pstats]
"""

from __future__ import annotations

import time

T_PYTHON = time.monotonic()  # first thing: the interpreter is up, nothing imported yet
T_CPU = time.process_time()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.suite import Context, Outcome, Target, with_targets  # noqa: E402

START_TARGET_S = 2.0
MEMORY_TARGET_MB = 400.0
USER, PASSWORD = "amina", "demo"
PHASES = (
    ("python", "interpreter up"),
    ("imported", "`ui.app` and Qt imported"),
    ("login_shown", "log-in dialog shown"),
    ("window_shown", "window shown (after the password check)"),
    ("first_result", "first results displayed"),
)


# ---------------------------------------------------------------------------- the child


def _child(plan: dict[str, object]) -> None:
    """Runs in the fresh interpreter: start the real app, drive it, print the stamps."""
    stamps: dict[str, float] = {"python": T_PYTHON}
    cpu: dict[str, float] = {"python": T_CPU}

    def mark(key: str) -> None:
        stamps[key] = time.monotonic()
        cpu[key] = time.process_time()  # user + sys of the whole process, all threads

    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    import ui.app as app_module

    mark("imported")
    searches = list(plan["searches"])  # type: ignore[arg-type]
    result: dict[str, object] = {}
    state: dict[str, object] = {}

    def press(widget, text: str, key: Qt.Key = Qt.Key.Key_unknown) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            )

    def type_and_enter(window, text: str) -> None:
        window.search.clear()
        for char in text:
            press(window.search, char)
        press(window.search, "\r", Qt.Key.Key_Return)

    def fail(why: str) -> None:
        result["error"] = why
        QApplication.instance().exit(3)

    original_login = app_module.AppRun._login
    original_show = app_module.AppRun._show_window

    def login(self, lang: str):
        dialog = original_login(self, lang)

        def submit() -> None:
            mark("login_shown")
            dialog.username.setText(USER)
            dialog.password.setText(PASSWORD)
            dialog.buttons.accepted.emit()
            dialog.finished.connect(
                lambda code: None if code else fail(f"log-in refused: {dialog.message.text()}")
            )

        QTimer.singleShot(0, submit)  # once the dialog has been shown by the event loop
        return dialog

    def show_window(self, user, lang: str, settings) -> None:
        original_show(self, user, lang, settings)
        window = self.window
        state["window"] = window
        window.results_shown.connect(lambda n: results(window, n))
        window.account_shown.connect(lambda _no: account_shown(window))
        window.payment_done.connect(lambda r: paid(window, r))

        def first_query() -> None:
            mark("window_shown")
            type_and_enter(window, searches[0])

        QTimer.singleShot(0, first_query)

    def results(window, hits: int) -> None:
        done = state.setdefault("searches_done", [])
        done.append(hits)  # type: ignore[union-attr]
        if len(done) == 1:  # type: ignore[arg-type]
            mark("first_result")
            result["rss_first_result_kb"] = _status_kb("VmRSS")
        if len(done) < len(searches):  # type: ignore[arg-type]
            QTimer.singleShot(0, lambda: type_and_enter(window, searches[len(done)]))  # type: ignore[arg-type]
        elif "account_opened" not in state:
            state["account_opened"] = True
            mark("searches_done")
            window.open_account(str(plan["account_no"]))

    def account_shown(window) -> None:
        if "payment_opened" in state:
            return  # the account shown again after the payment
        state["payment_opened"] = True
        mark("account_shown")
        dialog = window.open_payment()
        if dialog is None:
            fail(f"no payment dialog: {window.message.text()}")
            return
        dialog.amount.setText(str(plan["amount"]))
        dialog.error.setText("")
        QTimer.singleShot(0, dialog.confirm.click)
        dialog.finished.connect(
            lambda _code: None if dialog.result_value else fail(f"payment: {dialog.error.text()}")
        )

    def paid(window, payment) -> None:
        mark("paid")
        result["receipt_no"] = payment.receipt_no
        result["searches"] = state["searches_done"]
        result["rss_end_kb"] = _status_kb("VmRSS")
        result["peak_rss_kb"] = _status_kb("VmHWM")
        QTimer.singleShot(0, window.close)
        QTimer.singleShot(0, QApplication.instance().quit)

    app_module.AppRun._login = login
    app_module.AppRun._show_window = show_window
    argv = ["--db", str(plan["db"]), "--lang", str(plan["lang"]), "--idle-lock", "0"]
    QTimer.singleShot(int(plan["timeout_s"]) * 1000, lambda: fail("timed out"))  # type: ignore[call-overload]
    code = app_module.main(argv)
    result["exit"] = code
    result["stamps"] = stamps
    result["cpu"] = cpu
    result["peak_rss_kb"] = result.get("peak_rss_kb") or _status_kb("VmHWM")
    print("BENCH-RESULT " + json.dumps(result), flush=True)


def _status_kb(field: str) -> int:
    """A ``/proc/self/status`` figure in kB (VmHWM = peak resident set size)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


# ---------------------------------------------------------------------------- the parent


def prepare(db: Path, seed: int = 7) -> dict[str, object]:
    """Amina's till opened (once), and what the runs type: a Latin name first, then an
    Arabic name, a phone, an account number and a bill reference, all taken from real rows;
    the account to open and pay has open bills."""
    from desktop.bootstrap import init_database
    from desktop.domain.cash import CashCount
    from desktop.services.auth import authenticate
    from desktop.services.tills import current_till, open_till

    store = init_database(db)  # a copy built by an older checkout: upgraded first
    try:
        with store.unit_of_work() as uow:
            user = authenticate(uow, USER, PASSWORD)
        with store.read() as session:
            is_open = current_till(session, user) is not None
        if not is_open:
            with store.unit_of_work() as uow:
                open_till(uow, user, CashCount.of("DZD", {2000: 5, 1000: 10}))
    finally:
        store.dispose()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        top = conn.execute("SELECT max(id) FROM accounts").fetchone()[0]
        rng = random.Random(seed)
        while True:
            row = conn.execute(
                "SELECT a.id, a.account_no, a.name_ar, a.name_latin, a.phone1, b.bill_no "
                "FROM accounts a JOIN bills b ON b.account_id = a.id AND b.open_minor > 0 "
                "WHERE a.id = ? AND a.phone1 IS NOT NULL LIMIT 1",
                (rng.randint(1, top),),
            ).fetchone()
            if row:
                break
    finally:
        conn.close()
    _, account_no, name_ar, name_latin, phone, bill_no = row
    return {
        "searches": [name_latin.lower(), name_ar, phone, account_no, bill_no],
        "account_no": account_no,
        "amount": "100",
    }


def one_run(
    db: Path, plan: dict[str, object], *, profile: Path | None = None, timeout_s: int = 120
) -> dict[str, object]:
    """Launch one fresh interpreter on the app and return its stamps (seconds from launch)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    # As installed: modules load from their bytecode cache (pip compiles it at install; the
    # warm-up run writes it here). Sandboxes that set this variable recompile every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    child_plan = dict(plan, db=str(db), lang="ar", timeout_s=timeout_s)
    cmd = [sys.executable]
    if profile is not None:
        cmd += ["-m", "cProfile", "-o", str(profile)]
    cmd += [str(Path(__file__).resolve()), "--child", json.dumps(child_plan)]
    t0 = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout_s + 30)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("BENCH-RESULT ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"app run failed (exit {proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
        )
    out = json.loads(lines[-1].removeprefix("BENCH-RESULT "))
    if out.get("error"):
        raise RuntimeError(f"app run failed: {out['error']}\n{proc.stderr[-4000:]}")
    out["since_launch"] = {k: v - t0 for k, v in out["stamps"].items()}
    return out


def measure(db: Path, runs: int) -> tuple[dict[str, object], list[dict[str, object]]]:
    plan = prepare(db)
    one_run(db, plan)  # warm-up: OS file cache, .pyc files; not counted
    return plan, [one_run(db, plan) for _ in range(runs)]


def run(ctx: Context) -> Outcome:
    runs = 2 if ctx.quick else 5
    plan, results = measure(ctx.work_db, runs)
    return report(ctx, plan, results)


def report(ctx: Context, plan: dict[str, object], results: list[dict[str, object]]) -> Outcome:
    def col(key: str) -> list[float]:
        return [float(r["since_launch"][key]) for r in results]  # type: ignore[index]

    first = col("first_result")
    peak_mb = [int(r["peak_rss_kb"]) / 1024 for r in results]  # type: ignore[call-overload]
    first_mb = [int(r["rss_first_result_kb"]) / 1024 for r in results]  # type: ignore[call-overload]
    # Judged on the median of the runs: with a handful of runs on a shared machine the max is
    # one run that waited for the CPU; it is shown beside it.
    start_met = statistics.median(first) < START_TARGET_S
    mem_met = max(peak_mb) < MEMORY_TARGET_MB
    rows = ["| phase (seconds from launch) | p50 | max |", "|---|---:|---:|"]
    for key, label in PHASES:
        values = col(key)
        rows.append(f"| {label} | {statistics.median(values):.2f} | {max(values):.2f} |")
    steps = [
        ("imports", "python", "imported"),
        ("Qt app, store opened and checked, setup check, log-in dialog", "imported", "login_shown"),
        ("password check (Argon2) + settings + window built", "login_shown", "window_shown"),
        ("first search: typed, run on the worker, displayed", "window_shown", "first_result"),
    ]

    def cpu(key: str) -> list[float]:
        return [float(r["cpu"][key]) for r in results]  # type: ignore[index]

    def step(series, a: str, b: str) -> float:
        return statistics.median(y - x for x, y in zip(series(a), series(b), strict=True)) * 1000

    step_rows = ["| step | wall p50 ms | CPU p50 ms |", "|---|---:|---:|"]
    for label, a, b in steps:
        step_rows.append(f"| {label} | {step(col, a, b):.0f} | {step(cpu, a, b):.0f} |")
    first_cpu = cpu("first_result")
    what = f"{ctx.accounts:,} accounts"
    section = "\n".join(
        [
            f"## App start and memory (generated by tests/bench/bench_app_start.py, {what})",
            "",
            f"{len(results)} runs (after one warm-up run), each a fresh interpreter on `ui.app.main` "
            "(`QT_QPA_PLATFORM=offscreen`, `--lang ar`), driven without human delays: log-in as "
            f"`{USER}`, a name typed in the search box + Enter, then four more searches (Arabic "
            "name, phone, account number, bill reference), the account opened and a 100 DZD cash "
            "payment confirmed in the payment dialog. Times are from just before the process is "
            "launched. Amina's till was opened once before the runs (otherwise the window opens on "
            "the opening-float dialog). Database: a copy of the benchmark database (runs write "
            "log-in journal rows and one payment each); OS file cache warm; Python modules loaded "
            "from their bytecode cache, as in an installed app.",
            "",
            f"**Start to first search result: p50 {statistics.median(first):.2f} s, max "
            f"{max(first):.2f} s** (target < {START_TARGET_S:.0f} s, judged on the p50: "
            f"{'met' if start_met else '**not met**'}). CPU time the process used by then "
            f"(user + sys, all threads: what the start costs, whatever the load of the machine): "
            f"p50 {statistics.median(first_cpu):.2f} s, max {max(first_cpu):.2f} s.",
            "",
            *rows,
            "",
            *step_rows,
            "",
            f"**Peak RSS of the window process (`VmHWM`, read after the payment): max "
            f"{max(peak_mb):.0f} MiB, p50 {statistics.median(peak_mb):.0f} MiB** "
            f"(target < {MEMORY_TARGET_MB:.0f} MB: {'met' if mem_met else '**not met**'}); "
            f"RSS at the first result: p50 {statistics.median(first_mb):.0f} MiB.",
        ]
    )
    targets = [
        Target(
            f"app start to first search result ({what})",
            f"< {START_TARGET_S:.0f} s",
            f"p50 {statistics.median(first):.2f} s (max {max(first):.2f} s; CPU p50 "
            f"{statistics.median(first_cpu):.2f} s)",
            start_met,
        ),
        Target(
            f"peak memory of the window, {what} (searches, account, payment)",
            f"< {MEMORY_TARGET_MB:.0f} MB",
            f"{max(peak_mb):.0f} MiB",
            mem_met,
        ),
    ]
    return Outcome("bench_app_start", with_targets(section, targets), targets)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help="a WRITABLE copy of a demo database")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="one run under cProfile, stats to this file")
    args = parser.parse_args(argv)
    if args.child:
        _child(json.loads(args.child))
        return 0
    if args.db is None:
        parser.error("--db is required (a copy: the runs write to it)")
    if args.profile:
        plan = prepare(args.db)
        out = one_run(args.db, plan, profile=args.profile)
        print(json.dumps(out["since_launch"], indent=1), f"profile written to {args.profile}")
        return 0
    accounts = sqlite3.connect(args.db).execute("SELECT count(*) FROM accounts").fetchone()[0]
    ctx = Context(args.runs <= 2, accounts, args.db, args.db, "")
    plan, results = measure(args.db, args.runs)
    print(report(ctx, plan, results).section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
