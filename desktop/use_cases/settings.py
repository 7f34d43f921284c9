"""The terminal's settings: the admin's form, its saving, the first set-up, and the settings
every screen reads.

Why the form is a read: it used to be loaded in a write transaction only so that the store
would journal a refusal; the use-case helper now journals a refused read itself, so the form
is read without taking the write lock.
"""

from __future__ import annotations

from desktop.config import TerminalSettings, load_terminal_settings
from desktop.services import terminal_setup
from desktop.services.auth import AuthenticatedUser
from desktop.services.terminal_setup import FieldError, SettingsForm, SetupForm
from desktop.store.db import Store
from desktop.use_cases.base import reading, writing


def terminal_settings(store: Store, user: AuthenticatedUser | None = None) -> TerminalSettings:
    """The terminal's settings as every screen and document uses them (read only; also
    before log-in, hence ``user`` may be None)."""
    with reading(store, user) as session:
        return load_terminal_settings(session)


def load_settings_form(store: Store, admin: AuthenticatedUser) -> SettingsForm:
    """The current settings for the admin's dialog (read only, ``manage_settings``)."""
    with reading(store, admin, permission="manage_settings") as session:
        return terminal_setup.load_settings_form(session, admin)


def save_settings(
    store: Store, admin: AuthenticatedUser, form: SettingsForm
) -> tuple[FieldError, ...]:
    """Save ``form`` (journaled) or return every problem with nothing written."""
    with writing(store, admin, permission="manage_settings") as uow:
        return terminal_setup.save_settings(uow, admin, form)


def needs_setup(store: Store) -> bool:
    """True on a fresh database (no settings, no user): the set-up dialog comes first."""
    with reading(store, None) as session:
        return terminal_setup.needs_setup(session)


def run_setup(store: Store, form: SetupForm) -> tuple[FieldError, ...]:
    """Create the settings and the first admin on a fresh database, or return every problem.

    Why no user: nobody exists yet; the service refuses once the database is configured.
    """
    with writing(store, None) as uow:
        return terminal_setup.run_setup(uow, form)
