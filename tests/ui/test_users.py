"""User management for admins (add, unlock / new password, disable, enable) and
"Change my password" for everyone; the use cases refuse what a role may not do."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.errors import DomainError
from desktop.services.auth import MAX_FAILED_LOGINS, authenticate
from desktop.store.models import User
from tests.conftest import PASSWORD
from tests.ui.conftest import type_text


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _login(store, username: str, password: str) -> None:
    with store.unit_of_work() as uow:
        authenticate(uow, username, password)


def test_a_clerk_has_no_user_management_but_can_change_their_password(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    assert not window.tools.act_users.isVisible() and window.tools.users() is None
    dialog = window.tools.change_password()
    type_text(dialog.old, PASSWORD)
    type_text(dialog.new, "1234")
    type_text(dialog.repeat, "1234")
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10000)
    assert "trop faible" in dialog.error.text() and dialog.new.text() == ""
    for edit, text in (
        (dialog.old, PASSWORD),
        (dialog.new, "nouveau-secret"),
        (dialog.repeat, "nouveau-secret"),
    ):
        type_text(edit, text)
    with qtbot.waitSignal(dialog.done_ok, timeout=10000):
        _ok(dialog)
    assert "changé" in window.message.text()
    _login(counter.store, "amina", "nouveau-secret")


def test_the_admin_adds_a_user_with_a_strong_first_password(qtbot, counter) -> None:
    window = counter.window(qtbot, "ar", username="admin")
    users = window.tools.users()
    assert users is not None
    qtbot.waitUntil(lambda: users.model.rowCount() >= 3, timeout=5000)
    add = users.add_user()
    type_text(add.username, "yacine")
    type_text(add.full_name, "ياسين مراد")
    add.role.setCurrentIndex(add.role.findData("clerk"))
    type_text(add.password, "premier-mot")
    type_text(add.repeat, "autre-chose")
    _ok(add)
    assert add.error.text() and add.isVisible()  # the two passwords differ: said at once
    add.repeat.clear()
    type_text(add.repeat, "premier-mot")
    with qtbot.waitSignal(users.loaded, timeout=10000):
        _ok(add)
    assert "yacine" in [r["username"] for r in users.model.rows()]
    _login(counter.store, "yacine", "premier-mot")


def test_the_admin_unlocks_resets_and_disables_a_user(qtbot, counter) -> None:
    with counter.store.unit_of_work() as uow:
        uow.session.query(User).filter(User.username == "amina").update(
            {"failed_logins": MAX_FAILED_LOGINS}
        )
        uow.commit()
    window = counter.window(qtbot, "fr", username="admin")
    users = window.tools.users()
    qtbot.waitUntil(lambda: users.model.rowCount() >= 3, timeout=5000)
    users.select_user("amina")
    assert users.selected()["locked"] is True
    assert users.model.index(users.table.currentIndex().row(), 4).data() == "oui"
    reset = users.reset_selected()
    type_text(reset.password, "remis-a-neuf")
    type_text(reset.repeat, "remis-a-neuf")
    with qtbot.waitSignal(users.loaded, timeout=10000):
        _ok(reset)
    assert users.selected()["locked"] is False
    _login(counter.store, "amina", "remis-a-neuf")

    assert users.active_button.text() == "&Désactiver"
    with qtbot.waitSignal(users.loaded, timeout=10000):
        users.active_button.click()
    assert users.selected()["active"] is False and "désactivé" in users.message.text()
    with pytest.raises(DomainError):
        _login(counter.store, "amina", "remis-a-neuf")
    with qtbot.waitSignal(users.loaded, timeout=10000):
        users.active_button.click()
    assert users.selected()["active"] is True
