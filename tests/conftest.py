"""Shared fixtures: a real SQLite store in a temporary directory and a real PostgreSQL database.

Why real databases: the properties that matter (one transaction per payment, BEGIN IMMEDIATE,
the receipt series, the FTS index) only exist in the engines themselves; fakes would test
nothing of them.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import (GUI tests)

from desktop.bootstrap import init_database
from desktop.store.db import Store
from tests.factories import PASSWORD, SETTINGS, USERS, prepare_store

__all__ = ["PASSWORD", "SETTINGS", "USERS", "prepare_store"]  # also imported by tests/ui

# CI runs the property and fuzz tests on the same examples every time (derandomized, no
# example database): a red CI then always means the change, never a lucky draw. Locally
# they draw new examples on every run, which is how new bugs are found.
hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
    hypothesis_settings.load_profile("ci")

PG_URL_ENV = "GUICHET_TEST_PG_URL"
PG_REQUIRE_ENV = "GUICHET_REQUIRE_POSTGRES"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "guichet.db"


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated database with settings and users, built once: Argon2 hashing is slow on
    purpose, so each test starts from a copy of this file."""
    path = tmp_path_factory.mktemp("template") / "guichet.db"
    template = prepare_store(init_database(path))
    template.dispose()  # checkpoints the WAL into the main file
    return path


@pytest.fixture
def store(db_path: Path, store_template: Path) -> Iterator[Store]:
    """An initialised SQLite store (schema at head) with settings and users amina/karim/admin."""
    shutil.copyfile(store_template, db_path)
    s = init_database(db_path)  # already at head: checks the revision, migrates nothing
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
