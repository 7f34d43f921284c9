"""Read models of an account for the counter screen and the CLI.

Why plain records: the window and the CLI must never hold ORM objects (no lazy loads from a
table model, no session shared between threads); they get frozen snapshots built in one
short read session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.money import Money
from desktop.services.payments import amount_due, find_account, pending_adjustments
from desktop.store.models import (
    Allocation,
    Bill,
    OutboxItem,
    Payment,
    Receipt,
    ServicePoint,
    SyncQuarantine,
)

HISTORY_LIMIT = 50


@dataclass(frozen=True, slots=True)
class ServicePointView:
    """Fields: id, service (electricity/gas/water), meter_no, tariff_code, billing_period."""

    id: int
    service: str
    meter_no: str
    tariff_code: str
    billing_period: str


@dataclass(frozen=True, slots=True)
class BillView:
    """Fields: bill_no, service, meter_no, period_start, period_end, issue_date, due_date,
    consumption, estimated, amount, open (still due)."""

    bill_no: str
    service: str
    meter_no: str
    period_start: dt.date
    period_end: dt.date
    issue_date: dt.date
    due_date: dt.date
    consumption: int
    estimated: bool
    amount: Money
    open: Money

    def days_overdue(self, today: dt.date) -> int:
        return max(0, (today - self.due_date).days)


@dataclass(frozen=True, slots=True)
class PaymentView:
    """Fields: payment_uuid, receipt_no (None for other channels), created_at (UTC), amount,
    tender, channel, status, bills (references settled), held_by_central (central refused
    this payment, its void or its correction, and the sync problem is still open: the
    counter keeps its effect on the bills until a manager resolves it)."""

    payment_uuid: str
    receipt_no: str | None
    created_at: dt.datetime
    amount: Money
    tender: str
    channel: str
    status: str
    bills: tuple[str, ...]
    held_by_central: bool = False


@dataclass(frozen=True, slots=True)
class PendingAdjustmentView:
    """A regularisation debit decided but not yet billed. Fields: meter_no, period_start,
    period_end, amount, decided_at (UTC)."""

    meter_no: str
    period_start: dt.date
    period_end: dt.date
    amount: Money
    decided_at: dt.datetime


@dataclass(frozen=True, slots=True)
class AccountView:
    """Everything the counter shows about one account.

    Fields: account_no, category, name_ar, name_latin, address, city, district, phones,
    email, status, currency, credit, balance (everything due: open bills plus pending
    regularisation debits, minus credit), service_points, open_bills (oldest due first),
    history (recent bills, newest first), payments (newest first); pending (regularisation
    debits decided but not yet billed, oldest first); home_agency (another agency's code when the account was imported by a remote
    look-up, else None) and looked_up_at (UTC, when its open amounts were fetched).
    """

    account_no: str
    category: str
    name_ar: str
    name_latin: str
    address: str
    city: str
    district: str
    phones: tuple[str, ...]
    email: str | None
    status: str
    currency: str
    credit: Money
    balance: Money
    service_points: tuple[ServicePointView, ...]
    open_bills: tuple[BillView, ...]
    history: tuple[BillView, ...]
    payments: tuple[PaymentView, ...]
    home_agency: str | None = None
    looked_up_at: dt.datetime | None = None
    pending: tuple[PendingAdjustmentView, ...] = ()

    @property
    def pending_total(self) -> Money:
        """Regularisation debits waiting for the next bill."""
        return Money(sum(p.amount.minor for p in self.pending), self.currency)

    @property
    def total_due(self) -> Money:
        """Open bills plus pending regularisation debits (credit not deducted)."""
        return Money(sum(b.open.minor for b in self.open_bills), self.currency) + self.pending_total


def get_account_view(session: Session, account_no: str) -> AccountView:
    """Snapshot of one account; ``account.not_found`` if there is none."""
    account = find_account(session, account_no)
    cur = account.currency
    points = session.scalars(
        select(ServicePoint).where(ServicePoint.account_id == account.id).order_by(ServicePoint.id)
    ).all()
    by_point = {p.id: p for p in points}

    def bill_view(b: Bill) -> BillView:
        point = by_point[b.service_point_id]
        return BillView(
            b.bill_no,
            point.service,
            point.meter_no,
            b.period_start,
            b.period_end,
            b.issue_date,
            b.due_date,
            b.consumption,
            b.estimated,
            Money(b.amount_minor, cur),
            Money(b.open_minor, cur),
        )

    open_rows = session.scalars(
        select(Bill)
        .where(Bill.account_id == account.id, Bill.open_minor > 0)
        .order_by(Bill.due_date, Bill.bill_no)
    ).all()
    history_rows = session.scalars(
        select(Bill)
        .where(Bill.account_id == account.id)
        .order_by(Bill.period_start.desc(), Bill.bill_no)
        .limit(HISTORY_LIMIT)
    ).all()
    payments = _payments(session, account.id, cur)
    return AccountView(
        account_no=account.account_no,
        category=account.category,
        name_ar=account.name_ar,
        name_latin=account.name_latin,
        address=account.address,
        city=account.city,
        district=account.district,
        phones=tuple(p for p in (account.phone1, account.phone2) if p),
        email=account.email,
        status=account.status,
        currency=cur,
        credit=Money(account.credit_minor, cur),
        balance=amount_due(session, account),
        service_points=tuple(
            ServicePointView(p.id, p.service, p.meter_no, p.tariff_code, p.billing_period)
            for p in points
        ),
        open_bills=tuple(bill_view(b) for b in open_rows),
        history=tuple(bill_view(b) for b in history_rows),
        payments=payments,
        home_agency=account.home_agency,
        looked_up_at=account.looked_up_at,
        pending=tuple(
            PendingAdjustmentView(
                by_point[r.service_point_id].meter_no,
                r.period_start,
                r.period_end,
                Money(r.adjustment_minor, cur),
                r.created_at,
            )
            for r in pending_adjustments(session, account)
        ),
    )


def _payments(session: Session, account_id: int, cur: str) -> tuple[PaymentView, ...]:
    rows = session.execute(
        select(Payment, Receipt.receipt_no)
        .outerjoin(Receipt, Receipt.payment_uuid == Payment.uuid)
        .where(Payment.account_id == account_id)
        .order_by(Payment.created_at.desc())
        .limit(HISTORY_LIMIT)
    ).all()
    uuids = [p.uuid for p, _ in rows]
    bills: dict[str, list[str]] = {u: [] for u in uuids}
    if uuids:
        for pay_uuid, bill_no in session.execute(
            select(Allocation.payment_uuid, Bill.bill_no)
            .join(Bill, Bill.id == Allocation.bill_id)
            .where(Allocation.payment_uuid.in_(uuids))
        ):
            bills[pay_uuid].append(bill_no)
    held = held_by_central(session, uuids)
    return tuple(
        PaymentView(
            p.uuid,
            receipt_no,
            p.created_at,
            Money(p.amount_minor, cur),
            p.tender,
            p.channel,
            p.status,
            tuple(sorted(bills[p.uuid])),
            p.uuid in held,
        )
        for p, receipt_no in rows
    )


def held_by_central(session: Session, payment_uuids: list[str]) -> set[str]:
    """The payments among ``payment_uuids`` held by central: their create or void item, or
    the correction whose reversing payment they are, was refused and its sync problem is
    open. The rule the pull follows for them is in ``desktop.sync.pull.pending_effects``."""
    if not payment_uuids:
        return set()
    held: set[str] = set()
    for entity, entity_uuid, payload in session.execute(
        select(OutboxItem.entity, OutboxItem.entity_uuid, OutboxItem.payload)
        .join(SyncQuarantine, SyncQuarantine.outbox_uuid == OutboxItem.uuid)
        .where(
            SyncQuarantine.resolved_at.is_(None),
            OutboxItem.entity.in_(("payment", "payment_correction")),
        )
    ):
        if entity == "payment":
            held.add(entity_uuid)
        elif isinstance(payload, dict) and payload.get("payment_uuid"):
            held.add(str(payload["payment_uuid"]))
    return held & set(payment_uuids)
