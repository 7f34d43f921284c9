"""SIGKILL at random moments while payments, voids and till closes are being written.

Why: a cash system is trusted when it survives the power button. Each iteration starts the
worker (``tests/stress/crash_child.py``) on the same database file, lets it work for a random
fraction of a second and kills it without warning; then the database is opened afresh, as the
app would after the crash, and every invariant in ``invariants.py`` must hold. SIGKILL leaves
the operating system's buffers intact, so this proves the application's atomicity (one
transaction per operation, BEGIN IMMEDIATE, the WAL); power loss additionally relies on
``synchronous=FULL`` and on the disk honouring fsync.

Size: ``GUICHET_STRESS_ITERATIONS`` (default 60); ``GUICHET_STRESS_SEED`` replays a run.
With ``GUICHET_STRESS_REPORT=FILE`` the figures of the run are written to FILE as JSON.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.stress.conftest import DEFAULT_ITERATIONS, ITERATIONS_ENV, ROOT, run_cli
from tests.stress.invariants import Reported, check

pytestmark = pytest.mark.slow  # the crash harness: 60 SIGKILLs of real payments

MAX_RUN_SECONDS = 0.4  # how long a worker may live before the kill (uniform 0..this)
READY_TIMEOUT = 30.0


def _start(db: Path, seed: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.stress.crash_child", str(db), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _wait_ready(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    deadline = time.monotonic() + READY_TIMEOUT
    line = proc.stdout.readline()
    while line and line.strip() != "READY" and time.monotonic() < deadline:
        line = proc.stdout.readline()
    if line.strip() != "READY":
        proc.kill()
        raise AssertionError(f"worker did not start: {proc.communicate()[1][-2000:]}")


# About 1 s per kill; leave room for a loaded machine rather than the suite's 300 s default.
_TIMEOUT = 120 + 4 * int(os.environ.get(ITERATIONS_ENV, DEFAULT_ITERATIONS))


@pytest.mark.timeout(_TIMEOUT)
def test_sigkill_at_random_moments_loses_nothing_and_half_writes_nothing(
    paying_db: Path, stress_iterations: int, stress_seed: int
) -> None:
    rng = random.Random(stress_seed)
    reported = Reported()
    in_flight: Counter[str] = Counter()  # what the worker was doing when it was killed
    check_seconds = 0.0
    started = time.perf_counter()
    for i in range(stress_iterations):
        proc = _start(paying_db, rng.randrange(1 << 30))
        _wait_ready(proc)
        time.sleep(rng.uniform(0, MAX_RUN_SECONDS))
        if proc.poll() is not None:
            raise AssertionError(f"iteration {i}: the worker died by itself: {proc.stderr.read()}")  # type: ignore[union-attr]
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, f"iteration {i}: {err[-2000:]}"
        lines = [ln for ln in out.splitlines() if ln]
        for line in lines:
            reported.take(line)
        last = lines[-1] if lines else "READY"
        in_flight[last.split()[1] if last.startswith("BEGIN") else "between operations"] += 1
        t0 = time.perf_counter()
        problems = check(paying_db, reported)
        check_seconds += time.perf_counter() - t0
        assert not problems, f"iteration {i} (seed {stress_seed}): " + "; ".join(problems[:20])

    # After the last crash the database is still usable from the command line, as is.
    verified = run_cli(paying_db, "check", "--json")
    assert verified.returncode == 0, verified.stderr
    figures = json.loads(verified.stdout) | {
        "iterations": stress_iterations,
        "seed": stress_seed,
        "killed_during": dict(in_flight),
        "reported_payments": len(reported.paid),
        "reported_voids": len(reported.voided),
        "reported_closes": len(reported.closed),
        "seconds": round(time.perf_counter() - started, 1),
        "check_seconds": round(check_seconds, 1),
    }
    with sqlite3.connect(paying_db) as conn:
        receipts = {r for (r,) in conn.execute("SELECT receipt_no FROM receipts")}
    # Killed after COMMIT returned but before "OK" was printed: kept, as it must be.
    figures["committed_not_reported"] = len(receipts - reported.paid)
    assert reported.paid <= receipts
    if os.environ.get("GUICHET_STRESS_REPORT"):
        Path(os.environ["GUICHET_STRESS_REPORT"]).write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures))


def test_the_worker_runs_to_completion_when_not_killed(paying_db: Path) -> None:
    """The harness would prove nothing if the worker failed by itself: 40 steps, exit 0."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.stress.crash_child", str(paying_db), "7", "40"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    reported = Reported()
    for line in done.stdout.splitlines():
        reported.take(line)
    assert reported.paid and reported.opened
    assert check(paying_db, reported) == []
