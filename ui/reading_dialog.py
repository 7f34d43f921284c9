"""Record a customer's self-reading at the counter, checked by the core before it is kept.

Why thin: every rule (index below the previous one, replacement, roll-over, unusual
consumption, regularisation of estimated bills) lives in ``desktop.services.readings``; the
dialog only collects what the clerk typed, runs ``record_reading`` on the database worker
exactly as ``guichet reading add`` does, and shows the core's answer inline. An unusual
consumption is refused until the clerk, having checked it with the customer, ticks "Confirm
the unusual consumption" and records again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.accounts import AccountView
from desktop.services.auth import AuthenticatedUser
from desktop.services.readings import ReadingInput, ReadingResult
from desktop.text import ascii_digits
from desktop.use_cases.readings import record_reading
from ui.i18n import DATE_EDIT_FORMAT, Formats, error_text, isolate, term
from ui.operations import WriteOp
from ui.worker import DbWorker


def _whole(text: str) -> int | None:
    """A whole number typed with Latin or Arabic-Indic digits; None when it is not one."""
    value = ascii_digits(text.strip()).replace(" ", "").replace("\u00a0", "")
    return int(value) if value.isdigit() else None


class ReadingDialog(QDialog):
    """Emits ``recorded`` with the ``ReadingResult`` once committed, ``refused`` with the
    message shown when the core (or the form) refuses."""

    recorded = Signal(object)  # ReadingResult
    refused = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        clerk: AuthenticatedUser,
        account: AccountView,
        formats: Formats,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reading_dialog")
        self._worker, self._clerk, self._formats = worker, clerk, formats
        self.account_no = account.account_no
        self.result: ReadingResult | None = None
        self.setWindowTitle(
            self.tr("Meter reading — account {account}").format(account=isolate(account.account_no))
        )

        self.meter = QComboBox(objectName="meter")
        for point in account.service_points:
            self.meter.addItem(
                self.tr("{service} · meter {meter}").format(
                    service=term(point.service), meter=isolate(point.meter_no)
                ),
                point.meter_no,
            )
        self.index = QLineEdit(objectName="index")
        self.index.setPlaceholderText(self.tr("Index read on the meter"))
        self.date = QDateEdit(QDate.currentDate(), objectName="date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_EDIT_FORMAT)
        self.date.setMaximumDate(QDate.currentDate())
        self.replacement = QCheckBox(
            self.tr("The meter was &replaced since the last reading"), objectName="replacement"
        )
        self.old_final = QLineEdit(objectName="old_final")
        self.old_final.setPlaceholderText(self.tr("if known"))
        self.new_start = QLineEdit("0", objectName="new_start")
        self.rollover = QCheckBox(
            self.tr("The register passed its maximum and restarted at &zero"), objectName="rollover"
        )
        self.digits = QLineEdit(objectName="digits")
        self.digits.setPlaceholderText(self.tr("as many as the previous index"))

        self.replacement_box = QWidget()
        repl_form = QFormLayout(self.replacement_box)
        repl_form.setContentsMargins(24, 0, 0, 0)
        repl_form.addRow(self.tr("Last index of the old meter"), self.old_final)
        repl_form.addRow(self.tr("Starting index of the new meter"), self.new_start)
        self.replacement_box.hide()
        self.rollover_box = QWidget()
        roll_form = QFormLayout(self.rollover_box)
        roll_form.setContentsMargins(24, 0, 0, 0)
        roll_form.addRow(self.tr("Digits of the register"), self.digits)
        self.rollover_box.hide()
        self.replacement.toggled.connect(self._replacement_toggled)
        self.rollover.toggled.connect(self._rollover_toggled)

        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.confirm_unusual = QCheckBox(
            self.tr("Confirm the unusual consumption"), objectName="confirm_unusual"
        )
        self.confirm_unusual.hide()
        for signal in (
            self.index.textEdited,
            self.meter.currentIndexChanged,
            self.date.dateChanged,
            self.replacement.toggled,
            self.rollover.toggled,
            self.old_final.textEdited,
            self.new_start.textEdited,
            self.digits.textEdited,
        ):
            signal.connect(self._edited)

        self.buttons = QDialogButtonBox()
        self.record = self.buttons.addButton(
            self.tr("Record the reading"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record.setObjectName("record")
        self.record.setEnabled(self.meter.count() > 0)
        self.close_button = self.buttons.addButton(
            self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Meter"), self.meter)
        form.addRow(self.tr("&Index"), self.index)
        form.addRow(self.tr("&Date read"), self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.replacement)
        layout.addWidget(self.replacement_box)
        layout.addWidget(self.rollover)
        layout.addWidget(self.rollover_box)
        layout.addWidget(self.message)
        layout.addWidget(self.confirm_unusual)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        if self.meter.count() == 0:
            self._refuse(self.tr("This account has no meter."))
        self.index.setFocus()

    # --- form ----------------------------------------------------------------------------
    def _replacement_toggled(self, on: bool) -> None:
        self.replacement_box.setVisible(on)
        if on:
            self.rollover.setChecked(False)

    def _rollover_toggled(self, on: bool) -> None:
        self.rollover_box.setVisible(on)
        if on:
            self.replacement.setChecked(False)

    def _edited(self, *_: object) -> None:
        """Another reading than the one found unusual: it must be checked again."""
        self.confirm_unusual.setChecked(False)
        self.confirm_unusual.hide()

    def entry(self) -> ReadingInput:
        """What the clerk typed, as the core's input (raises DomainError on a bad number)."""

        def whole(edit: QLineEdit, field: str, *, optional: bool = False) -> int | None:
            if optional and not edit.text().strip():
                return None
            value = _whole(edit.text())
            if value is None:
                raise DomainError(
                    "input.invalid", field=field, problem=self.tr("type a whole number, 0 or more")
                )
            return value

        index = whole(self.index, self.tr("Index"))
        assert index is not None
        replacement, rollover = self.replacement.isChecked(), self.rollover.isChecked()
        old_final = new_start = digits = None
        if replacement:
            old_final = whole(self.old_final, self.tr("Last index of the old meter"), optional=True)
            new_start = whole(
                self.new_start, self.tr("Starting index of the new meter"), optional=True
            )
        if rollover:
            digits = whole(self.digits, self.tr("Digits of the register"), optional=True)
        return ReadingInput(
            meter_no=str(self.meter.currentData()),
            index=index,
            reading_date=self.date.date().toPython(),
            kind="self",
            replacement=replacement,
            rollover=rollover,
            confirm_unusual=self.confirm_unusual.isVisible() and self.confirm_unusual.isChecked(),
            old_final=old_final,
            new_start=new_start or 0,
            digits=digits,
        )

    # --- record --------------------------------------------------------------------------
    def _submit(self) -> None:
        if self.meter.count() == 0:
            return
        try:
            entry = self.entry()
        except DomainError as exc:
            self._refuse(error_text(exc))
            return
        clerk, today = self._clerk, dt.date.today()

        self.message.setStyleSheet("")
        self.message.setText(self.tr("Recording…"))
        self.buttons.setEnabled(False)
        WriteOp(
            "reading.record",
            lambda store: record_reading(store, clerk, entry, today=today),
            owner=self,
        ).success(self._done).failure(self._failed).run(self._worker)

    def _done(self, r: ReadingResult) -> None:
        self.result = r
        self.buttons.setEnabled(True)
        f = self._formats
        if r.consumption is None:
            lines = [
                self.tr(
                    "Reading recorded: index {index} on {date} (first reading of this meter)."
                ).format(index=isolate(str(r.index)), date=f.date(r.reading_date))
            ]
        else:
            lines = [
                self.tr(
                    "Reading recorded: index {index} on {date}, consumption {consumption} "
                    "in {days} days."
                ).format(
                    index=isolate(str(r.index)),
                    date=f.date(r.reading_date),
                    consumption=isolate(str(r.consumption)),
                    days=isolate(str(r.days)),
                )
            ]
        if r.unusual:
            lines.append(
                self.tr("Unusual consumption (usual about {usual}): listed for follow-up.").format(
                    usual=isolate(str(r.usual))
                )
            )
        if r.regularisation_uuid:
            lines.append(
                self.tr("Estimated bills regularised: adjustment {amount}.").format(
                    amount=f.money(Money(r.adjustment_minor, r.currency))
                )
            )
        self.message.setText("\n".join(lines))
        self.message.setStyleSheet("font-weight: bold; color: #1b5e20;")
        self.confirm_unusual.hide()
        self.record.hide()
        self.close_button.setText(self.tr("Done"))
        self.close_button.setFocus()
        self.recorded.emit(r)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, DomainError) and error.code == "reading.unusual":
            self.confirm_unusual.setChecked(False)
            self.confirm_unusual.show()
        self._refuse(error_text(error))

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;")
        self.refused.emit(text)
