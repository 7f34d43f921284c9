"""The manager's dashboard: figures from SQL aggregates, the day closed from the screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester

from desktop.domain.cash import CashCount
from desktop.domain.errors import DomainError
from desktop.money import Money
from desktop.services.dashboard import debt_by_category_and_age, get_dashboard
from desktop.services.tills import close_till
from tests.factories import BillSpec, make_account, user_named
from tests.ui.helpers import pay_cash
from ui import dashboard as dashboard_module
from ui import statement_dialog
from ui.dashboard import DashboardDialog
from ui.dashboard_models import DebtMatrixModel
from ui.i18n import Formats

TODAY = dt.date.today()


def _dashboard(qtbot, window) -> DashboardDialog:
    qtbot.keyClick(window, Qt.Key.Key_F9)
    dialog = window.back_office.dialog
    assert isinstance(dialog, DashboardDialog)
    qtbot.waitUntil(lambda: dialog.dashboard is not None)
    return dialog


def test_the_debt_matrix_sums_open_bills_by_category_and_age(store, accounts) -> None:
    make_account(
        store,
        bills=[
            BillSpec(TODAY - dt.timedelta(days=200), 50_000),
            BillSpec(TODAY - dt.timedelta(days=100), 7_000),
        ],
    )
    with store.read() as s:
        cells = {
            (c.category, c.bucket): c.amount.minor
            for c in debt_by_category_and_age(s, TODAY, "DZD")
        }
    # conftest accounts: 146 656 (60 d: 31-90), 210 000 (20 d), 85 040 (not yet due), 320 000
    # (5 d), 250 000 (30 d: still 0-30); plus 7 000 (100 d) and 50 000 (200 d) here
    assert cells == {
        ("residential_individual", "0-30"): 210_000 + 85_040 + 320_000 + 250_000,
        ("residential_individual", "31-90"): 146_656,
        ("residential_individual", "91-180"): 7_000,
        ("residential_individual", ">180"): 50_000,
    }


def test_a_clerk_is_refused_the_dashboard_by_the_use_case(store, accounts) -> None:
    with store.read() as s, pytest.raises(DomainError) as refused:
        get_dashboard(s, user_named(store, "amina"))
    assert refused.value.code == "auth.forbidden"


def test_the_debt_matrix_model_has_totals_and_passes_the_model_tester(qtbot) -> None:
    from desktop.services.dashboard import DebtCell

    model = DebtMatrixModel(Formats("fr_DZ"))
    ModelTester(None).check(model)
    model.set_cells(
        [
            DebtCell("professional", "0-30", 1, Money(100, "DZD")),
            DebtCell("professional", ">180", 2, Money(250, "DZD")),
            DebtCell("administration", "31-90", 1, Money(5, "DZD")),
        ],
        "DZD",
    )
    ModelTester(None).check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 5)
    assert model.amount(2, 4) == Money(355, "DZD")  # grand total
    assert model.amount(1, 4) == Money(350, "DZD")  # professional, all ages
    assert model.amount(2, 0) == Money(100, "DZD")  # all categories, 0-30


def test_a_clerk_has_no_dashboard_in_the_menus(qtbot, counter, accounts) -> None:
    window = counter.window(qtbot, "fr", username="amina")
    assert not window.back_office.act_dashboard.isVisible()
    assert window.back_office.dashboard() is None


def test_the_manager_sees_open_tills_takings_and_closes_the_day(
    qtbot, counter, accounts, monkeypatch, tmp_path
) -> None:
    pay_cash(counter.store, accounts.kacimi.account_no, 120_000)
    window = counter.window(qtbot, "fr", username="karim")
    dialog = _dashboard(qtbot, window)
    d = dialog.dashboard
    assert [s.username for s in d.open_sessions] == ["amina"]
    assert [(t.username, t.tender, t.amount.minor) for t in d.takings] == [
        ("amina", "cash", 120_000)
    ]
    assert dialog.takings_model.rowCount() == 1
    assert dialog.debt_model.rowCount() == 2  # one category + the total row
    assert "1\u202f200,00" in dialog.summary.text()

    monkeypatch.setattr(dashboard_module, "confirm", lambda *_: True)
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:  # amina's till is still open
        qtbot.mouseClick(dialog.close_day_button, Qt.MouseButton.LeftButton)
    assert "T01" in failed.args[0]

    amina = user_named(counter.store, "amina")  # she counts 10 000 + 1 200 exactly, elsewhere
    with counter.store.unit_of_work() as uow:
        close_till(
            uow, amina, CashCount.of("DZD", {200_000: 5, 100_000: 1, 10_000: 2}), Money(0, "DZD")
        )
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_F5)
    assert dialog.dashboard.open_sessions == ()
    with qtbot.waitSignal(dialog.day_closed, timeout=10_000) as closed:
        dialog.close_day_button.click()
    report = closed.args[0]
    assert report.totals["day_total_minor"] == 120_000
    assert dialog.z_text.isVisible() and "1\u202f200,00" in dialog.z_text.text()
    qtbot.waitUntil(lambda: dialog.dashboard.day_status == "closed")
    assert not dialog.close_day_button.isEnabled()

    assert dialog.save_z_button.isVisible()  # reports.pdf_z_report is installed
    target = tmp_path / "z.pdf"
    opened: list = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(statement_dialog, "open_document", opened.append)
    with qtbot.waitSignal(dialog.z_written, timeout=30_000):
        dialog.save_z_button.click()
    assert target.read_bytes().startswith(b"%PDF") and opened == [target]


def test_a_discrepancy_of_a_closed_till_is_listed(qtbot, counter, accounts) -> None:
    amina, karim = user_named(counter.store, "amina"), user_named(counter.store, "karim")
    with counter.store.unit_of_work() as uow:  # 2 000 DA short, validated by karim
        close_till(
            uow,
            amina,
            CashCount.of("DZD", {200_000: 4}),
            Money(0, "DZD"),
            validator=karim,
            justification="erreur de rendu",
        )
    window = counter.window(qtbot, "fr", username="karim")
    dialog = _dashboard(qtbot, window)
    assert dialog.discrepancies_model.rowCount() == 1
    row = dialog.discrepancies_model.record(0)
    assert row.validated and row.differences[0].difference == Money(-200_000, "DZD")


def test_the_days_voids_are_listed_with_both_names(qtbot, counter, accounts) -> None:
    from desktop.services.voids import void_payment

    paid = pay_cash(counter.store, accounts.kacimi.account_no, 120_000)
    amina, karim = user_named(counter.store, "amina"), user_named(counter.store, "karim")
    with counter.store.unit_of_work() as uow:
        void_payment(uow, amina, karim, paid.receipt_no, "wrong_amount")
    window = counter.window(qtbot, "fr", username="karim")
    dialog = _dashboard(qtbot, window)
    assert dialog.voids_model.rowCount() == 1
    shown = [dialog.voids_model.index(0, c).data() for c in range(5)]
    assert paid.receipt_no in shown[0] and "1\u202f200,00" in shown[1]
    assert shown[2] == "montant erroné" and "amina" in shown[3] and "karim" in shown[3]
