"""Load test of the central push: 50 agency processes push 200 payments each, at once.

Why: "exactly once" must hold when the whole country reconnects together, not only for one
desktop. Each agency is a separate OS process (``tests/stress/sync_load_child.py``) with its
own SQLite store, its own PostgreSQL login role and its own payments taken through the real
use case; all push at the same moment (they wait for a barrier file). Afterwards central
holds exactly 10,000 counter payments, each local payment exactly once with its amount and
receipt number, every bill's open amount agrees between central and its agency, every
outbox is drained, nothing was quarantined, and no push hit a deadlock (neither reported by
a child nor counted by PostgreSQL for the database). Every other agency also loses the
acknowledgement of its first batch, so duplicates arrive in the middle of the load.

Cost: one template store (users and settings: Argon2 hashing once) copied per agency; the
region of each agency (4 accounts, 12 bills) is pulled by the child itself. About 1–2
minutes on 2 shared cores, most of it the 10,000 local payments (one fsync'd SQLite
transaction each, as at the counter).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.bootstrap import init_database, open_store
from desktop.store.models import (
    Account,
    Allocation,
    Bill,
    OutboxItem,
    Payment,
    Receipt,
    SyncQuarantine,
)
from tests.factories import prepare_store
from tests.integration.sync_world import Central, central_for
from tests.stress.conftest import ROOT
from tests.stress.sync_load_child import BATCH

pytestmark = [pytest.mark.postgres, pytest.mark.slow]  # fifty agencies pushing at once

AGENCIES = 50
PAYMENTS_EACH = 200
ACCOUNTS_EACH = 4
BILLS_EACH = 3
BILL_MINOR = 20_000_000  # 200,000 DA: 200 payments of at most 5,000 DA never pay one off
READY_TIMEOUT = 400.0
PUSH_TIMEOUT = 300.0


@pytest.fixture(scope="module")
def agency_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated store with settings and users but no till and no outbox rows: copies of it
    share nothing that central would see twice."""
    path = tmp_path_factory.mktemp("sync-load") / "template.db"
    store = prepare_store(init_database(path), till_for=None)
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxItem)) == 0
    store.dispose()
    return path


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    codes = tuple(str(3001 + i) for i in range(AGENCIES))
    with central_for(pg_url, codes) as c:
        seed_regions(c, codes)
        yield c


def seed_regions(central: Central, codes: tuple[str, ...]) -> None:
    """Each agency's accounts, meters and bills, written as the billing system would."""
    accounts, points, bills = [], [], []
    due = dt.date(2025, 3, 20)
    for code in codes:
        for a in range(ACCOUNTS_EACH):
            account_no = f"{code}{a + 1:08d}"
            accounts.append({"a": account_no, "ag": code, "la": f"Holder {account_no}"})
            points.append({"m": f"M{account_no}", "a": account_no, "ag": code})
            for b in range(BILLS_EACH):
                d = due + dt.timedelta(days=90 * b)
                bills.append(
                    {
                        "b": f"B{account_no}-{b}",
                        "a": account_no,
                        "m": f"M{account_no}",
                        "ag": code,
                        "ps": d - dt.timedelta(days=120),
                        "pe": d - dt.timedelta(days=30),
                        "i": d - dt.timedelta(days=20),
                        "d": d,
                        "amt": BILL_MINOR,
                    }
                )
    with central.admin.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO guichet.accounts (account_no, agency_code, category, name_ar, "
                "name_latin, city, currency) VALUES (:a, :ag, 'residential_individual', "
                "'محمد بن علي', :la, 'Guelma', 'DZD')"
            ),
            accounts,
        )
        conn.execute(
            text(
                "INSERT INTO guichet.service_points (meter_no, account_no, agency_code, service, "
                "tariff_code, billing_period) VALUES (:m, :a, :ag, 'electricity', "
                "'sonelgaz-2016-residential-electricity', 'quarterly')"
            ),
            points,
        )
        conn.execute(
            text(
                "INSERT INTO guichet.bills (bill_no, account_no, meter_no, agency_code, "
                "period_start, period_end, issue_date, due_date, consumption, currency, "
                "amount_minor, open_minor) VALUES (:b, :a, :m, :ag, :ps, :pe, :i, :d, 400, "
                "'DZD', :amt, :amt)"
            ),
            bills,
        )


def _deadlocks(central: Central) -> int:
    with central.admin.connect() as conn:
        conn.execute(text("SELECT pg_stat_clear_snapshot()"))
        return int(
            conn.execute(
                text("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")
            ).scalar_one()
        )


def _line(proc: subprocess.Popen[str], tag: str, err: Path, deadline: float) -> dict:
    """The next protocol line of a child, or a failure carrying its stderr."""
    assert proc.stdout is not None
    line = proc.stdout.readline()  # the children write nothing else on stdout
    if not line.startswith(tag + " ") or time.monotonic() > deadline:
        proc.wait(10)
        raise AssertionError(f"expected {tag}, got {line!r}: {err.read_text()[-3000:]}")
    return json.loads(line.split(" ", 1)[1])


def _max_overlap(windows: list[tuple[float, float]]) -> int:
    """The largest number of push windows open at one instant."""
    events = sorted([(s, 1) for s, _ in windows] + [(e, -1) for _, e in windows])
    most = now = 0
    for _, step in events:
        now += step
        most = max(most, now)
    return most


@pytest.mark.timeout(900)
def test_fifty_agencies_pushing_at_once_store_every_payment_exactly_once(
    central: Central, agency_template: Path, tmp_path: Path
) -> None:
    codes = sorted(central.logins)
    barrier = tmp_path / "go"
    deadlocks_before = _deadlocks(central)
    procs: dict[str, tuple[subprocess.Popen[str], Path, Path]] = {}
    try:
        for i, code in enumerate(codes):
            db, err = tmp_path / f"agency-{code}.db", tmp_path / f"agency-{code}.err"
            shutil.copyfile(agency_template, db)
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.stress.sync_load_child",
                    str(db),
                    code,
                    str(PAYMENTS_EACH),
                    str(1000 + i),
                    str(barrier),
                    "1" if i % 2 else "0",
                ],
                stdout=subprocess.PIPE,
                stderr=err.open("w"),
                text=True,
                cwd=ROOT,
                env={**os.environ, "GUICHET_CENTRAL_URL": central.logins[code].url},
            )
            procs[code] = (proc, db, err)
        deadline = time.monotonic() + READY_TIMEOUT
        ready = {code: _line(p, "READY", err, deadline) for code, (p, _, err) in procs.items()}
        assert all(r["payments"] == PAYMENTS_EACH for r in ready.values())
        barrier.touch()  # every agency pushes now
        deadline = time.monotonic() + PUSH_TIMEOUT
        done = {code: _line(p, "DONE", err, deadline) for code, (p, _, err) in procs.items()}
        for code, (proc, _, err) in procs.items():
            assert proc.wait(120) == 0, f"agency {code}: {err.read_text()[-3000:]}"
    finally:
        for proc, _, _ in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    # The children: nothing rejected, no transient failure, re-sent batches came back as
    # duplicates, and the pushes really overlapped.
    errors = {code: d["errors"] for code, d in done.items() if d["errors"]}
    assert not [e for es in errors.values() for e in es if e.startswith("sync.busy")], errors
    assert sum(d["rejected"] for d in done.values()) == 0
    lost = sum(d["lost_ack"] for d in done.values())
    assert lost == (AGENCIES // 2) * BATCH
    assert sum(d["lost_ack_inserted"] for d in done.values()) == lost
    assert sum(d["pushed"] for d in done.values()) + lost == AGENCIES * PAYMENTS_EACH
    assert sum(d["duplicates"] for d in done.values()) == lost  # re-sent, counted once
    overlap = _max_overlap([(d["push_start"], d["push_end"]) for d in done.values()])
    assert overlap >= AGENCIES // 10, f"only {overlap} agencies were pushing at the same time"

    # Central: exactly 10,000 counter payments, no quarantine, no deadlock counted.
    assert central.scalar("SELECT count(*) FROM guichet.payments") == AGENCIES * PAYMENTS_EACH
    assert central.scalar("SELECT count(*) FROM guichet.quarantine") == 0
    assert central.scalar("SELECT count(*) FROM guichet.payments WHERE flags <> '{}'") == 0
    time.sleep(0.5)  # backends flush their statistics as they exit
    assert _deadlocks(central) == deadlocks_before

    # Each agency: its local payments are central's, one for one, and the bills agree.
    remote = {
        (r["agency_code"], r["uuid"]): r
        for r in central.rows(
            "SELECT uuid::text AS uuid, agency_code, receipt_no, amount_minor, terminal "
            "FROM guichet.payments"
        )
    }
    remote_open = {
        r["bill_no"]: r["open_minor"]
        for r in central.rows("SELECT bill_no, open_minor FROM guichet.bills")
    }
    remote_allocations = central.scalar("SELECT count(*) FROM guichet.allocations")
    local_allocations = 0
    for code, (_, db, _) in procs.items():
        store = open_store(db)
        try:
            with store.read() as s:
                local = {
                    (code, u): {
                        "uuid": u,
                        "agency_code": code,
                        "receipt_no": r,
                        "amount_minor": amount,
                        "terminal": "T01",
                    }
                    for u, r, amount in s.execute(
                        select(Payment.uuid, Receipt.receipt_no, Payment.amount_minor).join(
                            Receipt, Receipt.payment_uuid == Payment.uuid
                        )
                    )
                }
                assert len(local) == PAYMENTS_EACH
                assert {k: remote.get(k) for k in local} == local, f"agency {code}"
                pending = s.scalar(
                    select(func.count()).select_from(OutboxItem).where(OutboxItem.sent_at.is_(None))
                )
                assert pending == 0, f"agency {code}: {pending} items still in the outbox"
                assert s.scalar(select(func.count()).select_from(SyncQuarantine)) == 0
                bills = dict(
                    s.execute(
                        select(Bill.bill_no, Bill.open_minor)
                        .join(Account)
                        .where(Account.account_no.like(f"{code}%"))
                    ).all()
                )
                assert len(bills) == ACCOUNTS_EACH * BILLS_EACH
                assert bills == {b: remote_open[b] for b in bills}, f"agency {code}"
                assert min(bills.values()) < BILL_MINOR  # the payments did reach the bills
                local_allocations += s.scalar(select(func.count()).select_from(Allocation)) or 0
        finally:
            store.dispose()
    assert len(remote) == AGENCIES * PAYMENTS_EACH
    assert remote_allocations == local_allocations
