"""Personal preferences kept with the user: for now, the language of the window.

Why in the database: a clerk works at several counters of the agency; the language chosen at
log-in must follow them to any terminal, and a backup restores it with the rest.
"""

from __future__ import annotations

from desktop.domain.errors import DomainError, Problem
from desktop.services.auth import AuthenticatedUser
from desktop.store.db import UnitOfWork
from desktop.store.models import User

LANGUAGES = ("ar", "fr", "en")


def remember_language(uow: UnitOfWork, user: AuthenticatedUser, language: str) -> bool:
    """Store ``language`` as ``user``'s own; return whether it changed (committed if so).

    Only the user's own row is touched: no permission beyond being logged in is needed.
    """
    if language not in LANGUAGES:
        raise DomainError(
            "input.invalid",
            field="language",
            problem=Problem("one_of", choices=", ".join(LANGUAGES)),
        )
    row = uow.session.get(User, user.id)
    if row is None:
        raise DomainError("user.not_found", username=user.username)
    if row.language == language:
        return False
    row.language = language
    uow.commit()
    return True
