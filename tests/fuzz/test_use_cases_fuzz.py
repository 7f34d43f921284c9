"""The use cases called directly (as the window and any future API do) with generated
inputs: payments, plans, readings and contacts.

Properties: a use case either succeeds or raises a ``DomainError`` whose code has a message
(never another exception), and when it refuses, every table is as it was before the call
(``conftest.table_rows``: log-in audit rows aside). Amounts reach the use cases as ``Money``
(parsing is fuzzed through the CLI), so here the integers themselves are extreme.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.bootstrap import open_store
from desktop.domain.errors import MESSAGES, DomainError
from desktop.domain.plans import PlanTerms
from desktop.money import Money
from desktop.services.contacts import ContactChange, set_contacts
from desktop.services.payments import PaymentRequest, take_payment
from desktop.services.plans import propose_plan
from desktop.services.readings import ReadingInput, record_reading
from desktop.store.db import Store
from tests.card_scan import card_numbers_in_database
from tests.factories import user_named
from tests.fuzz import strategies as fz
from tests.fuzz.conftest import World, examples, table_rows

MINOR = st.one_of(
    st.integers(-(10**6), 10**9),
    st.sampled_from([0, -1, 1, 2**31, 2**53 + 1, 2**63 - 1, 2**63, -(2**63), 10**30]),
)
CURRENCY = st.sampled_from(["DZD", "DZD", "DZD", "MAD"])
SETTINGS = settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def world_store(world: World, tmp_path: Path) -> Store:
    path = tmp_path / "cases.db"
    shutil.copyfile(world.template, path)
    store = open_store(path)
    yield store
    store.dispose()


def _refuses_cleanly(store: Store, call: Callable[[], object]) -> None:
    path = Path(store.engine.url.database)
    before = table_rows(path)
    try:
        call()
    except DomainError as exc:
        assert exc.code in MESSAGES, exc.code
        assert MESSAGES[exc.code].format(**exc.params)  # every placeholder has its value
        assert table_rows(path) == before, f"refused ({exc.code}) but wrote"
    assert card_numbers_in_database(path) == []  # accepted or refused: no card number kept


@SETTINGS
@given(data=st.data())
def test_take_payment_with_any_request(
    world: World, world_store: Store, data: st.DataObject
) -> None:
    currency = data.draw(CURRENCY)
    request = PaymentRequest(
        account_no=data.draw(fz.pick(world.account_nos)),
        amount=Money(data.draw(MINOR), currency),
        tender=data.draw(st.one_of(st.sampled_from(["cash", "card"]), fz.nasty_text(6))),
        tendered=data.draw(st.none() | MINOR.map(lambda m: Money(m, currency))),
        card_scheme=data.draw(st.none() | st.sampled_from(["CIB", "VISA"]) | fz.nasty_text(8)),
        card_last4=data.draw(st.none() | fz.whole_numbers()),
        auth_code=data.draw(st.none() | fz.nasty_text(14) | fz.card_numbers()),
        terminal_ref=data.draw(st.none() | fz.nasty_text(20) | fz.card_numbers()),
        bill_nos=tuple(data.draw(st.lists(fz.pick(world.bill_nos), max_size=3))),
    )
    user = user_named(world_store, data.draw(st.sampled_from(["amina", "karim"])))

    def call() -> object:
        with world_store.unit_of_work() as uow:
            return take_payment(uow, request, user)

    _refuses_cleanly(world_store, call)


@SETTINGS
@given(data=st.data())
def test_propose_plan_with_any_terms(world: World, world_store: Store, data: st.DataObject) -> None:
    currency = data.draw(CURRENCY)
    terms = PlanTerms(
        down=Money(data.draw(MINOR), currency),
        count=data.draw(st.none() | st.integers(-5, 10**6) | st.just(2**63)),
        installment=data.draw(st.none() | MINOR.map(lambda m: Money(m, currency))),
        bill_nos=tuple(data.draw(st.lists(fz.pick(world.bill_nos), max_size=3))),
    )
    today = data.draw(st.none() | st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))

    def call() -> object:
        with world_store.read() as s:
            return propose_plan(s, data.draw(fz.pick(world.account_nos)), terms, today=today)

    _refuses_cleanly(world_store, call)


@SETTINGS
@given(data=st.data())
def test_record_reading_with_any_entry(
    world: World, world_store: Store, data: st.DataObject
) -> None:
    big = st.integers(-(10**6), 10**13) | st.sampled_from([2**63, -(2**63), 10**20])
    entry = ReadingInput(
        meter_no=data.draw(fz.pick(world.meter_nos)),
        index=data.draw(big),
        reading_date=data.draw(
            st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))
            | st.dates(dt.date(2020, 1, 1), dt.date.today())
        ),
        kind=data.draw(st.sampled_from(["self", "actual"]) | fz.nasty_text(6)),
        replacement=data.draw(st.booleans()),
        rollover=data.draw(st.booleans()),
        confirm_unusual=data.draw(st.booleans()),
        correct=data.draw(st.booleans()),
        old_final=data.draw(st.none() | big),
        new_start=data.draw(big),
        digits=data.draw(st.none() | st.integers(-3, 40)),
    )
    user = user_named(world_store, "amina")

    def call() -> object:
        with world_store.unit_of_work() as uow:
            return record_reading(uow, user, entry)

    _refuses_cleanly(world_store, call)


@SETTINGS
@given(data=st.data())
def test_set_contacts_with_any_change(
    world: World, world_store: Store, data: st.DataObject
) -> None:
    change = ContactChange(
        account_no=data.draw(fz.pick(world.account_nos)),
        mobile=data.draw(
            st.none()
            | st.sampled_from(["0555123456", "+213 661 00 00 01", "٠٥٥٥١٢٣٤٥٦"])
            | fz.nasty_text(20)
            | fz.card_numbers()
        ),
        email=data.draw(
            st.none() | st.sampled_from(["a@b.dz", "x@y"]) | fz.nasty_text(30) | fz.card_numbers()
        ),
        channel=data.draw(st.none() | st.sampled_from(["sms", "email", "post"]) | fz.nasty_text(6)),
        ebill=data.draw(st.none() | st.booleans()),
    )
    user = user_named(world_store, "amina")

    def call() -> object:
        with world_store.unit_of_work() as uow:
            return set_contacts(uow, user, change)

    _refuses_cleanly(world_store, call)
