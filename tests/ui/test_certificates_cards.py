"""In the window: the total due includes a pending regularisation debit, certificates are
issued (or refused with the amount and the reason) from the account view, and a card number
typed into a free-text field is refused with nothing written."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select, update

from desktop.domain.regularisation import BilledPeriod, Regularisation, regularise
from desktop.domain.tariffs import energy_minor, tariff_on
from desktop.store.models import (
    Account,
    Certificate,
    JournalEntry,
    OutboxItem,
    RegularisationRecord,
    ServicePoint,
)
from tests.card_scan import card_numbers_in_database
from tests.conftest import PASSWORD
from tests.ui.helpers import pay_cash, type_manager
from tests.ui.test_counter_flow import _open_by_enter, _search
from tests.ui.test_reading_contact import _contact_dialog
from ui import certificate_dialog
from ui.certificate_dialog import CertificateDialog

TARIFF = "sonelgaz-2016-residential-electricity"
PERIOD = (dt.date(2026, 3, 1), dt.date(2026, 5, 31))


def _regularisation() -> Regularisation:
    """450 kWh measured where 300 were estimated: a real debit, with its explanation."""
    billed = energy_minor(tariff_on(TARIFF, PERIOD[0]), 300)
    return regularise(
        [BilledPeriod(*PERIOD, billed, billed, 300)], 450, lambda day: tariff_on(TARIFF, day)
    )


DEBIT = _regularisation().adjustment_minor
DEBIT_TEXT = f"{DEBIT // 100},{DEBIT % 100:02d}"  # as the French window prints it


def _pending_debit(store, account_no: str) -> None:
    """A regularisation debit decided and waiting for the next bill (as billing writes it)."""
    r = _regularisation()
    with store.unit_of_work() as uow:
        s = uow.session
        point = s.scalars(
            select(ServicePoint).join(Account).where(Account.account_no == account_no)
        ).first()
        s.add(
            RegularisationRecord(
                uuid=f"reg-{account_no}",
                service_point_id=point.id,
                reading_uuid="r1",
                previous_reading_uuid="r0",
                supersedes_uuid=None,
                superseded=False,
                period_start=PERIOD[0],
                period_end=PERIOD[1],
                actual_kwh=450,
                currency=r.currency,
                actual_minor=r.actual_minor,
                billed_minor=r.billed_minor,
                adjustment_minor=r.adjustment_minor,
                direction=r.direction,
                status="pending",
                bill_id=None,
                explanation=r.to_json(),
                created_at=dt.datetime(2026, 6, 2, 9, 0),
                created_by="amina",
            )
        )
        uow.commit()


def _kacimi_paid_with_debit(qtbot, counter, accounts, lang: str = "fr"):
    pay_cash(counter.store, accounts.kacimi.account_no, 320_000)  # every bill paid
    _pending_debit(counter.store, accounts.kacimi.account_no)
    window = counter.window(qtbot, lang)
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    return window


def _count(store, model) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _issue(qtbot, dialog: CertificateDialog, target: Path, monkeypatch) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(certificate_dialog, "open_document", lambda path: True)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.buttons.isEnabled() and dialog.message.text() != "", timeout=30_000
    )
    qtbot.waitUntil(lambda: "…" not in dialog.message.text(), timeout=30_000)


def test_the_total_due_shows_the_pending_debit_and_the_no_debt_is_refused(
    qtbot,
    counter,
    accounts,
    tmp_path,
    monkeypatch,
) -> None:
    window = _kacimi_paid_with_debit(qtbot, counter, accounts)
    panel = window.account
    assert panel.account.open_bills == ()
    assert DEBIT_TEXT in panel.balance.text().replace("\u202f", "").replace("\u00a0", "")
    assert panel.pending.isVisible()
    assert DEBIT_TEXT in panel.pending.text().replace("\u202f", "").replace("\u00a0", "")
    panel.no_debt_button.click()
    dialog = window.back_office.dialog
    assert isinstance(dialog, CertificateDialog)
    target = tmp_path / "nd.pdf"
    _issue(qtbot, dialog, target, monkeypatch)
    text = dialog.message.text().replace("\u202f", " ").replace("\u00a0", " ")
    assert f"{DEBIT_TEXT.replace(',', '.')} DZD" in text and "régularisation" in text.lower(), text
    assert not target.exists() and _count(counter.store, Certificate) == 0


def test_a_no_debt_certificate_is_issued_under_the_clerks_name(
    qtbot,
    counter,
    accounts,
    tmp_path,
    monkeypatch,
) -> None:
    pay_cash(counter.store, accounts.kacimi.account_no, 320_000)
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    window.account.no_debt_button.click()
    dialog = window.back_office.dialog
    target = tmp_path / "attestation.pdf"
    _issue(qtbot, dialog, target, monkeypatch)
    assert target.read_bytes().startswith(b"%PDF")
    with counter.store.read() as s:
        row = s.scalars(select(Certificate)).one()
        assert (row.kind, row.issued_by) == ("no_debt", "amina")
        assert (
            s.scalar(
                select(func.count())
                .select_from(OutboxItem)
                .where(OutboxItem.entity == "certificate")
            )
            == 1
        )
        number = row.number
    assert number in dialog.message.text()


def test_a_payment_certificate_from_the_selected_payment(
    qtbot,
    counter,
    accounts,
    tmp_path,
    monkeypatch,
) -> None:
    paid = pay_cash(counter.store, accounts.kacimi.account_no, 100_000)
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    panel = window.account
    assert not panel.payment_certificate_button.isEnabled()
    panel.payments.selectRow(0)
    assert panel.payment_certificate_button.isEnabled()
    panel.payment_certificate_button.click()
    dialog = window.back_office.dialog
    _issue(qtbot, dialog, tmp_path / "ap.pdf", monkeypatch)
    with counter.store.read() as s:
        row = s.scalars(select(Certificate)).one()
        assert (row.kind, row.receipt_no, row.amount_minor) == ("payment", paid.receipt_no, 100_000)


PAN_FORMS = ["4111.1111.1111.1111", "4111/1111/1111/1111", "4111_1111_1111_1111"]


@pytest.mark.parametrize("pan", PAN_FORMS)
def test_a_card_number_in_the_e_mail_is_refused_in_the_window(
    qtbot, counter, accounts, pan
) -> None:
    from tests.ui.conftest import type_text

    dialog = _contact_dialog(qtbot, counter)
    before = _count(counter.store, JournalEntry)
    type_text(dialog.email, f"{pan}@example.com")
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    message = refused.args[0]
    assert "1111" in message and pan not in message and "4111" not in message
    assert "carte" in message.lower()  # the French translation
    assert _count(counter.store, JournalEntry) == before
    assert card_numbers_in_database(Path(counter.store.engine.url.database)) == []


def test_a_card_number_in_a_void_note_is_refused_in_the_window(qtbot, counter, accounts) -> None:
    from tests.ui.conftest import type_text

    pay_cash(counter.store, accounts.kacimi.account_no, 100_000)
    window = counter.window(qtbot, "fr")
    _search(qtbot, window, "Kacimi")
    _open_by_enter(qtbot, window)
    window.account.payments.selectRow(0)
    dialog = window.back_office.void_selected_payment()
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    type_text(dialog.reason_text, "client 4111 1111 1111 1111")
    type_manager(dialog.approval, "karim", PASSWORD)
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        dialog.confirm.click()
    assert "1111" in refused.args[0] and "4111" not in refused.args[0]
    assert window.account.payments_model.record(0).status == "valid"
    assert card_numbers_in_database(Path(counter.store.engine.url.database)) == []


def test_screenshots_of_the_total_due_and_the_certificate_dialog(
    qtbot,
    counter,
    accounts,
    tmp_path,
    monkeypatch,
) -> None:
    """Renders the account view with a pending debit and the refused no-debt certificate, in
    French and Arabic; GUICHET_SCREENSHOTS=DIR saves them."""
    shots = os.environ.get("GUICHET_SCREENSHOTS")
    pay_cash(counter.store, accounts.kacimi.account_no, 320_000)
    _pending_debit(counter.store, accounts.kacimi.account_no)
    for lang in ("fr", "ar"):
        if lang == "ar":
            counter.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        window = counter.window(qtbot, lang)
        window.resize(1280, 800)
        _search(qtbot, window, "Kacimi")
        _open_by_enter(qtbot, window)
        image = window.grab()
        assert not image.isNull()
        if shots:
            image.save(str(Path(shots) / f"account_pending_{lang}.png"))
        window.account.no_debt_button.click()
        dialog = window.back_office.dialog
        _issue(qtbot, dialog, tmp_path / f"nd-{lang}.pdf", monkeypatch)
        if shots:
            dialog.grab().save(str(Path(shots) / f"certificate_refused_{lang}.png"))
        dialog.close()
        window.close()
    counter.app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    with counter.store.unit_of_work() as uow:
        uow.session.execute(update(Account).values(credit_minor=DEBIT))
        uow.commit()
