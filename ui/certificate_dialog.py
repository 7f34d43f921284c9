"""Certificate (PDF)…: a no-debt certificate of the shown account, or the payment
certificate of the selected receipt, issued by the clerk at the counter.

Why the worker issues and renders: issuing writes the register row, its journal entry and
its outbox item in one transaction (``desktop.services.certificates``), then the PDF is
drawn and written atomically, exactly as ``guichet certificate`` does. A refusal (anything
due on the account, a voided receipt) is shown in the dialog with the amount and the
reason, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.services.auth import AuthenticatedUser
from desktop.store.db import Store
from desktop.use_cases.certificates import (
    check_no_debt,
    check_payment_certificate,
    issue_no_debt_certificate,
    issue_payment_certificate,
)
from ui.i18n import LANGUAGES, error_text
from ui.operations import WriteOp
from ui.statement_dialog import open_document
from ui.worker import DbWorker

KINDS = ("no_debt", "payment")


def issue_certificate(
    store: Store, kind: str, reference: str, user: AuthenticatedUser, lang: str, path: Path
) -> tuple[Path, str]:
    """On the worker: issue the certificate and write its PDF to ``path``; returns
    (path, register number). Refusals come before anything is written."""
    from reports.pdf_certificates import render_no_debt_certificate, render_payment_certificate
    from reports.pdf_common import check_writable, write_atomically

    out = check_writable(path)
    if kind == "no_debt":
        check_no_debt(store, user, reference)
        cert = issue_no_debt_certificate(store, user, reference)
        data = render_no_debt_certificate(cert, lang)
    else:
        check_payment_certificate(store, user, reference)
        pay = issue_payment_certificate(store, user, reference)
        cert, data = pay, render_payment_certificate(pay, lang)
    return write_atomically(data, out), cert.issuance.number


class CertificateDialog(QDialog):
    """Issue one certificate; emits ``issued`` with (path, number) once the PDF is saved."""

    issued = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        user: AuthenticatedUser,
        kind: str,
        reference: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert kind in KINDS
        self.setObjectName("certificate_dialog")
        self._worker, self._user, self._kind, self._reference = worker, user, kind, reference
        title = (
            self.tr("No-debt certificate — {account}")
            if kind == "no_debt"
            else self.tr("Payment certificate — {receipt}")
        )
        self.setWindowTitle(title.format(account=reference, receipt=reference))
        self.language = QComboBox(objectName="certificate_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        note = QLabel(
            self.tr(
                "Issuing registers the certificate under your name, with its "
                "number and verification code."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton(
            self.tr("Issue and save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save.setObjectName("save")
        self.save.setDefault(True)
        self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # Grow with the message: a refusal names the amount, the meter and the period.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _choose(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        prefix = "no_debt" if self._kind == "no_debt" else "payment_certificate"
        suggested = str(Path(folder) / f"{prefix}_{self._reference}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the certificate"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.write_to(Path(path))

    def write_to(self, path: Path) -> None:
        """Issue the certificate and render it into ``path`` on the worker, then open it."""
        lang = str(self.language.currentData())
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Issuing the certificate…"))
        self.buttons.setEnabled(False)
        kind, reference, user = self._kind, self._reference, self._user
        WriteOp(
            "certificate.issue",
            lambda store: issue_certificate(store, kind, reference, user, lang, path),
            owner=self,
        ).success(self._written).failure(self._failed).run(self._worker)

    def _written(self, result: tuple[Path, str]) -> None:
        path, number = result
        self.buttons.setEnabled(True)
        self.message.setText(
            self.tr("Certificate {number} saved to {path}").format(number=number, path=str(path))
        )
        self._fit()
        open_document(path)
        self.issued.emit(result)

    def _fit(self) -> None:
        """Make room for the whole message (bold, word-wrapped) before anything else."""
        self.message.ensurePolished()  # the style sheet's bold font, for the measurement
        width = max(self.message.width(), self.minimumWidth() - 40)
        self.message.setMinimumHeight(self.message.heightForWidth(width))
        self.adjustSize()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setText(error_text(error))
        self._fit()  # the refusal names the amount and the reason: show all of it
