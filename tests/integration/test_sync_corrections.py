"""Central side of two counter operations, on a real PostgreSQL through the agency's login.

- A correction of a closed till (a reversing payment, desktop/services/corrections.py) is
  applied by central: the bills get back what the original payment had applied there, the
  credit is taken back, idempotently (same UUID = duplicate, other content = conflict), and
  what cannot apply is quarantined. A correction not yet acknowledged is not undone by a pull.
- An online payment pulled from central fills the account's installment plan like a counter
  payment, once.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text

from desktop.domain.cash import CashCount
from desktop.domain.plans import PlanTerms
from desktop.money import Money
from desktop.services.corrections import correct_payment
from desktop.services.plan_ledger import installment_states
from desktop.services.plans import create_plan
from desktop.services.tills import close_till
from desktop.store import journal
from desktop.store.db import Store
from desktop.store.models import Bill, InstallmentPlan, OutboxItem, SyncQuarantine
from desktop.sync.admin import add_agency, central_engine, drop_central, upgrade_central
from desktop.sync.pull import pull_changes
from desktop.sync.push import pending_batch, push_outbox
from desktop.sync.service import sync_once
from desktop.sync.simulate import simulate_online_payments
from tests.factories import open_till, user_named
from tests.integration.sync_world import Central, central_for, pay, seed_account

pytestmark = pytest.mark.postgres

ACCOUNT = "240100000001"


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url) as c:
        seed_account(c, "2401", ACCOUNT, {"F1": 10_000, "F2": 20_000})
        seed_account(c, "2402", "240200000001", {"X1": 50_000})
        yield c


def next_till(store: Store) -> None:
    """Close amina's till (a manager validates whatever was counted) and open a new one, so
    that earlier payments can only be corrected, no longer voided."""
    amina, karim = user_named(store, "amina"), user_named(store, "karim")
    with store.unit_of_work() as uow:
        close_till(
            uow,
            amina,
            CashCount.of("DZD", {200_000: 5}),
            Money(0, "DZD"),
            validator=karim,
            justification="end of shift",
        )
    open_till(store)


def correct(store: Store, receipt_no: str) -> None:
    with store.unit_of_work() as uow:
        correct_payment(
            uow, user_named(store, "amina"), user_named(store, "karim"), receipt_no, "wrong_account"
        )


def central_open(central: Central) -> dict[str, int]:
    return {
        r["bill_no"]: r["open_minor"]
        for r in central.rows("SELECT bill_no, open_minor FROM guichet.bills ORDER BY bill_no")
    }


def local_open(store: Store) -> dict[str, int]:
    with store.read() as s:
        return dict(s.execute(select(Bill.bill_no, Bill.open_minor)).all())


def correction_item(store: Store) -> dict:
    (item,) = [i for i in pending_batch(store) if i["entity"] == "payment_correction"]
    return item


def test_a_correction_reopens_the_bills_centrally_exactly_once(
    store: Store, central: Central
) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    paid = pay(store, ACCOUNT, 25_000)  # F1 in full, 15,000 on F2
    push_outbox(store, client)
    assert central_open(central)["F1"] == 0 and central_open(central)["F2"] == 5_000
    next_till(store)
    correct(store, paid.receipt_no)
    item = correction_item(store)

    report = sync_once(store, client)
    assert report.rejected == 0 and report.pushed >= 1  # the correction (and till events)
    assert central_open(central) == {"F1": 10_000, "F2": 20_000, "X1": 50_000}
    assert local_open(store) == {"F1": 10_000, "F2": 20_000}  # and the pull agrees
    reversal = central.rows(
        "SELECT p.channel, p.amount_minor, p.receipt_no, p.status, c.original_uuid::text AS o "
        "FROM guichet.payments p JOIN guichet.corrections c ON c.payment_uuid = p.uuid"
    )
    assert reversal == [
        {
            "channel": "correction",
            "amount_minor": -25_000,
            "receipt_no": item["payload"]["receipt_no"],
            "status": "valid",
            "o": paid.payment_uuid,
        }
    ]
    assert (
        central.scalar(
            "SELECT sum(applied_minor) FROM guichet.allocations a JOIN guichet.payments p "
            "ON p.uuid = a.payment_uuid WHERE p.channel = 'correction'"
        )
        == -25_000
    )
    assert (
        central.scalar("SELECT count(*) FROM guichet.events WHERE entity = 'payment_correction'")
        == 0
    )

    # The same item again (a lost acknowledgement): a duplicate, nothing applied twice.
    assert client.push([item])[0]["status"] == "duplicate"
    assert central_open(central)["F1"] == 10_000
    # The same UUID with other content: refused and quarantined, the first version kept.
    forged = {**item, "payload": {**item["payload"], "reason_text": "changed"}}
    answer = client.push([forged])[0]
    assert (answer["status"], answer["reason"]) == ("rejected", "payload_conflict")
    # Another correction of the same payment: refused.
    again = {
        **item,
        "uuid": str(uuid.uuid4()),
        "payload": {
            **item["payload"],
            "correction_uuid": str(uuid.uuid4()),
            "payment_uuid": str(uuid.uuid4()),
            "receipt_no": "2401-T01-2099-1",
        },
    }
    answer = client.push([again])[0]
    assert (answer["status"], answer["reason"]) == ("rejected", "already_corrected")
    assert central_open(central)["F1"] == 10_000
    assert central.scalar("SELECT count(*) FROM guichet.corrections") == 1


def test_what_cannot_apply_is_quarantined_and_the_queue_goes_on(
    store: Store, central: Central
) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    paid = pay(store, ACCOUNT, 10_000, ("F1",))
    push_outbox(store, client)
    next_till(store)
    correct(store, paid.receipt_no)
    item = correction_item(store)
    p = item["payload"]
    cases = {
        "unknown_payment": {**p, "original_payment_uuid": str(uuid.uuid4())},
        "bad_amount": {**p, "amount": "-5.00"},  # does not reverse the original
    }
    for reason, payload in cases.items():
        bad = {
            **item,
            "uuid": str(uuid.uuid4()),
            "payload": {**payload, "correction_uuid": str(uuid.uuid4())},
        }
        answer = client.push([bad])[0]
        assert (answer["status"], answer["reason"]) == ("rejected", reason)
    # Another agency cannot correct this agency's payment: RLS hides it.
    other = {**item, "uuid": str(uuid.uuid4()), "payload": {**p, "agency": "2402"}}
    answer = central.client("2402").push([other])[0]
    assert answer["status"] == "rejected" and answer["reason"] in {
        "unknown_payment",
        "wrong_agency",
    }
    assert central_open(central)["F1"] == 0
    assert central.scalar("SELECT count(*) FROM guichet.quarantine") == 3
    # The real one still goes through after all that.
    assert push_outbox(store, client).pushed >= 1
    assert central_open(central)["F1"] == 10_000


def test_a_correction_gives_back_only_what_central_had_applied(
    store: Store, central: Central
) -> None:
    """F1 was paid online AND at the counter: central applied the counter payment to F2
    instead (reallocated), so correcting it gives F2 back and never reopens F1."""
    client = central.client("2401")
    pull_changes(store, client)
    simulate_online_payments(central.admin, 1, bill_nos=["F1"])
    paid = pay(store, ACCOUNT, 10_000, ("F1",))
    push_outbox(store, client)
    assert central.scalar("SELECT flags FROM guichet.payments WHERE channel = 'counter'") == [
        "reallocated"
    ]
    before = central_open(central)
    next_till(store)
    correct(store, paid.receipt_no)
    report = sync_once(store, client)
    assert report.rejected == 0
    after = central_open(central)
    assert after["F1"] == 0
    assert sum(after.values()) - sum(before.values()) == 10_000  # exactly what was applied
    assert local_open(store)["F1"] == 0  # the pull brought central's truth: paid online


def test_a_pull_does_not_undo_a_correction_central_has_not_received(
    store: Store, central: Central
) -> None:
    client = central.client("2401")
    pull_changes(store, client)
    paid = pay(store, ACCOUNT, 10_000, ("F1",))
    push_outbox(store, client)
    next_till(store)
    correct(store, paid.receipt_no)
    with central.admin.begin() as conn:  # F1 changes centrally, so the pull brings it again
        conn.execute(text("UPDATE guichet.bills SET consumption = 401 WHERE bill_no = 'F1'"))
    assert pull_changes(store, client).bills >= 1  # F1 at least (xmin may lag: other work)
    assert central_open(central)["F1"] == 0  # central still has it paid...
    assert local_open(store)["F1"] == 10_000  # ...the counter keeps it reopened


def test_corrections_kept_as_events_before_c0002_are_applied_by_the_upgrade(
    store: Store, pg_url: str
) -> None:
    admin = central_engine(pg_url)
    drop_central(admin)
    upgrade_central(admin, "c0001")
    central = Central(admin, {"2401": add_agency(admin, "2401")}, [])
    try:
        seed_account(central, "2401", ACCOUNT, {"F1": 10_000, "F2": 20_000})
        client = central.client("2401")
        pull_changes(store, client)
        paid = pay(store, ACCOUNT, 10_000, ("F1",))
        next_till(store)
        correct(store, paid.receipt_no)
        push_outbox(store, client)  # c0001 keeps the correction as an event
        assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'F1'") == 0
        assert (
            central.scalar(
                "SELECT count(*) FROM guichet.events WHERE entity = 'payment_correction'"
            )
            == 1
        )
        upgrade_central(admin)
        assert central.scalar("SELECT open_minor FROM guichet.bills WHERE bill_no = 'F1'") == (
            10_000
        )
        assert central.scalar("SELECT count(*) FROM guichet.corrections") == 1
        assert (
            central.scalar(
                "SELECT count(*) FROM guichet.events WHERE entity = 'payment_correction'"
            )
            == 0
        )
    finally:
        for c in central.clients:
            c.dispose()
        drop_central(admin)
        admin.dispose()


def test_an_online_payment_fills_the_installment_plan_like_a_counter_payment(
    store: Store, central: Central
) -> None:
    seed_account(central, "2401", "240100000009", {"P1": 4_000_000})
    client = central.client("2401")
    pull_changes(store, client)
    with store.unit_of_work() as uow:
        made = create_plan(
            uow,
            user_named(store, "amina"),
            "240100000009",
            PlanTerms(Money(400_000, "DZD"), count=4, bill_nos=("P1",)),
        )
    sync_once(store, client)  # the down payment reaches central: P1 owes 3,600,000 there
    (online,) = simulate_online_payments(central.admin, 1, bill_nos=["P1"])
    assert online.amount_minor == 3_600_000

    assert pull_changes(store, client).online_payments == 1
    pull_changes(store, client)  # seen again: nothing filled twice
    with store.read() as s:
        plan = s.get(InstallmentPlan, made.plan_uuid)
        status = plan.status if plan is not None else None
        states = installment_states(s, made.plan_uuid, "DZD")
        fills = s.scalars(
            select(OutboxItem.payload).where(
                OutboxItem.entity == "installment_allocation", OutboxItem.entity_uuid == online.uuid
            )
        ).all()
        assert journal.verify(s).intact
        assert s.scalar(select(func.count()).select_from(SyncQuarantine)) == 0
    assert [st.remaining.minor for st in states] == [0, 0, 0, 0]
    assert sum(st.paid.minor for st in states) == 3_600_000
    assert status == "completed"
    assert len(fills) == 1 and fills[0]["payment_uuid"] == online.uuid
    assert local_open(store)["P1"] == 0


def test_the_same_correction_pushed_twice_at_once_is_a_duplicate_not_a_problem(
    store: Store, central: Central
) -> None:
    """The background sender and `guichet sync` racing: the second push waits on the payment's
    row lock, then must recognise the correction the first one committed (c0006)."""
    import threading

    client = central.client("2401")
    pull_changes(store, client)
    paid = pay(store, ACCOUNT, 10_000)
    push_outbox(store, client)
    next_till(store)
    correct(store, paid.receipt_no)
    item = correction_item(store)

    first = central.engine_as("2401").connect()
    second: list[dict] = []
    racer = threading.Thread(target=lambda: second.extend(central.client("2401").push([item])))
    try:
        holding = first.begin()
        (answer,) = first.execute(
            text("SELECT guichet.push(CAST(:i AS jsonb))"), {"i": json.dumps([item])}
        ).scalar_one()
        racer.start()
        racer.join(1.0)
        waited = racer.is_alive()
        holding.commit()
    finally:
        first.close()  # releases the row lock even when an assertion below fails
        if racer.ident is not None:
            racer.join(30)
    assert answer["status"] == "inserted"
    assert waited, "the second push should wait for the first one's lock"
    assert [a["status"] for a in second] == ["duplicate"]
    assert central.scalar("SELECT count(*) FROM guichet.quarantine") == 0
    assert central.scalar("SELECT count(*) FROM guichet.corrections") == 1


def test_central_cannot_be_taken_back_before_c0002_once_corrections_are_applied(
    store: Store, central: Central
) -> None:
    from alembic import command

    from desktop.sync.admin import _alembic_config

    client = central.client("2401")
    pull_changes(store, client)
    paid = pay(store, ACCOUNT, 10_000)
    next_till(store)
    correct(store, paid.receipt_no)
    push_outbox(store, client)
    cfg = _alembic_config(central.admin)
    with central.admin.begin() as conn, pytest.raises(RuntimeError, match="cannot be undone"):
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "c0001")
    assert central.scalar("SELECT count(*) FROM guichet.corrections") == 1
