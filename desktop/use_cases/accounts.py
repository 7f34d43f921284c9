"""Finding and showing a customer's account: search, account view, statement, bill
explanation, contact preferences.

Why every one of these is a use case although most only read: the caller must not choose the
transaction nor keep a session, and the account view and the receipts that may still be
voided are read in one transaction so the window never shows two different moments.
"""

from __future__ import annotations

import datetime as dt

from desktop.config import TerminalSettings, load_terminal_settings
from desktop.services import accounts, billing, contacts, statements, voidable
from desktop.services.accounts import AccountView
from desktop.services.auth import AuthenticatedUser
from desktop.services.billing import BillExplanation, RegularisationView
from desktop.services.contacts import ContactChange, ContactView
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
