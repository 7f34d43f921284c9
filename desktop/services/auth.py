"""Who is at the counter: password check, lockout, roles.

Why here and not in the window: the CLI and the GUI must refuse the same people for the same
reasons, so authentication and permissions are use cases. Passwords are hashed with Argon2id
(memory-hard) through argon2-cffi; a wrong user and a wrong password get the same message.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.card_numbers import refuse_card_number
from desktop.domain.errors import DomainError, Problem
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import User

ROLES = ("clerk", "manager", "admin")
MAX_FAILED_LOGINS = 5

# Which roles may do what. Checked in the use cases, not only hidden in the UI.
PERMISSIONS: dict[str, tuple[str, ...]] = {
    "take_payment": ("clerk", "manager", "admin"),
    "issue_certificate": ("clerk", "manager", "admin"),
    "manage_settings": ("admin",),
    "manage_users": ("admin",),
    "approve": ("manager", "admin"),
    "view_users": ("manager", "admin"),
}

_hasher = PasswordHasher()


@dataclass(frozen=True, slots=True)
class AuthenticatedUser:
    """A user who has just given the right password. Fields: id, username, full_name, role, language."""

    id: int
    username: str
    full_name: str
    role: str
    language: str


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def authenticate(uow: UnitOfWork, username: str, password: str) -> AuthenticatedUser:
    """Check the password; count failures and lock the user after ``MAX_FAILED_LOGINS``.

    The failure counter is committed even when the login is refused, so the caller must pass
    a unit of work of its own (nothing else is written in it).
    """
    s = uow.session
    user = s.scalars(select(User).where(User.username == username.strip())).first()
    if user is None:
        _spend_same_time(password)
        _journal_login(uow, "login.refused", username.strip()[:64], "unknown user")
        # Same code as a wrong password: the JSON/CLI output must not reveal who exists.
        raise DomainError("auth.wrong_password", username=username)
    if not user.active:
        _journal_login(uow, "login.refused", user.username, "disabled")
        raise DomainError("auth.inactive", username=user.username)
    if user.failed_logins >= MAX_FAILED_LOGINS:
        _journal_login(uow, "login.refused", user.username, "locked")
        raise DomainError("auth.locked", username=user.username)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        locked = user.failed_logins >= MAX_FAILED_LOGINS
        _journal_login(
            uow,
            "login.refused",
            user.username,
            "wrong password, now locked" if locked else "wrong password",
        )
        if locked:
            raise DomainError("auth.locked", username=user.username) from None
        raise DomainError("auth.wrong_password", username=user.username) from None
    user.failed_logins = 0
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    _journal_login(uow, "login", user.username, "")
    return AuthenticatedUser(user.id, user.username, user.full_name, user.role, user.language)


def _journal_login(uow: UnitOfWork, kind: str, username: str, detail: str) -> None:
    """Every log-in and refused log-in goes to the journal, committed at once."""
    journal.append(uow.session, kind, {"detail": detail} if detail else {}, username=username)
    uow.commit()


def change_password(uow: UnitOfWork, user: AuthenticatedUser, old: str, new: str) -> None:
    """A user changes their own password (the old one is checked again)."""
    row = uow.session.get(User, user.id)
    assert row is not None
    try:
        _hasher.verify(row.password_hash, old)
    except (VerificationError, InvalidHashError):
        raise DomainError("auth.wrong_password", username=user.username) from None
    _check_new_password(new, user.username)
    row.password_hash = _hasher.hash(new)
    journal.append(uow.session, "user.password", {"target": user.username}, username=user.username)
    uow.commit()


def reset_user(
    uow: UnitOfWork,
    admin: AuthenticatedUser,
    username: str,
    *,
    password: str | None = None,
    active: bool | None = None,
) -> None:
    """An admin unlocks a user (clears the failure count), sets a new password or (de)activates."""
    require(admin, "manage_users")
    row = uow.session.scalars(select(User).where(User.username == username)).first()
    if row is None:
        raise DomainError("user.not_found", username=username)
    if active is False and row.id == admin.id:
        raise DomainError("user.self_disable", username=username)
    # Only an active admin gets here and may not disable themselves, so at least one active
    # admin always remains.
    row.failed_logins = 0
    if password is not None:
        _check_new_password(password, username)
        row.password_hash = _hasher.hash(password)
    if active is not None:
        row.active = active
    journal.append(
        uow.session,
        "user.reset",
        {"target": username, "password": password is not None, "active": active},
        username=admin.username,
    )
    uow.commit()


def _check_new_password(password: str, username: str) -> None:
    if len(password) < 8 or password.lower() == username.lower() or password.isdigit():
        raise DomainError("auth.weak_password")


@cache
def _dummy_hash() -> str:
    return _hasher.hash("not-a-real-password")


def _spend_same_time(password: str) -> None:
    """Verify against a dummy hash so an unknown user takes as long as a wrong password."""
    with contextlib.suppress(VerificationError, InvalidHashError):
        _hasher.verify(_dummy_hash(), password)


def require(user: AuthenticatedUser, action: str) -> None:
    """Raise ``auth.forbidden`` unless ``user``'s role may perform ``action``."""
    allowed = PERMISSIONS[action]
    if user.role not in allowed:
        raise DomainError(
            "auth.forbidden",
            username=user.username,
            role=user.role,
            action=action.replace("_", " "),
            needed=" or ".join(allowed),
        )


def create_user(
    uow: UnitOfWork,
    admin: AuthenticatedUser,
    username: str,
    password: str,
    role: str,
    full_name: str,
    language: str = "fr",
) -> None:
    """An admin creates a user with a strong first password; journaled and committed."""
    require(admin, "manage_users")
    if uow.session.scalars(select(User).where(User.username == username.strip())).first():
        raise DomainError("user.exists", username=username)
    _check_new_password(password, username)
    add_user(uow, username, password, role, full_name, language)
    uow.session.flush()
    journal.append(
        uow.session,
        "user.create",
        {"target": username.strip(), "role": role},
        username=admin.username,
    )
    uow.commit()


def list_users(uow: UnitOfWork, viewer: AuthenticatedUser) -> list[dict[str, object]]:
    """Every user with role and state, for a manager or an admin (``view_users``).

    Why checked here: the list tells who may approve and who is locked out, which a clerk
    has no need to know; hiding the menu item alone would leave the CLI and any other
    caller open.
    """
    require(viewer, "view_users")
    return user_rows(uow.session)


def user_rows(session: Session) -> list[dict[str, object]]:
    """Every user with role and state, no permission checked: for ``list_users`` and the
    ``users.list_users`` use case, which check ``view_users`` themselves before reading."""
    rows = session.scalars(select(User).order_by(User.username)).all()
    return [
        {
            "username": u.username,
            "full_name": u.full_name,
            "role": u.role,
            "active": u.active,
            "locked": u.failed_logins >= MAX_FAILED_LOGINS,
            "language": u.language,
        }
        for u in rows
    ]


def add_user(
    uow: UnitOfWork, username: str, password: str, role: str, full_name: str, language: str = "fr"
) -> None:
    """Create a user (the caller commits)."""
    refuse_card_number("full_name", full_name)
    if role not in ROLES:
        raise DomainError(
            "input.invalid", field="role", problem=Problem("one_of", choices=", ".join(ROLES))
        )
    if not username.strip() or len(password) < 4:
        raise DomainError("input.invalid", field="user", problem=Problem("user_fields"))
    uow.session.add(
        User(
            username=username.strip(),
            full_name=full_name,
            role=role,
            password_hash=hash_password(password),
            language=language,
            active=True,
            failed_logins=0,
        )
    )
