"""Alembic environment for the Guichet store.

Why no alembic.ini: the application runs migrations itself (``guichet init``), passing its
own connection through ``config.attributes["connection"]``; there is no separate tool to set
up at an agency. ``render_as_batch`` lets SQLite alter tables by copy-and-move.
"""

from __future__ import annotations

from alembic import context

from desktop.store.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Leave the search index (FTS5 table, its shadow tables, the typo and variant tables of
    migration 0100) out of autogenerate."""
    return not (
        type_ == "table" and name is not None and name.startswith(("account_search", "search_"))
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
        from sqlalchemy import create_engine

        connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():  # pragma: no cover
    raise SystemExit("Guichet migrations run online only: use 'guichet init'.")
run_migrations_online()
