"""central schema: agencies, billing, counter payments, quarantine, push/pull functions, RLS

Revision ID: c0001
Revises: (none)

Why this shape (see docs/sync.md):
- Tables are owned by a NOLOGIN owner role that is NOT a superuser, so FORCE ROW LEVEL
  SECURITY applies to it; the push/pull functions are SECURITY DEFINER as that owner, with a
  pinned search_path, and every policy keeps rows to ``current_agency()``, which is derived
  from ``session_user`` (the agency's login role), never from a parameter.
- Agency logins get USAGE on the schema and EXECUTE on three functions, nothing else.
- Every pullable row carries ``xid`` (the 64-bit id of the transaction that last wrote it),
  set by a trigger; pull reads by transaction id and snapshot, never by timestamp.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection, text

from desktop.sync.roles import quote_ident, roles_for

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = """
CREATE TABLE guichet.agencies (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9_-]{1,16}$'),
    name        text NOT NULL DEFAULT '',
    region      text NOT NULL DEFAULT '',
    role_name   text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE guichet.accounts (
    account_no   text PRIMARY KEY,
    agency_code  text NOT NULL REFERENCES guichet.agencies (code),
    category     text NOT NULL,
    name_ar      text NOT NULL,
    name_latin   text NOT NULL,
    address      text NOT NULL DEFAULT '',
    city         text NOT NULL DEFAULT '',
    district     text NOT NULL DEFAULT '',
    phone1       text,
    phone2       text,
    email        text,
    status       text NOT NULL DEFAULT 'active',
    currency     char(3) NOT NULL,
    credit_minor bigint NOT NULL DEFAULT 0,
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX ix_accounts_agency_xid ON guichet.accounts (agency_code, xid, account_no);

CREATE TABLE guichet.service_points (
    meter_no        text PRIMARY KEY,
    account_no      text NOT NULL REFERENCES guichet.accounts (account_no),
    agency_code     text NOT NULL REFERENCES guichet.agencies (code),
    service         text NOT NULL,
    tariff_code     text NOT NULL,
    billing_period  text NOT NULL,
    xid             xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX ix_service_points_agency_xid ON guichet.service_points (agency_code, xid, meter_no);

CREATE TABLE guichet.bills (
    bill_no       text PRIMARY KEY,
    account_no    text NOT NULL REFERENCES guichet.accounts (account_no),
    meter_no      text NOT NULL REFERENCES guichet.service_points (meter_no),
    agency_code   text NOT NULL REFERENCES guichet.agencies (code),
    period_start  date NOT NULL,
    period_end    date NOT NULL,
    issue_date    date NOT NULL,
    due_date      date NOT NULL,
    consumption   bigint NOT NULL DEFAULT 0,
    estimated     boolean NOT NULL DEFAULT false,
    currency      char(3) NOT NULL,
    amount_minor  bigint NOT NULL,
    open_minor    bigint NOT NULL CHECK (open_minor >= 0),
    xid           xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX ix_bills_agency_xid ON guichet.bills (agency_code, xid, bill_no);
CREATE INDEX ix_bills_account ON guichet.bills (account_no);

-- Counter payments (pushed by agencies) and payments from other channels (online card).
-- receipt_no is unique per agency and terminal: a second UUID with the same number is a
-- restored or cloned terminal, quarantined rather than stored.
CREATE TABLE guichet.payments (
    uuid              uuid PRIMARY KEY,
    agency_code       text NOT NULL REFERENCES guichet.agencies (code),
    channel           text NOT NULL CHECK (channel IN ('counter', 'online')),
    terminal          text NOT NULL,
    receipt_no        text,
    account_no        text NOT NULL,
    tender            text NOT NULL,
    currency          char(3) NOT NULL,
    amount_minor      bigint NOT NULL CHECK (amount_minor > 0),
    credit_minor      bigint NOT NULL DEFAULT 0,
    card_scheme       text,
    external_ref      text,
    created_at        timestamptz NOT NULL,
    status            text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'void')),
    flags             text[] NOT NULL DEFAULT '{}',
    credit_due_minor  bigint NOT NULL DEFAULT 0,
    payload           jsonb,
    payload_hash      text,
    received_at       timestamptz NOT NULL DEFAULT now(),
    xid               xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CONSTRAINT uq_payments_receipt UNIQUE (agency_code, terminal, receipt_no)
);
CREATE INDEX ix_payments_agency_xid ON guichet.payments (agency_code, xid, uuid);
CREATE INDEX ix_payments_account ON guichet.payments (account_no);
CREATE INDEX ix_payments_flagged ON guichet.payments (agency_code) WHERE flags <> '{}';

CREATE TABLE guichet.allocations (
    uuid           uuid PRIMARY KEY,
    payment_uuid   uuid NOT NULL REFERENCES guichet.payments (uuid),
    agency_code    text NOT NULL REFERENCES guichet.agencies (code),
    bill_no        text NOT NULL,
    amount_minor   bigint NOT NULL,
    applied_minor  bigint NOT NULL DEFAULT 0
);
CREATE INDEX ix_allocations_payment ON guichet.allocations (payment_uuid);

CREATE TABLE guichet.voids (
    uuid          uuid PRIMARY KEY,
    payment_uuid  uuid NOT NULL UNIQUE REFERENCES guichet.payments (uuid),
    agency_code   text NOT NULL REFERENCES guichet.agencies (code),
    reason        text NOT NULL DEFAULT '',
    payload       jsonb NOT NULL,
    payload_hash  text NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now()
);

-- Outbox kinds the central schema does not model yet: kept, deduplicated, for later.
CREATE TABLE guichet.events (
    uuid          text PRIMARY KEY,
    agency_code   text NOT NULL REFERENCES guichet.agencies (code),
    entity        text NOT NULL,
    entity_uuid   text,
    op            text NOT NULL,
    payload       jsonb NOT NULL,
    payload_hash  text NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE guichet.quarantine (
    id            bigserial PRIMARY KEY,
    agency_code   text NOT NULL REFERENCES guichet.agencies (code),
    item_uuid     text NOT NULL,
    entity        text,
    op            text,
    reason        text NOT NULL,
    detail        text NOT NULL DEFAULT '',
    payload       jsonb,
    received_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_quarantine_item UNIQUE (agency_code, item_uuid, reason)
);

CREATE FUNCTION guichet.stamp_xid() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    NEW.xid := pg_current_xact_id();
    RETURN NEW;
END $$;
CREATE TRIGGER stamp_xid BEFORE INSERT OR UPDATE ON guichet.accounts
    FOR EACH ROW EXECUTE FUNCTION guichet.stamp_xid();
CREATE TRIGGER stamp_xid BEFORE INSERT OR UPDATE ON guichet.service_points
    FOR EACH ROW EXECUTE FUNCTION guichet.stamp_xid();
CREATE TRIGGER stamp_xid BEFORE INSERT OR UPDATE ON guichet.bills
    FOR EACH ROW EXECUTE FUNCTION guichet.stamp_xid();
CREATE TRIGGER stamp_xid BEFORE INSERT OR UPDATE ON guichet.payments
    FOR EACH ROW EXECUTE FUNCTION guichet.stamp_xid();
"""

AGENCY_TABLES = (
    "accounts",
    "service_points",
    "bills",
    "payments",
    "allocations",
    "voids",
    "events",
    "quarantine",
)

POLICIES = "\n".join(
    f"""
ALTER TABLE guichet.{t} ENABLE ROW LEVEL SECURITY;
ALTER TABLE guichet.{t} FORCE ROW LEVEL SECURITY;
CREATE POLICY own_agency ON guichet.{t}
    USING (agency_code = guichet.current_agency())
    WITH CHECK (agency_code = guichet.current_agency());"""
    for t in AGENCY_TABLES
)

AGENCY_FUNCTIONS = """
-- The agency of this session, from the login role; NULL for anyone else (the owner included).
CREATE FUNCTION guichet.current_agency() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, guichet AS $$
    SELECT code FROM guichet.agencies WHERE role_name = session_user
$$;

ALTER TABLE guichet.agencies ENABLE ROW LEVEL SECURITY;
ALTER TABLE guichet.agencies FORCE ROW LEVEL SECURITY;
CREATE POLICY own_login ON guichet.agencies FOR SELECT USING (role_name = session_user);
"""

PUSH_FUNCTIONS = r"""
CREATE FUNCTION guichet.payload_hash(p jsonb) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT encode(sha256(convert_to(p::text, 'UTF8')), 'hex')
$$;

CREATE FUNCTION guichet.minor(amount text) RETURNS bigint
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT round(amount::numeric * 100)::bigint
$$;

CREATE FUNCTION guichet.reject(p_agency text, p_item jsonb, p_reason text, p_detail text)
RETURNS jsonb LANGUAGE plpgsql SET search_path = pg_catalog, guichet AS $$
BEGIN
    INSERT INTO quarantine (agency_code, item_uuid, entity, op, reason, detail, payload)
    VALUES (p_agency, coalesce(p_item->>'uuid', ''), p_item->>'entity', p_item->>'op',
            p_reason, p_detail, p_item->'payload')
    ON CONFLICT (agency_code, item_uuid, reason) DO NOTHING;
    RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'rejected',
                              'reason', p_reason, 'detail', p_detail);
END $$;

CREATE FUNCTION guichet.push_payment(p_agency text, p_item jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, guichet AS $$
DECLARE
    p jsonb := p_item->'payload';
    v_uuid uuid := (p->>'payment_uuid')::uuid;
    v_hash text := payload_hash(p);
    v_terminal text := p->>'terminal';
    v_receipt text := p->>'receipt_no';
    v_account text := p->>'account_no';
    v_amount bigint := minor(p->>'amount');
    v_credit bigint := coalesce(minor(p->>'credit'), 0);
    v_flags text[] := '{}';
    v_credit_due bigint := 0;
    v_found record;
    v_alloc jsonb;
    v_amt bigint;
    v_open bigint;
    v_applied bigint;
BEGIN
    IF v_uuid IS NULL OR v_terminal IS NULL OR v_receipt IS NULL OR v_amount IS NULL
       OR v_account IS NULL THEN
        RETURN reject(p_agency, p_item, 'invalid',
                      'payment_uuid, account_no, terminal, receipt_no and amount are required');
    END IF;
    INSERT INTO payments (uuid, agency_code, channel, terminal, receipt_no, account_no, tender,
                          currency, amount_minor, credit_minor, card_scheme, created_at,
                          payload, payload_hash)
    VALUES (v_uuid, p_agency, 'counter', v_terminal, v_receipt, v_account, p->>'tender',
            p->>'currency', v_amount, v_credit, p->>'card_scheme',
            (p->>'created_at')::timestamp AT TIME ZONE 'UTC', p, v_hash)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        SELECT uuid, payload_hash INTO v_found FROM payments WHERE uuid = v_uuid;
        IF FOUND THEN
            IF v_found.payload_hash = v_hash THEN
                RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'duplicate');
            END IF;
            UPDATE payments SET flags = array_append(flags, 'payload_conflict')
             WHERE uuid = v_uuid AND NOT ('payload_conflict' = ANY (flags));
            RETURN reject(p_agency, p_item, 'payload_conflict',
                          format('payment %s was already received with other content; '
                                 'the first version is kept', v_uuid));
        END IF;
        SELECT uuid INTO v_found FROM payments
         WHERE agency_code = p_agency AND terminal = v_terminal AND receipt_no = v_receipt;
        IF FOUND THEN
            RETURN reject(p_agency, p_item, 'receipt_reused',
                          format('receipt %s already belongs to payment %s: restored or cloned '
                                 'terminal', v_receipt, v_found.uuid));
        END IF;
        RETURN reject(p_agency, p_item, 'uuid_taken',
                      format('payment UUID %s is already used by another agency', v_uuid));
    END IF;

    FOR v_alloc IN SELECT value FROM jsonb_array_elements(coalesce(p->'allocations', '[]'))
    LOOP
        v_amt := minor(v_alloc->>'amount');
        SELECT open_minor INTO v_open FROM bills WHERE bill_no = v_alloc->>'bill_no' FOR UPDATE;
        IF FOUND THEN
            v_applied := least(v_open, v_amt);
            UPDATE bills SET open_minor = open_minor - v_applied
             WHERE bill_no = v_alloc->>'bill_no';
            IF v_applied < v_amt THEN
                v_flags := v_flags || 'needs_credit'::text;  -- paid elsewhere (online) too
            END IF;
        ELSE
            v_applied := 0;
            v_flags := v_flags || 'unknown_bill'::text;
        END IF;
        v_credit_due := v_credit_due + (v_amt - v_applied);
        INSERT INTO allocations (uuid, payment_uuid, agency_code, bill_no, amount_minor,
                                 applied_minor)
        VALUES ((v_alloc->>'uuid')::uuid, v_uuid, p_agency, v_alloc->>'bill_no', v_amt,
                v_applied);
    END LOOP;
    UPDATE accounts SET credit_minor = credit_minor + v_credit WHERE account_no = v_account;
    IF NOT FOUND THEN
        v_flags := v_flags || 'unknown_account'::text;
    END IF;
    IF cardinality(v_flags) > 0 THEN
        v_flags := ARRAY(SELECT DISTINCT f FROM unnest(v_flags) AS f ORDER BY f);
        UPDATE payments SET flags = v_flags, credit_due_minor = v_credit_due
         WHERE uuid = v_uuid;
    END IF;
    RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'inserted',
                              'flags', to_jsonb(v_flags));
END $$;

CREATE FUNCTION guichet.push_void(p_agency text, p_item jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, guichet AS $$
DECLARE
    p jsonb := p_item->'payload';
    v_uuid uuid := (p->>'void_uuid')::uuid;
    v_payment uuid := (p->>'payment_uuid')::uuid;
    v_hash text := payload_hash(p);
    v_found record;
    v_alloc record;
BEGIN
    IF v_uuid IS NULL OR v_payment IS NULL THEN
        RETURN reject(p_agency, p_item, 'invalid', 'void_uuid and payment_uuid are required');
    END IF;
    SELECT uuid, payload_hash INTO v_found FROM voids WHERE uuid = v_uuid;
    IF FOUND THEN
        IF v_found.payload_hash = v_hash THEN
            RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'duplicate');
        END IF;
        RETURN reject(p_agency, p_item, 'payload_conflict',
                      format('void %s was already received with other content', v_uuid));
    END IF;
    SELECT uuid, status, account_no, credit_minor INTO v_found
      FROM payments WHERE uuid = v_payment FOR UPDATE;
    IF NOT FOUND THEN
        RETURN reject(p_agency, p_item, 'unknown_payment',
                      format('payment %s is not in the central database', v_payment));
    END IF;
    IF v_found.status = 'void' THEN
        RETURN reject(p_agency, p_item, 'already_void',
                      format('payment %s is already void', v_payment));
    END IF;
    INSERT INTO voids (uuid, payment_uuid, agency_code, reason, payload, payload_hash)
    VALUES (v_uuid, v_payment, p_agency, coalesce(p->>'reason', ''), p, v_hash);
    UPDATE payments SET status = 'void' WHERE uuid = v_payment;
    FOR v_alloc IN SELECT bill_no, applied_minor FROM allocations
                    WHERE payment_uuid = v_payment ORDER BY bill_no
    LOOP
        UPDATE bills SET open_minor = open_minor + v_alloc.applied_minor
         WHERE bill_no = v_alloc.bill_no;
    END LOOP;
    UPDATE accounts SET credit_minor = credit_minor - v_found.credit_minor
     WHERE account_no = v_found.account_no;
    RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'inserted');
END $$;

CREATE FUNCTION guichet.push_event(p_agency text, p_item jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, guichet AS $$
DECLARE
    v_hash text := payload_hash(p_item->'payload');
    v_found record;
BEGIN
    INSERT INTO events (uuid, agency_code, entity, entity_uuid, op, payload, payload_hash)
    VALUES (p_item->>'uuid', p_agency, p_item->>'entity', p_item->>'entity_uuid',
            p_item->>'op', p_item->'payload', v_hash)
    ON CONFLICT DO NOTHING;
    IF FOUND THEN
        RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'inserted');
    END IF;
    SELECT payload_hash INTO v_found FROM events WHERE uuid = p_item->>'uuid';
    IF FOUND AND v_found.payload_hash = v_hash THEN
        RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'duplicate');
    END IF;
    RETURN reject(p_agency, p_item, 'payload_conflict',
                  'this outbox item was already received with other content');
END $$;

-- Push a batch of outbox items. Each item: {uuid, entity, op, entity_uuid, payload}.
-- Returns one result per item: inserted | duplicate | rejected (+ reason, detail).
-- A transient error (deadlock, serialization) fails the whole call: the client retries the
-- batch, which is harmless (items already stored come back as duplicates).
CREATE FUNCTION guichet.push(p_items jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, guichet AS $$
DECLARE
    v_agency text := current_agency();
    v_item jsonb;
    v_result jsonb;
    v_out jsonb := '[]';
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
            IF jsonb_typeof(v_item->'payload') IS DISTINCT FROM 'object' THEN
                v_result := reject(v_agency, v_item, 'invalid', 'the item has no payload');
            ELSIF coalesce(v_item->'payload'->>'agency', v_agency) <> v_agency THEN
                v_result := reject(v_agency, v_item, 'wrong_agency',
                    format('payload of agency %s sent by agency %s',
                           v_item->'payload'->>'agency', v_agency));
            ELSIF v_item->>'entity' = 'payment' AND v_item->>'op' = 'create' THEN
                v_result := push_payment(v_agency, v_item);
            ELSIF v_item->>'entity' = 'payment' AND v_item->>'op' = 'void' THEN
                v_result := push_void(v_agency, v_item);
            ELSE
                v_result := push_event(v_agency, v_item);
            END IF;
        EXCEPTION
            WHEN deadlock_detected OR serialization_failure OR lock_not_available
                 OR query_canceled OR admin_shutdown OR insufficient_privilege THEN
                RAISE;
            WHEN others THEN
                v_result := reject(v_agency, v_item, 'invalid', SQLERRM);
        END;
        v_out := v_out || jsonb_build_array(v_result);
    END LOOP;
    RETURN v_out;
END $$;
"""

PULL_FUNCTIONS = r"""
-- Changes for the calling agency with xid >= p_since, visible in this call's snapshot, after
-- the position p_after ({rank, xid, key}) when paging, at most p_limit. Returns
-- {agency, xmin, full, changes: [{kind, rank, xid, key, data}]}. The client keeps ``xmin`` of
-- the first page of a round as its next ``since``: every transaction still running (or not
-- yet started) at that snapshot has an id >= xmin, so a late commit is never skipped.
CREATE FUNCTION guichet.pull(p_since text, p_after jsonb, p_limit integer) RETURNS jsonb
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
    SELECT coalesce(jsonb_agg(jsonb_build_object('kind', kind, 'rank', rank,
                                                 'xid', xid::text, 'key', key, 'data', data)
                              ORDER BY rank, xid, key), '[]')
      INTO v_changes
      FROM (
        SELECT * FROM (
            SELECT 1 AS rank, 'account' AS kind, a.xid, a.account_no AS key,
                   to_jsonb(a) - 'xid' AS data
              FROM accounts a
            UNION ALL
            SELECT 2, 'service_point', s.xid, s.meter_no, to_jsonb(s) - 'xid'
              FROM service_points s
            UNION ALL
            SELECT 3, 'bill', b.xid, b.bill_no, to_jsonb(b) - 'xid'
              FROM bills b
            UNION ALL
            SELECT 4, 'online_payment', p.xid, p.uuid::text,
                   (to_jsonb(p) - 'xid' - 'payload' - 'payload_hash')
                   || jsonb_build_object('allocations', coalesce((
                        SELECT jsonb_agg(jsonb_build_object('uuid', l.uuid, 'bill_no', l.bill_no,
                                                            'amount_minor', l.applied_minor)
                                         ORDER BY l.bill_no)
                          FROM allocations l WHERE l.payment_uuid = p.uuid), '[]'))
              FROM payments p WHERE p.channel = 'online'
        ) feed
        WHERE feed.xid >= v_since
          AND pg_visible_in_snapshot(feed.xid, v_snap)
          AND (feed.rank, feed.xid, feed.key) > (v_rank, v_xid, v_key)
        ORDER BY feed.rank, feed.xid, feed.key
        LIMIT v_limit
      ) page;
    RETURN jsonb_build_object('agency', v_agency,
                              'xmin', pg_snapshot_xmin(v_snap)::text,
                              'full', jsonb_array_length(v_changes) >= v_limit,
                              'changes', v_changes);
END $$;

CREATE FUNCTION guichet.whoami() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, guichet AS $$
    SELECT jsonb_build_object('agency', code, 'name', name, 'region', region)
      FROM agencies WHERE role_name = session_user
$$;
"""


def _run(conn: Connection, sql: str) -> None:
    """Execute a script verbatim (psycopg would read its '%' signs as placeholders)."""
    conn.exec_driver_sql(sql.replace("%", "%%"))


def upgrade() -> None:
    conn = op.get_bind()
    roles = roles_for(conn)
    owner, agencies = quote_ident(roles.owner), quote_ident(roles.agencies)
    for role in (roles.owner, roles.agencies):
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        if exists.first() is None:
            conn.exec_driver_sql(f"CREATE ROLE {quote_ident(role)} NOLOGIN")
    conn.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA guichet TO {owner}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA guichet TO {agencies}")
    # Everything below is created BY the owner, so the owner owns it and FORCE RLS binds it.
    conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
    conn.exec_driver_sql(
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA guichet "
        "REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"
    )
    _run(conn, TABLES)
    _run(conn, AGENCY_FUNCTIONS)
    _run(conn, POLICIES)
    _run(conn, PUSH_FUNCTIONS)
    _run(conn, PULL_FUNCTIONS)
    conn.exec_driver_sql("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA guichet FROM PUBLIC")
    conn.exec_driver_sql(
        "GRANT EXECUTE ON FUNCTION guichet.push(jsonb), guichet.pull(text, jsonb, integer), "
        f"guichet.whoami() TO {agencies}"
    )
    conn.exec_driver_sql("RESET ROLE")
    conn.exec_driver_sql("REVOKE ALL ON ALL TABLES IN SCHEMA guichet FROM PUBLIC")


def downgrade() -> None:
    """Drop every object of the central schema but the version table (roles are kept: they
    belong to the server; ``desktop.sync.admin.drop_central`` removes them too)."""
    conn = op.get_bind()
    roles = roles_for(conn)
    conn.exec_driver_sql(f"DROP OWNED BY {quote_ident(roles.owner)} CASCADE")
    conn.exec_driver_sql(f"REVOKE ALL ON SCHEMA guichet FROM {quote_ident(roles.agencies)}")
