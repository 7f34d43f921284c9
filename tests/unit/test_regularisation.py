"""Regularisation of estimated bills: domain.md's worked example, the lockdown scenario,
quarterly periods, tariff versions, and the properties that make it trustworthy."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.domain.estimation import PastPeriod, estimate
from desktop.domain.regularisation import (
    BilledPeriod,
    Regularisation,
    billing_periods,
    rebill,
    regularise,
    simulate,
    split_by_days,
)
from desktop.domain.tariffs import energy_minor, get_tariff, load_tariffs_from, tariff_on

LYDEC = "lydec-2017-residential-electricity"
SONELGAZ = "sonelgaz-2016-residential-electricity"


def lydec_on(_day: date):
    return get_tariff(LYDEC)


def months(start: date, end: date, estimates: list[int]) -> list[BilledPeriod]:
    return [
        BilledPeriod(p.start, p.end, e, e)
        for p, e in zip(billing_periods(start, end, "monthly"), estimates, strict=True)
    ]


# ------------------------------------------------------------------ the worked example


def test_400_kwh_over_march_to_may_splits_135_130_135_by_days() -> None:
    assert split_by_days(400, [31, 30, 31]) == (135, 130, 135)


def test_400_kwh_split_over_three_months_costs_357_08_instead_of_526_28() -> None:
    result = simulate(LYDEC, date(2020, 3, 1), date(2020, 5, 31), 400, [0, 0, 0], tariff_on)
    assert [(p.month, p.kwh, p.amount_minor) for p in result.periods] == [
        ("2020-03", 135, 12073),
        ("2020-04", 130, 11562),
        ("2020-05", 135, 12073),
    ]
    assert result.actual_minor == 35708
    assert energy_minor(get_tariff(LYDEC), 400) == 52628  # as one month: selective 311-510


def test_estimates_above_actual_give_a_credit_of_the_difference() -> None:
    result = simulate(
        LYDEC, date(2020, 3, 1), date(2020, 5, 31), 400, [15000, 15000, 15000], tariff_on
    )
    assert (result.billed_minor, result.actual_minor) == (45000, 35708)
    assert result.adjustment_minor == 35708 - 45000 == -9292
    assert result.direction == "credit"


def test_estimates_below_actual_give_a_debit_for_the_next_bill() -> None:
    result = simulate(LYDEC, date(2020, 3, 1), date(2020, 5, 31), 400, [10000] * 3, tariff_on)
    assert (result.adjustment_minor, result.direction) == (35708 - 30000, "debit")


# ------------------------------------------------------------------ the lockdown scenario


def test_lockdown_estimates_from_2018_2019_then_june_regularisation_respects_the_tiers() -> None:
    """Casablanca 2020: no reading from March to May; each month estimated from the same
    month of 2018 and 2019; meters read again on 31 May; regularised in the June bill."""
    history = []
    for year, per_month in ((2018, (110, 100, 95)), (2019, (120, 104, 105))):
        for month, kwh in zip((3, 4, 5), per_month, strict=True):
            first = date(year, month, 1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            history.append(PastPeriod(first, last, kwh))
    periods = billing_periods(date(2020, 3, 1), date(2020, 5, 31), "monthly")
    estimates = [estimate(p.start, p.end, history) for p in periods]
    assert [e.consumption for e in estimates] == [115, 102, 100]
    assert {e.method for e in estimates} == {"same_period_two_years"}
    lydec = get_tariff(LYDEC)
    billed = [
        BilledPeriod(
            p.start,
            p.end,
            energy_minor(lydec, e.consumption),
            energy_minor(lydec, e.consumption),
            e.consumption,
        )
        for p, e in zip(periods, estimates, strict=True)
    ]
    # Everyone stayed home: 480 kWh were measured over the 92 days.
    result = regularise(billed, 480, lydec_on)
    assert [p.kwh for p in result.periods] == [162, 156, 162]
    # 162 and 156 kWh are above 150: selective 151-210 at 1.022 for the whole month.
    assert [p.amount_minor for p in result.periods] == [16556, 15943, 16556]
    # Estimates: 115 kWh = 84.96 + 15.33; 102 kWh = 84.96 + 2.04; 100 kWh = 84.96.
    assert result.billed_minor == 10029 + 8700 + 8496
    assert result.adjustment_minor == 49055 - 27225
    assert result.direction == "debit"
    # Billed as one period, 480 kWh would have cost 480 x 1.3157.
    assert energy_minor(lydec, 480) == 63154 > result.actual_minor


def test_the_explanation_survives_a_round_trip_through_json() -> None:
    result = simulate(LYDEC, date(2020, 3, 1), date(2020, 5, 31), 400, [15000] * 3, tariff_on)
    assert Regularisation.from_json(result.to_json()) == result
    assert result.to_json()["periods"][0]["kwh"] == 135


def test_days_after_the_last_estimated_bill_are_carried_to_the_next_bill() -> None:
    billed = months(date(2020, 3, 1), date(2020, 4, 30), [10000, 10000])
    result = regularise(billed, 305, lydec_on, unbilled_days=0)
    assert result.carried_kwh == 0
    with_tail = regularise(billed, 305, lydec_on, unbilled_days=61)
    assert sum(p.kwh for p in with_tail.periods) + with_tail.carried_kwh == 305
    assert with_tail.carried_kwh == 152


# ------------------------------------------------------------------ periods and tariffs


def test_monthly_periods_are_calendar_months_clipped_to_the_span() -> None:
    periods = billing_periods(date(2020, 3, 15), date(2020, 5, 10), "monthly")
    assert [(p.start, p.end) for p in periods] == [
        (date(2020, 3, 15), date(2020, 3, 31)),
        (date(2020, 4, 1), date(2020, 4, 30)),
        (date(2020, 5, 1), date(2020, 5, 10)),
    ]


def test_quarterly_tariffs_split_over_quarters_counted_from_the_last_reading() -> None:
    periods = billing_periods(date(2020, 1, 15), date(2020, 7, 14), "quarterly")
    assert [(p.start, p.end) for p in periods] == [
        (date(2020, 1, 15), date(2020, 4, 14)),
        (date(2020, 4, 15), date(2020, 7, 14)),
    ]
    result = simulate(SONELGAZ, date(2020, 1, 15), date(2020, 7, 14), 800, [0, 0], tariff_on)
    assert [p.days for p in result.periods] == [91, 91]
    assert [p.kwh for p in result.periods] == [400, 400]
    # Each quarter keeps its own 0-125 and 126-250 tiers: cheaper than 800 in one quarter.
    sonelgaz = get_tariff(SONELGAZ)
    assert result.actual_minor == energy_minor(sonelgaz, 398) + energy_minor(sonelgaz, 402)
    assert result.actual_minor < energy_minor(sonelgaz, 800)


def test_each_month_is_priced_with_the_tariff_version_in_force_that_month(tmp_path: Path) -> None:
    source = (Path(__file__).parents[2] / "desktop" / "tariffs" / f"{LYDEC}.toml").read_text()
    old = source.replace(
        "valid_from = 2017-01-01", "valid_from = 2017-01-01\nvalid_to = 2020-03-31"
    )
    new = (
        source.replace(f'code = "{LYDEC}"', 'code = "lydec-2020-04"')
        .replace("valid_from = 2017-01-01", "valid_from = 2020-04-01")
        .replace('price = "0.8496"', 'price = "0.9000"')
    )
    (tmp_path / f"{LYDEC}.toml").write_text(old, encoding="utf-8")
    (tmp_path / "lydec-2020-04.toml").write_text(new, encoding="utf-8")
    tariffs = load_tariffs_from(tmp_path)
    result = simulate(
        LYDEC,
        date(2020, 3, 1),
        date(2020, 4, 30),
        200,
        [0, 0],
        lambda code, day: tariff_on(code, day, tariffs),
    )
    assert [p.tariff_code for p in result.periods] == [LYDEC, "lydec-2020-04"]
    assert [p.kwh for p in result.periods] == [102, 98]
    assert result.periods[0].amount_minor == 8496 + 204  # 100 x 0.8496 + 2 x 1.022
    assert result.periods[1].amount_minor == 8820  # 98 x 0.9000
    with pytest.raises(DomainError) as info:
        tariff_on(LYDEC, date(2016, 12, 31), tariffs)
    assert info.value.code == "tariff.not_in_force"


def test_overlapping_versions_of_one_family_are_refused(tmp_path: Path) -> None:
    source = (Path(__file__).parents[2] / "desktop" / "tariffs" / f"{LYDEC}.toml").read_text()
    (tmp_path / f"{LYDEC}.toml").write_text(source, encoding="utf-8")
    clash = source.replace(f'code = "{LYDEC}"', 'code = "lydec-clash"').replace(
        "valid_from = 2017-01-01", "valid_from = 2019-01-01"
    )
    (tmp_path / "lydec-clash.toml").write_text(clash, encoding="utf-8")
    with pytest.raises(DomainError) as info:
        load_tariffs_from(tmp_path)
    assert info.value.code == "tariff.invalid" and "overlap" in info.value.params["problem"]


def test_one_estimated_amount_per_period_is_required() -> None:
    with pytest.raises(DomainError) as info:
        simulate(LYDEC, date(2020, 3, 1), date(2020, 5, 31), 400, [100, 100], tariff_on)
    assert info.value.code == "regularisation.estimates_count"
    assert info.value.params["months"] == "2020-03, 2020-04, 2020-05"


# ------------------------------------------------------------------ properties

day_lists = st.lists(st.integers(min_value=1, max_value=92), min_size=1, max_size=12)


@given(total=st.integers(min_value=0, max_value=10**6), days=day_lists)
def test_the_split_preserves_the_total_and_stays_within_one_unit_of_proportional(
    total: int, days: list[int]
) -> None:
    shares = split_by_days(total, days)
    assert sum(shares) == total
    whole = sum(days)
    for share, d in zip(shares, days, strict=True):
        assert total * d // whole <= share <= total * d // whole + 1


@given(total=st.integers(min_value=0, max_value=10**5), n=st.integers(min_value=1, max_value=8))
def test_equal_periods_give_the_leftover_units_to_the_earliest(total: int, n: int) -> None:
    shares = split_by_days(total, [30] * n)
    assert list(shares) == sorted(shares, reverse=True)


spans = st.tuples(
    st.dates(min_value=date(2017, 1, 1), max_value=date(2024, 12, 31)),
    st.integers(min_value=0, max_value=400),
)


@given(span=spans, total=st.integers(min_value=0, max_value=5000))
def test_estimates_equal_to_the_actual_consumption_give_a_zero_adjustment(
    span: tuple[date, int], total: int
) -> None:
    start, length = span
    end = start + timedelta(days=length)
    lydec = get_tariff(LYDEC)
    periods = billing_periods(start, end, "monthly")
    shares = split_by_days(total, [p.days for p in periods])
    estimated = [energy_minor(lydec, kwh) for kwh in shares]  # estimates hit the actual kWh
    result = simulate(LYDEC, start, end, total, estimated, tariff_on)
    assert result.adjustment_minor == 0
    assert result.direction == "none"


@given(
    span=spans,
    total=st.integers(min_value=0, max_value=5000),
    estimate_each=st.integers(min_value=0, max_value=100_000),
)
def test_regularising_twice_changes_nothing(
    span: tuple[date, int], total: int, estimate_each: int
) -> None:
    start, length = span
    end = start + timedelta(days=length)
    count = len(billing_periods(start, end, "monthly"))
    first = simulate(LYDEC, start, end, total, [estimate_each] * count, tariff_on)
    second = rebill(first, total, lydec_on)
    assert second.adjustment_minor == 0
    assert [p.amount_minor for p in second.periods] == [p.amount_minor for p in first.periods]
    # What the customer ends up paying is the actual amount, whatever the estimates were.
    assert first.billed_minor + first.adjustment_minor == first.actual_minor


@given(
    wrong=st.integers(min_value=0, max_value=3000),
    right=st.integers(min_value=0, max_value=3000),
)
def test_a_corrected_reading_charges_only_the_change(wrong: int, right: int) -> None:
    billed = months(date(2020, 3, 1), date(2020, 5, 31), [12000, 12000, 12000])
    first = regularise(billed, wrong, lydec_on)
    corrected = rebill(first, right, lydec_on)
    direct = regularise(billed, right, lydec_on)
    assert first.adjustment_minor + corrected.adjustment_minor == direct.adjustment_minor
