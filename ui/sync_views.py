"""What the clerk and the manager see of synchronisation: the header indicator and the
"Sync problems" list.

Why words and not codes: "3 waiting · offline since 10:42" tells a clerk that payments are
safe and will leave later; the manager's list says, per rejected item, why central refused
it (a receipt number reused by a cloned terminal, the same payment sent with different
content...) so that someone can act on it. Quarantined items never block the queue.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.auth import AuthenticatedUser
from desktop.use_cases.sync import list_quarantine, resolve_quarantine
from ui.account_view import make_table
from ui.i18n import Formats, error_text, isolate
from ui.models import Column, RecordTableModel
from ui.operations import ReadOp, WriteOp
from ui.sync_panel import SyncController, SyncState

REASONS: dict[str, str] = {
    "payload_conflict": QT_TRANSLATE_NOOP("Sync", "sent before with different content"),
    "receipt_reused": QT_TRANSLATE_NOOP(
        "Sync", "receipt number already used by another payment (cloned or restored terminal?)"
    ),
    "wrong_agency": QT_TRANSLATE_NOOP("Sync", "belongs to another agency"),
    "invalid": QT_TRANSLATE_NOOP("Sync", "refused as invalid by central"),
    "uuid_taken": QT_TRANSLATE_NOOP("Sync", "identifier already used by another agency"),
    "unknown_payment": QT_TRANSLATE_NOOP("Sync", "refers to a payment central does not have"),
    "already_corrected": QT_TRANSLATE_NOOP("Sync", "payment already corrected centrally"),
    "already_void": QT_TRANSLATE_NOOP("Sync", "payment already voided centrally"),
    "bad_amount": QT_TRANSLATE_NOOP(
        "Sync", "amount refused by central (not a valid amount, or above the limit)"
    ),
    "bad_allocation": QT_TRANSLATE_NOOP("Sync", "bills paid do not add up to the amount"),
    "bad_date": QT_TRANSLATE_NOOP("Sync", "date refused by central (check this computer's clock)"),
    "credit_not_allowed": QT_TRANSLATE_NOOP(
        "Sync", "credit on the account is not allowed for this agency"
    ),
    "wrong_currency": QT_TRANSLATE_NOOP("Sync", "currency is not the agency's"),
    "unknown_account": QT_TRANSLATE_NOOP("Sync", "account unknown to central for this agency"),
    "unknown_bill": QT_TRANSLATE_NOOP("Sync", "bill is not one of the account's bills at central"),
    "not_counter_payment": QT_TRANSLATE_NOOP(
        "Sync", "only this agency's counter payments can be voided or corrected"
    ),
    "too_large": QT_TRANSLATE_NOOP("Sync", "item too large for central"),
    "too_deep": QT_TRANSLATE_NOOP("Sync", "item malformed (nested too deep)"),
    "rejected": QT_TRANSLATE_NOOP("Sync", "refused by central"),
}
# Rows central sent that failed this counter's checks (desktop.sync.pull_checks): some codes
# are the same words as central's refusals (bad_amount, bad_date...) but the other way round.
PULL_REASONS: dict[str, str] = {
    "bad_key": QT_TRANSLATE_NOOP("Sync", "received from central with an unusable number"),
    "bad_date": QT_TRANSLATE_NOOP("Sync", "received from central with an impossible date"),
    "bad_amount": QT_TRANSLATE_NOOP("Sync", "received from central with an impossible amount"),
    "wrong_currency": QT_TRANSLATE_NOOP(
        "Sync", "received from central in another currency than this agency's"
    ),
    "bad_text": QT_TRANSLATE_NOOP("Sync", "received from central with a text far too long"),
    "bad_row": QT_TRANSLATE_NOOP("Sync", "received from central damaged or incomplete"),
    "parent_set_aside": QT_TRANSLATE_NOOP(
        "Sync", "waits for its account or meter, itself set aside"
    ),
}
ENTITIES: dict[str, str] = {
    "payment": QT_TRANSLATE_NOOP("Sync", "payment"),
    "regularisation": QT_TRANSLATE_NOOP("Sync", "regularisation"),
    "reading": QT_TRANSLATE_NOOP("Sync", "meter reading"),
    "meter_reading": QT_TRANSLATE_NOOP("Sync", "meter reading"),
    "payment_correction": QT_TRANSLATE_NOOP("Sync", "correction"),
    "cash_session": QT_TRANSLATE_NOOP("Sync", "till"),
    "cash_movement": QT_TRANSLATE_NOOP("Sync", "cash movement"),
    "business_day": QT_TRANSLATE_NOOP("Sync", "day close"),
    "installment_plan": QT_TRANSLATE_NOOP("Sync", "installment plan"),
    "installment_allocation": QT_TRANSLATE_NOOP("Sync", "installment payment"),
    "account_contact": QT_TRANSLATE_NOOP("Sync", "contact details"),
    "notification": QT_TRANSLATE_NOOP("Sync", "notification"),
    "quarantine": QT_TRANSLATE_NOOP("Sync", "sync problem decision"),
    "pull/account": QT_TRANSLATE_NOOP("Sync", "account from central"),
    "pull/service_point": QT_TRANSLATE_NOOP("Sync", "meter from central"),
    "pull/bill": QT_TRANSLATE_NOOP("Sync", "bill from central"),
    "pull/online_payment": QT_TRANSLATE_NOOP("Sync", "online payment from central"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


def reason_text(reason: str, *, from_central: bool = False) -> str:
    """The manager's words for a sync problem's reason: a refusal by central, or (with
    ``from_central``) a row central sent that this counter set aside."""
    source = (PULL_REASONS if from_central else REASONS).get(reason)
    return _tr(source) if source else reason


def indicator(state: SyncState, formats: Formats) -> tuple[str, str, str]:
    """Text, colour and tooltip of the header indicator for ``state``."""
    if not state.configured:
        problem = error_text(state.problem) if state.problem else ""
        return (
            _tr(QT_TRANSLATE_NOOP("Sync", "Sync: offline — no central configured")),
            "#555",
            problem,
        )
    parts: list[str] = []
    if state.running and state.online is None:
        parts.append(_tr(QT_TRANSLATE_NOOP("Sync", "Sync: connecting…")))
    elif state.running:
        parts.append(_tr(QT_TRANSLATE_NOOP("Sync", "Sync: synchronising…")))
    elif state.online:
        parts.append(_tr(QT_TRANSLATE_NOOP("Sync", "Sync: online")))
    else:
        parts.append(_tr(QT_TRANSLATE_NOOP("Sync", "Sync: offline")))
    parts.append(_tr(QT_TRANSLATE_NOOP("Sync", "{count} waiting")).format(count=state.pending))
    if state.last_success is not None:
        parts.append(
            _tr(QT_TRANSLATE_NOOP("Sync", "last {time}")).format(
                time=formats.datetime(state.last_success)
            )
        )
    else:
        parts.append(_tr(QT_TRANSLATE_NOOP("Sync", "never synchronised")))
    if state.quarantined:
        parts.append(
            _tr(QT_TRANSLATE_NOOP("Sync", "{count} problem(s)")).format(count=state.quarantined)
        )
    color = "#1b5e20" if state.online else "#555" if state.online is None else "#b00020"
    if state.quarantined:
        color = "#9a5b00"
    tooltip = error_text(state.problem) if state.problem else ""
    return " · ".join(parts), color, tooltip


def _when(row: dict[str, Any], f: Formats) -> str:
    return f.datetime(dt.datetime.fromisoformat(row["created_at"]))


def _what(row: dict[str, Any], _f: Formats) -> str:
    source = ENTITIES.get(row["entity"])
    what = _tr(source) if source else row["entity"]
    if row["entity"] == "payment" and row.get("op") == "void":
        what = _tr(QT_TRANSLATE_NOOP("Sync", "void"))
    return what


def _amount(row: dict[str, Any], f: Formats) -> str:
    amount, currency = row.get("amount"), row.get("currency")
    if not amount:
        return ""
    if not currency:  # never guess a currency: the figure as it was sent
        return isolate(str(amount))
    try:
        return f.money(Money.from_decimal(str(amount), currency))
    except (DomainError, ValueError, ArithmeticError):
        return isolate(str(amount))


class QuarantineModel(RecordTableModel[dict[str, Any]]):
    """Quarantined outbox items (``sync_status()["quarantine"]`` rows), oldest first."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), _when),
        Column(QT_TRANSLATE_NOOP("Columns", "What"), _what),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Receipt"),
            lambda r, f: isolate(r.get("receipt_no") or "—"),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Amount"), _amount),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Reason"),
            lambda r, f: reason_text(r["reason"], from_central=bool(r.get("from_central"))),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Central's words"),
            lambda r, f: isolate(r.get("detail") or ""),
        ),
    )


class SyncProblemsDialog(QDialog):
    """The branch manager's list of items central refused, and what to do about each.

    The list comes from ``list_quarantine`` (role checked in the use case), re-read on every
    sync; "Send again" and "Mark as handled" run ``resolve_quarantine`` on the worker. A note
    is required to close an item: it is the only trace of what was done with the money.
    """

    def __init__(
        self,
        controller: SyncController,
        formats: Formats,
        user: AuthenticatedUser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync_problems")
        self.controller, self.user = controller, user
        self.model = QuarantineModel(formats, self)
        self.table = make_table(self.model, "quarantine")
        self.intro = QLabel(objectName="sync_problems_intro")
        self.intro.setWordWrap(True)
        self.empty = QLabel(objectName="sync_problems_empty")
        self.empty.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.note = QLineEdit(objectName="quarantine_note")
        self.note.setMaxLength(500)
        self.retry = QPushButton(objectName="quarantine_retry")
        self.handled = QPushButton(objectName="quarantine_handled")
        self.retry.clicked.connect(lambda: self._resolve("retry"))
        self.handled.clicked.connect(lambda: self._resolve("handled"))
        self.error = QLabel(objectName="form_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.note, 1)
        actions.addWidget(self.retry)
        actions.addWidget(self.handled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(960, 440)
        controller.quarantine_loaded.connect(lambda _rows: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate()
        self._show([])
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync problems"))
        self.intro.setText(
            self.tr(
                "Items the central database refused, and rows it sent that this counter cannot "
                "use. Neither blocks the sync and nothing was lost: check each one with support, "
                "then send it again or say what was done. A payment refused by central keeps its "
                "bills paid here until you resolve it."
            )
        )
        self.empty.setText(self.tr("No sync problem: everything sent was accepted."))
        self.note.setPlaceholderText(self.tr("What was done (required to mark as handled)"))
        self.retry.setText(self.tr("Send again"))
        self.handled.setText(self.tr("Mark as handled"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        user = self.user
        ReadOp(
            "quarantine.list",
            lambda store: [i.as_dict() for i in list_quarantine(store, user)],
            owner=self,
        ).success(self._show).failure(self._failed).run(self.controller.worker)

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeading)
        if rows:  # not selectRow(): in right-to-left tables it may select nothing
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), flags.ClearAndSelect | flags.Rows
            )
        self._enable()

    def _enable(self) -> None:
        row = self.selected()
        for widget in (self.note, self.handled):
            widget.setEnabled(row is not None)
        # A row central sent cannot be "sent again": it is central's data, fixed there.
        self.retry.setEnabled(row is not None and not row.get("from_central"))

    def _resolve(self, action: str) -> None:
        row = self.selected()
        if row is None:
            return
        user, item, note = self.user, row["outbox_uuid"], self.note.text()
        self.error.hide()
        WriteOp(
            "quarantine.resolve",
            lambda store: resolve_quarantine(store, user, item, action, note),
            owner=self,
        ).success(lambda _done: self._resolved(action)).failure(self._failed).run(
            self.controller.worker
        )

    def _resolved(self, _action: str) -> None:
        self.note.clear()
        self.controller.refresh()
        self.controller.sync_now()  # the item sent again, or the manager's note, leaves now

    def _failed(self, error: BaseException) -> None:
        problem = (
            error
            if isinstance(error, DomainError)
            else DomainError("sync.failed", problem=type(error).__name__)
        )
        self.error.setText(error_text(problem))
        self.error.show()
