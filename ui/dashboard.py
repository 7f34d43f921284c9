"""The manager's dashboard: open tills, today's takings, discrepancies, debt, voids; close the day.

Why a dialog that only shows: every figure comes from ``get_dashboard`` and the day is
closed by ``close_day``, both on the worker and both refusing anyone but a manager or admin.
Closing the day is irreversible, so it asks for confirmation and then shows the Z totals;
when the Z report renderer (``reports.pdf_z_report.render_z_report``) is installed the
report can be saved as a PDF from here.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.money import Money
from desktop.services.auth import AuthenticatedUser
from desktop.services.dashboard import Dashboard
from desktop.services.day_close import ZReport
from desktop.store.db import Store
from desktop.use_cases.dashboard import show_dashboard
from desktop.use_cases.days import close_day, day_settings
from ui.account_view import make_table
from ui.dashboard_models import (
    DebtMatrixModel,
    DiscrepanciesModel,
    OpenSessionsModel,
    TakingsModel,
    VoidsModel,
)
from ui.i18n import Formats, error_text, isolate, term
from ui.operations import ReadOp, WriteOp
from ui.worker import DbWorker


def z_report_renderer():
    """``reports.pdf_z_report.render_z_report`` if that module exists (it is optional)."""
    if importlib.util.find_spec("reports.pdf_z_report") is None:
        return None
    return getattr(importlib.import_module("reports.pdf_z_report"), "render_z_report", None)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask yes/no (replaced in tests: a modal box would block them)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class DashboardDialog(QDialog):
    """Shows the dashboard of today; ``loaded`` after each refresh, ``day_closed`` with the
    Z report once the day is closed."""

    loaded = Signal(object)  # Dashboard
    day_closed = Signal(object)  # ZReport
    failed = Signal(str)
    z_written = Signal(object)  # Path

    def __init__(
        self,
        worker: DbWorker,
        user: AuthenticatedUser,
        formats: Formats,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._worker, self._user, self._formats, self._language = worker, user, formats, language
        self.dashboard: Dashboard | None = None
        self.z_report: ZReport | None = None
        self.setWindowTitle(self.tr("Manager dashboard"))
        self.summary = QLabel(objectName="summary")
        self.summary.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.summary.setWordWrap(True)
        self.sessions_model = OpenSessionsModel(formats, self)
        self.takings_model = TakingsModel(formats, self)
        self.discrepancies_model = DiscrepanciesModel(formats, self)
        self.debt_model = DebtMatrixModel(formats, parent=self)
        self.voids_model = VoidsModel(formats, self)
        self.sessions = make_table(self.sessions_model, "open_sessions")
        self.takings = make_table(self.takings_model, "takings")
        self.discrepancies = make_table(self.discrepancies_model, "discrepancies")
        self.debt = make_table(self.debt_model, "debt")
        self.voids = make_table(self.voids_model, "voids")
        self.debt.verticalHeader().setVisible(True)
        grid = QGridLayout()
        boxes = (
            (self.tr("Open tills"), self.sessions),
            (self.tr("Today's takings by clerk and tender"), self.takings),
            (self.tr("Discrepancies of closed tills"), self.discrepancies),
            (self.tr("Outstanding debt by customer category and age"), self.debt),
            (self.tr("Voided today"), self.voids),
        )
        for n, (title, table) in enumerate(boxes):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            if n < 3:
                grid.addWidget(box, 0, n)
            elif n == 3:  # the debt matrix needs room: five amount columns
                grid.addWidget(box, 1, 0, 1, 2)
            else:
                grid.addWidget(box, 1, 2)
        self.z_text = QLabel(objectName="z_text")
        self.z_text.setWordWrap(True)
        self.z_text.setStyleSheet("background: #e8f5e9; padding: 6px; font-size: 12pt;")
        self.z_text.hide()
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.buttons = QDialogButtonBox()
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), objectName="refresh")
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self.refresh_button.setAutoDefault(False)
        self.close_day_button = QPushButton(self.tr("Close the day…"), objectName="close_day")
        self.close_day_button.setAutoDefault(False)
        self.save_z_button = QPushButton(self.tr("Save Z report as PDF…"), objectName="save_z")
        self.save_z_button.setAutoDefault(False)
        self.save_z_button.hide()
        for button in (self.refresh_button, self.close_day_button, self.save_z_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_day_button.clicked.connect(self.close_the_day)
        self.save_z_button.clicked.connect(self.save_z_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        layout.addWidget(self.z_text)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1150, 700)
        self.refresh()

    # --- load -----------------------------------------------------------------------------
    def refresh(self) -> None:
        user = self._user
        self.message.clear()
        self.refresh_button.setEnabled(False)
        ReadOp("dashboard.load", lambda store: show_dashboard(store, user), owner=self).success(
            self._show
        ).failure(self._failed).run(self._worker)

    def _show(self, d: Dashboard) -> None:
        self.dashboard = d
        self.refresh_button.setEnabled(True)
        f = self._formats
        self.summary.setText(
            self.tr(
                "Agency {agency} · {day} · day {status} · taken today {taken} · outstanding debt {debt}"
            ).format(
                agency=isolate(d.agency_code),
                day=f.date(d.day),
                status=term(d.day_status),
                taken=f.money(d.total_taken),
                debt=f.money(d.total_debt),
            )
        )
        self.sessions_model.set_rows(d.open_sessions)
        self.takings_model.set_rows(d.takings)
        self.discrepancies_model.set_rows(d.discrepancies)
        self.debt_model.set_cells(d.debt, d.currency)
        self.voids_model.set_rows(d.voids)
        self.close_day_button.setEnabled(d.day_status == "open" and self.z_report is None)
        self.loaded.emit(d)

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.close_day_button.setEnabled(
            self.dashboard is not None and self.dashboard.day_status == "open"
        )
        text = error_text(error)
        self.message.setText(text)
        self.failed.emit(text)

    # --- close the day --------------------------------------------------------------------
    def close_the_day(self) -> None:
        if not confirm(
            self,
            self.tr("Close the day"),
            self.tr(
                "Close the business day now? Nothing more can be recorded for today afterwards."
            ),
        ):
            return
        user = self._user
        self.close_day_button.setEnabled(False)
        self.message.clear()
        WriteOp("dashboard.close_day", lambda store: close_day(store, user), owner=self).success(
            self._day_closed
        ).failure(self._failed).run(self._worker)

    def _day_closed(self, report: ZReport) -> None:
        self.z_report = report
        f, t = self._formats, report.totals
        cur = report.currency

        def money(key: str) -> str:
            return f.money(Money(int(t.get(key, 0)), cur))

        lines = [
            self.tr("Z report no. {number} of {day} closed by {manager}.").format(
                number=report.z_number, day=f.date(report.day), manager=report.closed_by
            ),
            self.tr("Day total {total} in {count} payments · voids {voids} ({void_amount})").format(
                total=money("day_total_minor"),
                count=t.get("payments", 0),
                voids=t.get("voids", {}).get("count", 0),
                void_amount=f.money(Money(int(t.get("voids", {}).get("amount_minor", 0)), cur)),
            ),
        ]
        for tender, row in sorted(t.get("by_tender", {}).items()):
            lines.append(f"{term(tender)}: {f.money(Money(int(row['amount_minor']), cur))}")
        lines.append(self.tr("Grand total {total}").format(total=money("grand_total_minor")))
        self.z_text.setText("\n".join(lines))
        self.z_text.show()
        self.save_z_button.setVisible(z_report_renderer() is not None)
        self.day_closed.emit(report)
        self.refresh()

    def save_z_report(self) -> None:
        """Save the Z report as a PDF (only offered when the renderer is installed)."""
        report, render = self.z_report, z_report_renderer()
        if report is None or render is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"z_{report.agency}_{report.day.isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Z report"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.write_z_report(Path(path))

    def write_z_report(self, path: Path) -> None:
        report, render, lang, user = self.z_report, z_report_renderer(), self._language, self._user

        def write(store: Store) -> Path:
            from reports.pdf_common import check_writable, write_atomically

            out = check_writable(path)
            settings = day_settings(store, user)
            return write_atomically(render(report, settings, lang), out)

        self.message.clear()
        ReadOp("dashboard.z_report", write, owner=self).success(self._z_written).failure(
            self._failed
        ).run(self._worker)

    def _z_written(self, path: Path) -> None:
        from ui import statement_dialog  # its open_document is the one to replace in tests

        statement_dialog.open_document(path)
        self.z_written.emit(path)
