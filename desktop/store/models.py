"""SQLAlchemy models of the local store (SQLite on each desktop; the same tables run on PostgreSQL).

Why these shapes: amounts are integer minor units (never Numeric on SQLite, never float);
records born at the counter (payments, allocations, receipts, readings, outbox rows) carry a
client-generated UUID so the central database can deduplicate them; records that come from
central billing (accounts, bills) are keyed by their company-wide numbers.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    """Terminal and agency configuration kept with the data (agency code, terminal, currency...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    """A person who logs in at the counter: clerk, manager or admin."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    language: Mapped[str] = mapped_column(String(8), default="fr")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)


class Account(Base):
    """A customer account: holder, contacts, category; balance lives in its bills and credit."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_no: Mapped[str] = mapped_column(String(32), unique=True)
    category: Mapped[str] = mapped_column(String(32))
    name_ar: Mapped[str] = mapped_column(String(200))
    name_latin: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    district: Mapped[str] = mapped_column(String(100), default="")
    phone1: Mapped[str | None] = mapped_column(String(20), index=True)
    phone2: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="active")
    currency: Mapped[str] = mapped_column(String(3))
    credit_minor: Mapped[int] = mapped_column(Integer, default=0)
    # Set by a remote look-up (desktop.sync.remote) for another agency's account: that
    # agency's code (NULL = this agency's own) and when its open amounts were fetched.
    home_agency: Mapped[str | None] = mapped_column(String(16))
    looked_up_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    service_points: Mapped[list[ServicePoint]] = relationship(back_populates="account")


class ServicePoint(Base):
    """One supply (electricity, gas, water, sanitation) with its meter, tariff and billing period."""

    __tablename__ = "service_points"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    service: Mapped[str] = mapped_column(String(16))
    meter_no: Mapped[str] = mapped_column(String(32), unique=True)
    tariff_code: Mapped[str] = mapped_column(String(64))
    billing_period: Mapped[str] = mapped_column(String(16))

    account: Mapped[Account] = relationship(back_populates="service_points")


class MeterReading(Base):
    """A meter index on a date: actual, estimated or the customer's own reading."""

    __tablename__ = "meter_readings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"))
    reading_date: Mapped[dt.date] = mapped_column(Date)
    index_value: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))

    __table_args__ = (Index("ix_meter_readings_point_date", "service_point_id", "reading_date"),)


class Bill(Base):
    """A bill issued by central billing; ``open_minor`` is what remains to be paid."""

    __tablename__ = "bills"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bill_no: Mapped[str] = mapped_column(String(32), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    issue_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    consumption: Mapped[int] = mapped_column(Integer)
    estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(Integer)
    open_minor: Mapped[int] = mapped_column(Integer)

    lines: Mapped[list[BillLine]] = relationship(order_by="BillLine.position")

    __table_args__ = (
        Index("ix_bills_account_due", "account_id", "due_date"),
        Index("ix_bills_point_period", "service_point_id", "period_start"),
        Index(
            "ix_bills_open",
            "account_id",
            "due_date",
            "open_minor",
            sqlite_where=text("open_minor > 0"),
            postgresql_where=text("open_minor > 0"),
        ),
    )


class BillLine(Base):
    """One line of a bill: a tariff tier, a fixed fee, a tax or an adjustment.

    ``unit_price_e4`` is the unit price in 1/10000 of the currency (0.8496 MAD/kWh = 8496),
    exact for every published tier price.
    """

    __tablename__ = "bill_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    unit_price_e4: Mapped[int] = mapped_column(Integer, default=0)
    amount_minor: Mapped[int] = mapped_column(Integer)


class ReceiptSeries(Base):
    """The last receipt number used per issuing point and year (unbroken series)."""

    __tablename__ = "receipt_series"
    agency: Mapped[str] = mapped_column(String(16), primary_key=True)
    terminal: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class Payment(Base):
    """Money taken for an account, at the counter or by another channel."""

    __tablename__ = "payments"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(16), default="counter")
    tender: Mapped[str] = mapped_column(String(8))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(Integer)
    credit_minor: Mapped[int] = mapped_column(Integer, default=0)
    tendered_minor: Mapped[int | None] = mapped_column(Integer)
    change_minor: Mapped[int] = mapped_column(Integer, default=0)
    card_scheme: Mapped[str | None] = mapped_column(String(16))
    card_last4: Mapped[str | None] = mapped_column(String(4))
    auth_code: Mapped[str | None] = mapped_column(String(12))
    terminal_ref: Mapped[str | None] = mapped_column(String(32))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    agency: Mapped[str] = mapped_column(String(16))
    terminal: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="valid")
    session_uuid: Mapped[str | None] = mapped_column(ForeignKey("cash_sessions.uuid"), index=True)

    allocations: Mapped[list[Allocation]] = relationship(back_populates="payment")


class Allocation(Base):
    """The part of a payment that settles one bill."""

    __tablename__ = "allocations"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    payment_uuid: Mapped[str] = mapped_column(ForeignKey("payments.uuid"), index=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(Integer)

    payment: Mapped[Payment] = relationship(back_populates="allocations")


class Receipt(Base):
    """The numbered receipt of a payment: AGENCY-TERMINAL-YEAR-SEQUENCE, never reused."""

    __tablename__ = "receipts"
    receipt_no: Mapped[str] = mapped_column(String(48), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    payment_uuid: Mapped[str] = mapped_column(ForeignKey("payments.uuid"), unique=True)
    agency: Mapped[str] = mapped_column(String(16))
    terminal: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    print_count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("agency", "terminal", "year", "seq"),)


class OutboxItem(Base):
    """A change made at this counter that the central database has not acknowledged yet."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class PrintJob(Base):
    """Bytes waiting for (or sent to) a printer: the persistent print queue.

    Why a table: the payment is committed before anything is printed, and a printer that is
    offline, out of paper or unplugged must never lose the receipt. The job keeps the exact
    bytes rendered at the time (an original stays an original when retried), the printer URI,
    its status (queued, printing, done, failed), the attempts made and the last error code.
    """

    __tablename__ = "print_jobs"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    receipt_no: Mapped[str | None] = mapped_column(String(48), index=True)
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    printer_uri: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(64))
    last_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class BusinessDay(Base):
    """An agency's business day: opened by its first cash session, closed once by a manager.

    Closing writes the Z totals (canonical JSON), the Z number (sequential per agency), the
    perpetual grand total and the journal hash at that moment; a closed day is locked.
    """

    __tablename__ = "business_days"
    agency: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    z_number: Mapped[int | None] = mapped_column(Integer)
    totals: Mapped[str | None] = mapped_column(Text)
    grand_total_minor: Mapped[int | None] = mapped_column(Integer)
    journal_hash: Mapped[str | None] = mapped_column(String(64))


class Till(Base):
    """A clerk's till on one terminal for one business day, from opening float to blind count."""

    __tablename__ = "cash_sessions"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    agency: Mapped[str] = mapped_column(String(16))
    terminal: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    business_day: Mapped[dt.date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16), default="open")
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime)
    opening_float_minor: Mapped[int] = mapped_column(Integer)
    opening_count: Mapped[dict] = mapped_column(JSON)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    counted_count: Mapped[dict | None] = mapped_column(JSON)
    counted_cash_minor: Mapped[int | None] = mapped_column(Integer)
    counted_card_minor: Mapped[int | None] = mapped_column(Integer)
    expected_cash_minor: Mapped[int | None] = mapped_column(Integer)
    expected_card_minor: Mapped[int | None] = mapped_column(Integer)
    validated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    justification: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_cash_sessions_terminal_status", "agency", "terminal", "status"),)


class CashMovement(Base):
    """Cash taken to the safe (pickup) or added to the till (top-up), approved by a manager."""

    __tablename__ = "cash_movements"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_uuid: Mapped[str] = mapped_column(ForeignKey("cash_sessions.uuid"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    approved_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PaymentVoid(Base):
    """Why and by whom a payment was voided (the payment row keeps everything else)."""

    __tablename__ = "payment_voids"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    payment_uuid: Mapped[str] = mapped_column(ForeignKey("payments.uuid"), unique=True)
    reason_code: Mapped[str] = mapped_column(String(32))
    reason_text: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class JournalEntry(Base):
    """One link of the inalterable journal (see desktop.store.journal)."""

    __tablename__ = "journal"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(32))
    entity_uuid: Mapped[str | None] = mapped_column(String(36))
    username: Mapped[str | None] = mapped_column(String(64))
    record: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SyncCursor(Base):
    """Where the pull from the central database stands (one row per stream, e.g. "central").

    Fields: since (central transaction id, as text: every change from a transaction with a
    smaller id has been applied), after (position inside a round of pages, JSON
    {rank, xid, key}, None between rounds), next_since (the ``since`` to adopt when the round
    ends), updated_at (last page applied, UTC). Saved in the same local transaction as the
    rows it covers, so a crash can never move it past changes that were not applied.
    """

    __tablename__ = "sync_cursors"
    stream: Mapped[str] = mapped_column(String(32), primary_key=True)
    since: Mapped[str] = mapped_column(String(32))
    after: Mapped[dict | None] = mapped_column(JSON)
    next_since: Mapped[str | None] = mapped_column(String(32))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SyncQuarantine(Base):
    """An outbox item the central database rejected: kept for the branch manager, out of the queue.

    Fields: outbox_uuid, entity, entity_uuid, op, reason (payload_conflict, receipt_reused,
    wrong_agency, invalid, ...), detail (central's words), payload (as sent), created_at,
    resolved_at / resolved_by (when a manager has dealt with it).
    """

    __tablename__ = "sync_quarantine"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    outbox_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    resolved_by: Mapped[str | None] = mapped_column(String(64))


# --------------------------------------------------------------------------- readings, billing, contacts
# (issue 8: meter readings at the counter, regularisation, contacts and notifications)


class ReadingDetail(Base):
    """What the counter checked when a reading was recorded: consumption, reason, unusual flag.

    Why a table beside ``meter_readings``: readings also arrive from central billing with
    nothing more than an index; the counter adds how the consumption was worked out (normal,
    meter replacement, roll-over), whether it was unusual and who confirmed it, and whether a
    later correction superseded it. Nothing here is deleted: a correction is a new reading.
    """

    __tablename__ = "reading_details"
    reading_uuid: Mapped[str] = mapped_column(ForeignKey("meter_readings.uuid"), primary_key=True)
    previous_uuid: Mapped[str | None] = mapped_column(String(36))
    corrects_uuid: Mapped[str | None] = mapped_column(String(36))
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(16))
    consumption: Mapped[int | None] = mapped_column(Integer)
    days: Mapped[int | None] = mapped_column(Integer)
    usual_consumption: Mapped[int | None] = mapped_column(Integer)
    unusual: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed_by: Mapped[str | None] = mapped_column(String(64))
    follow_up: Mapped[str | None] = mapped_column(String(16), index=True)
    recorded_by: Mapped[str | None] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class RegularisationRecord(Base):
    """An adjustment from regularising estimated bills, with its explanation (JSON).

    ``adjustment_minor`` > 0 is a debit for the next bill, < 0 a credit to the account.
    A corrected reading adds a new record that ``supersedes`` the previous one and carries
    only the change, so the sum of a point's records is always the net adjustment.
    """

    __tablename__ = "regularisations"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"), index=True)
    reading_uuid: Mapped[str] = mapped_column(String(36), index=True)
    previous_reading_uuid: Mapped[str] = mapped_column(String(36))
    supersedes_uuid: Mapped[str | None] = mapped_column(String(36))
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    actual_kwh: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    actual_minor: Mapped[int] = mapped_column(Integer)
    billed_minor: Mapped[int] = mapped_column(Integer)
    adjustment_minor: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("bills.id"))
    explanation: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(64))


class ContactPreference(Base):
    """How the customer wants to hear from the company: channel and e-bill opt-in."""

    __tablename__ = "contact_preferences"
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(8))
    ebill: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(64))


class Notification(Base):
    """A message the company should send (SMS, e-mail, letter), queued for central's gateway.

    Why queued and not sent: the desktop has no SMS or mail gateway and may be offline; the
    row (and its outbox twin) travels to the central database, which sends it once.
    """

    __tablename__ = "notifications"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(8))
    recipient: Mapped[str] = mapped_column(String(300))
    payload: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


# --------------------------------------------------------------------------- installment plans
# (issue 7: installment calendars negotiated at the counter; see docs/plans.md)


class InstallmentPlan(Base):
    """An installment calendar agreed with a customer: its terms, who agreed and approved it.

    Why the bills keep their open amounts: a plan only *schedules* debt that stays on the
    bills, so a broken or cancelled plan leaves the debt exactly where it was, with nothing to
    move back, and its history stays whole. Status: active, completed, broken, cancelled.
    ``previous_uuid`` links a renegotiated plan to the one it replaces; ``violations`` keeps the
    rules a manager approved past (JSON list), ``policy`` the rules in force that day.
    """

    __tablename__ = "installment_plans"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    reference: Mapped[str] = mapped_column(String(48), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    category: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(Integer)
    down_minor: Mapped[int] = mapped_column(Integer)
    financed_minor: Mapped[int] = mapped_column(Integer)
    installment_count: Mapped[int] = mapped_column(Integer)
    frequency_months: Mapped[int] = mapped_column(Integer)
    agreed_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approval_reason: Mapped[str | None] = mapped_column(Text)
    violations: Mapped[list] = mapped_column(JSON)
    policy: Mapped[dict] = mapped_column(JSON)
    down_payment_uuid: Mapped[str | None] = mapped_column(ForeignKey("payments.uuid"))
    previous_uuid: Mapped[str | None] = mapped_column(String(36))
    agency: Mapped[str] = mapped_column(String(16))
    terminal: Mapped[str] = mapped_column(String(16))
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(Text)


class PlanBill(Base):
    """A bill covered by a plan, with its open amount on the day the plan was agreed."""

    __tablename__ = "plan_bills"
    plan_uuid: Mapped[str] = mapped_column(ForeignKey("installment_plans.uuid"), primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id"), primary_key=True, index=True)
    open_minor_at_start: Mapped[int] = mapped_column(Integer)


class PlanInstallment(Base):
    """One due date of a plan and its amount; what was paid lives in installment_allocations."""

    __tablename__ = "plan_installments"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    plan_uuid: Mapped[str] = mapped_column(ForeignKey("installment_plans.uuid"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    amount_minor: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("plan_uuid", "seq"),)


class InstallmentAllocation(Base):
    """The part of a payment that filled one installment (immutable, like ``allocations``).

    An installment's paid amount is the sum of its rows whose payment is still valid, so a
    voided payment un-fills its installments with nothing to edit.
    """

    __tablename__ = "installment_allocations"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    installment_uuid: Mapped[str] = mapped_column(ForeignKey("plan_installments.uuid"), index=True)
    payment_uuid: Mapped[str] = mapped_column(ForeignKey("payments.uuid"), index=True)
    amount_minor: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PaymentCorrection(Base):
    """A payment of a closed till or day undone by a new, reversing payment (never an edit).

    Fields: uuid, original_uuid (the corrected payment, unique: corrected once),
    correction_uuid (the reversing payment: opposite amounts, its own receipt number, in the
    clerk's current till), reason_code, reason_text, requested_by, approved_by, created_at.
    """

    __tablename__ = "payment_corrections"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    original_uuid: Mapped[str] = mapped_column(ForeignKey("payments.uuid"), unique=True)
    correction_uuid: Mapped[str] = mapped_column(ForeignKey("payments.uuid"), unique=True)
    reason_code: Mapped[str] = mapped_column(String(32))
    reason_text: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Certificate(Base):
    """The register of certificates handed to customers (no-debt, payment).

    Why a register: a certificate is read by a third party (a notary, a landlord) who may
    ask the company whether it is genuine; the register (journaled, sent to central) holds
    what was certified, when, by whom, and the hash its QR code carries. ``amount_minor``
    is what it certifies: the payment's amount, or for a no-debt certificate the total due
    (always 0); ``credit_minor`` the credit the customer had left.
    """

    __tablename__ = "certificates"
    number: Mapped[str] = mapped_column(String(48), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    account_no: Mapped[str] = mapped_column(String(32), index=True)
    receipt_no: Mapped[str | None] = mapped_column(String(48))
    agency: Mapped[str] = mapped_column(String(16))
    terminal: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(Integer)
    credit_minor: Mapped[int] = mapped_column(Integer, default=0)
    as_of: Mapped[dt.date] = mapped_column(Date)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    issued_by: Mapped[str] = mapped_column(String(64))
    record_hash: Mapped[str] = mapped_column(String(64))
    verification: Mapped[str] = mapped_column(String(200))

    __table_args__ = (UniqueConstraint("agency", "terminal", "year", "seq"),)
