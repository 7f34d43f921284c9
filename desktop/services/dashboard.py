"""The branch manager's dashboard: tills, today's takings, voids, discrepancies, outstanding debt.

Why a read model of its own: the manager must see at a glance who is still counting, what
each clerk took and by which tender, which closed tills were over or short, and how old the
agency's unpaid bills are. Every figure is a SQL aggregate computed in one read session (the
debt matrix is a single GROUP BY over the open bills joined to their accounts, so it stays
fast on a million accounts: no Python loop over rows, no ORM object built per bill), and
only frozen records leave this module. Reading it needs the ``approve`` permission: a clerk
calling it through the CLI or an API is refused, not merely shown a hidden menu.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Date, Integer, String, Subquery, case, column, func, literal, select, table
from sqlalchemy.orm import Session, aliased

from desktop.config import load_terminal_settings
from desktop.domain.cash import Difference, difference
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser, require
from desktop.services.statements import AGING_BUCKETS
from desktop.services.tills import TillSummary, tills_of_day, tolerance
from desktop.store.models import (
    Account,
    Bill,
    BusinessDay,
    Payment,
    PaymentVoid,
    Receipt,
    Till,
    User,
)

BUCKETS: tuple[str, ...] = tuple(key for key, _first, _last in AGING_BUCKETS)
"""Age buckets of the debt matrix, youngest first: 0-30, 31-90, 91-180, >180 days overdue."""


@dataclass(frozen=True, slots=True)
class Takings:
    """What one clerk took today with one tender (valid payments only).
    Fields: username, full_name, tender, count, amount."""

    username: str
    full_name: str
    tender: str
    count: int
    amount: Money


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """A closed till of the day whose count differs from the expected figure.
    Fields: session (summary), differences (cash, card: only those not zero), validated
    (a manager validated it), beyond_tolerance."""

    session: TillSummary
    differences: tuple[Difference, ...]
    validated: bool
    beyond_tolerance: bool


@dataclass(frozen=True, slots=True)
class VoidLine:
    """A payment of the day voided: the manager reviews every one before closing the day.
    Fields: receipt_no, account_no, amount, tender, reason_code, reason_text, clerk (username
    of who asked), approver (username of who approved), voided_at (UTC)."""

    receipt_no: str
    account_no: str
    amount: Money
    tender: str
    reason_code: str
    reason_text: str
    clerk: str
    approver: str
    voided_at: dt.datetime


@dataclass(frozen=True, slots=True)
class DebtCell:
    """Open amount of one customer category in one age bucket. Fields: category, bucket (a
    key of ``BUCKETS``), bills (count), amount."""

    category: str
    bucket: str
    bills: int
    amount: Money


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Everything the manager's screen shows. Fields: day, agency_code, currency,
    day_status ('none', 'open', 'closed'), open_sessions, takings, discrepancies, debt (cells,
    category × bucket, empty cells left out), total_taken, total_debt, voids (the day's
    voided payments, oldest first)."""

    day: dt.date
    agency_code: str
    currency: str
    day_status: str
    open_sessions: tuple[TillSummary, ...]
    takings: tuple[Takings, ...]
    discrepancies: tuple[Discrepancy, ...]
    debt: tuple[DebtCell, ...]
    total_taken: Money
    total_debt: Money
    voids: tuple[VoidLine, ...] = ()


def get_dashboard(
    session: Session, manager: AuthenticatedUser, day: dt.date | None = None
) -> Dashboard:
    """The dashboard of ``day`` (default: today, local time) for this agency."""
    require(manager, "approve")
    settings = load_terminal_settings(session)
    day = day or dt.datetime.now().astimezone().date()
    cur = settings.currency
    row = session.get(BusinessDay, (settings.agency_code, day))
    tills = tills_of_day(session, settings.agency_code, day)
    takings = _takings(session, settings.agency_code, day, cur)
    debt = debt_by_category_and_age(session, day, cur)
    return Dashboard(
        day=day,
        agency_code=settings.agency_code,
        currency=cur,
        day_status=row.status if row else "none",
        open_sessions=tuple(t for t in tills if t.status == "open"),
        takings=takings,
        discrepancies=_discrepancies(tills, tolerance(session, cur)),
        debt=debt,
        total_taken=Money(sum(t.amount.minor for t in takings), cur),
        total_debt=Money(sum(c.amount.minor for c in debt), cur),
        voids=voids_of_day(session, settings.agency_code, day),
    )


def _takings(session: Session, agency: str, day: dt.date, cur: str) -> tuple[Takings, ...]:
    tills = select(Till.uuid).where(Till.agency == agency, Till.business_day == day)
    rows = session.execute(
        select(
            User.username,
            User.full_name,
            Payment.tender,
            func.count(),
            func.sum(Payment.amount_minor),
        )
        .join(User, User.id == Payment.user_id)
        .where(Payment.session_uuid.in_(tills), Payment.status == "valid")
        .group_by(User.username, User.full_name, Payment.tender)
        .order_by(User.username, Payment.tender)
    ).all()
    return tuple(Takings(u, n, t, int(c), Money(int(a), cur)) for u, n, t, c, a in rows)


def voids_of_day(session: Session, agency: str, day: dt.date) -> tuple[VoidLine, ...]:
    """Every payment taken in a till of ``day`` and voided since, with both names."""
    tills = select(Till.uuid).where(Till.agency == agency, Till.business_day == day)
    clerk, approver = aliased(User), aliased(User)
    rows = session.execute(
        select(
            Receipt.receipt_no,
            Account.account_no,
            Payment.amount_minor,
            Payment.currency,
            Payment.tender,
            PaymentVoid.reason_code,
            PaymentVoid.reason_text,
            clerk.username,
            approver.username,
            PaymentVoid.created_at,
        )
        .join(Payment, Payment.uuid == PaymentVoid.payment_uuid)
        .join(Receipt, Receipt.payment_uuid == Payment.uuid)
        .join(Account, Account.id == Payment.account_id)
        .join(clerk, clerk.id == PaymentVoid.requested_by)
        .join(approver, approver.id == PaymentVoid.approved_by)
        .where(Payment.session_uuid.in_(tills))
        .order_by(PaymentVoid.created_at, Receipt.receipt_no)
    ).all()
    return tuple(
        VoidLine(r, a, Money(int(m), cur), t, code, text, c, ap, at)
        for r, a, m, cur, t, code, text, c, ap, at in rows
    )


def _discrepancies(tills: list[TillSummary], tol: Money) -> tuple[Discrepancy, ...]:
    out = []
    for till in tills:
        if till.status != "closed" or till.counted_cash is None or till.counted_card is None:
            continue
        diffs = (
            difference("cash", till.expected_cash, till.counted_cash, tol),
            difference("card", till.expected_card, till.counted_card, tol),
        )
        shown = tuple(d for d in diffs if d.difference.minor)
        if shown:
            beyond = any(d.needs_validation for d in diffs)
            out.append(Discrepancy(till, shown, beyond, beyond))
    return tuple(out)


def debt_by_category_and_age(
    session: Session, today: dt.date, currency: str
) -> tuple[DebtCell, ...]:
    """Open bills summed per customer category and age bucket.

    A bill not yet due counts as 0 days overdue. The bucket is decided by comparing the due
    date with precomputed limit dates (bound parameters). On SQLite the sums come from
    ``debt_summary`` (one row per category and due date, kept by triggers in the bill's own
    transaction: migration 0100), so the cost no longer grows with the number of bills; other
    databases aggregate the open bills themselves.
    """
    if session.get_bind().dialect.name != "sqlite":
        return debt_from_open_bills(session, today, currency)
    return _bucketed(session, _summary_rows(), today, currency)


def debt_from_open_bills(session: Session, today: dt.date, currency: str) -> tuple[DebtCell, ...]:
    """The same cells computed by scanning the open bills: any database, and the baseline the
    dashboard benchmark measures the summary against."""
    return _bucketed(session, _open_bill_rows(), today, currency)


def _bucketed(
    session: Session, source: Subquery, today: dt.date, currency: str
) -> tuple[DebtCell, ...]:
    whens = []
    for key, _first, last in AGING_BUCKETS:
        if last is not None:
            whens.append((source.c.due_date >= today - dt.timedelta(days=last), literal(key)))
    bucket = case(*whens, else_=literal(BUCKETS[-1])).label("bucket")
    rows = session.execute(
        select(source.c.category, bucket, func.sum(source.c.bills), func.sum(source.c.amount))
        .where(source.c.bills > 0)
        .group_by(source.c.category, bucket)
    ).all()
    order = {key: n for n, key in enumerate(BUCKETS)}
    cells = [DebtCell(c, b, int(n), Money(int(a), currency)) for c, b, n, a in rows]
    return tuple(sorted(cells, key=lambda cell: (cell.category, order[cell.bucket])))


def _summary_rows() -> Subquery:
    summary = table(
        "debt_summary",
        column("category", String),
        column("due_date", Date),
        column("bills", Integer),
        column("open_minor", Integer),
    )
    return select(
        summary.c.category,
        summary.c.due_date,
        summary.c.bills.label("bills"),
        summary.c.open_minor.label("amount"),
    ).subquery()


def _open_bill_rows() -> Subquery:
    """The same shape as ``debt_summary``, computed from the open bills (any database)."""
    return (
        select(
            Account.category,
            Bill.due_date,
            func.count().label("bills"),
            func.sum(Bill.open_minor).label("amount"),
        )
        .join(Account, Account.id == Bill.account_id)
        .where(Bill.open_minor > 0)
        .group_by(Account.category, Bill.due_date)
        .subquery()
    )
