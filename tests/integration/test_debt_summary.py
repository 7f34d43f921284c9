"""The dashboard's debt sums (table ``debt_summary``, kept by triggers) never disagree with the bills.

Why: the sums replaced a scan of every open bill (2.7 s at 1,000,000 accounts). A sum kept
beside the data is only worth having if no way of changing a bill or an account can leave it
wrong: payments, voids, pulled bills, a category that changes, a bill that is deleted or moved.
The oracle is the plain aggregate over the bills, computed here, not by the code under test.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.bootstrap import init_database
from desktop.money import Money
from desktop.services.dashboard import debt_by_category_and_age, debt_from_open_bills
from desktop.services.payments import PaymentRequest, take_payment
from desktop.services.voids import void_payment
from desktop.store.db import Store
from tests.factories import BillSpec, make_account, user_named

SUMMARY = "SELECT category, due_date, bills, open_minor FROM debt_summary WHERE bills <> 0"
ORACLE = (
    "SELECT a.category, b.due_date, count(*), sum(b.open_minor) FROM bills b "
    "JOIN accounts a ON a.id = b.account_id WHERE b.open_minor > 0 "
    "GROUP BY a.category, b.due_date"
)


def sums(conn: sqlite3.Connection) -> tuple[set[tuple], set[tuple]]:
    return set(conn.execute(SUMMARY)), set(conn.execute(ORACLE))


def test_payments_and_voids_move_the_sums_with_the_bills(store: Store) -> None:
    amina, karim = user_named(store, "amina"), user_named(store, "karim")
    acc = make_account(
        store,
        bills=[BillSpec(dt.date(2026, 1, 10), 300_000), BillSpec(dt.date(2026, 4, 10), 200_000)],
    )
    make_account(store, bills=[BillSpec(dt.date(2026, 1, 10), 150_000)])
    conn = sqlite3.connect(store.engine.url.database)
    summary, oracle = sums(conn)
    assert summary == oracle and len(oracle) == 2
    with store.unit_of_work() as uow:
        paid = take_payment(uow, PaymentRequest(acc.account_no, Money(350_000, "DZD")), amina)
    summary, oracle = sums(conn)
    assert summary == oracle
    assert ("residential_individual", "2026-01-10", 1, 150_000) in oracle  # one bill paid off
    with store.unit_of_work() as uow:
        void_payment(uow, amina, karim, paid.receipt_no, "wrong_amount")
    assert sums(conn)[0] == sums(conn)[1]
    with store.read() as session:
        cells = debt_by_category_and_age(session, dt.date(2026, 5, 1), "DZD")
        assert cells == debt_from_open_bills(session, dt.date(2026, 5, 1), "DZD")
    assert sum(c.amount.minor for c in cells) == 650_000
    assert sum(c.bills for c in cells) == 3
    conn.close()


OPS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "pay", "reopen", "due", "delete", "category", "move"]),
        st.integers(0, 7),  # which bill / account
        st.integers(0, 3),  # which amount / date / category
    ),
    max_size=40,
)
CATEGORIES = ("residential", "professional", "public", "industrial")
DUES = ("2025-01-10", "2025-06-10", "2026-01-10", "2026-03-10")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_any_sequence_of_changes_keeps_the_sums_right(template_db: Path, ops: list) -> None:
    conn = sqlite3.connect(template_db)
    conn.isolation_level = None
    conn.execute("BEGIN")  # every example starts from the template and is rolled back
    try:
        accounts = [r[0] for r in conn.execute("SELECT id FROM accounts ORDER BY id")]
        point = conn.execute("SELECT id FROM service_points LIMIT 1").fetchone()[0]
        for n, (op, which, value) in enumerate(ops):
            bills = [r[0] for r in conn.execute("SELECT id FROM bills ORDER BY id")]
            bill = bills[which % len(bills)] if bills else None
            if op == "insert" or bill is None:
                conn.execute(
                    "INSERT INTO bills (bill_no, account_id, service_point_id, period_start, "
                    "period_end, issue_date, due_date, consumption, estimated, currency, "
                    "amount_minor, open_minor) VALUES (?, ?, ?, '2025-01-01', '2025-03-31', "
                    "'2025-04-01', ?, 100, 0, 'DZD', 90000, ?)",
                    (
                        f"H{n}-{which}",
                        accounts[which % len(accounts)],
                        point,
                        DUES[value],
                        value * 30_000,
                    ),
                )
            elif op == "pay":
                conn.execute("UPDATE bills SET open_minor = 0 WHERE id = ?", (bill,))
            elif op == "reopen":
                conn.execute(
                    "UPDATE bills SET open_minor = ? WHERE id = ?", (10_000 * (value + 1), bill)
                )
            elif op == "due":
                conn.execute("UPDATE bills SET due_date = ? WHERE id = ?", (DUES[value], bill))
            elif op == "delete":
                conn.execute("DELETE FROM bill_lines WHERE bill_id = ?", (bill,))
                conn.execute("DELETE FROM bills WHERE id = ?", (bill,))
            elif op == "category":
                conn.execute(
                    "UPDATE accounts SET category = ? WHERE id = ?",
                    (CATEGORIES[value], accounts[which % len(accounts)]),
                )
            else:  # a bill moved to another account
                conn.execute(
                    "UPDATE bills SET account_id = ? WHERE id = ?",
                    (accounts[(which + 1) % len(accounts)], bill),
                )
            summary, oracle = sums(conn)
            assert summary == oracle, (op, which, value)
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def _template(path: Path) -> Path:
    store = init_database(path)
    try:
        for i in range(3):
            make_account(
                store,
                bills=[
                    BillSpec(dt.date(2025, 1, 10), 90_000),
                    BillSpec(dt.date(2026, 1, 10), 50_000 * (i + 1)),
                ],
            )
    finally:
        store.dispose()
    return path


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory.mktemp("debt") / "debt.db")
