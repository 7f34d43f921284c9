"""Shared fixtures: a real SQLite store in a temporary directory and a real PostgreSQL database.

Why real databases: the properties that matter (one transaction per payment, BEGIN IMMEDIATE,
the receipt series, the FTS index) only exist in the engines themselves; fakes would test
nothing of them.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import (GUI tests)

from desktop.bootstrap import init_database  # noqa: E402
from desktop.config import TerminalSettings, save_terminal_settings  # noqa: E402
from desktop.services.auth import add_user  # noqa: E402
from desktop.store.db import Store  # noqa: E402

PG_URL_ENV = "GUICHET_TEST_PG_URL"
PG_REQUIRE_ENV = "GUICHET_REQUIRE_POSTGRES"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "demo"

SETTINGS = TerminalSettings(
    company_name="Sonelgaz Distribution Est",
    agency_code="2401",
    agency_name="Guelma Centre",
    terminal_code="T01",
    currency="DZD",
    locale="fr_DZ",
    allow_credit=False,
)

USERS = (
    ("amina", "clerk", "Amina Belkacem"),
    ("karim", "manager", "Karim Haddad"),
    ("admin", "admin", "Administrateur"),
)


def prepare_store(store: Store, settings: TerminalSettings = SETTINGS) -> Store:
    """Save the terminal settings and the three demo users into ``store``."""
    with store.unit_of_work() as uow:
        save_terminal_settings(uow.session, settings)
        for username, role, full_name in USERS:
            add_user(uow, username, PASSWORD, role, full_name)
        uow.commit()
    return store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "guichet.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An initialised SQLite store (schema at head) with settings and users amina/karim/admin."""
    s = prepare_store(init_database(db_path))
    yield s
    s.dispose()


def _unreachable(url: str, error: Exception) -> None:
    message = f"PostgreSQL not reachable at {url}: {error}; set {PG_URL_ENV}"
    if os.environ.get(PG_REQUIRE_ENV) == "1":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test session, dropped at the end."""
    base = make_url(os.environ.get(PG_URL_ENV, DEFAULT_PG_URL))
    shown = base.render_as_string(hide_password=True)
    admin = create_engine(
        base.set(database="postgres"), isolation_level="AUTOCOMMIT", pool_pre_ping=True
    )
    name = f"guichet_test_{secrets.token_hex(6)}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # any driver or network error means "not reachable"
        admin.dispose()
        _unreachable(shown, exc)
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url(pg_server_url: str) -> Iterator[str]:
    """The session's PostgreSQL database, emptied (public schema recreated) for each test."""
    yield pg_server_url
    engine = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
