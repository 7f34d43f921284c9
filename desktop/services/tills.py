"""Cash sessions (tills): open with a counted float, move cash with approval, close blind.

Why these rules live here: a branch manager must end the day knowing, to the centime, what
each clerk took. So a payment needs an open session of its clerk on this terminal; the close
is blind (the count is entered before any expected figure is shown); a difference beyond the
tolerance needs a manager's validation with a written justification; a closed session, and a
closed day, can no longer change (database triggers enforce it too). Every step goes to the
journal in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.config import TerminalSettings, int_setting, load_terminal_settings
from desktop.domain.card_numbers import refuse_card_number
from desktop.domain.cash import DEFAULT_DENOMINATIONS, CashCount, Difference, difference
from desktop.domain.errors import DomainError, Problem
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser, require
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import BusinessDay, CashMovement, Payment, Setting, Till, User
from desktop.store.outbox import enqueue

DEFAULT_TOLERANCE_MINOR = 100  # 1.00 DA / 1.00 DH; settings key ``close_tolerance_minor``
MOVEMENT_KINDS = ("pickup", "topup")


@dataclass(frozen=True, slots=True)
class TillSummary:
    """A cash session as the counter and the manager see it.

    Fields: uuid, username, full_name, terminal, business_day, status, opened_at, closed_at,
    opening_float, cash_in (cash payments kept), card_in, voided (count), payments (count),
    pickups, topups, expected_cash (float + cash in + top-ups - pickups), expected_card,
    counted_cash, counted_card (None while open).
    """

    uuid: str
    username: str
    full_name: str
    terminal: str
    business_day: dt.date
    status: str
    opened_at: dt.datetime
    closed_at: dt.datetime | None
    opening_float: Money
    cash_in: Money
    card_in: Money
    payments: int
    voided: int
    pickups: Money
    topups: Money
    expected_cash: Money
    expected_card: Money
    counted_cash: Money | None
    counted_card: Money | None


@dataclass(frozen=True, slots=True)
class CloseResult:
    """What the clerk sees once the blind count is recorded. Fields: session (summary after
    closing), differences (cash, card), validated_by (manager username or None)."""

    session: TillSummary
    differences: tuple[Difference, ...]
    validated_by: str | None


def _utc(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)


def _local_day(now: dt.datetime | None) -> dt.date:
    return (now or dt.datetime.now(dt.UTC)).astimezone().date()


def denominations(session: Session, currency: str) -> tuple[int, ...]:
    """Configured denominations (settings key ``denominations``) or the defaults."""
    from desktop.domain.cash import parse_denominations

    text = session.get(Setting, "denominations")
    return parse_denominations(text.value, currency) if text else DEFAULT_DENOMINATIONS[currency]


def tolerance(session: Session, currency: str) -> Money:
    row = session.get(Setting, "close_tolerance_minor")
    value = row.value if row else None
    return Money(int_setting("close_tolerance_minor", value, DEFAULT_TOLERANCE_MINOR), currency)


def open_till_for(session: Session, settings: TerminalSettings, user_id: int) -> Till | None:
    return session.scalars(
        select(Till).where(
            Till.agency == settings.agency_code,
            Till.terminal == settings.terminal_code,
            Till.user_id == user_id,
            Till.status == "open",
        )
    ).first()


def require_open_till(
    session: Session, settings: TerminalSettings, user: AuthenticatedUser
) -> Till:
    """The clerk's open session on this terminal, or ``session.none_open``."""
    found = open_till_for(session, settings, user.id)
    if found is None:
        raise DomainError(
            "session.none_open", username=user.username, terminal=settings.terminal_code
        )
    day = session.get(BusinessDay, (settings.agency_code, found.business_day))
    if day is not None and day.status == "closed":  # pragma: no cover - close-day refuses this
        raise DomainError("day.closed", day=found.business_day.isoformat())
    return found


def open_till(
    uow: UnitOfWork, user: AuthenticatedUser, count: CashCount, *, now: dt.datetime | None = None
) -> TillSummary:
    """Open the clerk's till on this terminal with its counted float."""
    require(user, "take_payment")
    s = uow.session
    settings = load_terminal_settings(s)
    if count.currency != settings.currency:
        raise DomainError("currency.mismatch", left=settings.currency, right=count.currency)
    CashCount.of(settings.currency, dict(count.pieces), denominations(s, settings.currency))
    busy = s.scalars(
        select(Till).where(
            Till.agency == settings.agency_code,
            Till.terminal == settings.terminal_code,
            Till.status == "open",
        )
    ).first()
    if busy is not None:
        owner = s.get(User, busy.user_id)
        raise DomainError(
            "session.already_open",
            terminal=settings.terminal_code,
            username=owner.username if owner else "?",
        )
    day = _local_day(now)
    business_day = s.get(BusinessDay, (settings.agency_code, day))
    if business_day is not None and business_day.status == "closed":
        raise DomainError("day.closed", day=day.isoformat())
    moment = _utc(now)
    if business_day is None:
        s.add(BusinessDay(agency=settings.agency_code, day=day, status="open", opened_at=moment))
        journal.append(
            s,
            "day.open",
            {"agency": settings.agency_code, "day": day.isoformat()},
            username=user.username,
            now=now,
        )
    cash = Till(
        uuid=str(uuid.uuid4()),
        agency=settings.agency_code,
        terminal=settings.terminal_code,
        user_id=user.id,
        business_day=day,
        currency=settings.currency,
        status="open",
        opened_at=moment,
        opening_float_minor=count.total.minor,
        opening_count=count.as_json(),
    )
    s.add(cash)
    s.flush()
    journal.append(
        s,
        "session.open",
        {
            "terminal": settings.terminal_code,
            "day": day.isoformat(),
            "float": count.total.as_str(),
            "count": count.as_json(),
        },
        username=user.username,
        entity_uuid=cash.uuid,
        now=now,
    )
    summary = summarize(s, cash)
    uow.commit()
    return summary


def record_movement(
    uow: UnitOfWork,
    user: AuthenticatedUser,
    approver: AuthenticatedUser,
    kind: str,
    amount: Money,
    reason: str,
    *,
    now: dt.datetime | None = None,
) -> TillSummary:
    """Pickup to the safe or float top-up, with the reason and a manager's approval."""
    require(approver, "approve")
    if approver.id == user.id:
        raise DomainError("approval.same_person", username=user.username)
    if kind not in MOVEMENT_KINDS:
        raise DomainError("input.invalid", field="kind", problem=Problem("move_kind"))
    if not reason.strip():
        raise DomainError("input.invalid", field="reason", problem=Problem("move_reason"))
    refuse_card_number("reason", reason)
    s = uow.session
    settings = load_terminal_settings(s)
    cash = require_open_till(s, settings, user)
    if amount.minor <= 0:
        raise DomainError("amount.zero", text=amount.as_str())
    if kind == "pickup":
        available = summarize(s, cash).expected_cash
        if amount > available:
            raise DomainError(
                "session.pickup_too_large", amount=amount.as_str(), available=available.as_str()
            )
    move = CashMovement(
        uuid=str(uuid.uuid4()),
        session_uuid=cash.uuid,
        kind=kind,
        amount_minor=amount.minor,
        reason=reason.strip(),
        approved_by=approver.id,
        created_at=_utc(now),
    )
    s.add(move)
    s.flush()
    moved = {
        "session": cash.uuid,
        "kind": kind,
        "amount": amount.as_str(),
        "reason": reason.strip(),
        "approved_by": approver.username,
    }
    journal.append(
        s,
        f"cash.{kind}",
        {k: v for k, v in moved.items() if k != "kind"},
        username=user.username,
        entity_uuid=move.uuid,
        now=now,
    )
    _tell_central(s, settings, "cash_movement", move.uuid, "create", moved, user, move.created_at)
    summary = summarize(s, cash)
    uow.commit()
    return summary


def close_till(
    uow: UnitOfWork,
    user: AuthenticatedUser,
    counted: CashCount,
    card_total: Money,
    *,
    validator: AuthenticatedUser | None = None,
    justification: str | None = None,
    now: dt.datetime | None = None,
) -> CloseResult:
    """Record the blind count; refuse (writing nothing) when a difference beyond the tolerance
    has no manager validation with a justification."""
    refuse_card_number("justification", justification)
    s = uow.session
    settings = load_terminal_settings(s)
    cash = require_open_till(s, settings, user)
    before, diffs, tol = _count_against_expected(s, settings, cash, counted, card_total)
    if any(d.needs_validation for d in diffs):
        worst = max(diffs, key=lambda d: abs(d.difference.minor))
        if validator is None:
            raise DomainError(
                "session.validation_required",
                tender=worst.tender,
                difference=worst.difference.as_str(),
                tolerance=tol.as_str(),
            )
        require(validator, "approve")
        if validator.id == user.id:
            raise DomainError("approval.same_person", username=user.username)
        if not (justification or "").strip():
            raise DomainError("session.justification_required")
    summary = _record_close(
        uow, settings, cash, user, counted, card_total, before, validator, justification, now
    )
    return CloseResult(summary, diffs, validator.username if validator else None)


def close_absent_till(
    uow: UnitOfWork,
    manager: AuthenticatedUser,
    clerk_username: str,
    counted: CashCount,
    card_total: Money,
    *,
    justification: str | None = None,
    now: dt.datetime | None = None,
) -> CloseResult:
    """A manager closes the till of a clerk who is not there (gone home ill, shift over).

    Why: the day cannot close while a till is open, and the clerk's password must never be
    shared to close it. The manager counts blind, like the clerk would; any difference beyond
    the tolerance needs the manager's written justification (the manager is the validator:
    there is no second person). The journal entry is the manager's and names the clerk, and
    central is told who closed it (``closed_by``)."""
    require(manager, "approve")
    refuse_card_number("justification", justification)
    if clerk_username == manager.username:
        raise DomainError("session.own_till", username=manager.username)
    s = uow.session
    settings = load_terminal_settings(s)
    owner = s.scalars(select(User).where(User.username == clerk_username)).first()
    cash = open_till_for(s, settings, owner.id) if owner is not None else None
    if owner is None or cash is None:
        raise DomainError(
            "session.none_open", username=clerk_username, terminal=settings.terminal_code
        )
    before, diffs, _tolerance = _count_against_expected(s, settings, cash, counted, card_total)
    beyond = any(d.needs_validation for d in diffs)
    if beyond and not (justification or "").strip():
        raise DomainError("session.justification_required")
    clerk = AuthenticatedUser(owner.id, owner.username, owner.full_name, owner.role, owner.language)
    summary = _record_close(
        uow,
        settings,
        cash,
        clerk,
        counted,
        card_total,
        before,
        manager if beyond else None,
        justification,
        now,
        closed_by=manager,
    )
    return CloseResult(summary, diffs, manager.username if beyond else None)


def _count_against_expected(
    s: Session, settings: TerminalSettings, cash: Till, counted: CashCount, card_total: Money
) -> tuple[TillSummary, tuple[Difference, Difference], Money]:
    """The till as it stands, the cash and card differences of a blind count, the tolerance;
    refuses a count in notes or coins the currency does not have."""
    CashCount.of(settings.currency, dict(counted.pieces), denominations(s, settings.currency))
    before = summarize(s, cash)
    tol = tolerance(s, settings.currency)
    diffs = (
        difference("cash", before.expected_cash, counted.total, tol),
        difference("card", before.expected_card, card_total, tol),
    )
    return before, diffs, tol


def _record_close(
    uow: UnitOfWork,
    settings: TerminalSettings,
    cash: Till,
    owner: AuthenticatedUser,
    counted: CashCount,
    card_total: Money,
    before: TillSummary,
    validator: AuthenticatedUser | None,
    justification: str | None,
    now: dt.datetime | None,
    *,
    closed_by: AuthenticatedUser | None = None,
) -> TillSummary:
    """Write the close (till row, journal entry, central's event) and commit; ``closed_by`` is
    the manager when the owner was absent (the journal entry is then the manager's)."""
    s = uow.session
    moment = _utc(now)
    cash.status = "closed"
    cash.closed_at = moment
    cash.counted_count = counted.as_json()
    cash.counted_cash_minor = counted.total.minor
    cash.counted_card_minor = card_total.minor
    cash.expected_cash_minor = before.expected_cash.minor
    cash.expected_card_minor = before.expected_card.minor
    cash.validated_by = validator.id if validator else None
    cash.justification = (justification or "").strip() or None
    s.flush()
    closed = {
        "session": cash.uuid,
        "day": cash.business_day.isoformat(),
        "opened_at": cash.opened_at.isoformat(),
        "float": Money(cash.opening_float_minor, cash.currency).as_str(),
        "counted_cash": counted.total.as_str(),
        "counted_card": card_total.as_str(),
        "expected_cash": before.expected_cash.as_str(),
        "expected_card": before.expected_card.as_str(),
        "count": counted.as_json(),
        "validated_by": validator.username if validator else None,
        "justification": cash.justification,
    }
    if closed_by is not None:
        closed["closed_by"] = closed_by.username
    author = closed_by or owner
    journal.append(
        s, "session.close", closed, username=author.username, entity_uuid=cash.uuid, now=now
    )
    _tell_central(s, settings, "cash_session", cash.uuid, "close", closed, owner, moment)
    summary = summarize(s, cash)
    uow.commit()
    return summary


def _tell_central(
    s: Session,
    settings: TerminalSettings,
    entity: str,
    entity_uuid: str,
    op: str,
    payload: dict[str, Any],
    user: AuthenticatedUser,
    moment: dt.datetime,
) -> None:
    """Queue a till event for central, with the agency and terminal it belongs to, in the
    same transaction as the event itself. Head office sees each till once it is closed (float,
    count, expected, validation) and its cash movements, and each day's Z figures; opening a
    till is only journaled here (its close carries the float)."""
    enqueue(
        s,
        entity,
        entity_uuid,
        op,
        {
            **payload,
            "agency": settings.agency_code,
            "terminal": settings.terminal_code,
            "user": user.username,
            "at": moment.isoformat(),
        },
        moment,
    )


def summarize(s: Session, cash: Till) -> TillSummary:
    """Totals of one session from its payments and movements (read inside any session)."""
    cur = cash.currency

    def total(tender: str, status: str) -> tuple[int, int]:
        row = s.execute(
            select(func.coalesce(func.sum(Payment.amount_minor), 0), func.count()).where(
                Payment.session_uuid == cash.uuid,
                Payment.tender == tender,
                Payment.status == status,
            )
        ).one()
        return int(row[0]), int(row[1])

    cash_in, n_cash = total("cash", "valid")
    card_in, n_card = total("card", "valid")
    _, v_cash = total("cash", "void")
    _, v_card = total("card", "void")
    moves = dict(
        s.execute(
            select(CashMovement.kind, func.sum(CashMovement.amount_minor))
            .where(CashMovement.session_uuid == cash.uuid)
            .group_by(CashMovement.kind)
        ).all()
    )
    pickups, topups = int(moves.get("pickup", 0)), int(moves.get("topup", 0))
    user = s.get(User, cash.user_id)
    expected_cash = cash.opening_float_minor + cash_in + topups - pickups
    return TillSummary(
        uuid=cash.uuid,
        username=user.username if user else "?",
        full_name=user.full_name if user else "?",
        terminal=cash.terminal,
        business_day=cash.business_day,
        status=cash.status,
        opened_at=cash.opened_at,
        closed_at=cash.closed_at,
        opening_float=Money(cash.opening_float_minor, cur),
        cash_in=Money(cash_in, cur),
        card_in=Money(card_in, cur),
        payments=n_cash + n_card,
        voided=v_cash + v_card,
        pickups=Money(pickups, cur),
        topups=Money(topups, cur),
        expected_cash=Money(expected_cash, cur),
        expected_card=Money(card_in, cur),
        counted_cash=Money(cash.counted_cash_minor, cur)
        if cash.counted_cash_minor is not None
        else None,
        counted_card=Money(cash.counted_card_minor, cur)
        if cash.counted_card_minor is not None
        else None,
    )


def tills_of_day(s: Session, agency: str, day: dt.date) -> list[TillSummary]:
    rows = s.scalars(
        select(Till).where(Till.agency == agency, Till.business_day == day).order_by(Till.opened_at)
    ).all()
    return [summarize(s, c) for c in rows]


def current_till(s: Session, user: AuthenticatedUser) -> TillSummary | None:
    """The user's open session on this terminal, summarised; None when there is none."""
    settings = load_terminal_settings(s)
    found = open_till_for(s, settings, user.id)
    return summarize(s, found) if found else None
