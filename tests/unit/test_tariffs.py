"""Tariff engine: the worked quotes of domain.md, tier boundaries, errors and data files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import MESSAGES, DomainError
from desktop.domain.tariffs import (
    Fee,
    Tariff,
    Tax,
    Tier,
    energy_minor,
    get_tariff,
    load_tariffs,
    load_tariffs_from,
    quote,
)

LYDEC = "lydec-2017-residential-electricity"
SONELGAZ = "sonelgaz-2016-residential-electricity"
SHIPPED = {
    LYDEC,
    SONELGAZ,
    "sonelgaz-2016-residential-gas",
    "lydec-residential-water",
}


def tier_lines(code: str, quantity: int) -> list[tuple[str, int, int, int]]:
    return [
        (line.label, line.quantity, line.unit_price_e4, line.amount_minor)
        for line in quote(get_tariff(code), quantity).lines
        if line.kind == "tier"
    ]


# ------------------------------------------------------------------ worked quotes


def test_lydec_124_kwh_is_progressive_within_first_two_tiers() -> None:
    assert tier_lines(LYDEC, 124) == [
        ("0–100 kWh", 100, 8496, 8496),
        ("101–150 kWh", 24, 10220, 2453),
    ]
    assert quote(get_tariff(LYDEC), 124).energy_minor == 10949


def test_lydec_190_kwh_bills_the_whole_consumption_at_the_151_210_price() -> None:
    assert tier_lines(LYDEC, 190) == [("Whole consumption 151–210 kWh", 190, 10220, 19418)]


def test_lydec_250_kwh_bills_the_whole_consumption_at_the_211_310_price() -> None:
    assert tier_lines(LYDEC, 250) == [("Whole consumption 211–310 kWh", 250, 11190, 27975)]


def test_lydec_400_kwh_in_one_month_jumps_to_the_311_510_selective_tier() -> None:
    assert tier_lines(LYDEC, 400) == [("Whole consumption 311–510 kWh", 400, 13157, 52628)]


def test_lydec_400_kwh_split_over_three_months_stays_progressive() -> None:
    tariff = get_tariff(LYDEC)
    months = [energy_minor(tariff, q) for q in (135, 130, 135)]
    assert months == [12073, 11562, 12073]
    assert sum(months) == 35708
    assert sum(months) < energy_minor(tariff, 400)


def test_lydec_above_510_kwh_uses_the_unbounded_selective_tier() -> None:
    assert tier_lines(LYDEC, 600) == [("Whole consumption above 510 kWh", 600, 15193, 91158)]


def test_sonelgaz_400_kwh_per_quarter_rounds_each_line_separately() -> None:
    assert tier_lines(SONELGAZ, 400) == [
        ("0–125 kWh", 125, 17790, 22238),
        ("126–250 kWh", 125, 41790, 52238),
        ("251–1000 kWh", 150, 48120, 72180),
    ]
    assert quote(get_tariff(SONELGAZ), 400).energy_minor == 146656


def test_sonelgaz_above_1000_kwh_fills_all_four_tiers() -> None:
    lines = tier_lines(SONELGAZ, 1200)
    assert [line[1] for line in lines] == [125, 125, 750, 200]
    assert lines[-1] == ("Above 1000 kWh", 200, 54800, 109600)


# ------------------------------------------------------------------ boundaries


def test_lydec_150_kwh_is_still_progressive() -> None:
    assert tier_lines(LYDEC, 150) == [
        ("0–100 kWh", 100, 8496, 8496),
        ("101–150 kWh", 50, 10220, 5110),
    ]


def test_lydec_151_kwh_switches_to_selective_billing() -> None:
    assert tier_lines(LYDEC, 151) == [("Whole consumption 151–210 kWh", 151, 10220, 15432)]


def test_lydec_100_and_101_kwh_straddle_the_first_progressive_bound() -> None:
    assert tier_lines(LYDEC, 100) == [("0–100 kWh", 100, 8496, 8496)]
    assert tier_lines(LYDEC, 101)[-1] == ("101–150 kWh", 1, 10220, 102)


def test_sonelgaz_125_kwh_stays_in_the_first_tier() -> None:
    assert tier_lines(SONELGAZ, 125) == [("0–125 kWh", 125, 17790, 22238)]


def test_sonelgaz_126_kwh_puts_one_kwh_in_the_second_tier() -> None:
    assert tier_lines(SONELGAZ, 126) == [
        ("0–125 kWh", 125, 17790, 22238),
        ("126–250 kWh", 1, 41790, 418),
    ]


# ------------------------------------------------------------------ fees, taxes, totals


def test_zero_consumption_has_no_tier_lines_but_fees_and_taxes_still_apply() -> None:
    tariff = get_tariff(LYDEC)
    result = quote(tariff, 0)
    assert [line.kind for line in result.lines] == ["fee", "tax"]
    assert result.energy_minor == 0
    assert result.fees_minor == sum(fee.amount_minor for fee in tariff.fees)
    assert result.total_minor == result.fees_minor + result.tax_minor
    assert energy_minor(tariff, 0) == 0


def test_taxes_apply_to_energy_plus_fees_rounded_half_up() -> None:
    tariff = _tariff(
        progressive=(Tier(None, 10000),),
        fees=(Fee("fixed", "Fixed", 5, True),),
        taxes=(Tax("vat", "VAT 10%", 1000, True),),
    )
    result = quote(tariff, 0)  # base 0.05 -> tax 0.005 -> rounds half up to 0.01
    assert result.tax_minor == 1
    result = quote(tariff, 1)  # base 1.05 -> tax 0.105 -> 0.11
    assert [(line.kind, line.amount_minor) for line in result.lines] == [
        ("tier", 100),
        ("fee", 5),
        ("tax", 11),
    ]
    assert result.lines[-1].quantity == 105
    assert result.total_minor == 116


def test_line_amounts_round_half_up_to_the_centime() -> None:
    tariff = _tariff(progressive=(Tier(None, 50),))  # 0.005 per unit
    assert energy_minor(tariff, 1) == 1  # 0.005 -> 0.01
    assert energy_minor(tariff, 3) == 2  # 0.015 -> 0.02
    tariff = _tariff(progressive=(Tier(None, 49),))
    assert energy_minor(tariff, 1) == 0  # 0.0049 -> 0.00


def test_quote_total_is_the_sum_of_its_lines_and_subtotals() -> None:
    for code in SHIPPED:
        result = quote(get_tariff(code), 777)
        assert result.total_minor == sum(line.amount_minor for line in result.lines)
        assert result.total_minor == result.energy_minor + result.fees_minor + result.tax_minor
        assert result.tariff_code == code
        assert result.quantity == 777


# ------------------------------------------------------------------ errors


def test_negative_quantity_is_refused_by_quote_and_energy() -> None:
    tariff = get_tariff(LYDEC)
    for function in (quote, energy_minor):
        with pytest.raises(DomainError) as caught:
            function(tariff, -1)
        assert caught.value.code == "tariff.quantity_negative"
        assert caught.value.params == {"quantity": -1}


def test_unknown_tariff_code_names_the_known_codes() -> None:
    with pytest.raises(DomainError) as caught:
        get_tariff("edf-tarif-bleu")
    assert caught.value.code == "tariff.unknown"
    assert caught.value.params["tariff"] == "edf-tarif-bleu"
    assert LYDEC in caught.value.params["known"]


def test_every_message_template_formats_with_the_parameters_raised() -> None:
    params = {
        "tariff.unknown": {"tariff": "x", "known": "a, b"},
        "tariff.quantity_negative": {"quantity": -3},
        "tariff.invalid": {"file": "x.toml", "problem": "missing 'code'"},
    }
    for code, values in params.items():
        assert "{" not in MESSAGES[code].format(**values)


# ------------------------------------------------------------------ data files


def test_every_shipped_tariff_loads() -> None:
    tariffs = load_tariffs()
    assert set(tariffs) == SHIPPED
    for code, tariff in tariffs.items():
        assert tariff.code == code
        assert tariff.source
        assert tariff.progressive
        assert energy_minor(tariff, 1000) > 0


def test_shipped_tariffs_carry_the_sourced_dates_and_prices() -> None:
    lydec = get_tariff(LYDEC)
    assert (lydec.currency, lydec.period, lydec.valid_from) == ("MAD", "monthly", date(2017, 1, 1))
    assert lydec.progressive_max == 150
    assert [t.upper for t in lydec.selective] == [210, 310, 510, None]
    assert not lydec.example_values
    sonelgaz = get_tariff(SONELGAZ)
    assert (sonelgaz.currency, sonelgaz.period) == ("DZD", "quarterly")
    assert [t.price_e4 for t in sonelgaz.progressive] == [17790, 41790, 48120, 54800]
    assert not sonelgaz.example_values


def test_values_not_in_the_sources_are_flagged_as_examples() -> None:
    assert get_tariff("sonelgaz-2016-residential-gas").example_values
    assert get_tariff("lydec-residential-water").example_values
    for tariff in load_tariffs().values():
        assert all(fee.example for fee in tariff.fees)
        assert all(tax.example for tax in tariff.taxes)


def test_load_tariffs_is_cached() -> None:
    assert load_tariffs() is load_tariffs()


VALID = """
code = "t"
name = "Test"
currency = "MAD"
service = "water"
unit = "m3"
period = "monthly"
valid_from = 2020-01-01
source = "test"
example_values = true

[[progressive]]
upper = 10
price = "1.5"

[[progressive]]
price = "2"
"""


def test_a_valid_file_in_a_directory_loads(tmp_path: Path) -> None:
    (tmp_path / "t.toml").write_text(VALID, encoding="utf-8")
    (tmp_path / "README.txt").write_text("ignored", encoding="utf-8")
    tariff = load_tariffs_from(tmp_path)["t"]
    assert tariff.progressive == (Tier(10, 15000), Tier(None, 20000))
    assert tariff.valid_to is None
    assert energy_minor(tariff, 12) == 1900


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("code = ", "TOML syntax"),
        (VALID.replace('code = "t"', 'code = "other"'), "file name"),
        (VALID.replace('currency = "MAD"', 'currency = "EUR"'), "currency"),
        (VALID.replace('price = "1.5"', "price = 1.5"), "wrong type"),
        (VALID.replace('price = "1.5"', 'price = "1.23456"'), "too many decimals"),
        (VALID.replace('price = "1.5"', 'price = "-1"'), "non-negative"),
        (VALID.replace("upper = 10", "upper = 0"), "must be above"),
        (VALID.replace('price = "2"', 'upper = 20\nprice = "2"'), "no 'upper'"),
        (
            VALID.replace(
                "valid_from = 2020-01-01", "valid_from = 2020-01-01\nvalid_to = 2019-01-01"
            ),
            "before valid_from",
        ),
        (VALID.replace('name = "Test"', 'name = "Test"\ncolour = "red"'), "unknown keys"),
        (VALID.replace('source = "test"\n', ""), "missing 'source'"),
        (VALID + '\n[[selective]]\nprice = "3"\n', "progressive_max"),
    ],
)
def test_a_malformed_file_is_refused_with_its_name_and_problem(
    tmp_path: Path, text: str, problem: str
) -> None:
    (tmp_path / "t.toml").write_text(text, encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        load_tariffs_from(tmp_path)
    assert caught.value.code == "tariff.invalid"
    assert caught.value.params["file"] == "t.toml"
    assert problem in caught.value.params["problem"]


# ------------------------------------------------------------------ properties


def _tariff(
    progressive: tuple[Tier, ...],
    selective: tuple[Tier, ...] = (),
    progressive_max: int | None = None,
    fees: tuple[Fee, ...] = (),
    taxes: tuple[Tax, ...] = (),
) -> Tariff:
    return Tariff(
        code="test",
        name="Test",
        currency="MAD",
        service="electricity",
        unit="kWh",
        period="monthly",
        valid_from=date(2020, 1, 1),
        valid_to=None,
        progressive=progressive,
        selective=selective,
        progressive_max=progressive_max,
        fees=fees,
        taxes=taxes,
        source="test",
        example_values=True,
    )


@st.composite
def progressive_tariffs(draw: st.DrawFn) -> Tariff:
    widths = draw(st.lists(st.integers(1, 500), max_size=5))
    prices = draw(
        st.lists(st.integers(0, 200_000), min_size=len(widths) + 1, max_size=len(widths) + 1)
    )
    uppers: list[int | None] = []
    total = 0
    for width in widths:
        total += width
        uppers.append(total)
    uppers.append(None)
    return _tariff(tuple(Tier(u, p) for u, p in zip(uppers, prices, strict=True)))


quantities = st.integers(0, 5000)


@given(code=st.sampled_from(sorted(SHIPPED)), quantity=quantities)
def test_fast_energy_path_equals_the_quote_for_shipped_tariffs(code: str, quantity: int) -> None:
    tariff = get_tariff(code)
    assert energy_minor(tariff, quantity) == quote(tariff, quantity).energy_minor


@given(tariff=progressive_tariffs(), quantity=quantities)
def test_fast_energy_path_equals_the_quote_for_any_progressive_tariff(
    tariff: Tariff, quantity: int
) -> None:
    assert energy_minor(tariff, quantity) == quote(tariff, quantity).energy_minor
    assert (
        sum(line.quantity for line in quote(tariff, quantity).lines if line.kind == "tier")
        == quantity
    )


@given(tariff=progressive_tariffs(), quantity=quantities)
def test_progressive_energy_never_decreases_when_consumption_grows(
    tariff: Tariff, quantity: int
) -> None:
    assert energy_minor(tariff, quantity) <= energy_minor(tariff, quantity + 1)


@given(
    code=st.sampled_from(sorted(c for c in SHIPPED if get_tariff(c).progressive_max is None)),
    quantity=quantities,
)
def test_shipped_progressive_tariffs_never_decrease_when_consumption_grows(
    code: str, quantity: int
) -> None:
    tariff = get_tariff(code)
    assert energy_minor(tariff, quantity) <= energy_minor(tariff, quantity + 1)
