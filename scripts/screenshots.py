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

from PySide6.QtCore import QEventLoop, QItemSelectionModel
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from desktop.bootstrap import ensure_demo_database
from desktop.config import load_terminal_settings
from desktop.domain.cash import CashCount
from desktop.money import Money
from desktop.services.auth import authenticate
from desktop.services.payments import PaymentRequest, take_payment
from desktop.services.tills import current_till, open_till
from desktop.store.db import Store
from ui.fonts import application_font, load_arabic_font
from ui.i18n import Formats, Translators, babel_locale
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.settings_dialog import FirstRunDialog
from ui.worker import DbWorker

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


def shoot(app: QApplication, store: Store, lang: str, out: Path, base_font, family) -> None:
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
        till_open = current_till(session, user) is not None
    if not till_open:
        with store.unit_of_work() as uow:
            open_till(uow, user, CashCount.of(settings.currency, {200_000: 5}))
    window = MainWindow(
        worker, user, settings, Formats(babel_locale(lang, settings.currency)), idle_lock_minutes=0
    )
    window.resize(*SIZE)
    window.show()
    account_no, name_latin, bill_no = pick_account(store)

    surname = name_latin.split()[-1]
    window.search.setText(surname)
    window._query_edited(surname)
    spin_until(
        lambda: window._shown_seq == window._search_seq and window.results_model.rowCount() > 0
    )
    save(window, out / f"search_{lang}.png")

    window.search.setText(bill_no)  # as a barcode scanner would
    window._query_edited(bill_no)
    window._enter_in_search()
    spin_until(
        lambda: (
            window.account.account is not None and window.account.account.account_no == account_no
        )
    )
    save(window, out / f"account_{lang}.png")
    shoot_certificates(window, store, lang, out)
    window.search.setText(bill_no)
    window._query_edited(bill_no)
    window._enter_in_search()
    spin_until(
        lambda: (
            window.account.account is not None and window.account.account.account_no == account_no
        )
    )
    shoot_tools(window, lang, out)
    window.account.tabs.setCurrentIndex(1)
    save(window, out / f"consumption_{lang}.png")
    window.account.tabs.setCurrentIndex(0)

    shoot_plan(window, lang, out)
    window.account.bills.clearSelection()
    dialog = window.open_payment()
    assert dialog is not None
    spin_until(lambda: bool(dialog.preview.text()))
    shoot_amounts(window, dialog, lang, out)
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
    shoot_back_office(window, store, lang, out)

    window.close()
    worker.wait_for_done()
    shoot_admin(app, store, worker, lang, out)
    translators.install("en")


def shoot_amounts(window: MainWindow, dialog, lang: str, out: Path) -> None:
    """Issue 14: an ambiguous amount explained under the field, and a large credit to confirm."""
    typed = dialog.amount.text()
    dialog.amount.setText("2.000")
    spin_until(lambda: not dialog.preview.text() and not window.worker.pending)
    save(dialog, out / f"payment_ambiguous_{lang}.png")
    dialog.amount.setText("950000")
    spin_until(lambda: not dialog.confirm_credit.isHidden() and not window.worker.pending)
    save(dialog, out / f"payment_credit_{lang}.png")
    dialog.amount.setText(typed)
    spin_until(lambda: dialog.confirm_credit.isHidden() and not window.worker.pending)


def shoot_plan(window: MainWindow, lang: str, out: Path) -> None:
    """Issue 14: the rounding rule stated in the proposal, and terms past the ceiling refused."""
    plan = window.back_office.installment_plan()
    if plan is None:
        return
    spin_until(lambda: plan.bills.count() > 0 and not window.worker.pending)
    plan.down.setText("200")
    plan.count.setValue(4)
    settle()
    save(plan, out / f"plan_rounding_{lang}.png")
    plan.by_amount.setChecked(True)
    plan.target.setText("0,50")
    settle()
    save(plan, out / f"plan_ceiling_{lang}.png")
    plan.reject()
    settle()


def paid_up_accounts(store: Store) -> tuple[str, str]:
    """Two active accounts owing nothing; the first gets a regularisation debit pending
    (once: the script runs each language on the same database)."""
    sql = text(
        """
        SELECT a.account_no, MIN(p.id) FROM accounts a JOIN service_points p ON p.account_id = a.id
        WHERE a.status = 'active' AND a.credit_minor = 0
          AND NOT EXISTS (SELECT 1 FROM bills b WHERE b.account_id = a.id AND b.open_minor > 0)
        GROUP BY a.id ORDER BY a.id LIMIT 2
        """
    )
    import datetime as dt

    from desktop.domain.regularisation import BilledPeriod, regularise
    from desktop.domain.tariffs import energy_minor, tariff_on
    from desktop.store.models import RegularisationRecord

    tariff, start, end = (
        "sonelgaz-2016-residential-electricity",
        dt.date(2026, 3, 1),
        dt.date(2026, 5, 31),
    )
    billed = energy_minor(tariff_on(tariff, start), 300)
    r = regularise(
        [BilledPeriod(start, end, billed, billed, 300)], 450, lambda d: tariff_on(tariff, d)
    )
    with store.unit_of_work() as uow:
        (debtor, point_id), (clear, _) = uow.session.execute(sql).all()
        if uow.session.get(RegularisationRecord, "screenshot-debit") is None:
            uow.session.add(
                RegularisationRecord(
                    uuid="screenshot-debit",
                    service_point_id=point_id,
                    reading_uuid="r1",
                    previous_reading_uuid="r0",
                    supersedes_uuid=None,
                    superseded=False,
                    period_start=start,
                    period_end=end,
                    actual_kwh=450,
                    currency=r.currency,
                    actual_minor=r.actual_minor,
                    billed_minor=r.billed_minor,
                    adjustment_minor=r.adjustment_minor,
                    direction=r.direction,
                    status="pending",
                    bill_id=None,
                    explanation=r.to_json(),
                    created_at=dt.datetime(2026, 6, 2, 9),
                    created_by="amina",
                )
            )
        uow.commit()
    return debtor, clear


def shoot_certificates(window: MainWindow, store: Store, lang: str, out: Path) -> None:
    """An account whose total due is a pending regularisation debit, its refused no-debt
    certificate, and a no-debt certificate issued for an account owing nothing."""
    from ui import certificate_dialog

    certificate_dialog.open_document = lambda path: True  # no PDF viewer here
    debtor, clear = paid_up_accounts(store)
    for account_no, name in ((debtor, "certificate_refused"), (clear, "certificate_issued")):
        window.open_account(account_no)
        spin_until(
            lambda a=account_no: (
                window.account.account is not None and window.account.account.account_no == a
            )
        )
        idle(window)
        if account_no == debtor:
            save(window, out / f"account_pending_{lang}.png")
        window.account.no_debt_button.click()
        dialog = window.back_office.dialog
        with tempfile.TemporaryDirectory() as tmp:
            dialog.write_to(Path(tmp) / "certificate.pdf")
            spin_until(lambda d=dialog: d.buttons.isEnabled())
            idle(window)
        save(dialog, out / f"{name}_{lang}.png")
        dialog.reject()
        idle(window)


def shoot_tools(window: MainWindow, lang: str, out: Path) -> None:
    """Tariff simulator (both tabs) and "Explain this bill" on the scanned bill."""
    sim = window.tools.open_simulator()
    sim.resize(1000, 780)
    sim.quote.set_inputs("lydec-2017-residential-electricity", 300)
    save(sim, out / f"simulator_quote_{lang}.png")
    sim.tabs.setCurrentIndex(1)
    save(sim, out / f"simulator_regularisation_{lang}.png")
    sim.close()
    bills = window.account.bills_model
    estimated = [n for n, b in enumerate(bills.rows()) if b.estimated]
    if estimated:  # an estimated bill says more than an actual one
        window.account.bills.selectionModel().setCurrentIndex(
            bills.index(estimated[0], 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
    explain = window.tools.explain_bill()
    assert explain is not None, "a bill should be selected after scanning it"
    spin_until(lambda: explain.explanation is not None or bool(explain.error.text()))
    save(explain, out / f"explain_{lang}.png")
    explain.reject()
    idle(window)


def idle(window_or_worker) -> None:
    worker = getattr(window_or_worker, "worker", window_or_worker)
    spin_until(lambda: not worker.pending)


def shoot_back_office(window: MainWindow, store: Store, lang: str, out: Path) -> None:
    """Void, statement and close-till dialogs of the clerk who just took a payment."""
    bo = window.back_office
    idle(window)
    rows = window.account.payments_model.rows()
    mine = [n for n, p in enumerate(rows) if p.receipt_no in window.account.voidable]
    assert mine, f"no voidable payment among {[p.receipt_no for p in rows[:3]]}"
    # Not selectRow(): in a right-to-left view whose columns do not fill the width, Qt looks
    # for the row's first cell at the viewport's right edge, finds none and selects nothing.
    flags = QItemSelectionModel.SelectionFlag
    window.account.payments.selectionModel().setCurrentIndex(
        window.account.payments_model.index(mine[0], 0), flags.ClearAndSelect | flags.Rows
    )
    void = bo.void_selected_payment()
    assert void is not None, "the payment just taken should be voidable"
    void.reason.setCurrentIndex(void.reason.findData("wrong_amount"))
    void.reason_text.setText("2000 DA" if lang == "fr" else "خطأ في المبلغ")
    void.approval.username.setText("karim")
    void.approval.password.setText(DEMO_PASSWORD)
    save(void, out / f"void_{lang}.png")
    void.confirm.click()
    spin_until(lambda: void.result_value is not None or bool(void.error.text()))
    idle(window)
    save(void, out / f"void_done_{lang}.png")
    void.reject()

    account = window.account.account
    assert account is not None
    with store.unit_of_work() as uow:  # a second payment, corrected after the till is closed
        take_payment(
            uow,
            PaymentRequest(account_no=account.account_no, amount=Money(50_000, account.currency)),
            window.user,
        )

    statement = bo.statement()
    assert statement is not None
    save(statement, out / f"statement_{lang}.png")
    statement.reject()

    close = bo.close_till()
    assert close is not None
    spin_until(lambda: bool(close.counts))
    close.counts[200_000].setValue(4)
    close.counts[100_000].setValue(1)
    close.counts[50].setValue(3)
    save(close, out / f"close_count_{lang}.png")
    close.confirm.click()
    spin_until(lambda: close.figures_box.isVisible() or bool(close.error.text()))
    close.approval.username.setText("karim")
    close.justification.setPlainText(
        "Billet de 1000 DA rendu en trop" if lang == "fr" else "ورقة 1000 دج أُعيدت خطأً"
    )
    save(close, out / f"close_check_{lang}.png")
    close.approval.password.setText(DEMO_PASSWORD)
    close.confirm.click()
    spin_until(lambda: not close.confirm.isVisible() or bool(close.error.text()))
    save(close, out / f"close_done_{lang}.png")
    close.reject()
    idle(window)
    window.open_account(window.account.account.account_no)  # its till is closed now
    idle(window)
    rows = window.account.payments_model.rows()
    older = [
        n
        for n, p in enumerate(rows)
        if p.channel == "counter"
        and p.status == "valid"
        and p.receipt_no
        and p.receipt_no not in window.account.voidable
    ]
    if older:  # a payment of the till just closed: corrected, not voided
        window.account.payments.selectionModel().setCurrentIndex(
            window.account.payments_model.index(older[0], 0), flags.ClearAndSelect | flags.Rows
        )
        correct = bo.void_selected_payment()
        assert correct is not None and correct.correction
        correct.reason.setCurrentIndex(correct.reason.findData("wrong_account"))
        correct.approval.username.setText("karim")
        save(correct, out / f"correct_{lang}.png")
        correct.reject()


def shoot_admin(app: QApplication, store: Store, worker: DbWorker, lang: str, out: Path) -> None:
    """The manager's dashboard, the admin's settings (with a mistake) and the first run."""
    with store.read() as session:
        settings = load_terminal_settings(session)
    formats = Formats(babel_locale(lang, settings.currency))
    for username in ("karim", "admin"):
        with store.unit_of_work() as uow:
            user = authenticate(uow, username, DEMO_PASSWORD)
        window = MainWindow(worker, user, settings, formats, idle_lock_minutes=0)
        window.resize(*SIZE)
        window.show()
        if username == "karim":
            dash = window.back_office.dashboard()
            assert dash is not None
            spin_until(lambda: dash.dashboard is not None)  # noqa: B023
            dash.resize(*SIZE)
            save(dash, out / f"dashboard_{lang}.png")
            dash.reject()
            problems = window.tools.sync_problems()
            assert problems is not None
            idle(worker)
            save(problems, out / f"sync_problems_{lang}.png")
            problems.reject()
        else:
            dialog = window.back_office.settings()
            assert dialog is not None
            spin_until(lambda: dialog.buttons.isEnabled())  # noqa: B023
            dialog.printer_uri.setText("imprimante")
            dialog.max_payment.setText("beaucoup")
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
            spin_until(lambda: bool(dialog.message.text()))  # noqa: B023
            save(dialog, out / f"settings_{lang}.png")
            dialog.reject()
            idle(worker)
            users = window.tools.users()
            assert users is not None
            spin_until(lambda: users.model.rowCount() > 0)  # noqa: B023
            users.select_user("amina")
            save(users, out / f"users_{lang}.png")
            add = users.add_user()
            add.username.setText("yacine")
            add.full_name.setText("Yacine Merad" if lang == "fr" else "ياسين مراد")
            add.password.setText("premier-mot")
            add.repeat.setText("autre")
            add.submit()
            save(add, out / f"user_add_{lang}.png")
            add.reject()
            users.reject()
            password = window.tools.change_password()
            save(password, out / f"change_password_{lang}.png")
            password.reject()
        idle(worker)
        window.close()
    first = FirstRunDialog(worker, lang)
    first.fields["company_name"].setText(
        "Sonelgaz Distribution Est" if lang == "fr" else "سونلغاز للتوزيع - الشرق"
    )
    first.fields["agency_code"].setText("2401")
    first.fields["agency_name"].setText("Guelma Centre" if lang == "fr" else "قالمة المركز")
    first.fields["admin_username"].setText("admin")
    first.show()
    save(first, out / f"first_run_{lang}.png")
    first.close()


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
