"""journal heads: central keeps, append-only, every journal head a terminal sent

Revision ID: c0008_journal_heads
Revises: c0007_lookup_limit_lock

Why (issue 13, "a journal anchored outside the file"): the local journal is a hash chain,
so editing one entry breaks it, but whoever holds the file can drop the triggers, cut the
tail or recompute the whole chain, and the file alone still verifies. Each push now also
sends the terminal's journal head (last sequence number and its hash). Central keeps every
head it acknowledged in ``guichet.journal_heads``, a table nobody can change or empty (not
even its owner: triggers refuse UPDATE, DELETE and TRUNCATE). ``guichet audit verify`` on
the terminal then checks that its chain still holds every acknowledged (seq, hash): a cut
tail, a removed or rewritten synced entry, or a recomputed chain no longer does.

- ``guichet.push_head(terminal, seq, hash)`` (SECURITY DEFINER, agency from
  ``current_agency()``, EXECUTE for the agencies group only) records the head and says how
  it relates to the heads already acknowledged for that terminal: ``ok`` (beyond them),
  ``duplicate`` (the same seq and hash again: nothing recorded), ``forked`` (a seq already
  acknowledged with another hash) or ``regressed`` (below the highest acknowledged seq, not
  seen before). Forked and regressed heads are recorded too, flagged, for ``guichet
  central audit``; the push itself is never refused (cash taken is never refused).
- ``guichet.heads(terminal)`` (SECURITY DEFINER, read-only, own agency only) returns the
  acknowledged heads of one terminal of the caller's agency for the terminal's audit.

RLS is enabled and forced with the ``own_agency`` policy like every agency table. Every
function keeps c0005's search path (``pg_temp`` last).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection

from desktop.sync.roles import quote_ident, roles_for

revision = "c0008_journal_heads"
down_revision = "c0007_lookup_limit_lock"
branch_labels = None
depends_on = None

SCHEMA = r"""
CREATE TABLE guichet.journal_heads (
    id           bigserial PRIMARY KEY,
    agency_code  text NOT NULL REFERENCES guichet.agencies (code),
    terminal     text NOT NULL CHECK (terminal ~ '^[A-Za-z0-9_-]{1,16}$'),
    seq          bigint NOT NULL CHECK (seq >= 0),
    hash         text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    status       text NOT NULL CHECK (status IN ('ok', 'forked', 'regressed')),
    received_at  timestamptz NOT NULL DEFAULT now(),
    login        text NOT NULL DEFAULT session_user
);
CREATE INDEX ix_journal_heads_terminal ON guichet.journal_heads (agency_code, terminal, seq);

ALTER TABLE guichet.journal_heads ENABLE ROW LEVEL SECURITY;
ALTER TABLE guichet.journal_heads FORCE ROW LEVEL SECURITY;
CREATE POLICY own_agency ON guichet.journal_heads
    USING (agency_code = guichet.current_agency())
    WITH CHECK (agency_code = guichet.current_agency());

-- Append-only for everyone, the owner included: what central acknowledged stays.
CREATE FUNCTION guichet.journal_heads_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, guichet, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'journal heads are append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER journal_heads_no_change BEFORE UPDATE OR DELETE ON guichet.journal_heads
    FOR EACH ROW EXECUTE FUNCTION guichet.journal_heads_append_only();
CREATE TRIGGER journal_heads_no_truncate BEFORE TRUNCATE ON guichet.journal_heads
    FOR EACH STATEMENT EXECUTE FUNCTION guichet.journal_heads_append_only();
"""

FUNCTIONS = r"""
-- Record the journal head (seq, hash) of terminal p_terminal of the calling agency.
-- Returns {status: ok|duplicate|forked|regressed, seq, hash, acknowledged_seq (the highest
-- seq acknowledged before this call, 0 when none)}.
CREATE FUNCTION guichet.push_head(p_terminal text, p_seq bigint, p_hash text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, guichet, pg_temp AS $$
DECLARE
    v_agency text := current_agency();
    v_top bigint;
    v_same text;
    v_status text;
BEGIN
    IF v_agency IS NULL THEN
        RAISE EXCEPTION 'role % is not an agency login', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_terminal IS NULL OR p_terminal !~ '^[A-Za-z0-9_-]{1,16}$' OR p_seq IS NULL
       OR p_seq < 0 OR p_hash IS NULL OR p_hash !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'push_head takes a terminal code, a sequence >= 0 and a SHA-256 hex hash'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- One terminal's heads take turns: two senders cannot both see the same "highest".
    PERFORM pg_advisory_xact_lock(hashtext('guichet.push_head'),
                                  hashtext(v_agency || '/' || p_terminal));
    SELECT max(seq) INTO v_top FROM journal_heads
     WHERE agency_code = v_agency AND terminal = p_terminal;
    SELECT hash INTO v_same FROM journal_heads
     WHERE agency_code = v_agency AND terminal = p_terminal AND seq = p_seq
       AND hash = p_hash LIMIT 1;
    IF FOUND THEN
        RETURN jsonb_build_object('status', 'duplicate', 'seq', p_seq, 'hash', p_hash,
                                  'acknowledged_seq', coalesce(v_top, 0));
    END IF;
    IF EXISTS (SELECT 1 FROM journal_heads WHERE agency_code = v_agency
                  AND terminal = p_terminal AND seq = p_seq) THEN
        v_status := 'forked';
    ELSIF v_top IS NOT NULL AND p_seq < v_top THEN
        v_status := 'regressed';
    ELSE
        v_status := 'ok';
    END IF;
    INSERT INTO journal_heads (agency_code, terminal, seq, hash, status)
    VALUES (v_agency, p_terminal, p_seq, p_hash, v_status);
    RETURN jsonb_build_object('status', v_status, 'seq', p_seq, 'hash', p_hash,
                              'acknowledged_seq', coalesce(v_top, 0));
END $$;

-- The heads central acknowledged for terminal p_terminal of the calling agency, by seq:
-- [[seq, hash, status, received_at], ...] (compact: a year holds many thousands).
CREATE FUNCTION guichet.heads(p_terminal text) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, guichet, pg_temp AS $$
DECLARE
    v_agency text := current_agency();
    v_out jsonb;
BEGIN
    IF v_agency IS NULL THEN
        RAISE EXCEPTION 'role % is not an agency login', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_array(seq, hash, status, received_at)
                              ORDER BY seq, id), '[]')
      INTO v_out
      FROM journal_heads WHERE agency_code = v_agency AND terminal = p_terminal;
    RETURN v_out;
END $$;
"""


def _run(conn: Connection, sql: str) -> None:
    """Execute a script verbatim (psycopg would read its '%' signs as placeholders)."""
    conn.exec_driver_sql(sql.replace("%", "%%"))


def upgrade() -> None:
    conn = op.get_bind()
    roles = roles_for(conn)
    owner, agencies = quote_ident(roles.owner), quote_ident(roles.agencies)
    conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
    _run(conn, SCHEMA)
    _run(conn, FUNCTIONS)
    conn.exec_driver_sql(
        "REVOKE ALL ON FUNCTION guichet.push_head(text, bigint, text), guichet.heads(text), "
        "guichet.journal_heads_append_only() FROM PUBLIC"
    )
    conn.exec_driver_sql(
        "GRANT EXECUTE ON FUNCTION guichet.push_head(text, bigint, text), guichet.heads(text) "
        f"TO {agencies}"
    )
    conn.exec_driver_sql("RESET ROLE")
    conn.exec_driver_sql("REVOKE ALL ON guichet.journal_heads FROM PUBLIC")


def downgrade() -> None:
    """Back to c0007. Refused while heads are recorded: they are the only outside proof of
    what the terminals' journals held, and dropping them would erase it silently."""
    conn = op.get_bind()
    recorded = conn.exec_driver_sql("SELECT count(*) FROM guichet.journal_heads").scalar_one()
    if recorded:
        raise RuntimeError(
            f"c0008 cannot be undone: {recorded} journal head(s) are recorded centrally and "
            "would be lost. Restore a backup of the central database taken before c0008."
        )
    roles = roles_for(conn)
    conn.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(roles.owner)}")
    conn.exec_driver_sql("DROP FUNCTION guichet.heads(text)")
    conn.exec_driver_sql("DROP FUNCTION guichet.push_head(text, bigint, text)")
    conn.exec_driver_sql("DROP TABLE guichet.journal_heads")
    conn.exec_driver_sql("DROP FUNCTION guichet.journal_heads_append_only()")
    conn.exec_driver_sql("RESET ROLE")
