"""Central security, tested AS the agency login roles (never as the superuser).

What must hold: an agency has no table privileges at all; it may only call push, pull and
whoami; whatever it sends, it cannot write or read another agency's rows; and row-level
security binds even the owner of the tables (FORCE), so a bug in a function cannot leak.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from desktop.domain.errors import DomainError
from desktop.store.db import Store
from desktop.sync.central_migrations.versions.c0009_push_checks import PURE_HELPERS
from desktop.sync.client import CentralClient
from desktop.sync.pull import pull_changes
from desktop.sync.push import pending_batch
from desktop.sync.roles import roles_for
from desktop.sync.service import sync_once
from desktop.sync.simulate import simulate_online_payments
from tests.integration.sync_world import Central, central_for, pay, seed_account

pytestmark = pytest.mark.postgres

MINE, THEIRS = "240100000001", "240200000001"
STRANGER = f"guichet_test_stranger_{uuid.uuid4().hex[:8]}"


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url) as c:
        seed_account(c, "2401", MINE, {"F1": 10_000})
        seed_account(c, "2402", THEIRS, {"X1": 50_000, "X2": 60_000}, name_latin="Voisin")
        yield c


@pytest.mark.parametrize(
    "table", ["agencies", "accounts", "bills", "payments", "allocations", "quarantine"]
)
def test_an_agency_cannot_read_or_write_any_table_directly(central: Central, table: str) -> None:
    engine = central.engine_as("2401")
    for sql in (f"SELECT * FROM guichet.{table}", f"DELETE FROM guichet.{table}"):
        with engine.connect() as conn, pytest.raises(ProgrammingError) as err:
            conn.execute(text(sql))
        assert "permission denied" in str(err.value)


def test_an_agency_cannot_call_the_internal_functions(central: Central) -> None:
    engine = central.engine_as("2401")
    with engine.connect() as conn, pytest.raises(ProgrammingError) as err:
        conn.execute(text("SELECT guichet.push_payment('2402', '{}'::jsonb)"))
    assert "permission denied" in str(err.value)


def test_an_agency_cannot_push_for_another_agency(store: Store, central: Central) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    pay(store, MINE, 10_000)
    item = pending_batch(store)[0]
    forged = {
        **item,
        "uuid": str(uuid.uuid4()),
        "payload": {
            **item["payload"],
            "agency": "2402",
            "payment_uuid": str(uuid.uuid4()),
            "account_no": THEIRS,
            "allocations": [{"uuid": str(uuid.uuid4()), "bill_no": "X1", "amount": "500.00"}],
        },
    }
    (answer,) = client.push([forged])
    assert answer["status"] == "rejected" and answer["reason"] == "wrong_agency"
    assert central.scalar("SELECT count(*) FROM guichet.payments") == 0
    assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'X1'") == 50_000


def test_paying_another_agencys_bill_never_touches_it(store: Store, central: Central) -> None:
    """Even with this agency's own code in the payload, RLS hides the other agency's bill."""
    client = central.client("2401")
    pull_changes(store, client)
    pay(store, MINE, 10_000)
    item = pending_batch(store)[0]
    sneaky = {
        **item,
        "payload": {
            **item["payload"],
            "allocations": [{"uuid": str(uuid.uuid4()), "bill_no": "X1", "amount": "100.00"}],
        },
    }
    (answer,) = client.push([sneaky])
    assert (answer["status"], answer["reason"]) == ("rejected", "unknown_bill")
    assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'X1'") == 50_000
    assert central.scalar("SELECT count(*) FROM guichet.payments") == 0


def test_a_payment_uuid_of_another_agency_is_neither_overwritten_nor_revealed(
    store: Store, central: Central
) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    pay(store, MINE, 10_000)
    item = pending_batch(store)[0]
    assert client.push([item])[0]["status"] == "inserted"
    copy = {
        **item,
        "payload": {
            **item["payload"],
            "agency": "2402",
            "account_no": THEIRS,
            "receipt_no": f"2402-{item['payload']['terminal']}-2026-000001",
            "allocations": [{"uuid": str(uuid.uuid4()), "bill_no": "X1", "amount": "100.00"}],
        },
    }
    (answer,) = central.client("2402").push([copy])
    assert answer["status"] == "rejected"
    assert answer["reason"] in {"wrong_agency", "uuid_taken"}
    assert MINE not in str(answer)


def test_pull_returns_only_the_agencys_own_rows(store: Store, central: Central) -> None:
    simulate_online_payments(central.admin, 2, bill_nos=["X1", "F1"])
    client = central.client("2401")
    page = client.pull("0", None, 1000)
    keys = {c["key"] for c in page["changes"]}
    assert MINE in keys and "F1" in keys
    assert not keys & {THEIRS, "X1", "X2", f"M{THEIRS}"}
    assert {c["data"].get("agency_code") for c in page["changes"]} == {"2401"}
    theirs = central.client("2402").pull("0", None, 1000)
    assert {c["key"] for c in theirs["changes"]} >= {THEIRS, "X1", "X2"}
    assert MINE not in {c["key"] for c in theirs["changes"]}


def test_the_table_owner_itself_sees_nothing_without_an_agency_login(central: Central) -> None:
    """FORCE ROW LEVEL SECURITY: the owner (who runs the SECURITY DEFINER functions) is
    bound by the policies too; the agency comes from the login, never from a parameter."""
    with central.admin.connect() as conn:
        owner = roles_for(conn).owner
        conn.execute(text(f'SET SESSION AUTHORIZATION "{owner}"'))
        assert conn.execute(text("SELECT count(*) FROM guichet.bills")).scalar() == 0
        with pytest.raises(ProgrammingError) as err:
            conn.execute(
                text(
                    "INSERT INTO guichet.quarantine (agency_code, item_uuid, reason) "
                    "VALUES ('2402', 'x', 'test')"
                )
            )
        assert "row-level security" in str(err.value)
        conn.rollback()


def test_the_functions_are_security_definer_with_a_pinned_search_path(central: Central) -> None:
    rows = central.rows(
        "SELECT p.proname, p.prosecdef, p.proconfig FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'guichet' AND p.prokind = 'f'"
    )
    called = {"push", "pull", "whoami", "snapshot", "lookup"}
    assert called <= {r["proname"] for r in rows}
    for r in rows:
        assert r["prosecdef"] or r["proname"] not in called, r["proname"]
        if r["proname"] in PURE_HELPERS:  # inlinable: read no table, run inside pinned callers
            assert r["proconfig"] is None and not r["prosecdef"], r["proname"]
            continue
        # pg_temp named last: a temporary table can never stand in for a central one
        assert r["proconfig"] == ["search_path=pg_catalog, guichet, pg_temp"], r["proname"]


def test_the_pure_helpers_read_no_table_and_no_agency_may_call_them(central: Central) -> None:
    """c0009's helpers have no pinned search path (so they are inlined): that is safe only
    while they read no table and only pinned central functions call them."""
    role = central.logins["2401"].role
    rows = central.rows(
        "SELECT p.proname, p.prosrc, has_function_privilege(:role, p.oid, 'EXECUTE') AS can "
        "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'guichet' AND p.proconfig IS NULL",
        role=role,
    )
    assert sorted(r["proname"] for r in rows) == sorted(PURE_HELPERS)
    for r in rows:
        assert not r["can"], r["proname"]
        assert not re.search(r"\b(from|join|into|update|delete|insert)\b", r["prosrc"], re.I), r


def test_an_agency_cannot_shadow_a_central_table_with_a_temporary_one(central: Central) -> None:
    seed_account(central, "2402", "240200000777", {"FX777": 10_000})
    engine = central.engine_as("2401")
    with engine.connect() as conn, pytest.raises(ProgrammingError, match="permission denied"):
        conn.execute(text("CREATE TEMP TABLE lookups (agency_code text)"))
    # Even if a DBA gave temporary tables back, the functions use the real tables.
    role = central.logins["2401"].role
    with central.admin.begin() as conn:
        conn.execute(text(f'GRANT TEMPORARY ON DATABASE "{conn.engine.url.database}" TO "{role}"'))
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TEMP TABLE lookups (agency_code text, login text, clerk text, query text, "
                "status text, matched_by text, account_no text, owner_agency text, "
                "looked_up_at timestamptz DEFAULT now())"
            )
        )
        found = conn.execute(text("SELECT guichet.lookup('240200000777', 'eve')")).scalar_one()
        assert found["status"] == "found"
        assert conn.execute(text("SELECT count(*) FROM pg_temp.lookups")).scalar_one() == 0
    assert central.scalar("SELECT count(*) FROM guichet.lookups WHERE clerk = 'eve'") == 1


def test_a_login_that_is_no_agency_cannot_sync(store: Store, central: Central) -> None:
    with central.admin.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{STRANGER}" LOGIN'))
    url = central.logins["2401"].url.replace(central.logins["2401"].role, STRANGER)
    stranger = CentralClient.connect(url)
    try:
        with pytest.raises(DomainError) as err:
            sync_once(store, stranger)
        assert err.value.code == "sync.not_agency"
    finally:
        stranger.dispose()
        with central.admin.begin() as conn:
            conn.execute(text(f'DROP ROLE "{STRANGER}"'))


def test_a_terminal_given_another_agencys_login_sends_nothing(
    store: Store, central: Central
) -> None:
    pull_changes(store, central.client("2401"))
    pay(store, MINE, 10_000)
    with pytest.raises(DomainError) as err:
        sync_once(store, central.client("2402"))
    assert err.value.code == "sync.wrong_agency"
    assert central.scalar("SELECT count(*) FROM guichet.payments") == 0
