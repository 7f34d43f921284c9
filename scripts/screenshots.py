"""Regenerate the screenshots of the counter window in Arabic and French.

Usage: ``python scripts/screenshots.py [--out docs/screenshots] [--accounts 400]``

Why a script: the screenshots in the README are what users judge; they must show the real
widgets on real (demo) data, and be rebuilt whenever the screens change. It runs offscreen
(no display needed), builds a small demo database in a temporary directory, drives the
window as a clerk would, and saves ``widget.grab()`` images.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import text  # noqa: E402

from desktop.bootstrap import ensure_demo_database  # noqa: E402
from desktop.config import load_terminal_settings  # noqa: E402
from desktop.domain.cash import CashCount  # noqa: E402
from desktop.services.auth import authenticate  # noqa: E402
from desktop.services.sessions import current_session, open_session  # noqa: E402
from desktop.store.db import Store  # noqa: E402
from ui.fonts import application_font, load_arabic_font  # noqa: E402
from ui.i18n import Formats, Translators, babel_locale  # noqa: E402
from ui.login import LoginDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.worker import DbWorker  # noqa: E402

DEMO_PASSWORD = "demo"
SIZE = (1280, 800)


def spin_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    """Run the event loop until ``predicate()`` holds (results arrive through it)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print("wrote", path)


def pick_account(store: Store) -> tuple[str, str, str]:
    """A demo account worth showing: several open bills, an estimated one, payments."""
    sql = text(
        """
        SELECT a.account_no, a.name_latin, MIN(b.bill_no)
        FROM accounts a JOIN bills b ON b.account_id = a.id AND b.open_minor > 0
        WHERE a.status = 'active' AND a.category = 'residential_individual'
          AND EXISTS (SELECT 1 FROM bills e WHERE e.account_id = a.id AND e.estimated)
          AND EXISTS (SELECT 1 FROM payments p WHERE p.account_id = a.id)
        GROUP BY a.id HAVING COUNT(b.id) BETWEEN 2 AND 4
        ORDER BY a.id LIMIT 1
        """
    )
    with store.read() as session:
        row = session.execute(sql).one()
    return row[0], row[1], row[2]


def shoot(app: QApplication, store: Store, lang: str, out: Path, base_font, family) -> None:  # noqa: ANN001
    translators = Translators(app)
    translators.install(lang)
    app.setFont(application_font(base_font, family, lang))
    worker = DbWorker(store)

    login = LoginDialog(worker, translators, lang, language_forced=True)
    login.username.setText("amina")
    login.password.setText("secret")
    login.show()
    save(login, out / f"login_{lang}.png")
    login.close()

    with store.unit_of_work() as uow:
        user = authenticate(uow, "amina", DEMO_PASSWORD)
    with store.read() as session:
        settings = load_terminal_settings(session)
        till_open = current_session(session, user) is not None
    if not till_open:
        with store.unit_of_work() as uow:
            open_session(uow, user, CashCount.of(settings.currency, {200_000: 5}))
    window = MainWindow(
        worker, user, settings, Formats(babel_locale(lang, settings.currency)), idle_lock_minutes=0
    )
    window.resize(*SIZE)
    window.show()
    account_no, name_latin, bill_no = pick_account(store)

    surname = name_latin.split()[-1]
    window.search.setText(surname)
    window._query_edited(surname)
    spin_until(lambda: window._shown_seq == window._search_seq and window.results_model.rowCount() > 0)
    save(window, out / f"search_{lang}.png")

    window.search.setText(bill_no)  # as a barcode scanner would
    window._query_edited(bill_no)
    window._enter_in_search()
    spin_until(lambda: window.account.account is not None and window.account.account.account_no == account_no)
    save(window, out / f"account_{lang}.png")
    window.account.tabs.setCurrentIndex(1)
    save(window, out / f"consumption_{lang}.png")
    window.account.tabs.setCurrentIndex(0)

    window.account.bills.clearSelection()
    dialog = window.open_payment()
    assert dialog is not None
    spin_until(lambda: bool(dialog.preview.text()))
    for _ in range(3):  # the customer hands over three 2000 DA notes
        dialog.findChild(QWidget, "note_2000").click()
    spin_until(lambda: bool(dialog.preview.text()) and not window.worker.pending)
    save(dialog, out / f"payment_{lang}.png")
    dialog.confirm.click()
    try:
        spin_until(lambda: window.receipt.isVisible() and not window.worker.pending)
    except TimeoutError:
        raise TimeoutError(f"payment not confirmed: {dialog.error.text()!r}") from None
    save(window, out / f"receipt_{lang}.png")

    window.close()
    worker.wait_for_done()
    translators.install("en")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--accounts", type=int, default=400)
    parser.add_argument("--lang", action="append", choices=["ar", "fr", "en"])
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    family = load_arabic_font()
    base_font = app.font()
    with tempfile.TemporaryDirectory() as tmp:
        store = ensure_demo_database(Path(tmp) / "demo.db", profile="dz", accounts=args.accounts)
        try:
            for lang in args.lang or ["ar", "fr"]:
                shoot(app, store, lang, args.out, base_font, family)
        finally:
            store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
