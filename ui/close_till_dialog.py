"""Close my till: the blind count, then expected vs counted, then the manager if needed.

Why in this order: the clerk counts notes, coins and card slips *before* seeing any expected
figure (otherwise the count would be adjusted to match). Once the count is confirmed it is
locked, and only then are expected, counted and over/short shown per tender. When the
difference is beyond the tolerance, ``close_till`` refuses; the dialog then asks for a
manager's own credentials and a written justification and retries with the same count. All
the rules (denominations, tolerance, who may validate) are the use case's business.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cash import CashCount, Difference
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser
from desktop.services.closing import CloseAttempt
from desktop.store.db import Store
from desktop.use_cases.tills import close_till, denominations
from ui.amount_field import AmountPreview, read_amount
from ui.approval import ManagerCredentials, check_approver
from ui.i18n import Formats, error_text, term
from ui.operations import ReadOp, WriteOp
from ui.worker import DbWorker

_ERROR_STYLE = "color: #b00020; font-weight: bold;"
_SHORT, _OVER, _EVEN = "#b00020", "#1b5e20", "#333333"


class CloseTillDialog(QDialog):
    """Blind count of the clerk's till; emits ``closed`` with the ``CloseResult``.

    Signals for tests: ``ready`` once the denominations are shown, ``attempted`` after each
    answer of the use case (closed or not).
    """

    ready = Signal()
    attempted = Signal(object)  # CloseAttempt
    closed = Signal(object)  # CloseResult

    def __init__(
        self,
        worker: DbWorker,
        user: AuthenticatedUser,
        currency: str,
        formats: Formats,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("close_till_dialog")
        self._worker, self._user, self._currency, self._formats = worker, user, currency, formats
        self._count: CashCount | None = None
        self._card: Money | None = None
        self.counts: dict[int, QSpinBox] = {}
        self.setWindowTitle(self.tr("Close my till"))

        self.info = QLabel(
            self.tr(
                "Count the notes and coins in the drawer and add up the card slips. The expected "
                "amounts are shown only after you confirm the count."
            )
        )
        self.info.setWordWrap(True)
        self.count_box = QGroupBox(self.tr("Blind count"))
        self.grid = QGridLayout()
        self.card_total = QLineEdit(objectName="card_total")
        self.card_total.setPlaceholderText("0,00")
        self.card_total.setStyleSheet("font-size: 13pt;")
        self.cash_total = QLabel(objectName="cash_total")
        self.cash_total.setStyleSheet("font-size: 15pt; font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("Card slips total"), self.card_total)
        self.card_total_preview = AmountPreview(self.card_total, currency, formats, allow_zero=True)
        form.addRow("", self.card_total_preview)
        form.addRow(self.tr("Cash counted"), self.cash_total)
        box = QVBoxLayout(self.count_box)
        box.addLayout(self.grid)
        box.addLayout(form)

        self.figures_box = QGroupBox(self.tr("Expected and counted"))
        self.figures = QGridLayout(self.figures_box)
        self.figures_box.hide()

        self.approval = ManagerCredentials()
        self.justification = QPlainTextEdit(objectName="justification")
        self.justification.setPlaceholderText(self.tr("Why does the count differ? (required)"))
        self.justification.setFixedHeight(70)
        self.approval.form.addRow(self.tr("Justification"), self.justification)
        self.approval.hide()

        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(
            self.tr("Confirm the count"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setObjectName("confirm")
        self.confirm.setDefault(True)
        self.confirm.setEnabled(False)  # until the denominations are loaded
        self.cancel = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (
            self.info,
            self.count_box,
            self.figures_box,
            self.approval,
            self.message,
            self.error,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.setMinimumWidth(560)
        self._load_denominations()

    # --- step 1: the count ----------------------------------------------------------------
    def _load_denominations(self) -> None:
        user, currency = self._user, self._currency
        ReadOp(
            "till.denominations", lambda store: denominations(store, user, currency), owner=self
        ).success(self._show_denominations).failure(self._failed).run(self._worker)

    def _show_denominations(self, values: tuple[int, ...]) -> None:
        for n, value in enumerate(values):
            spin = QSpinBox(objectName=f"count_{value}")
            spin.setRange(0, 100_000)
            spin.valueChanged.connect(self._update_total)
            self.counts[value] = spin
            row, col = divmod(n, 3)
            label = QLabel(self._formats.money(Money(value, self._currency)))
            label.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, row, col * 2)
            self.grid.addWidget(spin, row, col * 2 + 1)
        self._update_total()
        self.confirm.setEnabled(True)
        if values:
            self.counts[values[0]].setFocus()
        self.ready.emit()

    def _update_total(self) -> None:
        total = sum(value * spin.value() for value, spin in self.counts.items())
        self.cash_total.setText(self._formats.money(Money(total, self._currency)))

    def count(self) -> CashCount:
        pieces = {value: spin.value() for value, spin in self.counts.items() if spin.value()}
        return CashCount.of(self._currency, pieces, tuple(self.counts))

    def card_slips(self) -> Money:
        """The card slips total typed; empty or zero means no card payment today."""
        text = self.card_total.text().strip()
        try:
            return (
                read_amount(text, self._currency, self._formats)
                if text
                else Money.zero(self._currency)
            )
        except DomainError as exc:
            if exc.code == "amount.zero":
                return Money.zero(self._currency)
            raise

    # --- step 2: confirm, then maybe the manager ------------------------------------------
    def _submit(self) -> None:
        if self._count is None:
            try:
                count = self.count()
                card = self.card_slips()
            except DomainError as exc:
                self.error.setText(error_text(exc))
                return
            self._count, self._card = count, card
            self._lock_count()
            self._try(None, None)
            return
        username, password = self.approval.values()
        justification = self.justification.toPlainText()
        if not username or not password:
            self.error.setText(self.tr("The manager must type their user name and password."))
            return
        self._try((username, password), justification)

    def _lock_count(self) -> None:
        """After confirming, the count can no longer change (it is what the clerk declared)."""
        for spin in self.counts.values():
            spin.setReadOnly(True)
        self.card_total.setReadOnly(True)

    def _try(self, credentials: tuple[str, str] | None, justification: str | None) -> None:
        user, count, card = self._user, self._count, self._card
        assert count is not None and card is not None

        def attempt(store: Store) -> CloseAttempt:
            validator = check_approver(store, *credentials) if credentials else None
            return close_till(
                store, user, count, card, validator=validator, justification=justification
            )

        self.error.clear()
        self.message.setText(self.tr("Checking…"))
        self.buttons.setEnabled(False)
        self.approval.forget_password()
        WriteOp("till.close", attempt, owner=self).success(self._answered).failure(
            self._failed
        ).run(self._worker)

    def _answered(self, attempt: CloseAttempt) -> None:
        self.buttons.setEnabled(True)
        self._show_figures(attempt.differences)
        if attempt.result is None:
            # The core's refusal names the tender code and raw amounts; the table above
            # already shows them formatted, so say what to do in words of our own.
            self.message.setText(
                self.tr(
                    "The difference is beyond the tolerance: a manager must validate it and write "
                    "why the count differs."
                )
            )
            self.approval.show()
            self.confirm.setText(self.tr("Validate and close"))
            self.approval.username.setFocus()
        else:
            who = attempt.result.validated_by
            text = self.tr("Till closed. Hand the cash and the card slips to the manager.")
            if who:
                text += " " + self.tr("Validated by {manager}.").format(manager=who)
            self.message.setText(text)
            self.approval.hide()
            self.confirm.hide()
            self.cancel.setText(self.tr("Done"))
            self.cancel.setFocus()
            self.closed.emit(attempt.result)
        self.adjustSize()
        self.attempted.emit(attempt)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.clear()
        self.error.setText(error_text(error))

    def _show_figures(self, diffs: tuple[Difference, ...]) -> None:
        while self.figures.count():
            item = self.figures.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        heads = (
            self.tr("Tender"),
            self.tr("Expected"),
            self.tr("Counted"),
            self.tr("Over / short"),
        )
        for col, text in enumerate(heads):
            head = QLabel(text)
            head.setStyleSheet("font-weight: bold;")
            self.figures.addWidget(head, 0, col)
        f = self._formats
        for row, d in enumerate(diffs, start=1):
            diff = QLabel(
                f.money(d.difference) if d.difference.minor <= 0 else "+" + f.money(d.difference)
            )
            diff.setObjectName(f"diff_{d.tender}")
            colour = _SHORT if d.difference.minor < 0 else _OVER if d.difference.minor else _EVEN
            diff.setStyleSheet(f"font-weight: bold; font-size: 13pt; color: {colour};")
            expected = QLabel(f.money(d.expected), objectName=f"expected_{d.tender}")
            counted = QLabel(f.money(d.counted), objectName=f"counted_{d.tender}")
            for col, widget in enumerate((QLabel(term(d.tender)), expected, counted, diff)):
                self.figures.addWidget(widget, row, col)
        self.figures_box.show()

    def reject(self) -> None:
        """Cancel leaves the till open; once closed, this is just "Done"."""
        if self.buttons.isEnabled():
            super().reject()
