"""initial load of a region (snapshot function) and central processing of payment corrections

Revision ID: c0002_initial_load
Revises: c0001

Why ``guichet.snapshot``: a new workstation needs its whole region (up to 1,000,000 accounts)
before it can take payments. The incremental ``pull`` would bring every bill ever issued
(paid history included) in xid order, mixed with online payments; the snapshot brings keyset
pages of accounts (by ``account_no``) with their meters and their OPEN bills only, which is
what the counter needs, and the ``xmin`` of its snapshot so the desktop can start its
incremental pull from the beginning of the load (see docs/sync.md, "Initial load"). Same
security as pull: SECURITY DEFINER as the owner, pinned search_path, agency from
``session_user`` through ``current_agency()``, RLS forced on every table it reads.

Why ``push_correction``: a correction of a closed till is a new reversing payment (see
desktop/services/corrections.py). Until now central kept it in ``guichet.events`` only, so
central's open amounts (and what agencies pull) still showed the bills as paid. Central now
mirrors it: a ``correction`` payment with the opposite amounts, allocations giving back what
the original payment had *applied* centrally, the credit taken back, idempotent on the
correction UUID with a payload hash, one correction per payment; what cannot apply is
quarantined. Corrections already stored as events by c0001 are applied by this upgrade when
it runs as a superuser (RLS binds anyone else, who would see none of them).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection, text

from desktop.sync.central_migrations.versions.c0001_central_schema import PUSH_FUNCTIONS
from desktop.sync.roles import quote_ident, roles_for

revision = "c0002_initial_load"
down_revision = "c0001"
branch_labels = None
depends_on = None

SCHEMA = """
-- Keyset pages of one agency's accounts, their meters, their open bills.
CREATE INDEX ix_accounts_agency_no ON guichet.accounts (agency_code, account_no);
CREATE INDEX ix_service_points_account ON guichet.service_points (account_no);
CREATE INDEX ix_bills_open_account ON guichet.bills (account_no) WHERE open_minor > 0;

-- A correction is stored as a payment of channel 'correction' with negative amounts.
ALTER TABLE guichet.payments
    DROP CONSTRAINT payments_channel_check,
    DROP CONSTRAINT payments_amount_minor_check,
    ADD CONSTRAINT payments_channel_check
        CHECK (channel IN ('counter', 'online', 'correction')),
    ADD CONSTRAINT payments_amount_minor_check
        CHECK (CASE WHEN channel = 'correction' THEN amount_minor < 0 ELSE amount_minor > 0 END);

CREATE TABLE guichet.corrections (
    uuid           uuid PRIMARY KEY,
    original_uuid  uuid NOT NULL UNIQUE REFERENCES guichet.payments (uuid),
    payment_uuid   uuid NOT NULL UNIQUE REFERENCES guichet.payments (uuid),
    agency_code    text NOT NULL REFERENCES guichet.agencies (code),
    reason         text NOT NULL DEFAULT '',
    payload        jsonb NOT NULL,
    payload_hash   text NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE guichet.corrections ENABLE ROW LEVEL SECURITY;
ALTER TABLE guichet.corrections FORCE ROW LEVEL SECURITY;
CREATE POLICY own_agency ON guichet.corrections
    USING (agency_code = guichet.current_agency())
    WITH CHECK (agency_code = guichet.current_agency());
"""

SNAPSHOT_FUNCTION = r"""
-- One page of the calling agency's region for a first load: accounts after p_after (by
-- account_no), at most p_limit, with all their meters and their OPEN bills. Returns
-- {agency, xmin, total (accounts of the agency; first page only, else null), last, full,
--  accounts: [...], service_points: [...], bills: [...]} with rows shaped as pull's ``data``.
-- ``xmin`` is the snapshot's: the desktop keeps the FIRST page's as its incremental cursor.
CREATE FUNCTION guichet.snapshot(p_after text, p_limit integer) RETURNS json
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, guichet AS $$
DECLARE
    v_agency text := current_agency();
    v_snap pg_snapshot := pg_current_snapshot();
    v_after text := coalesce(p_after, '');
    v_limit integer := least(greatest(coalesce(p_limit, 5000), 1), 20000);
    v_last text;
    v_count integer;
    v_total bigint;
BEGIN
    IF v_agency IS NULL THEN
        RAISE EXCEPTION 'role % is not an agency login', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The page is the key range (v_after, v_last]: every read below is a range scan on an
    -- index whatever the planner's statistics say (a region loaded in bulk may have none).
    SELECT max(k.account_no), count(*) INTO v_last, v_count
      FROM (SELECT a.account_no FROM accounts a
             WHERE a.agency_code = v_agency AND a.account_no > v_after
             ORDER BY a.agency_code, a.account_no LIMIT v_limit) k;
    IF v_after = '' THEN
        SELECT count(*) INTO v_total FROM accounts a WHERE a.agency_code = v_agency;
    END IF;
    -- json, not jsonb: built once and sent as text, without jsonb's binary round trip
    -- (a page is megabytes; this is most of the cost of a first load on the central side).
    RETURN json_build_object(
        'agency', v_agency,
        'xmin', pg_snapshot_xmin(v_snap)::text,
        'total', v_total,
        'last', v_last,
        'full', v_count >= v_limit,
        'accounts', coalesce((
            SELECT json_agg(r ORDER BY r.account_no) FROM (
                SELECT account_no, agency_code, category, name_ar, name_latin, address, city,
                       district, phone1, phone2, email, status, currency, credit_minor
                  FROM accounts
                 WHERE agency_code = v_agency
                   AND account_no > v_after AND account_no <= v_last) r), '[]'),
        'service_points', coalesce((
            SELECT json_agg(r ORDER BY r.account_no, r.meter_no) FROM (
                SELECT meter_no, account_no, agency_code, service, tariff_code, billing_period
                  FROM service_points
                 WHERE agency_code = v_agency
                   AND account_no > v_after AND account_no <= v_last) r), '[]'),
        'bills', coalesce((
            SELECT json_agg(r ORDER BY r.account_no, r.bill_no) FROM (
                SELECT bill_no, account_no, meter_no, agency_code, period_start, period_end,
                       issue_date, due_date, consumption, estimated, currency, amount_minor,
                       open_minor
                  FROM bills
                 WHERE agency_code = v_agency
                   AND account_no > v_after AND account_no <= v_last
                   AND open_minor > 0) r), '[]'));
END $$;
"""

CORRECTION_FUNCTION = r"""
-- A correction of a closed till: the reversing payment of ``original_payment_uuid``.
-- Gives the bills back what the original had APPLIED centrally (a part flagged needs_credit
-- never reduced a bill, so it is not given back) and takes the credit back, like a void;
-- unlike a void the original stays valid and the reversal is a payment of its own (its own
-- receipt number, channel 'correction', negative amounts).
CREATE FUNCTION guichet.push_correction(p_agency text, p_item jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, guichet AS $$
DECLARE
    p jsonb := p_item->'payload';
    v_uuid uuid := (p->>'correction_uuid')::uuid;
    v_original uuid := (p->>'original_payment_uuid')::uuid;
    v_reversal uuid := (p->>'payment_uuid')::uuid;
    v_receipt text := p->>'receipt_no';
    v_amount bigint := minor(p->>'amount');
    v_hash text := payload_hash(p);
    v_terminal text;
    v_found record;
    v_orig record;
    v_alloc record;
BEGIN
    IF v_uuid IS NULL OR v_original IS NULL OR v_reversal IS NULL OR v_receipt IS NULL
       OR v_amount IS NULL THEN
        RETURN reject(p_agency, p_item, 'invalid',
                      'correction_uuid, original_payment_uuid, payment_uuid, receipt_no and '
                      'amount are required');
    END IF;
    SELECT uuid, payload_hash INTO v_found FROM corrections WHERE uuid = v_uuid;
    IF FOUND THEN
        IF v_found.payload_hash = v_hash THEN
            RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'duplicate');
        END IF;
        RETURN reject(p_agency, p_item, 'payload_conflict',
                      format('correction %s was already received with other content; '
                             'the first version is kept', v_uuid));
    END IF;
    SELECT * INTO v_orig FROM payments WHERE uuid = v_original FOR UPDATE;
    IF NOT FOUND THEN
        RETURN reject(p_agency, p_item, 'unknown_payment',
                      format('payment %s is not in the central database', v_original));
    END IF;
    IF v_orig.channel = 'correction' THEN
        RETURN reject(p_agency, p_item, 'invalid',
                      format('payment %s is itself a correction', v_original));
    END IF;
    IF v_orig.status = 'void' THEN
        RETURN reject(p_agency, p_item, 'already_void',
                      format('payment %s is void', v_original));
    END IF;
    SELECT uuid INTO v_found FROM corrections WHERE original_uuid = v_original;
    IF FOUND THEN
        RETURN reject(p_agency, p_item, 'already_corrected',
                      format('payment %s was already corrected by %s', v_original,
                             v_found.uuid));
    END IF;
    IF v_amount <> -v_orig.amount_minor
       OR coalesce(p->>'account_no', v_orig.account_no) <> v_orig.account_no THEN
        RETURN reject(p_agency, p_item, 'invalid',
                      format('the correction (%s on %s) does not reverse payment %s (%s on %s)',
                             p->>'amount', p->>'account_no', v_original,
                             v_orig.amount_minor, v_orig.account_no));
    END IF;
    -- Payloads written before the terminal was added: the correction was made on the
    -- workstation holding the original payment, i.e. the original's terminal.
    v_terminal := coalesce(p->>'terminal', v_orig.terminal);
    INSERT INTO payments (uuid, agency_code, channel, terminal, receipt_no, account_no, tender,
                          currency, amount_minor, credit_minor, card_scheme, created_at,
                          payload, payload_hash)
    VALUES (v_reversal, p_agency, 'correction', v_terminal, v_receipt, v_orig.account_no,
            coalesce(p->>'tender', v_orig.tender), v_orig.currency, -v_orig.amount_minor,
            -v_orig.credit_minor, v_orig.card_scheme,
            (p->>'created_at')::timestamp AT TIME ZONE 'UTC', p, v_hash)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        SELECT uuid INTO v_found FROM payments
         WHERE agency_code = p_agency AND terminal = v_terminal AND receipt_no = v_receipt;
        IF FOUND THEN
            RETURN reject(p_agency, p_item, 'receipt_reused',
                          format('receipt %s already belongs to payment %s: restored or cloned '
                                 'terminal', v_receipt, v_found.uuid));
        END IF;
        RETURN reject(p_agency, p_item, 'uuid_taken',
                      format('payment UUID %s is already used', v_reversal));
    END IF;
    INSERT INTO corrections (uuid, original_uuid, payment_uuid, agency_code, reason, payload,
                             payload_hash)
    VALUES (v_uuid, v_original, v_reversal, p_agency, coalesce(p->>'reason', ''), p, v_hash);
    FOR v_alloc IN SELECT bill_no, amount_minor, applied_minor FROM allocations
                    WHERE payment_uuid = v_original ORDER BY bill_no
    LOOP
        UPDATE bills SET open_minor = open_minor + v_alloc.applied_minor
         WHERE bill_no = v_alloc.bill_no;
        INSERT INTO allocations (uuid, payment_uuid, agency_code, bill_no, amount_minor,
                                 applied_minor)
        VALUES (md5(v_reversal::text || '/' || v_alloc.bill_no)::uuid, v_reversal, p_agency,
                v_alloc.bill_no, -v_alloc.amount_minor, -v_alloc.applied_minor);
    END LOOP;
    UPDATE accounts SET credit_minor = credit_minor - v_orig.credit_minor
     WHERE account_no = v_orig.account_no;
    RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'inserted');
END $$;
"""

# The push entry point of c0001 with one more branch (payment_correction/create). Later
# revisions that replace guichet.push must keep this branch.
_C0001_PUSH = PUSH_FUNCTIONS[PUSH_FUNCTIONS.index("CREATE FUNCTION guichet.push(p_items") :]
_BRANCH_BEFORE = "            ELSE\n                v_result := push_event(v_agency, v_item);"
assert _BRANCH_BEFORE in _C0001_PUSH
PUSH_WITH_CORRECTIONS = _C0001_PUSH.replace(
    "CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1
).replace(
    _BRANCH_BEFORE,
    "            ELSIF v_item->>'entity' = 'payment_correction' AND v_item->>'op' = 'create' THEN\n"
    "                v_result := push_correction(v_agency, v_item);\n" + _BRANCH_BEFORE,
)
PUSH_AS_IN_C0001 = _C0001_PUSH.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)

# Corrections that c0001 kept in guichet.events: applied in the order they arrived; those
# applied (or already there) leave the events table, the others are quarantined as usual.
REPLAY_EVENTS = """
DO $$
DECLARE
    v_event record;
    v_result jsonb;
BEGIN
    FOR v_event IN SELECT * FROM guichet.events WHERE entity = 'payment_correction'
                    AND op = 'create' ORDER BY received_at, uuid
    LOOP
        v_result := guichet.push_correction(v_event.agency_code, jsonb_build_object(
            'uuid', v_event.uuid, 'entity', v_event.entity, 'op', v_event.op,
            'entity_uuid', v_event.entity_uuid, 'payload', v_event.payload));
        IF v_result->>'status' IN ('inserted', 'duplicate') THEN
            DELETE FROM guichet.events WHERE uuid = v_event.uuid;
        END IF;
    END LOOP;
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
    _run(conn, SNAPSHOT_FUNCTION)
    _run(conn, CORRECTION_FUNCTION)
    _run(conn, PUSH_WITH_CORRECTIONS)
    conn.exec_driver_sql(
        "REVOKE ALL ON FUNCTION guichet.snapshot(text, integer), "
        "guichet.push_correction(text, jsonb) FROM PUBLIC"
    )
    conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION guichet.snapshot(text, integer) TO {agencies}")
    conn.exec_driver_sql("RESET ROLE")
    conn.exec_driver_sql("REVOKE ALL ON guichet.corrections FROM PUBLIC")
    superuser = conn.execute(
        text("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if superuser:
        _run(conn, REPLAY_EVENTS)


def downgrade() -> None:
    """Back to c0001: the snapshot function, the corrections and the 'correction' payments
    go (the bills they reopened keep their open amounts: central cannot know what else
    happened to them since).

    Refused while corrections are applied centrally: dropping them would leave their bills
    reopened and their credit taken back with no trace of why, while the desktops count them
    as received (found in review). Such a database is moved forward, never back.
    """
    conn = op.get_bind()
    applied = conn.exec_driver_sql(
        "SELECT count(*) FROM guichet.payments WHERE channel = 'correction'"
    ).scalar_one()
    if applied:
        raise RuntimeError(
            f"c0002 cannot be undone: {applied} correction(s) are applied centrally and would "
            "be lost. Restore a backup of the central database taken before c0002 instead."
        )
    roles = roles_for(conn)
    conn.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(roles.owner)}")
    _run(conn, PUSH_AS_IN_C0001)
    conn.exec_driver_sql("DROP FUNCTION guichet.snapshot(text, integer)")
    conn.exec_driver_sql("DROP FUNCTION guichet.push_correction(text, jsonb)")
    conn.exec_driver_sql("DROP TABLE guichet.corrections")
    conn.exec_driver_sql("RESET ROLE")
    conn.exec_driver_sql(
        "DELETE FROM guichet.allocations WHERE payment_uuid IN "
        "(SELECT uuid FROM guichet.payments WHERE channel = 'correction')"
    )
    conn.exec_driver_sql("DELETE FROM guichet.payments WHERE channel = 'correction'")
    conn.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(roles.owner)}")
    _run(
        conn,
        """
ALTER TABLE guichet.payments
    DROP CONSTRAINT payments_channel_check,
    DROP CONSTRAINT payments_amount_minor_check,
    ADD CONSTRAINT payments_channel_check CHECK (channel IN ('counter', 'online')),
    ADD CONSTRAINT payments_amount_minor_check CHECK (amount_minor > 0);
DROP INDEX guichet.ix_accounts_agency_no;
DROP INDEX guichet.ix_service_points_account;
DROP INDEX guichet.ix_bills_open_account;
""",
    )
    conn.exec_driver_sql("RESET ROLE")
