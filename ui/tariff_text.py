"""Tariff words on screen: tariff names, units, billing periods, quote line labels.

Why a module: the engine (``desktop.domain.tariffs``) gives each line a code and its
bounds (``tier.range`` 0–100, ``tax.vat``...) beside the English label the CLI and the JSON
output print; a customer at an Arabic or French counter must read them in their language,
with the numbers kept as one left-to-right unit inside right-to-left text. The lines are
worded here from their code; a stored line without one is shown by its label.
"""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.tariffs import QuoteLine, Tariff
from desktop.money import FSI, PDI
from desktop.vocabulary import WORDS
from ui.i18n import word

LRE, PDF = "\u202a", "\u202c"  # LEFT-TO-RIGHT EMBEDDING, POP DIRECTIONAL FORMATTING

CONTEXT = "Tariffs"

PERIODS: dict[str, str] = {
    "monthly": QT_TRANSLATE_NOOP("Tariffs", "per month"),
    "bimonthly": QT_TRANSLATE_NOOP("Tariffs", "per two months"),
    "quarterly": QT_TRANSLATE_NOOP("Tariffs", "per quarter"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _ltr(text: str) -> str:
    """Digits, ranges and rates: always left to right, one unit whatever surrounds them.

    An FSI would let "14 %" turn into "% 14" in Arabic (digits are not strong letters), and
    Qt's layout does not honour LRI isolates (seen on screenshots: "0–125" became "125–0"),
    so the older left-to-right embedding (LRE ... PDF) is used; it is honoured everywhere.
    """
    return f"{LRE}{text}{PDF}"


def _with_unit(number: str, unit: str) -> str:
    """ "1 250 kWh" / "1 250 ك.و.س": the number left to right, the unit in its own script."""
    return f"{FSI}{_ltr(number)}\u00a0{unit_name(unit)}{PDI}"


def tariff_name(tariff: Tariff) -> str:
    """The tariff file's name in the current language (translated by its English name, which
    ``python -m ui.i18n.update`` reads from the shipped tariff files)."""
    return _tr(tariff.name) if tariff.name else tariff.code


def unit_name(unit: str) -> str:
    return word(f"unit.{unit}") if f"unit.{unit}" in WORDS else unit


def period_name(period: str) -> str:
    source = PERIODS.get(period)
    return _tr(source) if source else period


def quantity_text(quantity: int, unit: str, locale: str) -> str:
    """``1 250 kWh`` grouped per locale, isolated."""
    number = format_decimal(quantity, locale=locale).replace(" ", "\u00a0")
    return _with_unit(number, unit)


def unit_price_text(price_e4: int, currency: str, locale: str) -> str:
    """A unit price in 1/10000 of the currency, 4 decimals at most, per locale: 0,8496."""
    value = Decimal(price_e4) / Decimal(10000)
    number = format_decimal(value, format="#,##0.00##", locale=locale).replace(" ", "\u00a0")
    return _ltr(number)


def rate_text(rate_bp: int, locale: str) -> str:
    value = Decimal(rate_bp) / Decimal(100)
    return _ltr(format_decimal(value, format="#,##0.##", locale=locale) + "\u00a0%")


def line_label(line: QuoteLine, unit: str, locale: str) -> str:
    """The line's label in the current language (tiers, fees, taxes), from its code."""
    kind, _, name = line.code.partition(".")
    if kind == "tier" and line.low is not None:
        if name.endswith("above"):
            text = _tr(QT_TRANSLATE_NOOP("Tariffs", "above {quantity}")).format(
                quantity=quantity_text(line.low, unit, locale)
            )
        else:
            # Words, not a dash, between the bounds: "من 0 إلى 125" cannot be reordered.
            span = _tr(QT_TRANSLATE_NOOP("Tariffs", "{low} to {high}")).format(
                low=_ltr(format_decimal(line.low, locale=locale)),
                high=_ltr(format_decimal(line.high or 0, locale=locale)),
            )
            text = f"{FSI}{span}\u00a0{unit_name(unit)}{PDI}"
        if name.startswith("whole_"):
            return _tr(QT_TRANSLATE_NOOP("Tariffs", "Whole consumption, {range}")).format(
                range=text
            )
        return _tr(QT_TRANSLATE_NOOP("Tariffs", "Tier {range}")).format(range=text)
    if kind == "tax":
        rate = rate_text(line.unit_price_e4, locale)
        if name == "vat":
            return _tr(QT_TRANSLATE_NOOP("Tariffs", "VAT {rate}")).format(rate=rate)
        return f"{line.label} {rate}"
    if line.code in WORDS:  # a fee of the tariff files: a stored word
        return word(line.code)
    return line.label
