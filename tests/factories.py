"""Test data written straight through the models: an account, its service points and bills.

Why not the demo generator: each test states the few facts it depends on (due dates, amounts,
names, phones) and nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import count

from argon2 import PasswordHasher
from sqlalchemy import inspect, select, table, text
from sqlalchemy.orm import Session

from desktop.config import TerminalSettings, save_terminal_settings
from desktop.domain.cash import DEFAULT_DENOMINATIONS, CashCount
from desktop.services import tills
from desktop.services.auth import AuthenticatedUser, add_user
from desktop.store.db import Store
from desktop.store.models import Account, Bill, ServicePoint, Setting, User
from desktop.store.search import index_accounts
from desktop.text import normalize_phone

_serial = count(1)

PASSWORD = "demo"

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
"""Argon2id at its cheapest, for the folders whose tests log in all the time (fuzz, ui).
With the real parameters (64 MiB per try, tests/integration/test_security.py checks them)
each log-in costs a tenth of a second on a quiet machine and close to a second on a busy one:
that was a third of the window tests' time. What they test is what people type and see, not
the hashing cost."""

SETTINGS = TerminalSettings(
    company_name="Sonelgaz Distribution Est",
    agency_code="2401",
    agency_name="Guelma Centre",
    terminal_code="T01",
    currency="DZD",
    locale="fr_DZ",
    allow_credit=False,
)

USERS = (
    ("amina", "clerk", "Amina Belkacem"),
    ("karim", "manager", "Karim Haddad"),
    ("admin", "admin", "Administrateur"),
)


def prepare_store(
    store: Store, settings: TerminalSettings = SETTINGS, *, till_for: str | None = "amina"
) -> Store:
    """Save the terminal settings and the three demo users into ``store``, and open the cash
    session of ``till_for`` (None: no session) so that payments can be taken at once."""
    with store.unit_of_work() as uow:
        save_terminal_settings(uow.session, settings)
        for username, role, full_name in USERS:
            add_user(uow, username, PASSWORD, role, full_name)
        uow.commit()
    if till_for:
        open_till(store, till_for)
    return store


def user_named(store: Store, username: str) -> AuthenticatedUser:
    """The user as if logged in (no password hashing: tests of other things stay fast)."""
    with store.read() as s:
        u = s.scalars(select(User).where(User.username == username)).one()
        return AuthenticatedUser(u.id, u.username, u.full_name, u.role, u.language)


def open_till(
    store: Store,
    username: str = "amina",
    float_minor: int = 1_000_000,
    now: dt.datetime | None = None,
) -> str:
    """Open ``username``'s cash session with a float of 2000-DA notes; returns its uuid."""
    currency = SETTINGS.currency
    with store.read() as s:
        currency = s.get(Setting, "currency").value  # type: ignore[union-attr]
    note = max(DEFAULT_DENOMINATIONS[currency])
    count = CashCount.of(currency, {note: float_minor // note})
    with store.unit_of_work() as uow:
        return tills.open_till(uow, user_named(store, username), count, now=now).uuid


@dataclass(frozen=True)
class BillSpec:
    """A bill to create. Fields: due (due date), amount_minor, open_minor (default: all due), bill_no."""

    due: dt.date
    amount_minor: int
    open_minor: int | None = None
    bill_no: str | None = None


@dataclass(frozen=True)
class Created:
    """What ``make_account`` wrote. Fields: account_id, account_no, meter_nos, bill_nos (in the given order)."""

    account_id: int
    account_no: str
    meter_nos: tuple[str, ...]
    bill_nos: tuple[str, ...] = field(default=())


def make_account(
    store: Store,
    *,
    bills: Sequence[BillSpec] = (),
    account_no: str | None = None,
    name_ar: str = "محمد بن علي",
    name_latin: str = "Mohamed Benali",
    address: str = "12 rue des Frères Bouadou",
    city: str = "Guelma",
    district: str = "Centre",
    phone1: str | None = None,
    phone2: str | None = None,
    status: str = "active",
    currency: str = "DZD",
    services: Sequence[str] = ("electricity",),
) -> Created:
    """Create and commit an account with one service point per service, bills on the first
    service point, and index it for search."""
    n = next(_serial)
    account_no = account_no or f"24010{n:07d}"
    with store.unit_of_work() as uow:
        s = uow.session
        account = Account(
            account_no=account_no,
            category="residential_individual",
            name_ar=name_ar,
            name_latin=name_latin,
            address=address,
            city=city,
            district=district,
            phone1=normalize_phone(phone1) if phone1 else None,
            phone2=normalize_phone(phone2) if phone2 else None,
            email=None,
            status=status,
            currency=currency,
            credit_minor=0,
        )
        s.add(account)
        s.flush()
        points = []
        for i, service in enumerate(services):
            point = ServicePoint(
                account_id=account.id,
                service=service,
                meter_no=f"M{n:06d}{i}",
                tariff_code="sonelgaz-2016-residential-electricity",
                billing_period="quarterly",
            )
            s.add(point)
            points.append(point)
        s.flush()
        bill_nos = []
        for j, spec in enumerate(bills):
            bill_no = spec.bill_no or f"F{n:06d}{j:03d}"
            start = spec.due - dt.timedelta(days=120)
            s.add(
                Bill(
                    bill_no=bill_no,
                    account_id=account.id,
                    service_point_id=points[0].id,
                    period_start=start,
                    period_end=start + dt.timedelta(days=90),
                    issue_date=spec.due - dt.timedelta(days=20),
                    due_date=spec.due,
                    consumption=400,
                    estimated=False,
                    currency=currency,
                    amount_minor=spec.amount_minor,
                    open_minor=spec.amount_minor if spec.open_minor is None else spec.open_minor,
                )
            )
            bill_nos.append(bill_no)
        s.flush()
        index_accounts(
            s.connection(),
            [(account.id, name_ar, name_latin, address, city, district)],
        )
        uow.commit()
        return Created(account.id, account_no, tuple(p.meter_no for p in points), tuple(bill_nos))


def open_amounts(session: Session, bill_nos: Sequence[str]) -> dict[str, int]:
    """Open amount (minor units) of each bill, by reference."""
    rows = session.execute(select(Bill.bill_no, Bill.open_minor).where(Bill.bill_no.in_(bill_nos)))
    return {bill_no: open_minor for bill_no, open_minor in rows}


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables included), to prove nothing was written."""
    names = inspect(store.engine).get_table_names()
    with store.read() as s:
        return {
            name: sorted(
                (tuple(r) for r in s.execute(select(text("*")).select_from(table(name)))), key=repr
            )
            for name in names
        }
