"""The payment dialog: amount, cash or card, live allocation preview, confirm.

Why it is thin: the amount is parsed by ``desktop.money.parse_amount``, the allocation
preview comes from ``preview_payment`` and the payment from ``take_payment``, both on the
database worker; the dialog only gathers what the clerk typed and shows the outcome or the
translated refusal inline. Enter confirms (the default button), Escape cancels with nothing
written. Only the last four digits of a card are ever asked for. Under the amount the clerk
sees it as it will be recorded (``ui.amount_field``); a payment leaving more than the
terminal's ``credit_confirm_minor`` as credit needs the "keep as credit" box ticked.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.config import TerminalSettings
from desktop.domain.allocation import AllocationPlan
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.accounts import AccountView
from desktop.services.auth import AuthenticatedUser
from desktop.services.payments import PaymentRequest, PaymentResult
from desktop.text import display_safe_record
from desktop.use_cases.payments import preview_payment, take_payment
from ui.amount_field import AmountPreview, read_amount
from ui.i18n import Formats, error_text, isolate
from ui.operations import ReadOp, WriteOp
from ui.worker import DbWorker

QUICK_NOTES: dict[str, tuple[int, ...]] = {"DZD": (200, 500, 1000, 2000), "MAD": (20, 50, 100, 200)}
"""Common notes per currency, in major units (one click adds one note to the tendered sum)."""
SCHEMES: dict[str, tuple[str, ...]] = {
    "DZD": ("CIB", "EDAHABIA", "OTHER"),
    "MAD": ("CMI", "OTHER"),
}
PREVIEW_DELAY_MS = 150


def _plain(money: Money, formats: Formats) -> str:
    """An amount as the clerk would type it (no grouping), using the locale's decimal mark."""
    text = money.as_str()
    return text.replace(".", ",") if not formats.locale.startswith("en") else text


class PaymentDialog(QDialog):
    """Takes one payment for ``account``; emits ``paid`` with the result once committed."""

    paid = Signal(object)  # PaymentResult

    def __init__(
        self,
        worker: DbWorker,
        user: AuthenticatedUser,
        settings: TerminalSettings,
        formats: Formats,
        account: AccountView,
        amount: Money,
        bill_nos: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("payment_dialog")
        self._worker, self._user, self._settings = worker, user, settings
        self._formats, self._account, self._bill_nos = formats, account, bill_nos
        self._currency = account.currency
        self._preview_seq = 0
        self._submitting = False
        self.result_value: PaymentResult | None = None
        self.setWindowTitle(self.tr("Payment — {account}").format(account=account.account_no))

        shown = display_safe_record(account)  # the names come from central: no override
        who = QLabel(
            f"{isolate(shown.name_ar)} — {isolate(shown.name_latin)} ({shown.account_no})",
            objectName="payment_who",
        )
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setStyleSheet("font-weight: bold;")
        if bill_nos:
            scope = self.tr("Selected bills: {bills}").format(bills=", ".join(bill_nos))
        else:
            scope = self.tr("All open bills, oldest first")
        self.scope = QLabel(scope)
        self.amount = QLineEdit(_plain(amount, formats), objectName="amount")
        self.amount.setStyleSheet("font-size: 16pt;")
        self.amount.selectAll()
        self.amount_preview = AmountPreview(self.amount, self._currency, formats)

        self.cash = QRadioButton(self.tr("&Cash"), objectName="cash")
        self.card = QRadioButton(self.tr("C&ard"), objectName="card")
        self.cash.setChecked(True)
        tenders = QButtonGroup(self)
        tenders.addButton(self.cash)
        tenders.addButton(self.card)
        tender_row = QHBoxLayout()
        tender_row.addWidget(self.cash)
        tender_row.addWidget(self.card)
        tender_row.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._cash_page())
        self.pages.addWidget(self._card_page())
        self.cash.toggled.connect(self._tender_changed)

        self.preview = QLabel(objectName="preview")
        self.preview.setWordWrap(True)
        self.confirm_credit = QCheckBox(objectName="confirm_credit")
        self.confirm_credit.setStyleSheet("color: #b00020; font-weight: bold;")
        self.confirm_credit.hide()
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(
            self.tr("Confirm (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setObjectName("confirm")
        self.confirm.setDefault(True)
        cancel = self.buttons.addButton(
            self.tr("Cancel (Esc)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Amount"), self.amount)
        form.addRow("", self.amount_preview)
        form.addRow(self.tr("Tender"), tender_row)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.scope)
        layout.addLayout(form)
        layout.addWidget(self.pages)
        layout.addWidget(QLabel(self.tr("Allocation")))
        layout.addWidget(self.preview)
        layout.addWidget(self.confirm_credit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._run_preview)
        self.amount.textChanged.connect(self._changed)
        self.tendered.textChanged.connect(self._changed)
        self._changed()
        self.amount.setFocus()

    # --- pages -------------------------------------------------------------------------
    def _cash_page(self) -> QWidget:
        page = QWidget()
        self.tendered = QLineEdit(objectName="tendered")
        self.tendered.setPlaceholderText(self.tr("exact amount"))
        notes = QHBoxLayout()
        for value in QUICK_NOTES.get(self._currency, ()):
            button = QPushButton(self._formats.money(Money(value * 100, self._currency)))
            button.setObjectName(f"note_{value}")
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Add one note to the amount tendered"))
            button.clicked.connect(lambda _=False, v=value: self._add_note(v))
            notes.addWidget(button)
        self.change = QLabel(objectName="change")
        self.change.setStyleSheet("font-size: 24pt; font-weight: bold; color: #1b5e20;")
        self.change.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Tendered"), self.tendered)
        self.tendered_preview = AmountPreview(self.tendered, self._currency, self._formats)
        form.addRow("", self.tendered_preview)
        form.addRow(self.tr("Quick notes"), notes)
        form.addRow(self.tr("Change"), self.change)
        return page

    def _card_page(self) -> QWidget:
        page = QWidget()
        self.scheme = QComboBox(objectName="scheme")
        for scheme in SCHEMES.get(self._currency, ("OTHER",)):
            self.scheme.addItem(scheme, scheme)
        self.last4 = QLineEdit(objectName="last4")
        self.last4.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self))
        self.last4.setMaxLength(4)
        self.last4.setPlaceholderText("1234")
        self.auth_code = QLineEdit(objectName="auth_code")
        self.auth_code.setMaxLength(12)
        self.terminal_ref = QLineEdit(objectName="terminal_ref")
        self.terminal_ref.setMaxLength(32)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Card &scheme"), self.scheme)
        form.addRow(self.tr("&Last 4 digits"), self.last4)
        form.addRow(self.tr("Au&thorisation code"), self.auth_code)
        form.addRow(self.tr("Terminal &reference"), self.terminal_ref)
        return page

    # --- live feedback -----------------------------------------------------------------
    def _tender_changed(self) -> None:
        self.pages.setCurrentIndex(0 if self.cash.isChecked() else 1)
        self._changed()

    def _add_note(self, value: int) -> None:
        current = self._money_or_none(self.tendered.text()) or Money.zero(self._currency)
        self.tendered.setText(_plain(current + Money(value * 100, self._currency), self._formats))
        self.amount.setFocus()

    def _money_or_none(self, text: str) -> Money | None:
        try:
            return read_amount(text, self._currency, self._formats)
        except DomainError:
            return None

    def _changed(self) -> None:
        self.error.clear()
        self.confirm_credit.setChecked(False)  # a confirmation is for the amount it named
        amount = self._money_or_none(self.amount.text())
        tendered = self._money_or_none(self.tendered.text())
        if amount is not None and tendered is not None and tendered >= amount:
            self.change.setText(self._formats.money(tendered - amount))
        else:
            self.change.setText(self._formats.money(Money.zero(self._currency)))
        self._preview_timer.start()

    def _run_preview(self) -> None:
        if self._submitting:
            return
        self._preview_seq += 1
        seq = self._preview_seq
        try:
            request = self.request()
        except DomainError as exc:  # an unreadable amount is explained under its own field
            self.preview.setText("" if exc.code.startswith("amount.") else error_text(exc))
            self._ask_credit(None)
            return
        user = self._user
        ReadOp(
            "payment.preview", lambda store: preview_payment(store, user, request), owner=self
        ).success(lambda plan: self._show_plan(seq, plan)).failure(
            lambda exc: self._show_preview_error(seq, exc)
        ).run(self._worker)

    def _show_plan(self, seq: int, plan: AllocationPlan) -> None:
        if seq != self._preview_seq:
            return  # a newer preview is on its way
        f = self._formats
        lines = [f"{line.bill_no}: {f.money(line.amount)}" for line in plan.lines]
        if plan.credit:
            lines.append(self.tr("To account credit: {amount}").format(amount=f.money(plan.credit)))
        self.preview.setText("\n".join(lines))
        large = plan.credit.minor > self._settings.credit_confirm_minor
        self._ask_credit(plan.credit if large else None)

    def _ask_credit(self, credit: Money | None) -> None:
        """Show the "keep as credit" box for a large credit, hide it otherwise."""
        if credit is None:
            self.confirm_credit.setChecked(False)
            self.confirm_credit.hide()
            return
        self.confirm_credit.setText(
            self.tr("{amount} will be left as credit on the account: tick to confirm").format(
                amount=self._formats.money(credit)
            )
        )
        self.confirm_credit.show()

    def _show_preview_error(self, seq: int, error: BaseException) -> None:
        if seq == self._preview_seq:
            self.preview.setText(error_text(error))
            self._ask_credit(None)

    # --- confirm -----------------------------------------------------------------------
    def request(self) -> PaymentRequest:
        """What the clerk entered, as a use-case request (DomainError if unreadable)."""
        amount = read_amount(self.amount.text(), self._currency, self._formats)
        confirmed = self.confirm_credit.isChecked()
        if self.cash.isChecked():
            text = self.tendered.text().strip()
            tendered = read_amount(text, self._currency, self._formats) if text else None
            return PaymentRequest(
                self._account.account_no,
                amount,
                "cash",
                tendered,
                bill_nos=self._bill_nos,
                confirm_credit=confirmed,
            )
        return PaymentRequest(
            self._account.account_no,
            amount,
            "card",
            card_scheme=str(self.scheme.currentData()),
            card_last4=self.last4.text().strip(),
            auth_code=self.auth_code.text().strip().upper(),
            terminal_ref=self.terminal_ref.text().strip() or None,
            bill_nos=self._bill_nos,
            confirm_credit=confirmed,
        )

    def _submit(self) -> None:
        if self._submitting:
            return
        try:
            request = self.request()
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        self._submitting = True
        self._preview_timer.stop()
        self._preview_seq += 1  # a preview still in flight is now stale
        self.setEnabled(False)
        user = self._user
        WriteOp("payment.take", lambda store: take_payment(store, user, request)).success(
            self._done
        ).failure(self._refused).run(self._worker)

    def _done(self, result: PaymentResult) -> None:
        self.result_value = result
        self.setEnabled(True)
        self.paid.emit(result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._submitting = False
        self.setEnabled(True)
        self.error.setText(error_text(error))
        if isinstance(error, DomainError) and error.code == "payment.credit_unconfirmed":
            self._ask_credit(Money.from_decimal(error.params["credit"], self._currency))
        self.amount.setFocus()

    def reject(self) -> None:
        """Escape cancels, except while the payment is being written (it cannot be undone)."""
        if not self._submitting:
            super().reject()
