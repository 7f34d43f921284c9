"""Fixtures for the stress tests: a database with accounts to pay, the iteration count, and
real filesystem faults (a full disk, a read-only mount) when the machine allows them.

Why an environment variable for the size: CI must stay fast (the whole folder in well under
three minutes on two cores with the default of 60 crash iterations), while a release check
runs hundreds: ``GUICHET_STRESS_ITERATIONS=300 .venv/bin/python -m pytest tests/stress``.
``GUICHET_STRESS_SEED`` replays a run.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.bootstrap import init_database
from tests.factories import BillSpec, make_account

ROOT = Path(__file__).resolve().parents[2]
ITERATIONS_ENV = "GUICHET_STRESS_ITERATIONS"
SEED_ENV = "GUICHET_STRESS_SEED"
DEFAULT_ITERATIONS = 60
DEFAULT_SEED = 20261123


@pytest.fixture(scope="session")
def stress_iterations() -> int:
    return int(os.environ.get(ITERATIONS_ENV, DEFAULT_ITERATIONS))


@pytest.fixture(scope="session")
def stress_seed() -> int:
    return int(os.environ.get(SEED_ENV, DEFAULT_SEED))


@pytest.fixture(scope="session")
def paying_template(store_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Settings, users, amina's till open (as ``store_template`` leaves it), and 12 accounts with big bills (thousands of payments
    fit before anything is fully paid), built once."""
    path = tmp_path_factory.mktemp("stress") / "paying.db"
    shutil.copyfile(store_template, path)
    store = init_database(path)
    for i in range(12):
        make_account(
            store,
            bills=[
                BillSpec(dt.date(2025, 1 + j, 15), 50_000_000 + 1_000 * i + j) for j in range(4)
            ],
        )
    store.dispose()
    return path


@pytest.fixture
def paying_db(paying_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "counter.db"
    shutil.copyfile(paying_template, path)
    return path


def run_cli(
    db: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """`guichet --db DB ARGS` in a separate process, as a person at the counter would run it."""
    return subprocess.run(
        [sys.executable, "-m", "cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={
            **os.environ,
            "GUICHET_PASSWORD": "demo",
            "GUICHET_APPROVER_PASSWORD": "demo",
            **(env or {}),
        },
    )


def _mount(*args: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    return done.returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs (a disk that really fills up); skipped where mounting is not allowed."""
    where = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    where.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)):
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
    try:
        yield where
    finally:
        _umount(where)


@pytest.fixture
def read_only_db(paying_db: Path, tmp_path: Path) -> Iterator[Path]:
    """The paying database inside a read-only folder. Root ignores file modes, so as root the
    folder is a read-only bind mount (skipped where mounting is not allowed); otherwise the
    file and folder lose their write permission."""
    rw, ro = tmp_path / "rw", tmp_path / "ro"
    rw.mkdir()
    shutil.copyfile(paying_db, rw / paying_db.name)
    if os.geteuid() != 0:
        (rw / paying_db.name).chmod(0o444)
        rw.chmod(0o555)
        try:
            yield rw / paying_db.name
        finally:
            rw.chmod(0o755)
        return
    ro.mkdir()
    if not _mount("--bind", str(rw), str(ro)):
        pytest.skip("cannot bind-mount here (needs CAP_SYS_ADMIN)")
    if not _mount("-o", "remount,ro,bind", str(ro)):
        _umount(ro)
        pytest.skip("cannot remount read-only here")
    try:
        yield ro / paying_db.name
    finally:
        _umount(ro)


def one_clear_line(done: subprocess.CompletedProcess[str], *words: str) -> str:
    """The refusal contract of the CLI: exit 1, one line on stderr, no traceback."""
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]
