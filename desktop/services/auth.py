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

from desktop.domain.errors import DomainError
from desktop.store.db import UnitOfWork
from desktop.store.models import User

ROLES = ("clerk", "manager", "admin")
MAX_FAILED_LOGINS = 5

# Which roles may do what. Checked in the use cases, not only hidden in the UI.
PERMISSIONS: dict[str, tuple[str, ...]] = {
    "take_payment": ("clerk", "manager", "admin"),
    "manage_settings": ("admin",),
    "manage_users": ("admin",),
    "approve": ("manager", "admin"),
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
    user = uow.session.scalars(select(User).where(User.username == username.strip())).first()
    if user is None:
        _spend_same_time(password)
        # Same code as a wrong password: the JSON/CLI output must not reveal who exists.
        raise DomainError("auth.wrong_password", username=username)
    if not user.active:
        raise DomainError("auth.inactive", username=user.username)
    if user.failed_logins >= MAX_FAILED_LOGINS:
        raise DomainError("auth.locked", username=user.username)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        uow.commit()
        if user.failed_logins >= MAX_FAILED_LOGINS:
            raise DomainError("auth.locked", username=user.username) from None
        raise DomainError("auth.wrong_password", username=user.username) from None
    if user.failed_logins or _hasher.check_needs_rehash(user.password_hash):
        user.failed_logins = 0
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        uow.commit()
    return AuthenticatedUser(user.id, user.username, user.full_name, user.role, user.language)


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


def add_user(
    uow: UnitOfWork, username: str, password: str, role: str, full_name: str, language: str = "fr"
) -> None:
    """Create a user (the caller commits)."""
    if role not in ROLES:
        raise DomainError("input.invalid", field="role", problem=f"use one of {', '.join(ROLES)}")
    if not username.strip() or len(password) < 4:
        raise DomainError(
            "input.invalid", field="user", problem="a name and a password of 4+ characters"
        )
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
