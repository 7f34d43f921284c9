"""Tariff engine: turn one billing period's consumption into priced lines, in integers only.

Why an engine of our own: the Lydec lockdown regularisation (domain.md, "Tariffs") is only
fair if each month is billed "respecting the tiers", and both tier mechanisms exist in the
field: *progressive* (each tier's price applies to the quantity inside that tier) and
*selective* (the whole consumption at the price of the tier it falls in). Lydec mixes them:
progressive up to 150 kWh/month, selective above.

Why integers: every line is rounded half-up to the centime on its own, exactly as printed
bills do, so quotes must be reproducible to the centime. Unit prices are held in 1/10000 of
the currency (``price_e4``: 0.8496 MAD -> 8496), amounts in minor units (centimes), tax
rates in basis points (1400 = 14 %). No float is ever involved, not even when reading the
TOML files: prices are written there as decimal strings.

Tariff data lives in ``desktop/tariffs/*.toml`` (one tariff per file, the file named after
the tariff code) so that a schedule change is a data change, reviewed with its source.
Values that do not come from a source are flagged as examples (``example`` on fees and
taxes, ``example_values`` on the tariff) so screens and documents can say so.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from desktop.domain.errors import DomainError, Problem

"""Message templates for this module's error codes (merged into ``errors.MESSAGES``)."""

CURRENCIES = ("DZD", "MAD")
SERVICES = ("electricity", "gas", "water")
UNITS = ("kWh", "m3", "th")
PERIODS = ("monthly", "bimonthly", "quarterly")

_E4 = Decimal(10000)
_MINOR = Decimal(100)


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True, slots=True)
class Tier:
    """One price band of a tariff.

    Why an upper bound only: bands are contiguous, so each tier starts just above the
    previous tier's upper bound (the first at 0); storing one bound keeps gaps and overlaps
    impossible.

    Fields:
        upper: inclusive upper bound in units (kWh, m3 or th) per billing period;
            ``None`` for the last, unbounded tier.
        price_e4: unit price in 1/10000 of the currency (0.8496 MAD -> 8496,
            1.779 DA -> 17790).
    """

    upper: int | None
    price_e4: int


@dataclass(frozen=True, slots=True)
class Fee:
    """A fixed amount charged every billing period whatever the consumption.

    Why separate from tiers: fees (meter rental, fixed charge) still apply at zero
    consumption and are part of the taxable base.

    Fields:
        code: stable identifier, e.g. ``"fixed_charge"``.
        label: short English label (translated elsewhere).
        amount_minor: amount per billing period, in minor units.
        example: True when the amount is an illustrative value, not from a source.
    """

    code: str
    label: str
    amount_minor: int
    example: bool


@dataclass(frozen=True, slots=True)
class Tax:
    """A proportional tax on energy plus fees (e.g. VAT).

    Why basis points: integer arithmetic with half-up rounding at the centime.

    Fields:
        code: stable identifier, e.g. ``"vat"``.
        label: short English label (translated elsewhere).
        rate_bp: rate in basis points (1400 = 14 %).
        example: True when the rate is an illustrative value, not from a source.
    """

    code: str
    label: str
    rate_bp: int
    example: bool


@dataclass(frozen=True, slots=True)
class Tariff:
    """A price schedule for one service, currency and billing period.

    Why both tier lists: Lydec bills progressively up to ``progressive_max`` and
    selectively above it; Sonelgaz is progressive throughout (``progressive_max=None``,
    no selective tiers).

    Fields:
        code: stable identifier, also the TOML file name.
        name: human-readable English name.
        currency: ``"DZD"`` or ``"MAD"``.
        service: ``"electricity"``, ``"gas"`` or ``"water"``.
        unit: ``"kWh"``, ``"m3"`` or ``"th"`` (thermies).
        period: ``"monthly"``, ``"bimonthly"`` or ``"quarterly"``; tier bounds are per period.
        valid_from: first day the schedule applies.
        valid_to: last day it applies, or ``None`` while current.
        progressive: progressive tiers, ascending; the last is unbounded when
            ``progressive_max`` is ``None``.
        selective: selective tiers, ascending, used when consumption exceeds
            ``progressive_max``; the last is unbounded.
        progressive_max: consumption up to this is billed progressively, above it the
            whole consumption is billed at the selective tier it falls in; ``None`` means
            always progressive.
        fees: fixed fees per period.
        taxes: taxes applied to energy plus fees.
        source: where the prices come from.
        example_values: True when the tier prices are illustrative, not from a source.
        family: the schedule this tariff is one version of (e.g.
            ``"lydec-residential-electricity"``); successive versions share it and differ by
            validity dates, so a service point keeps one code and each date finds its own
            prices (``tariff_on``). Defaults to ``code``.
    """

    code: str
    name: str
    currency: str
    service: str
    unit: str
    period: str
    valid_from: date
    valid_to: date | None
    progressive: tuple[Tier, ...]
    selective: tuple[Tier, ...]
    progressive_max: int | None
    fees: tuple[Fee, ...]
    taxes: tuple[Tax, ...]
    source: str
    example_values: bool
    family: str = ""

    @property
    def family_code(self) -> str:
        """The family, or the code itself for a tariff that has no declared family."""
        return self.family or self.code

    def valid_on(self, day: date) -> bool:
        """Whether the schedule applies on ``day`` (both bounds inclusive)."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class QuoteLine:
    """One printed line of a quote.

    Why the unit price is kept: the receipt and the regularisation statement show
    "quantity x unit price = amount" so the customer can check each line.

    Fields:
        kind: ``"tier"``, ``"fee"`` or ``"tax"``.
        label: short English label, e.g. ``"0–100 kWh"`` or ``"VAT 14%"``.
        quantity: units billed on this line (tier lines); 1 for fees; the taxable base in
            minor units for tax lines.
        unit_price_e4: unit price in 1/10000 of the currency (tier lines); the amount for
            fees (x100); the rate in basis points for tax lines.
        amount_minor: the line amount in minor units, rounded half-up on its own.
        code: what the line is, for screens and documents to word it in their language
            without reading ``label``: ``tier.range`` (``low``–``high``), ``tier.above``
            (above ``low``), ``tier.whole_range`` / ``tier.whole_above`` (the selective
            tier applied to the whole consumption), ``fee.<fee code>``, ``tax.<tax code>``;
            empty for a stored line no quote explains (shown by its label).
        low, high: the tier's bounds in units (``None`` when not a tier / open-ended).
    """

    kind: str
    label: str
    quantity: int
    unit_price_e4: int
    amount_minor: int
    code: str = ""
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """The priced result of one billing period's consumption.

    Why subtotals next to the lines: energy is what the regularisation compares month by
    month, the total is what the customer pays; both must come from the same rounding.

    Fields:
        tariff_code: the tariff used.
        currency: its currency.
        quantity: units consumed in the period.
        lines: tier lines, then fee lines, then tax lines.
        energy_minor: sum of tier lines.
        fees_minor: sum of fee lines.
        tax_minor: sum of tax lines.
        total_minor: energy + fees + tax.
    """

    tariff_code: str
    currency: str
    quantity: int
    lines: tuple[QuoteLine, ...]
    energy_minor: int
    fees_minor: int
    tax_minor: int
    total_minor: int


# --------------------------------------------------------------------------- pricing


def _line_minor(quantity: int, price_e4: int) -> int:
    """``quantity * price_e4`` in minor units, rounded half-up (non-negative inputs)."""
    return (quantity * price_e4 + 50) // 100


def _tax_minor(base_minor: int, rate_bp: int) -> int:
    """Tax on ``base_minor`` at ``rate_bp`` basis points, rounded half-up (non-negative)."""
    return (base_minor * rate_bp + 5000) // 10000


def _check_quantity(quantity: int) -> None:
    if quantity < 0:
        raise DomainError("tariff.quantity_negative", quantity=quantity)


def _selective_tier(tariff: Tariff, quantity: int) -> tuple[int, Tier]:
    """The selective tier ``quantity`` falls in, with the tier's lower bound."""
    lower = (tariff.progressive_max or 0) + 1
    for tier in tariff.selective:
        if tier.upper is None or quantity <= tier.upper:
            return lower, tier
        lower = tier.upper + 1
    raise AssertionError("validated tariffs end with an unbounded selective tier")


def energy_minor(tariff: Tariff, quantity: int) -> int:
    """Energy amount in minor units for ``quantity`` units in one billing period.

    Fast path for bulk bill generation: integer arithmetic only, no allocation per tier.
    Always equal to ``quote(tariff, quantity).energy_minor``.
    """
    if quantity < 0:
        raise DomainError("tariff.quantity_negative", quantity=quantity)
    pmax = tariff.progressive_max
    if pmax is not None and quantity > pmax:
        for tier in tariff.selective:
            upper = tier.upper
            if upper is None or quantity <= upper:
                return (quantity * tier.price_e4 + 50) // 100
        raise AssertionError("validated tariffs end with an unbounded selective tier")
    total = 0
    below = 0
    for tier in tariff.progressive:
        upper = tier.upper
        if upper is None or quantity <= upper:
            if quantity > below:
                total += ((quantity - below) * tier.price_e4 + 50) // 100
            return total
        total += ((upper - below) * tier.price_e4 + 50) // 100
        below = upper
    return total


def _tier_line(
    whole: bool, lower: int, upper: int | None, unit: str, quantity: int, price_e4: int
) -> QuoteLine:
    """A tier line with its code and bounds; ``label`` is its English wording (CLI, JSON,
    stored bill lines), made here from the same code and bounds."""
    if upper is None:
        code, low, high, text = "tier.above", lower - 1, None, f"above {lower - 1} {unit}"
    else:
        code, low, high, text = "tier.range", lower, upper, f"{lower}–{upper} {unit}"
    if whole:
        code, text = code.replace("tier.", "tier.whole_"), "Whole consumption " + text
    else:
        text = text[0].upper() + text[1:]
    return QuoteLine(
        "tier", text, quantity, price_e4, _line_minor(quantity, price_e4), code, low, high
    )


def quote(tariff: Tariff, quantity: int) -> Quote:
    """Price ``quantity`` whole units consumed in one billing period of ``tariff``.

    Tier lines (none at zero consumption), then fees, then taxes on energy plus fees.
    Every line is rounded half-up to the centime on its own.
    """
    _check_quantity(quantity)
    lines: list[QuoteLine] = []
    unit = tariff.unit
    pmax = tariff.progressive_max
    if quantity > 0:
        if pmax is not None and quantity > pmax:
            lower, tier = _selective_tier(tariff, quantity)
            lines.append(_tier_line(True, lower, tier.upper, unit, quantity, tier.price_e4))
        else:
            below = 0
            for tier in tariff.progressive:
                if quantity <= below:
                    break
                top = quantity if tier.upper is None else min(quantity, tier.upper)
                inside = top - below
                lower = below + 1 if below else 0
                lines.append(_tier_line(False, lower, tier.upper, unit, inside, tier.price_e4))
                if tier.upper is None:
                    break
                below = tier.upper
    energy = sum(line.amount_minor for line in lines)

    for fee in tariff.fees:
        lines.append(
            QuoteLine(
                "fee", fee.label, 1, fee.amount_minor * 100, fee.amount_minor, f"fee.{fee.code}"
            )
        )
    fees = sum(fee.amount_minor for fee in tariff.fees)

    base = energy + fees
    tax = 0
    for t in tariff.taxes:
        amount = _tax_minor(base, t.rate_bp)
        lines.append(QuoteLine("tax", t.label, base, t.rate_bp, amount, f"tax.{t.code}"))
        tax += amount

    return Quote(
        tariff_code=tariff.code,
        currency=tariff.currency,
        quantity=quantity,
        lines=tuple(lines),
        energy_minor=energy,
        fees_minor=fees,
        tax_minor=tax,
        total_minor=energy + fees + tax,
    )


# --------------------------------------------------------------------------- loading


class _Invalid(Exception):
    """A problem found while parsing one file; wrapped into DomainError with the file."""


def _get(table: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in table:
        raise _Invalid(f"{where}missing '{key}'")
    value = table[key]
    # bool is an int and datetime is a date: refuse both where they are not meant.
    if (kind is int and isinstance(value, bool)) or (kind is date and isinstance(value, datetime)):
        raise _Invalid(f"{where}'{key}' has the wrong type")
    if not isinstance(value, kind):
        raise _Invalid(f"{where}'{key}' has the wrong type")
    return value


def _choice(table: dict[str, Any], key: str, allowed: Iterable[str]) -> str:
    value = _get(table, key, str, "")
    allowed = tuple(allowed)
    if value not in allowed:
        raise _Invalid(f"'{key}' is '{value}', expected one of {', '.join(allowed)}")
    return value


MAX_DECIMAL = Decimal(10**9)
"""No price, fee or amount in a tariff comes near a billion; a bigger one is a typing error."""


def _decimal_scaled(text: str, scale: Decimal, what: str) -> int:
    """Exact decimal string -> integer at ``scale``; refuses more precision than the scale."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise _Invalid(f"{what} '{text}' is not a decimal number") from None
    if not value.is_finite() or value < 0:
        raise _Invalid(f"{what} '{text}' must be a non-negative number")
    if value > MAX_DECIMAL:  # "1e999999" would overflow the arithmetic below and every bill
        raise _Invalid(f"{what} '{text}' is too large (at most {MAX_DECIMAL})")
    scaled = value * scale
    if scaled != scaled.to_integral_value():
        raise _Invalid(f"{what} '{text}' has too many decimals")
    return int(scaled)


def _tiers(raw: Any, name: str) -> tuple[Tier, ...]:
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        raise _Invalid(f"'{name}' must be an array of tables ([[{name}]])")
    tiers: list[Tier] = []
    previous = 0
    for i, table in enumerate(raw, start=1):
        where = f"{name} tier {i}: "
        unknown = set(table) - {"upper", "price"}
        if unknown:
            raise _Invalid(f"{where}unknown keys {', '.join(sorted(unknown))}")
        price = _decimal_scaled(_get(table, "price", str, where), _E4, where + "price")
        upper: int | None = None
        if "upper" in table:
            upper = _get(table, "upper", int, where)
            if upper <= previous:
                raise _Invalid(f"{where}upper {upper} must be above {previous}")
            previous = upper
        elif i != len(raw):
            raise _Invalid(f"{where}only the last tier may omit 'upper'")
        tiers.append(Tier(upper=upper, price_e4=price))
    return tuple(tiers)


def _parse(data: dict[str, Any], stem: str) -> Tariff:
    known = {
        "code",
        "name",
        "currency",
        "service",
        "unit",
        "period",
        "valid_from",
        "valid_to",
        "progressive",
        "selective",
        "progressive_max",
        "fees",
        "taxes",
        "source",
        "example_values",
        "family",
    }
    unknown = set(data) - known
    if unknown:
        raise _Invalid(f"unknown keys {', '.join(sorted(unknown))}")
    code = _get(data, "code", str, "")
    if code != stem:
        raise _Invalid(f"code '{code}' must match the file name '{stem}'")
    valid_from = _get(data, "valid_from", date, "")
    valid_to = _get(data, "valid_to", date, "") if "valid_to" in data else None
    if valid_to is not None and valid_to < valid_from:
        raise _Invalid(f"valid_to {valid_to} is before valid_from {valid_from}")

    progressive = _tiers(data.get("progressive"), "progressive")
    selective = _tiers(data.get("selective", []), "selective")
    if not progressive:
        raise _Invalid("at least one progressive tier is needed")
    progressive_max: int | None = None
    if "progressive_max" in data:
        progressive_max = _get(data, "progressive_max", int, "")
        if progressive_max <= 0:
            raise _Invalid("progressive_max must be positive")
        top = progressive[-1].upper
        if top is not None and top < progressive_max:
            raise _Invalid(f"progressive tiers stop at {top}, below progressive_max")
        if not selective or selective[-1].upper is not None:
            raise _Invalid("selective tiers must exist and the last must have no 'upper'")
        first = selective[0].upper
        if first is not None and first <= progressive_max:
            raise _Invalid("the first selective tier must end above progressive_max")
    else:
        if selective:
            raise _Invalid("selective tiers need 'progressive_max'")
        if progressive[-1].upper is not None:
            raise _Invalid("the last progressive tier must have no 'upper'")

    fees: list[Fee] = []
    for i, table in enumerate(_tables(data.get("fees", []), "fees"), start=1):
        where = f"fee {i}: "
        amount = _decimal_scaled(_get(table, "amount", str, where), _MINOR, where + "amount")
        fees.append(
            Fee(
                code=_get(table, "code", str, where),
                label=_get(table, "label", str, where),
                amount_minor=amount,
                example=_get(table, "example", bool, where),
            )
        )
    taxes: list[Tax] = []
    for i, table in enumerate(_tables(data.get("taxes", []), "taxes"), start=1):
        where = f"tax {i}: "
        rate = _get(table, "rate_bp", int, where)
        if rate < 0:
            raise _Invalid(f"{where}rate_bp must not be negative")
        taxes.append(
            Tax(
                code=_get(table, "code", str, where),
                label=_get(table, "label", str, where),
                rate_bp=rate,
                example=_get(table, "example", bool, where),
            )
        )

    return Tariff(
        code=code,
        name=_get(data, "name", str, ""),
        currency=_choice(data, "currency", CURRENCIES),
        service=_choice(data, "service", SERVICES),
        unit=_choice(data, "unit", UNITS),
        period=_choice(data, "period", PERIODS),
        valid_from=valid_from,
        valid_to=valid_to,
        progressive=progressive,
        selective=selective,
        progressive_max=progressive_max,
        fees=tuple(fees),
        taxes=tuple(taxes),
        source=_get(data, "source", str, ""),
        example_values=_get(data, "example_values", bool, ""),
        family=_get(data, "family", str, "") if "family" in data else "",
    )


def _tables(raw: Any, name: str) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        raise _Invalid(f"'{name}' must be an array of tables ([[{name}]])")
    return raw


def load_tariffs_from(directory: Traversable | Path) -> dict[str, Tariff]:
    """Parse and validate every ``*.toml`` file in ``directory``, keyed by tariff code.

    Raises ``DomainError("tariff.invalid", file=..., problem=...)`` on the first bad file.
    """
    tariffs: dict[str, Tariff] = {}
    for entry in sorted(directory.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml") or not entry.is_file():
            continue
        stem = entry.name[: -len(".toml")]
        try:
            data = tomllib.loads(entry.read_bytes().decode("utf-8"))
            tariff = _parse(data, stem)
        except UnicodeDecodeError:
            raise DomainError(
                "tariff.invalid", file=entry.name, problem=Problem("tariff_not_utf8")
            ) from None
        except RecursionError:  # arrays nested thousands deep: not a tariff, an attack
            raise DomainError(
                "tariff.invalid", file=entry.name, problem=Problem("tariff_too_deep")
            ) from None
        except tomllib.TOMLDecodeError as exc:
            raise DomainError(
                "tariff.invalid", file=entry.name, problem=Problem("tariff_syntax", detail=exc)
            ) from None
        except _Invalid as exc:
            raise DomainError("tariff.invalid", file=entry.name, problem=str(exc)) from None
        for other in tariffs.values():
            if other.family_code == tariff.family_code and _overlap(other, tariff):
                raise DomainError(
                    "tariff.invalid",
                    file=entry.name,
                    problem=Problem("tariff_overlap", other=other.code, family=tariff.family_code),
                )
        tariffs[tariff.code] = tariff
    return tariffs


def _overlap(a: Tariff, b: Tariff) -> bool:
    """Whether two validity ranges share at least one day (open ends run forever)."""
    a_end = a.valid_to or date.max
    b_end = b.valid_to or date.max
    return a.valid_from <= b_end and b.valid_from <= a_end


@functools.cache
def load_tariffs() -> dict[str, Tariff]:
    """All shipped tariffs (``desktop/tariffs/*.toml``), parsed once and cached.

    The returned dict is shared: do not mutate it.
    """
    return load_tariffs_from(files("desktop.tariffs"))


def get_tariff(code: str) -> Tariff:
    """The shipped tariff ``code``, or ``DomainError("tariff.unknown")`` naming the known ones.

    The parameter is ``tariff=`` (not ``code=``): ``DomainError``'s first argument is
    already named ``code``.
    """
    tariffs = load_tariffs()
    try:
        return tariffs[code]
    except KeyError:
        raise DomainError("tariff.unknown", tariff=code, known=", ".join(sorted(tariffs))) from None


def tariff_on(code: str, day: date, tariffs: Mapping[str, Tariff] | None = None) -> Tariff:
    """The version of tariff ``code``'s family in force on ``day``.

    Why: a service point keeps the code it was connected with, but a schedule change (new
    file, same ``family``, later ``valid_from``) must price consumption from its first day;
    a regularisation spanning the change bills each month at its own prices. Raises
    ``tariff.unknown`` for an unknown code, ``tariff.not_in_force`` when no version of the
    family covers ``day``.
    """
    known = load_tariffs() if tariffs is None else tariffs
    if code not in known:
        raise DomainError("tariff.unknown", tariff=code, known=", ".join(sorted(known)))
    family = known[code].family_code
    versions = sorted(
        (t for t in known.values() if t.family_code == family), key=lambda t: t.valid_from
    )
    for version in versions:
        if version.valid_on(day):
            return version
    ranges = ", ".join(
        f"{t.valid_from.isoformat()}..{t.valid_to.isoformat() if t.valid_to else ''}"
        for t in versions
    )
    raise DomainError("tariff.not_in_force", tariff=code, day=day.isoformat(), valid=ranges)
