"""Money: integer minor units, one parser for what clerks type, bidi-safe formatting."""

from __future__ import annotations

from decimal import Decimal

import pytest
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
        ("1234 dhs", 123400),
        ("1234 DH", 123400),
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
        parse_amount("1,234", "DZD")
    assert err.value.params["text"] == "1,234"
    assert "'1,234'" in str(err.value)


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


@given(amounts, st.sampled_from(LOCALES))
def test_what_we_format_parses_back_to_the_same_amount(money: Money, locale: str) -> None:
    assert parse_amount(format_money(money, locale), money.currency) == money
    assert parse_amount(format_amount(money, locale), money.currency) == money
    assert parse_amount(money.as_str(), money.currency) == money


@given(amounts)
def test_decimal_round_trip_is_exact(money: Money) -> None:
    assert Money.from_decimal(money.to_decimal(), money.currency) == money
