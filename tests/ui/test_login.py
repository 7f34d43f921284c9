"""Log-in and lock screen, driven through the real dialogs offscreen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.conftest import PASSWORD
from ui.login import LoginDialog


def _login_dialog(qtbot, counter, lang: str = "fr") -> LoginDialog:
    counter.set_language(lang)
    dialog = LoginDialog(counter.worker, counter.translators, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_and_submit(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_the_right_password_logs_the_clerk_in(qtbot, counter) -> None:
    dialog = _login_dialog(qtbot, counter)
    _type_and_submit(qtbot, dialog, "amina", PASSWORD)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.user is not None
    assert (dialog.user.username, dialog.user.role) == ("amina", "clerk")


def test_a_wrong_password_shows_a_translated_message(qtbot, counter) -> None:
    dialog = _login_dialog(qtbot, counter, "fr")
    _type_and_submit(qtbot, dialog, "amina", "not-the-password")
    qtbot.waitUntil(lambda: "mot de passe erroné" in dialog.message.text())
    assert dialog.user is None
    assert dialog.password.text() == ""
    assert dialog.isVisible()


def test_an_unknown_user_gets_the_same_message_as_a_wrong_password(qtbot, counter) -> None:
    dialog = _login_dialog(qtbot, counter, "en")
    _type_and_submit(qtbot, dialog, "nobody", "whatever")
    qtbot.waitUntil(lambda: "wrong password" in dialog.message.text())


def test_five_wrong_passwords_lock_the_user_out(qtbot, counter) -> None:
    dialog = _login_dialog(qtbot, counter, "ar")
    for _ in range(5):
        dialog.message.clear()
        _type_and_submit(qtbot, dialog, "amina", "wrong")
        qtbot.waitUntil(lambda: dialog.password.isEnabled() and bool(dialog.message.text()))
    assert "موقوف" in dialog.message.text()  # "locked", in Arabic
    _type_and_submit(qtbot, dialog, "amina", PASSWORD)  # even the right password is refused now
    qtbot.waitUntil(lambda: dialog.password.isEnabled() and "موقوف" in dialog.message.text())
    assert dialog.user is None


def test_choosing_arabic_translates_and_mirrors_the_dialog(qtbot, counter) -> None:
    dialog = _login_dialog(qtbot, counter, "fr")
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert counter.app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "دخول"
    assert dialog.chosen_language() == "ar"


def test_ctrl_l_locks_and_only_the_password_unlocks(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    with qtbot.waitSignal(window.locked_changed) as locked:
        qtbot.keyClick(window.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked.args == [True]
    lock = window.lock_dialog
    assert lock is not None and not window.centralWidget().isVisible()
    qtbot.keyClick(lock, Qt.Key.Key_Escape)  # Escape does not unlock
    assert lock.isVisible()
    qtbot.keyClicks(lock.password, "wrong")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "mot de passe erroné" in lock.message.text())
    with qtbot.waitSignal(window.locked_changed) as unlocked:
        qtbot.keyClicks(lock.password, PASSWORD)
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert unlocked.args == [False]
    assert window.centralWidget().isVisible()
    qtbot.waitUntil(window.search.hasFocus)


def test_the_screen_locks_itself_after_idle_time(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr", idle_lock_minutes=0.002)  # 120 ms
    # The state, not the signal: on a loaded machine the lock may fire before we listen.
    qtbot.waitUntil(lambda: window.lock_dialog is not None, timeout=15000)
