"""Pull on a real PostgreSQL: transaction-id cursor, late commits, paging, online payments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, select, text

from desktop.services.accounts import get_account_view
from desktop.store.db import Store
from desktop.store.models import Account, Bill, Payment, SyncCursor
from desktop.store.search import search_accounts
from desktop.sync.pull import pull_changes
from desktop.sync.push import push_outbox
from desktop.sync.simulate import simulate_online_payments
from tests.integration.sync_world import Central, central_for, pay, seed_account

pytestmark = pytest.mark.postgres

ACCOUNT = "240100000001"


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url) as c:
        seed_account(c, "2401", ACCOUNT, {"F1": 10_000, "F2": 20_000})
        seed_account(c, "2402", "240200000001", {"X1": 99_900}, name_latin="Other Agency")
        yield c


def open_minor(store: Store) -> dict[str, int]:
    with store.read() as s:
        return dict(s.execute(select(Bill.bill_no, Bill.open_minor)).all())


def insert_bill(conn: Connection, bill_no: str, amount: int) -> None:
    conn.execute(
        text(
            "INSERT INTO guichet.bills (bill_no, account_no, meter_no, agency_code, period_start,"
            " period_end, issue_date, due_date, currency, amount_minor, open_minor) VALUES "
            "(:b, :a, :m, '2401', :d, :d, :d, :d, 'DZD', :amt, :amt)"
        ),
        {"b": bill_no, "a": ACCOUNT, "m": f"M{ACCOUNT}", "d": dt.date(2025, 6, 1), "amt": amount},
    )


def test_first_pull_loads_only_this_agency_and_makes_it_searchable(
    store: Store, central: Central
) -> None:
    result = pull_changes(store, central.client("2401"))
    assert (result.accounts, result.service_points, result.bills) == (1, 1, 2)
    assert open_minor(store) == {"F1": 10_000, "F2": 20_000}
    with store.read() as s:
        hits = search_accounts(s, "benali")
        assert [h.account_no for h in hits] == [ACCOUNT]
        assert s.scalar(select(Account).where(Account.account_no == "240200000001")) is None
        assert get_account_view(s, ACCOUNT).total_due.minor == 30_000


def test_pulling_again_is_harmless(store: Store, central: Central) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    with store.unit_of_work() as uow:  # forget the cursor: everything comes again
        uow.session.execute(SyncCursor.__table__.delete())
        uow.commit()
    again = pull_changes(store, client)
    assert again.bills == 2
    assert open_minor(store) == {"F1": 10_000, "F2": 20_000}


def test_a_transaction_that_commits_late_is_not_skipped(store: Store, central: Central) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    with central.admin.connect() as t1, central.admin.connect() as t2:
        t1.begin()
        insert_bill(t1, "LATE", 1_111)  # T1 takes its transaction id first...
        t2.begin()
        insert_bill(t2, "EARLY", 2_222)
        t2.commit()  # ...T2 starts later and commits first
        first = pull_changes(store, client)
        assert first.bills >= 1  # F1 and F2 again too when another transaction holds the xmin
        assert "EARLY" in open_minor(store) and "LATE" not in open_minor(store)
        t1.commit()
    second = pull_changes(store, client)
    assert second.bills >= 1
    assert open_minor(store)["LATE"] == 1_111


def test_pages_resume_from_the_saved_position(store: Store, central: Central) -> None:
    seed_account(central, "2401", "240100000002", {f"P{i:02d}": 100 for i in range(25)})
    result = pull_changes(store, central.client("2401"), page_size=4)
    assert result.pages >= 8
    assert result.bills == 27
    with store.read() as s:
        cursor = s.get(SyncCursor, "central")
        assert cursor is not None and cursor.after is None and int(cursor.since) > 0


def test_an_online_payment_reduces_the_open_amount_at_the_counter(
    store: Store, central: Central
) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    (online,) = simulate_online_payments(central.admin, 1, bill_nos=["F2"])
    result = pull_changes(store, client)
    assert result.online_payments == 1
    assert open_minor(store) == {"F1": 10_000, "F2": 0}
    with store.read() as s:
        row = s.get(Payment, online.uuid)
        assert row is not None and row.channel == "online" and row.amount_minor == 20_000
    pull_changes(store, client)  # seen again: nothing doubles
    assert open_minor(store) == {"F1": 10_000, "F2": 0}


def test_a_payment_not_yet_acknowledged_is_not_reopened_by_a_pull(
    store: Store, central: Central
) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    pay(store, ACCOUNT, 10_000)  # offline: central still says F1 is open
    with central.admin.begin() as conn:  # central touches the bill meanwhile
        conn.execute(text("UPDATE guichet.bills SET consumption = 401 WHERE bill_no = 'F1'"))
    pull_changes(store, client)
    assert open_minor(store)["F1"] == 0
    push_outbox(store, client)
    pull_changes(store, client)
    assert open_minor(store)["F1"] == 0
    assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'F1'") == 0
