"""Regularisation of estimated bills once the meter is read again (the Lydec lockdown story).

Why this module: during the 2020 lockdown Lydec billed estimates, then measured the actual
consumption since the last actual reading and regularised it "respecting the tariff tiers":
the measured total is divided over each billing period, each period is priced at its own
tariff and tiers, and what was already billed is deducted. Billing the total as one period
would push it into a dearer selective tier (400 kWh: 526.28 MAD as one month against
357.08 MAD over three), so the split is the whole point.

The rules, all in integers:

- the measured quantity is split over the periods in proportion to their number of days,
  in whole units, with the total preserved exactly (largest remainder; ties go to the
  earlier period);
- each period is priced with the tariff in force on its first day (``tariff_on``), energy
  only (fees were billed with each estimated bill and do not change; taxes follow the
  energy on the next bill);
- the adjustment is actual minus already billed: positive is a debit added to the next
  bill, negative a credit to the account;
- "already billed" is the estimate, or, when a corrected reading re-computes the same
  periods, the amounts of the previous regularisation, so nothing is counted twice and
  regularising again with nothing new gives zero.

Periods follow the tariff's billing period: calendar months for Lydec, blocks of three
months for Sonelgaz's quarterly tiers (the tier bounds are per billing period, so the split
must be per billing period too; see ``billing_periods``).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.domain.errors import DomainError
from desktop.domain.tariffs import Tariff, energy_minor

MONTHS_PER_PERIOD = {"monthly": 1, "bimonthly": 2, "quarterly": 3}
DIRECTIONS = ("debit", "credit", "none")


@dataclass(frozen=True, slots=True)
class Period:
    """A span of days, both ends inclusive.

    Fields:
        start: first day.
        end: last day (``>= start``).
    """

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class BilledPeriod:
    """A billing period already billed on an estimate, to be regularised.

    Fields:
        start, end: the period (inclusive).
        billed_minor: energy amount already billed for it (the estimate, or the previous
            regularisation's amount when a correction re-computes it), in minor units.
        estimated_minor: the original estimated energy amount (shown in the explanation).
        estimated_kwh: the estimated quantity, when known (shown in the explanation).
    """

    start: date
    end: date
    billed_minor: int
    estimated_minor: int
    estimated_kwh: int | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class RegularisedPeriod:
    """One period of a regularisation: its share of the measured quantity and its price.

    Fields:
        start, end, days: the period.
        kwh: whole units attributed to it (proportional to days).
        tariff_code: the tariff version used (in force on ``start``).
        amount_minor: energy amount of ``kwh`` at that tariff.
        billed_minor: what was already billed for the period.
        estimated_minor: the original estimated energy amount.
        estimated_kwh: the estimated quantity, when known.
    """

    start: date
    end: date
    days: int
    kwh: int
    tariff_code: str
    amount_minor: int
    billed_minor: int
    estimated_minor: int
    estimated_kwh: int | None

    @property
    def month(self) -> str:
        """``YYYY-MM`` of the first day: the label a customer recognises."""
        return self.start.strftime("%Y-%m")

    @property
    def difference_minor(self) -> int:
        return self.amount_minor - self.billed_minor


@dataclass(frozen=True, slots=True)
class Regularisation:
    """The result: what the periods cost at actual consumption against what was billed.

    Why a plain record with a JSON form: it is stored with the adjustment and read back by
    the statement and the "Explain this bill" view, long after the tariffs may have changed.

    Fields:
        currency: of every amount.
        actual_kwh: the measured quantity since the last actual reading.
        carried_kwh: the part of it falling on days no estimated bill covered (after the
            last estimated period); billed normally by the next bill, not here.
        periods: the regularised periods, oldest first.
        actual_minor: energy at actual consumption, summed over the periods.
        billed_minor: energy already billed for them.
        adjustment_minor: actual minus billed; > 0 debit on the next bill, < 0 credit.
    """

    currency: str
    actual_kwh: int
    carried_kwh: int
    periods: tuple[RegularisedPeriod, ...]
    actual_minor: int
    billed_minor: int
    adjustment_minor: int

    @property
    def direction(self) -> str:
        """``"debit"`` (added to the next bill), ``"credit"`` (to the account) or ``"none"``."""
        if self.adjustment_minor > 0:
            return "debit"
        return "credit" if self.adjustment_minor < 0 else "none"

    @property
    def estimated_minor(self) -> int:
        return sum(p.estimated_minor for p in self.periods)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready explanation (amounts in minor units, dates ISO) for storage."""
        return {
            "version": 1,
            "currency": self.currency,
            "actual_kwh": self.actual_kwh,
            "carried_kwh": self.carried_kwh,
            "actual_minor": self.actual_minor,
            "billed_minor": self.billed_minor,
            "estimated_minor": self.estimated_minor,
            "adjustment_minor": self.adjustment_minor,
            "direction": self.direction,
            "periods": [
                {
                    "month": p.month,
                    "start": p.start.isoformat(),
                    "end": p.end.isoformat(),
                    "days": p.days,
                    "kwh": p.kwh,
                    "tariff": p.tariff_code,
                    "amount_minor": p.amount_minor,
                    "billed_minor": p.billed_minor,
                    "estimated_minor": p.estimated_minor,
                    "estimated_kwh": p.estimated_kwh,
                }
                for p in self.periods
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Regularisation:
        """Rebuild a stored explanation (the inverse of ``to_json``)."""
        periods = tuple(
            RegularisedPeriod(
                start=date.fromisoformat(p["start"]),
                end=date.fromisoformat(p["end"]),
                days=int(p["days"]),
                kwh=int(p["kwh"]),
                tariff_code=str(p["tariff"]),
                amount_minor=int(p["amount_minor"]),
                billed_minor=int(p["billed_minor"]),
                estimated_minor=int(p["estimated_minor"]),
                estimated_kwh=None if p.get("estimated_kwh") is None else int(p["estimated_kwh"]),
            )
            for p in data["periods"]
        )
        return cls(
            currency=str(data["currency"]),
            actual_kwh=int(data["actual_kwh"]),
            carried_kwh=int(data["carried_kwh"]),
            periods=periods,
            actual_minor=int(data["actual_minor"]),
            billed_minor=int(data["billed_minor"]),
            adjustment_minor=int(data["adjustment_minor"]),
        )


# --------------------------------------------------------------------------- splitting


def split_by_days(total: int, days: Sequence[int]) -> tuple[int, ...]:
    """Split ``total`` whole units over periods of ``days`` days, preserving the total.

    Largest remainder (Hamilton): each period first gets ``floor(total * d / D)``; the units
    left go one by one to the largest remainders, ties to the earlier period, so the result
    is deterministic and never depends on float rounding. 400 over 31/30/31 -> 135/130/135.
    """
    if total < 0:
        raise DomainError("tariff.quantity_negative", quantity=total)
    if not days or any(d <= 0 for d in days):
        raise ValueError("every period needs at least one day")
    whole = sum(days)
    shares = [total * d // whole for d in days]
    remainders = [total * d % whole for d in days]
    left = total - sum(shares)
    for i in sorted(range(len(days)), key=lambda i: (-remainders[i], i))[:left]:
        shares[i] += 1
    return tuple(shares)


def _add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clipped to the month's end (31 Jan + 1 -> 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def billing_periods(start: date, end: date, period: str) -> tuple[Period, ...]:
    """Cut ``start..end`` (inclusive) into consecutive billing periods of the tariff's length.

    Monthly: calendar months, the first and last clipped to the span (a span starting on
    the 1st gives whole months, as in the Lydec story). Bimonthly and quarterly: blocks of
    two or three months counted from ``start`` (the day after the last actual reading),
    because tier bounds of those tariffs are per billing period, not per calendar quarter;
    the last block may be shorter. Each period is priced with full tier bounds.
    """
    if end < start:
        raise DomainError(
            "statement.period_reversed", date_from=start.isoformat(), date_to=end.isoformat()
        )
    months = MONTHS_PER_PERIOD[period]
    periods: list[Period] = []
    cursor = start
    while cursor <= end:
        if months == 1:
            nxt = date(cursor.year, cursor.month, 1)
            nxt = _add_months(nxt, 1)
        else:
            nxt = _add_months(start, months * (len(periods) + 1))
        last = min(end, nxt - timedelta(days=1))
        periods.append(Period(cursor, last))
        cursor = last + timedelta(days=1)
    return tuple(periods)


# --------------------------------------------------------------------------- regularising


def regularise(
    billed: Sequence[BilledPeriod],
    actual_kwh: int,
    tariff_for: Callable[[date], Tariff],
    *,
    unbilled_days: int = 0,
) -> Regularisation:
    """Regularise ``billed`` periods against ``actual_kwh`` measured over them.

    ``unbilled_days``: days of the measured span that no estimated bill covered (after the
    last one, up to the reading); they take their share of the quantity (``carried_kwh``),
    which is left for the next regular bill.
    ``tariff_for(day)``: the tariff in force on ``day`` (each period uses its first day).
    """
    if not billed:
        raise ValueError("nothing to regularise: no billed period")
    ordered = sorted(billed, key=lambda b: b.start)
    days = [b.days for b in ordered] + ([unbilled_days] if unbilled_days > 0 else [])
    shares = split_by_days(actual_kwh, days)
    carried = shares[len(ordered)] if unbilled_days > 0 else 0
    lines: list[RegularisedPeriod] = []
    currency = ""
    for b, kwh in zip(ordered, shares, strict=False):
        tariff = tariff_for(b.start)
        if currency and tariff.currency != currency:
            raise DomainError("currency.mismatch", left=currency, right=tariff.currency)
        currency = tariff.currency
        lines.append(
            RegularisedPeriod(
                start=b.start,
                end=b.end,
                days=b.days,
                kwh=kwh,
                tariff_code=tariff.code,
                amount_minor=energy_minor(tariff, kwh),
                billed_minor=b.billed_minor,
                estimated_minor=b.estimated_minor,
                estimated_kwh=b.estimated_kwh,
            )
        )
    actual = sum(p.amount_minor for p in lines)
    already = sum(p.billed_minor for p in lines)
    return Regularisation(
        currency=currency,
        actual_kwh=actual_kwh,
        carried_kwh=carried,
        periods=tuple(lines),
        actual_minor=actual,
        billed_minor=already,
        adjustment_minor=actual - already,
    )


def rebill(
    previous: Regularisation,
    actual_kwh: int,
    tariff_for: Callable[[date], Tariff],
    *,
    unbilled_days: int = 0,
) -> Regularisation:
    """Re-compute ``previous`` with a corrected quantity, without counting anything twice.

    What was already billed for each period is now the previous regularisation's actual
    amount (estimate + previous adjustment), so the new adjustment is only the change.
    """
    billed = [
        BilledPeriod(p.start, p.end, p.amount_minor, p.estimated_minor, p.estimated_kwh)
        for p in previous.periods
    ]
    return regularise(billed, actual_kwh, tariff_for, unbilled_days=unbilled_days)


def simulate(
    tariff_code: str,
    start: date,
    end: date,
    actual_kwh: int,
    estimated_minor: Sequence[int],
    tariff_for: Callable[[str, date], Tariff],
) -> Regularisation:
    """What-if for the counter and the CLI: periods cut by ``billing_periods``, one
    estimated amount per period, in order. ``tariff_for(code, day)`` selects the version."""
    first = tariff_for(tariff_code, start)
    periods = billing_periods(start, end, first.period)
    if len(estimated_minor) != len(periods):
        raise DomainError(
            "regularisation.estimates_count",
            periods=len(periods),
            given=len(estimated_minor),
            months=", ".join(p.start.strftime("%Y-%m") for p in periods),
        )
    billed = [
        BilledPeriod(p.start, p.end, amount, amount)
        for p, amount in zip(periods, estimated_minor, strict=True)
    ]
    return regularise(billed, actual_kwh, lambda day: tariff_for(tariff_code, day))
