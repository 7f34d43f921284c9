"""Billing use cases around estimates: regularise after a reading, explain, estimate.

Why here and not in the domain: these read the store (estimated bills, previous
regularisations, the account) and write the adjustment with its explanation, its outbox row
and its journal entry in the caller's transaction. The arithmetic itself is in
``desktop.domain.regularisation`` and ``desktop.domain.estimation``.

What is "already billed" for an estimated bill: its energy (tier lines), because fees were
due anyway and taxes follow the energy on the next bill. Debits wait for the next bill
(status ``pending``); credits go to the account's credit at once (status ``credited``), so
the counter can use them the same day. A corrected reading adds a new record carrying only
the change and marks the previous one superseded; nothing is edited or deleted.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.estimation import Estimate, PastPeriod, estimate
from desktop.domain.regularisation import BilledPeriod, Regularisation, regularise
from desktop.domain.tariffs import Quote, QuoteLine, energy_minor, quote, tariff_on
from desktop.store import journal
from desktop.store.models import (
    Account,
    Bill,
    BillLine,
    MeterReading,
    RegularisationRecord,
    ServicePoint,
)
from desktop.store.outbox import enqueue


@dataclass(frozen=True, slots=True)
class RegularisationView:
    """A stored regularisation as screens and statements show it.

    Fields: uuid, meter_no, period_start, period_end, status (pending, credited, none),
    superseded, supersedes_uuid, created_at, detail (the explanation: months, kWh, amounts,
    estimated vs actual; see ``Regularisation``).
    """

    uuid: str
    meter_no: str
    period_start: date
    period_end: date
    status: str
    superseded: bool
    supersedes_uuid: str | None
    created_at: dt.datetime
    detail: Regularisation


@dataclass(frozen=True, slots=True)
class BillExplanation:
    """What "Explain this bill" shows: the bill, whether it was estimated, and every
    regularisation that covers its period or was put on it.

    Fields: bill_no, meter_no, period_start, period_end, consumption, estimated, currency,
    amount_minor, lines (kind, label, quantity, unit_price_e4, amount_minor) as stored,
    quote_lines (the same lines with the code and bounds the window words them by) and
    regularisations (newest first, superseded ones included and flagged).
    """

    bill_no: str
    meter_no: str
    period_start: date
    period_end: date
    consumption: int
    estimated: bool
    currency: str
    amount_minor: int
    lines: tuple[tuple[str, str, int, int, int], ...]
    regularisations: tuple[RegularisationView, ...]
    quote_lines: tuple[QuoteLine, ...] = ()


@dataclass(frozen=True, slots=True)
class PointEstimate:
    """An estimate for a service point's period, priced and flagged.

    Fields: meter_no, estimate (consumption, method, basis), quote (the priced bill)."""

    meter_no: str
    estimate: Estimate
    quote: Quote


def _utc(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)


def bill_energy_minor(session: Session, bill: Bill, tariff_code: str) -> int:
    """Energy billed on ``bill``: its tier lines, or (no lines stored) its consumption priced."""
    total = session.scalar(
        select(func.sum(BillLine.amount_minor)).where(
            BillLine.bill_id == bill.id, BillLine.kind == "tier"
        )
    )
    if total is not None:
        return int(total)
    return energy_minor(tariff_on(tariff_code, bill.period_start), bill.consumption)


def estimated_bills(session: Session, point_id: int, after: date, upto: date) -> list[Bill]:
    """Estimated bills of the point whose period ends in ``(after, upto]``, oldest first."""
    return list(
        session.scalars(
            select(Bill)
            .where(
                Bill.service_point_id == point_id,
                Bill.estimated.is_(True),
                Bill.period_end > after,
                Bill.period_end <= upto,
            )
            .order_by(Bill.period_start)
        )
    )


def current_regularisation(session: Session, reading_uuid: str) -> RegularisationRecord | None:
    return session.scalars(
        select(RegularisationRecord).where(
            RegularisationRecord.reading_uuid == reading_uuid,
            RegularisationRecord.superseded.is_(False),
        )
    ).first()


def regularise_reading(
    session: Session,
    point: ServicePoint,
    reading: MeterReading,
    previous: MeterReading,
    consumption: int,
    *,
    username: str | None,
    corrects_uuid: str | None = None,
    now: dt.datetime | None = None,
) -> RegularisationRecord | None:
    """Regularise the estimated bills between ``previous`` and ``reading`` (caller commits).

    ``consumption`` is the measured quantity over ``(previous.date, reading.date]`` (the
    reading service has already handled roll-over and meter replacement). When
    ``corrects_uuid`` names a reading this one corrects, its regularisation is re-billed:
    the new record carries only the difference. Returns None when nothing was estimated,
    or when the result is already stored (regularising twice changes nothing).
    """
    prior = None
    for ref in (reading.uuid, corrects_uuid):
        if ref and prior is None:
            prior = current_regularisation(session, ref)
    bills = estimated_bills(session, point.id, previous.reading_date, reading.reading_date)
    if not bills and prior is None:
        return None
    start = previous.reading_date + timedelta(days=1)
    if prior is not None:
        previous_detail = Regularisation.from_json(prior.explanation)
        billed = [
            BilledPeriod(p.start, p.end, p.amount_minor, p.estimated_minor, p.estimated_kwh)
            for p in previous_detail.periods
        ]
    else:
        billed = [
            BilledPeriod(
                max(b.period_start, start),
                b.period_end,
                bill_energy_minor(session, b, point.tariff_code),
                bill_energy_minor(session, b, point.tariff_code),
                b.consumption,
            )
            for b in bills
        ]
    covered = sum(b.days for b in billed)
    unbilled = max(0, (reading.reading_date - start).days + 1 - covered)
    result = regularise(
        billed, consumption, lambda day: tariff_on(point.tariff_code, day), unbilled_days=unbilled
    )
    if prior is not None and prior.reading_uuid == reading.uuid and result.adjustment_minor == 0:
        return None
    account = session.get(Account, point.account_id)
    assert account is not None
    if result.currency != account.currency:
        raise DomainError("currency.mismatch", left=account.currency, right=result.currency)
    moment = _utc(now)
    status = {"debit": "pending", "credit": "credited", "none": "none"}[result.direction]
    record = RegularisationRecord(
        uuid=str(uuid.uuid4()),
        service_point_id=point.id,
        reading_uuid=reading.uuid,
        previous_reading_uuid=previous.uuid,
        supersedes_uuid=prior.uuid if prior is not None else None,
        superseded=False,
        period_start=result.periods[0].start,
        period_end=result.periods[-1].end,
        actual_kwh=consumption,
        currency=result.currency,
        actual_minor=result.actual_minor,
        billed_minor=result.billed_minor,
        adjustment_minor=result.adjustment_minor,
        direction=result.direction,
        status=status,
        bill_id=None,
        explanation=result.to_json(),
        created_at=moment,
        created_by=username,
    )
    if prior is not None:
        prior.superseded = True
    if result.direction == "credit":
        account.credit_minor += -result.adjustment_minor
    session.add(record)
    payload = {
        "regularisation_uuid": record.uuid,
        "account_no": account.account_no,
        "meter_no": point.meter_no,
        "reading_uuid": reading.uuid,
        "supersedes": record.supersedes_uuid,
        "adjustment_minor": result.adjustment_minor,
        "direction": result.direction,
        "explanation": result.to_json(),
    }
    enqueue(session, "regularisation", record.uuid, "create", payload, moment)
    session.flush()
    journal.append(
        session,
        "billing.regularisation",
        payload,
        username=username,
        entity_uuid=record.uuid,
        now=now,
    )
    return record


def _view(record: RegularisationRecord, meter_no: str) -> RegularisationView:
    return RegularisationView(
        uuid=record.uuid,
        meter_no=meter_no,
        period_start=record.period_start,
        period_end=record.period_end,
        status=record.status,
        superseded=record.superseded,
        supersedes_uuid=record.supersedes_uuid,
        created_at=record.created_at,
        detail=Regularisation.from_json(record.explanation),
    )


def list_regularisations(session: Session, account_no: str) -> list[RegularisationView]:
    """Every regularisation of the account's service points, newest first (statements)."""
    rows = session.execute(
        select(RegularisationRecord, ServicePoint.meter_no)
        .join(ServicePoint, ServicePoint.id == RegularisationRecord.service_point_id)
        .join(Account, Account.id == ServicePoint.account_id)
        .where(Account.account_no == account_no)
        .order_by(RegularisationRecord.created_at.desc())
    )
    return [_view(record, meter_no) for record, meter_no in rows]


def explain_bill(session: Session, bill_no: str) -> BillExplanation:
    """The read model of "Explain this bill" (plain records, no ORM object escapes)."""
    bill = session.scalars(select(Bill).where(Bill.bill_no == bill_no)).first()
    if bill is None:
        raise DomainError("bill.not_found", bill_no=bill_no, account_no="-")
    point = session.get(ServicePoint, bill.service_point_id)
    assert point is not None
    records = session.scalars(
        select(RegularisationRecord)
        .where(
            RegularisationRecord.service_point_id == point.id,
            (RegularisationRecord.bill_id == bill.id)
            | (
                (RegularisationRecord.period_start <= bill.period_end)
                & (RegularisationRecord.period_end >= bill.period_start)
            ),
        )
        .order_by(RegularisationRecord.created_at.desc())
    )
    lines = tuple(
        (ln.kind, ln.label, ln.quantity, ln.unit_price_e4, ln.amount_minor)
        for ln in session.scalars(
            select(BillLine).where(BillLine.bill_id == bill.id).order_by(BillLine.position)
        )
    )
    return BillExplanation(
        bill_no=bill.bill_no,
        meter_no=point.meter_no,
        period_start=bill.period_start,
        period_end=bill.period_end,
        consumption=bill.consumption,
        estimated=bill.estimated,
        currency=bill.currency,
        amount_minor=bill.amount_minor,
        lines=lines,
        regularisations=tuple(_view(r, point.meter_no) for r in records),
        quote_lines=_coded_lines(lines, point.tariff_code, bill.period_start, bill.consumption),
    )


def _coded_lines(
    stored: tuple[tuple[str, str, int, int, int], ...], tariff_code: str, day: date, units: int
) -> tuple[QuoteLine, ...]:
    """The stored lines of a bill with the codes of the quote that made them.

    A stored line carries only its English label; the bill's tariff quoted again for its
    consumption gives, line by line, the same label with its code and bounds. A line that
    quote does not make (a bill from central priced otherwise) keeps an empty code and is
    shown by its label."""
    try:
        made = {(ln.kind, ln.label): ln for ln in quote(tariff_on(tariff_code, day), units).lines}
    except DomainError:
        made = {}
    out = []
    for kind, label, quantity, price_e4, amount in stored:
        twin = made.get((kind, label))
        code, low, high = (twin.code, twin.low, twin.high) if twin else ("", None, None)
        out.append(QuoteLine(kind, label, quantity, price_e4, amount, code, low, high))
    return tuple(out)


def estimate_for_point(
    session: Session, meter_no: str, start: date, end: date, *, contractual_minimum: int = 0
) -> PointEstimate:
    """Estimate ``start..end`` for a meter from its bill history, priced at its tariff."""
    point = session.scalars(select(ServicePoint).where(ServicePoint.meter_no == meter_no)).first()
    if point is None:
        raise DomainError("reading.meter_unknown", meter_no=meter_no)
    history = [
        PastPeriod(b.period_start, b.period_end, b.consumption, b.estimated)
        for b in session.scalars(
            select(Bill).where(Bill.service_point_id == point.id, Bill.period_end < start)
        )
    ]
    result = estimate(start, end, history, contractual_minimum=contractual_minimum)
    return PointEstimate(
        meter_no, result, quote(tariff_on(point.tariff_code, start), result.consumption)
    )
