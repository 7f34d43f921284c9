"""The manager's credentials, typed on the spot at the clerk's counter (four eyes).

Why a widget of its own: closing a till with a difference and voiding a payment both need a
second person who types their *own* user name and password into the clerk's screen. The
password is checked by ``authenticate`` on the database worker (Argon2 is slow on purpose,
and a wrong manager password counts toward that manager's lockout like any log-in); whether
that person may approve, and is not the clerk, is decided by the use case itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from desktop.services.auth import AuthenticatedUser
from desktop.store.db import Store
from desktop.use_cases.users import log_in


def check_approver(store: Store, username: str, password: str) -> AuthenticatedUser:
    """Authenticate the approving manager in a transaction of their own (worker thread).

    The log-in use case commits its journal line (log-in or refusal) itself, so it must not
    share a transaction with the action being approved.
    """
    return log_in(store, username, password)


class ManagerCredentials(QGroupBox):
    """User name and password of the approving manager; cleared after every try."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manager_credentials")
        self.username = QLineEdit(objectName="manager_username")
        self.password = QLineEdit(objectName="manager_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label, self.password_label = QLabel(), QLabel()
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.form = QFormLayout(self)
        self.form.addRow(self.username_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Manager approval (the manager types their own credentials)"))
        self.username_label.setText(self.tr("Manager user name"))
        self.password_label.setText(self.tr("Manager password"))

    def values(self) -> tuple[str, str]:
        return self.username.text().strip(), self.password.text()

    def forget_password(self) -> None:
        """The password never stays in the dialog longer than one attempt."""
        self.password.clear()
