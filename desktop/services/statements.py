"""The account statement of a period as plain records: entries, balances, aging, consumption.

Why a read model of its own: the statement is printed (PDF), maybe shown later in the window,
and checked by tests; all of them need the same figures, computed once, from one read
session, with no ORM object escaping. Balances are anchored on the account's *current*
balance (open bills minus credit, the figure the counter trusts) and rolled back through
the later bills and payments: history imported from central billing may start after the
account's first bill, and an opening credit may predate every payment we hold, so summing
history from zero would print a wrong opening balance.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.domain.tariffs import load_tariffs
from desktop.money import Money
from desktop.services.billing import RegularisationView, list_regularisations
from desktop.services.payments import account_balance, find_account, pending_adjustments
from desktop.services.plan_ledger import active_plan_row, installment_states
from desktop.store.models import (
    Account,
    Allocation,
    Bill,
    Payment,
    PaymentVoid,
    Receipt,
    ServicePoint,
)

AGING_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0-30", 0, 30),
    ("31-90", 31, 90),
    ("91-180", 91, 180),
    (">180", 181, None),
)
"""(key, first day overdue, last day overdue or None): not yet due counts as 0 days."""


@dataclass(frozen=True, slots=True)
class AccountHeader:
    """Who the document is about. Fields: account_no, category, name_ar, name_latin,
    address, city, district, currency, status."""

    account_no: str
    category: str
    name_ar: str
    name_latin: str
    address: str
    city: str
    district: str
    currency: str
    status: str


@dataclass(frozen=True, slots=True)
class StatementEntry:
    """One line of the statement.

    Fields: date; kind ('bill', 'adjustment' (a negative bill), 'payment', 'void' (the
    reversal of a voided payment, on the day of the void)); reference (bill or receipt
    number); service (bills: electricity, gas, water...); period_start and period_end
    (bills); estimated (bills); channel and tender (payments and voids); debit (raises
    the balance); credit (lowers it); balance (running, after this line).
    """

    date: dt.date
    kind: str
    reference: str
    service: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    estimated: bool
    channel: str | None
    tender: str | None
    debit: Money
    credit: Money
    balance: Money


@dataclass(frozen=True, slots=True)
class AgingBucket:
    """Open amount of bills by days past due at the statement's end. Fields: key
    ('0-30', '31-90', '91-180', '>180'), amount, bills (how many)."""

    key: str
    amount: Money
    bills: int


@dataclass(frozen=True, slots=True)
class ConsumptionPoint:
    """One billed period of a service point. Fields: period_start, period_end,
    consumption (kWh or m³), estimated."""

    period_start: dt.date
    period_end: dt.date
    consumption: int
    estimated: bool


@dataclass(frozen=True, slots=True)
class ConsumptionSeries:
    """Billed consumption of one service point. Fields: service, meter_no,
    billing_period, points (oldest first), unit (what the point's tariff bills: kWh, m3 or
    th for thermies; gas is billed in thermies, not in the m3 its meter counts)."""

    service: str
    meter_no: str
    billing_period: str
    points: tuple[ConsumptionPoint, ...]
    unit: str = ""


@dataclass(frozen=True, slots=True)
class Installment:
    """One installment of a plan. Fields: due_date, amount, paid (amount settled)."""

    due_date: dt.date
    amount: Money
    paid: Money


@dataclass(frozen=True, slots=True)
class InstallmentPlanView:
    """An active installment calendar. Fields: reference, agreed_on, total, remaining,
    installments (in due order)."""

    reference: str
    agreed_on: dt.date
    total: Money
    remaining: Money
    installments: tuple[Installment, ...]


@dataclass(frozen=True, slots=True)
class StatementView:
    """Everything an account statement prints.

    Fields: account (AccountHeader); date_from, date_to (inclusive); opening, closing
    (balances: positive = owed by the customer, negative = credit); total_debit,
    total_credit (of the period); entries (date order); aging (at date_to, oldest last);
    unallocated_credit (credit not tied to a bill at date_to, so that the aging total
    minus it is the closing balance); consumption (one series per service point);
    installment_plan (None when there is no active plan); generated_on; regularisations
    (of estimated bills, made in the period, with their explanation: months, kWh, amounts);
    pending (regularisation debits decided by date_to and not yet billed: due all the same,
    outside the movements because no bill carries them yet); total_due (closing + pending).
    """

    account: AccountHeader
    date_from: dt.date
    date_to: dt.date
    opening: Money
    closing: Money
    total_debit: Money
    total_credit: Money
    entries: tuple[StatementEntry, ...]
    aging: tuple[AgingBucket, ...]
    unallocated_credit: Money
    consumption: tuple[ConsumptionSeries, ...]
    installment_plan: InstallmentPlanView | None
    generated_on: dt.date
    regularisations: tuple[RegularisationView, ...] = ()
    pending: Money | None = None

    @property
    def total_due(self) -> Money:
        """The closing balance plus the regularisation debits waiting for a bill."""
        return self.closing + self.pending if self.pending is not None else self.closing


def payment_date(created_at: dt.datetime) -> dt.date:
    """Local calendar date of a payment stored in naive UTC."""
    return created_at.replace(tzinfo=dt.UTC).astimezone().date()


def account_header(account: Account) -> AccountHeader:
    """The header fields of an ``Account`` row."""
    return AccountHeader(
        account.account_no,
        account.category,
        account.name_ar,
        account.name_latin,
        account.address,
        account.city,
        account.district,
        account.currency,
        account.status,
    )


def get_statement(
    session: Session,
    account_no: str,
    date_from: dt.date,
    date_to: dt.date,
    *,
    today: dt.date | None = None,
) -> StatementView:
    """The statement of ``account_no`` from ``date_from`` to ``date_to`` (both included).

    Refusals: ``account.not_found``; ``statement.period_reversed`` when from is after to.
    """
    if date_from > date_to:
        raise DomainError(
            "statement.period_reversed",
            date_from=date_from.isoformat(),
            date_to=date_to.isoformat(),
        )
    account = find_account(session, account_no)
    cur = account.currency
    points = {
        p.id: p
        for p in session.scalars(
            select(ServicePoint)
            .where(ServicePoint.account_id == account.id)
            .order_by(ServicePoint.id)
        )
    }
    bills = session.scalars(
        select(Bill).where(Bill.account_id == account.id).order_by(Bill.issue_date, Bill.bill_no)
    ).all()
    payments = session.execute(
        select(Payment, Receipt.receipt_no, PaymentVoid.created_at)
        .outerjoin(Receipt, Receipt.payment_uuid == Payment.uuid)
        .outerjoin(PaymentVoid, PaymentVoid.payment_uuid == Payment.uuid)
        .where(Payment.account_id == account.id)
        .order_by(Payment.created_at)
    ).all()
    # (day, order, receipt, amount, is_void): a voided payment is a payment, then its
    # reversal on the day of the void, so that every printed receipt appears once.
    movements: list[tuple[dt.date, int, str, int, bool]] = []
    for p, receipt_no, voided_at in payments:
        ref = receipt_no or p.uuid[:8].upper()
        day = payment_date(p.created_at)
        movements.append((day, 1, ref, p.amount_minor, False))
        if p.status != "valid":
            movements.append(
                (payment_date(voided_at) if voided_at else day, 2, ref, p.amount_minor, True)
            )

    # A regularisation credit went to the account at once: a movement like a payment.
    regularisations = list_regularisations(session, account.account_no)
    credits = [(r.created_at.date(), r) for r in regularisations if r.status == "credited"]

    # Everything after the period, undone from today's balance, gives the closing balance.
    after = sum(b.amount_minor for b in bills if b.issue_date > date_to)
    after -= sum(-r.detail.adjustment_minor for day, r in credits if day > date_to)
    after += sum((a if void else -a) for day, _, _, a, void in movements if day > date_to)
    closing = account_balance(session, account).minor - after

    raw: list[tuple[dt.date, int, StatementEntry]] = []
    for b in bills:
        if date_from <= b.issue_date <= date_to:
            point = points.get(b.service_point_id)
            kind = "bill" if b.amount_minor >= 0 else "adjustment"
            raw.append(
                (
                    b.issue_date,
                    0,
                    StatementEntry(
                        b.issue_date,
                        kind,
                        b.bill_no,
                        point.service if point else None,
                        b.period_start,
                        b.period_end,
                        b.estimated,
                        None,
                        None,
                        Money(max(b.amount_minor, 0), cur),
                        Money(max(-b.amount_minor, 0), cur),
                        Money(0, cur),
                    ),
                )
            )
    channels = {(r or p.uuid[:8].upper()): (p.channel, p.tender) for p, r, _ in payments}
    for day, order, ref, amount, void in movements:
        if date_from <= day <= date_to:
            channel, tender = channels[ref]
            raw.append(
                (
                    day,
                    order,
                    StatementEntry(
                        day,
                        "void" if void else "payment",
                        ref,
                        None,
                        None,
                        None,
                        False,
                        channel,
                        tender,
                        Money(amount if void else 0, cur),
                        Money(0 if void else amount, cur),
                        Money(0, cur),
                    ),
                )
            )
    for day, r in credits:
        if date_from <= day <= date_to:
            raw.append(
                (
                    day,
                    3,
                    StatementEntry(
                        day,
                        "regularisation",
                        r.meter_no,
                        None,
                        r.period_start,
                        r.period_end,
                        False,
                        None,
                        None,
                        Money(0, cur),
                        Money(-r.detail.adjustment_minor, cur),
                        Money(0, cur),
                    ),
                )
            )
    raw.sort(key=lambda r: (r[0], r[1], r[2].reference))
    period_debit = sum(e.debit.minor for _, _, e in raw)
    period_credit = sum(e.credit.minor for _, _, e in raw)
    opening = closing - period_debit + period_credit

    entries = []
    running = opening
    for _, _, e in raw:
        running += e.debit.minor - e.credit.minor
        entries.append(_with_balance(e, Money(running, cur)))

    aging, billed_open = _aging(session, bills, date_to, cur)
    return StatementView(
        account=account_header(account),
        date_from=date_from,
        date_to=date_to,
        opening=Money(opening, cur),
        closing=Money(closing, cur),
        total_debit=Money(period_debit, cur),
        total_credit=Money(period_credit, cur),
        entries=tuple(entries),
        aging=aging,
        unallocated_credit=Money(max(0, billed_open - closing), cur),
        consumption=_consumption(points, bills, date_from, date_to),
        installment_plan=active_installment_plan(session, account.id, cur),
        generated_on=today or dt.date.today(),
        regularisations=tuple(
            r
            for r in regularisations
            if date_from <= r.created_at.date() <= date_to and r.detail.periods
        ),
        pending=Money(
            sum(
                r.adjustment_minor
                for r in pending_adjustments(session, account)
                if r.created_at.date() <= date_to
            ),
            cur,
        ),
    )


def _with_balance(e: StatementEntry, balance: Money) -> StatementEntry:
    return StatementEntry(
        e.date,
        e.kind,
        e.reference,
        e.service,
        e.period_start,
        e.period_end,
        e.estimated,
        e.channel,
        e.tender,
        e.debit,
        e.credit,
        balance,
    )


def _aging(
    session: Session, bills: list[Bill], date_to: dt.date, cur: str
) -> tuple[tuple[AgingBucket, ...], int]:
    """Open amount of each bill issued by ``date_to``, as it stood that day, by days overdue."""
    issued = {b.id: b for b in bills if b.issue_date <= date_to and b.amount_minor > 0}
    paid: dict[int, int] = defaultdict(int)
    if issued:
        rows = session.execute(
            select(
                Allocation.bill_id,
                Allocation.amount_minor,
                Payment.created_at,
                PaymentVoid.created_at,
            )
            .join(Payment, Payment.uuid == Allocation.payment_uuid)
            .outerjoin(PaymentVoid, PaymentVoid.payment_uuid == Payment.uuid)
            .where(Allocation.bill_id.in_(list(issued)))
        )
        for bill_id, amount, created_at, voided_at in rows:
            voided_by_then = voided_at is not None and payment_date(voided_at) <= date_to
            if payment_date(created_at) <= date_to and not voided_by_then:
                paid[bill_id] += amount
    amounts = [0] * len(AGING_BUCKETS)
    counts = [0] * len(AGING_BUCKETS)
    for b in issued.values():
        # Today's open amount can only be smaller than the one at date_to; for bills with
        # no allocation we hold (history paid through central billing) it is the only clue.
        due = max(b.amount_minor - paid[b.id], b.open_minor)
        if due <= 0:
            continue
        days = max(0, (date_to - b.due_date).days)
        for i, (_, low, high) in enumerate(AGING_BUCKETS):
            if days >= low and (high is None or days <= high):
                amounts[i] += due
                counts[i] += 1
                break
    buckets = tuple(
        AgingBucket(key, Money(amounts[i], cur), counts[i])
        for i, (key, _, _) in enumerate(AGING_BUCKETS)
    )
    return buckets, sum(amounts)


SERVICE_UNITS = {"electricity": "kWh", "gas": "th", "water": "m3", "sanitation": "m3"}


def billed_unit(tariff_code: str, service: str) -> str:
    """The unit the tariff bills consumption in; the service's usual one for a tariff that
    is not shipped (an imported account)."""
    tariff = load_tariffs().get(tariff_code)
    return tariff.unit if tariff is not None else SERVICE_UNITS.get(service, "")


def _consumption(
    points: dict[int, ServicePoint], bills: list[Bill], date_from: dt.date, date_to: dt.date
) -> tuple[ConsumptionSeries, ...]:
    by_point: dict[int, list[ConsumptionPoint]] = defaultdict(list)
    for b in sorted(bills, key=lambda b: b.period_start):
        if b.amount_minor >= 0 and date_from <= b.issue_date <= date_to:
            by_point[b.service_point_id].append(
                ConsumptionPoint(b.period_start, b.period_end, b.consumption, b.estimated)
            )
    return tuple(
        ConsumptionSeries(
            p.service,
            p.meter_no,
            p.billing_period,
            tuple(by_point[pid]),
            billed_unit(p.tariff_code, p.service),
        )
        for pid, p in points.items()
        if by_point.get(pid)
    )


def active_installment_plan(
    session: Session, account_id: int, currency: str
) -> InstallmentPlanView | None:
    """The account's active installment calendar, or None (read through
    ``services.plan_ledger``: paid amounts count valid payments only)."""
    row = active_plan_row(session, account_id)
    if row is None:
        return None
    states = installment_states(session, row.uuid, currency)
    return InstallmentPlanView(
        reference=row.reference,
        agreed_on=row.agreed_on,
        total=Money(row.total_minor, currency),
        remaining=Money(sum(i.remaining.minor for i in states), currency),
        installments=tuple(Installment(i.due_date, i.amount, i.paid) for i in states),
    )
