"""Estimated consumption: the same period of the two previous years, then the fallbacks."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.estimation import PastPeriod, estimate

APRIL_2020 = (date(2020, 4, 1), date(2020, 4, 30))


def april(year: int, kwh: int, *, estimated: bool = False) -> PastPeriod:
    return PastPeriod(date(year, 4, 1), date(year, 4, 30), kwh, estimated)


def test_the_estimate_is_the_average_of_the_same_period_in_the_two_previous_years() -> None:
    result = estimate(*APRIL_2020, [april(2018, 100), april(2019, 121), april(2017, 900)])
    assert (result.consumption, result.method) == (111, "same_period_two_years")  # 110.5 up
    assert result.estimated
    assert [b[2] for b in result.basis] == [121, 100]


def test_with_one_previous_year_only_that_year_is_used() -> None:
    result = estimate(*APRIL_2020, [april(2019, 140)])
    assert (result.consumption, result.method) == (140, "same_period_one_year")


def test_estimated_history_is_never_the_basis_of_a_new_estimate() -> None:
    result = estimate(*APRIL_2020, [april(2019, 500, estimated=True), april(2018, 90)])
    assert (result.consumption, result.method) == (90, "same_period_one_year")


def test_a_past_period_that_straddles_the_window_counts_for_its_shared_days() -> None:
    # Quarterly history (Sonelgaz): one quarter 2019-03-16..2019-06-13 (90 days, 900 kWh).
    quarter = PastPeriod(date(2019, 3, 16), date(2019, 6, 13), 900)
    result = estimate(*APRIL_2020, [quarter])
    assert (result.consumption, result.method) == (300, "same_period_one_year")


def test_a_year_covered_less_than_half_is_not_used() -> None:
    sliver = PastPeriod(date(2019, 4, 1), date(2019, 4, 10), 50)
    recent = PastPeriod(date(2020, 1, 1), date(2020, 3, 31), 910)
    result = estimate(*APRIL_2020, [sliver, recent])
    assert result.method == "recent_average"
    assert result.consumption == 300  # 910 / 91 days x 30 days


def test_without_any_measured_history_the_contractual_minimum_applies() -> None:
    result = estimate(*APRIL_2020, [], contractual_minimum=50)
    assert (result.consumption, result.method, result.basis) == (50, "contractual_minimum", ())
    assert estimate(*APRIL_2020, []).consumption == 0


def test_29_february_maps_to_28_february_in_earlier_years() -> None:
    leap = (date(2020, 2, 1), date(2020, 2, 29))
    feb = [PastPeriod(date(y, 2, 1), date(y, 2, 28), 280) for y in (2018, 2019)]
    result = estimate(*leap, feb)
    assert (result.consumption, result.method) == (280, "same_period_two_years")


@given(a=st.integers(min_value=0, max_value=10**6), b=st.integers(min_value=0, max_value=10**6))
def test_two_equal_years_give_that_consumption_and_the_average_lies_between(a: int, b: int) -> None:
    result = estimate(*APRIL_2020, [april(2018, a), april(2019, b)])
    assert min(a, b) <= result.consumption <= max(a, b)
    assert estimate(*APRIL_2020, [april(2018, a), april(2019, a)]).consumption == a
