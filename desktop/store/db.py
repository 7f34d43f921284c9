"""Engine and unit of work for the local store.

Why this module: SQLite must be opened the same way everywhere (WAL, synchronous=FULL,
foreign keys, busy timeout) and write transactions must start with ``BEGIN IMMEDIATE`` so
two writers never deadlock half-way through a payment. Reads use a plain deferred BEGIN so
searches never wait for the write lock. The unit of work rolls back unless ``commit()`` is
called, so an exception can never leave half a payment behind.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
_WRITE = {"guichet_write": True}


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).expanduser()}"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create the engine for ``url`` (a SQLite file or a PostgreSQL URL), configured once."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, see _on_begin
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("guichet_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


class Store:
    """The one place that owns the engine and builds sessions (built once, at start-up)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**_WRITE), expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session; never commits."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self._write)

    def dispose(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    """One write transaction: ``with store.unit_of_work() as uow: ...; uow.commit()``.

    Anything not committed explicitly is rolled back when the block ends, including on error.
    Refusals are journaled by the use cases (``desktop/use_cases/base.py``), not here: the
    store does not know which actions are refusals worth recording, and reads can be refused
    too.
    """

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.begin()
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> None:
        self.session.commit()
