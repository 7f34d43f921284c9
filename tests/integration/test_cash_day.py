"""A whole counter day: till, payments, void with approval, blind close, Z, journal, tampering."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.domain.cash import CashCount
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.dashboard import get_dashboard
from desktop.services.day_close import close_day
from desktop.services.payments import PaymentRequest, take_payment
from desktop.services.tills import close_till, open_till, record_movement
from desktop.services.voids import void_payment
from desktop.store import journal
from desktop.store.db import Store
from desktop.store.models import JournalEntry as journal_model
from tests.factories import BillSpec, make_account, open_amounts, prepare_store, user_named


def dzd(minor: int) -> Money:
    return Money(minor, "DZD")


@pytest.fixture
def fresh(tmp_path: Path) -> Store:
    """A store with users and settings but no till open yet."""
    from desktop.bootstrap import init_database

    return prepare_store(init_database(tmp_path / "day.db"), till_for=None)


def db_file(store: Store) -> str:
    return str(store.engine.url.database)


def notes(**pieces: int) -> CashCount:
    return CashCount.of("DZD", {int(k[1:]) * 100: n for k, n in pieces.items()})


def test_a_whole_day_from_float_to_z_report(fresh: Store) -> None:
    amina, karim = user_named(fresh, "amina"), user_named(fresh, "karim")
    acc = make_account(
        fresh,
        bills=[BillSpec(dt.date(2026, 1, 10), 300_000), BillSpec(dt.date(2026, 4, 10), 200_000)],
    )
    other = make_account(fresh, bills=[BillSpec(dt.date(2026, 2, 1), 150_000)])
    with fresh.unit_of_work() as uow:
        opened = open_till(uow, amina, notes(d2000=5))
    assert opened.opening_float == dzd(1_000_000)

    with fresh.unit_of_work() as uow:
        cash = take_payment(
            uow, PaymentRequest(acc.account_no, dzd(300_000), tendered=dzd(400_000)), amina
        )
    with fresh.unit_of_work() as uow:
        card = take_payment(
            uow,
            PaymentRequest(
                other.account_no,
                dzd(150_000),
                tender="card",
                card_scheme="CIB",
                card_last4="4242",
                auth_code="A1",
            ),
            amina,
        )
    with fresh.unit_of_work() as uow:
        wrong = take_payment(uow, PaymentRequest(acc.account_no, dzd(50_000)), amina)

    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as refused:
        void_payment(uow, amina, amina, wrong.receipt_no, "wrong_amount")
    assert refused.value.code in ("auth.forbidden", "approval.same_person")
    with fresh.unit_of_work() as uow:
        voided = void_payment(uow, amina, karim, wrong.receipt_no, "wrong_amount")
    assert voided.reopened == (acc.bill_nos[1],)
    with fresh.read() as s:  # the manager sees the void on the dashboard, with both names
        board = get_dashboard(s, karim, opened.business_day)
    assert [(v.receipt_no, v.account_no, v.amount, v.clerk, v.approver) for v in board.voids] == [
        (wrong.receipt_no, acc.account_no, dzd(50_000), "amina", "karim")
    ]
    assert board.voids[0].reason_code == "wrong_amount" and board.voids[0].tender == "cash"
    with fresh.read() as s:
        assert open_amounts(s, acc.bill_nos) == {acc.bill_nos[0]: 0, acc.bill_nos[1]: 200_000}

    with fresh.unit_of_work() as uow:
        record_movement(uow, amina, karim, "pickup", dzd(500_000), "to the safe")

    # Blind count: 1,000,000 float + 300,000 cash - 500,000 pickup = 800,000 expected; 799,000 counted.
    short = notes(d2000=3, d1000=1, d500=1, d200=2, d50=1, d20=2)
    assert short.total == dzd(799_000)
    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as needs:
        close_till(uow, amina, short, dzd(150_000))
    assert needs.value.code == "session.validation_required"
    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as why:
        close_till(uow, amina, short, dzd(150_000), validator=karim)
    assert why.value.code == "session.justification_required"
    with fresh.unit_of_work() as uow:
        closed = close_till(
            uow, amina, short, dzd(150_000), validator=karim, justification="a 1000 DA note missing"
        )
    cash_diff, card_diff = closed.differences
    assert (cash_diff.expected, cash_diff.counted, cash_diff.difference) == (
        dzd(800_000),
        dzd(799_000),
        dzd(-1_000),
    )
    assert card_diff.difference == dzd(0)

    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as clerk_closes:
        close_day(uow, amina)
    assert clerk_closes.value.code == "auth.forbidden"
    with fresh.unit_of_work() as uow:
        z = close_day(uow, karim)
    totals = z.totals
    assert z.z_number == 1
    assert totals["by_tender"] == {
        "cash": {"count": 1, "amount_minor": 300_000},
        "card": {"count": 1, "amount_minor": 150_000},
    }
    assert totals["voids"] == {"count": 1, "amount_minor": 50_000}
    assert totals["day_total_minor"] == 450_000 == totals["grand_total_minor"]
    assert totals["by_service"] == {"electricity": 450_000}
    assert totals["sessions"][0]["over_short_cash_minor"] == -1_000
    assert [c["username"] for c in totals["by_clerk"]] == ["amina", "amina"]

    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as locked:
        open_till(uow, amina, notes(d2000=1))
    assert locked.value.code == "day.closed"
    with fresh.read() as s:
        check = journal.verify(s)
    assert check.intact and check.last_hash == z.journal_hash
    kinds = [
        k
        for (k,) in sqlite3.connect(db_file(fresh)).execute("SELECT kind FROM journal ORDER BY seq")
    ]
    assert kinds == [
        "day.open",
        "session.open",
        "payment",
        "payment",
        "payment",
        "payment.void",
        "cash.pickup",
        "session.close",
        "day.close",
    ]
    assert cash.change == dzd(100_000) and card.change == dzd(0)


def test_the_grand_total_carries_over_to_the_next_day(fresh: Store) -> None:
    amina, karim = user_named(fresh, "amina"), user_named(fresh, "karim")
    acc = make_account(fresh, bills=[BillSpec(dt.date(2026, 1, 10), 900_000)])
    for day, amount in (
        (dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC), 100_000),
        (dt.datetime(2026, 3, 3, 9, tzinfo=dt.UTC), 250_000),
    ):
        with fresh.unit_of_work() as uow:
            open_till(uow, amina, notes(d1000=1), now=day)
        with fresh.unit_of_work() as uow:
            take_payment(uow, PaymentRequest(acc.account_no, dzd(amount)), amina, now=day)
        with fresh.unit_of_work() as uow:
            close_till(
                uow,
                amina,
                CashCount.of("DZD", {100_000: 1, 10_000: amount // 10_000}),
                dzd(0),
                now=day,
            )
        with fresh.unit_of_work() as uow:
            z = close_day(uow, karim, day.astimezone().date(), now=day)
    assert (z.z_number, z.totals["previous_grand_total_minor"], z.totals["grand_total_minor"]) == (
        2,
        100_000,
        350_000,
    )


def test_the_day_cannot_close_while_a_session_is_open(store: Store) -> None:
    with store.unit_of_work() as uow, pytest.raises(DomainError) as err:
        close_day(uow, user_named(store, "karim"))
    assert err.value.code == "day.sessions_open" and "T01" in err.value.message()


def test_a_clerk_cannot_open_a_second_till_on_a_busy_terminal(store: Store) -> None:
    with store.unit_of_work() as uow, pytest.raises(DomainError) as err:
        open_till(uow, user_named(store, "karim"), notes(d2000=1))
    assert err.value.code == "session.already_open"


def test_a_payment_without_an_open_till_is_refused(fresh: Store) -> None:
    acc = make_account(fresh, bills=[BillSpec(dt.date(2026, 1, 10), 1000)])
    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as err:
        take_payment(uow, PaymentRequest(acc.account_no, dzd(1000)), user_named(fresh, "amina"))
    assert err.value.code == "session.none_open"


def test_the_database_refuses_to_edit_or_delete_payments_and_journal_rows(store: Store) -> None:
    acc = make_account(store, bills=[BillSpec(dt.date(2026, 1, 10), 10_000)])
    with store.unit_of_work() as uow:
        paid = take_payment(
            uow, PaymentRequest(acc.account_no, dzd(10_000)), user_named(store, "amina")
        )
    conn = sqlite3.connect(db_file(store))
    for sql in (
        "UPDATE payments SET amount_minor = 1",
        "DELETE FROM payments",
        "UPDATE journal SET record = 'x'",
        "DELETE FROM journal",
        "DELETE FROM allocations",
        "UPDATE receipts SET seq = 99",
    ):
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute(sql)
    conn.execute("UPDATE receipts SET print_count = print_count + 1")  # a reprint is allowed
    conn.commit()
    with store.read() as s:
        assert journal.verify(s).intact
    assert paid.receipt_no


@pytest.mark.parametrize("tamper", ["edit", "delete", "reorder"])
def test_audit_verify_reports_the_first_broken_link(store: Store, tamper: str) -> None:
    acc = make_account(store, bills=[BillSpec(dt.date(2026, 1, 10), 100_000)])
    amina = user_named(store, "amina")
    for _ in range(3):
        with store.unit_of_work() as uow:
            take_payment(uow, PaymentRequest(acc.account_no, dzd(1_000)), amina)
    conn = sqlite3.connect(db_file(store))
    conn.execute("DROP TRIGGER journal_no_update")  # what someone with the file could do
    conn.execute("DROP TRIGGER journal_no_delete")
    if tamper == "edit":
        conn.execute("UPDATE journal SET record = replace(record, '10.00', '1.00') WHERE seq = 3")
    elif tamper == "delete":
        conn.execute("DELETE FROM journal WHERE seq = 3")
    else:
        conn.execute("UPDATE journal SET seq = 100 WHERE seq = 3")
        conn.execute("UPDATE journal SET seq = 3 WHERE seq = 4")
        conn.execute("UPDATE journal SET seq = 4 WHERE seq = 100")
    conn.commit()
    with store.read() as s:
        result = journal.verify(s)
    assert not result.intact and result.broken_at == (4 if tamper == "delete" else 3)


def test_closed_sessions_cannot_be_edited_in_the_database(fresh: Store) -> None:
    amina = user_named(fresh, "amina")
    with fresh.unit_of_work() as uow:
        open_till(uow, amina, notes(d2000=1))
    with fresh.unit_of_work() as uow:
        close_till(uow, amina, notes(d2000=1), dzd(0))
    conn = sqlite3.connect(db_file(fresh))
    with pytest.raises(sqlite3.DatabaseError, match="closed cash session"):
        conn.execute("UPDATE cash_sessions SET counted_cash_minor = 0")


def test_a_void_after_the_session_closed_is_refused(fresh: Store) -> None:
    amina, karim = user_named(fresh, "amina"), user_named(fresh, "karim")
    acc = make_account(fresh, bills=[BillSpec(dt.date(2026, 1, 10), 10_000)])
    with fresh.unit_of_work() as uow:
        open_till(uow, amina, notes(d2000=1))
    with fresh.unit_of_work() as uow:
        paid = take_payment(uow, PaymentRequest(acc.account_no, dzd(10_000)), amina)
    with fresh.unit_of_work() as uow:
        close_till(uow, amina, notes(d2000=1, d100=1), dzd(0))
    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as err:
        void_payment(uow, amina, karim, paid.receipt_no, "duplicate")
    assert err.value.code == "void.session_closed"


def test_a_trigger_refusal_reaches_the_application_as_an_integrity_error(store: Store) -> None:
    from sqlalchemy import text

    with store.unit_of_work() as uow, pytest.raises(IntegrityError, match="cannot be deleted"):
        uow.session.execute(text("DELETE FROM journal"))


def test_a_payment_of_a_closed_day_is_corrected_by_a_reversing_payment_never_edited(
    fresh: Store,
) -> None:
    from desktop.services.corrections import correct_payment
    from desktop.store.models import Payment, PaymentCorrection

    amina, karim = user_named(fresh, "amina"), user_named(fresh, "karim")
    acc = make_account(fresh, bills=[BillSpec(dt.date(2026, 1, 10), 300_000)])
    monday = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    tuesday = dt.datetime(2026, 3, 3, 9, tzinfo=dt.UTC)
    with fresh.unit_of_work() as uow:
        open_till(uow, amina, notes(d2000=5), now=monday)
    with fresh.unit_of_work() as uow:
        paid = take_payment(uow, PaymentRequest(acc.account_no, dzd(300_000)), amina, now=monday)
    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as still_open:
        correct_payment(uow, amina, karim, paid.receipt_no, "wrong_account", now=monday)
    assert still_open.value.code == "correction.use_void"  # its till is open: void it instead
    with fresh.unit_of_work() as uow:
        close_till(uow, amina, notes(d2000=5, d1000=3), dzd(0), now=monday)
    with fresh.unit_of_work() as uow:
        close_day(uow, karim, monday.astimezone().date(), now=monday)
    with fresh.unit_of_work() as uow:
        open_till(uow, amina, notes(d2000=5), now=tuesday)
    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as alone:
        correct_payment(uow, amina, amina, paid.receipt_no, "wrong_account", now=tuesday)
    assert alone.value.code in ("auth.forbidden", "approval.same_person")

    with fresh.unit_of_work() as uow:
        fixed = correct_payment(uow, amina, karim, paid.receipt_no, "wrong_account", now=tuesday)
    assert fixed.reopened == acc.bill_nos and fixed.receipt_no != paid.receipt_no
    with fresh.read() as s:
        assert open_amounts(s, acc.bill_nos) == {acc.bill_nos[0]: 300_000}
        original = s.get(Payment, paid.payment_uuid)
        assert original is not None and original.status == "valid"  # history untouched
        link = s.scalars(select(PaymentCorrection)).one()
        reversal = s.get(Payment, link.correction_uuid)
        assert reversal is not None and reversal.amount_minor == -300_000
        assert journal.verify(s).intact
    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as twice:
        correct_payment(uow, amina, karim, paid.receipt_no, "wrong_account", now=tuesday)
    assert twice.value.code == "correction.already_done"
    # The cash goes back from Tuesday's till, and Tuesday's Z shows it.
    with fresh.unit_of_work() as uow:
        closed = close_till(
            uow,
            amina,
            notes(d2000=5),
            dzd(0),
            now=tuesday,
            validator=karim,
            justification="3000 DA handed back",
        )
    assert closed.session.expected_cash == dzd(1_000_000 - 300_000)
    with fresh.unit_of_work() as uow:
        z = close_day(uow, karim, tuesday.astimezone().date(), now=tuesday)
    assert z.totals["day_total_minor"] == -300_000
    assert z.totals["grand_total_minor"] == 0


def test_the_correction_receipt_is_marked_as_such(fresh: Store) -> None:
    from desktop.services.corrections import correct_payment
    from desktop.services.receipts import receipt_data
    from reports.receipt_image import render_receipt

    amina, karim = user_named(fresh, "amina"), user_named(fresh, "karim")
    acc = make_account(fresh, bills=[BillSpec(dt.date(2026, 1, 10), 300_000)])
    with fresh.unit_of_work() as uow:
        open_till(uow, amina, notes(d2000=5))
    with fresh.unit_of_work() as uow:
        paid = take_payment(uow, PaymentRequest(acc.account_no, dzd(100_000)), amina)
    with fresh.unit_of_work() as uow:
        close_till(uow, amina, notes(d2000=5, d1000=1), dzd(0))
    with fresh.unit_of_work() as uow:
        open_till(uow, amina, notes(d2000=5))
    with fresh.unit_of_work() as uow:
        fixed = correct_payment(uow, amina, karim, paid.receipt_no, "duplicate")
    with fresh.read() as s:
        correction, original = receipt_data(s, fixed.receipt_no), receipt_data(s, paid.receipt_no)
    assert correction.total == dzd(-100_000)
    # the banner makes the correction slip taller than the same receipt without it
    assert (
        render_receipt(correction, width=384).height()
        > render_receipt(dataclasses.replace(correction, total=dzd(100_000)), width=384).height()
    )
    assert original.total == dzd(100_000)


def test_a_manager_closes_an_absent_clerks_till_blind_journaled_with_both_names(
    fresh: Store,
) -> None:
    from desktop.services.tills import close_absent_till

    amina, karim = user_named(fresh, "amina"), user_named(fresh, "karim")
    acc = make_account(fresh, bills=[BillSpec(dt.date(2026, 1, 10), 300_000)])
    with fresh.unit_of_work() as uow:
        opened = open_till(uow, amina, notes(d2000=5))
    with fresh.unit_of_work() as uow:
        take_payment(uow, PaymentRequest(acc.account_no, dzd(300_000)), amina)
    # expected cash 1,300,000; the manager counts 1,290,000: beyond tolerance, needs a reason
    short = notes(d2000=6, d500=1, d200=2)
    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as refused:
        close_absent_till(uow, amina, "karim", short, dzd(0))
    assert refused.value.code == "auth.forbidden"  # a clerk cannot close another's till
    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as own:
        close_absent_till(uow, karim, "karim", short, dzd(0))
    assert own.value.code == "session.own_till"
    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as unjustified:
        close_absent_till(uow, karim, "amina", short, dzd(0))
    assert unjustified.value.code == "session.justification_required"
    with fresh.unit_of_work() as uow:
        result = close_absent_till(
            uow, karim, "amina", short, dzd(0), justification="amina left ill at 11:00"
        )
    assert result.session.status == "closed" and result.validated_by == "karim"
    with fresh.read() as s:
        entry = s.execute(
            select(journal_model.username, journal_model.record).where(
                journal_model.kind == "session.close", journal_model.entity_uuid == opened.uuid
            )
        ).one()
    assert entry.username == "karim"
    assert '"closed_by":"karim"' in entry.record.replace(" ", "")
    with fresh.unit_of_work() as uow, pytest.raises(DomainError) as again:
        close_absent_till(uow, karim, "amina", short, dzd(0), justification="again")
    assert again.value.code == "session.none_open"
