"""Money as integer minor units, with one parser for what people type and one formatter.

Why a type of our own: amounts must never be floats, must never mix currencies, and must
stay one visual unit when shown inside right-to-left Arabic text. Storage keeps the integer
``minor`` value; ``Decimal`` appears only at the edges (parsing, formatting, JSON).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import (
    format_currency,
    format_decimal,
    get_decimal_symbol,
    list_currencies,
)

from desktop.domain.errors import DomainError

CURRENCIES: dict[str, int] = {"DZD": 2, "MAD": 2}
"""Supported currencies and their number of minor-unit digits (both have 100 centimes)."""

FSI = "\u2068"  # FIRST STRONG ISOLATE: the amount is laid out on its own, whatever surrounds it
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE

_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９",  # Arabic-Indic, Persian, full-width digits
    "012345678901234567890123456789",
)
_MARKS = re.compile(r"[\u200e\u200f\u061c\u2066-\u2069\u202a-\u202e]")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u200a\u2007\u066c']+")
"""Grouping that cannot be a decimal point: spaces of every width, ARABIC THOUSANDS SEPARATOR
and the Swiss apostrophe (all become one ``_`` while reading)."""
_ARABIC_DECIMAL = "\u066b"  # ARABIC DECIMAL SEPARATOR: always the decimal point

CURRENCY_WORDS: dict[str, frozenset[str]] = {
    "DZD": frozenset({"dzd", "da", "dinar", "dinars", "دج", "دينار", "دنانير"}),
    "MAD": frozenset({"mad", "dh", "dhs", "dirham", "dirhams", "دم", "درهم", "دراهم"}),
}
"""What people write for each supported currency before or after the number, lower case and
without dots ("د.ج." is compared as "دج", "D.A." as "da")."""
_OTHER_WORDS = frozenset(
    {
        "€",
        "$",
        "£",
        "¥",
        "euro",
        "euros",
        "dollar",
        "dollars",
        "dt",
        "يورو",
        "أورو",
        "دولار",
        "دت",
        "رس",
        "دإ",
        "ريال",
        "جم",
        "ليرة",
    }
)
"""Common signs and words of other currencies; ISO codes (EUR, USD...) come from Babel."""
_WORD = re.compile(r"[A-Za-z\u0600-\u065f\u066e-\u06ff][A-Za-z\u0600-\u065f\u066e-\u06ff.]*|[€$£¥]")
_ISO_CODES = frozenset(list_currencies())
_MAX_WHOLE_DIGITS = 13


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


def _strip_currency(text: str, typed: str, currency: str) -> str:
    """``text`` without the words and signs of ``currency``; any other currency is refused.

    Why refuse rather than ignore: "100 MAD" on a DZD terminal is not 100 DZD, and the clerk
    must see that the customer's figure is in another currency.
    """

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        key = word.replace(".", "").lower()
        if key in CURRENCY_WORDS[currency]:
            return " "
        others = [c for c, words in CURRENCY_WORDS.items() if c != currency and key in words]
        if others or key in _OTHER_WORDS or key.upper() in _ISO_CODES:
            raise DomainError(
                "amount.other_currency", text=typed, found=word.rstrip("."), currency=currency
            )
        raise DomainError("amount.not_a_number", text=typed)

    return _WORD.sub(replace, text)


def _groups_ok(whole: str, group: str | None) -> bool:
    """Digits grouped by three: ``1 234 567``, ``1.234.567`` (first group 1-3 digits)."""
    parts = re.split("[_" + re.escape(group) + "]" if group else "_", whole)
    if len(parts) == 1:
        return bool(parts[0])
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _digits(part: str) -> bool:
    return bool(re.fullmatch(r"[0-9]+", part))


def _readings(text: str, typed: str, currency: str, locale: str) -> str:
    """The amount as a plain ``"1234.50"`` string, or a DomainError saying why it cannot be read.

    Rules (docs/decisions.md "Typed amounts"): ``٫`` is always the decimal point and ``٬``,
    ``'`` and spaces always group; with both ``,`` and ``.`` the last one is the decimal point
    and the other groups; one of them written several times groups; written once it is the
    decimal point when followed by 1, 2 or 4+ digits, and when followed by exactly 3 digits
    after 1-3 digits that are not all zeros (``2.000``, ``1,000``, ``12,345``) it could be
    either, so the clerk is asked.
    """
    t = _SPACES.sub("_", text).strip("_")
    if not t or not re.fullmatch(r"[0-9_.,\u066b]+", t):
        raise DomainError("amount.not_a_number", text=typed)
    if _ARABIC_DECIMAL in t:
        whole, _, frac = t.partition(_ARABIC_DECIMAL)
        group = "." if "." in whole else "," if "," in whole else None
    elif "," in t and "." in t:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        whole, _, frac = t.rpartition(dec)
        group = "." if dec == "," else ","
    elif t.count(",") > 1 or t.count(".") > 1:
        whole, frac, group = t, "", "," if "," in t else "."
    elif "," in t or "." in t:
        sep = "," if "," in t else "."
        whole, _, frac = t.partition(sep)
        group = None
        lead = whole.lstrip("0")
        if len(frac) == 3 and _digits(whole) and 1 <= len(lead) <= 3:
            raise _ambiguous(typed, int(whole), frac, currency, locale)
    else:
        whole, frac, group = t, "", None
    if frac and not _digits(frac) or (not frac and t.endswith((",", ".", _ARABIC_DECIMAL))):
        raise DomainError("amount.not_a_number", text=typed)
    if not whole or not _groups_ok(whole, group):
        if whole and not set(whole) - set("0123456789_" + (group or "")):
            raise DomainError("amount.grouping", text=typed)
        raise DomainError("amount.not_a_number", text=typed)
    digits = re.sub(r"[_.,]", "", whole)
    if len(digits.lstrip("0")) > _MAX_WHOLE_DIGITS:
        raise DomainError("amount.too_large", text=typed)
    return f"{digits}.{frac}" if frac else digits


def _ambiguous(typed: str, whole: int, frac: str, currency: str, locale: str) -> DomainError:
    """The refusal of ``2.000``-like input, naming both readings and how to type each."""
    exp = CURRENCIES[currency]
    point = get_decimal_symbol(locale)
    large = Money((whole * 1000 + int(frac)) * 10**exp, currency)
    large_text = format_decimal(large.to_decimal(), format="#,##0.00", locale=locale)
    large_typed = str(whole * 1000 + int(frac))
    small = Decimal(f"{whole}.{frac}")
    if small == small.quantize(Decimal(1).scaleb(-exp)):  # "2.000": 2,00 is an amount too
        small_typed = f"{small.quantize(Decimal(1).scaleb(-exp))}".replace(".", point)
        return DomainError(
            "amount.ambiguous",
            text=typed,
            large=large_text,
            large_typed=large_typed,
            small=small_typed,
        )
    return DomainError(
        "amount.ambiguous_decimals",
        text=typed,
        large=large_text,
        large_typed=large_typed,
        small=f"{whole}{point}{frac}",
        decimals=exp,
    )


def normalize_amount_text(text: str, currency: str = "DZD", locale: str = "fr_DZ") -> str:
    """What a person typed as a plain ASCII decimal (``"1234.50"``), or a DomainError.

    Accepts Western, Arabic-Indic and Persian digits, a word or sign of ``currency`` before or
    after, and the separators described in ``_readings``; ``locale`` only shapes the messages
    (how each reading of an ambiguous amount is written and typed).
    """
    check_currency(currency)
    t = _MARKS.sub("", text).translate(_DIGITS)
    t = _strip_currency(t, text, currency)
    return _readings(t, text, currency, locale)


def parse_amount(
    text: str, currency: str, *, allow_zero: bool = False, locale: str = "fr_DZ"
) -> Money:
    """Parse a positive amount typed by a person; raise a DomainError with a code otherwise.

    ``locale`` is the Babel locale of whoever reads the message (the clerk's language in the
    terminal's country, ``TerminalSettings.locale`` in the CLI). Error codes:
    ``amount.empty``, ``amount.not_a_number``, ``amount.negative``, ``amount.zero``,
    ``amount.too_precise``, ``amount.too_large``, ``amount.ambiguous``,
    ``amount.ambiguous_decimals``, ``amount.grouping``, ``amount.other_currency``.
    """
    check_currency(currency)
    raw = (text or "").strip()
    if not raw:
        raise DomainError("amount.empty")
    bare = _MARKS.sub("", raw).strip()
    if bare.startswith(("-", "\u2212")) or bare.endswith(("-", "\u2212")):
        raise DomainError("amount.negative", text=text)
    norm = normalize_amount_text(raw, currency, locale)
    try:
        money = Money.from_decimal(Decimal(norm), currency)
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
