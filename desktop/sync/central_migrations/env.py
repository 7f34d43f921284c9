"""Alembic environment of the central database.

Why separate from the local one: the central schema is PostgreSQL-only (functions, row-level
security, roles) and has its own history. Everything lives in the ``guichet`` schema, the
version table too, so that a local store kept in the same database (``public``) never mixes
with it. The schema is created here, before Alembic writes its version table into it.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

SCHEMA = "guichet"
VERSION_TABLE = "alembic_version_central"

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
        from sqlalchemy import create_engine

        connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()
    if connection.dialect.name != "postgresql":
        raise SystemExit("The central database is PostgreSQL only.")
    connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"))
    context.configure(
        connection=connection,
        target_metadata=None,
        version_table=VERSION_TABLE,
        version_table_schema=SCHEMA,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():  # pragma: no cover
    raise SystemExit("Central migrations run online only: use 'guichet central init'.")
run_migrations_online()
