"""``guichet-app``: start the counter window.

Why this module is small: it is the GUI's composition root. It parses the command line,
opens the store once through ``desktop.bootstrap``, builds the one database worker, installs
fonts and translators, and hands these down to the dialogs. Nothing happens at import time
and there is no global application object.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.bootstrap import demo_receipts_path, ensure_demo_database, init_database, open_store
from desktop.config import (
    TerminalSettings,
    default_db_path,
    default_demo_db_path,
)
from desktop.domain.errors import DomainError
from desktop.store.db import Store
from desktop.text import is_text, shown_bytes
from desktop.use_cases.settings import needs_setup, terminal_settings
from ui.fonts import application_font, load_arabic_font
from ui.garbage import GuiThreadGarbageCollector
from ui.i18n import LANGUAGES, Formats, Translators, babel_locale, error_text, system_language
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.operations import ReadOp
from ui.settings_dialog import FirstRunDialog
from ui.worker import DbWorker

IDLE_ENV = "GUICHET_IDLE_LOCK_MINUTES"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="guichet-app", description="Guichet counter window")
    parser.add_argument("--db", type=Path, help="database file (default: %(default)s)")
    parser.add_argument(
        "--demo", action="store_true", help="build a demo database first if the file is missing"
    )
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="language of the window")
    parser.add_argument(
        "--idle-lock",
        type=float,
        default=_idle_minutes_default(),
        metavar="MINUTES",
        help="lock the screen after this many idle minutes, 0 = never (default: %(default)s)",
    )
    return parser.parse_args(argv)


def _idle_minutes_default() -> float:
    """``$GUICHET_IDLE_LOCK_MINUTES``, or 5 when unset or not a number (a typo must not keep
    the window from starting, nor unlock it for ever)."""
    try:
        minutes = float(os.environ.get(IDLE_ENV, "5"))
    except ValueError:  # not a number, or bytes that are not UTF-8 (float() refuses them)
        return 5.0
    return minutes if minutes >= 0 and minutes != float("inf") else 5.0


def open_database(args: argparse.Namespace) -> Store:
    path = args.db or (default_demo_db_path() if args.demo else default_db_path())
    if not is_text(str(path)):  # bytes that are not UTF-8: SQLite takes the path as UTF-8
        raise DomainError("input.argument_not_text", name="--db", shown=shown_bytes(str(path)))
    app = QApplication.instance()
    if app is not None:
        app.setProperty("guichet_db", str(path))  # named in database error messages
    if args.demo:
        if not path.expanduser().exists():  # 5-10 s of silence would look like a hang
            print(
                f"Building the demo database at {path} (first run, a few seconds)…", file=sys.stderr
            )
        store = ensure_demo_database(path, profile="dz")
        print(
            f"Demo receipts are printed into {demo_receipts_path(path)}; "
            f"see one with: .venv/bin/guichet --db {shlex.quote(str(path))} "
            "receipt RECEIPT-NO --png receipt.png",
            file=sys.stderr,
        )
        return store
    if not path.expanduser().exists():
        return init_database(path)  # a fresh install: the first-run assistant configures it
    return open_store(path)


class AppRun:
    """One run of the window: the app, the store, the worker, and the screens in turn."""

    def __init__(
        self, app: QApplication, store: Store, args: argparse.Namespace, translators: Translators
    ) -> None:
        self.app, self.store, self.args = app, store, args
        self.translators = translators
        self.worker = DbWorker(store, app)
        self.arabic_family = load_arabic_font()
        self.base_font = app.font()
        self.window: MainWindow | None = None
        self.first_run: FirstRunDialog | None = None
        self.login: LoginDialog | None = None

    def set_language(self, lang: str) -> None:
        self.translators.install(lang)
        self.app.setFont(application_font(self.base_font, self.arabic_family, lang))

    def start(self) -> None:
        """The first-run assistant on an unconfigured database, then the log-in.

        Until the window is shown, closing a dialog must not end the app: Qt quits on the
        last window closed, and an accepted log-in dialog closes *before* the window (built
        once the settings come back from the worker) exists. Refusals quit explicitly.
        """
        self.app.setQuitOnLastWindowClosed(False)
        lang = self.args.lang or system_language()
        self.set_language(lang)
        ReadOp("settings.needs_setup", needs_setup).success(
            lambda needed: self._first_run(lang) if needed else self._login(lang)
        ).failure(self._fatal).run(self.worker)

    def _first_run(self, lang: str) -> FirstRunDialog:
        dialog = FirstRunDialog(self.worker, lang)
        dialog.accepted.connect(lambda: self._login(lang))
        dialog.rejected.connect(self.app.quit)
        dialog.show()
        self.first_run = dialog
        return dialog

    def _login(self, lang: str) -> LoginDialog:
        login = LoginDialog(
            self.worker, self.translators, lang, language_forced=self.args.lang is not None
        )
        login.accepted.connect(lambda: self._logged_in(login))
        login.rejected.connect(self.app.quit)
        login.show()
        self.login = login
        return login

    def _logged_in(self, login: LoginDialog) -> None:
        assert login.user is not None
        user, lang = login.user, login.chosen_language()
        self.set_language(lang)
        ReadOp("settings.load", lambda store: terminal_settings(store, user)).success(
            lambda settings: self._show_window(user, lang, settings)
        ).failure(self._fatal).run(self.worker)

    def _show_window(self, user, lang: str, settings: TerminalSettings) -> None:
        formats = Formats(babel_locale(lang, settings.currency))
        self.window = MainWindow(
            self.worker, user, settings, formats, idle_lock_minutes=self.args.idle_lock
        )
        self.window.show()
        self.app.setQuitOnLastWindowClosed(True)  # from now on, closing the window quits
        self.window.check_till()
        self.window.start_sync()

    def _fatal(self, error: BaseException) -> None:
        QMessageBox.critical(None, "Guichet", error_text(error))
        self.app.quit()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    GuiThreadGarbageCollector(app)  # no cycle collection on the worker threads
    app.setApplicationName("Guichet")
    translators = Translators(app)
    translators.install(args.lang or system_language())
    try:
        store = open_database(args)
    except DomainError as exc:
        QMessageBox.critical(None, "Guichet", error_text(exc))
        return 2
    run = AppRun(app, store, args, translators)
    run.start()
    try:
        return app.exec()
    finally:
        run.worker.wait_for_done()
        store.dispose()


if __name__ == "__main__":
    sys.exit(main())
