"""``guichet-app`` end to end: start, log in, and the counter window must come up.

Why: the window is built only once the terminal settings come back from the worker, after
the log-in dialog has closed. Qt quits on the last window closed, so without care the app
ended right after a successful log-in (found by tests/bench/bench_app_start.py, which drives
the real ``ui.app.main`` the same way).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import ui.app as app_module
from desktop.store.db import Store
from tests.conftest import PASSWORD


def test_window_comes_up_after_log_in(
    qapp: QApplication, store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.dispose()  # the app opens the file itself
    seen: dict[str, object] = {}
    original_login = app_module.AppRun._login
    original_show = app_module.AppRun._show_window

    def login(self, lang: str):
        dialog = original_login(self, lang)

        def submit() -> None:
            dialog.username.setText("amina")
            dialog.password.setText(PASSWORD)
            dialog.buttons.accepted.emit()

        QTimer.singleShot(0, submit)
        return dialog

    def show_window(self, user, lang, settings) -> None:
        original_show(self, user, lang, settings)
        seen["window"] = self.window
        seen["visible"] = self.window.isVisible()
        QTimer.singleShot(0, self.window.close)  # the clerk quits: the app must end

    made: list[app_module.Translators] = []

    class Recorded(app_module.Translators):
        def __init__(self, app: QApplication) -> None:
            super().__init__(app)
            made.append(self)

    monkeypatch.setattr(app_module, "Translators", Recorded)
    monkeypatch.setattr(app_module.AppRun, "_login", login)
    monkeypatch.setattr(app_module.AppRun, "_show_window", show_window)
    base_font = qapp.font()
    guard = QTimer(singleShot=True, interval=30_000)
    guard.timeout.connect(qapp.quit)  # never hang the suite
    guard.start()
    try:
        code = app_module.main(["--db", str(db_path), "--lang", "fr", "--idle-lock", "0"])
    finally:
        guard.stop()
        qapp.setQuitOnLastWindowClosed(True)
        qapp.setFont(base_font)
        for translators in made:  # the next tests expect English, left to right
            translators.install("en")
    assert code == 0
    assert seen.get("visible") is True, "the app ended after the log-in, before its window"
    assert qapp.quitOnLastWindowClosed(), "closing the window must end the app again"
