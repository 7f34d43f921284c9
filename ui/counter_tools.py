"""The window's simulator, explain, reprint, password, users and sync actions.

Why a separate object (like ``back_office``): these actions came with the tariff, sync and
user-management work and would push ``main_window`` past a readable size. It owns their
actions and shortcuts, the sync indicator in the header, and opens their dialogs. Entries a
role may not use are hidden; the use cases refuse them anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from desktop.services.auth import PERMISSIONS
from ui.contact_dialog import ContactDialog
from ui.explain_dialog import ExplainDialog
from ui.i18n import isolate
from ui.reading_dialog import ReadingDialog
from ui.simulator_dialog import SimulatorDialog
from ui.sync_panel import SyncController, SyncState
from ui.sync_views import SyncProblemsDialog, indicator
from ui.users_dialog import ChangePasswordDialog, UsersDialog

if TYPE_CHECKING:
    from ui.host import WindowHost


class CounterTools(QObject):
    """Simulator (F6), explain (Ctrl+E), reprint (Ctrl+Shift+R), meter reading (Ctrl+Shift+M),
    contacts (Ctrl+Shift+K), sync and user actions."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.dialog: QDialog | None = None
        self.simulator: SimulatorDialog | None = None
        role = host.user.role
        action = host.add_action

        self.act_simulator = action("F6", self.open_simulator)
        self.act_explain = action("Ctrl+E", self.explain_bill)
        self.act_reprint = action("Ctrl+Shift+R", self.reprint_selected)
        self.act_sync_now = action("Ctrl+Shift+Y", self.sync_now)
        self.act_password = action("", self.change_password)
        self.act_problems = action("", self.sync_problems, role in PERMISSIONS["approve"])
        self.act_users = action("", self.users, role in PERMISSIONS["manage_users"])
        self.act_reading = action("Ctrl+Shift+M", self.meter_reading)
        self.act_contacts = action("Ctrl+Shift+K", self.contacts)
        for act in (self.act_explain, self.act_reprint, self.act_reading, self.act_contacts):
            host.add_counter_action(act)
        self.tools_menu = host.get_menu("tools")
        for act in (self.act_simulator, self.act_sync_now, self.act_password):
            self.tools_menu.addAction(act)
        manager_menu = host.get_menu("manager")
        manager_menu.addAction(self.act_problems)
        manager_menu.addAction(self.act_users)
        if self.act_problems.isVisible() or self.act_users.isVisible():
            manager_menu.menuAction().setVisible(True)
        host.account.explain_requested.connect(self.explain_bill)
        host.account.reprint_requested.connect(self.reprint_selected)
        host.on_view_changed(self._account_actions)
        self._account_actions()

        self.sync = SyncController(host.worker, self)
        self.sync.changed.connect(self.show_sync_state)

    def actions(self) -> tuple[QAction, ...]:
        return (
            self.act_simulator,
            self.act_explain,
            self.act_reprint,
            self.act_sync_now,
            self.act_password,
            self.act_problems,
            self.act_users,
            self.act_reading,
            self.act_contacts,
        )

    def retranslate(self) -> None:
        self.tools_menu.setTitle(self.tr("T&ools"))
        self.act_simulator.setText(self.tr("Tariff &simulator…"))
        self.act_explain.setText(self.tr("&Explain this bill…"))
        self.act_reprint.setText(self.tr("Print the selected receipt a&gain"))
        self.act_sync_now.setText(self.tr("S&ync now"))
        self.act_password.setText(self.tr("&Change my password…"))
        self.act_problems.setText(self.tr("Sync &problems…"))
        self.act_users.setText(self.tr("&Users…"))
        self.act_reading.setText(self.tr("&Meter reading…"))
        self.act_contacts.setText(self.tr("Co&ntacts…"))
        self.show_sync_state(self.sync.state)

    # --- sync -----------------------------------------------------------------------------
    def show_sync_state(self, state: SyncState) -> None:
        text, color, tooltip = indicator(state, self.host.formats)
        self.host.set_indicator("sync", text, f"color: {color}; padding: 4px;", tooltip)

    def sync_now(self) -> None:
        if not self.sync.sync_now():
            self.host.say(
                self.tr(
                    "No central server is configured: an administrator sets it in "
                    "Settings. Payments are kept here meanwhile."
                )
            )

    def after_write(self) -> None:
        """Something was committed (a payment, a void, a reading, …): count it in the
        indicator and send it now rather than at the next tick of the background sync."""
        self.sync.refresh()
        if self.sync.background is not None:
            self.sync.sync_now()

    def stop(self) -> None:
        self.sync.stop()

    def sync_problems(self) -> SyncProblemsDialog | None:
        if not self.act_problems.isEnabled():
            return None
        h = self.host
        return self._show(SyncProblemsDialog(self.sync, h.formats, h.user, h.widget()))

    # --- counter --------------------------------------------------------------------------
    def open_simulator(self) -> SimulatorDialog:
        if self.simulator is None:
            self.simulator = SimulatorDialog(self.host.formats, self.host.widget())
            self.simulator.finished.connect(lambda _r: setattr(self, "simulator", None))
        self.simulator.show()
        self.simulator.raise_()
        self.simulator.activateWindow()
        return self.simulator

    def explain_bill(self) -> ExplainDialog | None:
        h = self.host
        bill = h.account.explained_bill() if h.shown_account() is not None else None
        if bill is None:
            h.say(self.tr("Select a bill of the account first (scan it or click it)."))
            return None
        return self._show(
            ExplainDialog(h.worker, bill.bill_no, bill.service, h.formats, h.widget(), user=h.user)
        )

    def reprint_selected(self) -> bool:
        h = self.host
        payment = h.account.selected_reprintable_payment()
        if h.shown_account() is None or payment is None or not payment.receipt_no:
            h.say(self.tr("Select a counter payment in the payment history first."))
            return False
        h.show_receipt(
            self.tr("Duplicate of receipt {receipt} sent to the printer.").format(
                receipt=isolate(payment.receipt_no)
            )
        )
        h.print_receipt(payment.receipt_no)  # marked DUPLICATA and counted by the core
        return True

    def _account_actions(self) -> None:
        """Reading and contacts act on the shown account: enabled only while one is shown."""
        shown = self.host.shown_account() is not None
        self.act_reading.setEnabled(shown)
        self.act_contacts.setEnabled(shown)

    def meter_reading(self) -> ReadingDialog | None:
        """Record a customer's self-reading for a meter of the shown account."""
        h = self.host
        account = h.shown_account()
        if account is None:
            h.say(self.tr("Open an account first (scan a bill or search)."))
            return None
        return self._show(ReadingDialog(h.worker, h.user, account, h.formats, h.widget()))

    def contacts(self) -> ContactDialog | None:
        """Edit the mobile, e-mail, channel and e-bill opt-in of the shown account."""
        h = self.host
        account = h.shown_account()
        if account is None:
            h.say(self.tr("Open an account first (scan a bill or search)."))
            return None
        return self._show(ContactDialog(h.worker, h.user, account.account_no, h.widget()))

    # --- users ----------------------------------------------------------------------------
    def change_password(self) -> ChangePasswordDialog:
        h = self.host
        dialog = ChangePasswordDialog(h.worker, h.user, h.widget())
        dialog.done_ok.connect(lambda: h.say(self.tr("Your password was changed.")))
        return self._show(dialog)

    def users(self) -> UsersDialog | None:
        if not self.act_users.isEnabled():
            return None
        h = self.host
        return self._show(UsersDialog(h.worker, h.user, h.formats, h.widget()))

    def _show(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.host.back_to_search()
