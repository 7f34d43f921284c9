"""Push on a real PostgreSQL: exactly once under retries, conflicts flagged, clones quarantined."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.bootstrap import init_database
from desktop.store.db import Store
from desktop.store.models import Bill, OutboxItem, SyncQuarantine
from desktop.sync import push as push_module
from desktop.sync.client import CentralClient
from desktop.sync.pull import pull_changes
from desktop.sync.push import PushResult, pending_batch, push_outbox
from desktop.sync.service import sync_once, sync_status
from tests.integration.sync_world import Central, central_for, pay, seed_account

pytestmark = pytest.mark.postgres

ACCOUNT = "240100000001"


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url) as c:
        seed_account(c, "2401", ACCOUNT, {"F1": 10_000, "F2": 20_000})
        yield c


@pytest.fixture
def desk(store: Store, central: Central) -> Store:
    """A desktop of agency 2401 that has pulled its region once."""
    pull_changes(store, central.client("2401"))
    return store


def central_payments(central: Central) -> int:
    return int(central.scalar("SELECT count(*) FROM guichet.payments") or 0)


def pending(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).where(OutboxItem.sent_at.is_(None))) or 0


def test_a_payment_lost_between_central_commit_and_local_mark_is_stored_once(
    desk: Store, central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    pay(desk, ACCOUNT, 10_000)
    client = central.client("2401")

    def crash(*_args: object, **_kw: object) -> None:
        raise ConnectionError("killed after central commit, before the local mark")

    monkeypatch.setattr(push_module, "acknowledge", crash)
    with pytest.raises(ConnectionError):
        push_outbox(desk, client)
    assert central_payments(central) == 1
    assert pending(desk) == 1  # central committed, but the desktop never heard of it

    monkeypatch.undo()
    again = push_outbox(desk, client)
    assert (again.pushed, again.duplicates, again.rejected) == (0, 1, 0)
    assert central_payments(central) == 1
    assert pending(desk) == 0
    assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'F1'") == 0


def test_two_senders_on_one_outbox_store_each_payment_once(desk: Store, central: Central) -> None:
    for _ in range(3):
        pay(desk, ACCOUNT, 1_000)
    first, second = central.client("2401"), central.client("2401")
    batch = pending_batch(desk)
    a = first.push(batch)
    b = second.push(batch)
    assert [r["status"] for r in a] == ["inserted"] * 3
    assert [r["status"] for r in b] == ["duplicate"] * 3
    assert central_payments(central) == 3
    assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'F1'") == 7_000


def test_two_sender_threads_draining_one_outbox_at_once_store_each_payment_once(
    desk: Store, central: Central
) -> None:
    for _ in range(40):
        pay(desk, ACCOUNT, 100)
    clients = [central.client("2401"), central.client("2401")]
    start = threading.Barrier(2)
    results: list[PushResult] = []

    def sender(client: CentralClient) -> None:
        start.wait()
        results.append(push_outbox(desk, client, batch_size=7))

    threads = [threading.Thread(target=sender, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(results) == 2
    assert sum(r.pushed for r in results) == 40
    assert sum(r.rejected for r in results) == 0
    assert central_payments(central) == 40
    assert pending(desk) == 0
    assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'F1'") == 6_000


def test_the_same_uuid_with_other_content_is_flagged_not_ignored(
    desk: Store, central: Central
) -> None:
    pay(desk, ACCOUNT, 10_000)
    client = central.client("2401")
    item = pending_batch(desk)[0]
    client.push([item])
    tampered = {**item, "payload": {**item["payload"], "amount": "1.00"}}
    (answer,) = client.push([tampered])
    assert answer["status"] == "rejected"
    assert answer["reason"] == "payload_conflict"
    stored = central.rows("SELECT amount_minor, flags FROM guichet.payments")
    assert stored == [{"amount_minor": 10_000, "flags": ["payload_conflict"]}]
    assert central.scalar("SELECT reason FROM guichet.quarantine") == "payload_conflict"


def test_a_receipt_number_reused_by_a_cloned_terminal_is_quarantined_never_overwritten(
    desk: Store, central: Central, tmp_path: Path
) -> None:
    desk.dispose()
    clone_path = tmp_path / "clone.db"
    shutil.copyfile(Path(desk.engine.url.database or ""), clone_path)  # restored from a backup
    clone = init_database(clone_path)
    try:
        original = pay(desk, ACCOUNT, 10_000)
        cloned = pay(clone, ACCOUNT, 5_000)
        later = pay(clone, ACCOUNT, 2_000)
        assert cloned.receipt_no == original.receipt_no
        assert push_outbox(desk, central.client("2401")).pushed == 1

        result = push_outbox(clone, central.client("2401"))
        assert (result.pushed, result.rejected) == (1, 1)  # the queue did not stop
        rows = central.rows("SELECT uuid::text, receipt_no FROM guichet.payments ORDER BY 2")
        assert {r["uuid"] for r in rows} == {original.payment_uuid, later.payment_uuid}
        status = sync_status(clone)
        assert status["pending"] == 0
        assert status["quarantined"] == 1
        (q,) = status["quarantine"]
        assert q["reason"] == "receipt_reused"
        assert q["receipt_no"] == original.receipt_no
        assert q["entity_uuid"] == cloned.payment_uuid
    finally:
        clone.dispose()


def test_a_counter_payment_for_a_bill_paid_online_goes_to_the_oldest_open_bill_centrally(
    desk: Store, central: Central
) -> None:
    """The desktop's allocation no longer fits central's state: central applies the cash by
    its own rule (oldest open bill first) and says so in the acknowledgement."""
    from desktop.sync.simulate import simulate_online_payments

    receipt = pay(desk, ACCOUNT, 10_000, bills=("F1",))  # cash taken while offline
    simulate_online_payments(central.admin, 1, bill_nos=["F1"])  # the customer paid online too
    (answer,) = central.client("2401").push(pending_batch(desk))
    assert answer["status"] == "inserted" and answer["flags"] == ["reallocated"]
    assert answer["applied"] == [{"bill_no": "F2", "amount": "100.00"}]
    assert (answer["credit"], answer["credit_due"]) == ("0.00", "0.00")
    (row,) = central.rows(
        "SELECT flags, credit_due_minor FROM guichet.payments WHERE uuid = CAST(:u AS uuid)",
        u=receipt.payment_uuid,
    )
    assert row == {"flags": ["reallocated"], "credit_due_minor": 0}
    assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'F2'") == 10_000


def test_a_counter_payment_with_nothing_left_open_is_kept_for_credit_when_credit_is_refused(
    desk: Store, central: Central
) -> None:
    from desktop.sync.simulate import simulate_online_payments

    receipt = pay(desk, ACCOUNT, 10_000, bills=("F1",))  # cash taken while offline
    simulate_online_payments(central.admin, 2, bill_nos=["F1", "F2"])  # all paid online
    result = push_outbox(desk, central.client("2401"))
    assert (result.pushed, result.rejected, result.flagged) == (1, 0, 1)
    (row,) = central.rows(
        "SELECT flags, credit_due_minor, credit_minor FROM guichet.payments "
        "WHERE uuid = CAST(:u AS uuid)",
        u=receipt.payment_uuid,
    )
    assert row == {
        "flags": ["needs_credit", "reallocated"],
        "credit_due_minor": 10_000,
        "credit_minor": 0,
    }
    assert (
        central.scalar("SELECT credit_minor FROM guichet.accounts WHERE account_no = :a", a=ACCOUNT)
        == 0
    )


def test_a_void_reopens_the_bill_centrally_and_repeating_it_is_harmless(
    desk: Store, central: Central
) -> None:
    from desktop.services.voids import void_payment
    from tests.factories import user_named

    receipt = pay(desk, ACCOUNT, 10_000)
    with desk.unit_of_work() as uow:
        void_payment(
            uow,
            user_named(desk, "amina"),
            user_named(desk, "karim"),
            receipt.receipt_no,
            "wrong_amount",
        )
    client = central.client("2401")
    assert push_outbox(desk, client).pushed == 2
    assert central.scalar("SELECT status FROM guichet.payments") == "void"
    assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'F1'") == 10_000
    with desk.read() as s:
        items = [
            {
                "uuid": o.uuid,
                "entity": o.entity,
                "entity_uuid": o.entity_uuid,
                "op": o.op,
                "payload": o.payload,
            }
            for o in s.scalars(select(OutboxItem).order_by(OutboxItem.id))
        ]
    assert [r["status"] for r in client.push(items)] == ["duplicate", "duplicate"]
    assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'F1'") == 10_000


@pytest.mark.slow  # a week of payments
def test_a_week_offline_then_sync_sends_everything_once(desk: Store, central: Central) -> None:
    seed_account(central, "2401", "240100000002", {f"G{i:03d}": 400_000 for i in range(5)})
    pull_changes(desk, central.client("2401"))
    for _ in range(1000):
        pay(desk, "240100000002", 1_500)
    report = sync_once(desk, central.client("2401"))
    assert (report.pushed, report.duplicates, report.rejected) == (1000, 0, 0)
    assert central_payments(central) == 1000
    assert (
        central.scalar(
            "SELECT sum(open_minor) FROM guichet.bills WHERE account_no = '240100000002'"
        )
        == 2_000_000 - 1000 * 1_500
    )
    with desk.read() as s:
        local_open = s.scalar(select(func.sum(Bill.open_minor)).where(Bill.bill_no.like("G%")))
        assert s.scalar(select(func.count()).select_from(SyncQuarantine)) == 0
    assert local_open == 2_000_000 - 1000 * 1_500  # the pull after the push agrees


def test_the_background_sender_reports_each_run_and_stops(desk: Store, central: Central) -> None:
    from desktop.domain.errors import DomainError
    from desktop.sync.service import BackgroundSync, SyncReport

    pay(desk, ACCOUNT, 1_000)
    reports: list[SyncReport | DomainError] = []
    done = threading.Event()

    def on_result(result: SyncReport | DomainError) -> None:
        reports.append(result)
        done.set()

    sender = BackgroundSync(desk, central.client("2401"), on_result, interval=3600)
    sender.start()
    try:
        assert done.wait(30)
    finally:
        sender.stop()
    (report,) = reports
    assert isinstance(report, SyncReport) and report.pushed == 1
    assert pending(desk) == 0
