"""Each fault a counter meets, through the real command line: one clear line, exit 1, no
traceback, nothing lost or half-written, and the documented way out works.

Why subprocesses: the message a person sees is what ``guichet`` prints on stderr, and the
faults (a lock held by another process, a full disk, a read-only mount) only exist between
processes and the operating system.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.stress.conftest import ROOT, one_clear_line, run_cli
from tests.stress.invariants import Reported, check

pytestmark = pytest.mark.slow  # a full disk, a read-only mount, a held lock: subprocesses


def _account(db: Path) -> str:
    """The first account, read without writing anything (the disk may be full or read-only)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT account_no FROM accounts ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def _pay(db: Path, amount: str = "100") -> subprocess.CompletedProcess[str]:
    return run_cli(db, "pay", _account(db), amount, "--user", "amina")


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as c:
        return c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_locked_by_another_process_says_busy_and_writes_nothing(
    paying_db: Path,
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(60)",
            str(paying_db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        done = _pay(paying_db)
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    one_clear_line(done, "busy", "another program", "nothing was written")
    assert waited >= 4.5  # the busy timeout was honoured before giving up
    assert _count(paying_db, "payments") == 0
    assert _pay(paying_db).returncode == 0  # the way out: once the other program is done
    assert check(paying_db, Reported()) == []


def test_a_full_disk_refuses_cleanly_and_payments_resume_once_space_is_freed(
    paying_db: Path, small_disk: Path
) -> None:
    db = small_disk / "counter.db"
    shutil.copyfile(paying_db, db)
    receipts = set()
    filler = small_disk / "filler"
    for leave in (0, 8_192, 32_768, 0):  # fail at different points of the WAL growing
        with filler.open("wb", buffering=0) as f:  # fill the disk to the last byte...
            try:
                while True:
                    f.write(b"\0" * 65_536)
            except OSError:
                pass
        with filler.open("r+b") as f:  # ...then give back `leave` bytes
            f.truncate(max(0, filler.stat().st_size - leave))
        done = _pay(db)
        if done.returncode == 0:
            receipts.add(done.stdout.split()[3].rstrip(","))
        else:
            one_clear_line(done, "full", "nothing was written")
        backup = run_cli(db, "backup", "--out", str(small_disk / "b.db"))
        if backup.returncode:
            assert "Traceback" not in backup.stderr
            assert not (small_disk / "b.db").exists()
            assert not [p for p in small_disk.iterdir() if p.name.startswith(".b.db")]
        else:
            (small_disk / "b.db").unlink()
        filler.unlink()
    assert _pay(db).returncode == 0  # the way out: free space, retry
    assert check(db, Reported(paid=receipts)) == []


def test_a_read_only_database_says_so_and_can_still_be_backed_up(
    read_only_db: Path, tmp_path: Path
) -> None:
    before = _digest(read_only_db)
    one_clear_line(_pay(read_only_db), "cannot be written", "writable")
    one_clear_line(run_cli(read_only_db, "session", "status"), "cannot be written")
    out = tmp_path / "rescued.db"
    done = run_cli(read_only_db, "backup", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert _digest(read_only_db) == before
    # The way out: restore the rescued copy where the counter can write.
    target = tmp_path / "writable" / "counter.db"
    target.parent.mkdir()
    assert run_cli(target, "restore", "--from", str(out)).returncode == 0
    assert _pay(target).returncode == 0


def _corrupt_tables(db: Path, tables: tuple[str, ...]) -> None:
    """Overwrite the root pages of ``tables`` (never page 1, the header) with garbage."""
    with sqlite3.connect(db) as c:
        page = c.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            c.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (t,)).fetchone()[0]
            for t in tables
        ]
    with db.open("r+b") as f:
        for root in roots:
            f.seek((root - 1) * page + 100)
            f.write(os.urandom(page - 200))


def test_a_corrupted_database_is_reported_damaged_and_restore_is_the_way_out(
    paying_db: Path, tmp_path: Path
) -> None:
    receipt = _pay(paying_db).stdout.split()[3].rstrip(",")
    backup = tmp_path / "nightly.db"
    assert run_cli(paying_db, "backup", "--out", str(backup)).returncode == 0
    account = _account(paying_db)
    _corrupt_tables(paying_db, ("accounts", "settings", "users"))
    for args in (
        ("account", account),
        ("pay", account, "100", "--user", "amina"),
        ("check",),
        ("backup", "--out", str(tmp_path / "again.db")),
    ):
        line = one_clear_line(run_cli(paying_db, *args), "damaged", "guichet restore")
        assert str(paying_db) in line
    assert not (tmp_path / "again.db").exists()
    done = run_cli(paying_db, "restore", "--from", str(backup))
    assert done.returncode == 0, done.stderr
    assert Path(f"{paying_db}.before-restore").exists()  # the damaged file is kept
    assert run_cli(paying_db, "check").returncode == 0
    assert check(paying_db, Reported(paid={receipt})) == []


def test_a_file_that_is_not_a_database_is_reported_damaged(paying_db: Path) -> None:
    with paying_db.open("r+b") as f:
        f.write(b"this is not sqlite at all")
    one_clear_line(run_cli(paying_db, "account", "1"), "damaged", "guichet restore")


def test_a_missing_configuration_points_to_the_set_up(paying_db: Path) -> None:
    with sqlite3.connect(paying_db) as c:
        c.execute("DELETE FROM settings")
    one_clear_line(_pay(paying_db, "100"), "No configuration", "guichet setup", "first-run")
    one_clear_line(run_cli(paying_db, "session", "status"), "No configuration")
    assert _count(paying_db, "payments") == 0


def test_refusals_never_print_a_traceback_for_a_missing_database(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cli", "--db", str(tmp_path / "nope.db"), "account", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    one_clear_line(done, "guichet init")
