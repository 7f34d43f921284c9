"""Money as integer minor units, with one parser for what people type and one formatter.

Why a type of our own: amounts must never be floats, must never mix currencies, and must
stay one visual unit when shown inside right-to-left Arabic text. Storage keeps the integer
``minor`` value; ``Decimal`` appears only at the edges (parsing, formatting, JSON).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.numbers import format_currency, format_decimal

from desktop.domain.errors import DomainError

CURRENCIES: dict[str, int] = {"DZD": 2, "MAD": 2}
"""Supported currencies and their number of minor-unit digits (both have 100 centimes)."""

FSI = "\u2068"  # FIRST STRONG ISOLATE: the amount is laid out on its own, whatever surrounds it
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE

_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬",  # Arabic-Indic, Extended Arabic-Indic, Arabic decimal/thousands
    "01234567890123456789.\u066c",
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u200a\u2007'\u066c]")
_MARKS = re.compile(r"[\u200e\u200f\u061c\u2066-\u2069\u202a-\u202e]")
# Longest alternatives first: "dhs" must not match as "dh" and leave a stray "s".
_CURRENCY_WORDS = re.compile(r"(?i)(dzd|mad|dhs|da|dh|د\.?ج\.?|دج|د\.?م\.?|درهم|دينار)")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")


def check_currency(currency: str) -> str:
    """Return ``currency`` if supported, else raise a DomainError naming the supported ones."""
    if currency not in CURRENCIES:
        raise DomainError(
            "currency.unknown", currency=currency, supported=", ".join(sorted(CURRENCIES))
        )
    return currency


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An amount of one currency.

    Fields:
        minor: the amount in minor units (centimes), an ``int``; may be negative for credits.
        currency: ISO 4217 code, one of ``CURRENCIES``.
    """

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int of minor units, never a float")
        check_currency(self.currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def from_decimal(cls, value: Decimal | str | int, currency: str) -> Money:
        """Build from a decimal amount in major units; refuses more decimals than the currency has."""
        exp = CURRENCIES[check_currency(currency)]
        dec = Decimal(value)
        scaled = dec.scaleb(exp)
        if scaled != scaled.to_integral_value():
            raise DomainError("amount.too_precise", text=str(value), decimals=exp)
        return cls(int(scaled), currency)

    def to_decimal(self) -> Decimal:
        return Decimal(self.minor).scaleb(-CURRENCIES[self.currency])

    def as_str(self) -> str:
        """Plain decimal string with a dot, e.g. ``"1234.50"``: the form used in JSON and files."""
        return f"{self.to_decimal():.{CURRENCIES[self.currency]}f}"

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise DomainError("currency.mismatch", left=self.currency, right=other.currency)

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.minor >= other.minor

    def __bool__(self) -> bool:
        return self.minor != 0

    def __str__(self) -> str:
        return f"{self.as_str()} {self.currency}"


def normalize_amount_text(text: str) -> str:
    """Turn what a person typed into ASCII digits with at most one ``.`` as decimal separator.

    Accepts Western and Arabic-Indic digits, ``,`` or ``.`` or ``٫`` as decimal separator,
    spaces (plain, no-break, thin), ``'`` or ``٬`` as thousands separators, and a currency
    word or sign before or after. When both ``,`` and ``.`` appear the last one is the
    decimal separator; a separator that appears several times is a thousands separator.
    Returns the text unchanged in spirit when it cannot be read, so the caller reports it.
    """
    t = _MARKS.sub("", text).strip().translate(_DIGITS)
    t = _CURRENCY_WORDS.sub("", t).strip()
    t = _SPACES.sub("", t)
    if not _NUMBER.match(t):
        return t
    has_comma, has_dot = "," in t, "." in t
    if has_comma and has_dot:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        thousands = "." if dec == "," else ","
        t = t.replace(thousands, "")
        if t.count(dec) > 1:
            return text
        return t.replace(dec, ".")
    for sep in (",", "."):
        if t.count(sep) > 1:
            return t.replace(sep, "")
        if t.count(sep) == 1:
            return t.replace(sep, ".")
    return t


def parse_amount(text: str, currency: str, *, allow_zero: bool = False) -> Money:
    """Parse a positive amount typed by a person; raise a DomainError with a code otherwise.

    Error codes: ``amount.empty``, ``amount.not_a_number``, ``amount.negative``,
    ``amount.zero``, ``amount.too_precise``, ``amount.too_large``.
    """
    check_currency(currency)
    raw = (text or "").strip()
    if not raw:
        raise DomainError("amount.empty")
    bare = _MARKS.sub("", raw).strip()
    if bare.startswith(("-", "\u2212")) or bare.endswith(("-", "\u2212")):
        raise DomainError("amount.negative", text=text)
    norm = normalize_amount_text(raw)
    if not re.fullmatch(r"\d+(\.\d+)?", norm):
        raise DomainError("amount.not_a_number", text=text)
    if len(norm.split(".")[0].lstrip("0")) > 13:
        raise DomainError("amount.too_large", text=text)
    try:
        dec = Decimal(norm)
    except InvalidOperation:  # pragma: no cover - the regex above already guards this
        raise DomainError("amount.not_a_number", text=text) from None
    try:
        money = Money.from_decimal(dec, currency)
    except DomainError as exc:  # report what the person typed, not our normalised form
        raise DomainError(exc.code, **{**exc.params, "text": text}) from None
    if money.minor == 0 and not allow_zero:
        raise DomainError("amount.zero", text=text)
    return money


def format_money(money: Money, locale: str = "fr_DZ", *, isolate: bool = True) -> str:
    """Format for people, per locale, as one unbreakable visual unit.

    Babel already groups digits with no-break spaces; we also make sure no ordinary space
    remains and wrap the result in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE so the
    bidi algorithm never splits or reorders the amount inside Arabic text.
    """
    dec = money.to_decimal()
    if locale.startswith("en"):
        text = format_currency(dec, money.currency, format="#,##0.00\xa0¤", locale=locale)
    else:
        text = format_currency(dec, money.currency, locale=locale)
    text = text.replace(" ", "\u00a0")
    return f"{FSI}{text}{PDI}" if isolate else text


def format_amount(money: Money, locale: str = "fr_DZ") -> str:
    """Number only (no currency sign), grouped per locale with no-break separators, isolated."""
    text = format_decimal(money.to_decimal(), format="#,##0.00", locale=locale)
    text = text.replace(" ", "\u00a0")
    return f"{LRI}{text}{PDI}"
