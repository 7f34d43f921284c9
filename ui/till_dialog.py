"""Open the clerk's till (cash session) with the counted float, right after log-in.

Why: ``take_payment`` refuses a clerk with no open cash session on this terminal. The
dialog only gathers the count per note and coin and calls ``open_till`` on the worker;
denominations, validation and the journal entry are the use case's business.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cash import DEFAULT_DENOMINATIONS, CashCount
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser
from desktop.services.tills import TillSummary
from desktop.use_cases.tills import open_till
from ui.i18n import Formats, error_text
from ui.operations import WriteOp
from ui.worker import DbWorker


class TillDialog(QDialog):
    """Counts the opening float; emits ``opened`` with the session summary."""

    opened = Signal(object)  # TillSummary

    def __init__(
        self,
        worker: DbWorker,
        user: AuthenticatedUser,
        currency: str,
        formats: Formats,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("till_dialog")
        self._worker, self._user, self._currency, self._formats = worker, user, currency, formats
        self.setWindowTitle(self.tr("Open the till"))
        info = QLabel(self.tr("Count the notes and coins in the drawer, then press Enter."))
        info.setWordWrap(True)
        grid = QGridLayout()
        self.counts: dict[int, QSpinBox] = {}
        for n, value in enumerate(DEFAULT_DENOMINATIONS[currency]):
            box = QSpinBox(objectName=f"count_{value}")
            box.setRange(0, 10_000)
            box.valueChanged.connect(self._update_total)
            self.counts[value] = box
            row, col = divmod(n, 2)
            grid.addWidget(QLabel(formats.money(Money(value, currency))), row, col * 2)
            grid.addWidget(box, row, col * 2 + 1)
        self.total = QLabel(objectName="total")
        self.total.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(
            self.tr("Open the till"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setDefault(True)
        buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(grid)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_total()

    def count(self) -> CashCount:
        pieces = {value: box.value() for value, box in self.counts.items() if box.value()}
        return CashCount.of(self._currency, pieces)

    def _update_total(self) -> None:
        total = sum(value * box.value() for value, box in self.counts.items())
        money = self._formats.money(Money(total, self._currency))
        self.total.setText(self.tr("Float: {amount}").format(amount=money))

    def _submit(self) -> None:
        user, count = self._user, self.count()
        self.setEnabled(False)
        WriteOp("till.open", lambda store: open_till(store, user, count)).success(
            self._done
        ).failure(self._refused).run(self._worker)

    def _done(self, summary: TillSummary) -> None:
        self.setEnabled(True)
        self.accept()
        self.opened.emit(summary)

    def _refused(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.error.setText(error_text(error))
