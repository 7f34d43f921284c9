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

from desktop.services.auth import PERMISSIONS, AuthenticatedUser
from desktop.services.corrections import CorrectionResult
from desktop.services.plans import CreatedPlan
from desktop.services.tills import CloseResult, TillSummary
from desktop.services.voids import VoidResult
from desktop.store.db import Store
from desktop.use_cases.plans import plan_agreement
from desktop.use_cases.settings import terminal_settings
from desktop.use_cases.tills import current_till
from ui.certificate_dialog import CertificateDialog
from ui.close_till_dialog import CloseTillDialog
from ui.dashboard import DashboardDialog
from ui.i18n import isolate
from ui.operations import ReadOp
from ui.plan_dialog import PlanDialog
from ui.settings_dialog import SettingsDialog
from ui.statement_dialog import StatementDialog
from ui.till_dialog import TillDialog
from ui.void_dialog import VoidDialog

if TYPE_CHECKING:
    from ui.host import WindowHost


class BackOffice(QObject):
    """Till, void, statement, dashboard and settings actions of one window (a ``WindowHost``)."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.till_open: bool | None = None  # None: not known yet (not checked)
        self.dialog: QDialog | None = None
        self.till_dialog: TillDialog | None = None
        role = host.user.role
        action = host.add_action

        self.act_open_till = action("Ctrl+Shift+O", self.open_till)
        self.act_close_till = action("Ctrl+Shift+C", self.close_till)
        self.act_void = action("Ctrl+Shift+V", self.void_selected_payment)
        self.act_statement = action("Ctrl+P", self.statement)
        self.act_plan = action("Ctrl+Shift+I", self.installment_plan)
        self.act_dashboard = action("F9", self.dashboard, role in PERMISSIONS["approve"])
        self.act_settings = action(
            "Ctrl+Shift+S", self.settings, role in PERMISSIONS["manage_settings"]
        )
        self.till_menu = host.get_menu("till")
        self.till_menu.addAction(self.act_open_till)
        self.till_menu.addAction(self.act_close_till)
        for act in (self.act_void, self.act_statement, self.act_plan):
            host.add_counter_action(act)
        self.manager_menu = host.get_menu("manager")
        self.manager_menu.addAction(self.act_dashboard)
        self.manager_menu.addAction(self.act_settings)
        self.manager_menu.menuAction().setVisible(
            self.act_dashboard.isVisible() or self.act_settings.isVisible()
        )
        host.account.void_requested.connect(self.void_selected_payment)
        host.account.statement_requested.connect(self.statement)
        host.account.certificate_requested.connect(self.certificate)

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
        if self.till_open is None:
            self.host.set_indicator("till", "", "")
        elif self.till_open:
            self.host.set_indicator(
                "till", self.tr("Till open"), "color: #1b5e20; font-weight: bold; padding: 4px;"
            )
        else:
            self.host.set_indicator(
                "till",
                self.tr("Till closed — open it to take payments (Ctrl+Shift+O)"),
                "color: #b00020; font-weight: bold; padding: 4px;",
            )

    def set_till_open(self, is_open: bool) -> None:
        self.till_open = is_open
        self.show_till_state()

    # --- till -----------------------------------------------------------------------------
    def check_till(self) -> None:
        """Ask for the opening float when the clerk has no open till here."""
        user = self.host.user
        self.host.run(
            ReadOp("till.current", lambda store: current_till(store, user))
            .success(self._till_checked)
            .failure(self.host.show_error)
        )

    def _till_checked(self, summary: TillSummary | None) -> None:
        self.set_till_open(summary is not None)
        if summary is None:
            self.open_till()

    def open_till(self) -> TillDialog | None:
        if self.till_dialog is not None:
            return self.till_dialog
        h = self.host
        if self.till_open:
            h.say(self.tr("Your till is already open."))
            return None
        dialog = TillDialog(h.worker, h.user, h.settings.currency, h.formats, h.widget())
        dialog.opened.connect(self._till_opened)
        dialog.finished.connect(self._till_dialog_closed)
        self.till_dialog = dialog
        dialog.open()
        return dialog

    def _till_dialog_closed(self) -> None:
        self.till_dialog = None
        self.host.back_to_search()

    def _till_opened(self, _summary: TillSummary) -> None:
        self.set_till_open(True)
        self.host.say("")

    def close_till(self) -> CloseTillDialog | None:
        h = self.host
        if self.till_open is False:
            h.say(self.tr("Your till is already closed."))
            return None
        dialog = CloseTillDialog(h.worker, h.user, h.settings.currency, h.formats, h.widget())
        dialog.closed.connect(self._till_was_closed)
        self._show(dialog)
        return dialog

    def _till_was_closed(self, _result: CloseResult) -> None:
        self.set_till_open(False)

    def payments_allowed(self) -> bool:
        """False once the till is known to be closed; the dialog to open one is offered."""
        if self.till_open is not False:
            return True
        self.host.say(self.tr("Your till is closed: open a new till before taking payments."))
        self.open_till()
        return False

    # --- void and statement ---------------------------------------------------------------
    def void_selected_payment(self) -> VoidDialog | None:
        h = self.host
        payment = h.account.selected_voidable_payment()
        correction = payment is None
        if correction:
            payment = h.account.selected_correctable_payment()
        if h.account.account is None or payment is None:
            h.say(self.tr("Select a counter payment in the payment history first."))
            return None
        dialog = VoidDialog(h.worker, h.user, payment, h.formats, h.widget(), correction=correction)
        dialog.voided.connect(self._voided)
        self._show(dialog)
        return dialog

    def _voided(self, result: VoidResult | CorrectionResult) -> None:
        h = self.host
        if isinstance(result, CorrectionResult):
            text = self.tr("Receipt {receipt} corrected by {correction} · {amount} given back")
            original = result.original_receipt_no
        else:
            text = self.tr("Receipt {receipt} voided · {amount} given back")
            original = result.receipt_no
        h.show_receipt(
            text.format(
                receipt=isolate(original),
                correction=isolate(result.receipt_no),
                amount=h.formats.money(result.amount),
            )
        )
        h.print_receipt(result.receipt_no)  # the void slip, or the correction receipt

    def statement(self) -> StatementDialog | None:
        h = self.host
        account = h.shown_account()
        if account is None:
            h.say(self.tr("Open an account first (scan a bill or search)."))
            return None
        dialog = StatementDialog(h.worker, account.account_no, h.formats.locale[:2], h.widget())
        self._show(dialog)
        return dialog

    def certificate(self, kind: str, reference: str) -> CertificateDialog:
        """No-debt certificate of the shown account, or payment certificate of a receipt,
        issued under the logged-in user's name."""
        h = self.host
        dialog = CertificateDialog(
            h.worker, h.user, kind, reference, h.formats.locale[:2], h.widget()
        )
        self._show(dialog)
        return dialog

    def installment_plan(self) -> PlanDialog | None:
        """Negotiate a calendar for the shown account; once created, print the down payment's
        receipt and offer the agreement PDF."""
        h = self.host
        account = h.shown_account()
        if account is None:
            h.say(self.tr("Open an account first (scan a bill or search)."))
            return None
        if not self.payments_allowed():
            return None
        dialog = PlanDialog(h.worker, h.user, account.account_no, h.formats, h.widget())
        dialog.created.connect(self._plan_created)
        self._show(dialog)
        return dialog

    def _plan_created(self, made: CreatedPlan) -> None:
        h = self.host
        h.show_receipt(
            self.tr("Installment plan {reference} created").format(
                reference=isolate(made.reference)
            )
        )
        if made.receipt_no:
            h.print_receipt(made.receipt_no)
        path, _ = QFileDialog.getSaveFileName(
            h.widget(), self.tr("Save the agreement"), f"{made.reference}.pdf", "PDF (*.pdf)"
        )
        if path:
            lang, reference, user = h.formats.locale[:2], made.reference, h.user
            h.run(
                ReadOp(
                    "plan.agreement",
                    lambda store: _write_agreement(store, user, reference, lang, Path(path)),
                )
                .success(lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))))
                .failure(h.show_error)
            )

    # --- manager and admin ----------------------------------------------------------------
    def dashboard(self) -> DashboardDialog | None:
        if not self.act_dashboard.isEnabled():
            return None
        h = self.host
        dialog = DashboardDialog(h.worker, h.user, h.formats, h.formats.locale[:2], h.widget())
        self._show(dialog)
        return dialog

    def settings(self) -> SettingsDialog | None:
        if not self.act_settings.isEnabled():
            return None
        dialog = SettingsDialog(self.host.worker, self.host.user, self.host.widget())
        dialog.saved.connect(self._reload_settings)
        self._show(dialog)
        return dialog

    def _reload_settings(self) -> None:
        user = self.host.user
        self.host.run(
            ReadOp("settings.reload", lambda store: terminal_settings(store, user))
            .success(self.host.apply_settings)
            .failure(self.host.show_error)
        )

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.host.back_to_search()


def _write_agreement(
    store: Store, user: AuthenticatedUser, reference: str, lang: str, path: Path
) -> Path:
    # Imported here: the PDF stack (ReportLab, HarfBuzz) costs ~140 ms of CPU, which every
    # start of the window paid for this one rare document.
    from reports.pdf_plan_agreement import write_plan_agreement

    return write_plan_agreement(plan_agreement(store, user, reference), lang, path)
