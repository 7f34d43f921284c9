"""The schema history: an empty database goes to head, back to base, and up again."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect

from desktop.store import migrate
from desktop.store.db import make_engine, sqlite_url
from desktop.store.models import Base

MODEL_TABLES = set(Base.metadata.tables)


def tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def assert_round_trip(engine: Engine, extra_tables: set[str]) -> None:
    assert tables(engine) == set()
    assert migrate.current_revision(engine) is None

    migrate.upgrade(engine)
    assert MODEL_TABLES | extra_tables <= tables(engine)
    assert migrate.current_revision(engine) == migrate.head_revision(engine)

    migrate.downgrade(engine)
    assert {t for t in tables(engine) if not t.startswith("account_search")} == set()
    assert tables(engine) == set()
    assert migrate.current_revision(engine) is None

    migrate.upgrade(engine)
    assert MODEL_TABLES | extra_tables <= tables(engine)
    assert migrate.current_revision(engine) == migrate.head_revision(engine)


def test_sqlite_schema_goes_up_down_and_up_again(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "m.db"))
    try:
        assert_round_trip(engine, {"account_search"})
    finally:
        engine.dispose()


def test_head_schema_matches_the_models_column_for_column(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "m.db"))
    try:
        migrate.upgrade(engine)
        insp = inspect(engine)
        for name, table in Base.metadata.tables.items():
            assert {c["name"] for c in insp.get_columns(name)} == set(table.columns.keys()), name
    finally:
        engine.dispose()


def test_migrations_work_with_a_percent_sign_in_the_database_path(tmp_path: Path) -> None:
    folder = tmp_path / "100%"
    folder.mkdir()
    engine = make_engine(sqlite_url(folder / "m.db"))
    try:
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision(engine)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgresql_schema_goes_up_down_and_up_again(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        assert_round_trip(engine, set())
        assert "account_search" not in tables(engine)
    finally:
        engine.dispose()
