""" "What will 300 kWh cost me?": pick a tariff, type a consumption, read the quote live.

Why the quote is computed here on the GUI thread: ``desktop.domain.tariffs.quote`` is pure
integer arithmetic on tariffs already parsed and cached (no database, no I/O after the first
call), a few microseconds per keystroke; a worker would only add latency. All pricing rules
stay in the engine: this tab only shows its lines and totals.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.tariffs import Quote, Tariff, load_tariffs, quote, tariff_on
from desktop.money import Money
from ui.account_view import make_table
from ui.i18n import DATE_EDIT_FORMAT, Formats, error_text
from ui.tariff_models import QuoteLinesModel
from ui.tariff_text import period_name, tariff_name, unit_name

MAX_QUANTITY = 10_000_000


def fill_tariffs(combo: QComboBox, selected: str | None = None) -> None:
    """The shipped tariffs by their (translated) names; item data is the code."""
    current = selected or combo.currentData()
    blocked = combo.blockSignals(True)  # a language switch must not look like a new choice
    combo.clear()
    for tariff in sorted(load_tariffs().values(), key=lambda t: t.code):
        combo.addItem(tariff_name(tariff), tariff.code)
    index = combo.findData(current) if current else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(blocked)
    if combo.currentData() != current:
        combo.currentIndexChanged.emit(combo.currentIndex())


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class QuoteTab(QWidget):
    """Tariff, date of the prices and consumption in; tier lines and totals out.

    ``quoted`` carries each new ``Quote`` (tests, screenshots), ``None`` on an error.
    """

    quoted = Signal(object)

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formats = formats
        self.result: Quote | None = None
        self.tariff = QComboBox(objectName="quote_tariff")
        self.day = QDateEdit(qdate(dt.date.today()), objectName="quote_date")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DATE_EDIT_FORMAT)
        self.quantity = QSpinBox(objectName="quote_quantity")
        self.quantity.setRange(0, MAX_QUANTITY)
        self.quantity.setGroupSeparatorShown(True)
        self.quantity.setValue(300)
        self.quantity.setStyleSheet("font-size: 15pt;")
        self.labels = {k: QLabel() for k in ("tariff", "day", "quantity")}
        form = QFormLayout()
        form.addRow(self.labels["tariff"], self.tariff)
        form.addRow(self.labels["day"], self.day)
        form.addRow(self.labels["quantity"], self.quantity)
        self.about = QLabel(objectName="quote_about")
        self.about.setWordWrap(True)
        self.about.setStyleSheet("color: #555;")
        self.model = QuoteLinesModel(formats, self)
        self.lines = make_table(self.model, "quote_lines")
        self.lines.setMinimumHeight(170)
        self.totals_box = QGroupBox()
        grid = QGridLayout(self.totals_box)
        self.total_titles: dict[str, QLabel] = {}
        self.totals: dict[str, QLabel] = {}
        for row, key in enumerate(("energy", "fees", "tax", "total")):
            title, value = QLabel(), QLabel(objectName=f"quote_{key}")
            if key == "total":
                font = QFont(value.font())
                font.setBold(True)
                font.setPointSize(max(font.pointSize(), 9) + 5)
                value.setFont(font)
                title.setFont(font)
            grid.addWidget(title, row, 0)
            grid.addWidget(value, row, 1)
            self.total_titles[key], self.totals[key] = title, value
        grid.setColumnStretch(1, 1)
        self.error = QLabel(objectName="quote_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(self.error)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.totals_box)
        fill_tariffs(self.tariff)
        self.tariff.currentIndexChanged.connect(self.recompute)
        self.day.dateChanged.connect(self.recompute)
        self.quantity.valueChanged.connect(self.recompute)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels["tariff"].setText(self.tr("&Tariff"))
        self.labels["day"].setText(self.tr("Prices in force on"))
        self.labels["quantity"].setText(self.tr("&Consumption"))
        for key, label in self.labels.items():
            label.setBuddy({"tariff": self.tariff, "day": self.day, "quantity": self.quantity}[key])
        self.totals_box.setTitle(self.tr("Totals"))
        self.total_titles["energy"].setText(self.tr("Energy"))
        self.total_titles["fees"].setText(self.tr("Fixed fees"))
        self.total_titles["tax"].setText(self.tr("Taxes"))
        self.total_titles["total"].setText(self.tr("Total to pay"))
        fill_tariffs(self.tariff)
        self.recompute()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_inputs(self, code: str, quantity: int) -> None:
        """Choose a tariff and a consumption (as the clerk would); the quote follows."""
        self.tariff.setCurrentIndex(self.tariff.findData(code))
        self.quantity.setValue(quantity)

    def recompute(self) -> None:
        code = self.tariff.currentData()
        if not code:
            return
        try:
            tariff = tariff_on(code, pydate(self.day.date()))
        except DomainError as exc:
            self._show(None, None, error_text(exc))
            return
        self.quantity.setSuffix("\u00a0" + unit_name(tariff.unit))
        self._show(tariff, quote(tariff, self.quantity.value()), "")

    def _show(self, tariff: Tariff | None, result: Quote | None, problem: str) -> None:
        self.result = result
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if tariff is None or result is None:
            self.model.set_rows(())
            for value in self.totals.values():
                value.clear()
            self.about.clear()
            self.quoted.emit(None)
            return
        self.model.set_quote(result.lines, tariff.unit, tariff.currency)
        f, cur = self.formats, result.currency
        for key, minor in (
            ("energy", result.energy_minor),
            ("fees", result.fees_minor),
            ("tax", result.tax_minor),
            ("total", result.total_minor),
        ):
            self.totals[key].setText(f.money(Money(minor, cur)))
        about = self.tr("Tier bounds are {period}; valid from {start}.").format(
            period=period_name(tariff.period), start=f.date(tariff.valid_from)
        )
        if tariff.example_values or any(x.example for x in (*tariff.fees, *tariff.taxes)):
            about += " " + self.tr("Fees or taxes marked by the data as examples are not official.")
        self.about.setText(about)
        self.about.setToolTip(tariff.source)
        self.quoted.emit(result)
