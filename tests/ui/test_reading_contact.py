"""Meter readings and contacts from the counter window: the real dialogs, the real core."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.services.contacts import get_contacts
from desktop.store.models import Account, JournalEntry, MeterReading, ServicePoint
from tests.ui.conftest import TODAY, type_text
from ui.contact_dialog import ContactDialog
from ui.reading_dialog import ReadingDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PREVIOUS = 5000  # index read 30 days ago; kacimi's history makes about 130 usual in 30 days


def _previous_reading(store, meter_no: str) -> None:
    with store.unit_of_work() as uow:
        s = uow.session
        point = s.scalars(select(ServicePoint).where(ServicePoint.meter_no == meter_no)).one()
        s.add(
            MeterReading(
                uuid=f"r-{meter_no}-prev",
                service_point_id=point.id,
                reading_date=TODAY - dt.timedelta(days=30),
                index_value=PREVIOUS,
                kind="actual",
            )
        )
        uow.commit()


def _readings(store, meter_no: str) -> list[tuple[int, str]]:
    with store.read() as s:
        rows = s.execute(
            select(MeterReading.index_value, MeterReading.kind)
            .join(ServicePoint, ServicePoint.id == MeterReading.service_point_id)
            .where(ServicePoint.meter_no == meter_no)
            .order_by(MeterReading.id)
        ).all()
    return [tuple(r) for r in rows]


def _show_account(qtbot, window, name: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        type_text(window.search, name)
    with qtbot.waitSignal(window.account_shown, timeout=5000):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)


def _reading_dialog(qtbot, counter, name: str = "Kacimi", lang: str = "fr"):
    window = counter.window(qtbot, lang)
    assert not window.tools.act_reading.isEnabled()  # no account shown yet
    _show_account(qtbot, window, name)
    assert window.tools.act_reading.isEnabled() and window.tools.act_contacts.isEnabled()
    qtbot.keyClick(window.search, Qt.Key.Key_M, CTRL_SHIFT)
    dialog = window.tools.dialog
    assert isinstance(dialog, ReadingDialog)
    return window, dialog


def test_the_menu_shows_the_shortcuts(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    tools = window.tools
    assert (
        tools.act_reading in window.menu.actions() and tools.act_contacts in window.menu.actions()
    )
    assert tools.act_reading.shortcut().toString() == "Ctrl+Shift+M"
    assert tools.act_contacts.shortcut().toString() == "Ctrl+Shift+K"
    assert "Ctrl+Shift+M" in tools.act_reading.toolTip()
    assert tools.meter_reading() is None and tools.contacts() is None  # no account shown


def test_a_self_reading_recorded_through_the_dialog_is_in_the_database(
    qtbot, counter, accounts
) -> None:
    meter = accounts.kacimi.meter_nos[0]
    _previous_reading(counter.store, meter)
    window, dialog = _reading_dialog(qtbot, counter)
    assert dialog.meter.currentData() == meter
    assert dialog.date.date().toPython() == TODAY
    type_text(dialog.index, "5100")
    with qtbot.waitSignal(dialog.recorded, timeout=10_000) as recorded:
        qtbot.mouseClick(dialog.record, Qt.MouseButton.LeftButton)
    result = recorded.args[0]
    assert result.consumption == 100 and not result.unusual and result.kind == "self"
    assert "100" in dialog.message.text()
    assert _readings(counter.store, meter) == [(PREVIOUS, "actual"), (5100, "self")]
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=10_000)  # account reloaded
    assert window.account.account.account_no == accounts.kacimi.account_no


def test_an_index_below_the_previous_one_is_refused_inline_and_nothing_is_written(
    qtbot, counter, accounts
) -> None:
    meter = accounts.kacimi.meter_nos[0]
    _previous_reading(counter.store, meter)
    _window, dialog = _reading_dialog(qtbot, counter)
    type_text(dialog.index, "4900")
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        qtbot.mouseClick(dialog.record, Qt.MouseButton.LeftButton)
    text = refused.args[0]
    assert "4900" in text and "5000" in text and dialog.message.text() == text
    assert dialog.isVisible() and dialog.record.isEnabled()
    assert _readings(counter.store, meter) == [(PREVIOUS, "actual")]
    # Not a number: refused by the form, before the core.
    dialog.index.clear()
    type_text(dialog.index, "12a")
    with qtbot.waitSignal(dialog.refused, timeout=5000):
        qtbot.mouseClick(dialog.record, Qt.MouseButton.LeftButton)
    assert _readings(counter.store, meter) == [(PREVIOUS, "actual")]


def test_an_unusual_consumption_is_recorded_only_once_confirmed(qtbot, counter, accounts) -> None:
    meter = accounts.kacimi.meter_nos[0]
    _previous_reading(counter.store, meter)
    _window, dialog = _reading_dialog(qtbot, counter, lang="ar")
    type_text(dialog.index, "٦٠٠٠")  # Arabic-Indic digits, as an Arabic keyboard types them
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.record, Qt.MouseButton.LeftButton)
    assert dialog.confirm_unusual.isVisible() and not dialog.confirm_unusual.isChecked()
    assert _readings(counter.store, meter) == [(PREVIOUS, "actual")]
    dialog.confirm_unusual.setChecked(True)
    with qtbot.waitSignal(dialog.recorded, timeout=10_000) as recorded:
        qtbot.mouseClick(dialog.record, Qt.MouseButton.LeftButton)
    assert recorded.args[0].unusual and recorded.args[0].consumption == 1000
    assert _readings(counter.store, meter) == [(PREVIOUS, "actual"), (6000, "self")]


def _contact_dialog(qtbot, counter) -> ContactDialog:
    window = counter.window(qtbot, "fr")
    _show_account(qtbot, window, "Benyoucef")
    qtbot.keyClick(window.search, Qt.Key.Key_K, CTRL_SHIFT)
    dialog = window.tools.dialog
    assert isinstance(dialog, ContactDialog)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10_000)
    return dialog


def _journal_count(store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(JournalEntry))


def test_contacts_are_prefilled_and_saved(qtbot, counter, accounts) -> None:
    dialog = _contact_dialog(qtbot, counter)
    assert dialog.mobile.text() == "0661234567" and dialog.email.text() == ""
    assert dialog.channel.currentData() == "post" and not dialog.ebill.isChecked()
    type_text(dialog.email, "ahmed@Example.DZ")
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    dialog.ebill.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert set(saved.args[0].changed) == {"email", "channel", "ebill"}  # mobile untouched
    with counter.store.read() as s:
        view = get_contacts(s, accounts.ahmed.account_no)
    assert (view.mobile, view.email, view.channel, view.ebill) == (
        "0661234567",
        "ahmed@example.dz",
        "email",
        True,
    )
    assert dialog.email.text() == "ahmed@example.dz"


def test_a_bad_mobile_is_refused_inline_and_nothing_is_saved(qtbot, counter, accounts) -> None:
    dialog = _contact_dialog(qtbot, counter)
    before = _journal_count(counter.store)
    dialog.mobile.clear()
    type_text(dialog.mobile, "0812345678")
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert "0812345678" in refused.args[0] and dialog.message.text() == refused.args[0]
    assert dialog.isVisible()
    with counter.store.read() as s:
        assert (
            s.scalars(
                select(Account.phone1).where(Account.account_no == accounts.ahmed.account_no)
            ).one()
            == "0661234567"
        )
    assert _journal_count(counter.store) == before


def test_screenshots_of_the_reading_and_contact_dialogs(qtbot, counter, accounts) -> None:
    """Renders both dialogs in French and Arabic; GUICHET_SCREENSHOTS=DIR saves them."""
    import os
    from pathlib import Path

    shots = os.environ.get("GUICHET_SCREENSHOTS")
    for lang in ("fr", "ar"):
        if lang == "ar":
            counter.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        window, reading = _reading_dialog(qtbot, counter, lang=lang)
        image = reading.grab()
        assert not image.isNull()
        if shots:
            image.save(str(Path(shots) / f"reading_{lang}.png"))
        reading.close()
        _show_account(qtbot, window, "Benyoucef")
        qtbot.keyClick(window.search, Qt.Key.Key_K, CTRL_SHIFT)
        contact = window.tools.dialog
        assert isinstance(contact, ContactDialog)
        qtbot.waitUntil(lambda c=contact: c.view is not None, timeout=10_000)
        if shots:
            contact.grab().save(str(Path(shots) / f"contacts_{lang}.png"))
        contact.close()
    counter.app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
