"""The tariff simulator: a customer asks what a consumption will cost, and why a
regularisation came out as it did (the Lydec lockdown story of docs/tariffs.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.money import FSI, LRI, PDI
from tests.ui.conftest import type_text

LYDEC = "lydec-2017-residential-electricity"
SONELGAZ = "sonelgaz-2016-residential-electricity"


def _plain(text: str) -> str:
    return (
        "".join(c for c in text if c not in (FSI, LRI, PDI, "\u202a", "\u202c"))
        .replace("\u00a0", " ")
        .replace("\u202f", " ")
    )


def test_f6_opens_the_simulator_and_typing_a_consumption_quotes_it_live(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    qtbot.keyClick(window.search, Qt.Key.Key_F6)
    dialog = window.tools.simulator
    assert dialog is not None and dialog.isVisible()
    tab = dialog.quote
    tab.tariff.setCurrentIndex(tab.tariff.findData(LYDEC))
    tab.quantity.selectAll()
    seen: list[int] = []
    tab.quoted.connect(lambda q: seen.append(q.quantity))
    type_text(tab.quantity.lineEdit(), "190")
    assert seen == [1, 19, 190]  # live: one quote per keystroke
    assert tab.result is not None and tab.result.quantity == 190
    # docs/tariffs.md: Lydec 190 kWh = 194.18 MAD of energy (then rental and VAT)
    assert _plain(tab.totals["energy"].text()) == "194,18 MAD"
    assert _plain(tab.totals["total"].text()) == "228,21 MAD"
    assert tab.model.rowCount() == 3  # whole consumption at the selective tier, rental, VAT
    line = _plain(tab.model.index(0, 0).data())
    assert line.startswith("Toute la consommation") and "151–210 kWh" in line
    assert _plain(tab.model.index(0, 2).data()) == "1,022"
    assert tab.tariff.currentText() == "Lydec électricité résidentielle (2017)"


def test_the_quote_shows_tier_lines_and_totals_in_arabic_as_isolated_amounts(
    qtbot, counter
) -> None:
    window = counter.window(qtbot, "ar")
    dialog = window.tools.open_simulator()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    tab = dialog.quote
    tab.set_inputs(SONELGAZ, 400)
    assert tab.result is not None and tab.result.energy_minor == 146_656  # 1 466,56 DA
    kinds = [ln.kind for ln in tab.result.lines]
    assert kinds[-2:] == ["fee", "tax"] and kinds.count("tier") >= 2
    energy = tab.totals["energy"].text()
    assert energy.startswith(FSI) and energy.endswith(PDI)  # one visual unit in Arabic text
    assert "الشطر" in tab.model.index(0, 0).data()


def test_the_regularisation_tab_splits_the_lockdown_months_by_days(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    tab = window.tools.open_simulator().regularisation
    # opens on the worked example: 400 kWh, March-May 2020, three estimates of 136.06 MAD
    assert tab.estimates.rowCount() == 3
    assert tab.result is not None
    assert [(p.month, p.days, p.kwh, p.amount_minor) for p in tab.result.periods] == [
        ("2020-03", 31, 135, 12073),
        ("2020-04", 30, 130, 11562),
        ("2020-05", 31, 135, 12073),
    ]
    assert _plain(tab.totals["actual"].text()) == "357,08 MAD"
    assert _plain(tab.totals["estimated"].text()) == "408,18 MAD"
    assert _plain(tab.adjustment.text()) == "Crédit au compte : 51,10 MAD"
    assert _plain(tab.totals["one_period"].text()) == "526,28 MAD"

    with qtbot.waitSignal(tab.computed):
        for row in range(3):
            tab.set_estimate(row, "150,00")
    assert _plain(tab.adjustment.text()) == "Crédit au compte : 92,92 MAD"
    with qtbot.waitSignal(tab.computed):
        tab.actual.setValue(600)
    assert tab.result.adjustment_minor > 0
    assert _plain(tab.adjustment.text()).startswith("Débit sur la prochaine facture")


def test_a_wrong_estimate_is_said_in_words_and_the_result_cleared(qtbot, counter) -> None:
    window = counter.window(qtbot, "fr")
    tab = window.tools.open_simulator().regularisation
    with qtbot.waitSignal(tab.computed) as computed:
        tab.set_estimate(1, "beaucoup")
    assert computed.args == [None]
    assert "beaucoup" in tab.error.text() and not tab.error.isHidden()
    assert tab.model.rowCount() == 0
