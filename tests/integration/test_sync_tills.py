"""Tills, cash movements and day closes reach central, so head office sees each agency's day.

They travel as outbox items (written in the same transaction as the close itself) and central
keeps them as events, deduplicated on the item's UUID like everything else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from desktop.domain.cash import CashCount
from desktop.money import Money
from desktop.services.day_close import close_day
from desktop.services.tills import close_till, record_movement
from desktop.store.db import Store
from desktop.sync.push import pending_batch, push_outbox
from tests.factories import user_named
from tests.integration.sync_world import Central, central_for

DAY = dt.datetime.now(dt.UTC)


def _close_the_day(store: Store) -> None:
    amina, karim = user_named(store, "amina"), user_named(store, "karim")
    with store.unit_of_work() as uow:  # 10,000 float, 2,000 picked up to the safe
        record_movement(uow, amina, karim, "pickup", Money(200_000, "DZD"), "to the safe")
    with store.unit_of_work() as uow:
        close_till(uow, amina, CashCount.of("DZD", {200_000: 4}), Money(0, "DZD"))
    with store.unit_of_work() as uow:
        close_day(uow, karim)


def test_the_close_of_a_till_and_of_the_day_are_queued_with_their_figures(store: Store) -> None:
    assert pending_batch(store) == []  # opening a till is only journaled
    _close_the_day(store)
    items = {i["entity"]: i for i in pending_batch(store)}
    assert set(items) == {"cash_movement", "cash_session", "business_day"}
    move, till, day = items["cash_movement"], items["cash_session"], items["business_day"]
    assert (move["op"], move["payload"]["kind"], move["payload"]["amount"]) == (
        "create",
        "pickup",
        "2000.00",
    )
    assert till["op"] == "close"
    assert {
        k: till["payload"][k]
        for k in ("float", "counted_cash", "expected_cash", "agency", "terminal", "user")
    } == {
        "float": "10000.00",
        "counted_cash": "8000.00",
        "expected_cash": "8000.00",
        "agency": "2401",
        "terminal": "T01",
        "user": "amina",
    }
    assert day["op"] == "close" and day["entity_uuid"].startswith("2401:")
    assert day["payload"]["z_number"] == 1 and len(day["payload"]["journal_hash"]) == 64


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url) as c:
        yield c


@pytest.mark.postgres
def test_head_office_receives_them_once(store: Store, central: Central) -> None:
    _close_the_day(store)
    client = central.client("2401")
    assert push_outbox(store, client).pushed == 3
    rows = central.rows("SELECT agency_code, entity, op FROM guichet.events ORDER BY entity")
    assert rows == [
        {"agency_code": "2401", "entity": "business_day", "op": "close"},
        {"agency_code": "2401", "entity": "cash_movement", "op": "create"},
        {"agency_code": "2401", "entity": "cash_session", "op": "close"},
    ]
    items = pending_batch(store)
    assert items == []
    # sent again (an acknowledgement lost on the way): duplicates, nothing doubled
    assert central.scalar("SELECT count(*) FROM guichet.events") == 3
