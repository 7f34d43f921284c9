"""`guichet backup` while the counter keeps writing, and `guichet restore` that refuses every
doubtful backup and never replaces a database in use.

Why here: backup and restore are the documented way out of every fault in test_faults.py,
so they are proven under the same conditions: a real second process writing, real files.
"""

from __future__ import annotations

import hashlib
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.stress.conftest import ROOT, one_clear_line, run_cli
from tests.stress.invariants import Reported, check

pytestmark = pytest.mark.slow  # backups under load, restores of damaged files


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def _worker(db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.stress.crash_child", str(db), "11"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
    return proc


def test_backups_taken_while_payments_are_written_are_consistent_and_restorable(
    paying_db: Path, tmp_path: Path
) -> None:
    worker = _worker(paying_db)
    try:
        backups = []
        for n in range(3):
            time.sleep(0.3)
            out = tmp_path / f"backup-{n}.db"
            done = run_cli(paying_db, "backup", "--out", str(out), "--json")
            assert done.returncode == 0, done.stderr
            backups.append((out, json.loads(done.stdout)))
        # A restore is refused while the worker has the database open; nothing changes.
        refused = run_cli(paying_db, "restore", "--from", str(backups[0][0]))
        one_clear_line(refused, "open in another", "nothing was changed")
        assert worker.poll() is None
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.communicate()
    payments = [info["payments"] for _, info in backups]
    assert payments == sorted(payments) and payments[-1] > payments[0]  # they kept coming
    for out, info in backups:
        assert info["journal_intact"] and info["receipts"] == info["payments"]
        assert check(out, Reported()) == []  # each backup is one consistent moment
    assert not _leftovers(tmp_path)

    done = run_cli(paying_db, "restore", "--from", str(backups[1][0]), "--json")
    assert done.returncode == 0, done.stderr
    restored = json.loads(done.stdout)
    assert restored["payments"] == backups[1][1]["payments"]
    assert restored["last_hash"] == backups[1][1]["last_hash"]
    kept = Path(restored["kept"])
    assert kept.name == "counter.db.before-restore" and check(kept, Reported()) == []
    assert check(paying_db, Reported()) == []
    assert run_cli(paying_db, "check").returncode == 0
    # Restoring again keeps the earlier kept file too.
    again = json.loads(run_cli(paying_db, "restore", "--from", str(backups[2][0]), "--json").stdout)
    assert again["kept"] != str(kept) and kept.exists()


def test_backup_refuses_to_overwrite_unless_forced(paying_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.db"
    assert run_cli(paying_db, "backup", "--out", str(out)).returncode == 0
    first = _digest(out)
    one_clear_line(run_cli(paying_db, "backup", "--out", str(out)), "already exists", "--force")
    assert _digest(out) == first
    one_clear_line(run_cli(paying_db, "backup", "--out", str(paying_db)), "database itself")
    one_clear_line(
        run_cli(paying_db, "backup", "--out", str(tmp_path / "no" / "b.db")), "does not exist"
    )
    assert run_cli(paying_db, "backup", "--out", str(out), "--force").returncode == 0


def test_restore_onto_a_new_machine_needs_no_existing_database(
    paying_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "b.db"
    assert run_cli(paying_db, "backup", "--out", str(out)).returncode == 0
    fresh = tmp_path / "new" / "guichet.db"
    fresh.parent.mkdir()
    done = run_cli(fresh, "restore", "--from", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["kept"] is None
    assert check(fresh, Reported()) == []


def _not_guichet(path: Path) -> None:
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE notes (text)")


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")


def _journal_edited(path: Path) -> None:
    with sqlite3.connect(path) as c:
        for (name,) in c.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'journal'"
        ).fetchall():
            c.execute(f'DROP TRIGGER "{name}"')
        c.execute("UPDATE journal SET record = record || ' ' WHERE seq = 2")


def _damaged(path: Path) -> None:
    with sqlite3.connect(path) as c:
        page = c.execute("PRAGMA page_size").fetchone()[0]
        root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'journal'").fetchone()[0]
    with path.open("r+b") as f:
        f.seek((root - 1) * page + 8)
        f.write(b"\xff" * (page - 16))


def _not_utf8(path: Path) -> None:
    """Bytes that are not UTF-8 where the schema keeps text (found by the fuzz tests: the
    restore stopped on a UnicodeDecodeError traceback)."""
    with sqlite3.connect(path) as c:
        c.execute("PRAGMA writable_schema = ON")
        c.execute(
            "UPDATE sqlite_master SET name = CAST(X'CEFF41' AS TEXT) "
            "WHERE type = 'index' AND name = 'ix_bills_open'"
        )


def _text_file(path: Path) -> None:
    path.write_text("not a backup\n")


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_text_file, ("not a Guichet backup",)),
        (_not_guichet, ("not a Guichet database",)),
        (_newer, ("newer version",)),
        (_journal_edited, ("journal", "broken")),
        (_damaged, ("damaged", "older backup")),
        (_not_utf8, ("damaged",)),
    ],
    ids=["text-file", "other-sqlite", "newer-schema", "journal-edited", "damaged", "not-utf8"],
)
def test_restore_refuses_a_doubtful_backup_and_leaves_the_database_untouched(
    paying_db: Path, tmp_path: Path, spoil: object, words: tuple[str, ...]
) -> None:
    backup = tmp_path / "spoiled.db"
    if spoil is _not_guichet:
        sqlite3.connect(backup).close()
    else:
        assert run_cli(paying_db, "backup", "--out", str(backup)).returncode == 0
    spoil(backup)  # type: ignore[operator]
    before = _digest(paying_db)
    line = one_clear_line(run_cli(paying_db, "restore", "--from", str(backup)), *words)
    assert "Nothing was restored" in line
    assert _digest(paying_db) == before
    assert not _leftovers(tmp_path) and not Path(f"{paying_db}.before-restore").exists()


def test_restore_from_a_missing_file_says_so(paying_db: Path, tmp_path: Path) -> None:
    one_clear_line(
        run_cli(paying_db, "restore", "--from", str(tmp_path / "nope.db")), "No backup file"
    )
