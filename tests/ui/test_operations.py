"""Named operations in the window: the after-write step, failures, progress.

Why: before, only a counter payment woke the sync (a void or a reading waited for the next
tick) and an operation's failure was shown only if its closure remembered to. Here every
write of the window's worker, from whichever dialog, passes through one step that wakes the
sync; a failure reaches its handler, and the clerk sees the message.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from desktop.domain.errors import DomainError
from tests.conftest import PASSWORD
from tests.ui.helpers import type_manager
from tests.ui.test_reading_contact import PREVIOUS, _previous_reading, _reading_dialog
from tests.ui.test_void import CTRL_SHIFT, _account_with_payment
from ui.host import WindowHost
from ui.i18n import error_text
from ui.operations import ReadOp, WriteOp, progress_text
from ui.void_dialog import VoidDialog


class FakeBackground:
    """Stands for ``BackgroundSync``: counts how often the window wakes it."""

    def __init__(self) -> None:
        self.wakes = 0

    def wake(self) -> None:
        self.wakes += 1

    def stop(self, _timeout: float) -> None:
        pass


def _watch_sync(window) -> FakeBackground:
    fake = FakeBackground()
    window.tools.sync.background = fake
    return fake


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=10_000)


def test_the_window_is_the_host_of_its_action_groups(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    assert isinstance(window, WindowHost)
    assert window.back_office.host is window and window.tools.host is window


def test_a_write_operation_wakes_the_sync_and_a_read_does_not(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    fake = _watch_sync(window)
    read: list[int] = []
    window.run(ReadOp("test.read", lambda store: 1).success(read.append))
    _settle(qtbot, window)
    assert read == [1] and fake.wakes == 0
    with qtbot.waitSignal(window.worker.written, timeout=5000) as written:
        window.run(WriteOp("test.write", lambda store: 2))
    assert written.args == ["test.write", 2]
    _settle(qtbot, window)
    assert fake.wakes == 1


def test_a_void_wakes_the_sync_not_only_a_payment(qtbot, counter, accounts) -> None:
    window, _paid = _account_with_payment(qtbot, counter, accounts)
    fake = _watch_sync(window)
    window.account.payments.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL_SHIFT)
    dialog = window.back_office.dialog
    assert isinstance(dialog, VoidDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("wrong_account"))
    type_manager(dialog.approval, "karim", PASSWORD)
    with qtbot.waitSignal(dialog.voided, timeout=10_000):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert fake.wakes == 1


def test_a_meter_reading_wakes_the_sync_and_reloads_the_account(qtbot, counter, accounts) -> None:
    from tests.ui.conftest import type_text

    _previous_reading(counter.store, accounts.kacimi.meter_nos[0])
    window, dialog = _reading_dialog(qtbot, counter)
    fake = _watch_sync(window)
    type_text(dialog.index, str(PREVIOUS + 100))
    with (
        qtbot.waitSignal(window.account_shown, timeout=10_000),  # reloaded by after_write
        qtbot.waitSignal(dialog.recorded, timeout=10_000),
    ):
        qtbot.mouseClick(dialog.record, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert fake.wakes == 1


def test_a_write_that_fails_wakes_nothing_and_reaches_its_failure_handler(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    fake = _watch_sync(window)
    refusal = DomainError("sync.offline", problem="connection refused")

    def refuse(_store):
        raise refusal

    failed: list[BaseException] = []
    ok: list[object] = []

    def show(error: BaseException) -> None:
        failed.append(error)
        window.show_error(error)

    window.run(WriteOp("test.refused", refuse).success(ok.append).failure(show))
    _settle(qtbot, window)
    assert failed == [refusal] and not ok and fake.wakes == 0
    assert window.message.isVisible() and window.message.text() == error_text(refusal)


def test_a_failure_nobody_handles_is_still_shown_to_the_clerk(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    refusal = DomainError("sync.offline", problem="connection refused")

    def refuse(_store):
        raise refusal

    window.run(ReadOp("test.unhandled", refuse))
    qtbot.waitUntil(lambda: window.message.isVisible(), timeout=5000)
    assert window.message.text() == error_text(refusal)


def test_the_write_is_followed_up_even_when_its_dialog_is_gone(qtbot, counter) -> None:
    """The after-write step belongs to the window: a dialog closed meanwhile skips only its
    own handlers, the sync still learns of the committed write."""
    from PySide6.QtWidgets import QDialog

    window = counter.window(qtbot, "fr")
    fake = _watch_sync(window)
    dialog = QDialog(window)
    seen: list[object] = []

    def slow(_store) -> str:
        time.sleep(0.2)
        return "done"

    window.run(WriteOp("test.closed", slow, owner=dialog).success(seen.append))
    dialog.deleteLater()
    _settle(qtbot, window)
    assert seen == [] and fake.wakes == 1


def test_slow_work_shows_its_name_and_quick_work_shows_nothing(qtbot, counter) -> None:
    window = counter.window(qtbot, "en")
    window.worker.progress_delay_ms = 100
    shown: list[str] = []
    window.worker.progress.connect(shown.append)
    window.run(ReadOp("search.accounts", lambda store: 1))
    _settle(qtbot, window)
    assert shown == [] and window.busy.text() == ""

    def slow(_store) -> int:
        time.sleep(0.6)
        return 1

    window.run(ReadOp("payment.take", slow))
    qtbot.waitUntil(lambda: window.busy.text() != "", timeout=5000)
    assert window.busy.text() == progress_text("payment.take") == "Recording the payment…"
    assert window.busy.isVisible() and window.busy.parent() is window.statusBar()
    _settle(qtbot, window)
    assert window.busy.text() == "" and shown == ["payment.take", ""]


def test_an_operation_name_gives_its_progress_text(counter) -> None:
    counter.set_language("en")
    assert progress_text("void.record") == "Voiding the payment…"
    assert progress_text("till.close") == "Closing the till…"
    assert progress_text("till.current") == "Checking the till…"
    assert progress_text("nothing.known") == "Working…"
