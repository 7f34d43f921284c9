"""The window's till, void, statement, dashboard and settings actions, apart from the search.

Why a separate object: ``main_window`` is about finding an account and taking a payment with
a queue at the counter; opening and closing the till, voiding, statements and the manager's
and admin's screens are less frequent and would double its size. This object owns those
actions (menus, shortcuts, tooltips), opens their dialogs, and tells the window when the
till opens or closes so that payments are offered only with an open till. Menu entries a role
may not use are hidden; the use cases refuse them anyway.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.config import TerminalSettings, load_terminal_settings
from desktop.services.auth import PERMISSIONS
from desktop.services.corrections import CorrectionResult
from desktop.services.plan_views import plan_agreement
from desktop.services.plans import CreatedPlan
from desktop.services.tills import CloseResult, TillSummary
from desktop.services.voids import VoidResult
from desktop.store.db import Store
from ui.actions import window_action
from ui.certificate_dialog import CertificateDialog
from ui.close_till_dialog import CloseTillDialog
from ui.dashboard import DashboardDialog
from ui.i18n import error_text, isolate
from ui.plan_dialog import PlanDialog
from ui.settings_dialog import SettingsDialog
from ui.statement_dialog import StatementDialog
from ui.till_dialog import TillDialog
from ui.void_dialog import VoidDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class BackOffice(QObject):
    """Till, void, statement, dashboard and settings actions of one ``MainWindow``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.till_open: bool | None = None  # None: not known yet (not checked)
        self.dialog: QDialog | None = None
        role = window.user.role

        def action(shortcut: str, slot, visible: bool = True) -> QAction:
            return window_action(window, shortcut, slot, visible)

        self.act_open_till = action("Ctrl+Shift+O", self.open_till)
        self.act_close_till = action("Ctrl+Shift+C", self.close_till)
        self.act_void = action("Ctrl+Shift+V", self.void_selected_payment)
        self.act_statement = action("Ctrl+P", self.statement)
        self.act_plan = action("Ctrl+Shift+I", self.installment_plan)
        self.act_dashboard = action("F9", self.dashboard, role in PERMISSIONS["approve"])
        self.act_settings = action(
            "Ctrl+Shift+S", self.settings, role in PERMISSIONS["manage_settings"]
        )
        self.till_menu = window.menuBar().addMenu("")
        self.till_menu.addAction(self.act_open_till)
        self.till_menu.addAction(self.act_close_till)
        window.menu.insertAction(window.act_lock, self.act_void)
        window.menu.insertAction(window.act_lock, self.act_statement)
        window.menu.insertAction(window.act_lock, self.act_plan)
        self.manager_menu = window.menuBar().addMenu("")
        self.manager_menu.addAction(self.act_dashboard)
        self.manager_menu.addAction(self.act_settings)
        self.manager_menu.menuAction().setVisible(
            self.act_dashboard.isVisible() or self.act_settings.isVisible()
        )
        window.account.void_requested.connect(self.void_selected_payment)
        window.account.statement_requested.connect(self.statement)
        window.account.certificate_requested.connect(self.certificate)

    def actions(self) -> tuple[QAction, ...]:
        return (
            self.act_open_till,
            self.act_close_till,
            self.act_void,
            self.act_statement,
            self.act_plan,
            self.act_dashboard,
            self.act_settings,
        )

    def retranslate(self) -> None:
        self.till_menu.setTitle(self.tr("&Till"))
        self.manager_menu.setTitle(self.tr("&Manager"))
        self.act_open_till.setText(self.tr("&Open my till…"))
        self.act_close_till.setText(self.tr("&Close my till…"))
        self.act_void.setText(self.tr("&Void the selected payment…"))
        self.act_statement.setText(self.tr("S&tatement (PDF)…"))
        self.act_plan.setText(self.tr("&Installment plan…"))
        self.act_dashboard.setText(self.tr("&Dashboard"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.show_till_state()

    def show_till_state(self) -> None:
        label = self.w.till_label
        if self.till_open is None:
            label.clear()
        elif self.till_open:
            label.setText(self.tr("Till open"))
            label.setStyleSheet("color: #1b5e20; font-weight: bold; padding: 4px;")
        else:
            label.setText(self.tr("Till closed — open it to take payments (Ctrl+Shift+O)"))
            label.setStyleSheet("color: #b00020; font-weight: bold; padding: 4px;")

    def set_till_open(self, is_open: bool) -> None:
        self.till_open = is_open
        self.show_till_state()

    # --- till -----------------------------------------------------------------------------
    def open_till(self) -> TillDialog | None:
        if self.w.till_dialog is not None:
            return self.w.till_dialog
        if self.till_open:
            self.w._say(self.tr("Your till is already open."))
            return None
        w = self.w
        dialog = TillDialog(w.worker, w.user, w.settings.currency, w.formats, w)
        dialog.opened.connect(self._till_opened)
        dialog.finished.connect(w._till_closed)
        w.till_dialog = dialog
        dialog.open()
        return dialog

    def _till_opened(self, _summary: TillSummary) -> None:
        self.set_till_open(True)
        self.w._say("")

    def close_till(self) -> CloseTillDialog | None:
        w = self.w
        if self.till_open is False:
            w._say(self.tr("Your till is already closed."))
            return None
        dialog = CloseTillDialog(w.worker, w.user, w.settings.currency, w.formats, w)
        dialog.closed.connect(self._till_was_closed)
        self._show(dialog)
        return dialog

    def _till_was_closed(self, _result: CloseResult) -> None:
        self.set_till_open(False)

    def payments_allowed(self) -> bool:
        """False once the till is known to be closed; the dialog to open one is offered."""
        if self.till_open is not False:
            return True
        self.w._say(self.tr("Your till is closed: open a new till before taking payments."))
        self.open_till()
        return False

    # --- void and statement ---------------------------------------------------------------
    def void_selected_payment(self) -> VoidDialog | None:
        w = self.w
        payment = w.account.selected_voidable_payment()
        correction = payment is None
        if correction:
            payment = w.account.selected_correctable_payment()
        if w.account.account is None or payment is None:
            w._say(self.tr("Select a counter payment in the payment history first."))
            return None
        dialog = VoidDialog(w.worker, w.user, payment, w.formats, w, correction=correction)
        dialog.voided.connect(self._voided)
        self._show(dialog)
        return dialog

    def _voided(self, result: VoidResult | CorrectionResult) -> None:
        w = self.w
        if isinstance(result, CorrectionResult):
            text = self.tr("Receipt {receipt} corrected by {correction} · {amount} given back")
            original = result.original_receipt_no
        else:
            text = self.tr("Receipt {receipt} voided · {amount} given back")
            original = result.receipt_no
        w.receipt.setText(
            text.format(
                receipt=isolate(original),
                correction=isolate(result.receipt_no),
                amount=w.formats.money(result.amount),
            )
        )
        w.receipt.show()
        w.printer.print_receipt(
            result.receipt_no, w.user
        )  # the void slip, or the correction receipt
        if w.account.account is not None:
            w.open_account(w.account.account.account_no)

    def statement(self) -> StatementDialog | None:
        w = self.w
        if w.account.account is None or w.stack.currentWidget() is not w.account:
            w._say(self.tr("Open an account first (scan a bill or search)."))
            return None
        dialog = StatementDialog(w.worker, w.account.account.account_no, w.formats.locale[:2], w)
        self._show(dialog)
        return dialog

    def certificate(self, kind: str, reference: str) -> CertificateDialog:
        """No-debt certificate of the shown account, or payment certificate of a receipt,
        issued under the logged-in user's name."""
        w = self.w
        dialog = CertificateDialog(w.worker, w.user, kind, reference, w.formats.locale[:2], w)
        self._show(dialog)
        return dialog

    def installment_plan(self) -> PlanDialog | None:
        """Negotiate a calendar for the shown account; once created, print the down payment's
        receipt and offer the agreement PDF."""
        w = self.w
        if w.account.account is None or w.stack.currentWidget() is not w.account:
            w._say(self.tr("Open an account first (scan a bill or search)."))
            return None
        if not self.payments_allowed():
            return None
        dialog = PlanDialog(w.worker, w.user, w.account.account.account_no, w.formats, w)
        dialog.created.connect(self._plan_created)
        self._show(dialog)
        return dialog

    def _plan_created(self, made: CreatedPlan) -> None:
        w = self.w
        w.receipt.setText(
            self.tr("Installment plan {reference} created").format(
                reference=isolate(made.reference)
            )
        )
        w.receipt.show()
        if made.receipt_no:
            w.printer.print_receipt(made.receipt_no, w.user)
        path, _ = QFileDialog.getSaveFileName(
            w, self.tr("Save the agreement"), f"{made.reference}.pdf", "PDF (*.pdf)"
        )
        if path:
            lang = w.formats.locale[:2]
            reference = made.reference

            def job(store: Store) -> Path:
                # Imported here: the PDF stack (ReportLab, HarfBuzz) costs ~140 ms of CPU,
                # which every start of the window paid for this one rare document.
                from reports.pdf_plan_agreement import write_plan_agreement

                with store.read() as session:
                    agreement = plan_agreement(session, reference)
                return write_plan_agreement(agreement, lang, Path(path))

            w.worker.submit(
                job, lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))), w._show_error
            )
        if w.account.account is not None:
            w.open_account(w.account.account.account_no)

    # --- manager and admin ----------------------------------------------------------------
    def dashboard(self) -> DashboardDialog | None:
        if not self.act_dashboard.isEnabled():
            return None
        w = self.w
        dialog = DashboardDialog(w.worker, w.user, w.formats, w.formats.locale[:2], w)
        self._show(dialog)
        return dialog

    def settings(self) -> SettingsDialog | None:
        if not self.act_settings.isEnabled():
            return None
        dialog = SettingsDialog(self.w.worker, self.w.user, self.w)
        dialog.saved.connect(self._reload_settings)
        self._show(dialog)
        return dialog

    def _reload_settings(self) -> None:
        def job(store: Store) -> TerminalSettings:
            with store.read() as session:
                return load_terminal_settings(session)

        self.w.worker.submit(job, self._settings_loaded, lambda e: self.w._say(error_text(e)))

    def _settings_loaded(self, settings: TerminalSettings) -> None:
        self.w.settings = settings
        self.w.retranslate()
        self.w.tools.stop()  # the central address may have changed: start again with it
        self.w.start_sync()

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.w.activateWindow()
        self.w.focus_search()
