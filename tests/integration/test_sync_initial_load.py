"""Initial load of a region on a real PostgreSQL, through the agency's login (never superuser).

What must hold: a new workstation gets its accounts, meters and OPEN bills only (paid history
stays central), nothing of another agency; a load cut by a crash or the network resumes after
the last committed page with the same result and no duplicate; whatever changed centrally
during the load (even in a transaction that began before it and committed after) arrives by
the incremental pull that follows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import ProgrammingError

from desktop.domain.errors import DomainError
from desktop.store.db import Store
from desktop.store.models import Account, Bill, Payment, ServicePoint, SyncCursor
from desktop.store.search import search_accounts
from desktop.sync import initial_load as initial_load_module
from desktop.sync.client import CentralClient
from desktop.sync.initial_load import INITIAL_STREAM, initial_load, needs_initial_load
from desktop.sync.pull import STREAM, pull_changes
from desktop.sync.roles import roles_for
from desktop.sync.service import sync_once, sync_status
from desktop.sync.simulate import simulate_online_payments, simulate_region
from tests.integration.sync_world import Central, central_for, pay

pytestmark = pytest.mark.postgres

REGION = 3000
PAGE = 700  # several pages, the last one partial


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url) as c:
        simulate_region(c.admin, "2401", REGION, bills_per_account=3)
        simulate_region(c.admin, "2402", 300, bills_per_account=3)
        yield c


def central_open_bills(central: Central, agency: str = "2401") -> dict[str, int]:
    return {
        r["bill_no"]: r["open_minor"]
        for r in central.rows(
            "SELECT bill_no, open_minor FROM guichet.bills "
            "WHERE agency_code = :a AND open_minor > 0",
            a=agency,
        )
    }


def local_bills(store: Store) -> dict[str, int]:
    with store.read() as s:
        return dict(s.execute(select(Bill.bill_no, Bill.open_minor)).all())


def open_only(bills: dict[str, int]) -> dict[str, int]:
    """The open bills of ``bills``. An incremental pull may bring paid bills back when
    another transaction of the cluster holds the snapshot's xmin low (re-pulling is harmless
    by design), so the tests compare what is open."""
    return {b: v for b, v in bills.items() if v > 0}


def local_accounts(store: Store) -> list[str]:
    with store.read() as s:
        return list(s.scalars(select(Account.account_no).order_by(Account.account_no)))


def cursor(store: Store, stream: str) -> SyncCursor | None:
    with store.read() as s:
        row = s.get(SyncCursor, stream)
        if row is not None:
            s.expunge(row)
        return row


class CutAfter:
    """A central source that loses the connection after ``pages`` snapshot pages."""

    def __init__(self, client: CentralClient, pages: int) -> None:
        self.client, self.left = client, pages

    def snapshot(self, after: str | None, limit: int) -> dict[str, Any]:
        if self.left == 0:
            raise DomainError("sync.offline", problem="connection reset by peer")
        self.left -= 1
        return self.client.snapshot(after, limit)


def test_a_new_workstation_loads_its_region_with_open_bills_only(
    store: Store, central: Central
) -> None:
    assert needs_initial_load(store)
    seen: list[tuple[int, int]] = []
    client = central.client("2401")
    report = sync_once(store, client, load_progress=lambda n, t: seen.append((n, t)))

    load = report.initial_load
    assert load is not None and not load["resumed"]
    assert (load["accounts"], load["service_points"], load["total"]) == (REGION, REGION, REGION)
    expected = central_open_bills(central)
    assert 0 < len(expected) < REGION * 3  # the region has paid history, left central
    assert load["bills"] == len(expected)
    # Open bills only, with central's amounts. (The incremental pull that follows may bring
    # paid bills back when another transaction of the cluster held the snapshot's xmin low:
    # re-pulling is harmless by design, so only the open ones are compared.)
    assert open_only(local_bills(store)) == expected
    accounts = local_accounts(store)
    assert len(accounts) == REGION and all(a.startswith("2401") for a in accounts)
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(ServicePoint)) == REGION
    assert seen[-1] == (REGION, REGION)
    assert [n for n, _ in seen] == sorted(n for n, _ in seen)

    # The incremental pull that followed started where the load's first snapshot was taken.
    load_cursor = cursor(store, INITIAL_STREAM)
    assert load_cursor is not None and load_cursor.after["done"] is True
    assert int(cursor(store, STREAM).since) >= int(load_cursor.since)
    assert not needs_initial_load(store)
    assert sync_status(store)["initial_load"] == {"done": True, "loaded": REGION, "total": REGION}

    with store.read() as s:  # searchable at once, by name and by number
        assert [h.account_no for h in search_accounts(s, "240100001234")][0] == "240100001234"
        assert search_accounts(s, "Benali")

    again = sync_once(store, client)  # a second sync is incremental
    assert again.initial_load is None and open_only(local_bills(store)) == expected


def test_an_interrupted_load_resumes_with_the_same_result_and_no_duplicate(
    store: Store, central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = central.client("2401")
    # 1. The network goes away after two pages.
    with pytest.raises(DomainError) as err:
        initial_load(store, CutAfter(client, 2), page_size=PAGE)
    assert err.value.code == "sync.offline"
    assert len(local_accounts(store)) == 2 * PAGE
    assert needs_initial_load(store)
    assert cursor(store, STREAM) is None  # the incremental pull has not started

    # 2. A crash while a page is being written: that page's rows AND position roll back.
    real = initial_load_module.apply_rows

    def crash(*args: Any, **kwargs: Any) -> dict[str, int]:
        real(*args, **kwargs)
        raise RuntimeError("power cut")

    monkeypatch.setattr(initial_load_module, "apply_rows", crash)
    with pytest.raises(RuntimeError):
        initial_load(store, client, page_size=PAGE)
    monkeypatch.undo()
    assert len(local_accounts(store)) == 2 * PAGE
    assert cursor(store, INITIAL_STREAM).after["loaded"] == 2 * PAGE

    # 3. The next sync resumes after the last committed account.
    report = sync_once(store, client)
    load = report.initial_load
    assert load is not None and load["resumed"]
    assert load["accounts"] == REGION - 2 * PAGE and load["loaded"] == REGION
    accounts = local_accounts(store)
    assert len(accounts) == len(set(accounts)) == REGION
    assert open_only(local_bills(store)) == central_open_bills(central)
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(ServicePoint)) == REGION


def test_changes_during_the_load_arrive_with_the_next_incremental_pull(
    store: Store, central: Central
) -> None:
    client = central.client("2401")
    first_bill = min(central_open_bills(central))  # on an account of the first page
    late = central.admin.connect()
    # A central transaction that began before the load and commits in the middle of it.
    late.execute(
        text(
            "UPDATE guichet.accounts SET name_latin = 'Late Writer' "
            "WHERE account_no = '240100000002'"
        )
    )

    class ChangingCentral:
        pages = 0

        def snapshot(self, after: str | None, limit: int) -> dict[str, Any]:
            page = client.snapshot(after, limit)
            self.pages += 1
            if self.pages == 1:  # after the first page was read: central moves on
                late.commit()
                simulate_online_payments(central.admin, 1, bill_nos=[first_bill])
                with central.admin.begin() as conn:
                    conn.execute(
                        text(
                            "INSERT INTO guichet.accounts (account_no, agency_code, category, "
                            "name_ar, name_latin, currency) VALUES ('2401000000005', '2401', "
                            "'residential_individual', 'جديد', 'Nouveau Client', 'DZD')"
                        )
                    )
            return page

    try:
        result = initial_load(store, ChangingCentral(), page_size=PAGE)
    finally:
        late.close()
    assert result.loaded == REGION
    # The incremental cursor is the xmin of the FIRST page: the late transaction was running.
    assert cursor(store, STREAM).since == cursor(store, INITIAL_STREAM).since == result.since
    with store.read() as s:  # the load itself had already passed these rows
        assert s.scalar(select(Bill.open_minor).where(Bill.bill_no == first_bill)) > 0
        assert s.scalar(select(Account.id).where(Account.account_no == "2401000000005")) is None

    pulled = pull_changes(store, client)
    assert pulled.online_payments == 1
    with store.read() as s:
        assert s.scalar(select(Bill.open_minor).where(Bill.bill_no == first_bill)) == 0
        assert s.scalar(select(Payment.channel)) == "online"
        names = dict(
            s.execute(
                select(Account.account_no, Account.name_latin).where(
                    Account.account_no.in_(["240100000002", "2401000000005"])
                )
            ).all()
        )
    assert names == {"240100000002": "Late Writer", "2401000000005": "Nouveau Client"}


def test_open_amounts_keep_the_counters_unacknowledged_payments(
    store: Store, central: Central
) -> None:
    """A forced reload while a payment is still in the outbox must not reopen its bill."""
    client = central.client("2401")
    initial_load(store, client, page_size=PAGE)
    bill_no, amount = min(central_open_bills(central).items())
    with store.read() as s:
        account_no = s.scalar(
            select(Account.account_no)
            .join(Bill, Bill.account_id == Account.id)
            .where(Bill.bill_no == bill_no)
        )
    pay(store, account_no, amount, (bill_no,))
    result = initial_load(store, client, page_size=PAGE)  # forced: starts over
    assert not result.resumed and result.loaded == REGION
    assert local_bills(store)[bill_no] == 0
    assert central_open_bills(central)[bill_no] == amount  # not pushed yet


def test_another_agency_gets_only_its_own_region(store: Store, central: Central) -> None:
    page = central.client("2402").snapshot(None, 10_000)
    assert page["total"] == 300 and len(page["accounts"]) == 300 and not page["full"]
    rows = page["accounts"] + page["service_points"] + page["bills"]
    assert {r["agency_code"] for r in rows} == {"2402"}
    assert all(r["open_minor"] > 0 for r in page["bills"])
    # Asking for a position inside the other agency's range reveals nothing either.
    page = central.client("2402").snapshot("2401", 10_000)
    assert {r["agency_code"] for r in page["accounts"]} == {"2402"}


def test_the_snapshot_is_refused_to_anyone_but_an_agency_login(central: Central) -> None:
    rows = central.rows(
        "SELECT p.prosecdef, p.proconfig, has_function_privilege('public', p.oid, 'EXECUTE') "
        "AS public FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'guichet' AND p.proname = 'snapshot'"
    )
    assert rows == [
        {
            "prosecdef": True,
            "proconfig": ["search_path=pg_catalog, guichet, pg_temp"],
            "public": False,
        }
    ]
    with central.admin.connect() as conn:
        owner = roles_for(conn).owner
        conn.execute(text(f'SET SESSION AUTHORIZATION "{owner}"'))
        with pytest.raises(ProgrammingError) as err:
            conn.execute(text("SELECT guichet.snapshot(NULL, 10)"))
        assert "not an agency login" in str(err.value)
        conn.rollback()
    with central.engine_as("2401").connect() as conn, pytest.raises(ProgrammingError) as err:
        conn.execute(text("SELECT guichet.push_correction('2402', '{}'::jsonb)"))
    assert "permission denied" in str(err.value)


def test_the_cli_loads_a_new_workstation_then_syncs_incrementally(
    store: Store, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`guichet central simulate-region` then `guichet sync --once --json` on a new store;
    `--initial` forces a reload; errors come back as codes, nothing half-written."""
    import json
    from pathlib import Path

    from cli.main import main

    err: list[str] = []

    def run(*argv: str) -> tuple[int, dict]:
        code = main(list(argv))
        captured = capsys.readouterr()
        err.append(captured.err)
        return code, json.loads(captured.out) if captured.out.strip() else {}

    db = str(Path(str(store.engine.url.database)))
    store.dispose()
    with central_for(pg_url, ("2401",)) as c:
        code, made = run(
            "central",
            "simulate-region",
            "--agency",
            "2401",
            "--accounts",
            "1200",
            "--bills-per-account",
            "2",
            "--url",
            pg_url,
            "--json",
        )
        assert code == 0 and (made["accounts"], made["bills"]) == (1200, 2400)
        assert made["last_account"] == "240100001200"
        code, error = run(
            "central",
            "simulate-region",
            "--agency",
            "9999",
            "--accounts",
            "5",
            "--url",
            pg_url,
            "--json",
        )
        assert code == 1 and error["error"] == "input.invalid"

        url = c.logins["2401"].url
        code, first = run("--db", db, "sync", "--once", "--url", url, "--json")
        assert code == 0 and first["initial_load"]["accounts"] == 1200
        assert first["initial_load"]["bills"] == made["open_bills"]
        assert "Initial load: 1200/1200 accounts" in err[-1]  # progress on stderr
        code, second = run("--db", db, "sync", "--once", "--url", url, "--json")
        assert code == 0 and second["initial_load"] is None
        code, forced = run("--db", db, "sync", "--once", "--initial", "--url", url, "--json")
        assert code == 0 and forced["initial_load"]["loaded"] == 1200
        code, status = run("--db", db, "sync", "status", "--json")
        assert status["initial_load"] == {"done": True, "loaded": 1200, "total": 1200}
