"""Keeping the local database safe: online backup, guarded restore, health checks, and turning
SQLite failures into messages a person can act on.

Why a module of its own: a counter's database is the only copy of the day's takings until sync
runs, so the ways out of a bad day (disk full, a damaged file, a stolen laptop) must be plain
commands that cannot make things worse. Backups use SQLite's online backup API, so they are
consistent while the window keeps taking payments; both backup and restore build their result
in a temporary file next to the target, check it, and only then rename it into place, so a
crash or a full disk never leaves a half-written file under the real name. A restore refuses
to replace a database another process has open and keeps the replaced file.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, text

from desktop.domain.errors import DomainError, Problem
from desktop.store import journal
from desktop.store.db import BUSY_TIMEOUT_MS

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
LOW_SPACE_BYTES = 1 << 20
"""Below this much free space, an I/O error on the database is reported as a full disk."""

# Primary SQLite result codes (https://sqlite.org/rescode.html); extended codes keep them in
# their low byte.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


# --- classifying failures -------------------------------------------------------------------


def describe_database_error(exc: BaseException, path: str | Path) -> DomainError:
    """The one-line, actionable error for a failure of SQLite on ``path``.

    Accepts a ``sqlite3.Error`` or a SQLAlchemy ``DBAPIError`` wrapping one; the SQLite result
    code decides, with the message text as a fallback for drivers that do not expose it.
    """
    orig = getattr(exc, "orig", None) or exc
    problem = str(orig).strip() or type(orig).__name__
    where = str(Path(path).expanduser())
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    lowered = problem.lower()
    if primary in (_BUSY, _LOCKED) or "locked" in lowered or "busy" in lowered:
        return DomainError("db.locked", path=where, seconds=BUSY_TIMEOUT_MS // 1000)
    if primary == _FULL or "disk is full" in lowered:
        return DomainError("db.full", path=where)
    if primary == _READONLY or "readonly" in lowered or "read-only" in lowered:
        return DomainError("db.read_only", path=where, problem=problem)
    if primary in (_CORRUPT, _NOTADB) or "malformed" in lowered or "not a database" in lowered:
        return DomainError("db.damaged", path=where, problem=problem)
    if "could not decode to utf-8" in lowered:  # bytes written into a text column by hand
        return DomainError(
            "db.damaged", path=where, problem=Problem("not_utf8_in_db", detail=problem)
        )
    if primary == _IOERR or "i/o error" in lowered:
        # A full disk often surfaces as an I/O error (growing the -shm or -wal file fails).
        if _free_bytes(Path(where).parent) < LOW_SPACE_BYTES:
            return DomainError("db.full", path=where)
        return DomainError("db.io_error", path=where, problem=problem)
    if primary == _CANTOPEN or "unable to open" in lowered:
        folder = Path(where).parent
        if folder.is_dir() and not os.access(folder, os.W_OK):
            return DomainError(
                "db.read_only", path=where, problem=Problem("folder_read_only", folder=folder)
            )
    return DomainError("db.unavailable", path=where, problem=problem)


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return LOW_SPACE_BYTES  # unknown: do not claim the disk is full


def looks_like_sqlite(path: Path) -> bool:
    """True when ``path`` starts with the SQLite header (an empty file counts as not)."""
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_regular_file(path: Path) -> None:
    """Refuse a folder, a device, a named pipe or a socket given as the database, naming it
    for what it is, before anything opens it (opening a FIFO would block; SQLite would call a
    folder a damaged database and write its header into a device)."""
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise DomainError("db.is_directory", path=str(path))
    if not stat.S_ISREG(mode):
        kind = (
            "a device"
            if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a named pipe (FIFO)"
            if stat.S_ISFIFO(mode)
            else "a socket"
            if stat.S_ISSOCK(mode)
            else "a special file"
        )
        raise DomainError("db.not_a_file", path=str(path), kind=kind)


def in_rollback_mode(path: Path) -> bool:
    """True when the SQLite header says the file is not in WAL mode (bytes 18-19 are 1).

    Every Guichet database is switched to WAL on its first opening (backups are switched
    back to a rollback journal), so such a file is probed read-only before the engine, whose
    ``PRAGMA journal_mode=WAL`` would rewrite its header, opens it.
    """
    with path.open("rb") as f:
        header = f.read(20)
    return len(header) == 20 and header[18] == 1 and header[19] == 1


def has_guichet_schema(path: Path) -> bool:
    """Whether ``path`` (an SQLite file) holds Guichet's schema, read without writing."""
    try:
        conn = sqlite3.connect(_uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        with closing(conn) as c:
            row = c.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
    except sqlite3.Error as exc:
        raise describe_database_error(exc, path) from None
    return row is not None


def preflight(path: Path) -> None:
    """Cheap checks before opening an existing database, so the commonest faults get their own
    message instead of a driver error half-way through a command.

    A folder, a device or a pipe is named for what it is. A file that is not SQLite is ``db.damaged`` (pointing to restore); a file or folder that
    cannot be written is ``db.read_only``: in WAL mode even readers need to write the ``-shm``
    file next to the database, and a counter that cannot record payments must say so at once.
    An empty file is left alone here (``open_store`` calls it uninitialised, ``init`` builds
    in it).
    """
    check_regular_file(path)
    if path.stat().st_size and not looks_like_sqlite(path):
        raise DomainError("db.damaged", path=str(path), problem=Problem("not_sqlite"))
    if not os.access(path, os.W_OK):
        raise DomainError("db.read_only", path=str(path), problem=Problem("file_read_only"))
    if not os.access(path.parent, os.W_OK):
        raise DomainError(
            "db.read_only", path=str(path), problem=Problem("folder_read_only", folder=path.parent)
        )


# --- helpers ---------------------------------------------------------------------------------


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        with suppress(OSError):
            p.unlink()


def _integrity(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """SQLite's findings, one per line (``["ok"]`` when sound)."""
    pragma = "quick_check" if quick else "integrity_check"
    return [line for row in conn.execute(f"PRAGMA {pragma}") for line in str(row[0]).splitlines()]


def summarize_findings(findings: list[str]) -> str:
    """One line for a message: the first real finding and how many more there are."""
    real = [f for f in findings if not f.startswith("***")] or findings
    more = f" and {len(real) - 1} more problem(s)" if len(real) > 1 else ""
    return f"{real[0]}{more}"


@dataclass(frozen=True, slots=True)
class Contents:
    """What a database holds, to show after backup/restore and to compare two copies.

    Fields: revision (Alembic schema revision), payments, receipts, journal_entries,
    journal_intact, last_hash (of the journal), last_receipt (highest number or None),
    unsent (outbox rows not acknowledged by central).
    """

    revision: str | None
    payments: int
    receipts: int
    journal_entries: int
    journal_intact: bool
    journal_problem: str
    journal_broken_at: int | None
    last_hash: str
    last_receipt: str | None
    unsent: int


def read_contents(path: Path) -> Contents:
    """Counts and the journal check of the (not live) database file ``path``."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

            def count(table: str, where: str = "") -> int:
                return int(conn.execute(text(f"SELECT count(*) FROM {table} {where}")).scalar_one())

            last = conn.execute(
                text("SELECT receipt_no FROM receipts ORDER BY issued_at DESC, seq DESC LIMIT 1")
            ).scalar()
            check = journal.verify(conn)
            return Contents(
                revision=revision,
                payments=count("payments"),
                receipts=count("receipts"),
                journal_entries=check.entries,
                journal_intact=check.intact,
                journal_problem=check.reason,
                journal_broken_at=check.broken_at,
                last_hash=check.last_hash,
                last_receipt=last,
                unsent=count("outbox", "WHERE sent_at IS NULL"),
            )
    finally:
        engine.dispose()


# --- backup ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackupReport:
    """A finished backup. Fields: path (the backup file), size (bytes), seconds, contents."""

    path: Path
    size: int
    seconds: float
    contents: Contents


def backup_database(db_path: Path, out: Path, *, force: bool = False) -> BackupReport:
    """Copy the live database to ``out`` while the app may keep writing, then prove the copy.

    The copy is one step of SQLite's backup API: a single read transaction, hence one
    consistent moment, and in WAL mode writers are not blocked meanwhile. The copy is switched
    to a self-contained rollback journal, checked with ``PRAGMA integrity_check`` and its
    journal chain verified, synced to disk and only then renamed to ``out``.
    """
    started = time.perf_counter()
    db_path, out = db_path.expanduser(), out.expanduser()
    if not db_path.exists():
        raise DomainError("db.not_initialised", path=str(db_path))
    check_regular_file(db_path)  # a FIFO would block the read below
    if not out.name:  # "" or "/": a folder, not a file to write
        raise DomainError("backup.write_failed", path=str(out), problem=Problem("no_file_name"))
    try:
        out_exists = out.exists()
    except OSError as exc:  # a name too long for the file system, a folder we may not read
        raise DomainError(
            "backup.write_failed", path=str(out), problem=exc.strerror or str(exc)
        ) from None
    if out_exists and out.resolve() == db_path.resolve():
        raise DomainError("backup.same_file", path=str(out))
    if out_exists and not force:
        raise DomainError("backup.exists", path=str(out))
    if not out.parent.is_dir():
        raise DomainError("backup.write_failed", path=str(out), problem=Problem("folder_missing"))
    if db_path.stat().st_size and not looks_like_sqlite(db_path):
        raise DomainError("db.damaged", path=str(db_path), problem=Problem("not_sqlite"))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        source = _open_source(db_path)
        with closing(source):
            try:
                create_private(tmp)
                target = sqlite3.connect(tmp)
            except sqlite3.Error as exc:
                raise DomainError("backup.write_failed", path=str(out), problem=str(exc)) from None
            with closing(target):
                _copy(source, target, db_path, out)
        contents = _check_copy(tmp, db_path)
        _fsync(tmp)
        os.replace(tmp, out)
        _fsync(out.parent)
    except DomainError:
        _remove_quietly(tmp)
        raise
    except OSError as exc:
        _remove_quietly(tmp)
        raise DomainError(
            "backup.write_failed", path=str(out), problem=exc.strerror or str(exc)
        ) from None
    return BackupReport(out, out.stat().st_size, time.perf_counter() - started, contents)


def create_private(path: Path) -> None:
    """Create ``path`` (if missing) readable and writable by its owner only, before SQLite
    opens it: the database holds customers' names, phones and payments, and SQLite gives
    its -wal and -shm files the mode of the database file. ``fchmod`` makes it 0600
    whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _open_source(db_path: Path) -> sqlite3.Connection:
    """The database opened read-only for the backup.

    In a read-only folder SQLite cannot create the WAL index, so the file is opened as
    ``immutable`` there: nobody can be writing to it, and a backup is the way out of that
    folder.
    """
    try:
        conn = sqlite3.connect(_uri(db_path, "ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as exc:
        if os.access(db_path.parent, os.W_OK):
            raise describe_database_error(exc, db_path) from None
    try:
        conn = sqlite3.connect(_uri(db_path, "ro") + "&immutable=1", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as exc:
        raise describe_database_error(exc, db_path) from None


def _copy(source: sqlite3.Connection, target: sqlite3.Connection, db_path: Path, out: Path) -> None:
    """One-step online backup; a failure is blamed on the side that caused it."""
    try:
        source.backup(target)  # pages=-1: everything in one step, one snapshot
        target.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.Error as exc:
        err = describe_database_error(exc, out)
        if err.code in ("db.damaged", "db.locked"):
            raise describe_database_error(exc, db_path) from None
        raise DomainError("backup.write_failed", path=str(out), problem=str(exc)) from None


def _check_copy(tmp: Path, db_path: Path) -> Contents:
    """A page-exact copy that fails the integrity check means the database itself is damaged."""
    with closing(sqlite3.connect(tmp)) as conn:
        problems = _integrity(conn)
        has_schema = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
    if problems != ["ok"]:
        raise DomainError("db.damaged", path=str(db_path), problem=summarize_findings(problems))
    if not has_schema:
        raise DomainError("db.not_initialised", path=str(db_path))
    return read_contents(tmp)


# --- restore ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """A finished restore. Fields: path (the database), kept (the replaced file, None when
    there was none), upgraded (the backup's schema was brought to the current version),
    contents (of the restored database)."""

    path: Path
    kept: Path | None
    upgraded: bool
    contents: Contents


def restore_database(db_path: Path, source: Path) -> RestoreReport:
    """Replace the database with the backup ``source`` after proving the backup sound.

    Order matters: the backup is copied next to the database and checked there (integrity,
    Guichet schema, a schema version this program knows, an intact journal) before anything
    is touched; the live database is then locked exclusively (refused when another process
    has it open), checkpointed, kept as ``<name>.before-restore`` and the checked copy
    renamed into its place.
    """
    from desktop.store import migrate  # Alembic is only needed here

    db_path, source = db_path.expanduser(), source.expanduser()
    if not source.is_file():
        raise DomainError("backup.not_found", path=str(source))
    if not looks_like_sqlite(source):
        raise DomainError("backup.not_sqlite", path=str(source))
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise DomainError("backup.same_file", path=str(source))
    if db_path.exists():
        check_regular_file(db_path)
    folder = db_path.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise DomainError(
            "db.read_only", path=str(db_path), problem=Problem("cannot_write_in", folder=folder)
        )
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.restoring")
    upgraded = False
    try:
        _copy_backup(source, tmp, db_path)
        engine = create_engine(f"sqlite:///{tmp}")
        try:
            revision = migrate.current_revision(engine)
            head = migrate.head_revision(engine)
            if revision != head:
                if not _known_revision(engine, revision):
                    raise DomainError(
                        "backup.newer_version", path=str(source), revision=str(revision)
                    )
                migrate.upgrade(engine)
                upgraded = True
        finally:
            engine.dispose()
        contents = read_contents(tmp)
        if not contents.journal_intact:
            raise DomainError(
                "backup.journal_broken",
                path=str(source),
                seq=contents.journal_broken_at,
                reason=contents.journal_problem,
            )
        _fsync(tmp)
        kept = _swap_in(db_path, tmp)
    except DomainError:
        _remove_quietly(tmp)
        raise
    except UnicodeDecodeError as exc:  # text that is not text: the backup is damaged
        _remove_quietly(tmp)
        raise DomainError("backup.damaged", path=str(source), problem=str(exc)) from None
    except (OSError, sqlite3.Error) as exc:
        _remove_quietly(tmp)
        raise DomainError("restore.failed", path=str(db_path), problem=str(exc)) from None
    return RestoreReport(db_path, kept, upgraded, contents)


def _copy_backup(source: Path, tmp: Path, db_path: Path) -> None:
    """Copy ``source`` to ``tmp`` through SQLite (never writing the backup) and check it."""
    try:
        # immutable: a backup whose header says WAL would otherwise get -wal/-shm files
        # created next to it, writing into the folder of the file we promise only to read.
        src = sqlite3.connect(_uri(source, "ro") + "&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise DomainError("backup.damaged", path=str(source), problem=str(exc)) from None
    with closing(src):
        try:
            create_private(tmp)
            with closing(sqlite3.connect(tmp)) as dst:
                # a damaged file may hold bytes that are not UTF-8 where text is expected
                dst.text_factory = lambda raw: raw.decode("utf-8", "replace")
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE").fetchone()
                problems = _integrity(dst)
                has_schema = dst.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
                ).fetchone()
        except UnicodeDecodeError as exc:
            raise DomainError("backup.damaged", path=str(source), problem=str(exc)) from None
        except sqlite3.Error as exc:
            err = describe_database_error(exc, tmp)
            if err.code == "db.damaged":
                raise DomainError("backup.damaged", path=str(source), problem=str(exc)) from None
            raise DomainError("restore.failed", path=str(db_path), problem=str(exc)) from None
    if problems != ["ok"]:
        raise DomainError("backup.damaged", path=str(source), problem=summarize_findings(problems))
    if not has_schema:
        raise DomainError("backup.not_guichet", path=str(source))


def _known_revision(engine: object, revision: str | None) -> bool:
    from alembic.script import ScriptDirectory

    from desktop.store import migrate

    if revision is None:
        return False
    script = ScriptDirectory.from_config(migrate.alembic_config(engine))  # type: ignore[arg-type]
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False


def kept_name(db_path: Path) -> Path:
    """``<db>.before-restore``, or with a time stamp when an earlier one is still there."""
    kept = db_path.with_name(db_path.name + ".before-restore")
    if not kept.exists():
        return kept
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    return db_path.with_name(f"{db_path.name}.before-restore-{stamp}")


@contextmanager
def exclusive(db_path: Path) -> Iterator[sqlite3.Connection | None]:
    """Hold the database exclusively, or raise ``db.in_use``.

    In WAL mode every open connection keeps a shared lock on the file, so an exclusive lock
    is only granted when no other process (an open window, a sync, a CLI command) has the
    database open at all. The WAL is checkpointed and the file switched to a rollback journal
    so the kept file is complete on its own. A file too damaged to lock yields None: nobody
    can be using it.
    """
    try:
        conn = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        yield None
        return
    try:
        try:
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if describe_database_error(exc, db_path).code == "db.locked":
                raise DomainError("db.in_use", path=str(db_path)) from None
            conn.close()
            yield None
            return
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            conn.execute("PRAGMA journal_mode=DELETE").fetchall()
        except sqlite3.Error:  # damaged pages: keep the WAL beside the kept file instead
            conn.close()
            yield None
            return
        yield conn
    finally:
        conn.close()


def _swap_in(db_path: Path, tmp: Path) -> Path | None:
    """Keep the current database (and any side file) under the kept name, then move ``tmp``
    into place; if the second rename fails the first is undone."""
    if not db_path.exists():
        os.replace(tmp, db_path)
        _fsync(db_path.parent)
        return None
    with exclusive(db_path):
        kept = kept_name(db_path)
        os.replace(db_path, kept)
        for suffix in SIDE_FILES:
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                os.replace(side, kept.with_name(kept.name + suffix))
        try:
            os.replace(tmp, db_path)
        except OSError:
            os.replace(kept, db_path)
            raise
        _fsync(db_path.parent)
    return kept


# --- check -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Health of a database. Fields: integrity (``["ok"]`` or SQLite's findings), contents."""

    integrity: list[str]
    contents: Contents | None

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and bool(self.contents and self.contents.journal_intact)


def check_database(db_path: Path, *, quick: bool = False) -> CheckReport:
    """``PRAGMA integrity_check`` (or the faster ``quick_check``) plus the journal chain."""
    db_path = db_path.expanduser()
    if not db_path.exists():
        raise DomainError("db.not_initialised", path=str(db_path))
    preflight(db_path)
    try:
        with closing(sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            problems = _integrity(conn, quick=quick)
    except sqlite3.Error as exc:
        raise describe_database_error(exc, db_path) from None
    if problems != ["ok"]:
        return CheckReport(problems, None)
    try:
        return CheckReport(problems, read_contents(db_path))
    except Exception as exc:
        orig = getattr(exc, "orig", exc)
        if isinstance(orig, sqlite3.Error) and "no such table" in str(orig):
            raise DomainError("db.not_initialised", path=str(db_path)) from None
        raise
