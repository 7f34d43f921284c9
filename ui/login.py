"""Log-in and lock-screen dialogs.

Why here: both only gather a user name and a password and call the ``authenticate`` use case
on the database worker (Argon2 is deliberately slow; it must not freeze the window). The
wrong-password, lockout and disabled-user refusals come back as domain errors and are
shown translated, in the dialog, next to the field to correct.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.auth import AuthenticatedUser
from desktop.text import display_safe
from desktop.use_cases.users import log_in, remember_language
from ui.i18n import LANGUAGES, Translators, error_text
from ui.operations import WriteOp
from ui.worker import DbWorker

_ERROR_STYLE = "color: #b00020; font-weight: bold;"


def _check_password(username: str, password: str) -> WriteOp[AuthenticatedUser]:
    """Every try is journaled (and a lock-out counted), so checking a password writes."""
    return WriteOp("login.check", lambda store: log_in(store, username, password))


class LoginDialog(QDialog):
    """Asks who is at the counter, in which language; ``user`` is set once accepted."""

    def __init__(
        self,
        worker: DbWorker,
        translators: Translators,
        language: str,
        *,
        language_forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("login")
        self._worker = worker
        self._translators = translators
        self._language_chosen = language_forced
        self._language_touched = False  # picked in the list here (not forced by --lang)
        self.user: AuthenticatedUser | None = None

        self.username = QLineEdit(objectName="username")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.labels: dict[QWidget, QLabel] = {}
        for field in (self.username, self.password, self.language):
            label = QLabel()
            label.setBuddy(field)  # Alt+mnemonic focuses the field
            self.labels[field] = label
            self.form.addRow(label, field)
        self.title = QLabel(objectName="title")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()
        self.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guichet — log in"))
        self.title.setText(self.tr("Counter log-in"))
        self.labels[self.username].setText(self.tr("&User name"))
        self.labels[self.password].setText(self.tr("&Password"))
        self.labels[self.language].setText(self.tr("&Language"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_language(self) -> str:
        """The language picked here, or the user's own one if the list was not touched."""
        if self._language_chosen or self.user is None or self.user.language not in LANGUAGES:
            return str(self.language.currentData())
        return self.user.language

    def _language_changed(self) -> None:
        self._language_chosen = True
        self._language_touched = True
        self._translators.install(str(self.language.currentData()))
        self.retranslate()  # the LanguageChange event comes later; show the new words now

    def _submit(self) -> None:
        if not self.username.text().strip():
            self.message.setText(self.tr("Type your user name."))
            self.username.setFocus()
            return
        self._set_busy(True)
        self.message.setText(self.tr("Checking…"))
        _check_password(self.username.text(), self.password.text()).success(self._accepted).failure(
            self._refused
        ).run(self._worker)

    def _accepted(self, user: AuthenticatedUser) -> None:
        """Logged in. A language picked in the list becomes the user's own (next log-in,
        on any terminal, opens in it); otherwise the user's saved language is used."""
        self.user = user
        chosen = str(self.language.currentData())
        if self._language_touched and chosen != user.language:
            WriteOp("login.language", lambda store: remember_language(store, user, chosen)).failure(
                self._not_remembered
            ).run(self._worker)
        self.message.clear()
        self._set_busy(False)
        self.accept()

    @staticmethod
    def _not_remembered(error: BaseException) -> None:
        """Failing to save the preference must not stop the clerk from working."""

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(error_text(error))
        self.password.clear()
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.language, self.buttons):
            widget.setEnabled(not busy)


class LockDialog(QDialog):
    """Covers the window until the same clerk types their password again.

    Escape does not close it; the only ways out are the right password or quitting.
    """

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(
        self, worker: DbWorker, user: AuthenticatedUser, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lock")
        self.setModal(True)
        self._worker = worker
        self._user = user
        self.setWindowTitle(self.tr("Screen locked"))
        self.info = QLabel(
            self.tr("Locked. {name}, type your password to unlock.").format(
                name=display_safe(user.full_name)
            )
        )
        self.info.setWordWrap(True)
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.accepted.connect(self._submit)
        quit_button.clicked.connect(self.quit_requested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.password.setFocus()

    def reject(self) -> None:
        """Escape must not unlock the screen."""

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            return
        super().keyPressEvent(event)

    def _submit(self) -> None:
        self.password.setEnabled(False)
        _check_password(self._user.username, self.password.text()).success(self._ok).failure(
            self._refused
        ).run(self._worker)

    def _ok(self, _user: AuthenticatedUser) -> None:
        self.password.setEnabled(True)
        self.accept()  # close first, so the window gets the focus back
        self.unlocked.emit()

    def _refused(self, error: BaseException) -> None:
        self.password.setEnabled(True)
        self.password.clear()
        self.message.setText(error_text(error))
        self.password.setFocus()
