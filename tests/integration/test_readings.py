"""Readings at the counter on a real store: checks, unusual consumption, the outbox and
journal, and the lockdown regularisation with corrections that never count twice."""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest
from sqlalchemy import func, select, update

from desktop.domain.errors import DomainError
from desktop.domain.tariffs import get_tariff, quote
from desktop.services.billing import explain_bill, list_regularisations, regularise_reading
from desktop.services.readings import ReadingInput, list_unusual, record_reading
from desktop.store import journal
from desktop.store.db import Store
from desktop.store.models import (
    Account,
    Bill,
    BillLine,
    MeterReading,
    Notification,
    OutboxItem,
    ReadingDetail,
    RegularisationRecord,
    ServicePoint,
    Setting,
)
from tests.factories import make_account, snapshot, user_named

LYDEC = "lydec-2017-residential-electricity"
TODAY = date(2020, 6, 2)  # the day after Lydec resumed reading meters
MONTHS_2020 = ((3, 31), (4, 30), (5, 31))


def lydec_meter(store: Store, *, phone: str | None = "0661234567") -> str:
    """A Casablanca account on the monthly Lydec tariff, read last on 29 Feb 2020 at 5000."""
    created = make_account(store, currency="MAD", phone1=phone, city="Casablanca")
    meter = created.meter_nos[0]
    with store.unit_of_work() as uow:
        s = uow.session
        s.execute(
            update(ServicePoint)
            .where(ServicePoint.meter_no == meter)
            .values(tariff_code=LYDEC, billing_period="monthly")
        )
        point = s.scalars(select(ServicePoint).where(ServicePoint.meter_no == meter)).one()
        s.add(
            MeterReading(
                uuid=f"r-{meter}-feb",
                service_point_id=point.id,
                reading_date=date(2020, 2, 29),
                index_value=5000,
                kind="actual",
            )
        )
        # A year of actual monthly bills of about 120 kWh: the usual consumption.
        for month in range(3, 15):
            year, m = (2019, month) if month <= 12 else (2020, month - 12)
            start = date(year, m, 1)
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            add_bill(s, point, f"B{meter}{year}{m:02d}", start, end, 120, estimated=False)
        uow.commit()
    return meter


def add_bill(s, point, bill_no, start, end, kwh, *, estimated):
    q = quote(get_tariff(LYDEC), kwh)
    bill = Bill(
        bill_no=bill_no,
        account_id=point.account_id,
        service_point_id=point.id,
        period_start=start,
        period_end=end,
        issue_date=end,
        due_date=end + dt.timedelta(days=20),
        consumption=kwh,
        estimated=estimated,
        currency="MAD",
        amount_minor=q.total_minor,
        open_minor=0,
    )
    s.add(bill)
    s.flush()
    for pos, ln in enumerate(q.lines):
        s.add(
            BillLine(
                bill_id=bill.id,
                position=pos,
                kind=ln.kind,
                label=ln.label,
                quantity=ln.quantity,
                unit_price_e4=ln.unit_price_e4,
                amount_minor=ln.amount_minor,
            )
        )
    return bill


def estimate_lockdown(store: Store, meter: str, kwh: tuple[int, int, int]) -> None:
    """March, April, May 2020 billed on estimates (no reading)."""
    with store.unit_of_work() as uow:
        point = uow.session.scalars(
            select(ServicePoint).where(ServicePoint.meter_no == meter)
        ).one()
        for (month, last), k in zip(MONTHS_2020, kwh, strict=True):
            add_bill(
                uow.session,
                point,
                f"E{meter}{month:02d}",
                date(2020, month, 1),
                date(2020, month, last),
                k,
                estimated=True,
            )
        uow.commit()


def read(store: Store, meter: str, index: int, day: date = date(2020, 5, 31), **kw):
    with store.unit_of_work() as uow:
        return record_reading(
            uow, user_named(store, "amina"), ReadingInput(meter, index, day, **kw), today=TODAY
        )


def refused(
    store: Store, meter: str, index: int, code: str, day: date = date(2020, 5, 31), **kw
) -> DomainError:
    before = snapshot(store)
    with pytest.raises(DomainError) as info:
        read(store, meter, index, day, **kw)
    assert info.value.code == code
    assert snapshot(store) == before
    return info.value


# ------------------------------------------------------------------ checks


def test_a_self_reading_records_uuid_outbox_and_journal_in_one_transaction(store: Store) -> None:
    meter = lydec_meter(store)
    result = read(store, meter, 5120, date(2020, 3, 31))
    assert (result.reason, result.consumption, result.days, result.unusual) == (
        "normal",
        120,
        31,
        False,
    )
    with store.read() as s:
        reading = s.scalars(select(MeterReading).where(MeterReading.uuid == result.uuid)).one()
        assert (reading.kind, reading.index_value) == ("self", 5120)
        item = s.scalars(select(OutboxItem).where(OutboxItem.entity_uuid == result.uuid)).one()
        assert (item.entity, item.op, item.payload["consumption"]) == (
            "meter_reading",
            "create",
            120,
        )
        entry = s.execute(
            select(func.count())
            .select_from(journal_table())
            .where(journal_table().c.entity_uuid == result.uuid)
        ).scalar_one()
        assert entry == 1
        assert journal.verify(s).intact


def journal_table():
    from desktop.store.models import JournalEntry

    return JournalEntry.__table__


def test_an_index_below_the_previous_one_is_refused_and_nothing_is_written(store: Store) -> None:
    meter = lydec_meter(store)
    error = refused(store, meter, 4990, "reading.index_below_previous")
    assert error.params["previous"] == 5000


def test_a_roll_over_counts_through_zero(store: Store) -> None:
    meter = lydec_meter(store)
    with store.unit_of_work() as uow:
        uow.session.execute(
            update(MeterReading)
            .where(MeterReading.uuid == f"r-{meter}-feb")
            .values(index_value=99950)
        )
        uow.commit()
    result = read(store, meter, 70, date(2020, 3, 31), rollover=True)
    assert (result.reason, result.consumption) == ("rollover", 120)  # 50 to 99999->0, then 70


def test_a_roll_over_is_refused_when_the_index_did_not_go_down(store: Store) -> None:
    meter = lydec_meter(store)
    refused(store, meter, 5100, "reading.rollover_not_needed", rollover=True)


def test_a_meter_replacement_adds_the_old_meter_end_and_the_new_meter_start(store: Store) -> None:
    meter = lydec_meter(store)
    result = read(store, meter, 80, date(2020, 3, 31), replacement=True, old_final=5040)
    assert (result.reason, result.consumption) == ("replacement", 120)


def test_a_second_reading_on_the_same_day_needs_to_be_a_correction(store: Store) -> None:
    meter = lydec_meter(store)
    read(store, meter, 5120, date(2020, 3, 31))
    refused(store, meter, 5121, "reading.same_day", day=date(2020, 3, 31))


def test_future_dates_and_unknown_meters_are_refused(store: Store) -> None:
    meter = lydec_meter(store)
    refused(store, meter, 5100, "reading.future_date", day=date(2020, 6, 3))
    refused(store, "NOPE", 5100, "reading.meter_unknown")


# ------------------------------------------------------------------ unusual consumption


def test_an_unusual_consumption_needs_confirmation_then_is_listed_and_the_customer_alerted(
    store: Store,
) -> None:
    meter = lydec_meter(store)
    error = refused(store, meter, 5500, "reading.unusual", day=date(2020, 3, 31))
    assert (error.params["consumption"], error.params["usual"]) == (500, 122)
    result = read(store, meter, 5500, date(2020, 3, 31), confirm_unusual=True)
    assert result.unusual
    with store.read() as s:
        cases = list_unusual(s)
        assert [(c.meter_no, c.consumption, c.confirmed_by) for c in cases] == [
            (meter, 500, "amina")
        ]
        note = s.scalars(select(Notification)).one()
        assert (note.kind, note.channel, note.recipient) == (
            "unusual_consumption",
            "sms",
            "+212661234567",
        )
        assert s.scalars(select(OutboxItem).where(OutboxItem.entity == "notification")).one()


def test_the_unusual_factor_is_a_setting(store: Store) -> None:
    meter = lydec_meter(store)
    with store.unit_of_work() as uow:
        uow.session.merge(Setting(key="unusual_consumption_factor", value="5"))
        uow.commit()
    assert not read(store, meter, 5500, date(2020, 3, 31)).unusual  # 500 < 5 x 122


# ------------------------------------------------------------------ regularisation


def test_the_lockdown_reading_regularises_the_three_estimated_months(store: Store) -> None:
    meter = lydec_meter(store)
    estimate_lockdown(store, meter, (150, 150, 150))
    result = read(store, meter, 5400, kind="actual")
    assert (result.consumption, result.adjustment_minor) == (400, 35708 - 3 * 13606)
    with store.read() as s:
        account = s.get(
            Account,
            s.scalars(select(ServicePoint.account_id).where(ServicePoint.meter_no == meter)).one(),
        )
        assert account is not None
        assert account.credit_minor == 3 * 13606 - 35708  # a credit, at once
        [view] = list_regularisations(s, account.account_no)
        assert view.status == "credited"
        assert [(p.month, p.kwh, p.amount_minor) for p in view.detail.periods] == [
            ("2020-03", 135, 12073),
            ("2020-04", 130, 11562),
            ("2020-05", 135, 12073),
        ]
        explained = explain_bill(s, f"E{meter}04")
        assert explained.estimated
        assert explained.regularisations[0].detail.periods[1].billed_minor == 13606
        assert s.scalars(select(OutboxItem).where(OutboxItem.entity == "regularisation")).one()
        assert journal.verify(s).intact


def test_actual_above_the_estimates_is_a_debit_pending_for_the_next_bill(store: Store) -> None:
    meter = lydec_meter(store)
    estimate_lockdown(store, meter, (100, 100, 100))
    result = read(store, meter, 5400, kind="actual")
    assert result.adjustment_minor == 35708 - 3 * 8496
    with store.read() as s:
        record = s.scalars(select(RegularisationRecord)).one()
        assert (record.direction, record.status) == ("debit", "pending")
        assert s.scalar(select(func.sum(Account.credit_minor))) == 0


def test_regularising_the_same_reading_twice_changes_nothing(store: Store) -> None:
    meter = lydec_meter(store)
    estimate_lockdown(store, meter, (150, 150, 150))
    result = read(store, meter, 5400, kind="actual")
    before = snapshot(store)
    with store.unit_of_work() as uow:
        s = uow.session
        point = s.scalars(select(ServicePoint).where(ServicePoint.meter_no == meter)).one()
        reading = s.scalars(select(MeterReading).where(MeterReading.uuid == result.uuid)).one()
        previous = s.scalars(
            select(MeterReading).where(MeterReading.uuid == f"r-{meter}-feb")
        ).one()
        assert regularise_reading(s, point, reading, previous, 400, username="amina") is None
        uow.commit()
    assert snapshot(store) == before


def test_a_corrected_reading_recomputes_without_double_counting(store: Store) -> None:
    meter = lydec_meter(store)
    estimate_lockdown(store, meter, (150, 150, 150))
    wrong = read(store, meter, 5300, kind="actual")  # mistyped: 300 instead of 400
    fixed = read(store, meter, 5400, kind="actual", correct=True)
    assert fixed.corrects == wrong.uuid
    with store.read() as s:
        records = s.scalars(
            select(RegularisationRecord).order_by(RegularisationRecord.created_at)
        ).all()
        assert [r.superseded for r in records] == [True, False]
        assert records[1].supersedes_uuid == records[0].uuid
        # The two records together are exactly the regularisation of 400 kWh.
        assert records[0].adjustment_minor + records[1].adjustment_minor == 35708 - 3 * 13606
        assert s.get(ReadingDetail, wrong.uuid).superseded  # type: ignore[union-attr]
        # Each record follows the rule: the first credit went to the account at once, the
        # correction's debit waits for the next bill; together they are the net adjustment.
        assert (records[0].status, records[1].status) == ("credited", "pending")
        assert s.scalar(select(func.sum(Account.credit_minor))) == -records[0].adjustment_minor
    # The next reading measures from the corrected index, not the superseded one.
    later = read(store, meter, 5404, date(2020, 6, 1))
    assert later.consumption == 4


def test_the_statement_explains_the_regularisation_and_keeps_its_balances(
    store: Store, tmp_path
) -> None:
    from desktop.services.payments import account_balance
    from desktop.services.statements import get_statement
    from reports.pdf_statement import render_statement
    from tests.integration.pdf_world import pdf_text

    meter = lydec_meter(store)
    estimate_lockdown(store, meter, (150, 150, 150))
    read(store, meter, 5400, kind="actual")
    today = dt.date.today()
    with store.read() as s:
        account = s.get(
            Account,
            s.scalars(select(ServicePoint.account_id).where(ServicePoint.meter_no == meter)).one(),
        )
        view = get_statement(s, account.account_no, date(2019, 1, 1), today)
        balance = account_balance(s, account)
    assert [r.meter_no for r in view.regularisations] == [meter]
    [entry] = [e for e in view.entries if e.kind == "regularisation"]
    assert entry.credit.minor == 3 * 13606 - 35708
    assert view.closing == balance  # the credit is in the running balance, not beside it
    assert (
        view.opening.minor + view.total_debit.minor - view.total_credit.minor == view.closing.minor
    )
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(render_statement(view, "fr", "Lydec", "Agence Maârif"))
    text = " ".join(pdf_text(pdf))
    assert "Régularisation des factures estimées" in text and "120,73" in text and "357,08" in text
