"""Estimated consumption for a billing period with no reading (the Lydec lockdown rule).

Why: when meters cannot be read, the bill is estimated "from the consumption of the same
period in the two previous years" (Lydec, 2020). A house consumes with the seasons, so the
same period a year or two earlier is a better guess than last month. When that history is
missing we fall back, in this order, and say which rule was used:

1. ``same_period_two_years``: average of the same period one and two years earlier;
2. ``same_period_one_year``: only one of those two years is known;
3. ``recent_average``: daily average of the measured periods of the last 365 days before
   the period, times its number of days;
4. ``contractual_minimum``: nothing measured at all: the minimum in the contract (0 when
   there is none).

Only measured history counts (actual or self readings): an estimate is never built on
estimates, or one bad guess would repeat itself year after year. A past year is usable when
measured periods cover at least half of its days; its consumption is the daily rate of the
periods overlapping it (each prorated by the days it shares), times the period's days.
All arithmetic is on fractions, rounded half-up once at the end, to whole units.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

METHODS = (
    "same_period_two_years",
    "same_period_one_year",
    "recent_average",
    "contractual_minimum",
)
MIN_COVERAGE = Fraction(1, 2)
RECENT_DAYS = 365


@dataclass(frozen=True, slots=True)
class PastPeriod:
    """A past billing period with the consumption measured for it.

    Fields:
        start, end: the period (inclusive).
        consumption: whole units consumed.
        estimated: True when that consumption was itself estimated (then it is ignored).
    """

    start: date
    end: date
    consumption: int
    estimated: bool = False

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Estimate:
    """An estimated consumption and how it was obtained, so the bill can say "estimated".

    Fields:
        start, end: the period estimated.
        consumption: whole units.
        method: one of ``METHODS``.
        basis: the past years (or the recent span) the figure rests on, as ``(start, end,
            consumption)`` of each window used, for the explanation.
        estimated: always True: a flag carried to the bill.
    """

    start: date
    end: date
    consumption: int
    method: str
    basis: tuple[tuple[date, date, int], ...]
    estimated: bool = True


def _shift_year(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _overlap(a_start: date, a_end: date, b_start: date, b_end: date) -> int:
    return max(0, (min(a_end, b_end) - max(a_start, b_start)).days + 1)


def _window(history: Sequence[PastPeriod], start: date, end: date) -> Fraction | None:
    """Consumption over ``start..end`` from measured periods, or None if covered < half."""
    days = (end - start).days + 1
    covered = 0
    amount = Fraction(0)
    for p in history:
        shared = _overlap(p.start, p.end, start, end)
        if shared:
            covered += shared
            amount += Fraction(p.consumption * shared, p.days)
    if covered == 0 or Fraction(covered, days) < MIN_COVERAGE:
        return None
    return amount * days / covered


def _half_up(value: Fraction) -> int:
    return int((value * 2 + 1) // 2)


def estimate(
    start: date, end: date, history: Sequence[PastPeriod], *, contractual_minimum: int = 0
) -> Estimate:
    """Estimate the consumption of ``start..end`` from ``history`` (see module docstring)."""
    measured = [p for p in history if not p.estimated]
    years: list[tuple[date, date, Fraction]] = []
    for back in (1, 2):
        s, e = _shift_year(start, back), _shift_year(end, back)
        value = _window(measured, s, e)
        if value is not None:
            years.append((s, e, value))
    basis = tuple((s, e, _half_up(v)) for s, e, v in years)
    if len(years) == 2:
        return Estimate(start, end, _half_up((years[0][2] + years[1][2]) / 2), METHODS[0], basis)
    if len(years) == 1:
        return Estimate(start, end, _half_up(years[0][2]), METHODS[1], basis)
    recent_start = start - timedelta(days=RECENT_DAYS)
    recent = [p for p in measured if p.end < start and p.start >= recent_start]
    if recent:
        days = sum(p.days for p in recent)
        used = sum(p.consumption for p in recent)
        value = Fraction(used, days) * ((end - start).days + 1)
        first = min(p.start for p in recent)
        last = max(p.end for p in recent)
        return Estimate(start, end, _half_up(value), METHODS[2], ((first, last, used),))
    return Estimate(start, end, max(0, contractual_minimum), METHODS[3], ())
