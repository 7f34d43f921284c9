"""Installment calendars (échéanciers, رزنامة التسديد بالتقسيط): policy, schedule, violations.

Why pure: the counter's live preview, ``guichet plan propose`` and the plan actually created
must be the same to the centime and to the day, so all of them call ``propose`` with the same
facts. Nothing here reads the database or the clock.

Rules written down once (see docs/plans.md):

* The plan covers chosen bills; their open amounts stay on the bills. ``total`` is what the
  bills owe when the plan is agreed; the down payment is taken at once as an ordinary payment;
  the rest (``financed``) is split into installments, so ``down + sum(installments) == total``.
* Rounding: with a number of installments, every installment but the last is ``financed / n``
  rounded *down* to ``policy.rounding_minor`` (whole dinars/dirhams by default); the last one
  takes the remainder, so it is the same or a little larger. With a target amount, every
  installment is the target and the last is what is left (the same or smaller).
* Dates: installment *i* falls ``i * frequency_months`` after the agreement date, computed from
  that date each time (never chained), clamped to the month's last day: agreed 31 Dec → 31 Jan,
  28/29 Feb, 31 Mar.
* Every rule the proposal breaks is reported at once, as a ``Violation``; a manager may approve
  the non-blocking ones (four eyes, with a reason).
* Ceiling: no plan has more than ``policy.ceiling_installments`` installments (36 by default,
  never more than ``ABSOLUTE_MAX_INSTALLMENTS``), approval or not; terms that would exceed it
  (``--months 500``, ``--installment 0,50``) are refused before any schedule is built.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from desktop.domain.allocation import OpenBill, oldest_first
from desktop.domain.errors import MESSAGES, DomainError, Problem
from desktop.money import Money

PLAN_STATUSES = ("active", "completed", "broken", "cancelled")
ABSOLUTE_MAX_INSTALLMENTS = 120
"""Ten years of monthly installments: no configuration may set a higher ceiling."""
CATEGORIES = (
    "residential_individual",
    "residential_collective",
    "professional",
    "administration",
)


@dataclass(frozen=True, slots=True)
class PlanPolicy:
    """The installment rules of one customer category (configuration, not code).

    Fields: category; eligible (the category is offered plans at all); min_down_percent
    (of the total, rounded up to the centime) and min_down_minor (an absolute floor; the larger
    applies); max_installments; min_installment_minor; frequency_months (1 monthly, 2, 3...);
    overdue_only (only bills past their due date may be included); one_active_plan;
    broken_lookback_days (a plan broken within this many days needs a manager's approval);
    break_after_days (an installment still unpaid this many days after its due date breaks the
    plan); rounding_minor (installments are multiples of this, the last takes the remainder);
    cut_after_days and cut_min_minor (an account owing at least this, overdue by more than
    these days, with no active plan, is on the power-cut list); ceiling_installments (the most
    installments of any plan, even approved: at least max_installments, at most
    ``ABSOLUTE_MAX_INSTALLMENTS``).
    Amounts are minor units of the agency's currency. The defaults are examples.
    """

    category: str
    eligible: bool = True
    min_down_percent: int = 10
    min_down_minor: int = 0
    max_installments: int = 12
    min_installment_minor: int = 50_000
    frequency_months: int = 1
    overdue_only: bool = True
    one_active_plan: bool = True
    broken_lookback_days: int = 365
    break_after_days: int = 30
    rounding_minor: int = 100
    cut_after_days: int = 60
    cut_min_minor: int = 100_000
    ceiling_installments: int = 36


DEFAULT_POLICIES: dict[str, PlanPolicy] = {
    # The Sonelgaz story: calendars fitted to what households can pay.
    "residential_individual": PlanPolicy("residential_individual"),
    "residential_collective": PlanPolicy("residential_collective", max_installments=18),
    "professional": PlanPolicy(
        "professional", min_down_percent=30, max_installments=6, min_installment_minor=200_000
    ),
    "administration": PlanPolicy("administration", eligible=False),
}


def policy_from_mapping(category: str, values: Mapping[str, Any] | None) -> PlanPolicy:
    """The default policy of ``category`` with ``values`` (from settings/TOML) laid over it.

    Refuses unknown keys and wrong types with ``plan.policy_invalid``: a typo in the
    configuration must not silently fall back to a default.
    """
    base = DEFAULT_POLICIES.get(category, PlanPolicy(category))
    if not values:
        return base
    known = {f.name: f for f in fields(PlanPolicy) if f.name != "category"}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise DomainError(
                "plan.policy_invalid",
                category=category,
                problem=Problem("policy_unknown_key", key=key),
            )
        want = bool if isinstance(getattr(base, key), bool) else int
        if not isinstance(value, want) or (want is int and isinstance(value, bool)):
            raise DomainError(
                "plan.policy_invalid",
                category=category,
                problem=Problem("policy_not_bool" if want is bool else "policy_not_whole", key=key),
            )
        if want is int and value < 0:
            raise DomainError(
                "plan.policy_invalid",
                category=category,
                problem=Problem("policy_negative", key=key),
            )
        changes[key] = value
    policy = replace(base, **changes)
    if policy.frequency_months < 1 or policy.max_installments < 1 or policy.rounding_minor < 1:
        raise DomainError(
            "plan.policy_invalid",
            category=category,
            problem=Problem("policy_at_least_one"),
        )
    if not policy.max_installments <= policy.ceiling_installments <= ABSOLUTE_MAX_INSTALLMENTS:
        raise DomainError(
            "plan.policy_invalid",
            category=category,
            problem=Problem(
                "policy_ceiling", low=policy.max_installments, high=ABSOLUTE_MAX_INSTALLMENTS
            ),
        )
    return policy


@dataclass(frozen=True, slots=True)
class Violation:
    """One policy rule the proposal breaks.

    Fields: code (a key of ``MESSAGES``), params (the values of its message, as strings),
    blocking (True: no approval can lift it, e.g. a second active plan).
    """

    code: str
    params: tuple[tuple[str, str], ...] = ()
    blocking: bool = False

    def message(self) -> str:
        return MESSAGES[self.code].format(**dict(self.params))

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.code,
            "message": self.message(),
            "params": dict(self.params),
            "blocking": self.blocking,
        }


def violation(code: str, *, blocking: bool = False, **params: object) -> Violation:
    return Violation(code, tuple((k, str(v)) for k, v in params.items()), blocking)


@dataclass(frozen=True, slots=True)
class RoundingRule:
    """How the installment amounts were rounded, stated in the proposal and on screen.

    Fields: code (``plan.rounding.count``, ``plan.rounding.installment`` or
    ``plan.rounding.single``, keys of ``MESSAGES``), params (the values of its sentence).
    """

    code: str
    params: tuple[tuple[str, str], ...] = ()

    def message(self) -> str:
        return MESSAGES[self.code].format(**dict(self.params))

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.code, "message": self.message(), "params": dict(self.params)}


@dataclass(frozen=True, slots=True)
class ScheduledInstallment:
    """One installment of a schedule. Fields: seq (1, 2, ...), due_date, amount."""

    seq: int
    due_date: dt.date
    amount: Money


@dataclass(frozen=True, slots=True)
class PlanTerms:
    """What is negotiated at the counter.

    Fields: down (down payment, may be zero); count (number of installments) or installment
    (target installment amount), exactly one of them; bill_nos (bills to include; empty = every
    overdue open bill, or every open bill when the policy allows not-yet-due ones).
    """

    down: Money
    count: int | None = None
    installment: Money | None = None
    bill_nos: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AccountFacts:
    """What the policy needs to know about the account.

    Fields: account_no, category, currency, open_bills (every bill with an open amount);
    active_plan (reference of the active plan, or None); last_broken (reference and date of
    the latest broken plan, or None).
    """

    account_no: str
    category: str
    currency: str
    open_bills: tuple[OpenBill, ...]
    active_plan: str | None = None
    last_broken: tuple[str, dt.date] | None = None


@dataclass(frozen=True, slots=True)
class PlanProposal:
    """A schedule with the rules it breaks: exactly what ``create`` would record.

    Fields: account_no, category, agreed_on, bills (oldest first), total (their open amounts),
    down_payment, financed (total - down), installments, violations, policy, rounding (the
    rounding rule applied, stated to the customer).
    """

    account_no: str
    category: str
    agreed_on: dt.date
    bills: tuple[OpenBill, ...]
    total: Money
    down_payment: Money
    financed: Money
    installments: tuple[ScheduledInstallment, ...]
    violations: tuple[Violation, ...]
    policy: PlanPolicy = field(repr=False)
    rounding: RoundingRule | None = None

    @property
    def blocked(self) -> bool:
        return any(v.blocking for v in self.violations)

    @property
    def needs_approval(self) -> bool:
        return bool(self.violations)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, clamped to the last day of the month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:  # a calendar of that length has no due dates
        raise DomainError("date.out_of_range", day=day.isoformat())
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def due_dates(agreed_on: dt.date, count: int, frequency_months: int) -> list[dt.date]:
    """Due dates of ``count`` installments, each computed from ``agreed_on`` (no drift)."""
    return [add_months(agreed_on, i * frequency_months) for i in range(1, count + 1)]


def split_amount(financed: Money, count: int, rounding_minor: int) -> list[Money]:
    """``count`` amounts summing to ``financed``: equal multiples of ``rounding_minor``
    (rounded down), the remainder on the last. Refuses a split with a zero installment."""
    if count < 1:
        raise DomainError("plan.count_invalid", count=count)
    base = financed.minor // count // rounding_minor * rounding_minor
    if base == 0:
        base = financed.minor // count  # too small to round: split to the centime
    if base == 0:
        raise DomainError("plan.installment_zero", financed=financed.as_str(), count=count)
    amounts = [base] * (count - 1) + [financed.minor - base * (count - 1)]
    return [Money(a, financed.currency) for a in amounts]


def split_by_target(financed: Money, target: Money) -> list[Money]:
    """Installments of ``target`` each, the last being what is left (never more than target)."""
    if target.minor <= 0:
        raise DomainError("amount.zero", text=target.as_str())
    full, rest = divmod(financed.minor, target.minor)
    amounts = [target.minor] * full + ([rest] if rest else [])
    return [Money(a, financed.currency) for a in amounts]


def schedule(
    financed: Money,
    agreed_on: dt.date,
    policy: PlanPolicy,
    *,
    count: int | None = None,
    installment: Money | None = None,
) -> tuple[ScheduledInstallment, ...]:
    """The installments of ``financed`` by count or by target amount (see module rules)."""
    if (count is None) == (installment is None):
        raise DomainError("plan.terms_invalid")
    amounts = (
        split_amount(financed, count, policy.rounding_minor)
        if count is not None
        else split_by_target(financed, installment)  # type: ignore[arg-type]
    )
    dates = due_dates(agreed_on, len(amounts), policy.frequency_months)
    return tuple(
        ScheduledInstallment(i, d, a)
        for i, (d, a) in enumerate(zip(dates, amounts, strict=True), 1)
    )


def check_ceiling(
    financed: Money,
    policy: PlanPolicy,
    *,
    count: int | None = None,
    installment: Money | None = None,
) -> None:
    """Refuse terms giving more installments than the policy's ceiling, before any schedule.

    Why before: ``--installment 0,01`` on 500 000,00 would otherwise build 50 million dates
    (and fail on the year 10000); a count above the ceiling is never approvable.
    """
    ceiling = min(policy.ceiling_installments, ABSOLUTE_MAX_INSTALLMENTS)
    if count is not None and count > ceiling:
        raise DomainError("plan.count_over_ceiling", count=count, maximum=ceiling)
    if installment is not None and installment.minor > 0:
        needed = -(-financed.minor // installment.minor)
        if needed > ceiling:
            unit = policy.rounding_minor
            least = -(-financed.minor // ceiling)
            least = -(-least // unit) * unit
            raise DomainError(
                "plan.installment_over_ceiling",
                installment=installment.as_str(),
                count=needed,
                maximum=ceiling,
                minimum=Money(least, financed.currency).as_str(),
            )


def rounding_rule(
    financed: Money,
    installments: Sequence[ScheduledInstallment],
    policy: PlanPolicy,
    *,
    by_count: bool,
) -> RoundingRule:
    """The rule that produced ``installments``, as a sentence with its figures."""
    amounts = [i.amount for i in installments]
    if len(amounts) == 1:
        return RoundingRule("plan.rounding.single", (("amount", amounts[0].as_str()),))
    regular, last = amounts[0], amounts[-1]
    params = {
        "financed": financed.as_str(),
        "count": str(len(amounts)),
        "regular": regular.as_str(),
        "last": last.as_str(),
    }
    if by_count:
        unit = policy.rounding_minor if regular.minor % policy.rounding_minor == 0 else 1
        params["unit"] = Money(unit, financed.currency).as_str()
        return RoundingRule("plan.rounding.count", tuple(params.items()))
    return RoundingRule("plan.rounding.installment", tuple(params.items()))


def minimum_down(total: Money, policy: PlanPolicy) -> Money:
    """The larger of the percentage (rounded up to the centime) and the absolute floor, capped
    at the total."""
    by_percent = -(-total.minor * policy.min_down_percent // 100)
    return Money(min(total.minor, max(by_percent, policy.min_down_minor)), total.currency)


def choose_bills(
    facts: AccountFacts, bill_nos: Sequence[str], today: dt.date, overdue_only: bool
) -> tuple[OpenBill, ...]:
    """The bills the plan covers: the chosen ones, or by default every overdue open bill (every
    open bill when the policy allows not-yet-due ones)."""
    open_bills = [b for b in facts.open_bills if b.open.minor > 0]
    if not bill_nos:
        chosen = [b for b in open_bills if b.due_date < today or not overdue_only]
        if not chosen:
            raise DomainError("plan.no_bills", account_no=facts.account_no)
        return tuple(oldest_first(chosen))
    by_no = {b.bill_no: b for b in open_bills}
    chosen = []
    for no in dict.fromkeys(bill_nos):
        if no not in by_no:
            raise DomainError("plan.bill_not_open", bill_no=no, account_no=facts.account_no)
        chosen.append(by_no[no])
    return tuple(oldest_first(chosen))


def propose(
    facts: AccountFacts, terms: PlanTerms, policy: PlanPolicy, today: dt.date
) -> PlanProposal:
    """The schedule for ``terms`` agreed ``today`` and every rule it breaks.

    Raises (nothing to negotiate) ``plan.no_bills``, ``plan.bill_not_open``,
    ``plan.down_exceeds_debt``, ``plan.terms_invalid``, ``plan.installment_zero``,
    ``plan.count_over_ceiling``, ``plan.installment_over_ceiling``.
    """
    cur = facts.currency
    if terms.down.currency != cur:
        raise DomainError("currency.mismatch", left=cur, right=terms.down.currency)
    if terms.down.minor < 0:
        raise DomainError("amount.negative", text=terms.down.as_str())
    bills = choose_bills(facts, terms.bill_nos, today, policy.overdue_only)
    total = Money(sum(b.open.minor for b in bills), cur)
    if terms.down >= total:
        raise DomainError("plan.down_exceeds_debt", down=terms.down.as_str(), total=total.as_str())
    financed = total - terms.down
    if (terms.count is None) == (terms.installment is None):
        raise DomainError("plan.terms_invalid")
    check_ceiling(financed, policy, count=terms.count, installment=terms.installment)
    installments = schedule(
        financed, today, policy, count=terms.count, installment=terms.installment
    )
    violations = check_policy(facts, policy, bills, terms.down, total, installments, today)
    rounding = rounding_rule(financed, installments, policy, by_count=terms.count is not None)
    return PlanProposal(
        facts.account_no,
        facts.category,
        today,
        bills,
        total,
        terms.down,
        financed,
        installments,
        violations,
        policy,
        rounding,
    )


def check_policy(
    facts: AccountFacts,
    policy: PlanPolicy,
    bills: Sequence[OpenBill],
    down: Money,
    total: Money,
    installments: Sequence[ScheduledInstallment],
    today: dt.date,
) -> tuple[Violation, ...]:
    """Every rule broken, in a stable order (category, account, bills, down, count, amount)."""
    out: list[Violation] = []
    if not policy.eligible:
        out.append(violation("plan.category_not_eligible", category=facts.category))
    if policy.one_active_plan and facts.active_plan:
        out.append(
            violation(
                "plan.active_exists",
                blocking=True,
                account_no=facts.account_no,
                reference=facts.active_plan,
            )
        )
    if facts.last_broken and (today - facts.last_broken[1]).days <= policy.broken_lookback_days:
        ref, day = facts.last_broken
        out.append(
            violation(
                "plan.recently_broken",
                account_no=facts.account_no,
                reference=ref,
                date=day.isoformat(),
                days=policy.broken_lookback_days,
            )
        )
    if policy.overdue_only:
        out += [
            violation("plan.bill_not_due", bill_no=b.bill_no, due_date=b.due_date.isoformat())
            for b in bills
            if b.due_date >= today
        ]
    need = minimum_down(total, policy)
    if down < need:
        out.append(
            violation(
                "plan.down_too_small",
                down=down.as_str(),
                minimum=need.as_str(),
                percent=policy.min_down_percent,
                total=total.as_str(),
            )
        )
    if len(installments) > policy.max_installments:
        out.append(
            violation(
                "plan.too_many_installments",
                count=len(installments),
                maximum=policy.max_installments,
            )
        )
    # The first installment is the regular one (the last may carry a remainder either way).
    smallest = installments[0].amount.minor
    if smallest < policy.min_installment_minor:
        out.append(
            violation(
                "plan.installment_too_small",
                amount=Money(smallest, total.currency).as_str(),
                minimum=Money(policy.min_installment_minor, total.currency).as_str(),
            )
        )
    return tuple(out)
