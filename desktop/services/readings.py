"""Meter readings at the counter: the customer's self-reading, checked before it is kept.

Why checks at the counter: a mistyped index is cheap to fix while the customer stands
there, and expensive once billed. So:

- the index may not go below the previous measured one, unless the clerk records a meter
  replacement or a roll-over (the register passed 99999 back to 00000);
- consumption far above the account's usual consumption (more than a factor set in the
  settings, key ``unusual_consumption_factor``, default 3) is refused until the clerk has
  checked it with the customer and confirms; confirmed cases are listed for follow-up and
  the customer is alerted (the Lydec alerts), through central;
- after the reading, estimated bills since the last measured reading are regularised
  (``desktop.services.billing``), in the same transaction.

"Measured" means actual (company reader) or self (customer) readings; estimated indexes are
never a reference, since a generous estimate would otherwise block the true index. A
correction is a new reading on the same date with ``correct=True``: the old one is kept but
superseded, and its regularisation is re-computed without counting anything twice.

Usual consumption: the daily rate of the point's non-estimated bills of the 365 days before
the previous reading, times the days since it. No such history: nothing is flagged.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError, Problem
from desktop.services.auth import AuthenticatedUser
from desktop.services.billing import regularise_reading
from desktop.services.notifications import queue_notification
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import (
    Account,
    Bill,
    MeterReading,
    ReadingDetail,
    RegularisationRecord,
    ServicePoint,
    Setting,
)
from desktop.store.outbox import enqueue

FACTOR_KEY = "unusual_consumption_factor"
DEFAULT_FACTOR = Fraction(3)
MEASURED = ("actual", "self")
KINDS = ("self", "actual")
HISTORY_DAYS = 365


@dataclass(frozen=True, slots=True)
class ReadingInput:
    """What the clerk typed.

    Fields:
        meter_no, index, reading_date: the meter, its index and the day it was read.
        kind: ``self`` (the customer's reading) or ``actual`` (a company reader's).
        replacement: the meter was replaced since the previous reading; ``index`` is on
            the new meter, which started at ``new_start`` (default 0); ``old_final`` is the
            old meter's last index if known.
        rollover: the register passed its maximum (``digits`` digits; by default as many
            as the previous index has) and restarted at 0.
        confirm_unusual: the clerk checked an unusual consumption with the customer.
        correct: this reading replaces the measured reading of the same date.
    """

    meter_no: str
    index: int
    reading_date: date
    kind: str = "self"
    replacement: bool = False
    rollover: bool = False
    confirm_unusual: bool = False
    correct: bool = False
    old_final: int | None = None
    new_start: int = 0
    digits: int | None = None


@dataclass(frozen=True, slots=True)
class ReadingResult:
    """A recorded reading.

    Fields: uuid, meter_no, account_no, reading_date, index, kind, reason (first, normal,
    replacement, rollover), consumption (None for a first reading), days, usual (expected
    consumption, None without history), unusual, corrects (uuid of the superseded reading),
    regularisation_uuid, adjustment_minor (0 when nothing was regularised), currency.
    """

    uuid: str
    meter_no: str
    account_no: str
    reading_date: date
    index: int
    kind: str
    reason: str
    consumption: int | None
    days: int | None
    usual: int | None
    unusual: bool
    corrects: str | None
    regularisation_uuid: str | None
    adjustment_minor: int
    currency: str


@dataclass(frozen=True, slots=True)
class UnusualCase:
    """An unusual consumption to follow up. Fields: reading_uuid, account_no, meter_no,
    reading_date, consumption, usual, days, confirmed_by, recorded_at."""

    reading_uuid: str
    account_no: str
    meter_no: str
    reading_date: date
    consumption: int
    usual: int | None
    days: int
    confirmed_by: str | None
    recorded_at: dt.datetime


def unusual_factor(session: Session) -> Fraction:
    """The configured factor (a decimal string in settings), never below 1."""
    row = session.get(Setting, FACTOR_KEY)
    if row is None:
        return DEFAULT_FACTOR
    try:
        value = Fraction(row.value.strip().replace(",", "."))
    except (ValueError, ZeroDivisionError):
        raise DomainError("reading.factor_invalid", value=row.value, key=FACTOR_KEY) from None
    if value < 1:
        raise DomainError("reading.factor_invalid", value=row.value, key=FACTOR_KEY)
    return value


def _measured(session: Session, point_id: int) -> list[MeterReading]:
    """Measured, not superseded readings of the point, oldest first."""
    superseded = select(ReadingDetail.reading_uuid).where(ReadingDetail.superseded.is_(True))
    return list(
        session.scalars(
            select(MeterReading)
            .where(
                MeterReading.service_point_id == point_id,
                MeterReading.kind.in_(MEASURED),
                MeterReading.uuid.not_in(superseded),
            )
            .order_by(MeterReading.reading_date, MeterReading.id)
        )
    )


def usual_consumption(session: Session, point_id: int, before: date, days: int) -> int | None:
    """Expected consumption over ``days`` days from the year of bills before ``before``."""
    rows = session.execute(
        select(Bill.period_start, Bill.period_end, Bill.consumption).where(
            Bill.service_point_id == point_id,
            Bill.estimated.is_(False),
            Bill.period_end <= before,
            Bill.period_start >= before - timedelta(days=HISTORY_DAYS),
        )
    ).all()
    total_days = sum((end - start).days + 1 for start, end, _ in rows)
    if not total_days:
        return None
    rate = Fraction(sum(c for _, _, c in rows), total_days)
    return int((rate * days * 2 + 1) // 2)


def _consumption(entry: ReadingInput, previous: MeterReading) -> tuple[str, int]:
    if entry.replacement and entry.rollover:
        raise DomainError("reading.replacement_and_rollover")
    if entry.replacement:
        old_part = 0
        if entry.old_final is not None:
            if entry.old_final < previous.index_value:
                raise DomainError(
                    "reading.index_below_previous",
                    index=entry.old_final,
                    previous=previous.index_value,
                    day=previous.reading_date.isoformat(),
                )
            old_part = entry.old_final - previous.index_value
        if entry.index < entry.new_start:
            raise DomainError(
                "reading.index_below_previous",
                index=entry.index,
                previous=entry.new_start,
                day=entry.reading_date.isoformat(),
            )
        return "replacement", old_part + entry.index - entry.new_start
    if entry.rollover:
        if entry.index >= previous.index_value:
            raise DomainError(
                "reading.rollover_not_needed", index=entry.index, previous=previous.index_value
            )
        digits = entry.digits or len(str(previous.index_value))
        if previous.index_value >= 10**digits:
            raise DomainError(
                "reading.rollover_not_needed", index=entry.index, previous=previous.index_value
            )
        return "rollover", 10**digits - previous.index_value + entry.index
    if entry.index < previous.index_value:
        raise DomainError(
            "reading.index_below_previous",
            index=entry.index,
            previous=previous.index_value,
            day=previous.reading_date.isoformat(),
        )
    return "normal", entry.index - previous.index_value


MAX_INDEX = 10**12
"""No meter register has more than 12 digits; bigger numbers would overflow once multiplied."""


def record_reading(
    uow: UnitOfWork,
    user: AuthenticatedUser,
    entry: ReadingInput,
    *,
    today: date | None = None,
    now: dt.datetime | None = None,
) -> ReadingResult:
    """Check and record ``entry``; regularise estimated bills; all in one transaction.

    Refusals (nothing written): unknown meter, future date, index below the previous one
    without replacement/roll-over, a second reading on a day without ``correct``, a reading
    dated before the last measured one, an unusual consumption not confirmed.
    """
    s = uow.session
    if entry.kind not in KINDS:
        raise DomainError("input.invalid", field="kind", problem=Problem("reading_kind"))
    if entry.index < 0:
        raise DomainError("input.invalid", field="index", problem=Problem("index_negative"))
    for field_name in ("index", "old_final", "new_start"):
        value = getattr(entry, field_name)
        if value is not None and abs(value) >= MAX_INDEX:  # beyond SQLite's 64-bit integers
            raise DomainError(
                "input.invalid",
                field=field_name,
                problem=Problem("index_too_large", value=value),
            )
    point = s.scalars(select(ServicePoint).where(ServicePoint.meter_no == entry.meter_no)).first()
    if point is None:
        raise DomainError("reading.meter_unknown", meter_no=entry.meter_no)
    today = today or dt.date.today()
    if entry.reading_date > today:
        raise DomainError("reading.future_date", day=entry.reading_date.isoformat())
    readings = _measured(s, point.id)
    corrected: MeterReading | None = None
    same_day = [r for r in readings if r.reading_date == entry.reading_date]
    if same_day and not entry.correct:
        raise DomainError(
            "reading.same_day",
            meter_no=entry.meter_no,
            day=entry.reading_date.isoformat(),
            index=same_day[-1].index_value,
        )
    if entry.correct:
        if not same_day:
            raise DomainError(
                "reading.nothing_to_correct",
                meter_no=entry.meter_no,
                day=entry.reading_date.isoformat(),
            )
        corrected = same_day[-1]
    later = [r for r in readings if r.reading_date > entry.reading_date]
    if later:
        raise DomainError(
            "reading.before_last",
            day=entry.reading_date.isoformat(),
            last=later[-1].reading_date.isoformat(),
        )
    earlier = [r for r in readings if r.reading_date < entry.reading_date]
    previous = earlier[-1] if earlier else None

    reason, consumption, days, usual, unusual = "first", None, None, None, False
    if previous is not None:
        reason, consumption = _consumption(entry, previous)
        days = (entry.reading_date - previous.reading_date).days
        usual = usual_consumption(s, point.id, previous.reading_date, days)
        factor = unusual_factor(s)
        unusual = usual is not None and consumption > 0 and consumption > usual * factor
        if unusual and not entry.confirm_unusual:
            raise DomainError(
                "reading.unusual",
                consumption=consumption,
                usual=usual,
                days=days,
                factor=str(float(factor)).removesuffix(".0"),
            )

    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    reading = MeterReading(
        uuid=str(uuid.uuid4()),
        service_point_id=point.id,
        reading_date=entry.reading_date,
        index_value=entry.index,
        kind=entry.kind,
    )
    s.add(reading)
    s.flush()
    if corrected is not None:
        old = s.get(ReadingDetail, corrected.uuid)
        if old is None:
            s.add(
                ReadingDetail(
                    reading_uuid=corrected.uuid,
                    superseded=True,
                    reason="normal",
                    unusual=False,
                    recorded_at=moment,
                )
            )
        else:
            old.superseded = True
            if old.follow_up == "open":
                old.follow_up = "superseded"
    s.add(
        ReadingDetail(
            reading_uuid=reading.uuid,
            previous_uuid=previous.uuid if previous else None,
            corrects_uuid=corrected.uuid if corrected else None,
            superseded=False,
            reason=reason,
            consumption=consumption,
            days=days,
            usual_consumption=usual,
            unusual=unusual,
            confirmed_by=user.username if unusual else None,
            follow_up="open" if unusual else None,
            recorded_by=user.username,
            recorded_at=moment,
        )
    )
    account = s.get(Account, point.account_id)
    assert account is not None
    payload = {
        "reading_uuid": reading.uuid,
        "account_no": account.account_no,
        "meter_no": point.meter_no,
        "reading_date": entry.reading_date.isoformat(),
        "index": entry.index,
        "kind": entry.kind,
        "reason": reason,
        "consumption": consumption,
        "days": days,
        "usual": usual,
        "unusual": unusual,
        "corrects": corrected.uuid if corrected else None,
        "recorded_at": moment.isoformat(),
        "user": user.username,
    }
    enqueue(s, "meter_reading", reading.uuid, "correct" if corrected else "create", payload, moment)
    s.flush()
    journal.append(
        s,
        "reading.correct" if corrected else "reading.add",
        payload,
        username=user.username,
        entity_uuid=reading.uuid,
        now=now,
    )
    if unusual:
        queue_notification(
            s,
            account,
            "unusual_consumption",
            {
                "meter_no": point.meter_no,
                "reading_date": entry.reading_date.isoformat(),
                "consumption": consumption,
                "usual": usual,
                "days": days,
            },
            now=now,
        )
    record: RegularisationRecord | None = None
    if previous is not None and consumption is not None:
        record = regularise_reading(
            s,
            point,
            reading,
            previous,
            consumption,
            username=user.username,
            corrects_uuid=corrected.uuid if corrected else None,
            now=now,
        )
    result = ReadingResult(
        uuid=reading.uuid,
        meter_no=point.meter_no,
        account_no=account.account_no,
        reading_date=entry.reading_date,
        index=entry.index,
        kind=entry.kind,
        reason=reason,
        consumption=consumption,
        days=days,
        usual=usual,
        unusual=unusual,
        corrects=corrected.uuid if corrected else None,
        regularisation_uuid=record.uuid if record else None,
        adjustment_minor=record.adjustment_minor if record else 0,
        currency=account.currency,
    )
    uow.commit()
    return result


def list_unusual(session: Session, *, include_closed: bool = False) -> list[UnusualCase]:
    """Unusual consumptions recorded at the counter, for follow-up (open ones by default)."""
    query = (
        select(ReadingDetail, MeterReading, ServicePoint.meter_no, Account.account_no)
        .join(MeterReading, MeterReading.uuid == ReadingDetail.reading_uuid)
        .join(ServicePoint, ServicePoint.id == MeterReading.service_point_id)
        .join(Account, Account.id == ServicePoint.account_id)
        .where(ReadingDetail.unusual.is_(True))
        .order_by(ReadingDetail.recorded_at)
    )
    if not include_closed:
        query = query.where(ReadingDetail.follow_up == "open")
    return [
        UnusualCase(
            d.reading_uuid,
            account_no,
            meter_no,
            r.reading_date,
            d.consumption or 0,
            d.usual_consumption,
            d.days or 0,
            d.confirmed_by,
            d.recorded_at,
        )
        for d, r, meter_no, account_no in session.execute(query)
    ]
