"""Taking a payment at the counter: validate, allocate, number the receipt, commit once.

Why one function: the payment, its allocations, the bills' open amounts, the account credit,
the receipt number and the outbox row must commit together or not at all. Everything is
checked before anything is written; the write transaction begins IMMEDIATE (see store.db),
so the receipt series cannot fork between two windows of the same terminal.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from desktop.config import TerminalSettings, load_terminal_settings
from desktop.domain.allocation import AllocationLine, AllocationPlan, OpenBill, allocate
from desktop.domain.card_numbers import refuse_card_numbers
from desktop.domain.errors import DomainError, Problem
from desktop.domain.plan_payments import allocate_with_plan
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser, require
from desktop.services.plan_ledger import active_plan_state, record_installment_fills
from desktop.services.tills import require_open_till
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import (
    Account,
    Allocation,
    Bill,
    Payment,
    Receipt,
    RegularisationRecord,
    ServicePoint,
)
from desktop.store.outbox import enqueue
from desktop.text import ascii_digits, normalize_identifier

TENDERS = ("cash", "card")
CARD_SCHEMES = ("CIB", "EDAHABIA", "CMI", "VISA", "MASTERCARD", "OTHER")
_AUTH_CODE = re.compile(r"^[A-Z0-9]{2,12}$")


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    """What the clerk entered.

    Fields: account_no; amount (Money); tender ('cash' or 'card'); tendered (cash handed
    over, None = exact amount); card_scheme, card_last4, auth_code, terminal_ref (card only);
    bill_nos (bills chosen by the clerk, empty = oldest due first); confirm_credit (the clerk
    confirmed that more than ``TerminalSettings.credit_confirm_minor`` becomes account credit).
    """

    account_no: str
    amount: Money
    tender: str = "cash"
    tendered: Money | None = None
    card_scheme: str | None = None
    card_last4: str | None = None
    auth_code: str | None = None
    terminal_ref: str | None = None
    bill_nos: tuple[str, ...] = ()
    confirm_credit: bool = False


@dataclass(frozen=True, slots=True)
class PaymentResult:
    """A committed payment.

    Fields: payment_uuid, receipt_no, amount, allocations (per bill), credit (to account),
    change (cash to give back), balance_after (still due on the account, credit deducted),
    created_at (UTC, naive), tender.
    """

    payment_uuid: str
    receipt_no: str
    amount: Money
    allocations: tuple[AllocationLine, ...]
    credit: Money
    change: Money
    balance_after: Money
    created_at: dt.datetime
    tender: str


def open_bills(session: Session, account_id: int, currency: str) -> list[OpenBill]:
    rows = session.execute(
        select(Bill.id, Bill.bill_no, Bill.due_date, Bill.open_minor)
        .where(Bill.account_id == account_id, Bill.open_minor > 0)
        .order_by(Bill.due_date, Bill.bill_no)
    ).all()
    return [OpenBill(r.id, r.bill_no, r.due_date, Money(r.open_minor, currency)) for r in rows]


def _account_bills(
    session: Session, account_id: int, currency: str, *, paid_too: bool
) -> list[OpenBill]:
    if not paid_too:
        return open_bills(session, account_id, currency)
    rows = session.execute(
        select(Bill.id, Bill.bill_no, Bill.due_date, Bill.open_minor)
        .where(Bill.account_id == account_id)
        .order_by(Bill.due_date, Bill.bill_no)
    ).all()
    return [OpenBill(r.id, r.bill_no, r.due_date, Money(r.open_minor, currency)) for r in rows]


def find_account(session: Session, account_no: str) -> Account:
    account = session.scalars(
        select(Account).where(Account.account_no == normalize_identifier(account_no))
    ).first()
    if account is None:
        raise DomainError("account.not_found", account_no=account_no)
    return account


def preview_payment(
    session: Session,
    request: PaymentRequest,
    settings: TerminalSettings,
    *,
    today: dt.date | None = None,
) -> AllocationPlan:
    """Validate the request and compute the allocation without writing anything.

    With no bills chosen and an active installment plan, the plan's order applies (due
    installments, then other bills, then future installments: ``domain.plan_payments``);
    ``today`` (default: the local date) decides which installments are due.
    """
    _validate_tender(request, settings)
    account = find_account(session, request.account_no)
    if account.status != "active":
        raise DomainError("account.closed", account_no=account.account_no)
    if request.amount.currency != account.currency:
        raise DomainError("currency.mismatch", left=account.currency, right=request.amount.currency)
    # With a selection, paid bills must be visible too, so that choosing one reads
    # "already paid" rather than "no such bill on this account".
    bills = _account_bills(session, account.id, account.currency, paid_too=bool(request.bill_nos))
    if not request.bill_nos:
        plan = active_plan_state(session, account.id)
        if plan is not None:
            return allocate_with_plan(
                request.amount,
                bills,
                plan,
                today or dt.date.today(),
                allow_credit=settings.allow_credit,
                account_no=account.account_no,
            )
    return allocate(
        request.amount,
        bills,
        selected=[normalize_identifier(b) for b in request.bill_nos] or None,
        allow_credit=settings.allow_credit,
        account_no=account.account_no,
    )


def check_large_credit(
    plan: AllocationPlan, request: PaymentRequest, settings: TerminalSettings
) -> None:
    """Refuse, unless confirmed, a payment leaving more than the threshold as credit.

    Why: a mistyped amount (950000 for 9500) on an account owing little would otherwise go
    straight into credit on Enter; the clerk must say it is meant.
    """
    if plan.credit.minor > settings.credit_confirm_minor and not request.confirm_credit:
        raise DomainError(
            "payment.credit_unconfirmed",
            credit=plan.credit.as_str(),
            amount=request.amount.as_str(),
            threshold=Money(settings.credit_confirm_minor, plan.credit.currency).as_str(),
        )


def take_payment(
    uow: UnitOfWork,
    request: PaymentRequest,
    user: AuthenticatedUser,
    *,
    now: dt.datetime | None = None,
) -> PaymentResult:
    """Record the payment and commit. Raises DomainError, with nothing written, when refused."""
    result = record_payment(uow.session, request, user, now=now)
    uow.commit()
    return result


def record_payment(
    session: Session,
    request: PaymentRequest,
    user: AuthenticatedUser,
    *,
    now: dt.datetime | None = None,
) -> PaymentResult:
    """Everything ``take_payment`` writes, without the commit: for use cases whose own records
    must commit with the payment (an installment plan and its down payment)."""
    require(user, "take_payment")
    settings = load_terminal_settings(session)
    till = require_open_till(session, settings, user)
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    plan = preview_payment(session, request, settings, today=moment.astimezone().date())
    account = find_account(session, request.account_no)
    check_large_credit(plan, request, settings)
    created_at = moment.replace(tzinfo=None)
    local_year = moment.astimezone().year

    payment_uuid = str(uuid.uuid4())
    card = _card_fields(request)
    tendered = request.tendered if request.tender == "cash" else None
    change = (tendered - request.amount) if tendered is not None else Money.zero(account.currency)
    seq, receipt_no = next_receipt_number(session, settings, local_year)

    session.add(
        Payment(
            uuid=payment_uuid,
            account_id=account.id,
            created_at=created_at,
            channel="counter",
            tender=request.tender,
            currency=account.currency,
            amount_minor=request.amount.minor,
            credit_minor=plan.credit.minor,
            tendered_minor=tendered.minor if tendered is not None else None,
            change_minor=change.minor,
            **card,
            user_id=user.id,
            agency=settings.agency_code,
            terminal=settings.terminal_code,
            status="valid",
            session_uuid=till.uuid,
        )
    )
    session.flush()
    allocation_rows = []
    for line in plan.lines:
        done = session.execute(
            update(Bill)
            .where(Bill.id == line.bill_id, Bill.open_minor >= line.amount.minor)
            .values(open_minor=Bill.open_minor - line.amount.minor)
        )
        if done.rowcount != 1:  # pragma: no cover - guarded by BEGIN IMMEDIATE on SQLite
            raise DomainError("bill.already_paid", bill_no=line.bill_no)
        row = {"uuid": str(uuid.uuid4()), "bill_no": line.bill_no, "amount": line.amount.as_str()}
        allocation_rows.append(row)
        session.add(
            Allocation(
                uuid=row["uuid"],
                payment_uuid=payment_uuid,
                bill_id=line.bill_id,
                amount_minor=line.amount.minor,
            )
        )
    if plan.credit.minor:
        account.credit_minor += plan.credit.minor
    receipt_uuid = str(uuid.uuid4())
    session.add(
        Receipt(
            receipt_no=receipt_no,
            uuid=receipt_uuid,
            payment_uuid=payment_uuid,
            agency=settings.agency_code,
            terminal=settings.terminal_code,
            year=local_year,
            seq=seq,
            issued_at=created_at,
            print_count=0,
        )
    )
    outbox_payload = {
        "payment_uuid": payment_uuid,
        "receipt_uuid": receipt_uuid,
        "receipt_no": receipt_no,
        "account_no": account.account_no,
        "created_at": created_at.isoformat(),
        "tender": request.tender,
        "currency": account.currency,
        "amount": request.amount.as_str(),
        "credit": plan.credit.as_str(),
        **card,
        "agency": settings.agency_code,
        "terminal": settings.terminal_code,
        "session_uuid": till.uuid,
        "user": user.username,
        "allocations": allocation_rows,
    }
    enqueue(session, "payment", payment_uuid, "create", outbox_payload, created_at)
    session.flush()
    journal.append(
        session,
        "payment",
        outbox_payload,
        username=user.username,
        entity_uuid=payment_uuid,
        now=now,
    )
    # After the payment's own rows, so the outbox and the journal tell it in order.
    record_installment_fills(
        session,
        account,
        payment_uuid,
        plan.lines,
        username=user.username,
        agency=settings.agency_code,
        created_at=created_at,
        now=now,
    )
    balance = account_balance(session, account)
    return PaymentResult(
        payment_uuid=payment_uuid,
        receipt_no=receipt_no,
        amount=request.amount,
        allocations=plan.lines,
        credit=plan.credit,
        change=change,
        balance_after=balance,
        created_at=created_at,
        tender=request.tender,
    )


def account_balance(session: Session, account: Account) -> Money:
    """The billed balance: open bills minus credit (negative = the customer has credit).

    The ledger figure that statements run from; what the customer owes in all, pending
    regularisation debits included, is ``amount_due``.
    """
    due = session.execute(
        select(Bill.open_minor).where(Bill.account_id == account.id, Bill.open_minor > 0)
    ).scalars()
    return Money(sum(due) - account.credit_minor, account.currency)


def pending_adjustments(session: Session, account: Account) -> list[RegularisationRecord]:
    """Regularisation debits decided but not yet put on a bill, oldest first.

    Why every one of them, superseded or not: a correction's record carries only the
    change, so the account's pending debit is the sum of all the pending records (see
    docs/tariffs.md). Credits are not here: they went to the account credit at once.
    """
    return list(
        session.scalars(
            select(RegularisationRecord)
            .join(ServicePoint, ServicePoint.id == RegularisationRecord.service_point_id)
            .where(
                ServicePoint.account_id == account.id,
                RegularisationRecord.status == "pending",
                RegularisationRecord.bill_id.is_(None),
            )
            .order_by(RegularisationRecord.created_at, RegularisationRecord.uuid)
        )
    )


def amount_due(session: Session, account: Account) -> Money:
    """Everything known to be due: the billed balance plus pending regularisation debits
    (negative = the customer has credit left over). What the counter shows as "total due",
    what ``account --json`` and certificates use."""
    pending = sum(r.adjustment_minor for r in pending_adjustments(session, account))
    return account_balance(session, account) + Money(pending, account.currency)


def next_receipt_number(session: Session, settings: TerminalSettings, year: int) -> tuple[int, str]:
    """(sequence, AGENCY-TERMINAL-YEAR-NNNNNN): the next number of this terminal's series."""
    seq = _next_receipt_seq(session, settings.agency_code, settings.terminal_code, year)
    return seq, f"{settings.agency_code}-{settings.terminal_code}-{year}-{seq:06d}"


def _next_receipt_seq(session: Session, agency: str, terminal: str, year: int) -> int:
    """Next number of the unbroken series, assigned inside the payment's transaction."""
    return session.execute(
        text(
            "INSERT INTO receipt_series (agency, terminal, year, last_seq) "
            "VALUES (:a, :t, :y, 1) "
            "ON CONFLICT (agency, terminal, year) "
            "DO UPDATE SET last_seq = receipt_series.last_seq + 1 "
            "RETURNING last_seq"
        ),
        {"a": agency, "t": terminal, "y": year},
    ).scalar_one()


def _validate_tender(request: PaymentRequest, settings: TerminalSettings) -> None:
    refuse_card_numbers({"terminal_ref": request.terminal_ref, "auth_code": request.auth_code})
    amount = request.amount
    if amount.minor <= 0:
        raise DomainError("amount.zero", text=amount.as_str())
    if amount.minor > settings.max_payment_minor:
        raise DomainError(
            "amount.over_maximum", amount=amount.as_str(), maximum=settings.max_payment.as_str()
        )
    if request.tender not in TENDERS:
        raise DomainError("payment.tender_unknown", tender=request.tender)
    if request.tender == "cash":
        if request.tendered is not None and request.tendered < amount:
            raise DomainError(
                "payment.tendered_short", tendered=request.tendered.as_str(), amount=amount.as_str()
            )
        return
    if request.tendered is not None:
        raise DomainError("card.tendered_not_allowed")
    last4 = ascii_digits((request.card_last4 or "").strip())
    if not re.fullmatch(r"[0-9]{4}", last4):
        raise DomainError("card.last4_invalid", text=_mask(last4))
    code = (request.auth_code or "").strip().upper()
    if not code:
        raise DomainError("card.auth_missing")
    if not _AUTH_CODE.match(code):
        raise DomainError("card.auth_invalid", text=code)
    scheme = (request.card_scheme or "").strip().upper()
    if scheme not in CARD_SCHEMES:
        raise DomainError("card.scheme_unknown", scheme=scheme, supported=", ".join(CARD_SCHEMES))
    ref = (request.terminal_ref or "").strip()
    if len(ref) > 32:
        raise DomainError(
            "input.invalid",
            field="terminal_ref",
            problem=Problem("terminal_ref"),
        )


def _card_fields(request: PaymentRequest) -> dict[str, str | None]:
    """The card columns as validated (stripped, upper case); all None for cash."""
    if request.tender != "card":
        return {"card_scheme": None, "card_last4": None, "auth_code": None, "terminal_ref": None}
    return {
        "card_scheme": (request.card_scheme or "").strip().upper(),
        "card_last4": ascii_digits((request.card_last4 or "").strip()),
        "auth_code": (request.auth_code or "").strip().upper(),
        "terminal_ref": (request.terminal_ref or "").strip() or None,
    }


def _mask(text: str) -> str:
    """Never echo what may be a full card number: keep at most the last four characters."""
    return text if len(text) <= 4 else "…" + text[-4:]
