"""Sync problems: a manager sends a refused item again or closes it with a note.

The first tests feed ``acknowledge`` the answer central gives for a refused item (the same
function the real push calls), so they run on SQLite alone; the last ones go through a real
central PostgreSQL: a retry that central now accepts, a retry refused again (cloned terminal),
and the manager's note arriving centrally.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.bootstrap import init_database
from desktop.domain.errors import DomainError
from desktop.store import journal
from desktop.store.db import Store
from desktop.store.models import JournalEntry, SyncQuarantine
from desktop.sync.pull import pull_changes
from desktop.sync.push import acknowledge, pending_batch, push_outbox
from desktop.sync.quarantine import list_quarantine, resolve_quarantine
from desktop.sync.service import sync_status
from tests.factories import BillSpec, make_account, snapshot, user_named
from tests.integration.sync_world import Central, central_for, pay, seed_account

NOW = dt.datetime(2026, 11, 23, 9, 30)
ACCOUNT = "240100000001"
BILL = BillSpec(dt.date(2026, 10, 1), 10_000, bill_no="F1")


def _refused(store: Store, reason: str = "invalid", detail: str = "central said no") -> dict:
    """One payment taken here and refused by central (as ``push`` reports it)."""
    make_account(store, account_no=ACCOUNT, bills=[BILL])
    pay(store, ACCOUNT, 10_000)
    (item,) = pending_batch(store)
    answer = {"uuid": item["uuid"], "status": "rejected", "reason": reason, "detail": detail}
    assert acknowledge(store, [item], [answer], NOW).rejected == 1
    return item


def _pending(store: Store) -> list[dict[str, Any]]:
    return pending_batch(store)


def test_a_clerk_can_neither_see_the_details_nor_act(store: Store) -> None:
    item = _refused(store)
    clerk = user_named(store, "amina")
    before = snapshot(store)
    for attempt in (
        lambda: list_quarantine(store, clerk),
        lambda: resolve_quarantine(store, clerk, item["uuid"], "retry"),
    ):
        with pytest.raises(DomainError) as err:
            attempt()
        assert err.value.code == "auth.forbidden"
    assert snapshot(store) == before


def test_the_manager_sees_what_was_refused_with_receipt_and_amount(store: Store) -> None:
    item = _refused(store, "receipt_reused", "receipt 2401-T01-2026-000001 belongs to another")
    (row,) = list_quarantine(store, user_named(store, "karim"))
    assert (row.outbox_uuid, row.entity, row.op, row.reason) == (
        item["uuid"],
        "payment",
        "create",
        "receipt_reused",
    )
    assert row.receipt_no == item["payload"]["receipt_no"]
    assert row.amount == "100.00"
    assert row.resolved_at is None


def test_retry_puts_the_same_item_back_in_the_queue_and_journals_it(store: Store) -> None:
    item = _refused(store)
    assert _pending(store) == []
    done = resolve_quarantine(store, user_named(store, "karim"), item["uuid"], "retry", now=NOW)
    assert done.resolved_by == "karim"
    (again,) = _pending(store)
    assert again == item  # unchanged
    assert list_quarantine(store, user_named(store, "karim")) == []
    with store.read() as s:
        assert journal.verify(s).intact
        last = s.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        assert last is not None
        assert (last.kind, last.username, last.entity_uuid) == (
            "sync.quarantine_retry",
            "karim",
            item["uuid"],
        )


def test_handled_needs_a_note_and_sends_the_decision_to_central(store: Store) -> None:
    item = _refused(store, "payload_conflict")
    karim = user_named(store, "karim")
    before = snapshot(store)
    for note in ("", "   ", "ok"):
        with pytest.raises(DomainError) as err:
            resolve_quarantine(store, karim, item["uuid"], "handled", note)
        assert err.value.code == "sync.note_required"
    assert snapshot(store) == before  # nothing written half-way

    resolve_quarantine(
        store,
        karim,
        item["uuid"],
        "handled",
        "  Confirmed   with support: same payment, keep the first.  ",
        now=NOW,
    )
    (event,) = _pending(store)  # the payment itself is not re-sent, the decision is
    assert (event["entity"], event["op"], event["entity_uuid"]) == (
        "quarantine",
        "handled",
        item["uuid"],
    )
    assert event["payload"]["note"] == "Confirmed with support: same payment, keep the first."
    assert event["payload"]["by"] == "karim"
    assert event["payload"]["reason"] == "payload_conflict"

    with pytest.raises(DomainError) as err:
        resolve_quarantine(store, karim, item["uuid"], "retry")
    assert err.value.code == "sync.quarantine_resolved"
    assert "karim" in str(err.value)
    resolved = list_quarantine(store, karim, include_resolved=True)
    assert [r.resolved_by for r in resolved] == ["karim"]


def test_unknown_items_and_actions_are_refused_clearly(store: Store) -> None:
    _refused(store)
    karim = user_named(store, "karim")
    before = snapshot(store)
    with pytest.raises(DomainError) as err:
        resolve_quarantine(store, karim, "00000000-0000-0000-0000-000000000000", "retry")
    assert err.value.code == "sync.quarantine_unknown"
    (row,) = list_quarantine(store, karim)
    with pytest.raises(DomainError) as err:
        resolve_quarantine(store, karim, row.outbox_uuid, "delete")
    assert err.value.code == "input.invalid"
    with pytest.raises(DomainError) as err:
        resolve_quarantine(store, karim, row.outbox_uuid, "handled", "x" * 501)
    assert err.value.code == "input.invalid"
    assert snapshot(store) == before


# --- against a real central ---------------------------------------------------------------


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url) as c:
        seed_account(c, "2401", ACCOUNT, {"F1": 10_000, "F2": 20_000})
        yield c


@pytest.fixture
def desk(store: Store, central: Central) -> Store:
    pull_changes(store, central.client("2401"))
    return store


class _WithoutPayload:
    """Central as an outdated server would behave: it receives the item without its payload
    (so the real central refuses it as ``invalid``)."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def push(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return self.client.push([{k: v for k, v in i.items() if k != "payload"} for i in items])


@pytest.mark.postgres
def test_a_retry_that_central_now_accepts_empties_the_list(desk: Store, central: Central) -> None:
    receipt = pay(desk, ACCOUNT, 10_000)
    client = central.client("2401")
    assert push_outbox(desk, _WithoutPayload(client)).rejected == 1
    karim = user_named(desk, "karim")
    (row,) = list_quarantine(desk, karim)
    assert row.reason == "invalid"

    resolve_quarantine(desk, karim, row.outbox_uuid, "retry")
    result = push_outbox(desk, client)
    assert (result.pushed, result.rejected) == (1, 0)
    assert (
        central.scalar(
            "SELECT count(*) FROM guichet.payments WHERE uuid = CAST(:u AS uuid)",
            u=receipt.payment_uuid,
        )
        == 1
    )
    assert sync_status(desk)["quarantined"] == 0 and sync_status(desk)["pending"] == 0


@pytest.mark.postgres
def test_a_retry_refused_again_comes_back_on_the_list(
    desk: Store, central: Central, tmp_path: Path
) -> None:
    desk.dispose()
    clone_path = tmp_path / "clone.db"
    shutil.copyfile(Path(desk.engine.url.database or ""), clone_path)
    clone = init_database(clone_path)
    try:
        pay(desk, ACCOUNT, 10_000)
        pay(clone, ACCOUNT, 5_000)  # same receipt number: a cloned terminal
        push_outbox(desk, central.client("2401"))
        assert push_outbox(clone, central.client("2401")).rejected == 1
        karim = user_named(clone, "karim")
        (row,) = list_quarantine(clone, karim)
        resolve_quarantine(clone, karim, row.outbox_uuid, "retry")
        assert list_quarantine(clone, karim) == []

        assert push_outbox(clone, central.client("2401")).rejected == 1
        (back,) = list_quarantine(clone, karim)
        assert (back.outbox_uuid, back.reason, back.resolved_at) == (
            row.outbox_uuid,
            "receipt_reused",
            None,
        )
        assert central.scalar("SELECT count(*) FROM guichet.payments") == 1  # never overwritten

        resolve_quarantine(
            clone,
            karim,
            row.outbox_uuid,
            "handled",
            "Cloned terminal: receipt re-entered on T01 as a new payment.",
        )
        assert push_outbox(clone, central.client("2401")).pushed == 1
        stored = central.rows(
            "SELECT entity, op, entity_uuid, payload->>'note' AS note FROM guichet.events"
        )
        assert stored == [
            {
                "entity": "quarantine",
                "op": "handled",
                "entity_uuid": row.outbox_uuid,
                "note": "Cloned terminal: receipt re-entered on T01 as a new payment.",
            }
        ]
        with clone.read() as s:
            assert s.scalar(select(func.count()).select_from(SyncQuarantine)) == 1
    finally:
        clone.dispose()
