"""Table models of the tariff simulator and of "Explain this bill": quote lines and months.

Why models over the engine's own frozen records (``QuoteLine``, ``RegularisedPeriod``):
nothing is copied or recomputed for display; each cell only formats a value per locale
(amounts as one isolated unit, quantities with their unit, unit prices to 4 decimals).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.regularisation import RegularisedPeriod
from desktop.domain.tariffs import QuoteLine
from desktop.money import Money
from ui.i18n import Formats
from ui.models import Column, RecordTableModel
from ui.tariff_text import line_label, quantity_text, unit_price_text

_TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


class QuoteLinesModel(RecordTableModel[QuoteLine]):
    """Tier, fee and tax lines of one quote: label, quantity, unit price, amount."""

    def __init__(self, formats: Formats, parent: Any = None) -> None:
        super().__init__(formats, parent)
        self.unit, self.currency = "kWh", "DZD"
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP("Columns", "Line"),
                lambda ln, f: line_label(ln, self.unit, f.locale),
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Quantity"), self._quantity, _TRAILING),
            Column(QT_TRANSLATE_NOOP("Columns", "Unit price"), self._price, _TRAILING),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Amount"),
                lambda ln, f: f.money(Money(ln.amount_minor, self.currency)),
                _TRAILING,
            ),
        )

    def set_quote(self, lines: tuple[QuoteLine, ...], unit: str, currency: str) -> None:
        self.unit, self.currency = unit, currency
        self.set_rows(lines)

    def _quantity(self, ln: QuoteLine, f: Formats) -> str:
        if ln.kind == "tier":
            return quantity_text(ln.quantity, self.unit, f.locale)
        if ln.kind == "tax":  # the engine's quantity is the taxable base, in minor units
            return f.money(Money(ln.quantity, self.currency))
        return ""

    def _price(self, ln: QuoteLine, f: Formats) -> str:
        if ln.kind == "tier":
            return unit_price_text(ln.unit_price_e4, self.currency, f.locale)
        return ""


def _month(p: RegularisedPeriod, f: Formats) -> str:
    return f"{f.date(p.start)} – {f.date(p.end)}"


class MonthsModel(RecordTableModel[RegularisedPeriod]):
    """The months of a regularisation: days, kWh share, actual, estimated, difference."""

    def __init__(self, formats: Formats, parent: Any = None) -> None:
        super().__init__(formats, parent)
        self.unit, self.currency = "kWh", "MAD"

        def money(get):
            return lambda p, f: f.money(Money(get(p), self.currency))

        self.columns = (
            Column(QT_TRANSLATE_NOOP("Columns", "Period"), _month),
            Column(QT_TRANSLATE_NOOP("Columns", "Days"), lambda p, f: str(p.days), _TRAILING),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Estimated consumption"),
                self._estimated_kwh,
                _TRAILING,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Actual consumption"),
                lambda p, f: quantity_text(p.kwh, self.unit, f.locale),
                _TRAILING,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Actual amount"),
                money(lambda p: p.amount_minor),
                _TRAILING,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Estimated"),
                money(lambda p: p.estimated_minor),
                _TRAILING,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Already billed"),
                money(lambda p: p.billed_minor),
                _TRAILING,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Difference"),
                money(lambda p: p.difference_minor),
                _TRAILING,
            ),
        )

    def _estimated_kwh(self, p: RegularisedPeriod, f: Formats) -> str:
        return (
            "—" if p.estimated_kwh is None else quantity_text(p.estimated_kwh, self.unit, f.locale)
        )

    def set_periods(self, periods: tuple[RegularisedPeriod, ...], unit: str, currency: str) -> None:
        self.unit, self.currency = unit, currency
        self.set_rows(periods)

    def style(self, record: RegularisedPeriod, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == 4:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and record.difference_minor < 0:
            return QBrush(QColor("#1b5e20"))
        return None


def adjustment_text(adjustment_minor: int, currency: str, formats: Formats) -> str:
    """ "Debit on the next bill: X" / "Credit to the account: X" / "No adjustment"."""
    if adjustment_minor > 0:
        return QCoreApplication.translate(
            "Regularisation", "Debit on the next bill: {amount}"
        ).format(amount=formats.money(Money(adjustment_minor, currency)))
    if adjustment_minor < 0:
        return QCoreApplication.translate(
            "Regularisation", "Credit to the account: {amount}"
        ).format(amount=formats.money(Money(-adjustment_minor, currency)))
    return QCoreApplication.translate("Regularisation", "No adjustment: the estimates were right.")
