"""Closing the business day: the Z totals, computed once, stored, chained, then locked.

Why: the day's figures must be the same on paper, on screen and centrally, and must never
change afterwards. The manager closes the day only when every session is closed; the totals
(by tender, clerk, service, voids, over/short), the Z number, the day total and the perpetual
grand total are stored as canonical JSON on the day row with the journal hash of that moment,
and the day row is then locked by a trigger.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from desktop.config import load_terminal_settings
from desktop.domain.errors import DomainError
from desktop.services.auth import AuthenticatedUser, require
from desktop.services.tills import tills_of_day
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import (
    Allocation,
    Bill,
    BusinessDay,
    Payment,
    ServicePoint,
    Till,
    User,
)
from desktop.store.outbox import enqueue


@dataclass(frozen=True, slots=True)
class ZReport:
    """A closed day's Z report. Fields: agency, day, z_number, closed_at (UTC), closed_by,
    currency, totals (the stored JSON-ready dict: by_tender, by_clerk, by_service, voids,
    sessions with over/short, day_total, grand_total, previous_grand_total), journal_hash."""

    agency: str
    day: dt.date
    z_number: int
    closed_at: dt.datetime
    closed_by: str
    currency: str
    totals: dict[str, Any]
    journal_hash: str


def close_day(
    uow: UnitOfWork,
    manager: AuthenticatedUser,
    day: dt.date | None = None,
    *,
    now: dt.datetime | None = None,
) -> ZReport:
    """Close ``day`` (default: today) for this agency and return its Z report."""
    require(manager, "approve")
    s = uow.session
    settings = load_terminal_settings(s)
    day = day or (now or dt.datetime.now(dt.UTC)).astimezone().date()
    row = s.get(BusinessDay, (settings.agency_code, day))
    if row is None:
        raise DomainError("day.not_open", day=day.isoformat())
    if row.status == "closed":
        raise DomainError("day.closed", day=day.isoformat())
    still_open = s.scalars(
        select(Till.terminal).where(
            Till.agency == settings.agency_code,
            Till.business_day == day,
            Till.status == "open",
        )
    ).all()
    if still_open:
        raise DomainError("day.sessions_open", terminals=", ".join(sorted(set(still_open))))
    totals = day_totals(uow, settings.agency_code, day, settings.currency)
    previous = s.scalar(
        select(BusinessDay.grand_total_minor)
        .where(BusinessDay.agency == settings.agency_code, BusinessDay.status == "closed")
        .order_by(BusinessDay.day.desc())
        .limit(1)
    )
    z_number = (
        s.scalar(
            select(func.max(BusinessDay.z_number)).where(BusinessDay.agency == settings.agency_code)
        )
        or 0
    ) + 1
    grand = (previous or 0) + totals["day_total_minor"]
    totals |= {
        "previous_grand_total_minor": previous or 0,
        "grand_total_minor": grand,
        "z_number": z_number,
        "day": day.isoformat(),
        "agency": settings.agency_code,
        "currency": settings.currency,
    }
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    digest = journal.append(s, "day.close", totals, username=manager.username, now=now)
    # Head office gets the Z figures with the journal hash that seals them.
    enqueue(
        s,
        "business_day",
        f"{settings.agency_code}:{day.isoformat()}",
        "close",
        {**totals, "journal_hash": digest, "closed_by": manager.username, "at": moment.isoformat()},
        moment,
    )
    row.status = "closed"
    row.closed_at = moment
    row.closed_by = manager.id
    row.z_number = z_number
    row.totals = journal.canonical(totals)
    row.grand_total_minor = grand
    row.journal_hash = digest
    s.flush()
    uow.commit()
    return ZReport(
        settings.agency_code,
        day,
        z_number,
        moment,
        manager.username,
        settings.currency,
        totals,
        digest,
    )


def day_totals(uow: UnitOfWork, agency: str, day: dt.date, currency: str) -> dict[str, Any]:
    """The figures of one day, in minor units, JSON-ready."""
    s = uow.session
    session_ids = select(Till.uuid).where(Till.agency == agency, Till.business_day == day)
    by_tender: dict[str, dict[str, int]] = {}
    voids = {"count": 0, "amount_minor": 0}
    for tender, status, count, amount in s.execute(
        select(Payment.tender, Payment.status, func.count(), func.sum(Payment.amount_minor))
        .where(Payment.session_uuid.in_(session_ids))
        .group_by(Payment.tender, Payment.status)
    ):
        if status == "void":
            voids["count"] += count
            voids["amount_minor"] += int(amount)
        else:
            by_tender[tender] = {"count": count, "amount_minor": int(amount)}
    by_clerk = [
        {
            "username": username,
            "full_name": full_name,
            "tender": tender,
            "count": count,
            "amount_minor": int(amount),
        }
        for username, full_name, tender, count, amount in s.execute(
            select(
                User.username,
                User.full_name,
                Payment.tender,
                func.count(),
                func.sum(Payment.amount_minor),
            )
            .join(User, User.id == Payment.user_id)
            .where(Payment.session_uuid.in_(session_ids), Payment.status == "valid")
            .group_by(User.username, User.full_name, Payment.tender)
            .order_by(User.username, Payment.tender)
        )
    ]
    by_service = {
        service: int(amount)
        for service, amount in s.execute(
            select(ServicePoint.service, func.sum(Allocation.amount_minor))
            .join(Bill, Bill.id == Allocation.bill_id)
            .join(ServicePoint, ServicePoint.id == Bill.service_point_id)
            .join(Payment, Payment.uuid == Allocation.payment_uuid)
            .where(Payment.session_uuid.in_(session_ids), Payment.status == "valid")
            .group_by(ServicePoint.service)
        )
    }
    credit = s.scalar(
        select(func.coalesce(func.sum(Payment.credit_minor), 0)).where(
            Payment.session_uuid.in_(session_ids), Payment.status == "valid"
        )
    )
    if credit:
        by_service["account_credit"] = int(credit)
    sessions = [
        {
            "uuid": x.uuid,
            "username": x.username,
            "terminal": x.terminal,
            "opening_float_minor": x.opening_float.minor,
            "expected_cash_minor": x.expected_cash.minor,
            "counted_cash_minor": x.counted_cash.minor if x.counted_cash else 0,
            "expected_card_minor": x.expected_card.minor,
            "counted_card_minor": x.counted_card.minor if x.counted_card else 0,
            "over_short_cash_minor": (x.counted_cash.minor if x.counted_cash else 0)
            - x.expected_cash.minor,
            "over_short_card_minor": (x.counted_card.minor if x.counted_card else 0)
            - x.expected_card.minor,
            "payments": x.payments,
            "voided": x.voided,
        }
        for x in tills_of_day(s, agency, day)
    ]
    day_total = sum(t["amount_minor"] for t in by_tender.values())
    return {
        "by_tender": by_tender,
        "by_clerk": by_clerk,
        "by_service": by_service,
        "voids": voids,
        "sessions": sessions,
        "payments": sum(t["count"] for t in by_tender.values()),
        "day_total_minor": day_total,
    }


def z_report(uow: UnitOfWork, agency: str, day: dt.date) -> ZReport:
    """A closed day's stored Z report (for reprinting)."""
    row = uow.session.get(BusinessDay, (agency, day))
    if row is None or row.status != "closed" or row.totals is None:
        raise DomainError("day.not_open", day=day.isoformat())
    closer = uow.session.get(User, row.closed_by) if row.closed_by else None
    totals = json.loads(row.totals)
    return ZReport(
        agency,
        day,
        row.z_number or 0,
        row.closed_at or row.opened_at,
        closer.username if closer else "?",
        totals.get("currency", ""),
        totals,
        row.journal_hash or "",
    )
