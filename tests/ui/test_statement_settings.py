"""Statement PDF from the account view; terminal settings; first run; language per user."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import select

from desktop.bootstrap import init_database
from desktop.domain.errors import DomainError
from desktop.services.auth import authenticate
from desktop.services.terminal_setup import load_settings_form, needs_setup
from desktop.store.models import Setting, User
from tests.conftest import PASSWORD
from tests.factories import user_named
from tests.ui.conftest import type_text
from tests.ui.test_counter_flow import _open_by_enter, _search
from tests.ui.test_login import _login_dialog, _type_and_submit
from ui import statement_dialog
from ui.settings_dialog import FirstRunDialog, SettingsDialog
from ui.statement_dialog import StatementDialog, default_period
from ui.worker import DbWorker

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _setting(store, key: str) -> str | None:
    with store.read() as s:
        row = s.get(Setting, key)
        return row.value if row else None


# --- statement ----------------------------------------------------------------------------
def test_the_default_period_is_the_last_twelve_months() -> None:
    assert default_period(dt.date(2025, 6, 15)) == (dt.date(2024, 6, 16), dt.date(2025, 6, 15))
    assert default_period(dt.date(2024, 2, 29)) == (dt.date(2023, 3, 1), dt.date(2024, 2, 29))


def test_the_statement_is_rendered_on_the_worker_saved_and_opened(
    qtbot, counter, accounts, tmp_path, monkeypatch
) -> None:
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Benyoucef")
    _open_by_enter(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.back_office.dialog
    assert isinstance(dialog, StatementDialog)
    assert dialog.period() == default_period(dt.date.today())
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    target = tmp_path / "releve.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(statement_dialog, "open_document", opened.append)
    with qtbot.waitSignal(dialog.written, timeout=30_000):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert opened == [target]
    assert "releve.pdf" in dialog.message.text()


def test_a_reversed_period_is_refused_with_nothing_written(
    qtbot, counter, accounts, tmp_path
) -> None:
    counter.set_language("fr")
    dialog = StatementDialog(
        counter.worker, accounts.ahmed.account_no, "fr", today=dt.date(2025, 6, 15)
    )
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(dialog.date_to.date().addDays(1))
    dialog.write_to(tmp_path / "x.pdf")
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() and "période" in dialog.message.text())
    assert not (tmp_path / "x.pdf").exists()


# --- settings -----------------------------------------------------------------------------
def test_settings_are_refused_to_a_manager_by_the_use_case(store) -> None:
    with store.read() as s, pytest.raises(DomainError) as refused:
        load_settings_form(s, user_named(store, "karim"))
    assert refused.value.code == "auth.forbidden"


def test_the_admin_sees_every_mistake_inline_and_nothing_is_saved_until_all_are_fixed(
    qtbot, counter, accounts
) -> None:
    window = counter.window(qtbot, "fr", username="admin")
    assert not counter.window(qtbot, "fr", username="karim").back_office.act_settings.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL_SHIFT)
    dialog = window.back_office.dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    assert dialog.agency_code.text() == "2401"
    dialog.printer_uri.setText("imprimante")
    dialog.max_payment.setText("beaucoup")
    assert dialog.credit_confirm.text() == "10000.00"  # the default threshold of credit
    dialog.credit_confirm.setText("2.000")
    dialog.agency_name.clear()
    dialog.terminal_code.setText("T 02")
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    errors = dialog.form.errors
    shown = {name for name, label in errors.items() if not label.isHidden()}
    assert shown == {"printer_uri", "max_payment", "agency_name", "terminal_code", "credit_confirm"}
    assert "montant" in errors["max_payment"].text()
    assert "2,00 ou 2\u202f000,00" in errors["credit_confirm"].text()
    assert _setting(counter.store, "printer_uri") is None  # nothing written

    dialog.printer_uri.setText("tcp://192.168.1.50:9100")
    dialog.max_payment.setText("500000")
    dialog.credit_confirm.setText("2000")
    dialog.agency_name.setText("Guelma Centre")
    dialog.terminal_code.setText("T01")
    type_text(dialog.receipt_footer, "Merci — شكرا")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert _setting(counter.store, "printer_uri") == "tcp://192.168.1.50:9100"
    assert _setting(counter.store, "max_payment_minor") == "50000000"
    assert _setting(counter.store, "credit_confirm_minor") == "200000"
    assert _setting(counter.store, "receipt_footer") == "Merci — شكرا"


def test_the_terminal_code_cannot_change_while_a_till_is_open(qtbot, counter, accounts) -> None:
    window = counter.window(qtbot, "fr", username="admin")
    dialog = window.back_office.settings()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    dialog.terminal_code.setText("T02")
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.form.errors["terminal_code"].isHidden()
    assert _setting(counter.store, "terminal_code") == "T01"


# --- first run ----------------------------------------------------------------------------
def test_the_first_run_assistant_configures_an_empty_database(qtbot, qapp, tmp_path) -> None:
    store = init_database(tmp_path / "fresh.db")
    worker = DbWorker(store)
    try:
        with store.read() as s:
            assert needs_setup(s)
        dialog = FirstRunDialog(worker, "fr")
        qtbot.addWidget(dialog)
        values = {
            "company_name": "ONEE Branche Électricité",
            "agency_code": "MA-CAS1",
            "agency_name": "Casablanca Anfa",
            "admin_username": "chef",
            "admin_full_name": "Youssef Alami",
            "password": "1234",
            "password_again": "1234",
        }
        for name, text in values.items():
            dialog.fields[name].setText(text)
        dialog.fields["currency"].setCurrentIndex(dialog.fields["currency"].findData("MAD"))
        with qtbot.waitSignal(dialog.refused, timeout=10_000):
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert not dialog.form.errors["password"].isHidden()  # too weak
        for name in ("password", "password_again"):
            dialog.fields[name].setText("Casa-2025-anfa")
        with qtbot.waitSignal(dialog.configured, timeout=10_000):
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        with store.read() as s:
            assert not needs_setup(s)
            assert s.get(Setting, "currency").value == "MAD"
        with store.unit_of_work() as uow:
            assert authenticate(uow, "chef", "Casa-2025-anfa").role == "admin"
    finally:
        worker.wait_for_done()
        qapp.processEvents()
        store.dispose()


def test_the_demo_and_configured_databases_skip_the_first_run(store) -> None:
    with store.read() as s:
        assert not needs_setup(s)


# --- language per user --------------------------------------------------------------------
def test_the_language_chosen_at_log_in_is_remembered_for_that_user(qtbot, counter) -> None:
    dialog = _login_dialog(qtbot, counter, "fr")
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    _type_and_submit(qtbot, dialog, "amina", PASSWORD)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    counter.worker.wait_for_done()

    def saved() -> str:
        with counter.store.read() as s:
            return s.scalars(select(User.language).where(User.username == "amina")).one()

    qtbot.waitUntil(lambda: saved() == "ar")
    again = _login_dialog(qtbot, counter, "fr")  # next time, the list is not touched
    _type_and_submit(qtbot, again, "amina", PASSWORD)
    qtbot.waitUntil(lambda: again.result() == QDialog.DialogCode.Accepted)
    assert again.chosen_language() == "ar"
    counter.worker.wait_for_done()
    assert saved() == "ar"
