"""Finding and showing a customer's account: search, account view, statement, bill
explanation, contact preferences.

Why every one of these is a use case although most only read: the caller must not choose the
transaction nor keep a session, and the account view and the receipts that may still be
voided are read in one transaction so the window never shows two different moments.
"""

from __future__ import annotations

import datetime as dt

from desktop.config import TerminalSettings, load_terminal_settings, terminal_locale
from desktop.services import (
    accounts,
    billing,
    contacts,
    notifications,
    payments,
    statements,
    voidable,
)
from desktop.services.accounts import AccountView
from desktop.services.auth import AuthenticatedUser
from desktop.services.billing import BillExplanation, PointEstimate, RegularisationView
from desktop.services.contacts import ContactChange, ContactView
from desktop.services.notifications import NotificationView
from desktop.services.statements import StatementView
from desktop.store import search
from desktop.store.db import Store
from desktop.store.search import SearchHit
from desktop.use_cases.base import reading, writing


def search_accounts(
    store: Store, user: AuthenticatedUser | None, query: str, *, limit: int = search.LIMIT
) -> list[SearchHit]:
    """Accounts matching ``query`` (number, meter, name in Latin or Arabic letters)."""
    with reading(store, user) as session:
        return search.search_accounts(session, query, limit)


def get_account(store: Store, user: AuthenticatedUser | None, account_no: str) -> AccountView:
    """The account screen's figures (read only)."""
    with reading(store, user) as session:
        return accounts.get_account_view(session, account_no)


def amount_format(store: Store, user: AuthenticatedUser | None, account_no: str) -> tuple[str, str]:
    """The currency of ``account_no`` and the terminal's locale: how the command line reads
    the amounts typed for that account (read only; refuses an unknown account before any
    password is asked, hence ``user`` may be None)."""
    with reading(store, user) as session:
        return payments.find_account(session, account_no).currency, terminal_locale(session)


def open_account(
    store: Store, user: AuthenticatedUser | None, account_no: str, *, today: dt.date | None = None
) -> tuple[AccountView, frozenset[str]]:
    """The account view and the receipts of it that may still be voided, read together."""
    with reading(store, user) as session:
        view = accounts.get_account_view(session, account_no)
        return view, voidable.voidable_receipts(session, account_no, today)


def get_statement(
    store: Store,
    user: AuthenticatedUser | None,
    account_no: str,
    date_from: dt.date,
    date_to: dt.date,
    *,
    today: dt.date | None = None,
) -> tuple[TerminalSettings, StatementView]:
    """The statement of ``account_no`` over the period and the settings its header needs
    (``user`` None: the command line's ``statement``, which asks for no log-in)."""
    with reading(store, user) as session:
        settings = load_terminal_settings(session)
        view = statements.get_statement(session, account_no, date_from, date_to, today=today)
        return settings, view


def explain_bill(store: Store, user: AuthenticatedUser | None, bill_no: str) -> BillExplanation:
    """How bill ``bill_no`` was computed (read only)."""
    with reading(store, user) as session:
        return billing.explain_bill(session, bill_no)


def estimate_for_point(
    store: Store,
    user: AuthenticatedUser | None,
    meter_no: str,
    start: dt.date,
    end: dt.date,
    *,
    contractual_minimum: int = 0,
) -> PointEstimate:
    """What ``start..end`` would be billed for meter ``meter_no`` from its history (read
    only; the command line's ``estimate``, which asks for no log-in)."""
    with reading(store, user) as session:
        return billing.estimate_for_point(
            session, meter_no, start, end, contractual_minimum=contractual_minimum
        )


def list_regularisations(
    store: Store, user: AuthenticatedUser | None, account_no: str
) -> list[RegularisationView]:
    """The regularisations of ``account_no`` (read only)."""
    with reading(store, user) as session:
        return billing.list_regularisations(session, account_no)


def get_contacts(store: Store, user: AuthenticatedUser | None, account_no: str) -> ContactView:
    """How the customer wants to be reached (read only)."""
    with reading(store, user) as session:
        return contacts.get_contacts(session, account_no)


def set_contacts(
    store: Store, user: AuthenticatedUser, change: ContactChange, *, now: dt.datetime | None = None
) -> ContactView:
    """Validate and save the customer's contact preferences; one transaction."""
    with writing(store, user, permission="take_payment") as uow:
        return contacts.set_contacts(uow, user, change, now=now)


def list_notifications(
    store: Store, user: AuthenticatedUser | None, *, status: str | None = "queued"
) -> list[NotificationView]:
    """Notifications waiting for central (``status`` None: all of them), oldest first (read
    only; the command line's ``notifications``, which asks for no log-in)."""
    with reading(store, user) as session:
        return notifications.list_notifications(session, status)
