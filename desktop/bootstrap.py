"""Composition root: the one place that opens the store for the GUI and the CLI.

Why: start-up must do the same checks whichever entry point runs (schema present and current,
settings readable), and nothing may happen at import time. Callers get a ready ``Store``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import DomainError
from desktop.maintenance import (
    create_private,
    describe_database_error,
    has_guichet_schema,
    in_rollback_mode,
    preflight,
)
from desktop.store import migrate
from desktop.store.db import Store, make_engine, sqlite_url


def init_database(path: str | Path) -> Store:
    """Create the database file if needed and upgrade it to the newest schema."""
    target = Path(path).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        preflight(target)  # a folder, a device, a file that is not SQLite: refused, untouched
    else:
        create_private(target)  # customers' data: owner only (its -wal/-shm follow)
    engine = make_engine(sqlite_url(target))
    migrate.upgrade(engine)
    return Store(engine)


def open_store(path: str | Path) -> Store:
    """Open an existing, current database; refuse clearly when it is missing or outdated."""
    target = Path(path).expanduser()
    if not target.exists():
        raise DomainError("db.not_initialised", path=str(target))
    preflight(target)  # not SQLite -> db.damaged; file or folder read-only -> db.read_only
    # Read-only commands must not write to a file that is not a Guichet database: SQLite
    # would give an empty file a 4,096-byte header, and the engine's WAL pragma rewrites the
    # header of any rollback-mode SQLite file. So those are looked at read-only first.
    if target.stat().st_size == 0:
        raise DomainError("db.not_initialised", path=str(target))
    if in_rollback_mode(target) and not has_guichet_schema(target):
        raise DomainError("db.not_initialised", path=str(target))
    engine = make_engine(sqlite_url(target))
    try:
        if not inspect(engine).has_table("alembic_version"):
            raise DomainError("db.not_initialised", path=str(target))
        if migrate.current_revision(engine) != migrate.head_revision(engine):
            raise DomainError("db.outdated", path=str(target))
    except DBAPIError as exc:  # locked, damaged, unreadable: one actionable message
        engine.dispose()
        raise describe_database_error(exc, target) from None
    except DomainError:
        engine.dispose()
        raise
    return Store(engine)


def ensure_demo_database(
    path: str | Path, *, profile: str = "dz", accounts: int = 2000, seed: int = 1
) -> Store:
    """Open the demo database at ``path``, building it first when it does not exist yet."""
    target = Path(path).expanduser()
    if target.exists():
        return open_store(target)
    from desktop.demo import build_demo  # only needed on first run

    store = init_database(target)
    build_demo(store, accounts=accounts, seed=seed, profile=profile)
    _demo_printer(store, target)
    return store


def demo_receipts_path(database: str | Path) -> Path:
    """Where the demo's receipts go: one ESC/POS file beside its database (told at start-up)."""
    target = Path(database).expanduser()
    return target.with_name(f"{target.stem}-receipts.escpos")


def _demo_printer(store: Store, target: Path) -> None:
    """The demo "prints" its receipts into a file next to the database (ESC/POS bytes), so the
    whole flow runs on a machine with no thermal printer; `guichet receipt NO --png` shows one."""
    from desktop.devices.settings import PrinterSettings, save_printer_settings

    spool = demo_receipts_path(target)
    with store.unit_of_work() as uow:
        save_printer_settings(uow.session, PrinterSettings(uri=spool.as_uri()))
        uow.commit()
