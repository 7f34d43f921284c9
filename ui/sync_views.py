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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.account_view import make_table
from ui.i18n import Formats, error_text, isolate
from ui.models import Column, RecordTableModel
from ui.sync_panel import SyncController, SyncState

REASONS: dict[str, str] = {
    "payload_conflict": QT_TRANSLATE_NOOP("Sync", "sent before with different content"),
    "receipt_reused": QT_TRANSLATE_NOOP("Sync", "receipt number already used by another payment (cloned or restored terminal?)"),
    "wrong_agency": QT_TRANSLATE_NOOP("Sync", "belongs to another agency"),
    "invalid": QT_TRANSLATE_NOOP("Sync", "refused as invalid by central"),
    "rejected": QT_TRANSLATE_NOOP("Sync", "refused by central"),
}
ENTITIES: dict[str, str] = {
    "payment": QT_TRANSLATE_NOOP("Sync", "payment"),
    "regularisation": QT_TRANSLATE_NOOP("Sync", "regularisation"),
    "reading": QT_TRANSLATE_NOOP("Sync", "meter reading"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sync", text)


def reason_text(reason: str) -> str:
    source = REASONS.get(reason)
    return _tr(source) if source else reason


def indicator(state: SyncState, formats: Formats) -> tuple[str, str, str]:
    """Text, colour and tooltip of the header indicator for ``state``."""
    if not state.configured:
        problem = error_text(state.problem) if state.problem else ""
        return _tr(QT_TRANSLATE_NOOP("Sync", "Sync: offline — no central configured")), "#555", problem
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
        parts.append(_tr(QT_TRANSLATE_NOOP("Sync", "last {time}")).format(time=formats.datetime(state.last_success)))
    else:
        parts.append(_tr(QT_TRANSLATE_NOOP("Sync", "never synchronised")))
    if state.quarantined:
        parts.append(_tr(QT_TRANSLATE_NOOP("Sync", "{count} problem(s)")).format(count=state.quarantined))
    color = "#1b5e20" if state.online else "#555" if state.online is None else "#b00020"
    if state.quarantined:
        color = "#9a5b00"
    tooltip = error_text(state.problem) if state.problem else ""
    return " · ".join(parts), color, tooltip


def _when(row: dict[str, Any], f: Formats) -> str:
    return f.datetime(dt.datetime.fromisoformat(row["created_at"]))


def _what(row: dict[str, Any], _f: Formats) -> str:
    source = ENTITIES.get(row["entity"])
    return _tr(source) if source else row["entity"]


class QuarantineModel(RecordTableModel[dict[str, Any]]):
    """Quarantined outbox items (``sync_status()["quarantine"]`` rows), oldest first."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Columns", "Date"), _when),
        Column(QT_TRANSLATE_NOOP("Columns", "What"), _what),
        Column(QT_TRANSLATE_NOOP("Columns", "Receipt"), lambda r, f: isolate(r.get("receipt_no") or "—")),
        Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r, f: reason_text(r["reason"])),
        Column(QT_TRANSLATE_NOOP("Columns", "Central's words"), lambda r, f: isolate(r.get("detail") or "")),
    )


class SyncProblemsDialog(QDialog):
    """The branch manager's list of items central refused, refreshed on every sync."""

    def __init__(self, controller: SyncController, formats: Formats,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("sync_problems")
        self.controller = controller
        self.model = QuarantineModel(formats, self)
        self.table = make_table(self.model, "quarantine")
        self.intro = QLabel(objectName="sync_problems_intro")
        self.intro.setWordWrap(True)
        self.empty = QLabel(objectName="sync_problems_empty")
        self.empty.setStyleSheet("color: #1b5e20; font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
        controller.quarantine_loaded.connect(self._show)
        self.retranslate()
        self._show(controller.quarantine)
        controller.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync problems"))
        self.intro.setText(self.tr(
            "Items the central database refused. They no longer block the queue and nothing "
            "was lost: check each one with support before correcting anything."))  # fmt: skip
        self.empty.setText(self.tr("No sync problem: everything sent was accepted."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeading)
