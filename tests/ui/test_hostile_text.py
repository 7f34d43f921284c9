"""Names from central or typed by anyone are shown clean in the window: no bidi override can
reorder them, no control character reaches a label, no markup is interpreted (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.factories import make_account
from tests.ui.conftest import type_text
from ui.main_window import MainWindow

SPOOF_LATIN = "ZAKI \u202eDIAP 0001 AD\u202c\x1b[31m\r\nHADJ"
SPOOF_AR = "\u2067زكي\u2069 \u202bحاج\x9b"
SPOOF_ADDRESS = "<b>5</b> Rue \u202dEmir\x07 Abdelkader"
UNSAFE = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))} | set(
    "\u202a\u202b\u202c\u202d\u202e"
)


def _shown(text: str) -> str:
    """What a label shows minus the isolates Guichet itself wraps data in (FSI ... PDI)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _open(qtbot, window: MainWindow, query: str) -> None:
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        type_text(window.search, query)
    with qtbot.waitSignal(window.account_shown, timeout=5000):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)


def test_a_spoofing_name_is_shown_with_its_letters_only(qtbot, counter, store) -> None:
    spoof = make_account(
        store, name_latin=SPOOF_LATIN, name_ar=SPOOF_AR, address=SPOOF_ADDRESS, city="Guelma"
    )
    window = counter.window(qtbot, "fr")
    _open(qtbot, window, spoof.account_no)

    view = window.account
    assert view.name_latin.text() == "ZAKI DIAP 0001 AD[31m  HADJ"
    assert view.name_ar.text() == "زكي حاج"
    address = view.detail_labels["address"]
    assert _shown(address.text()) == "<b>5</b> Rue Emir Abdelkader, Centre, Guelma"
    assert address.textFormat() == Qt.TextFormat.PlainText  # the tags stay text
    for label in (view.name_latin, view.name_ar, address):
        assert not set(label.text()) & UNSAFE, label.objectName()
    # the record behind the view keeps what central sent: payments use the real account
    assert view.account.name_latin == SPOOF_LATIN

    hit = window.results_model.rows()[0]
    assert hit.name_latin == "ZAKI DIAP 0001 AD[31m  HADJ"
    cells = [
        window.results_model.data(window.results_model.index(0, c))
        for c in range(window.results_model.columnCount())
    ]
    assert not any(set(str(cell)) & UNSAFE for cell in cells)

    qtbot.keyClick(window.search, Qt.Key.Key_F2)
    dialog = window.payment_dialog
    assert dialog is not None
    who = dialog.findChild(type(view.name_latin), "payment_who")
    assert not set(who.text()) & UNSAFE
    assert "ZAKI DIAP 0001 AD" in _shown(who.text()) and "زكي حاج" in _shown(who.text())
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
