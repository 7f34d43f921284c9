"""The negotiation dialog: live preview from the pure rules, inline violations, four eyes."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.services.plan_views import show_plans
from tests.conftest import PASSWORD
from tests.ui.conftest import type_text
from tests.ui.helpers import type_manager
from ui.i18n import Formats, babel_locale
from ui.plan_dialog import PlanDialog

SHOTS = os.environ.get("GUICHET_SCREENSHOTS")  # a folder: save docs/screenshots examples


def _dialog(qtbot, counter, account_no: str, lang: str = "fr") -> PlanDialog:
    counter.set_language(lang)
    if lang == "ar":
        counter.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    formats = Formats(babel_locale(lang, counter.settings.currency))
    dialog = PlanDialog(counter.worker, counter.user(), account_no, formats)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.bills.count() > 0, timeout=10_000)
    return dialog


def test_the_preview_follows_every_keystroke_and_lists_all_broken_rules(
    qtbot, counter, accounts
) -> None:
    dialog = _dialog(qtbot, counter, accounts.ahmed.account_no)
    checked = [
        dialog.bills.item(i).checkState() == Qt.CheckState.Checked
        for i in range(dialog.bills.count())
    ]
    assert checked == [True, True, False]  # overdue bills by default
    assert dialog.proposal is not None and dialog.schedule.rowCount() == 6
    assert "plan.down_too_small" in {v.code for v in dialog.proposal.violations}
    assert dialog.approval.isVisible() and dialog.violations.text()
    type_text(dialog.down, "400")
    dialog.count.setValue(2)
    assert dialog.proposal.violations == () and not dialog.approval.isVisible()
    assert dialog.schedule.rowCount() == 2
    assert sum(i.amount.minor for i in dialog.proposal.installments) + 40_000 == 356_656


def test_confirming_records_exactly_the_preview(qtbot, counter, accounts) -> None:
    dialog = _dialog(qtbot, counter, accounts.ahmed.account_no)
    type_text(dialog.down, "200")
    dialog.count.setValue(3)
    preview = dialog.proposal
    assert preview is not None and preview.violations
    type_manager(dialog.approval, "karim", PASSWORD)
    type_text(dialog.reason, "chômage")
    with qtbot.waitSignal(dialog.created, timeout=20_000) as created:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    made = created.args[0]
    assert made.proposal == preview and made.approved_by == "karim" and made.receipt_no
    with counter.store.read() as s:
        active, _ = show_plans(s, accounts.ahmed.account_no)
    assert [i.amount for i in active.installments] == [i.amount for i in preview.installments]


def test_screenshots_in_french_and_arabic(qtbot, counter, accounts) -> None:
    for lang in ("fr", "ar"):
        dialog = _dialog(qtbot, counter, accounts.ahmed.account_no, lang)
        type_text(dialog.down, "200")
        dialog.count.setValue(4)
        qtbot.wait(50)
        image = dialog.grab()
        assert not image.isNull()
        if SHOTS:
            image.save(str(Path(SHOTS) / f"plan-dialog-{lang}.png"))
        dialog.close()
    counter.app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_counter_opens_the_plan_and_saves_the_agreement_and_prints_the_receipt(
    qtbot,
    counter,
    accounts,
    tmp_path: Path,
    monkeypatch,
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    agreement = tmp_path / "agreement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(agreement), ""))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window = counter.window(qtbot, "fr")
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        type_text(window.search, "Benyoucef")
    with qtbot.waitSignal(window.account_shown, timeout=5000):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.keyClick(
        window.search,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.back_office.dialog
    assert isinstance(dialog, PlanDialog)
    qtbot.waitUntil(lambda: dialog.bills.count() > 0, timeout=10_000)
    type_text(dialog.down, "400")
    dialog.count.setValue(2)
    with qtbot.waitSignal(dialog.created, timeout=20_000) as created:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    made = created.args[0]
    qtbot.waitUntil(lambda: opened == [str(agreement)], timeout=20_000)
    assert agreement.read_bytes().startswith(b"%PDF")
    assert made.reference in window.receipt.text()
    qtbot.waitUntil(lambda: made.receipt_no in window.message.text(), timeout=20_000)
