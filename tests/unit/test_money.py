"""Money: integer minor units, one parser for what clerks type, bidi-safe formatting."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_decimal, get_decimal_symbol
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.money import (
    FSI,
    LRI,
    PDI,
    Money,
    format_amount,
    format_money,
    normalize_amount_text,
    parse_amount,
)

LOCALES = ("fr_DZ", "ar_DZ", "fr_MA", "ar_MA", "en")


@pytest.mark.parametrize(
    ("typed", "minor"),
    [
        ("1234", 123400),
        ("1234,50", 123450),
        ("1234.50", 123450),
        ("1 234,50", 123450),
        ("1\u00a0234,50", 123450),
        ("1\u202f234,5", 123450),
        ("1.234.567,89", 123456789),
        ("1,234,567.89", 123456789),
        ("1'234.50", 123450),
        ("١٢٣٤٫٥٠", 123450),
        ("١٬٢٣٤٫٥٠", 123450),
        ("۱۲۳۴", 123400),
        ("1234,50 DA", 123450),
        ("DZD 1234", 123400),
        ("1234,50 دج", 123450),
        ("١٢٣٤ د.ج.", 123400),
        ("\u200f1234,50\u200f", 123450),
        ("  0,05 ", 5),
        ("00012,50", 1250),
    ],
)
def test_parse_amount_accepts_what_clerks_type(typed: str, minor: int) -> None:
    assert parse_amount(typed, "DZD") == Money(minor, "DZD")


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "amount.empty"),
        ("   ", "amount.empty"),
        ("abc", "amount.not_a_number"),
        ("12a", "amount.not_a_number"),
        ("1e5", "amount.not_a_number"),
        ("1.234,5.6", "amount.not_a_number"),
        ("12 34", "amount.grouping"),
        ("1.23.456", "amount.grouping"),
        ("1,2345.00", "amount.grouping"),
        ("2.000", "amount.ambiguous"),
        ("1,000", "amount.ambiguous"),
        ("2.000 DA", "amount.ambiguous"),
        ("12,345", "amount.ambiguous_decimals"),
        ("1.234", "amount.ambiguous_decimals"),
        ("100 MAD", "amount.other_currency"),
        ("100 درهم", "amount.other_currency"),
        ("100 dhs", "amount.other_currency"),
        ("€100", "amount.other_currency"),
        ("100 EUR", "amount.other_currency"),
        ("100 $", "amount.other_currency"),
        ("100 TND", "amount.other_currency"),
        ("100 DAX", "amount.not_a_number"),
        ("-5", "amount.negative"),
        ("\u22125,00", "amount.negative"),
        ("5-", "amount.negative"),
        ("0", "amount.zero"),
        ("0,00", "amount.zero"),
        ("0,001", "amount.too_precise"),
        ("12345678901234", "amount.too_large"),
    ],
)
def test_parse_amount_refuses_with_a_code(typed: str, code: str) -> None:
    with pytest.raises(DomainError) as err:
        parse_amount(typed, "DZD")
    assert err.value.code == code


def test_too_precise_error_quotes_what_was_typed_not_the_normalised_text() -> None:
    with pytest.raises(DomainError) as err:
        parse_amount("1234,567", "DZD")
    assert err.value.code == "amount.too_precise"
    assert err.value.params["text"] == "1234,567"
    assert "'1234,567'" in str(err.value)


@pytest.mark.parametrize(
    ("typed", "locale", "message"),
    [
        ("2.000", "fr_DZ", "'2.000' could be 2,00 or 2\u202f000,00: type 2000 or 2,00, as meant."),
        ("2.000", "ar_DZ", "'2.000' could be 2,00 or 2.000,00: type 2000 or 2,00, as meant."),
        ("1,000", "en", "'1,000' could be 1.00 or 1,000.00: type 1000 or 1.00, as meant."),
        (
            "12,345",
            "fr_MA",
            "'12,345' could be 12\u202f345,00, or 12,345 which has more than 2 decimals. "
            "Type 12345 for 12\u202f345,00.",
        ),
        (
            "1.234",
            "ar_MA",
            "'1.234' could be 1.234,00, or 1,234 which has more than 2 decimals. "
            "Type 1234 for 1.234,00.",
        ),
    ],
)
def test_an_ambiguous_amount_names_both_readings_in_the_locale(
    typed: str, locale: str, message: str
) -> None:
    with pytest.raises(DomainError) as err:
        parse_amount(typed, "DZD", locale=locale)
    assert str(err.value) == message


@pytest.mark.parametrize(
    ("typed", "minor"),
    [
        ("2.000,00", 200000),  # ar_DZ's own grouping: unambiguous with the decimals
        ("2,000.00", 200000),
        ("2 000", 200000),
        ("2\u202f000", 200000),
        ("1.000.000", 100000000),
        ("1,000,000", 100000000),
        ("٢٬٠٠٠", 200000),  # ARABIC THOUSANDS SEPARATOR only groups
        ("٢٫٠٠٠", 200),  # ARABIC DECIMAL SEPARATOR only marks decimals
        ("0,500", 50),  # no thousands can start with 0
        ("1234,500", 123450),  # 1234 cannot be a group of three
        ("2,5", 250),
        ("2.50", 250),
        ("2 DA", 200),
        ("2 D.A.", 200),
        ("2 dinars", 200),
        ("٢ دينار", 200),
        ("۲۰۰۰", 200000),
    ],
)
def test_unambiguous_forms_are_read_in_every_locale(typed: str, minor: int) -> None:
    for locale in LOCALES:
        assert parse_amount(typed, "DZD", locale=locale) == Money(minor, "DZD")


@pytest.mark.parametrize("typed", ["100 DH", "100 dhs", "100 درهم", "100 د.م.", "MAD 100"])
def test_the_terminals_own_currency_words_are_accepted_and_the_others_refused(typed: str) -> None:
    assert parse_amount(typed, "MAD") == Money(10000, "MAD")
    with pytest.raises(DomainError) as err:
        parse_amount(typed, "DZD")
    assert err.value.code == "amount.other_currency"
    assert err.value.params["currency"] == "DZD"
    for dinars in ("100 DA", "100 دج", "DZD 100", "100 dinar"):
        with pytest.raises(DomainError) as err:
            parse_amount(dinars, "MAD")
        assert err.value.code == "amount.other_currency"


def test_zero_is_accepted_when_allowed() -> None:
    assert parse_amount("0", "MAD", allow_zero=True) == Money.zero("MAD")


def test_parse_amount_refuses_an_unknown_currency() -> None:
    with pytest.raises(DomainError) as err:
        parse_amount("10", "EUR")
    assert err.value.code == "currency.unknown"
    assert err.value.params["supported"] == "DZD, MAD"


def test_normalize_amount_text_takes_the_last_separator_as_decimal() -> None:
    assert normalize_amount_text("1.234,50") == "1234.50"
    assert normalize_amount_text("1,234.50") == "1234.50"
    assert normalize_amount_text("1.234.567") == "1234567"
    assert normalize_amount_text("١٬٢٣٤٫٥", "MAD", "ar_MA") == "1234.5"


def test_money_refuses_floats_and_booleans() -> None:
    with pytest.raises(TypeError):
        Money(12.5, "DZD")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(True, "DZD")


def test_money_never_mixes_currencies() -> None:
    with pytest.raises(DomainError) as err:
        Money(100, "DZD") + Money(100, "MAD")
    assert err.value.code == "currency.mismatch"
    with pytest.raises(DomainError):
        _ = Money(100, "DZD") < Money(100, "MAD")


def test_money_arithmetic_and_comparison_stay_in_minor_units() -> None:
    a, b = Money(1050, "DZD"), Money(50, "DZD")
    assert a + b == Money(1100, "DZD")
    assert a - b == Money(1000, "DZD")
    assert -b == Money(-50, "DZD")
    assert b < a and a > b and a >= a and b <= b
    assert not Money.zero("DZD") and a
    assert str(a) == "10.50 DZD"


def test_from_decimal_refuses_fractions_of_a_centime() -> None:
    assert Money.from_decimal("12.3", "MAD") == Money(1230, "MAD")
    assert Money.from_decimal(Decimal("-0.05"), "MAD").minor == -5
    with pytest.raises(DomainError) as err:
        Money.from_decimal("0.125", "MAD")
    assert err.value.code == "amount.too_precise"


@pytest.mark.parametrize("locale", LOCALES)
def test_formatted_money_is_one_isolated_unit_with_no_breakable_space(locale: str) -> None:
    text = format_money(Money(123456789, "DZD"), locale)
    assert text.startswith(FSI) and text.endswith(PDI)
    assert " " not in text
    amount = format_amount(Money(123456789, "DZD"), locale)
    assert amount.startswith(LRI) and amount.endswith(PDI)
    assert " " not in amount


def test_arabic_formats_carry_the_local_currency_sign() -> None:
    assert "د.ج" in format_money(Money(100, "DZD"), "ar_DZ")
    assert "د.م" in format_money(Money(100, "MAD"), "ar_MA")
    assert format_money(Money(123450, "DZD"), "fr_DZ", isolate=False) == "1\u202f234,50\xa0DA"


amounts = st.builds(
    Money,
    st.integers(min_value=1, max_value=10**15 - 1),
    st.sampled_from(["DZD", "MAD"]),
)


@given(amounts, st.sampled_from(LOCALES), st.sampled_from(LOCALES))
def test_what_we_format_parses_back_to_the_same_amount(
    money: Money, locale: str, reader: str
) -> None:
    """Any amount written in any supported locale reads back the same, whatever the reader's
    locale (Babel's own symbols: ar_DZ "1.234,50 د.ج.", fr_MA "1 234,50 MAD", en "1,234.50")."""
    for text in (format_money(money, locale), format_money(money, locale, isolate=False)):
        assert parse_amount(text, money.currency, locale=reader) == money
    assert parse_amount(format_amount(money, locale), money.currency, locale=reader) == money
    assert parse_amount(money.as_str(), money.currency, locale=reader) == money


@given(amounts, st.sampled_from(LOCALES))
def test_babel_formats_with_the_locales_symbols_parse_back(money: Money, locale: str) -> None:
    """Formatted by Babel directly with the locale's decimal and group symbols, with and
    without grouping, with Arabic-Indic digits where the script has them."""
    grouped = format_decimal(money.to_decimal(), format="#,##0.00", locale=locale)
    plain = format_decimal(money.to_decimal(), format="0.00", locale=locale)
    assert get_decimal_symbol(locale) in grouped
    for text in (grouped, plain):
        assert parse_amount(text, money.currency, locale=locale) == money
    arab = plain.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")).replace(
        get_decimal_symbol(locale), "٫"
    )
    assert parse_amount(arab, money.currency, locale=locale) == money


@given(amounts)
def test_decimal_round_trip_is_exact(money: Money) -> None:
    assert Money.from_decimal(money.to_decimal(), money.currency) == money
