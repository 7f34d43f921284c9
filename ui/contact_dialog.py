"""Edit a customer's contacts at the counter: mobile, e-mail, preferred channel, e-bill.

Why thin: validation (Algerian and Moroccan mobiles, e-mail, channel consistency), the
journal and the outbox are the core's (``desktop.services.contacts``). The dialog reads the
contacts on the database worker, sends only the fields the clerk changed (so an untouched
mobile typed with spaces long ago is not "changed" and journaled again) through
``set_contacts`` exactly as ``guichet contact set`` does, and shows refusals inline.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from desktop.services.contacts import ContactChange, ContactView
from desktop.use_cases.accounts import get_contacts, set_contacts
from ui.i18n import error_text, isolate
from ui.operations import ReadOp, WriteOp
from ui.worker import DbWorker


class ContactDialog(QDialog):
    """Emits ``loaded`` with the ``ContactView`` read, ``saved`` with the one after saving,
    ``refused`` with the message shown inline."""

    loaded = Signal(object)  # ContactView
    saved = Signal(object)  # ContactView
    refused = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        clerk: AuthenticatedUser,
        account_no: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contact_dialog")
        self._worker, self._clerk, self.account_no = worker, clerk, account_no
        self.view: ContactView | None = None
        self.setWindowTitle(
            self.tr("Contacts — account {account}").format(account=isolate(account_no))
        )

        self.mobile = QLineEdit(objectName="mobile")
        self.mobile.setPlaceholderText(self.tr("e.g. 0661 23 45 67 or +212 6 12 34 56 78"))
        self.email = QLineEdit(objectName="email")
        self.email.setPlaceholderText(self.tr("name@domain.tld"))
        self.channel = QComboBox(objectName="channel")
        for code, label in (
            ("sms", self.tr("SMS")),
            ("email", self.tr("E-mail")),
            ("post", self.tr("Post")),
        ):
            self.channel.addItem(label, code)
        self.ebill = QCheckBox(
            self.tr("Receives e-&bills instead of paper bills"), objectName="ebill"
        )
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton(
            self.tr("Save the contacts"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save.setObjectName("save")
        self.save.setEnabled(False)
        self.close_button = self.buttons.addButton(
            self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Mobile"), self.mobile)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("Preferred &channel"), self.channel)
        form.addRow(self.ebill)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.message.setText(self.tr("Loading…"))
        clerk = self._clerk
        ReadOp(
            "contacts.load", lambda store: get_contacts(store, clerk, account_no), owner=self
        ).success(self._loaded).failure(self._failed).run(self._worker)

    def _loaded(self, view: ContactView) -> None:
        self._fill(view)
        self.message.clear()
        self.save.setEnabled(True)
        self.mobile.setFocus()
        self.loaded.emit(view)

    def _fill(self, view: ContactView) -> None:
        self.view = view
        self.mobile.setText(view.mobile or "")
        self.email.setText(view.email or "")
        self.channel.setCurrentIndex(max(0, self.channel.findData(view.channel)))
        self.ebill.setChecked(view.ebill)

    def change(self) -> ContactChange:
        """The fields the clerk changed (``None`` for the others; ``""`` clears)."""
        assert self.view is not None
        v = self.view
        mobile, email = self.mobile.text().strip(), self.email.text().strip()
        channel, ebill = str(self.channel.currentData()), self.ebill.isChecked()
        return ContactChange(
            account_no=self.account_no,
            mobile=None if mobile == (v.mobile or "") else mobile,
            email=None if email == (v.email or "") else email,
            channel=None if channel == v.channel else channel,
            ebill=None if ebill == v.ebill else ebill,
        )

    def _submit(self) -> None:
        if self.view is None:
            return
        change, clerk = self.change(), self._clerk
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saving…"))
        self.buttons.setEnabled(False)
        WriteOp(
            "contacts.save", lambda store: set_contacts(store, clerk, change), owner=self
        ).success(self._saved).failure(self._failed).run(self._worker)

    def _saved(self, view: ContactView) -> None:
        self.buttons.setEnabled(True)
        self._fill(view)
        self.message.setText(
            self.tr("Contacts saved.") if view.changed else self.tr("Nothing changed.")
        )
        self.message.setStyleSheet("font-weight: bold; color: #1b5e20;")
        self.close_button.setText(self.tr("Done"))
        self.saved.emit(view)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        text = error_text(error)
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;")
        self.refused.emit(text)
