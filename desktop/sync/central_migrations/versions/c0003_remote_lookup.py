"""remote look-up of another agency's account, and counter payments applied to its bills

Revision ID: c0003_remote_lookup
Revises: c0002_initial_load

Why: a customer of agency B may walk into agency A (moved, works there, on holiday). Row-level
security keeps A to its own rows, so A could neither find the account nor reduce its bills:
the payment was stored with the flag ``unknown_bill``. Now:

- ``guichet.lookup(query, clerk)`` finds ONE account by an exact account, bill or meter
  number (never a name or a prefix: other agencies' customers cannot be browsed), returns it
  with its meters and open bills, and records who asked for what and when in
  ``guichet.lookups``. At most ``LOOKUPS_PER_MINUTE`` look-ups per agency and minute, so
  numbers cannot be enumerated in bulk either.
- A counter payment of A whose allocation targets a bill of an account that A has looked up
  reduces that bill centrally (B pulls it); the payment, its allocations and its cash stay
  A's rows. Voids and corrections of such a payment give the bill back what was applied.

How, without weakening the policies: the owner role (that runs push and pull) keeps its
``own_agency`` policies, so ``pull`` and ``snapshot`` still return the caller's rows only. A
separate NOLOGIN role ``<db>_remote`` owns three SECURITY DEFINER functions (pinned
search_path) and is the only role with policies reaching other agencies' rows: read for the
look-up, and UPDATE of ``bills.open_minor`` / ``accounts.credit_minor`` only where the
calling agency (``current_agency()``, from ``session_user``) has a look-up of that account.
Agencies get EXECUTE on ``lookup`` only; the apply functions are for the owner (push).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection, text

from desktop.sync.central_migrations.versions.c0001_central_schema import PUSH_FUNCTIONS
from desktop.sync.central_migrations.versions.c0002_initial_load import CORRECTION_FUNCTION
from desktop.sync.roles import quote_ident, roles_for

revision = "c0003_remote_lookup"
down_revision = "c0002_initial_load"
branch_labels = None
depends_on = None

LOOKUPS_PER_MINUTE = 60

# Created by the owner, like every table: RLS enabled and forced, own-agency policy.
LOOKUPS_TABLE = """
CREATE TABLE guichet.lookups (
    id            bigserial PRIMARY KEY,
    agency_code   text NOT NULL REFERENCES guichet.agencies (code),
    login         text NOT NULL,
    clerk         text NOT NULL DEFAULT '',
    query         text NOT NULL,
    status        text NOT NULL CHECK (status IN ('found', 'not_found', 'refused', 'too_many')),
    matched_by    text CHECK (matched_by IN ('account', 'bill', 'meter')),
    account_no    text,
    owner_agency  text,
    looked_up_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX ix_lookups_agency_account ON guichet.lookups (agency_code, account_no)
    WHERE account_no IS NOT NULL;
CREATE INDEX ix_lookups_agency_time ON guichet.lookups (agency_code, looked_up_at);
ALTER TABLE guichet.lookups ENABLE ROW LEVEL SECURITY;
ALTER TABLE guichet.lookups FORCE ROW LEVEL SECURITY;
CREATE POLICY own_agency ON guichet.lookups
    USING (agency_code = guichet.current_agency())
    WITH CHECK (agency_code = guichet.current_agency());
"""

_LOOKED_UP = (
    "EXISTS (SELECT 1 FROM guichet.lookups l WHERE l.agency_code = guichet.current_agency() "
    "AND l.account_no = {table}.account_no)"
)


def _remote_policies(remote: str) -> str:
    """Policies for the remote role only (``TO``): the owner's, hence pull's, are unchanged."""
    reads = "\n".join(
        f"CREATE POLICY remote_lookup ON guichet.{t} FOR SELECT TO {remote} USING (true);"
        for t in ("agencies", "accounts", "service_points", "bills")
    )
    writes = "\n".join(
        f"CREATE POLICY remote_payment ON guichet.{t} FOR UPDATE TO {remote}\n"
        f"    USING ({_LOOKED_UP.format(table=t)})\n"
        f"    WITH CHECK ({_LOOKED_UP.format(table=t)});"
        for t in ("accounts", "bills")
    )
    grants = f"""
GRANT SELECT ON guichet.agencies, guichet.accounts, guichet.service_points, guichet.bills
    TO {remote};
GRANT UPDATE (open_minor) ON guichet.bills TO {remote};
GRANT UPDATE (credit_minor) ON guichet.accounts TO {remote};
GRANT SELECT, INSERT ON guichet.lookups TO {remote};
GRANT USAGE ON SEQUENCE guichet.lookups_id_seq TO {remote};
GRANT EXECUTE ON FUNCTION guichet.current_agency() TO {remote};
"""
    return f"{reads}\n{writes}\n{grants}"


# Owned by the remote role (created under SET ROLE to it).
REMOTE_FUNCTIONS = r"""
-- Find ONE account by its exact account, bill or meter number, in any agency; record the
-- look-up. Returns {status: found|not_found|refused|too_many, agency (the caller), query,
-- matched_by, owner {code, name, region}, account, service_points, bills (open only)};
-- rows shaped as pull's ``data``, without the holder's phones and e-mail.
CREATE FUNCTION guichet.lookup(p_query text, p_clerk text DEFAULT '') RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, guichet AS $$
DECLARE
    v_agency text := current_agency();
    v_query text := upper(btrim(coalesce(p_query, '')));
    v_status text := 'not_found';
    v_by text;
    v_account text;
    v_owner text;
BEGIN
    IF v_agency IS NULL THEN
        RAISE EXCEPTION 'role % is not an agency login', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (SELECT count(*) FROM lookups
         WHERE agency_code = v_agency
           AND looked_up_at > clock_timestamp() - interval '1 minute') >= __PER_MINUTE__ THEN
        v_status := 'too_many';
    ELSIF v_query !~ '^[A-Z0-9]{4,32}$' THEN
        v_status := 'refused';  -- names, prefixes, patterns: never searched across agencies
    ELSE
        SELECT 'account', a.account_no INTO v_by, v_account
          FROM accounts a WHERE a.account_no = v_query;
        IF NOT FOUND THEN
            SELECT 'bill', b.account_no INTO v_by, v_account
              FROM bills b WHERE b.bill_no = v_query;
        END IF;
        IF v_account IS NULL THEN
            SELECT 'meter', s.account_no INTO v_by, v_account
              FROM service_points s WHERE s.meter_no = v_query;
        END IF;
        IF v_account IS NOT NULL THEN
            v_status := 'found';
            SELECT agency_code INTO v_owner FROM accounts WHERE account_no = v_account;
        END IF;
    END IF;
    INSERT INTO lookups (agency_code, login, clerk, query, status, matched_by, account_no,
                         owner_agency)
    VALUES (v_agency, session_user, left(coalesce(p_clerk, ''), 64), left(v_query, 64),
            v_status, v_by, v_account, v_owner);
    IF v_status <> 'found' THEN
        RETURN jsonb_build_object('status', v_status, 'agency', v_agency, 'query', v_query);
    END IF;
    RETURN jsonb_build_object(
        'status', 'found', 'agency', v_agency, 'query', v_query, 'matched_by', v_by,
        'owner', (SELECT jsonb_build_object('code', g.code, 'name', g.name, 'region', g.region)
                    FROM agencies g WHERE g.code = v_owner),
        'account', (SELECT to_jsonb(a) - 'xid' - 'phone1' - 'phone2' - 'email'
                      FROM accounts a WHERE a.account_no = v_account),
        'service_points', coalesce((
            SELECT jsonb_agg(to_jsonb(s) - 'xid' ORDER BY s.meter_no)
              FROM service_points s WHERE s.account_no = v_account), '[]'),
        'bills', coalesce((
            SELECT jsonb_agg(to_jsonb(b) - 'xid' ORDER BY b.due_date, b.bill_no)
              FROM bills b WHERE b.account_no = v_account AND b.open_minor > 0), '[]'));
END $$;

-- Apply up to p_amount of agency p_agency's payment to another agency's bill that p_agency
-- has looked up. Returns what was applied; NULL when there is no such bill or no look-up.
CREATE FUNCTION guichet.remote_apply(p_agency text, p_bill_no text, p_amount bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, guichet AS $$
DECLARE
    v_open bigint;
    v_applied bigint;
BEGIN
    IF p_agency IS DISTINCT FROM current_agency() THEN
        RAISE EXCEPTION 'remote_apply for agency % by login %', p_agency, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT b.open_minor INTO v_open FROM bills b
     WHERE b.bill_no = p_bill_no
       AND EXISTS (SELECT 1 FROM lookups l
                    WHERE l.agency_code = p_agency AND l.account_no = b.account_no)
       FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    v_applied := greatest(least(v_open, p_amount), 0);
    UPDATE bills SET open_minor = open_minor - v_applied WHERE bill_no = p_bill_no;
    RETURN v_applied;
END $$;

-- Give back p_amount to a looked-up bill of another agency (void, correction).
CREATE FUNCTION guichet.remote_reopen(p_agency text, p_bill_no text, p_amount bigint)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, guichet AS $$
BEGIN
    IF p_agency IS DISTINCT FROM current_agency() THEN
        RAISE EXCEPTION 'remote_reopen for agency % by login %', p_agency, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE bills b SET open_minor = open_minor + p_amount
     WHERE b.bill_no = p_bill_no
       AND EXISTS (SELECT 1 FROM lookups l
                    WHERE l.agency_code = p_agency AND l.account_no = b.account_no);
    RETURN FOUND;
END $$;

-- Add p_delta (negative: take back) to a looked-up account's credit; with 0 only say whether
-- the account is one p_agency looked up (so a payment for it is not flagged unknown_account).
CREATE FUNCTION guichet.remote_credit(p_agency text, p_account_no text, p_delta bigint)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, guichet AS $$
BEGIN
    IF p_agency IS DISTINCT FROM current_agency() THEN
        RAISE EXCEPTION 'remote_credit for agency % by login %', p_agency, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF coalesce(p_delta, 0) = 0 THEN
        RETURN EXISTS (SELECT 1 FROM accounts a WHERE a.account_no = p_account_no
                         AND EXISTS (SELECT 1 FROM lookups l WHERE l.agency_code = p_agency
                                       AND l.account_no = a.account_no));
    END IF;
    UPDATE accounts a SET credit_minor = credit_minor + p_delta
     WHERE a.account_no = p_account_no
       AND EXISTS (SELECT 1 FROM lookups l
                    WHERE l.agency_code = p_agency AND l.account_no = a.account_no);
    RETURN FOUND;
END $$;
""".replace("__PER_MINUTE__", str(LOOKUPS_PER_MINUTE))

REMOTE_SIGNATURES = (
    "guichet.lookup(text, text)",
    "guichet.remote_apply(text, text, bigint)",
    "guichet.remote_reopen(text, text, bigint)",
    "guichet.remote_credit(text, text, bigint)",
)


def _function(script: str, name: str) -> str:
    """The ``CREATE FUNCTION guichet.<name>`` statement of a script, as CREATE OR REPLACE."""
    start = script.index(f"CREATE FUNCTION guichet.{name}(")
    end = script.index("END $$;", start) + len("END $$;")
    return "CREATE OR REPLACE" + script[start + len("CREATE") : end] + "\n"


def _patched(sql: str, edits: list[tuple[str, str]]) -> str:
    """Apply exact text edits, each of which must match once (a silent miss would leave the
    old behaviour in place)."""
    for old, new in edits:
        if sql.count(old) != 1:
            raise RuntimeError(f"c0003: expected exactly one {old!r} in the function")
        sql = sql.replace(old, new)
    return sql


_REOPEN_VOID = (
    "        UPDATE bills SET open_minor = open_minor + v_alloc.applied_minor\n"
    "         WHERE bill_no = v_alloc.bill_no;\n"
)
_REOPEN_REMOTE = (
    _REOPEN_VOID + "        IF NOT FOUND THEN\n"
    "            PERFORM remote_reopen(p_agency, v_alloc.bill_no, v_alloc.applied_minor);\n"
    "        END IF;\n"
)


def _credit_back(record: str) -> tuple[str, str]:
    old = (
        f"    UPDATE accounts SET credit_minor = credit_minor - {record}.credit_minor\n"
        f"     WHERE account_no = {record}.account_no;\n"
    )
    new = (
        old + "    IF NOT FOUND THEN\n"
        f"        PERFORM remote_credit(p_agency, {record}.account_no, -{record}.credit_minor);\n"
        "    END IF;\n"
    )
    return old, new


PUSH_PAYMENT_BEFORE = _function(PUSH_FUNCTIONS, "push_payment")
PUSH_VOID_BEFORE = _function(PUSH_FUNCTIONS, "push_void")
PUSH_CORRECTION_BEFORE = _function(CORRECTION_FUNCTION, "push_correction")

PUSH_PAYMENT = _patched(
    PUSH_PAYMENT_BEFORE,
    [
        (
            "        ELSE\n"
            "            v_applied := 0;\n"
            "            v_flags := v_flags || 'unknown_bill'::text;\n"
            "        END IF;\n",
            "        ELSE\n"
            "            -- Another agency's bill: applied only if this agency looked it up.\n"
            "            v_applied := remote_apply(p_agency, v_alloc->>'bill_no', v_amt);\n"
            "            IF v_applied IS NULL THEN\n"
            "                v_applied := 0;\n"
            "                v_flags := v_flags || 'unknown_bill'::text;\n"
            "            ELSIF v_applied < v_amt THEN\n"
            "                v_flags := v_flags || 'needs_credit'::text;\n"
            "            END IF;\n"
            "        END IF;\n",
        ),
        (
            "    IF NOT FOUND THEN\n        v_flags := v_flags || 'unknown_account'::text;",
            "    IF NOT FOUND AND NOT remote_credit(p_agency, v_account, v_credit) THEN\n"
            "        v_flags := v_flags || 'unknown_account'::text;",
        ),
    ],
)
PUSH_VOID = _patched(PUSH_VOID_BEFORE, [(_REOPEN_VOID, _REOPEN_REMOTE), _credit_back("v_found")])
PUSH_CORRECTION = _patched(
    PUSH_CORRECTION_BEFORE, [(_REOPEN_VOID, _REOPEN_REMOTE), _credit_back("v_orig")]
)


def _run(conn: Connection, sql: str) -> None:
    """Execute a script verbatim (psycopg would read its '%' signs as placeholders)."""
    conn.exec_driver_sql(sql.replace("%", "%%"))


def upgrade() -> None:
    conn = op.get_bind()
    roles = roles_for(conn)
    owner, agencies = quote_ident(roles.owner), quote_ident(roles.agencies)
    remote = quote_ident(roles.remote)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": roles.remote})
    if exists.first() is None:
        conn.exec_driver_sql(f"CREATE ROLE {remote} NOLOGIN")
    # CREATE only while its functions are created below; USAGE to reach the tables.
    conn.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA guichet TO {remote}")

    conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
    _run(conn, LOOKUPS_TABLE)
    _run(conn, _remote_policies(remote))
    conn.exec_driver_sql("RESET ROLE")

    conn.exec_driver_sql(f"SET LOCAL ROLE {remote}")
    _run(conn, REMOTE_FUNCTIONS)
    for signature in REMOTE_SIGNATURES:
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION guichet.lookup(text, text) TO {agencies}")
    conn.exec_driver_sql(
        "GRANT EXECUTE ON FUNCTION guichet.remote_apply(text, text, bigint), "
        "guichet.remote_reopen(text, text, bigint), guichet.remote_credit(text, text, bigint) "
        f"TO {owner}"
    )
    conn.exec_driver_sql("RESET ROLE")
    conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA guichet FROM {remote}")

    conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
    for sql in (PUSH_PAYMENT, PUSH_VOID, PUSH_CORRECTION):
        _run(conn, sql)
    conn.exec_driver_sql("RESET ROLE")
    conn.exec_driver_sql("REVOKE ALL ON guichet.lookups FROM PUBLIC")


def downgrade() -> None:
    """Back to c0002: push functions as they were, the look-up functions, policies and log
    gone (the role stays, like the others: ``drop_central`` removes it). Bills already
    reduced by other agencies' payments keep their open amounts."""
    conn = op.get_bind()
    roles = roles_for(conn)
    owner, remote = quote_ident(roles.owner), quote_ident(roles.remote)
    conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
    for sql in (PUSH_PAYMENT_BEFORE, PUSH_VOID_BEFORE, PUSH_CORRECTION_BEFORE):
        _run(conn, sql)
    conn.exec_driver_sql("RESET ROLE")
    conn.exec_driver_sql(f"DROP OWNED BY {remote}")  # its functions and the grants to it
    conn.exec_driver_sql(f"SET LOCAL ROLE {owner}")
    for table in ("agencies", "accounts", "service_points", "bills"):
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS remote_lookup ON guichet.{table}")
    for table in ("accounts", "bills"):
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS remote_payment ON guichet.{table}")
    conn.exec_driver_sql("DROP TABLE guichet.lookups")
    conn.exec_driver_sql("RESET ROLE")
    conn.exec_driver_sql(f"REVOKE ALL ON SCHEMA guichet FROM {remote}")
