"""Issue 14 in the window: the amount as it will be recorded under the field while typing,
ambiguous amounts and other currencies refused before anything is written, a large credit
only with the box ticked, and installment plans bounded and with their rounding rule."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from desktop.money import Money
from desktop.services.accounts import get_account_view
from desktop.store.models import Setting
from tests.factories import snapshot
from tests.ui.conftest import type_text
from ui.close_till_dialog import CloseTillDialog
from ui.i18n import Formats, babel_locale
from ui.payment_dialog import PaymentDialog
from ui.plan_dialog import PlanDialog


def _payment(qtbot, counter, account_no: str, lang: str = "fr", settings=None) -> PaymentDialog:
    counter.set_language(lang)
    formats = Formats(babel_locale(lang, counter.settings.currency))
    with counter.store.read() as s:
        view = get_account_view(s, account_no)
    dialog = PaymentDialog(
        counter.worker, counter.user(), settings or counter.settings, formats, view, view.balance
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _retype(dialog: PaymentDialog, text: str) -> None:
    dialog.amount.selectAll()
    dialog.amount.del_()
    type_text(dialog.amount, text)


def test_the_amount_shows_as_it_will_be_recorded_while_typing(qtbot, counter, accounts) -> None:
    dialog = _payment(qtbot, counter, accounts.kacimi.account_no)
    _retype(dialog, "2")
    assert dialog.amount_preview.text() == "Sera enregistré : \u20682,00\xa0DA\u2069"
    type_text(dialog.amount, ".000")
    assert dialog.amount_preview.text() == (
        "'2.000' peut vouloir dire 2,00 ou 2\u202f000,00 : tapez 2000 ou 2,00, selon le montant voulu."
    )
    type_text(dialog.amount, ",00")
    assert dialog.amount_preview.text() == "Sera enregistré : \u20682\u202f000,00\xa0DA\u2069"
    _retype(dialog, "100 MAD")
    assert "autre monnaie (MAD)" in dialog.amount_preview.text()
    _retype(dialog, "١٢٣٤٫٥")
    assert dialog.amount_preview.text() == "Sera enregistré : \u20681\u202f234,50\xa0DA\u2069"
    type_text(dialog.tendered, "1,000")
    assert "peut vouloir dire 1,00 ou 1\u202f000,00" in dialog.tendered_preview.text()


def test_in_arabic_the_readings_are_written_the_arabic_way(qtbot, counter, accounts) -> None:
    dialog = _payment(qtbot, counter, accounts.kacimi.account_no, "ar")
    _retype(dialog, "2.000")
    text = dialog.amount_preview.text()
    assert "2,00" in text and "2.000,00" in text and "2000" in text
    _retype(dialog, "2.000,00")
    assert "2.000,00" in dialog.amount_preview.text() and "د.ج" in dialog.amount_preview.text()
    counter.set_language("en")


def test_enter_on_an_ambiguous_amount_writes_nothing(qtbot, counter, accounts) -> None:
    dialog = _payment(qtbot, counter, accounts.kacimi.account_no)
    before = snapshot(counter.store)
    for typed in ("2.000", "12,345", "100 درهم"):
        _retype(dialog, typed)
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        assert dialog.error.text() and dialog.isVisible(), typed
    counter.worker.wait_for_done()
    assert snapshot(counter.store) == before


def test_a_large_credit_needs_the_box_ticked(qtbot, counter, accounts) -> None:
    with counter.store.unit_of_work() as uow:
        uow.session.merge(Setting(key="allow_credit", value="1"))
        uow.commit()
    settings = dataclasses.replace(counter.settings, allow_credit=True)
    dialog = _payment(qtbot, counter, accounts.kacimi.account_no, settings=settings)
    paid: list = []
    dialog.paid.connect(paid.append)
    before = snapshot(counter.store)
    _retype(dialog, "950000")  # owes 3 200,00
    qtbot.waitUntil(lambda: not dialog.confirm_credit.isHidden())
    assert dialog.confirm_credit.text() == (
        "\u2068946\u202f800,00\xa0DA\u2069 resteront en avoir sur le compte : cochez pour confirmer"
    )
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter alone does not make it credit
    qtbot.waitUntil(lambda: "case de confirmation" in dialog.error.text())
    counter.worker.wait_for_done()
    assert not paid and dialog.isVisible()
    assert snapshot(counter.store) == before
    _retype(dialog, "4000")  # 800,00 of credit: under the threshold, no box
    qtbot.waitUntil(lambda: dialog.confirm_credit.isHidden())
    _retype(dialog, "950000")
    qtbot.waitUntil(lambda: not dialog.confirm_credit.isHidden())
    assert not dialog.confirm_credit.isChecked()  # a new amount needs a new confirmation
    dialog.confirm_credit.setChecked(True)
    with qtbot.waitSignal(dialog.paid, timeout=10_000) as done:
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert done.args[0].credit == Money(94_680_000, "DZD")


def test_the_card_slips_total_of_the_till_close_is_read_the_same_way(qtbot, counter) -> None:
    counter.set_language("fr")
    formats = Formats(babel_locale("fr", counter.settings.currency))
    dialog = CloseTillDialog(counter.worker, counter.user(), counter.settings.currency, formats)
    qtbot.addWidget(dialog)
    type_text(dialog.card_total, "1.500")
    assert "peut vouloir dire 1,50 ou 1\u202f500,00" in dialog.card_total_preview.text()


def _plan(qtbot, counter, account_no: str, lang: str = "fr") -> PlanDialog:
    counter.set_language(lang)
    formats = Formats(babel_locale(lang, counter.settings.currency))
    dialog = PlanDialog(counter.worker, counter.user(), account_no, formats)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.bills.count() > 0, timeout=10_000)
    return dialog


def test_the_plan_states_its_rounding_rule_and_refuses_terms_past_the_ceiling(
    qtbot, counter, accounts
) -> None:
    dialog = _plan(qtbot, counter, accounts.ahmed.account_no)
    type_text(dialog.down, "200")
    dialog.count.setValue(4)
    # 3 566,56 - 200 = 3 366,56 in 4: 841 × 3, the last 843,56
    assert dialog.rounding.text().replace("\u2068", "").replace("\u2069", "") == (
        "3\u202f366,56\xa0DA est réparti en 4 échéances de 841,00\xa0DA, arrondies à l'inférieur "
        "à un multiple de 1,00\xa0DA ; la dernière, 843,56\xa0DA, prend le reste."
    )
    assert dialog.count.maximum() == 36
    dialog.count.setValue(500)
    assert dialog.count.value() == 36  # the spin box itself stops at the ceiling
    dialog.by_amount.setChecked(True)
    type_text(dialog.target, "0,50")
    assert dialog.proposal is None and not dialog.confirm.isEnabled()
    assert dialog.violations.text().replace("\u2068", "").replace("\u2069", "") == (
        "Des échéances de 0,50\xa0DA demanderaient 6734 échéances, plus qu'aucun échéancier ne "
        "peut en avoir (36), même avec l'accord d'un responsable. Indiquez une échéance d'au "
        "moins 94,00\xa0DA."
    )
    dialog.target.clear()
    type_text(dialog.target, "1.000")
    assert "peut vouloir dire" in dialog.violations.text()
    dialog.target.clear()
    type_text(dialog.target, "1000")
    assert dialog.proposal is not None and "comme convenu" in dialog.rounding.text()
