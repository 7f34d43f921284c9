"""push speed: c0009's checks, every one kept, without c0009's cost in calls

Revision ID: c0010_push_speed
Revises: c0009_push_checks

Why (issue 13, "Central trusts no desktop", its last figure): with c0009 a push of 10,000
payments took +35 % against central at c0008 (the target is at most +20 %). Profiling the
agency's backend (perf, on-CPU samples, same 3,000 payments on c0008 and on c0009) showed
where the time went, and it was not in the checks themselves:

- ``current_agency()`` was a SQL function (SECURITY DEFINER, so never inlined). Every
  statement on an agency table evaluates it in its row-level security policy (an InitPlan
  since c0009), and a SQL function called from a fresh executor is parsed, analysed and
  planned again at every call: about 20 microseconds a statement, seven statements or more
  a payment — a fifth of the backend's time under c0009 (a third under c0008, which ran
  more statements a payment). Written in PL/pgSQL its query plan is cached for the session:
  about 5 microseconds. Same body, same security: SECURITY DEFINER, STABLE, c0005's search
  path, the agency still derived from ``session_user`` only.
- ``push`` built its answer with ``v_out || jsonb_build_array(v_result)``: every item copied
  the whole answer so far (quadratic in the batch), and c0009's acknowledgements (applied
  lines, credit, credit_due) are three times longer than before. The answers are now
  gathered in a ``jsonb[]`` (appended in place) and turned into the same JSON array once.

Nothing else changes: the same checks in the same order, the same refusal reasons and
details, the same acknowledgement. Measured in docs/benchmarks.md ("Push") and docs/sync.md
("What the checks cost"). The functions are written out whole (this is the text auditors
read); the downgrade puts c0009's back.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection

from desktop.sync.central_migrations.versions.c0005_no_temp_shadowing import SEARCH_PATH
from desktop.sync.central_migrations.versions.c0009_push_checks import (
    MAX_DEPTH,
    MAX_ITEM_BYTES,
    PUSH_CHECKED,
)
from desktop.sync.roles import quote_ident, roles_for

revision = "c0010_push_speed"
down_revision = "c0009_push_checks"
branch_labels = None
depends_on = None

CURRENT_AGENCY = r"""
-- The agency of the login that opened the session (NULL for any other login). PL/pgSQL, not
-- SQL: its query is planned once per session instead of at every statement's policy check.
CREATE OR REPLACE FUNCTION guichet.current_agency() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = __PATH__ AS $$
BEGIN
    RETURN (SELECT code FROM agencies WHERE role_name = session_user);
END $$;
""".replace("__PATH__", SEARCH_PATH)

# As c0001 wrote it, with c0005's search path (for the downgrade).
CURRENT_AGENCY_BEFORE = r"""
CREATE OR REPLACE FUNCTION guichet.current_agency() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = __PATH__ AS $$
    SELECT code FROM guichet.agencies WHERE role_name = session_user
$$;
""".replace("__PATH__", SEARCH_PATH)

PUSH = r"""
-- Push a batch of outbox items. Each item: {uuid, entity, op, entity_uuid, payload}.
-- Returns one result per item: inserted | duplicate | rejected (+ reason, detail).
-- A transient error (deadlock, serialization) fails the whole call: the client retries the
-- batch, which is harmless (items already stored come back as duplicates).
CREATE OR REPLACE FUNCTION guichet.push(p_items jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, guichet, pg_temp AS $$
DECLARE
    v_agency text := current_agency();
    v_item jsonb;
    v_result jsonb;
    v_out jsonb[] := '{}';  -- appended in place; one JSON array at the end
BEGIN
    IF v_agency IS NULL THEN
        RAISE EXCEPTION 'role % is not an agency login', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF jsonb_typeof(p_items) IS DISTINCT FROM 'array' OR jsonb_array_length(p_items) > 1000 THEN
        RAISE EXCEPTION 'push takes a JSON array of at most 1000 items'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR v_item IN SELECT value FROM jsonb_array_elements(p_items) LOOP
        BEGIN
            IF jsonb_typeof(v_item) IS DISTINCT FROM 'object'
               OR octet_length(v_item::text) > __MAX_BYTES__ THEN
                v_result := reject(v_agency,
                    CASE WHEN jsonb_typeof(v_item) = 'object'
                         THEN jsonb_build_object('uuid', left(v_item->>'uuid', 64),
                                                 'entity', left(v_item->>'entity', 32),
                                                 'op', left(v_item->>'op', 32))
                         ELSE '{}' END,
                    'too_large', 'an outbox item is at most __MAX_BYTES__ bytes of JSON');
            ELSIF NOT coalesce(v_item->>'uuid' ~ '^[A-Za-z0-9:_-]{1,64}$', false)
                  OR NOT coalesce(v_item->>'entity' ~ '^[a-z_]{1,32}$', false)
                  OR NOT coalesce(v_item->>'op' ~ '^[a-z_]{1,32}$', false) THEN
                v_result := reject(v_agency,
                    jsonb_build_object('uuid', left(v_item->>'uuid', 64)),
                    'invalid', 'uuid, entity and op are required, as short plain words');
            ELSIF jsonb_typeof(v_item->'payload') IS DISTINCT FROM 'object' THEN
                v_result := reject(v_agency, v_item, 'invalid', 'the item has no payload');
            ELSIF jsonb_path_exists(v_item->'payload', 'strict $.**{__DEPTH__ to last}') THEN
                v_result := reject(v_agency, v_item - 'payload', 'too_deep',
                                   'an outbox payload is nested at most __DEPTH__ levels deep');
            ELSIF coalesce(v_item->'payload'->>'agency', v_agency) <> v_agency THEN
                v_result := reject(v_agency, v_item, 'wrong_agency',
                    format('payload of agency %s sent by agency %s',
                           left(v_item->'payload'->>'agency', 16), v_agency));
            ELSIF v_item->>'entity' = 'payment' AND v_item->>'op' = 'create' THEN
                v_result := push_payment(v_agency, v_item);
            ELSIF v_item->>'entity' = 'payment' AND v_item->>'op' = 'void' THEN
                v_result := push_void(v_agency, v_item);
            ELSIF v_item->>'entity' = 'payment_correction' AND v_item->>'op' = 'create' THEN
                v_result := push_correction(v_agency, v_item);
            ELSE
                v_result := push_event(v_agency, v_item);
            END IF;
        EXCEPTION
            WHEN deadlock_detected OR serialization_failure OR lock_not_available
                 OR query_canceled OR admin_shutdown OR insufficient_privilege THEN
                RAISE;
            WHEN others THEN
                v_result := reject(v_agency, v_item, 'invalid', left(SQLERRM, 200));
        END;
        v_out := array_append(v_out, v_result);
    END LOOP;
    RETURN to_jsonb(v_out);
END $$;
""".replace("__MAX_BYTES__", str(MAX_ITEM_BYTES))
PUSH = PUSH.replace("__DEPTH__", str(MAX_DEPTH + 1))  # c0009's text, detail included


def _run(conn: Connection, sql: str) -> None:
    """Execute a script verbatim (psycopg would read its '%' signs as placeholders)."""
    conn.exec_driver_sql(sql.replace("%", "%%"))


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(roles_for(conn).owner)}")
    for sql in (CURRENT_AGENCY, PUSH):
        _run(conn, sql)
    conn.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    """Back to c0009: its ``push`` and the SQL ``current_agency()``."""
    conn = op.get_bind()
    conn.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(roles_for(conn).owner)}")
    for sql in (CURRENT_AGENCY_BEFORE, PUSH_CHECKED):
        _run(conn, sql)
    conn.exec_driver_sql("RESET ROLE")
