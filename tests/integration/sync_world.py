"""Shared set-up for the sync tests (this module holds no tests of its own).

A central database on the session's PostgreSQL (schema ``guichet`` plus its roles, removed
after each test), two agencies, and billing data written as the administrator, i.e. the way
the real billing system feeds central. Desktops are the SQLite stores of tests/conftest.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, text

from desktop.money import Money
from desktop.services.payments import PaymentRequest, PaymentResult, take_payment
from desktop.store.db import Store
from desktop.sync.admin import (
    AgencyLogin,
    _alembic_config,
    add_agency,
    central_engine,
    drop_central,
    upgrade_central,
)
from desktop.sync.client import CentralClient
from tests.factories import user_named

DUE = dt.date(2025, 3, 20)


@dataclass
class Central:
    """A central database for one test. Fields: admin (superuser engine), logins (by agency
    code), clients (opened ``CentralClient``s, disposed at the end)."""

    admin: Engine
    logins: dict[str, AgencyLogin]
    clients: list[CentralClient]

    def client(self, agency: str) -> CentralClient:
        c = CentralClient.connect(self.logins[agency].url)
        self.clients.append(c)
        return c

    def engine_as(self, agency: str) -> Engine:
        """A raw engine logged in as the agency's role (not a superuser)."""
        engine = create_engine(self.logins[agency].url)
        self.clients.append(CentralClient(engine))
        return engine

    def scalar(self, sql: str, **params: object) -> object:
        with self.admin.connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def rows(self, sql: str, **params: object) -> list:
        with self.admin.connect() as conn:
            return list(conn.execute(text(sql), params).mappings())


def central_head(engine: Engine) -> str | None:
    """The newest central migration shipped (what ``upgrade_central`` must reach)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()


@contextmanager
def central_for(pg_url: str, agencies: tuple[str, ...] = ("2401", "2402")) -> Iterator[Central]:
    admin = central_engine(pg_url)
    drop_central(admin)  # a previous run killed half-way must not leave its roles behind
    upgrade_central(admin)
    central = Central(admin, {a: add_agency(admin, a, name=f"Agency {a}") for a in agencies}, [])
    try:
        yield central
    finally:
        for c in central.clients:
            c.dispose()
        drop_central(admin)
        admin.dispose()


def seed_account(
    central: Central,
    agency: str,
    account_no: str,
    bills: dict[str, int],
    *,
    name_latin: str = "Mohamed Benali",
    name_ar: str = "محمد بن علي",
) -> None:
    """One account of ``agency`` with one meter and bills {bill_no: amount_minor}, all open."""
    with central.admin.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO guichet.accounts (account_no, agency_code, category, name_ar, "
                "name_latin, city, currency) VALUES (:a, :ag, 'residential_individual', :ar, "
                ":la, 'Guelma', 'DZD')"
            ),
            {"a": account_no, "ag": agency, "ar": name_ar, "la": name_latin},
        )
        conn.execute(
            text(
                "INSERT INTO guichet.service_points (meter_no, account_no, agency_code, service, "
                "tariff_code, billing_period) VALUES (:m, :a, :ag, 'electricity', "
                "'sonelgaz-2016-residential-electricity', 'quarterly')"
            ),
            {"m": f"M{account_no}", "a": account_no, "ag": agency},
        )
        for i, (bill_no, amount) in enumerate(bills.items()):
            due = DUE + dt.timedelta(days=30 * i)
            conn.execute(
                text(
                    "INSERT INTO guichet.bills (bill_no, account_no, meter_no, agency_code, "
                    "period_start, period_end, issue_date, due_date, consumption, currency, "
                    "amount_minor, open_minor) VALUES (:b, :a, :m, :ag, :ps, :pe, :i, :d, 400, "
                    "'DZD', :amt, :amt)"
                ),
                {
                    "b": bill_no,
                    "a": account_no,
                    "m": f"M{account_no}",
                    "ag": agency,
                    "ps": due - dt.timedelta(days=120),
                    "pe": due - dt.timedelta(days=30),
                    "i": due - dt.timedelta(days=20),
                    "d": due,
                    "amt": amount,
                },
            )


def pay(store: Store, account_no: str, minor: int, bills: tuple[str, ...] = ()) -> PaymentResult:
    """A cash payment by amina at this store's counter."""
    request = PaymentRequest(account_no=account_no, amount=Money(minor, "DZD"), bill_nos=bills)
    with store.unit_of_work() as uow:
        return take_payment(uow, request, user_named(store, "amina"))
