"""Customer contacts: Algerian and Moroccan mobile formats, e-mail, channel rules, the journal
and outbox of every change, and notifications queued for central (never sent here)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy import select

from desktop.domain.errors import DomainError
from desktop.services.contacts import (
    ContactChange,
    get_contacts,
    set_contacts,
    validate_email,
    validate_mobile,
)
from desktop.services.notifications import list_notifications, notify_ebill_ready
from desktop.store import journal
from desktop.store.db import Store
from desktop.store.models import JournalEntry, OutboxItem
from tests.factories import BillSpec, make_account, snapshot, user_named


@pytest.mark.parametrize(
    ("typed", "currency", "stored"),
    [
        ("0551 23 45 67", "DZD", "0551234567"),
        ("0661234567", "DZD", "0661234567"),
        ("07.71.23.45.67", "DZD", "0771234567"),
        ("+213 661 23 45 67", "DZD", "0661234567"),
        ("00213661234567", "DZD", "0661234567"),
        ("+213 (0) 661234567", "DZD", "0661234567"),
        ("٠٦٦١٢٣٤٥٦٧", "DZD", "0661234567"),
        ("0612345678", "MAD", "0612345678"),
        ("+212 7 12 34 56 78", "MAD", "0712345678"),
        ("+212612345678", "DZD", "+212612345678"),  # a Moroccan mobile on an Algerian account
        ("+213551234567", "MAD", "+213551234567"),
    ],
)
def test_algerian_and_moroccan_mobiles_are_accepted_in_national_and_international_form(
    typed: str, currency: str, stored: str
) -> None:
    assert validate_mobile(typed, currency) == stored


@pytest.mark.parametrize(
    ("typed", "currency"),
    [
        ("0551234567", "MAD"),  # 05 is a landline in Morocco
        ("0312345678", "DZD"),  # a landline
        ("066123456", "DZD"),  # 9 digits
        ("06612345678", "DZD"),  # 11 digits
        ("+33612345678", "DZD"),  # not Algeria or Morocco
        ("+212512345678", "MAD"),
        ("phone", "DZD"),
        ("", "DZD"),
    ],
)
def test_anything_else_is_refused_as_a_mobile(typed: str, currency: str) -> None:
    with pytest.raises(DomainError) as info:
        validate_mobile(typed, currency)
    assert info.value.code == "contact.mobile_invalid"


def test_e_mail_addresses_are_checked_and_their_domain_lower_cased() -> None:
    assert validate_email(" Amina.B@Example.DZ ") == "Amina.B@example.dz"
    for bad in ("amina", "amina@", "@x.dz", "a b@x.dz", "a@x", "a@@x.dz", "a@x..dz"):
        with pytest.raises(DomainError):
            validate_email(bad)


def test_a_change_is_saved_journaled_with_masked_values_and_sent_to_the_outbox(
    store: Store,
) -> None:
    account = make_account(store).account_no
    with store.unit_of_work() as uow:
        view = set_contacts(
            uow,
            user_named(store, "amina"),
            ContactChange(
                account,
                mobile="+213 661 23 45 67",
                email="amina@example.dz",
                channel="email",
                ebill=True,
            ),
        )
    assert (view.mobile, view.mobile_international, view.channel, view.ebill) == (
        "0661234567",
        "+213661234567",
        "email",
        True,
    )
    assert set(view.changed) == {"mobile", "email", "channel", "ebill"}
    with store.read() as s:
        assert get_contacts(s, account) == dataclasses.replace(view, changed=())
        item = s.scalars(select(OutboxItem).where(OutboxItem.entity == "account_contact")).one()
        assert item.payload["after"]["mobile"] == "0661234567"
        entry = s.scalars(select(JournalEntry).where(JournalEntry.kind == "contact.change")).one()
        record = json.loads(entry.record)
        assert record["data"]["after"]["mobile"] == "066*****67"
        assert record["data"]["after"]["email"] == "a***@example.dz"
        assert "amina@example.dz" not in entry.record
        assert journal.verify(s).intact


def test_saving_the_same_contacts_again_writes_nothing(store: Store) -> None:
    account = make_account(store, phone1="0661234567").account_no
    before = snapshot(store)
    with store.unit_of_work() as uow:
        view = set_contacts(
            uow, user_named(store, "amina"), ContactChange(account, mobile="0661 23 45 67")
        )
    assert view.changed == ()
    assert snapshot(store) == before


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"channel": "sms"}, "contact.channel_needs_address"),
        ({"channel": "email"}, "contact.channel_needs_address"),
        ({"ebill": True}, "contact.ebill_needs_channel"),
        ({"mobile": "0123"}, "contact.mobile_invalid"),
        ({"email": "nobody"}, "contact.email_invalid"),
        ({"channel": "fax"}, "contact.channel_unknown"),
    ],
)
def test_inconsistent_contacts_are_refused_and_nothing_is_written(
    store: Store, change: dict[str, object], code: str
) -> None:
    account = make_account(store).account_no
    before = snapshot(store)
    with pytest.raises(DomainError) as info, store.unit_of_work() as uow:
        set_contacts(uow, user_named(store, "amina"), ContactChange(account, **change))  # type: ignore[arg-type]
    assert info.value.code == code
    assert snapshot(store) == before


def test_an_e_bill_notification_is_queued_for_central_only_for_customers_who_opted_in(
    store: Store,
) -> None:
    created = make_account(store, bills=[BillSpec(due=date(2026, 1, 10), amount_minor=150000)])
    bill_no = created.bill_nos[0]
    with store.unit_of_work() as uow:
        assert notify_ebill_ready(uow, bill_no) is False  # paper bill: nothing to send
    with store.unit_of_work() as uow:
        set_contacts(
            uow,
            user_named(store, "amina"),
            ContactChange(created.account_no, mobile="0551234567", channel="sms", ebill=True),
        )
    with store.unit_of_work() as uow:
        assert notify_ebill_ready(uow, bill_no) is True
    with store.read() as s:
        [note] = list_notifications(s)
        assert (note.kind, note.channel, note.recipient, note.status) == (
            "ebill_ready",
            "sms",
            "+213551234567",
            "queued",
        )
        assert note.payload["bill_no"] == bill_no
        outbox = s.scalars(select(OutboxItem).where(OutboxItem.entity == "notification")).one()
        assert outbox.entity_uuid == note.uuid
