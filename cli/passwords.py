"""The one way `guichet` gets a password: from the environment, else typed at a terminal.

Why one reader: every command that logs someone in (a clerk, the approving manager, a new
password) must refuse the same way when no password can be had, never hang on a pipe waiting
for a prompt nobody sees, and never take bytes that are not UTF-8 (a terminal set to another
encoding) as a password. A missing password is a refusal, exit status 1, ``input.invalid``
naming ``password`` and the variable to set: it is not the command line as typed (which is
what exit status 2 means), so ``pay`` refuses as every other command does.
"""

from __future__ import annotations

import getpass
import sys

from desktop.config import env_text
from desktop.domain.errors import DomainError
from desktop.services.auth import AuthenticatedUser
from desktop.store.db import Store
from desktop.text import is_text
from desktop.use_cases.users import log_in

PASSWORD_ENV = "GUICHET_PASSWORD"
APPROVER_PASSWORD_ENV = "GUICHET_APPROVER_PASSWORD"
NEW_PASSWORD_ENV = "GUICHET_NEW_PASSWORD"


def ask_password(prompt: str) -> str:
    """A password typed at the terminal, without echo; bytes that are not UTF-8 (a terminal
    set to another encoding) are a refusal, not a traceback."""
    try:
        value = getpass.getpass(prompt)
    except UnicodeDecodeError:
        value = "\udcff"
    if not is_text(value):
        raise DomainError(
            "input.invalid",
            field="password",
            problem="not typed as UTF-8 text: check the terminal's encoding",
        )
    return value


def password_from(env: str, who: str) -> str:
    """``$env`` if set, else asked at the terminal for ``who``; refused without a terminal."""
    value = env_text(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise DomainError(
            "input.invalid", field="password", problem=f"set ${env} or run from a terminal"
        )
    return ask_password(f"Password for {who}: ")


def new_password() -> str:
    """A new password: ``$GUICHET_NEW_PASSWORD``, else typed twice at the terminal."""
    value = env_text(NEW_PASSWORD_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise DomainError("input.invalid", field="password", problem=f"set ${NEW_PASSWORD_ENV}")
    first = ask_password("New password: ")
    if ask_password("Again: ") != first:
        raise DomainError("input.invalid", field="password", problem="the two entries differ")
    return first


def login(store: Store, username: str, *, approver: bool = False) -> AuthenticatedUser:
    """``username`` logged in with the password of ``$GUICHET_PASSWORD`` (the approving
    manager's: ``$GUICHET_APPROVER_PASSWORD``) or the terminal."""
    env = APPROVER_PASSWORD_ENV if approver else PASSWORD_ENV
    password = password_from(env, username)
    return log_in(store, username, password)
