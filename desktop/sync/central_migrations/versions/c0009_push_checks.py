"""central recomputes every push: a desktop's claims are checked against central's own rows

Revision ID: c0009_push_checks
Revises: c0008_journal_heads

Why: until now ``push_payment`` applied the allocations and the credit a desktop *said* it
made. Anyone holding an agency's credentials file (it sits on every terminal of the agency)
could push a payment of 1.00 whose allocations zero a bill of 1,727.16, add a credit of
999,999,999.00, raise a bill with a negative allocation, do the same on another agency's
account after one look-up, or reverse an online (bank) payment with a forged correction;
amounts like "1.005", a year 10000, 5 MB payloads and JSON nested 5,000 deep went in.

Now, in the transaction that applies it, central recomputes:

- **Shape and bounds** (``push``): at most 64 KiB of JSON an item, nesting at most 6 levels;
  amounts are decimals of at most two places below 10^13 (``strict_minor``), times between
  2000-01-01 and two days after central's clock (``strict_time``), identifiers short and
  plain (``plain_id``).
- **Payments** (``push_payment``): the account is the agency's own or one it looked up; its
  currency is the payment's and the agency's; the amount is positive and at most the
  agency's ``max_payment_minor``; allocations are positive, one a bill, bills of that
  account and currency, summing with the credit to the amount; credit is never negative and
  only where the agency's policy (``agencies.allow_credit``) allows it; the receipt number is
  the agency's and terminal's series. Anything else is quarantined with its reason and
  changes nothing.
- **Legitimate differences** (a bill paid online meanwhile): when a claimed allocation no
  longer fits the bill's open amount at central, central applies the whole amount by its own
  rule (oldest open bill of the account first, the rest as credit where allowed, otherwise
  kept as ``credit_due`` with the flag ``needs_credit``) and says so in the acknowledgement
  (``reallocated`` flag, ``applied`` lines, ``credit``, ``credit_due``): no cash is lost.
- **Voids and corrections**: only of the agency's own *counter* payments (never an online
  payment, never a correction), with the original's receipt number, a void within 36 hours
  of its payment, a correction never beyond the original (exactly its opposite).

Every function keeps c0005's search path (``pg_temp`` last). The functions are written out
whole here (not patched from earlier revisions): this is the text auditors read.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection, text

from desktop.sync.central_migrations.versions.c0002_initial_load import PUSH_WITH_CORRECTIONS
from desktop.sync.central_migrations.versions.c0003_remote_lookup import PUSH_PAYMENT, PUSH_VOID
from desktop.sync.central_migrations.versions.c0005_no_temp_shadowing import BEFORE, SEARCH_PATH
from desktop.sync.central_migrations.versions.c0006_correction_race import PUSH_CORRECTION_AFTER
from desktop.sync.roles import quote_ident, roles_for

revision = "c0009_push_checks"
down_revision = "c0008_journal_heads"
branch_labels = None
depends_on = None

#: Largest payment central accepts unless the agency's policy says otherwise (minor units).
DEFAULT_MAX_PAYMENT_MINOR = 10_000_000_000  # 100,000,000.00
MAX_ITEM_BYTES = 65_536
MAX_DEPTH = 6

POLICY = """
ALTER TABLE guichet.agencies
    ADD COLUMN currency char(3) CHECK (currency ~ '^[A-Z]{3}$'),
    ADD COLUMN allow_credit boolean NOT NULL DEFAULT false,
    ADD COLUMN max_payment_minor bigint NOT NULL DEFAULT __MAX_PAYMENT__
        CHECK (max_payment_minor > 0);
""".replace("__MAX_PAYMENT__", str(DEFAULT_MAX_PAYMENT_MINOR))

# An agency's currency is that of its accounts when they all agree (a region has one). Run
# by the administrator: row-level security hides every account from the owner role.
AGENCY_CURRENCY = """
UPDATE guichet.agencies g SET currency = c.currency
  FROM (SELECT agency_code, min(currency) AS currency FROM guichet.accounts
         GROUP BY agency_code HAVING count(DISTINCT currency) = 1) c
 WHERE c.agency_code = g.code;
"""

# Pure helpers: they read no table, so no temporary table can stand in for anything they use,
# and they are called only from functions whose search path is pinned. They carry no
# ``SET search_path`` on purpose: a SQL function with a SET clause is never inlined, and
# each call then saves and restores the setting (measured: these calls alone made a push
# of 10,000 payments noticeably slower). Not executable by PUBLIC or the agencies.
PURE_HELPERS = ("strict_minor", "strict_time", "plain_id")

HELPERS = r"""
-- An amount as sent by a desktop ("1234.50"), in minor units; NULL unless it is a plain
-- decimal with at most two places and below 10^13 units (no exponent, no "1.005").
CREATE FUNCTION guichet.strict_minor(p_amount text) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_amount ~ '^-?[0-9]{1,13}(\.[0-9]{1,2})?$'
                THEN round(p_amount::numeric * 100)::bigint END
$$;

-- A desktop's time (ISO 8601, UTC unless it carries an offset); NULL unless it reads as one
-- and lies between 2000-01-01 and two days after central's clock.
CREATE FUNCTION guichet.strict_time(p_time text) RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v timestamptz;
BEGIN
    -- Every field in range by the pattern, the day checked against its month: no cast below
    -- can fail, so no exception block (a subtransaction for every payment) is needed.
    IF p_time IS NULL OR p_time !~ ('^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'
            '[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?'
            '(Z|[+-](0[0-9]|1[0-4]):?[0-5][0-9])?$')
       OR substr(p_time, 1, 4)::integer < 2000
       OR substr(p_time, 9, 2)::integer > date_part('day',
              make_date(substr(p_time, 1, 4)::integer, substr(p_time, 6, 2)::integer, 1)
              + interval '1 month - 1 day') THEN
        RETURN NULL;
    END IF;
    IF p_time ~ '(Z|[+-][0-9]{2}:?[0-9]{2})$' THEN
        v := p_time::timestamptz;
    ELSE
        v := p_time::timestamp AT TIME ZONE 'UTC';
    END IF;
    IF v < timestamptz '2000-01-01 00:00:00+00' OR v > now() + interval '2 days' THEN
        RETURN NULL;
    END IF;
    RETURN v;
END $$;

-- An identifier (account, bill, terminal, receipt): 1 to 40 letters, digits, '-' or '_'.
CREATE FUNCTION guichet.plain_id(p_id text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(p_id ~ '^[A-Za-z0-9_-]{1,40}$', false)
$$;
"""

# Owned by the remote role, like c0003's: the only role whose policies reach a looked-up
# account of another agency.
REMOTE_STATE = r"""
-- A looked-up account of another agency as push_payment needs it: currency, and its bills
-- that are open or named in p_bills, locked in bill order; NULL when p_agency has no look-up
-- of that account (or it does not exist).
CREATE FUNCTION guichet.remote_account(p_agency text, p_account_no text, p_bills text[])
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, guichet, pg_temp AS $$
DECLARE
    v_account record;
    v_bills jsonb;
BEGIN
    IF p_agency IS DISTINCT FROM current_agency() THEN
        RAISE EXCEPTION 'remote_account for agency % by login %', p_agency, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT a.account_no, a.agency_code, a.currency INTO v_account FROM accounts a
     WHERE a.account_no = p_account_no
       AND EXISTS (SELECT 1 FROM lookups l
                    WHERE l.agency_code = p_agency AND l.account_no = a.account_no);
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'bill_no', b.bill_no, 'currency', b.currency, 'open_minor', b.open_minor,
               'due_date', b.due_date) ORDER BY b.bill_no), '[]')
      INTO v_bills
      FROM (SELECT * FROM bills
             WHERE account_no = p_account_no
               AND (open_minor > 0 OR bill_no = ANY (p_bills))
             ORDER BY bill_no FOR UPDATE) b;
    RETURN jsonb_build_object('account_no', v_account.account_no,
                              'agency_code', v_account.agency_code,
                              'currency', v_account.currency, 'bills', v_bills);
END $$;
"""

PUSH_PAYMENT_CHECKED = r"""
CREATE OR REPLACE FUNCTION guichet.push_payment(p_agency text, p_item jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, guichet, pg_temp AS $$
DECLARE
    p jsonb := p_item->'payload';
    v_policy record;
    v_uuid uuid;
    v_hash text := payload_hash(p);
    v_terminal text := p->>'terminal';
    v_receipt text := p->>'receipt_no';
    v_account text := p->>'account_no';
    v_currency text := p->>'currency';
    v_tender text := p->>'tender';
    v_amount bigint := strict_minor(p->>'amount');
    v_credit bigint := strict_minor(coalesce(p->>'credit', '0'));
    v_at timestamptz := strict_time(p->>'created_at');
    v_acct_currency text;
    v_remote boolean := false;
    v_state jsonb;
    v_found record;
    v_alloc jsonb;
    v_bill jsonb;
    v_claims jsonb := '{}';   -- bill_no -> {uuid, amount}
    v_open jsonb := '{}';     -- bill_no -> open at central (bills of the account)
    v_names text[] := '{}';
    v_sum bigint := 0;
    v_amt bigint;
    v_applied bigint;
    v_left bigint;
    v_fits boolean := true;
    v_credit_applied bigint := 0;
    v_credit_due bigint := 0;
    v_flags text[] := '{}';
    v_lines jsonb := '[]';
    v_shown jsonb := '[]';    -- the same, as the acknowledgement says it
BEGIN
    -- 1. The payload reads as a payment.
    IF p->>'payment_uuid' !~ '^[0-9a-fA-F-]{36}$' OR NOT plain_id(v_terminal)
       OR NOT plain_id(v_receipt) OR NOT plain_id(v_account) THEN
        RETURN reject(p_agency, p_item, 'invalid',
                      'payment_uuid, account_no, terminal and receipt_no are required, as '
                      'plain identifiers');
    END IF;
    v_uuid := (p->>'payment_uuid')::uuid;
    -- The agency's policy, and whether this payment is already stored, in one statement. A
    -- payment already stored answers as before whatever changed since (a re-send after a
    -- lost acknowledgement must stay a duplicate).
    SELECT g.code, g.currency, g.allow_credit, g.max_payment_minor,
           x.uuid IS NOT NULL AS known, x.payload_hash AS known_hash
      INTO v_policy
      FROM agencies g LEFT JOIN payments x ON x.uuid = v_uuid
     WHERE g.code = p_agency;
    IF v_policy.known THEN
        IF v_policy.known_hash = v_hash THEN
            RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'duplicate');
        END IF;
        UPDATE payments SET flags = array_append(flags, 'payload_conflict')
         WHERE uuid = v_uuid AND NOT ('payload_conflict' = ANY (flags));
        RETURN reject(p_agency, p_item, 'payload_conflict',
                      format('payment %s was already received with other content; '
                             'the first version is kept', v_uuid));
    END IF;
    IF v_amount IS NULL OR v_amount <= 0 THEN
        RETURN reject(p_agency, p_item, 'bad_amount',
                      format('amount %s is not a positive amount with at most 2 decimals',
                             coalesce(p->>'amount', 'null')));
    END IF;
    IF v_credit IS NULL OR v_credit < 0 OR v_credit > v_amount THEN
        RETURN reject(p_agency, p_item, 'bad_amount',
                      format('credit %s is not between 0 and the amount %s',
                             coalesce(p->>'credit', 'null'), p->>'amount'));
    END IF;
    IF v_at IS NULL THEN
        RETURN reject(p_agency, p_item, 'bad_date',
                      format('created_at %s is not a time between 2000-01-01 and now',
                             coalesce(p->>'created_at', 'null')));
    END IF;
    IF v_tender IS NULL OR v_tender NOT IN ('cash', 'card') THEN
        RETURN reject(p_agency, p_item, 'invalid',
                      format('tender %s is neither cash nor card', coalesce(v_tender, 'null')));
    END IF;
    IF left(v_receipt, length(p_agency) + length(v_terminal) + 2)
           <> p_agency || '-' || v_terminal || '-'
       OR substr(v_receipt, length(p_agency) + length(v_terminal) + 3) !~ '^[0-9]{4}-[0-9]{1,9}$'
    THEN
        RETURN reject(p_agency, p_item, 'invalid',
                      format('receipt %s is not of the series %s-%s-YEAR-NUMBER', v_receipt,
                             p_agency, v_terminal));
    END IF;

    -- 2. The agency's policy.
    IF v_amount > v_policy.max_payment_minor THEN
        RETURN reject(p_agency, p_item, 'bad_amount',
                      format('amount %s is above the agency''s limit of %s', p->>'amount',
                             (v_policy.max_payment_minor / 100.0)::numeric(20, 2)));
    END IF;
    IF v_credit > 0 AND NOT v_policy.allow_credit THEN
        RETURN reject(p_agency, p_item, 'credit_not_allowed',
                      format('a credit of %s is not allowed for agency %s', p->>'credit',
                             p_agency));
    END IF;

    -- 3. The claimed allocations: positive, one per bill, summing with the credit.
    IF jsonb_typeof(coalesce(p->'allocations', '[]')) <> 'array' THEN
        RETURN reject(p_agency, p_item, 'invalid', 'allocations is not a list');
    END IF;
    FOR v_alloc IN SELECT value FROM jsonb_array_elements(coalesce(p->'allocations', '[]'))
    LOOP
        v_amt := strict_minor(v_alloc->>'amount');
        IF jsonb_typeof(v_alloc) <> 'object' OR NOT plain_id(v_alloc->>'bill_no')
           OR coalesce(v_alloc->>'uuid', '') !~ '^[0-9a-fA-F-]{36}$' THEN
            RETURN reject(p_agency, p_item, 'invalid',
                          'each allocation needs a uuid, a bill_no and an amount');
        END IF;
        IF v_amt IS NULL OR v_amt <= 0 THEN
            RETURN reject(p_agency, p_item, 'bad_allocation',
                          format('allocation of %s to bill %s is not a positive amount',
                                 coalesce(v_alloc->>'amount', 'null'), v_alloc->>'bill_no'));
        END IF;
        IF v_claims ? (v_alloc->>'bill_no') THEN
            RETURN reject(p_agency, p_item, 'bad_allocation',
                          format('bill %s is allocated twice', v_alloc->>'bill_no'));
        END IF;
        v_claims := v_claims || jsonb_build_object(v_alloc->>'bill_no',
                        jsonb_build_object('uuid', v_alloc->>'uuid', 'amount', v_amt));
        v_names := v_names || (v_alloc->>'bill_no');
        v_sum := v_sum + v_amt;
    END LOOP;
    IF v_sum + v_credit <> v_amount THEN
        RETURN reject(p_agency, p_item, 'bad_allocation',
                      format('allocations (%s) and credit (%s) do not add up to the amount (%s)',
                             (v_sum / 100.0)::numeric(20, 2), p->>'credit', p->>'amount'));
    END IF;

    -- 4. The account: the agency's own, or one it looked up; bills locked in bill order.
    SELECT a.currency, (
               SELECT coalesce(jsonb_object_agg(b.bill_no, jsonb_build_object(
                          'currency', b.currency, 'open_minor', b.open_minor,
                          'due_date', b.due_date)), '{}')
                 FROM (SELECT bill_no, currency, open_minor, due_date FROM bills
                        WHERE bill_no = ANY (v_names) AND account_no = a.account_no
                        ORDER BY bill_no FOR UPDATE) b)
      INTO v_acct_currency, v_open
      FROM accounts a WHERE a.account_no = v_account;
    IF FOUND THEN
        NULL;  -- the agency's own account, the claimed bills locked
    ELSE
        v_state := remote_account(p_agency, v_account, v_names);
        IF v_state IS NULL THEN
            RETURN reject(p_agency, p_item, 'unknown_account',
                          format('account %s is neither of agency %s nor looked up by it',
                                 v_account, p_agency));
        END IF;
        v_remote := true;
        v_acct_currency := v_state->>'currency';
        SELECT coalesce(jsonb_object_agg(b->>'bill_no', b - 'bill_no'), '{}') INTO v_open
          FROM jsonb_array_elements(v_state->'bills') AS b;
    END IF;
    IF v_currency IS DISTINCT FROM v_acct_currency
       OR v_currency IS DISTINCT FROM coalesce(v_policy.currency, v_acct_currency) THEN
        RETURN reject(p_agency, p_item, 'wrong_currency',
                      format('payment in %s for account %s in %s (agency currency %s)',
                             coalesce(v_currency, 'null'), v_account, v_acct_currency,
                             coalesce(v_policy.currency, v_acct_currency)));
    END IF;
    FOR v_bill IN SELECT jsonb_build_object('bill_no', key) || value
                    FROM jsonb_each(v_claims) LOOP
        IF NOT v_open ? (v_bill->>'bill_no') THEN
            RETURN reject(p_agency, p_item, 'unknown_bill',
                          format('bill %s is not a bill of account %s', v_bill->>'bill_no',
                                 v_account));
        END IF;
        IF v_open->(v_bill->>'bill_no')->>'currency' IS DISTINCT FROM v_currency THEN
            RETURN reject(p_agency, p_item, 'wrong_currency',
                          format('bill %s is in %s, the payment in %s', v_bill->>'bill_no',
                                 v_open->(v_bill->>'bill_no')->>'currency', v_currency));
        END IF;
        IF (v_bill->>'amount')::bigint > (v_open->(v_bill->>'bill_no')->>'open_minor')::bigint THEN
            v_fits := false;  -- paid meanwhile (online, another terminal): central allocates
        END IF;
    END LOOP;

    -- 5. Store the payment (idempotent on its UUID; one receipt number per UUID).
    INSERT INTO payments (uuid, agency_code, channel, terminal, receipt_no, account_no, tender,
                          currency, amount_minor, credit_minor, card_scheme, created_at,
                          payload, payload_hash)
    VALUES (v_uuid, p_agency, 'counter', v_terminal, v_receipt, v_account, v_tender,
            v_currency, v_amount, 0, left(p->>'card_scheme', 32), v_at, p, v_hash)
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

    -- 6. Apply: as claimed when every claim fits; otherwise by central's own rule.
    IF v_fits THEN
        FOR v_bill IN SELECT jsonb_build_object('bill_no', key) || value
                        FROM jsonb_each(v_claims) ORDER BY key LOOP
            v_amt := (v_bill->>'amount')::bigint;
            IF v_remote THEN
                v_applied := coalesce(remote_apply(p_agency, v_bill->>'bill_no', v_amt), 0);
            ELSE
                UPDATE bills SET open_minor = open_minor - v_amt
                 WHERE bill_no = v_bill->>'bill_no';
                v_applied := v_amt;
            END IF;
            INSERT INTO allocations (uuid, payment_uuid, agency_code, bill_no, amount_minor,
                                     applied_minor)
            VALUES ((v_bill->>'uuid')::uuid, v_uuid, p_agency, v_bill->>'bill_no', v_amt,
                    v_applied);
            v_lines := v_lines || jsonb_build_object('bill_no', v_bill->>'bill_no',
                                                     'amount', v_applied);
            v_shown := v_shown || jsonb_build_object('bill_no', v_bill->>'bill_no',
                'amount', (v_applied / 100.0)::numeric(20, 2)::text);
            v_credit_due := v_credit_due + (v_amt - v_applied);
        END LOOP;
        v_credit_applied := v_credit;
    ELSE
        v_flags := v_flags || 'reallocated'::text;
        v_left := v_amount;
        IF NOT v_remote THEN  -- every open bill of the account now, locked in bill order
            SELECT coalesce(jsonb_object_agg(b.bill_no, jsonb_build_object(
                       'currency', b.currency, 'open_minor', b.open_minor,
                       'due_date', b.due_date)), '{}')
              INTO v_open
              FROM (SELECT bill_no, currency, open_minor, due_date FROM bills
                     WHERE account_no = v_account
                       AND (open_minor > 0 OR bill_no = ANY (v_names))
                     ORDER BY bill_no FOR UPDATE) b;
        END IF;
        FOR v_bill IN SELECT jsonb_build_object('bill_no', key) || value
                        FROM jsonb_each(v_open)
                       WHERE (value->>'open_minor')::bigint > 0
                         AND value->>'currency' = v_currency
                       ORDER BY value->>'due_date', key LOOP
            EXIT WHEN v_left = 0;
            v_amt := least(v_left, (v_bill->>'open_minor')::bigint);
            IF v_remote THEN
                v_applied := coalesce(remote_apply(p_agency, v_bill->>'bill_no', v_amt), 0);
            ELSE
                UPDATE bills SET open_minor = open_minor - v_amt
                 WHERE bill_no = v_bill->>'bill_no';
                v_applied := v_amt;
            END IF;
            v_left := v_left - v_applied;
            v_lines := v_lines || jsonb_build_object('bill_no', v_bill->>'bill_no',
                                                     'amount', v_applied);
            v_shown := v_shown || jsonb_build_object('bill_no', v_bill->>'bill_no',
                'amount', (v_applied / 100.0)::numeric(20, 2)::text);
        END LOOP;
        -- One allocation row a bill claimed or applied: a void gives back what was applied.
        INSERT INTO allocations (uuid, payment_uuid, agency_code, bill_no, amount_minor,
                                 applied_minor)
        SELECT coalesce((v_claims->k->>'uuid')::uuid, md5(v_uuid::text || '/' || k)::uuid),
               v_uuid, p_agency, k, coalesce((v_claims->k->>'amount')::bigint, 0),
               coalesce((SELECT sum((l->>'amount')::bigint) FROM jsonb_array_elements(v_lines) l
                          WHERE l->>'bill_no' = k), 0)
          FROM (SELECT jsonb_object_keys(v_claims) AS k
                UNION
                SELECT l->>'bill_no' FROM jsonb_array_elements(v_lines) l) keys;
        IF v_policy.allow_credit THEN
            v_credit_applied := v_left;
        ELSE
            v_credit_due := v_left;
        END IF;
    END IF;
    IF v_credit_applied > 0 THEN
        IF v_remote THEN
            PERFORM remote_credit(p_agency, v_account, v_credit_applied);
        ELSE
            UPDATE accounts SET credit_minor = credit_minor + v_credit_applied
             WHERE account_no = v_account;
        END IF;
    END IF;
    IF v_credit_due > 0 THEN
        v_flags := v_flags || 'needs_credit'::text;
    END IF;
    IF v_credit_applied <> 0 OR v_credit_due <> 0 OR cardinality(v_flags) > 0 THEN
        v_flags := ARRAY(SELECT DISTINCT f FROM unnest(v_flags) AS f ORDER BY f);
        UPDATE payments SET credit_minor = v_credit_applied, credit_due_minor = v_credit_due,
                            flags = v_flags
         WHERE uuid = v_uuid;
    END IF;
    RETURN jsonb_build_object(
        'uuid', p_item->>'uuid', 'status', 'inserted', 'flags', to_jsonb(v_flags),
        'applied', v_shown,
        'credit', (v_credit_applied / 100.0)::numeric(20, 2)::text,
        'credit_due', (v_credit_due / 100.0)::numeric(20, 2)::text);
END $$;
"""

PUSH_VOID_CHECKED = r"""
CREATE OR REPLACE FUNCTION guichet.push_void(p_agency text, p_item jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, guichet, pg_temp AS $$
DECLARE
    p jsonb := p_item->'payload';
    v_uuid uuid;
    v_payment uuid;
    v_hash text := payload_hash(p);
    v_at timestamptz := strict_time(p->>'created_at');
    v_found record;
    v_alloc record;
BEGIN
    IF coalesce(p->>'void_uuid', '') !~ '^[0-9a-fA-F-]{36}$'
       OR coalesce(p->>'payment_uuid', '') !~ '^[0-9a-fA-F-]{36}$' THEN
        RETURN reject(p_agency, p_item, 'invalid', 'void_uuid and payment_uuid are required');
    END IF;
    v_uuid := (p->>'void_uuid')::uuid;
    v_payment := (p->>'payment_uuid')::uuid;
    SELECT uuid, payload_hash INTO v_found FROM voids WHERE uuid = v_uuid;
    IF FOUND THEN
        IF v_found.payload_hash = v_hash THEN
            RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'duplicate');
        END IF;
        RETURN reject(p_agency, p_item, 'payload_conflict',
                      format('void %s was already received with other content', v_uuid));
    END IF;
    SELECT uuid, status, channel, account_no, credit_minor, receipt_no, created_at
      INTO v_found FROM payments WHERE uuid = v_payment FOR UPDATE;
    IF NOT FOUND THEN
        RETURN reject(p_agency, p_item, 'unknown_payment',
                      format('payment %s is not in the central database', v_payment));
    END IF;
    IF v_found.channel <> 'counter' THEN
        RETURN reject(p_agency, p_item, 'not_counter_payment',
                      format('payment %s is a%s %s payment: only the agency''s own counter '
                             'payments can be voided', v_payment,
                             CASE WHEN v_found.channel = 'online' THEN 'n' ELSE '' END,
                             v_found.channel));
    END IF;
    IF v_found.status = 'void' THEN
        RETURN reject(p_agency, p_item, 'already_void',
                      format('payment %s is already void', v_payment));
    END IF;
    IF EXISTS (SELECT 1 FROM corrections WHERE original_uuid = v_payment) THEN
        RETURN reject(p_agency, p_item, 'already_corrected',
                      format('payment %s was corrected: it cannot be voided too', v_payment));
    END IF;
    IF p ? 'receipt_no' AND p->>'receipt_no' IS DISTINCT FROM v_found.receipt_no THEN
        RETURN reject(p_agency, p_item, 'invalid',
                      format('void names receipt %s, payment %s has receipt %s',
                             p->>'receipt_no', v_payment, v_found.receipt_no));
    END IF;
    IF v_at IS NULL OR v_at < v_found.created_at - interval '5 minutes'
       OR v_at > v_found.created_at + interval '36 hours' THEN
        RETURN reject(p_agency, p_item, 'bad_date',
                      format('void at %s of payment %s made at %s: a void is made the same day',
                             coalesce(p->>'created_at', 'null'), v_payment,
                             v_found.created_at));
    END IF;
    INSERT INTO voids (uuid, payment_uuid, agency_code, reason, payload, payload_hash)
    VALUES (v_uuid, v_payment, p_agency, left(coalesce(p->>'reason', ''), 64), p, v_hash);
    UPDATE payments SET status = 'void' WHERE uuid = v_payment;
    FOR v_alloc IN SELECT bill_no, applied_minor FROM allocations
                    WHERE payment_uuid = v_payment AND applied_minor <> 0 ORDER BY bill_no
    LOOP
        UPDATE bills SET open_minor = open_minor + v_alloc.applied_minor
         WHERE bill_no = v_alloc.bill_no;
        IF NOT FOUND THEN
            PERFORM remote_reopen(p_agency, v_alloc.bill_no, v_alloc.applied_minor);
        END IF;
    END LOOP;
    IF v_found.credit_minor <> 0 THEN
        UPDATE accounts SET credit_minor = credit_minor - v_found.credit_minor
         WHERE account_no = v_found.account_no;
        IF NOT FOUND THEN
            PERFORM remote_credit(p_agency, v_found.account_no, -v_found.credit_minor);
        END IF;
    END IF;
    RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'inserted');
END $$;
"""

PUSH_CORRECTION_CHECKED = r"""
CREATE OR REPLACE FUNCTION guichet.push_correction(p_agency text, p_item jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, guichet, pg_temp AS $$
DECLARE
    p jsonb := p_item->'payload';
    v_uuid uuid;
    v_original uuid;
    v_reversal uuid;
    v_receipt text := p->>'receipt_no';
    v_amount bigint := strict_minor(p->>'amount');
    v_at timestamptz := strict_time(p->>'created_at');
    v_hash text := payload_hash(p);
    v_terminal text;
    v_found record;
    v_orig record;
    v_alloc record;
BEGIN
    IF coalesce(p->>'correction_uuid', '') !~ '^[0-9a-fA-F-]{36}$'
       OR coalesce(p->>'original_payment_uuid', '') !~ '^[0-9a-fA-F-]{36}$'
       OR coalesce(p->>'payment_uuid', '') !~ '^[0-9a-fA-F-]{36}$'
       OR NOT plain_id(v_receipt) THEN
        RETURN reject(p_agency, p_item, 'invalid',
                      'correction_uuid, original_payment_uuid, payment_uuid, receipt_no and '
                      'amount are required');
    END IF;
    IF v_amount IS NULL THEN
        RETURN reject(p_agency, p_item, 'bad_amount',
                      format('amount %s is not an amount with at most 2 decimals',
                             coalesce(p->>'amount', 'null')));
    END IF;
    IF v_at IS NULL THEN
        RETURN reject(p_agency, p_item, 'bad_date',
                      format('created_at %s is not a time between 2000-01-01 and now',
                             coalesce(p->>'created_at', 'null')));
    END IF;
    v_uuid := (p->>'correction_uuid')::uuid;
    v_original := (p->>'original_payment_uuid')::uuid;
    v_reversal := (p->>'payment_uuid')::uuid;
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
    IF v_orig.channel <> 'counter' THEN
        RETURN reject(p_agency, p_item, 'not_counter_payment',
                      format('payment %s is a%s %s payment: only the agency''s own counter '
                             'payments can be corrected', v_original,
                             CASE WHEN v_orig.channel = 'online' THEN 'n' ELSE '' END,
                             v_orig.channel));
    END IF;
    IF v_orig.status = 'void' THEN
        RETURN reject(p_agency, p_item, 'already_void',
                      format('payment %s is void', v_original));
    END IF;
    SELECT uuid, payload_hash INTO v_found FROM corrections WHERE original_uuid = v_original;
    IF FOUND AND v_found.uuid = v_uuid AND v_found.payload_hash = v_hash THEN
        -- the same correction, committed by a concurrent push while this one waited
        RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'duplicate');
    ELSIF FOUND THEN
        RETURN reject(p_agency, p_item, 'already_corrected',
                      format('payment %s was already corrected by %s', v_original,
                             v_found.uuid));
    END IF;
    IF v_amount <> -v_orig.amount_minor
       OR coalesce(p->>'account_no', v_orig.account_no) <> v_orig.account_no THEN
        RETURN reject(p_agency, p_item, 'bad_amount',
                      format('the correction (%s on %s) does not reverse payment %s (%s on %s)',
                             p->>'amount', p->>'account_no', v_original,
                             (v_orig.amount_minor / 100.0)::numeric(20, 2), v_orig.account_no));
    END IF;
    IF v_at < v_orig.created_at - interval '5 minutes' THEN
        RETURN reject(p_agency, p_item, 'bad_date',
                      format('correction at %s of payment %s made later, at %s',
                             p->>'created_at', v_original, v_orig.created_at));
    END IF;
    -- Payloads written before the terminal was added: the correction was made on the
    -- workstation holding the original payment, i.e. the original's terminal.
    v_terminal := coalesce(p->>'terminal', v_orig.terminal);
    IF NOT plain_id(v_terminal)
       OR left(v_receipt, length(p_agency) + length(v_terminal) + 2)
           <> p_agency || '-' || v_terminal || '-' THEN
        RETURN reject(p_agency, p_item, 'invalid',
                      format('receipt %s is not of the series %s-%s-YEAR-NUMBER', v_receipt,
                             p_agency, v_terminal));
    END IF;
    INSERT INTO payments (uuid, agency_code, channel, terminal, receipt_no, account_no, tender,
                          currency, amount_minor, credit_minor, card_scheme, created_at,
                          payload, payload_hash)
    VALUES (v_reversal, p_agency, 'correction', v_terminal, v_receipt, v_orig.account_no,
            v_orig.tender, v_orig.currency, -v_orig.amount_minor, -v_orig.credit_minor,
            v_orig.card_scheme, v_at, p, v_hash)
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
    VALUES (v_uuid, v_original, v_reversal, p_agency, left(coalesce(p->>'reason', ''), 64), p,
            v_hash);
    -- Give back what the original APPLIED, never more (a part kept as credit_due never
    -- reduced a bill).
    FOR v_alloc IN SELECT bill_no, amount_minor, applied_minor FROM allocations
                    WHERE payment_uuid = v_original ORDER BY bill_no
    LOOP
        IF v_alloc.applied_minor <> 0 THEN
            UPDATE bills SET open_minor = open_minor + v_alloc.applied_minor
             WHERE bill_no = v_alloc.bill_no;
            IF NOT FOUND THEN
                PERFORM remote_reopen(p_agency, v_alloc.bill_no, v_alloc.applied_minor);
            END IF;
        END IF;
        INSERT INTO allocations (uuid, payment_uuid, agency_code, bill_no, amount_minor,
                                 applied_minor)
        VALUES (md5(v_reversal::text || '/' || v_alloc.bill_no)::uuid, v_reversal, p_agency,
                v_alloc.bill_no, -v_alloc.amount_minor, -v_alloc.applied_minor);
    END LOOP;
    IF v_orig.credit_minor <> 0 THEN
        UPDATE accounts SET credit_minor = credit_minor - v_orig.credit_minor
         WHERE account_no = v_orig.account_no;
        IF NOT FOUND THEN
            PERFORM remote_credit(p_agency, v_orig.account_no, -v_orig.credit_minor);
        END IF;
    END IF;
    RETURN jsonb_build_object('uuid', p_item->>'uuid', 'status', 'inserted');
END $$;
"""

PUSH_CHECKED = r"""
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
        v_out := v_out || jsonb_build_array(v_result);
    END LOOP;
    RETURN v_out;
END $$;
""".replace("__MAX_BYTES__", str(MAX_ITEM_BYTES)).replace("__DEPTH__", str(MAX_DEPTH + 1))


def _with_path(sql: str) -> str:
    """An earlier revision's function text with c0005's search path (what was installed)."""
    old = f"SET search_path = {BEFORE} AS"
    if sql.count(old) != 1:
        raise RuntimeError("c0009: an earlier function's search path clause was not found")
    return sql.replace(old, f"SET search_path = {SEARCH_PATH} AS")


# What c0009 replaces, as installed before it (for the downgrade).
PUSH_BEFORE = _with_path(PUSH_WITH_CORRECTIONS)
PUSH_PAYMENT_BEFORE = _with_path(PUSH_PAYMENT)
PUSH_VOID_BEFORE = _with_path(PUSH_VOID)
PUSH_CORRECTION_BEFORE = PUSH_CORRECTION_AFTER


def _run(conn: Connection, sql: str) -> None:
    """Execute a script verbatim (psycopg would read its '%' signs as placeholders)."""
    conn.exec_driver_sql(sql.replace("%", "%%"))


def _as_remote(conn: Connection, sql: str) -> None:
    """Create as the remote role, which may create in the schema only meanwhile (c0003)."""
    remote = quote_ident(roles_for(conn).remote)
    conn.exec_driver_sql(f"GRANT CREATE ON SCHEMA guichet TO {remote}")
    conn.exec_driver_sql(f"SET LOCAL ROLE {remote}")
    _run(conn, sql)
    conn.exec_driver_sql("RESET ROLE")
    conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA guichet FROM {remote}")


def _own_agency_policies(conn: Connection, agency: str) -> None:
    """Every ``own_agency`` policy of the schema keeps rows to ``agency`` (an expression).

    Why: written ``agency_code = guichet.current_agency()``, the policy calls the function
    (SECURITY DEFINER, a query of its own) for every row a statement looks at; written with
    a sub-select it is an InitPlan, evaluated once per statement. Same rows, same security;
    the push's extra checks would otherwise cost more in these calls than in the checks.
    """
    tables = (
        conn.execute(
            text(
                "SELECT tablename FROM pg_policies WHERE schemaname = 'guichet' "
                "AND policyname = 'own_agency' ORDER BY 1"
            )
        )
        .scalars()
        .all()
    )
    for table in tables:
        conn.exec_driver_sql(
            f"ALTER POLICY own_agency ON guichet.{quote_ident(table)} "
            f"USING (agency_code = {agency}) WITH CHECK (agency_code = {agency})"
        )


def upgrade() -> None:
    conn = op.get_bind()
    roles = roles_for(conn)
    owner = quote_ident(roles.owner)
    # The policy columns are read by the owner through agencies' RLS, which only lets an
    # agency's login see its own row: push runs as that login's session_user.
    conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
    _run(conn, POLICY)
    _run(conn, HELPERS)
    conn.exec_driver_sql("RESET ROLE")
    _run(conn, AGENCY_CURRENCY)
    _as_remote(conn, REMOTE_STATE)
    conn.exec_driver_sql(
        "REVOKE ALL ON FUNCTION guichet.remote_account(text, text, text[]) FROM PUBLIC"
    )
    conn.exec_driver_sql(
        f"GRANT EXECUTE ON FUNCTION guichet.remote_account(text, text, text[]) TO {owner}"
    )
    conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
    conn.exec_driver_sql(
        "REVOKE ALL ON FUNCTION guichet.strict_minor(text), guichet.strict_time(text), "
        "guichet.plain_id(text) FROM PUBLIC"
    )
    for sql in (PUSH_PAYMENT_CHECKED, PUSH_VOID_CHECKED, PUSH_CORRECTION_CHECKED, PUSH_CHECKED):
        _run(conn, sql)
    _own_agency_policies(conn, "(SELECT guichet.current_agency())")
    conn.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    """Back to c0008: the functions as they were, the policy columns and helpers gone."""
    conn = op.get_bind()
    roles = roles_for(conn)
    owner = quote_ident(roles.owner)
    conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
    for sql in (PUSH_PAYMENT_BEFORE, PUSH_VOID_BEFORE, PUSH_CORRECTION_BEFORE, PUSH_BEFORE):
        _run(conn, sql)
    _own_agency_policies(conn, "guichet.current_agency()")
    conn.exec_driver_sql(
        "DROP FUNCTION guichet.strict_minor(text), guichet.strict_time(text), "
        "guichet.plain_id(text)"
    )
    conn.exec_driver_sql(
        "ALTER TABLE guichet.agencies DROP COLUMN currency, DROP COLUMN allow_credit, "
        "DROP COLUMN max_payment_minor"
    )
    conn.exec_driver_sql("RESET ROLE")
    remote = quote_ident(roles.remote)
    conn.exec_driver_sql(f"SET LOCAL ROLE {remote}")
    conn.exec_driver_sql("DROP FUNCTION guichet.remote_account(text, text, text[])")
    conn.exec_driver_sql("RESET ROLE")
