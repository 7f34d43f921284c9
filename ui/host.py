"""What the window's action groups and dialogs may ask of the counter window, and nothing more.

Why a protocol: ``BackOffice`` and ``CounterTools`` used to reach into ``MainWindow`` for
some twenty attributes, private ones included (its message line, its till dialog, its
labels), so any change to the window's insides broke them and a test could not stand in for
the window. ``WindowHost`` names the few things they need (say a message, open or refresh
an account, show and print a receipt, run an operation, add actions and menus, show an
indicator); ``MainWindow`` implements it, and the groups are typed against it only. A test
asserts that they use nothing else of the window, and that no class in ``ui/`` reads
another's private attribute.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QWidget

    from desktop.config import TerminalSettings
    from desktop.services.accounts import AccountView
    from desktop.services.auth import AuthenticatedUser
    from ui.account_view import AccountPanel
    from ui.i18n import Formats
    from ui.operations import ReadOp
    from ui.worker import DbWorker

MenuKey = Literal["counter", "till", "manager", "tools"]
Indicator = Literal["till", "sync"]


@runtime_checkable
class WindowHost(Protocol):
    """The counter window as its action groups see it."""

    @property
    def user(self) -> AuthenticatedUser:
        """The logged-in user (dialogs run their use cases as this user)."""
        ...

    @property
    def settings(self) -> TerminalSettings: ...

    @property
    def formats(self) -> Formats: ...

    @property
    def worker(self) -> DbWorker:
        """The one database worker: dialogs run their operations on it."""
        ...

    @property
    def account(self) -> AccountPanel:
        """The account panel: its selected bill and payment, and its buttons' signals."""
        ...

    def widget(self) -> QWidget:
        """The window itself, as the parent of dialogs."""
        ...

    def run(self, op: ReadOp[Any]) -> None:
        """Run a named operation on the window's worker (its errors are shown if unhandled)."""
        ...

    def say(self, text: str) -> None:
        """Show (or, with "", hide) the one-line message under the search box."""
        ...

    def show_error(self, error: BaseException) -> None:
        """Say ``error`` in the clerk's language."""
        ...

    def shown_account(self) -> AccountView | None:
        """The account on screen, None while the search results are shown."""
        ...

    def open_account(self, account_no: str, select_bill: str | None = None) -> None: ...

    def refresh_account(self) -> None:
        """Load the shown account again (after a write about it)."""
        ...

    def show_receipt(self, text: str) -> None:
        """Show ``text`` in the green receipt banner."""
        ...

    def print_receipt(self, receipt_no: str) -> None:
        """Send a committed receipt (or slip) to the printer; never blocks."""
        ...

    def add_action(
        self, shortcut: str, slot: Callable[[], object], visible: bool = True
    ) -> QAction: ...

    def add_counter_action(self, action: QAction) -> None:
        """Put ``action`` in the Counter menu (before Lock)."""
        ...

    def get_menu(self, key: MenuKey) -> QMenu:
        """The menu ``key`` of the menu bar (made on first use)."""
        ...

    def set_indicator(self, which: Indicator, text: str, style: str, tooltip: str = "") -> None:
        """The till or sync state in the header."""
        ...

    def on_view_changed(self, slot: Callable[[], None]) -> None:
        """Call ``slot`` whenever an account is shown or the results come back to front."""
        ...

    def back_to_search(self) -> None:
        """After a dialog: the window active again, the search box focused."""
        ...

    def apply_settings(self, settings: TerminalSettings) -> None:
        """New terminal settings were saved: use them (titles, sync address)."""
        ...
