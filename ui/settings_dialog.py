"""Terminal settings (admins) and the first-run assistant (a fresh database).

Why thin: who may change the settings, what a valid code, printer address or amount is, and
what may not change while a till is open are decided by ``desktop.services.terminal_setup``.
The dialogs gather text, call the use case on the worker and show every problem returned,
each under its own field, all at once.
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
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.auth import AuthenticatedUser
from desktop.services.terminal_setup import FieldError, SettingsForm, SetupForm
from desktop.use_cases.settings import load_settings_form, run_setup, save_settings
from ui.i18n import LANGUAGES, error_text, field_error_text
from ui.operations import ReadOp, WriteOp
from ui.worker import DbWorker

_ERROR_STYLE = "color: #b00020;"
CURRENCIES = ("DZD", "MAD")


class _FieldForm(QFormLayout):
    """A form whose every field has an error line under it."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}

    def add(self, name: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        label = QLabel()
        label.setBuddy(widget)
        self.addRow(label, widget)
        # The error gets a full-width row of its own under the field: a word-wrapped label
        # nested beside the field is not given the height of its second line by Qt.
        error = QLabel(objectName=f"error_{name}")
        error.setStyleSheet(_ERROR_STYLE)
        error.setWordWrap(True)
        self.addRow(error)
        self.setRowVisible(error, False)
        self.fields[name], self.errors[name], self.labels[name] = widget, error, label
        return widget

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        by_field: dict[str, list[str]] = {}
        for e in errors:
            by_field.setdefault(e.field, []).append(field_error_text(e.code, e.params))
        for name, label in self.errors.items():
            label.setText("\n".join(by_field.get(name, [])))
            self.setRowVisible(label, name in by_field)
        first = next((self.fields[e.field] for e in errors if e.field in self.fields), None)
        if first is not None:
            first.setFocus()


def _language_box() -> QComboBox:
    box = QComboBox()
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    return box


class SettingsDialog(QDialog):
    """The admin edits this terminal's settings; ``saved`` once written."""

    loaded = Signal()
    saved = Signal()
    refused = Signal(str)

    def __init__(
        self, worker: DbWorker, admin: AuthenticatedUser, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._worker, self._admin = worker, admin
        self._currency = ""
        self.setWindowTitle(self.tr("Terminal settings"))
        self.form = _FieldForm()
        f = self.form
        self.company_name = f.add("company_name", QLineEdit())
        self.agency_code = f.add("agency_code", QLineEdit())
        self.agency_name = f.add("agency_name", QLineEdit())
        self.terminal_code = f.add("terminal_code", QLineEdit())
        self.currency = f.add("currency", QLabel())
        self.language = f.add("language", _language_box())
        self.receipt_header = f.add("receipt_header", QPlainTextEdit())
        self.receipt_footer = f.add("receipt_footer", QPlainTextEdit())
        for box in (self.receipt_header, self.receipt_footer):
            box.setFixedHeight(56)
        self.printer_uri = f.add("printer_uri", QLineEdit())
        self.printer_uri.setPlaceholderText("tcp://192.168.1.50:9100")
        self.central_url = f.add("central_url", QLineEdit())
        self.central_url.setPlaceholderText("postgresql://agency_2401@central.example.dz/guichet")
        self.central_credentials = f.add("central_credentials", QLineEdit())
        self.central_credentials.setPlaceholderText("/etc/guichet/agency-2401.cred")
        self.allow_credit = f.add("allow_credit", QCheckBox())
        self.max_payment = f.add("max_payment", QLineEdit())
        self.credit_confirm = f.add("credit_confirm", QLineEdit())
        titles = {
            "company_name": self.tr("Company"),
            "agency_code": self.tr("Agency code"),
            "agency_name": self.tr("Agency name"),
            "terminal_code": self.tr("Terminal"),
            "currency": self.tr("Currency"),
            "language": self.tr("Default language"),
            "receipt_header": self.tr("Receipt header"),
            "receipt_footer": self.tr("Receipt footer"),
            "printer_uri": self.tr("Receipt printer"),
            "central_url": self.tr("Central server"),
            "central_credentials": self.tr("Central password file"),
            "allow_credit": self.tr("Credit"),
            "max_payment": self.tr("Largest payment"),
            "credit_confirm": self.tr("Confirm a credit above"),
        }
        for name, title in titles.items():
            f.labels[name].setText(title)
        self.allow_credit.setText(self.tr("Keep overpayments as account credit"))
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(f)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._load()

    def _load(self) -> None:
        admin = self._admin
        ReadOp("settings.load", lambda store: load_settings_form(store, admin), owner=self).success(
            self._fill
        ).failure(self._failed).run(self._worker)

    def _fill(self, form: SettingsForm) -> None:
        self._currency = form.currency
        for name in (
            "company_name",
            "agency_code",
            "agency_name",
            "terminal_code",
            "printer_uri",
            "central_url",
            "central_credentials",
            "max_payment",
            "credit_confirm",
        ):
            self.form.fields[name].setText(getattr(form, name))
        self.currency.setText(form.currency)
        self.language.setCurrentIndex(max(0, self.language.findData(form.language)))
        self.receipt_header.setPlainText(form.receipt_header)
        self.receipt_footer.setPlainText(form.receipt_footer)
        self.allow_credit.setChecked(form.allow_credit)
        self.buttons.setEnabled(True)
        self.company_name.setFocus()
        self.loaded.emit()

    def form_values(self) -> SettingsForm:
        return SettingsForm(
            company_name=self.company_name.text(),
            agency_code=self.agency_code.text(),
            agency_name=self.agency_name.text(),
            terminal_code=self.terminal_code.text(),
            currency=self._currency,
            language=str(self.language.currentData()),
            receipt_header=self.receipt_header.toPlainText(),
            receipt_footer=self.receipt_footer.toPlainText(),
            printer_uri=self.printer_uri.text(),
            central_url=self.central_url.text(),
            allow_credit=self.allow_credit.isChecked(),
            max_payment=self.max_payment.text(),
            central_credentials=self.central_credentials.text(),
            credit_confirm=self.credit_confirm.text(),
        )

    def _submit(self) -> None:
        admin, form = self._admin, self.form_values()
        self.buttons.setEnabled(False)
        WriteOp(
            "settings.save", lambda store: save_settings(store, admin, form), owner=self
        ).success(self._answered).failure(self._failed).run(self._worker)

    def _answered(self, errors: tuple[FieldError, ...]) -> None:
        self.buttons.setEnabled(True)
        self.form.show_errors(errors)
        if errors:
            self.message.setText(self.tr("Nothing was saved: correct the fields marked in red."))
            self.adjustSize()
            self.refused.emit(self.message.text())
            return
        self.saved.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))
        self.message.setStyleSheet(_ERROR_STYLE + " font-weight: bold;")
        self.refused.emit(self.message.text())


class FirstRunDialog(QDialog):
    """A fresh installation: company, agency, terminal, currency and the first admin."""

    configured = Signal(str)  # the admin user name
    refused = Signal(str)

    def __init__(self, worker: DbWorker, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self._worker = worker
        self.setWindowTitle(self.tr("Guichet — first start"))
        intro = QLabel(
            self.tr(
                "This database has no configuration yet. Describe this counter and create the "
                "administrator account; everything can be changed later in the settings."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("intro")
        self.form = _FieldForm()
        f = self.form
        names = {
            "company_name": self.tr("Company"),
            "agency_code": self.tr("Agency code"),
            "agency_name": self.tr("Agency name"),
            "terminal_code": self.tr("Terminal"),
            "currency": self.tr("Currency"),
            "language": self.tr("Default language"),
            "admin_username": self.tr("Administrator user name"),
            "admin_full_name": self.tr("Administrator full name"),
            "password": self.tr("Password"),
            "password_again": self.tr("Password again"),
        }
        for name, title in names.items():
            if name == "currency":
                widget: QWidget = QComboBox()
                for code in CURRENCIES:
                    widget.addItem(code, code)
            elif name == "language":
                widget = _language_box()
                widget.setCurrentIndex(max(0, widget.findData(language)))
            else:
                widget = QLineEdit()
                if name.startswith("password"):
                    widget.setEchoMode(QLineEdit.EchoMode.Password)
            f.add(name, widget)
            f.labels[name].setText(title)
        self.fields = f.fields
        self.fields["terminal_code"].setText("T01")
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(f)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.fields["company_name"].setFocus()

    def form_values(self) -> SetupForm:
        v = {
            n: (w.currentData() if isinstance(w, QComboBox) else w.text())
            for n, w in self.fields.items()
        }
        return SetupForm(**{k: str(x) for k, x in v.items()})

    def _submit(self) -> None:
        form = self.form_values()
        self.buttons.setEnabled(False)
        WriteOp("settings.setup", lambda store: run_setup(store, form), owner=self).success(
            lambda errors: self._answered(form, errors)
        ).failure(self._failed).run(self._worker)

    def _answered(self, form: SetupForm, errors: tuple[FieldError, ...]) -> None:
        self.buttons.setEnabled(True)
        self.form.show_errors(errors)
        if errors:
            self.message.setText(self.tr("Nothing was saved: correct the fields marked in red."))
            self.adjustSize()
            self.refused.emit(self.message.text())
            return
        self.configured.emit(form.admin_username.strip())
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(error))
        self.refused.emit(self.message.text())
