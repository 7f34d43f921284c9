"""User management (admin) and "Change my password" (everyone).

Why the dialogs decide nothing: who may manage users, what a strong password is, that
unlocking clears the failure count, are rules of ``desktop.services.auth`` (the CLI obeys
the same); these dialogs gather the input, run the use case on the database worker (Argon2
hashing is slow on purpose) and show the answer. Passwords are cleared after every try.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.auth import ROLES, AuthenticatedUser
from desktop.use_cases.users import change_password, create_user, list_users, reset_user
from ui.account_view import make_table
from ui.i18n import LANGUAGES, error_text, field_error_text, isolate, term
from ui.models import Column, RecordTableModel
from ui.operations import ReadOp, WriteOp
from ui.worker import DbWorker


def _yes(flag: bool) -> str:
    return (
        QCoreApplication.translate("Users", "yes")
        if flag
        else QCoreApplication.translate("Users", "no")
    )


class UsersModel(RecordTableModel[dict[str, Any]]):
    """``list_users`` rows: user name, full name, role, active, locked."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "User"), lambda u, f: isolate(u["username"])),
        Column(QT_TRANSLATE_NOOP("Columns", "Full name"), lambda u, f: isolate(u["full_name"])),
        Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda u, f: term(u["role"])),
        Column(QT_TRANSLATE_NOOP("Columns", "Active"), lambda u, f: _yes(u["active"])),
        Column(QT_TRANSLATE_NOOP("Columns", "Locked"), lambda u, f: _yes(u["locked"])),
    )


def _password() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _Form(QDialog):
    """A small form run on the worker: ``done_ok`` after the use case committed."""

    done_ok = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.form = QFormLayout()
        self.error = QLabel(objectName="form_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def passwords(self) -> list[QLineEdit]:
        return []

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, name: str, body: Any) -> None:
        """Run the form's write as the named operation ``name``; close once it succeeded."""
        self.buttons.setEnabled(False)
        WriteOp(name, body, owner=self).success(self._ok).failure(self._failed).run(self.worker)

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _ok(self, _value: object) -> None:
        self.done_ok.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        for edit in self.passwords():
            edit.clear()
        self.say(error_text(error))


def _mismatch() -> str:
    return field_error_text("field.mismatch", {})


class NewUserDialog(_Form):
    """Add a user with a role and a strong first password (given to them in person)."""

    def __init__(
        self, worker: DbWorker, admin: AuthenticatedUser, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, parent)
        self.setObjectName("new_user_dialog")
        self.admin = admin
        self.username = QLineEdit(objectName="new_username")
        self.full_name = QLineEdit(objectName="new_full_name")
        self.role = QComboBox(objectName="new_role")
        for role in ROLES:
            self.role.addItem(term(role), role)
        self.language = QComboBox(objectName="new_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData("fr"))
        self.password, self.repeat = _password(), _password()
        self.password.setObjectName("new_password")
        self.repeat.setObjectName("new_password_repeat")
        self.setWindowTitle(self.tr("Add a user"))
        for label, field in (
            (self.tr("User name"), self.username),
            (self.tr("Full name"), self.full_name),
            (self.tr("Role"), self.role),
            (self.tr("Language"), self.language),
            (self.tr("First password"), self.password),
            (self.tr("Password again"), self.repeat),
        ):
            self.form.addRow(label, field)
        hint = QLabel(self.tr("8 characters or more, not only digits, not the user name."))
        hint.setStyleSheet("color: #555;")
        self.form.addRow("", hint)

    def passwords(self) -> list[QLineEdit]:
        return [self.password, self.repeat]

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self.say(_mismatch())
            return
        admin, username, full_name = (
            self.admin,
            self.username.text().strip(),
            self.full_name.text().strip(),
        )
        password, role, language = (
            self.password.text(),
            self.role.currentData(),
            self.language.currentData(),
        )

        self.run(
            "users.create",
            lambda store: create_user(store, admin, username, password, role, full_name, language),
        )


class ResetUserDialog(_Form):
    """Unlock a user and, optionally, give a new password (both fields empty: unlock only)."""

    def __init__(
        self,
        worker: DbWorker,
        admin: AuthenticatedUser,
        username: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.setObjectName("reset_user_dialog")
        self.admin, self.username = admin, username
        self.password, self.repeat = _password(), _password()
        self.password.setObjectName("reset_password")
        self.repeat.setObjectName("reset_password_repeat")
        self.setWindowTitle(self.tr("Unlock {user} / new password").format(user=isolate(username)))
        intro = QLabel(self.tr("Leave the password empty to unlock only."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("Password again"), self.repeat)

    def passwords(self) -> list[QLineEdit]:
        return [self.password, self.repeat]

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self.say(_mismatch())
            return
        admin, username, password = self.admin, self.username, self.password.text() or None

        self.run("users.reset", lambda store: reset_user(store, admin, username, password=password))


class ChangePasswordDialog(_Form):
    """Everyone: change one's own password (the current one is asked again)."""

    def __init__(
        self, worker: DbWorker, user: AuthenticatedUser, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, parent)
        self.setObjectName("change_password_dialog")
        self.user = user
        self.old, self.new, self.repeat = _password(), _password(), _password()
        for edit, name in (
            (self.old, "old_password"),
            (self.new, "new_password"),
            (self.repeat, "new_password_repeat"),
        ):
            edit.setObjectName(name)
        self.setWindowTitle(self.tr("Change my password"))
        self.form.addRow(self.tr("Current password"), self.old)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("Password again"), self.repeat)
        hint = QLabel(self.tr("8 characters or more, not only digits, not the user name."))
        hint.setStyleSheet("color: #555;")
        self.form.addRow("", hint)

    def passwords(self) -> list[QLineEdit]:
        return [self.old, self.new, self.repeat]

    def submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self.say(_mismatch())
            return
        user, old, new = self.user, self.old.text(), self.new.text()

        self.run("password.change", lambda store: change_password(store, user, old, new))


class UsersDialog(QDialog):
    """The admin's list of users with add, unlock / new password, disable / enable.

    ``loaded`` after every refresh of the list; ``message`` says what was done or refused.
    """

    loaded = Signal(list)

    def __init__(
        self,
        worker: DbWorker,
        admin: AuthenticatedUser,
        formats: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("users_dialog")
        self.worker, self.admin = worker, admin
        self.child: _Form | None = None
        self.model = UsersModel(formats, self)
        self.table = make_table(self.model, "users")
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.add_button = QPushButton(objectName="add_user")
        self.reset_button = QPushButton(objectName="reset_user")
        self.active_button = QPushButton(objectName="toggle_active")
        for button in (self.add_button, self.reset_button, self.active_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_selected)
        self.active_button.clicked.connect(self.toggle_selected)
        self.message = QLabel(objectName="users_message")
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.active_button):
            bar.addWidget(button)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(820, 460)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users"))
        self.add_button.setText(self.tr("&Add a user…"))
        self.reset_button.setText(self.tr("&Unlock / new password…"))
        self._selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        ReadOp("users.list", partial(list_users, viewer=self.admin), owner=self).success(
            self._loaded
        ).failure(self._failed).run(self.worker)

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        if chosen is not None:
            self.select_user(chosen["username"])
        self._selected()
        self.loaded.emit(rows)

    def _failed(self, error: BaseException) -> None:
        self._say(error_text(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            f"color: {'#b00020' if error else '#1b5e20'}; font-weight: bold;"
        )

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_user(self, username: str) -> None:
        # Not selectRow(): in a right-to-left view it may find no cell and select nothing.
        flags = QItemSelectionModel.SelectionFlag
        for n, row in enumerate(self.model.rows()):
            if row["username"] == username:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(n, 0), flags.ClearAndSelect | flags.Rows
                )

    def _selected(self) -> None:
        row = self.selected()
        self.reset_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        active = row is None or row["active"]
        self.active_button.setText(self.tr("&Disable") if active else self.tr("&Enable"))

    def add_user(self) -> NewUserDialog:
        dialog = NewUserDialog(self.worker, self.admin, self)
        dialog.done_ok.connect(
            lambda: self._changed(
                self.tr("User {user} added.").format(user=isolate(dialog.username.text().strip()))
            )
        )
        return self._open(dialog)

    def reset_selected(self) -> ResetUserDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = ResetUserDialog(self.worker, self.admin, row["username"], self)
        dialog.done_ok.connect(
            lambda: self._changed(
                self.tr("User {user} unlocked.").format(user=isolate(row["username"]))
            )
        )
        return self._open(dialog)

    def toggle_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        admin, username, active = self.admin, row["username"], not row["active"]

        text = self.tr("User {user} enabled.") if active else self.tr("User {user} disabled.")
        WriteOp(
            "users.activate",
            lambda store: reset_user(store, admin, username, active=active),
            owner=self,
        ).success(lambda _v: self._changed(text.format(user=isolate(username)))).failure(
            self._failed
        ).run(self.worker)

    def _open(self, dialog: _Form) -> Any:
        self.child = dialog
        dialog.finished.connect(lambda _r: setattr(self, "child", None))
        dialog.open()
        return dialog

    def _changed(self, text: str) -> None:
        self._say(text)
        self.refresh()
