"""no temporary table can stand in for a central table

Revision ID: c0005_no_temp_shadowing
Revises: c0004_pull_keys_first

Why: the central functions run as their owner (SECURITY DEFINER) with ``search_path =
pg_catalog, guichet``. When ``pg_temp`` is not named in a search path, PostgreSQL searches
the session's temporary schema FIRST for tables. An agency login could then ``CREATE TEMP
TABLE lookups (...)`` (or ``payments``, ``allocations``) and the functions would read and
write that table instead of the real one: look-ups without a trace or a rate limit, and a
void of a forged payment reopening another agency's bill (found in review). Two locks, each
enough alone:

- every function of the schema gets ``search_path = pg_catalog, guichet, pg_temp``: with
  ``pg_temp`` named last, the real tables always win;
- ``TEMPORARY`` on the database is revoked from PUBLIC: agency logins cannot create
  temporary tables at all (they never need to).

New central functions must keep ``pg_temp`` last in their ``SET search_path``
(``SEARCH_PATH`` below); tests/integration/test_sync_security.py checks every function.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from desktop.sync.roles import quote_ident

revision = "c0005_no_temp_shadowing"
down_revision = "c0004_pull_keys_first"
branch_labels = None
depends_on = None

SEARCH_PATH = "pg_catalog, guichet, pg_temp"
BEFORE = "pg_catalog, guichet"


def _set_search_path(path: str) -> None:
    """ALTER every function of schema ``guichet`` as its own owner (ownership is kept)."""
    conn = op.get_bind()
    functions = conn.execute(
        text(
            "SELECT p.oid::regprocedure::text, pg_get_userbyid(p.proowner) "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'guichet' AND p.prokind = 'f' ORDER BY 1"
        )
    ).all()
    for signature, owner in functions:
        conn.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(owner)}")
        conn.exec_driver_sql(f"ALTER FUNCTION {signature} SET search_path = {path}")
        conn.exec_driver_sql("RESET ROLE")


def _database() -> str:
    return quote_ident(str(op.get_bind().execute(text("SELECT current_database()")).scalar_one()))


def upgrade() -> None:
    _set_search_path(SEARCH_PATH)
    op.get_bind().exec_driver_sql(f"REVOKE TEMPORARY ON DATABASE {_database()} FROM PUBLIC")


def downgrade() -> None:
    op.get_bind().exec_driver_sql(f"GRANT TEMPORARY ON DATABASE {_database()} TO PUBLIC")
    _set_search_path(BEFORE)
