"""pull: choose the page's keys first, then build the JSON of those rows only

Revision ID: c0004_pull_keys_first
Revises: c0003_remote_lookup

Why: c0001's ``guichet.pull`` built ``to_jsonb(row)`` (and, for online payments, the array of
their allocations) for every pending row of the agency before sorting and cutting the page,
so one call cost as much as the whole backlog: 849 ms per page of 2,000 with 100,000 changes
pending, most of a 100,000-change pull (measured by tests/bench/bench_sync.py). Now the
feed's (rank, xid, key) are sorted and limited first, from the ``(agency_code, xid, key)``
indexes, and the JSON is built for the page's rows alone, read back by primary key in the
same statement (same snapshot). What a page contains, its order, ``xmin`` and ``full`` are
unchanged, so desktops need nothing new.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection

from desktop.sync.central_migrations.versions.c0001_central_schema import PULL_FUNCTIONS
from desktop.sync.roles import quote_ident, roles_for

revision = "c0004_pull_keys_first"
down_revision = "c0003_remote_lookup"
branch_labels = None
depends_on = None

PULL_BEFORE = PULL_FUNCTIONS[
    PULL_FUNCTIONS.index("CREATE FUNCTION guichet.pull(") : PULL_FUNCTIONS.index(
        "CREATE FUNCTION guichet.whoami()"
    )
].replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)

PULL = r"""
CREATE OR REPLACE FUNCTION guichet.pull(p_since text, p_after jsonb, p_limit integer)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, guichet AS $$
DECLARE
    v_agency text := current_agency();
    v_snap pg_snapshot := pg_current_snapshot();
    v_since xid8 := coalesce(nullif(p_since, ''), '0')::xid8;
    v_rank integer := coalesce((p_after->>'rank')::integer, 0);
    v_xid xid8 := coalesce(p_after->>'xid', '0')::xid8;
    v_key text := coalesce(p_after->>'key', '');
    v_limit integer := least(greatest(coalesce(p_limit, 1000), 1), 10000);
    v_changes jsonb;
BEGIN
    IF v_agency IS NULL THEN
        RAISE EXCEPTION 'role % is not an agency login', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    WITH page AS MATERIALIZED (
        SELECT feed.rank, feed.xid, feed.key
          FROM (
            SELECT 1 AS rank, a.xid, a.account_no AS key FROM accounts a
            UNION ALL
            SELECT 2, s.xid, s.meter_no FROM service_points s
            UNION ALL
            SELECT 3, b.xid, b.bill_no FROM bills b
            UNION ALL
            SELECT 4, p.xid, p.uuid::text FROM payments p WHERE p.channel = 'online'
          ) feed
         WHERE feed.xid >= v_since
           AND pg_visible_in_snapshot(feed.xid, v_snap)
           AND (feed.rank, feed.xid, feed.key) > (v_rank, v_xid, v_key)
         ORDER BY feed.rank, feed.xid, feed.key
         LIMIT v_limit
    ),
    rows AS (
        SELECT pg.rank, pg.xid, pg.key, 'account' AS kind, to_jsonb(a) - 'xid' AS data
          FROM page pg JOIN accounts a ON pg.rank = 1 AND a.account_no = pg.key
        UNION ALL
        SELECT pg.rank, pg.xid, pg.key, 'service_point', to_jsonb(s) - 'xid'
          FROM page pg JOIN service_points s ON pg.rank = 2 AND s.meter_no = pg.key
        UNION ALL
        SELECT pg.rank, pg.xid, pg.key, 'bill', to_jsonb(b) - 'xid'
          FROM page pg JOIN bills b ON pg.rank = 3 AND b.bill_no = pg.key
        UNION ALL
        SELECT pg.rank, pg.xid, pg.key, 'online_payment',
               (to_jsonb(p) - 'xid' - 'payload' - 'payload_hash')
               || jsonb_build_object('allocations', coalesce((
                    SELECT jsonb_agg(jsonb_build_object('uuid', l.uuid, 'bill_no', l.bill_no,
                                                        'amount_minor', l.applied_minor)
                                     ORDER BY l.bill_no)
                      FROM allocations l WHERE l.payment_uuid = p.uuid), '[]'))
          FROM page pg JOIN payments p ON pg.rank = 4 AND p.uuid = pg.key::uuid
    )
    SELECT coalesce(jsonb_agg(jsonb_build_object('kind', kind, 'rank', rank,
                                                 'xid', xid::text, 'key', key, 'data', data)
                              ORDER BY rank, xid, key), '[]')
      INTO v_changes
      FROM rows;
    RETURN jsonb_build_object('agency', v_agency,
                              'xmin', pg_snapshot_xmin(v_snap)::text,
                              'full', jsonb_array_length(v_changes) >= v_limit,
                              'changes', v_changes);
END $$;
"""


def _run(conn: Connection, sql: str) -> None:
    """Execute a script verbatim (psycopg would read its '%' signs as placeholders)."""
    conn.exec_driver_sql(sql.replace("%", "%%"))


def _replace(sql: str) -> None:
    """Replace ``guichet.pull`` as its owner: owner, grants and FORCE RLS stay as they are."""
    conn = op.get_bind()
    conn.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(roles_for(conn).owner)}")
    _run(conn, sql)
    conn.exec_driver_sql("RESET ROLE")


def upgrade() -> None:
    _replace(PULL)


def downgrade() -> None:
    _replace(PULL_BEFORE)
