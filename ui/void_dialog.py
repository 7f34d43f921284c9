"""Void one payment of today's open till, or correct one whose till is closed, with a reason
and a manager's approval on the spot.

Why one dialog for both: for the clerk and the customer it is the same gesture (this payment
was wrong, give the money back), with the same reasons and the same four eyes; only what is
written differs. A void marks the payment void in the still-open till; a correction (till
counted, or day closed) records a new reversing payment in the clerk's current till, with
its own receipt marked CORRECTION. The window picks the mode from the selected payment.

Why thin: whether the payment may be voided (same day, session still open, not already
void, credit not spent, approver a manager and not the clerk) is decided by ``void_payment``;
the dialog gathers the reason and the manager's credentials, runs both on the worker, and
shows the outcome (what to hand back, which bills reopened) or the translated refusal.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.accounts import PaymentView
from desktop.services.auth import AuthenticatedUser
from desktop.services.corrections import CorrectionResult
from desktop.services.voids import VOID_REASONS, VoidResult
from desktop.store.db import Store
from desktop.use_cases.voids import correct_payment, void_payment
from ui.approval import ManagerCredentials, check_approver
from ui.i18n import Formats, error_text, isolate, term
from ui.operations import WriteOp
from ui.worker import DbWorker


class VoidDialog(QDialog):
    """Asks why and who approves; emits ``voided`` with the ``VoidResult`` (or, in
    ``correction`` mode, the ``CorrectionResult``) once committed."""

    voided = Signal(object)  # VoidResult | CorrectionResult
    refused = Signal(str)  # the message shown (tests)

    def __init__(
        self,
        worker: DbWorker,
        clerk: AuthenticatedUser,
        payment: PaymentView,
        formats: Formats,
        parent: QWidget | None = None,
        *,
        correction: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correct_dialog" if correction else "void_dialog")
        self._worker, self._clerk, self._payment, self._formats = worker, clerk, payment, formats
        self.correction = correction
        self.result_value: VoidResult | CorrectionResult | None = None
        self.setWindowTitle(
            self.tr("Correct a payment") if correction else self.tr("Void a payment")
        )
        f = formats
        self.summary = summary = QLabel(
            self.tr("Receipt {receipt} · {amount} · {tender} · {date}").format(
                receipt=isolate(payment.receipt_no or ""),
                amount=f.money(payment.amount),
                tender=term(payment.tender),
                date=f.datetime(payment.created_at),
            )
        )
        summary.setStyleSheet("font-weight: bold; font-size: 13pt;")
        summary.setWordWrap(True)
        self.explanation = QLabel(objectName="explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setVisible(correction)
        self.explanation.setText(
            self.tr(
                "The till of this payment is closed, so it can no longer be voided. A correction "
                "records a reversing payment in your open till, with its own receipt marked "
                "CORRECTION; the original receipt stays as it was."
            )
        )
        self.reason = QComboBox(objectName="reason")
        for code in VOID_REASONS:
            self.reason.addItem(term(code), code)
        self.reason_text = QLineEdit(objectName="reason_text")
        self.reason_text.setMaxLength(300)
        self.reason_text.setPlaceholderText(self.tr("Details (required for 'other')"))
        self.inputs = QWidget()
        form = QFormLayout(self.inputs)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Details"), self.reason_text)
        self.approval = ManagerCredentials()
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(
            self.tr("Record the correction") if correction else self.tr("Void the payment"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.confirm.setObjectName("confirm")
        self.confirm.setDefault(True)
        # Not "Cancel": in French "Annuler" would sit next to "Annuler le paiement".
        self.cancel = self.buttons.addButton(
            self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with _fit_labels
        layout.addWidget(summary)
        layout.addWidget(self.explanation)
        layout.addWidget(self.inputs)
        layout.addWidget(self.approval)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.reason.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Give the wrapped summary and explanation the height their text needs at their
        actual width: the correction's explanation is four lines in French, and a dialog
        sized before wrapping cut its first and last lines."""
        for label in (self.summary, self.explanation):
            if not label.isHidden() and label.width() > 0:
                label.setMinimumHeight(label.heightForWidth(label.width()))

    def _submit(self) -> None:
        username, password = self.approval.values()
        if not username or not password:
            self._refuse(self.tr("The manager must type their user name and password."))
            return
        clerk, receipt = self._clerk, self._payment.receipt_no or ""
        code, text = str(self.reason.currentData()), self.reason_text.text()
        undo = correct_payment if self.correction else void_payment

        def approved_undo(store: Store) -> VoidResult | CorrectionResult:
            approver = check_approver(store, username, password)
            return undo(store, clerk, approver, receipt, code, text)

        self.error.clear()
        self.message.setText(self.tr("Checking…"))
        self.buttons.setEnabled(False)
        self.approval.forget_password()
        WriteOp(
            "correction.record" if self.correction else "void.record", approved_undo, owner=self
        ).success(self._done).failure(self._failed).run(self._worker)

    def _done(self, result: VoidResult | CorrectionResult) -> None:
        self.result_value = result
        self.buttons.setEnabled(True)
        f = self._formats
        if isinstance(result, CorrectionResult):
            lines = [
                self.tr(
                    "Receipt {receipt} is corrected by receipt {correction}, approved by {manager}."
                ).format(
                    receipt=isolate(result.original_receipt_no),
                    correction=isolate(result.receipt_no),
                    manager=result.approved_by,
                )
            ]
        else:
            lines = [
                self.tr("Receipt {receipt} is void, approved by {manager}.").format(
                    receipt=isolate(result.receipt_no), manager=result.approved_by
                )
            ]
        if result.tender == "cash":
            lines.append(
                self.tr("Give back {amount} in cash.").format(amount=f.money(result.amount))
            )
        else:
            lines.append(
                self.tr("Cancel or refund {amount} on the card terminal.").format(
                    amount=f.money(result.amount)
                )
            )
        if result.reopened:
            lines.append(
                self.tr("Bills open again: {bills}").format(
                    bills=isolate(", ".join(result.reopened))
                )
            )
        self.message.setText("\n".join(lines))
        self.message.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1b5e20;")
        for widget in (
            self.inputs,
            self.approval,
            self.confirm,
            self.explanation,
        ):  # the outcome only
            widget.hide()
        self.cancel.setText(self.tr("Done"))
        self.cancel.setFocus()
        self.voided.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._refuse(error_text(error))

    def _refuse(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.message.clear()
        self.error.setText(text)
        self.refused.emit(text)

    def reject(self) -> None:
        if self.buttons.isEnabled():  # not while the void is being written
            super().reject()
