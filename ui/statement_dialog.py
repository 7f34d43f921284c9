"""Statement (PDF)…: pick a period and a language, choose where to save, then open it.

Why the worker does everything: reading a year of history, shaping Arabic and drawing the
PDF take long enough to freeze the window. The job calls the same functions as
``guichet statement`` (cli/pdfs.py): ``get_statement`` then ``render_statement``,
written atomically (the file is whole or untouched). The dialog only collects the choices.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.store.db import Store
from desktop.use_cases.accounts import get_statement
from ui.i18n import DATE_EDIT_FORMAT, LANGUAGES, error_text
from ui.operations import ReadOp
from ui.worker import DbWorker


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last twelve months, ending today."""
    try:
        start = today.replace(year=today.year - 1) + dt.timedelta(days=1)
    except ValueError:  # 29 February
        start = today.replace(year=today.year - 1, day=28) + dt.timedelta(days=1)
    return start, today


def write_statement(
    store: Store, account_no: str, first: dt.date, last: dt.date, lang: str, path: Path
) -> Path:
    """On the worker: write the statement PDF to ``path``; returns the path."""
    from reports.pdf_common import check_writable, write_atomically
    from reports.pdf_statement import render_statement

    if first > last:
        raise DomainError(
            "statement.period_reversed", date_from=first.isoformat(), date_to=last.isoformat()
        )
    out = check_writable(path)
    settings, view = get_statement(store, None, account_no, first, last)
    data = render_statement(view, lang, settings.company_name, settings.agency_name)
    return write_atomically(data, out)


def open_document(path: Path) -> bool:
    """Show the PDF in the system viewer (replaced in tests)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class StatementDialog(QDialog):
    """Statement of one account; emits ``written`` with the path once the PDF is saved."""

    written = Signal(object)  # Path

    def __init__(
        self,
        worker: DbWorker,
        account_no: str,
        language: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statement_dialog")
        self._worker, self._account_no = worker, account_no
        self.setWindowTitle(self.tr("Statement — {account}").format(account=account_no))
        first, last = default_period(today or dt.date.today())
        self.date_from = QDateEdit(_qdate(first), objectName="date_from")
        self.date_to = QDateEdit(_qdate(last), objectName="date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_EDIT_FORMAT)
        self.language = QComboBox(objectName="statement_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.date_from)
        form.addRow(self.tr("&To"), self.date_to)
        form.addRow(self.tr("&Language"), self.language)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save.setObjectName("save")
        self.save.setDefault(True)
        self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def _choose(self) -> None:
        first, last = self.period()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"statement_{self._account_no}_{last.isoformat()}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the statement"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.write_to(Path(path))

    def write_to(self, path: Path) -> None:
        """Render the statement into ``path`` on the worker, then open it."""
        first, last = self.period()
        lang = str(self.language.currentData())
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Preparing the statement…"))
        self.buttons.setEnabled(False)
        account_no = self._account_no
        ReadOp(
            "statement.write",
            lambda store: write_statement(store, account_no, first, last, lang, path),
            owner=self,
        ).success(self._written).failure(self._failed).run(self._worker)

    def _written(self, path: Path) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("Saved to {path}").format(path=str(path)))
        open_document(path)
        self.written.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setText(error_text(error))
