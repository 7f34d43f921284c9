"""Fixtures for the window tests: a real store with a few accounts, the worker, the languages.

The shared ``store`` fixture opens amina's till on terminal T01; karim has none. Its users'
passwords are hashed with ``FAST_HASHER`` (tests/factories.py), and this folder hashes and
checks with it too: every window test logs in, and at the real cost (64 MiB per check) the
log-ins were a third of the folder's time. tests/integration/test_security.py keeps checking
the real parameters.

Why real: the tests drive the real widgets offscreen against a real SQLite file, through
the same serial worker as the application, so what passes here is what the clerk gets.
``QT_QPA_PLATFORM=offscreen`` is set by tests/conftest.py before Qt is imported.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.bootstrap import init_database
from desktop.config import TerminalSettings, load_terminal_settings
from desktop.services import auth
from desktop.services.auth import AuthenticatedUser, authenticate
from desktop.store.db import Store
from tests.conftest import PASSWORD
from tests.factories import FAST_HASHER, BillSpec, Created, make_account
from ui.fonts import application_font, load_arabic_font
from ui.garbage import GuiThreadGarbageCollector
from ui.i18n import Formats, Translators, babel_locale
from ui.main_window import MainWindow
from ui.worker import DbWorker

TODAY = dt.date.today()


@pytest.fixture(scope="session")
def ui_store_template(store_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``store_template`` with the users' passwords hashed cheaply (built once)."""
    path = tmp_path_factory.mktemp("ui-template") / "guichet.db"
    shutil.copyfile(store_template, path)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE users SET password_hash = ?", (FAST_HASHER.hash(PASSWORD),))
    with contextlib.closing(sqlite3.connect(path)) as conn:  # fold the WAL into the file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="module", autouse=True)
def fast_password_hashing(ui_store_template: Path) -> Iterator[None]:
    """Module scope, like tests/fuzz: undone before tests outside this folder run. The shared
    templates are built first, with the real parameters."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(auth, "_hasher", FAST_HASHER)
        auth._dummy_hash.cache_clear()
        yield
    auth._dummy_hash.cache_clear()


@pytest.fixture
def store(db_path: Path, ui_store_template: Path) -> Iterator[Store]:
    """The shared ``store`` (tests/conftest.py), from the cheaply hashed template."""
    shutil.copyfile(ui_store_template, db_path)
    s = init_database(db_path)
    yield s
    s.dispose()


@dataclass
class Accounts:
    """The accounts every UI test can rely on."""

    ahmed: Created  # أحمد بن يوسف: three open bills (two overdue), electricity + gas
    kacimi: Created  # أحمد قاسمي: one open bill
    fatima: Created  # فاطمة الزهراء بوزيد: one open bill


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app (ui/garbage.py): no cycle collection on a worker thread during a test."""
    collector = GuiThreadGarbageCollector(qapp)
    yield
    collector.stop()


@pytest.fixture
def accounts(store: Store) -> Accounts:
    ahmed = make_account(
        store,
        name_ar="أحمد بن يوسف",
        name_latin="Ahmed Benyoucef",
        phone1="0661 23 45 67",
        services=("electricity", "gas"),
        bills=[
            BillSpec(TODAY - dt.timedelta(days=60), 146_656),
            BillSpec(TODAY - dt.timedelta(days=20), 210_000),
            BillSpec(TODAY + dt.timedelta(days=10), 85_040),
        ],
    )
    kacimi = make_account(
        store,
        name_ar="أحمد قاسمي",
        name_latin="Ahmed Kacimi",
        bills=[BillSpec(TODAY - dt.timedelta(days=5), 320_000)],
    )
    fatima = make_account(
        store,
        name_ar="فاطمة الزهراء بوزيد",
        name_latin="Fatima Zohra Bouzid",
        bills=[BillSpec(TODAY - dt.timedelta(days=30), 250_000)],
    )
    return Accounts(ahmed, kacimi, fatima)


@dataclass
class Counter:
    """Everything a window needs, built the way ui.app builds it."""

    app: QApplication
    store: Store
    worker: DbWorker
    translators: Translators
    settings: TerminalSettings
    arabic_family: str | None
    base_font: QFont

    def set_language(self, lang: str) -> None:
        self.translators.install(lang)
        self.app.setFont(application_font(self.base_font, self.arabic_family, lang))

    def user(self, username: str = "amina") -> AuthenticatedUser:
        with self.store.unit_of_work() as uow:
            return authenticate(uow, username, PASSWORD)

    def window(
        self, qtbot, lang: str = "fr", *, idle_lock_minutes: float = 0, username: str = "amina"
    ) -> MainWindow:
        self.set_language(lang)
        formats = Formats(babel_locale(lang, self.settings.currency))
        window = MainWindow(
            self.worker,
            self.user(username),
            self.settings,
            formats,
            idle_lock_minutes=idle_lock_minutes,
        )
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()  # window shortcuts (F2, Ctrl+L) need the active window
        # With a very short idle time the lock dialog may already have taken the focus.
        qtbot.waitUntil(lambda: window.isActiveWindow() or window.lock_dialog is not None)
        return window


@pytest.fixture
def counter(qapp: QApplication, store: Store, accounts: Accounts) -> Iterator[Counter]:
    with store.read() as session:
        settings = load_terminal_settings(session)
    worker = DbWorker(store)
    base_font = qapp.font()
    env = Counter(qapp, store, worker, Translators(qapp), settings, load_arabic_font(), base_font)
    yield env
    worker.wait_for_done()
    qapp.processEvents()  # deliver the last answers while their widgets still exist
    env.translators.install("en")
    qapp.setFont(base_font)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as a keyboard would, Arabic letters included.

    Why not ``qtbot.keyClicks``: QTest maps characters to Latin-1 keys and aborts on Arabic.
    Each character becomes a key press and release carrying that text, as an Arabic layout
    delivers it, so the line edit emits ``textEdited`` exactly as for a clerk.
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
