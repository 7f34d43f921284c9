"""The counter window: who is logged in, the search box, results, the account, the last receipt.

Why it is shaped like this: a clerk with a queue works from the keyboard. The search box has
the focus at start and after every payment; a barcode scanner types a bill reference and
Enter, which opens the account with that bill selected; F2 opens the payment dialog prefilled
and Enter confirms. Searches are debounced and run on the serial database worker; each one
carries a sequence number so a slow, older answer never replaces a newer one.

The window is the ``ui.host.WindowHost`` of its two action groups (``BackOffice``,
``CounterTools``): they ask it for what they need through that protocol only. Every database
call is a named operation (``ui.operations``); ``after_write`` is the one step every
committed write passes through, whoever asked: it wakes the sync. Work that takes over a
second shows its name in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.config import TerminalSettings
from desktop.services.accounts import AccountView
from desktop.services.auth import AuthenticatedUser
from desktop.services.payments import PaymentResult
from desktop.store.search import EXACT, SearchHit
from desktop.text import display_safe
from desktop.use_cases.accounts import open_account as load_account
from desktop.use_cases.accounts import search_accounts
from ui.account_view import AccountPanel, make_table
from ui.actions import window_action
from ui.back_office import BackOffice
from ui.counter_tools import CounterTools
from ui.host import Indicator, MenuKey
from ui.i18n import Formats, error_text, isolate, term
from ui.login import LockDialog
from ui.models import SearchResultsModel
from ui.operations import ReadOp, progress_text
from ui.payment_dialog import PaymentDialog
from ui.printing import ReceiptPrinter
from ui.remote_lookup import SHORTCUT as REMOTE_SHORTCUT
from ui.remote_lookup import RemoteLookupOffer
from ui.till_dialog import TillDialog
from ui.worker import DbWorker

SEARCH_DELAY_MS = 150
ACCOUNT_WRITES = frozenset(
    {
        "payment.take",
        "void.record",
        "correction.record",
        "plan.create",
        "reading.record",
        "contacts.save",
    }
)
"""Writes about the account on screen (its balance, history or details change): the shown
account is loaded again after them, whichever dialog wrote."""
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


class MainWindow(QMainWindow):
    """The clerk's screen for a logged-in ``user``.

    Signals (for tests and the status bar): ``results_shown`` after a search answer is
    displayed, ``account_shown`` after an account is displayed, ``payment_done`` after a
    committed payment, ``locked_changed`` when the screen locks or unlocks.
    """

    results_shown = Signal(int)
    account_shown = Signal(str)
    payment_done = Signal(object)
    locked_changed = Signal(bool)

    def __init__(
        self,
        worker: DbWorker,
        user: AuthenticatedUser,
        settings: TerminalSettings,
        formats: Formats,
        *,
        idle_lock_minutes: float = 5.0,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.worker, self.user, self.settings, self.formats = worker, user, settings, formats
        self._search_seq = 0
        self._shown_seq = 0
        self._open_when_seq: int | None = None
        self._last_query = ""
        self.lock_dialog: LockDialog | None = None
        self.payment_dialog: PaymentDialog | None = None

        self.header = QLabel(objectName="header")
        self.header.setStyleSheet("font-weight: bold; padding: 4px;")
        self.busy = QLabel(objectName="busy")
        self.till_label = QLabel(objectName="till_state")
        self.sync_label = QLabel(objectName="sync_state")
        self.search = QLineEdit(objectName="search")
        self.search.setClearButtonEnabled(True)
        self.search.setStyleSheet("font-size: 15pt; padding: 4px;")
        self.search.installEventFilter(self)
        self.results_model = SearchResultsModel(formats, self)
        self.results = make_table(self.results_model, "results")
        self.results.installEventFilter(self)
        self.results.doubleClicked.connect(lambda index: self._open_hit(index.row()))
        self.account = AccountPanel(formats)
        self.account.bills.installEventFilter(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.results)
        self.stack.addWidget(self.account)
        self.receipt = QLabel(objectName="receipt")
        self.receipt.setWordWrap(True)
        self.receipt.setStyleSheet(
            "font-size: 15pt; font-weight: bold; color: #1b5e20; background: #e8f5e9; padding: 6px;"
        )
        self.receipt.hide()
        self.message = QLabel(objectName="message")
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.remote = RemoteLookupOffer(worker, user, self)  # "Search other agencies" (F4)
        self.remote.found.connect(self._remote_found)
        self.remote.failed.connect(self.show_error)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.sync_label)
        top.addWidget(self.till_label)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.message)
        layout.addWidget(self.remote)
        layout.addWidget(self.receipt)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textEdited.connect(self._query_edited)
        self.search.returnPressed.connect(self._enter_in_search)
        worker.progress.connect(self._progress)
        worker.written.connect(self.after_write)
        worker.unhandled.connect(lambda _name, error: self.show_error(error))

        self._idle_enabled = idle_lock_minutes > 0
        self._idle = QTimer(self, singleShot=True, interval=max(1, int(idle_lock_minutes * 60_000)))
        self._idle.timeout.connect(self.lock)
        if self._idle_enabled:
            QApplication.instance().installEventFilter(self)
            self._idle.start()

        self.printer = ReceiptPrinter(worker.store, self)
        self.printer.status.connect(self.say)
        self.printer.recover()
        self._menus: dict[str, QMenu] = {}
        # The status bar, made now so the first slow operation does not move the layout,
        # carries the name of work under way (the header has no room left for it).
        self.statusBar().addWidget(self.busy, 1)
        self._build_actions()
        self.back_office = BackOffice(self)
        self.tools = CounterTools(self)
        self.retranslate()
        self.resize(1100, 720)
        self.search.setFocus()

    def check_till(self) -> None:
        """Ask for the opening float when the clerk has no open till here."""
        self.back_office.check_till()

    @property
    def till_dialog(self) -> TillDialog | None:
        """The open-till dialog while it is shown."""
        return self.back_office.till_dialog

    def start_sync(self) -> None:
        """At log-in: start the background sync when a central server is configured."""
        self.tools.sync.start()

    # --- the one step after every write -------------------------------------------------
    def after_write(self, name: str, result: object = None) -> None:
        """Every committed write of the window's worker comes here, whichever dialog ran it:
        the sync indicator counts it and the sender is woken (a void or a reading is sent
        at once, not at the next tick); a write about the account on screen reloads it."""
        self.tools.after_write()
        changed = name != "contacts.save" or bool(getattr(result, "changed", False))
        if name in ACCOUNT_WRITES and changed:
            self.refresh_account()

    def _progress(self, name: str) -> None:
        self.busy.setText(progress_text(name) if name else "")

    # --- WindowHost: what the action groups may ask -------------------------------------
    def widget(self) -> QWidget:
        return self

    def run(self, op: ReadOp[Any]) -> None:
        """Run a named operation on the window's worker."""
        op.run(self.worker)

    def shown_account(self) -> AccountView | None:
        return self.account.account if self.stack.currentWidget() is self.account else None

    def refresh_account(self) -> None:
        account = self.account.account
        if account is not None:
            self.open_account(account.account_no)

    def show_receipt(self, text: str) -> None:
        self.receipt.setText(text)
        self.receipt.show()

    def print_receipt(self, receipt_no: str) -> None:
        self.printer.print_receipt(receipt_no, self.user)

    def add_action(
        self, shortcut: str, slot: Callable[[], object], visible: bool = True
    ) -> QAction:
        return window_action(self, shortcut, slot, visible)

    def add_counter_action(self, action: QAction) -> None:
        self.menu.insertAction(self.act_lock, action)

    def get_menu(self, key: MenuKey) -> QMenu:
        if key not in self._menus:
            self._menus[key] = self.menuBar().addMenu("")
        return self._menus[key]

    def set_indicator(self, which: Indicator, text: str, style: str, tooltip: str = "") -> None:
        label = self.till_label if which == "till" else self.sync_label
        label.setText(text)
        label.setStyleSheet(style)
        label.setToolTip(tooltip)

    def on_view_changed(self, slot: Callable[[], None]) -> None:
        self.account_shown.connect(lambda _no: slot())
        self.stack.currentChanged.connect(lambda _i: slot())

    def back_to_search(self) -> None:
        self.activateWindow()
        self.focus_search()

    def apply_settings(self, settings: TerminalSettings) -> None:
        self.settings = settings
        self.retranslate()
        self.tools.stop()  # the central address may have changed: start again with it
        self.start_sync()

    # --- chrome ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(shortcut: str | QKeySequence.StandardKey, slot) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_search = action("Ctrl+F", self.focus_search)
        self.act_pay = action("F2", self.open_payment)
        self.act_print = action("F8", lambda: self.printer.print_again(self.user))
        self.act_remote = action(REMOTE_SHORTCUT, self.search_other_agencies)
        self.act_lock = action("Ctrl+L", self.lock)
        self.act_quit = action("Ctrl+Q", self.close)
        self.menu = self.get_menu("counter")
        for act in (
            self.act_search,
            self.act_remote,
            self.act_pay,
            self.act_print,
            self.act_lock,
            self.act_quit,
        ):
            self.menu.addAction(act)

    def retranslate(self) -> None:
        s, u = self.settings, self.user
        self.setWindowTitle(
            self.tr("Guichet — {agency}").format(agency=display_safe(s.agency_name))
        )
        self.header.setText(
            self.tr("{name} ({role}) · {agency} ({code}) · Terminal {terminal}").format(
                name=isolate(display_safe(u.full_name)),
                role=term(u.role),
                agency=isolate(display_safe(s.agency_name)),
                code=isolate(s.agency_code),
                terminal=isolate(s.terminal_code),
            )
        )
        self.search.setPlaceholderText(
            self.tr("Scan a bill or type an account, meter, phone or name (Ctrl+F)")
        )
        self.menu.setTitle(self.tr("&Counter"))
        self.act_search.setText(self.tr("&Search"))
        self.act_remote.setText(self.tr("Search &other agencies"))
        self.act_pay.setText(self.tr("&Pay"))
        self.act_print.setText(self.tr("P&rint the receipt again"))
        self.act_lock.setText(self.tr("&Lock screen"))
        self.act_quit.setText(self.tr("&Quit"))
        self.back_office.retranslate()
        self.tools.retranslate()
        mine = (
            self.act_search,
            self.act_remote,
            self.act_pay,
            self.act_print,
            self.act_lock,
            self.act_quit,
        )
        for act in (*mine, *self.back_office.actions(), *self.tools.actions()):
            keys = act.shortcut().toString()
            act.setToolTip(act.text().replace("&", "") + (f" ({keys})" if keys else ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- search ------------------------------------------------------------------------
    def _query_edited(self, _text: str) -> None:
        self._search_seq += 1
        self._debounce.start()

    def _run_search(self) -> None:
        self._debounce.stop()
        seq, query = self._search_seq, self.search.text()
        if not query.strip():
            self._show_results(seq, query, [])
            return
        self._submit_search(seq, query)

    def _submit_search(self, seq: int, query: str) -> None:
        user = self.user
        self.run(
            ReadOp("search.accounts", lambda store: search_accounts(store, user, query), owner=self)
            .success(lambda hits: self._show_results(seq, query, hits))
            .failure(self.show_error)
        )

    def _show_results(self, seq: int, query: str, hits: list[SearchHit]) -> None:
        if seq < self._shown_seq or seq != self._search_seq:
            return  # stale: the clerk typed more since this search started
        self._shown_seq, self._last_query = seq, query
        self.say("")
        self.results_model.set_rows(hits)
        self.remote.offer("" if hits else query)
        if self.stack.currentWidget() is not self.results:
            self.stack.setCurrentWidget(self.results)
        if hits:
            self.results.selectRow(0)
        self.results_shown.emit(len(hits))
        if self._open_when_seq == seq:
            self._open_when_seq = None
            self._open_from_results()

    def _enter_in_search(self) -> None:
        fresh = self._shown_seq == self._search_seq and not self._debounce.isActive()
        if fresh:
            self._open_from_results()
            return
        self._open_when_seq = self._search_seq  # scanner: Enter came before the debounce
        self._run_search()

    def _open_from_results(self) -> None:
        hits = self.results_model.rows()
        if not hits:
            if self._last_query.strip() and not self.remote.isVisible():
                self.say(self.tr("Nothing found. Check the number or try a name."))
            return
        if len(hits) == 1 or (hits[0].rank == EXACT and hits[0].kind == "bill"):
            self._open_hit(0)
        else:
            self.results.setFocus()

    def _open_hit(self, row: int) -> None:
        if 0 <= row < self.results_model.rowCount():
            hit = self.results_model.record(row)
            self.open_account(hit.account_no, hit.matched if hit.kind == "bill" else None)

    def search_other_agencies(self) -> None:
        """F4: look the number that found nothing here up in other agencies (online only)."""
        if not self.remote.run():
            self.say(
                self.tr(
                    "Type or scan an exact account, bill or meter number first: other "
                    "agencies' accounts are never searched by name."
                )
            )

    def _remote_found(self, found) -> None:
        self.say("")
        self.open_account(found.account_no, found.matched if found.matched_by == "bill" else None)

    # --- account -----------------------------------------------------------------------
    def open_account(self, account_no: str, select_bill: str | None = None) -> None:
        """Load the account on the worker, then show it (with ``select_bill`` selected)."""
        user = self.user
        self.run(
            ReadOp("account.open", lambda store: load_account(store, user, account_no), owner=self)
            .success(lambda found: self._show_account(*found, select_bill))
            .failure(self.show_error)
        )

    def _show_account(
        self, view: AccountView, voidable: frozenset[str], select_bill: str | None
    ) -> None:
        self.account.show_account(view, select_bill, voidable)
        self.stack.setCurrentWidget(self.account)
        if self.payment_dialog is None and self.lock_dialog is None and not self.search.hasFocus():
            self.account.bills.setFocus()
        self.account_shown.emit(view.account_no)

    def show_error(self, error: BaseException) -> None:
        """Say ``error`` in the clerk's language."""
        self.say(error_text(error))

    def say(self, text: str) -> None:
        """Show (or, with "", hide) the one-line message under the search box."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- payment -----------------------------------------------------------------------
    def open_payment(self) -> PaymentDialog | None:
        """F2: the payment dialog for the shown account, prefilled with what is due."""
        account = self.account.account
        if self.stack.currentWidget() is not self.account or account is None:
            self.say(self.tr("Open an account first (scan a bill or search)."))
            return None
        if not self.back_office.payments_allowed():
            return None
        amount = self.account.amount_to_pay()
        dialog = PaymentDialog(
            self.worker,
            self.user,
            self.settings,
            self.formats,
            account,
            amount,
            self.account.selected_bill_nos(),
            self,
        )
        dialog.paid.connect(self._paid)
        dialog.finished.connect(self._payment_closed)
        self.payment_dialog = dialog
        dialog.open()
        return dialog

    def _paid(self, result: PaymentResult) -> None:
        f = self.formats
        text = self.tr(
            "Receipt {receipt} · paid {amount} · change {change} · new balance {balance}"
        )
        self.show_receipt(
            text.format(
                receipt=isolate(result.receipt_no),
                amount=f.money(result.amount),
                change=f.money(result.change),
                balance=f.money(result.balance_after),
            )
        )
        self.print_receipt(result.receipt_no)  # committed already; never blocks
        self.payment_done.emit(result)

    def _payment_closed(self) -> None:
        self.payment_dialog = None
        self.back_to_search()

    # --- lock --------------------------------------------------------------------------
    def lock(self) -> None:
        """Ctrl+L or idle time: hide the data until the same clerk types the password."""
        if self.lock_dialog is not None:
            return
        self._idle.stop()
        self.centralWidget().hide()
        dialog = LockDialog(self.worker, self.user, self)
        dialog.unlocked.connect(self._unlocked)
        dialog.quit_requested.connect(self.close)
        self.lock_dialog = dialog
        dialog.open()
        self.locked_changed.emit(True)

    def _unlocked(self) -> None:
        self.lock_dialog = None
        self.centralWidget().show()
        if self._idle_enabled:
            self._idle.start()
        self.activateWindow()
        self.focus_search()
        self.locked_changed.emit(False)

    # --- events ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.lock_dialog is None and self._idle_enabled:
            self._idle.start()  # any key or click resets the idle countdown
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down and self.results_model.rowCount():
            self.stack.setCurrentWidget(self.results)
            self.results.setFocus()
            self.results.selectRow(0)
            return True
        if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_hit(self.results.currentIndex().row())
            return True
        if watched in (self.results, self.account.bills) and key == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        if watched is self.account.bills and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_payment()
            return True
        return False

    def closeEvent(self, event) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._idle.stop()
        self.tools.stop()
        super().closeEvent(event)
