"""Who may use the terminal: log-in, the users' list, creating and resetting users,
changing one's own password and language.

Why the list is a read: the users dialog used to open a write transaction only to have a
clerk's refusal journaled; the helper now journals refused reads too.
"""

from __future__ import annotations

from desktop.services import auth, preferences
from desktop.services.auth import AuthenticatedUser
from desktop.store.db import Store
from desktop.use_cases.base import reading, writing


def log_in(store: Store, username: str, password: str) -> AuthenticatedUser:
    """Check the password; every try (and a lock-out) is journaled and committed even when
    refused, so this is a write transaction of its own, never shared with an action."""
    with writing(store, None) as uow:
        return auth.authenticate(uow, username, password)


def list_users(store: Store, viewer: AuthenticatedUser) -> list[dict[str, object]]:
    """Every user with role and state (``view_users``: managers and admins); read only."""
    with reading(store, viewer, permission="view_users") as session:
        return auth.user_rows(session)


def create_user(
    store: Store,
    admin: AuthenticatedUser,
    username: str,
    password: str,
    role: str,
    full_name: str,
    language: str = "fr",
) -> None:
    """An admin creates a user with a strong first password; journaled, one transaction."""
    with writing(store, admin, permission="manage_users") as uow:
        auth.create_user(uow, admin, username, password, role, full_name, language)


def reset_user(
    store: Store,
    admin: AuthenticatedUser,
    username: str,
    *,
    password: str | None = None,
    active: bool | None = None,
) -> None:
    """An admin unlocks a user, gives a new password or (de)activates; journaled."""
    with writing(store, admin, permission="manage_users") as uow:
        auth.reset_user(uow, admin, username, password=password, active=active)


def change_password(store: Store, user: AuthenticatedUser, old: str, new: str) -> None:
    """A user changes their own password (the old one is checked again); journaled."""
    with writing(store, user) as uow:
        auth.change_password(uow, user, old, new)


def remember_language(store: Store, user: AuthenticatedUser, language: str) -> bool:
    """Keep ``language`` as ``user``'s own; returns whether it changed."""
    with writing(store, user) as uow:
        return preferences.remember_language(uow, user, language)
