"""Cash counted by denomination, and what a difference at closing means.

Why here: the opening float and the blind count at closing are both "so many notes of this
value, so many coins of that one"; the totals, the over/short and whether the branch manager
must validate it are rules, not widget logic, and the same for the CLI and the window.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.domain.errors import DomainError, Problem
from desktop.money import Money

# Values in minor units (centimes), largest first. Defaults from domain.md; the settings
# table may override them (key ``denominations``: comma-separated minor values).
DEFAULT_DENOMINATIONS: dict[str, tuple[int, ...]] = {
    "DZD": (200000, 100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50),
    "MAD": (20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5),
}
# Algeria has both a 200 DA note and a 200 DA coin, a 100 DA note and coin: counted together.


def parse_denominations(text: str, currency: str) -> tuple[int, ...]:
    """Read ``"200000,100000,..."`` (minor units) from configuration, largest first."""
    try:
        values = sorted({int(v) for v in text.split(",") if v.strip()}, reverse=True)
    except ValueError:
        raise DomainError(
            "input.invalid", field="denominations", problem=Problem("denominations_format")
        ) from None
    if not values or values[-1] <= 0:
        raise DomainError(
            "input.invalid", field="denominations", problem=Problem("denominations_positive")
        )
    return tuple(values)


@dataclass(frozen=True, slots=True)
class CashCount:
    """Notes and coins counted. Fields: currency, pieces (denomination minor value → count)."""

    currency: str
    pieces: tuple[tuple[int, int], ...]

    @classmethod
    def of(
        cls, currency: str, pieces: Mapping[int, int], allowed: tuple[int, ...] | None = None
    ) -> CashCount:
        """Validate a count: known denominations only, whole non-negative quantities."""
        allowed = allowed or DEFAULT_DENOMINATIONS[currency]
        clean: dict[int, int] = {}
        for value, count in pieces.items():
            if value not in allowed:
                raise DomainError(
                    "cash.unknown_denomination",
                    value=Money(value, currency).as_str(),
                    currency=currency,
                )
            if not isinstance(count, int) or count < 0:
                raise DomainError(
                    "cash.bad_count", value=Money(value, currency).as_str(), count=str(count)
                )
            if count:
                clean[value] = clean.get(value, 0) + count
        return cls(currency, tuple(sorted(clean.items(), reverse=True)))

    @property
    def total(self) -> Money:
        return Money(sum(v * n for v, n in self.pieces), self.currency)

    def as_json(self) -> dict[str, int]:
        return {str(v): n for v, n in self.pieces}

    @classmethod
    def from_json(cls, currency: str, data: Mapping[str, int]) -> CashCount:
        return cls(
            currency, tuple(sorted(((int(k), int(n)) for k, n in data.items()), reverse=True))
        )


@dataclass(frozen=True, slots=True)
class Difference:
    """Counted minus expected for one tender. Fields: tender, expected, counted, difference
    (negative = short), needs_validation (beyond the tolerance)."""

    tender: str
    expected: Money
    counted: Money
    difference: Money
    needs_validation: bool


def difference(tender: str, expected: Money, counted: Money, tolerance: Money) -> Difference:
    diff = counted - expected
    return Difference(tender, expected, counted, diff, abs(diff.minor) > tolerance.minor)
