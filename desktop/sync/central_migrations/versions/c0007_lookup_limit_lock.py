"""the look-up limit holds under parallel connections

Revision ID: c0007_lookup_limit_lock
Revises: c0006_correction_race

Why: ``guichet.lookup`` counts the agency's look-ups of the last minute, then inserts its
own. Two connections of one agency counting at the same moment both saw 59 and both went
on, so parallel connections could pass the limit of 60 a minute (found in review). The
count now runs under a transaction-level advisory lock per agency: look-ups of one agency
take turns for the few microseconds of the count and insert; other agencies never wait.

The function keeps c0005's search path (``pg_temp`` last) and its owner (the remote role).
"""

from __future__ import annotations

from alembic import op

from desktop.sync.central_migrations.versions.c0003_remote_lookup import REMOTE_FUNCTIONS
from desktop.sync.central_migrations.versions.c0005_no_temp_shadowing import BEFORE, SEARCH_PATH
from desktop.sync.roles import quote_ident, roles_for

revision = "c0007_lookup_limit_lock"
down_revision = "c0006_correction_race"
branch_labels = None
depends_on = None

_start = REMOTE_FUNCTIONS.index("CREATE FUNCTION guichet.lookup(")
_end = REMOTE_FUNCTIONS.index("END $$;", _start) + len("END $$;")
_LOOKUP = "CREATE OR REPLACE" + REMOTE_FUNCTIONS[_start + len("CREATE") : _end] + "\n"

_REFUSE = """            USING ERRCODE = 'insufficient_privilege';
    END IF;
"""
_REFUSE_THEN_LOCK = (
    _REFUSE
    + """    -- one agency's look-ups take turns for the count and the insert: the limit holds
    PERFORM pg_advisory_xact_lock(hashtext('guichet.lookup'), hashtext(v_agency));
"""
)


def _patched(sql: str, old: str, new: str) -> str:
    if sql.count(old) != 1:
        raise RuntimeError(f"c0007: expected exactly one {old!r} in guichet.lookup")
    return sql.replace(old, new)


LOOKUP_BEFORE = _patched(
    _LOOKUP, f"SET search_path = {BEFORE} AS", f"SET search_path = {SEARCH_PATH} AS"
)
LOOKUP_AFTER = _patched(LOOKUP_BEFORE, _REFUSE, _REFUSE_THEN_LOCK)


def _replace(sql: str) -> None:
    """Replace ``guichet.lookup`` as its owner, the remote role, which may create in the
    schema only for the time of this statement (as in c0003)."""
    conn = op.get_bind()
    remote = quote_ident(roles_for(conn).remote)
    conn.exec_driver_sql(f"GRANT CREATE ON SCHEMA guichet TO {remote}")
    conn.exec_driver_sql(f"SET LOCAL ROLE {remote}")
    conn.exec_driver_sql(sql.replace("%", "%%"))
    conn.exec_driver_sql("RESET ROLE")
    conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA guichet FROM {remote}")


def upgrade() -> None:
    _replace(LOOKUP_AFTER)


def downgrade() -> None:
    _replace(LOOKUP_BEFORE)
