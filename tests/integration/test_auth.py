"""Who may use the counter: passwords, lockout that survives a restart, roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.bootstrap import open_store
from desktop.domain.errors import DomainError
from desktop.services.auth import (
    MAX_FAILED_LOGINS,
    AuthenticatedUser,
    add_user,
    authenticate,
    require,
)
from desktop.store.db import Store
from desktop.store.models import User
from tests.factories import PASSWORD


def login(store: Store, username: str, password: str) -> AuthenticatedUser:
    with store.unit_of_work() as uow:
        return authenticate(uow, username, password)


def refusal(store: Store, username: str, password: str) -> DomainError:
    with pytest.raises(DomainError) as err:
        login(store, username, password)
    return err.value


def test_the_right_password_logs_the_user_in(store: Store) -> None:
    user = login(store, " amina ", PASSWORD)
    assert (user.username, user.role, user.full_name) == ("amina", "clerk", "Amina Belkacem")


def test_passwords_are_stored_as_argon2id_hashes(store: Store) -> None:
    with store.read() as s:
        hashes = s.scalars(select(User.password_hash)).all()
    assert len(hashes) == 3
    assert all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_a_wrong_password_reads_exactly_like_an_unknown_user(store: Store) -> None:
    wrong = refusal(store, "amina", "nope")
    unknown = refusal(store, "nobody", "nope")
    assert wrong.message() == unknown.message()
    assert wrong.code == unknown.code  # the code travels in JSON output too
    assert "amina" not in wrong.message()


def test_a_good_login_clears_earlier_failures(store: Store) -> None:
    for _ in range(MAX_FAILED_LOGINS - 1):
        refusal(store, "karim", "nope")
    login(store, "karim", PASSWORD)
    for _ in range(MAX_FAILED_LOGINS - 1):
        refusal(store, "karim", "nope")
    assert login(store, "karim", PASSWORD).role == "manager"


def test_five_wrong_passwords_lock_the_user_even_after_a_restart(
    store: Store, db_path: Path
) -> None:
    codes = [refusal(store, "amina", "nope").code for _ in range(MAX_FAILED_LOGINS)]
    assert codes == ["auth.wrong_password"] * (MAX_FAILED_LOGINS - 1) + ["auth.locked"]
    assert refusal(store, "amina", PASSWORD).code == "auth.locked"
    store.dispose()

    reopened = open_store(db_path)
    try:
        error = refusal(reopened, "amina", PASSWORD)
        assert error.code == "auth.locked" and "administrator" in error.message()
        assert login(reopened, "karim", PASSWORD).username == "karim"  # others are unaffected
    finally:
        reopened.dispose()


def test_a_disabled_user_cannot_log_in(store: Store) -> None:
    with store.unit_of_work() as uow:
        uow.session.scalars(select(User).where(User.username == "karim")).one().active = False
        uow.commit()
    assert refusal(store, "karim", PASSWORD).code == "auth.inactive"


def test_require_refuses_a_clerk_for_manage_settings(store: Store) -> None:
    clerk = login(store, "amina", PASSWORD)
    with pytest.raises(DomainError) as err:
        require(clerk, "manage_settings")
    assert err.value.code == "auth.forbidden"
    assert err.value.params == {
        "username": "amina",
        "role": "clerk",
        "action": "manage settings",
        "needed": "admin",
    }
    require(login(store, "admin", PASSWORD), "manage_settings")
    require(clerk, "take_payment")


def test_require_lets_managers_approve_but_not_clerks(store: Store) -> None:
    require(login(store, "karim", PASSWORD), "approve")
    with pytest.raises(DomainError):
        require(login(store, "amina", PASSWORD), "approve")


@pytest.mark.parametrize(
    ("username", "password", "role"),
    [("leila", "demo", "cashier"), ("  ", "demo", "clerk"), ("leila", "abc", "clerk")],
)
def test_add_user_refuses_bad_input(store: Store, username: str, password: str, role: str) -> None:
    with store.unit_of_work() as uow, pytest.raises(DomainError) as err:
        add_user(uow, username, password, role, "Leila")
    assert err.value.code == "input.invalid"


def test_an_admin_cannot_disable_themselves_so_an_admin_always_remains(store: Store) -> None:
    from desktop.services.auth import reset_user
    from tests.factories import user_named

    admin = user_named(store, "admin")
    with store.unit_of_work() as uow, pytest.raises(DomainError) as own:
        reset_user(uow, admin, "admin", active=False)
    assert own.value.code == "user.self_disable"
    with store.unit_of_work() as uow:
        reset_user(uow, admin, "karim", active=False)  # another user: allowed
    with store.read() as s:
        from desktop.store.models import User

        assert s.query(User.active).filter(User.username == "karim").scalar() is False
