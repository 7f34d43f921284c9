"""Checks on every row central sends (pull, initial-load pages, remote look-up answers).

Why check what our own server sends: central is written by more than Guichet (the billing
system, support's hand corrections, another agency's look-ups) and PostgreSQL accepts
values the counter cannot use: a date ``infinity`` or in year 10000, an open amount above the
bill, a bill in EUR for a DZD agency, a name of ten kilobytes. One such row used to stop every
later pull with a traceback (the cursor never moved). Now each row is checked before it is
applied; a row that fails is set aside as a sync problem (``desktop.sync.set_aside``) with the
reason below, and the rest of its page applies.

Each ``check_*`` returns ``None`` for a good row, or ``(reason, detail)``: ``reason`` is a
short code the window translates, ``detail`` says which field and why, in plain words, without
repeating a huge or hostile value (at most 40 characters of it).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_module
from collections.abc import Callable
from typing import Any

FIRST_DAY = dt.date(1990, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)
MAX_MINOR = 10**13
"""Largest absolute amount in minor units (10^11 DZD): far above any bill, far below the
64-bit integers SQLite and PostgreSQL hold."""

KEY = re.compile(r"[A-Za-z0-9_-]{1,32}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

REASONS = (
    "bad_key",
    "bad_date",
    "bad_amount",
    "wrong_currency",
    "bad_text",
    "bad_row",
    "parent_set_aside",
)
"""Every reason a pulled row can be set aside for (``parent_set_aside``: its account or
meter was itself set aside and is not here)."""

Problem = tuple[str, str]
KEYS = {
    "account": "account_no",
    "service_point": "meter_no",
    "bill": "bill_no",
    "online_payment": "uuid",
}
"""The business key of each kind of row (what a problem is filed under)."""


class _Bad(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def row_key(kind: str, row: Any) -> str:
    """The row's business key as text (for filing a problem), even when the row is broken."""
    if not isinstance(row, dict):
        return ""
    value = row.get(KEYS.get(kind, ""))
    return value if isinstance(value, str) else ("" if value is None else str(value))[:64]


def _key(row: dict[str, Any], field: str) -> str:
    value = row.get(field)
    if not isinstance(value, str) or not KEY.fullmatch(value):
        raise _Bad("bad_key", f"{field} {_shown(value)} is not 1 to 32 letters, digits, - or _")
    return value


def _text(row: dict[str, Any], field: str, limit: int, *, required: bool = True) -> None:
    value = row.get(field)
    if value is None and not required:
        return
    if not isinstance(value, str):
        if field not in row:
            raise _Bad("bad_row", f"{field} is missing")
        raise _Bad("bad_row", f"{field} is {_shown(value)}, not text")
    if len(value) > limit:
        raise _Bad("bad_text", f"{field} has {len(value)} characters, at most {limit}")


def _int(row: dict[str, Any], field: str, low: int = -MAX_MINOR, high: int = MAX_MINOR) -> int:
    value = row.get(field)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(
            "bad_amount" if field in row else "bad_row",
            f"{field} is {_shown(value)}, not a whole number"
            if field in row
            else f"{field} is missing",
        )
    if not low <= value <= high:
        raise _Bad("bad_amount", f"{field} {value} is outside {low}..{high}")
    return value


def _day(row: dict[str, Any], field: str) -> dt.date:
    value = row.get(field)
    try:
        if not isinstance(value, str) or not _DAY.fullmatch(value):
            raise ValueError
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise _Bad("bad_date", f"{field} {_shown(value)} is not a date (YYYY-MM-DD)") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise _Bad("bad_date", f"{field} {value} is outside {FIRST_DAY}..{LAST_DAY}")
    return day


def _moment(row: dict[str, Any], field: str) -> None:
    value = row.get(field)
    try:
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _Bad("bad_date", f"{field} {_shown(value)} is not a date and time") from None
    if not FIRST_DAY <= moment.date() <= LAST_DAY:
        raise _Bad("bad_date", f"{field} {value} is outside {FIRST_DAY}..{LAST_DAY}")


def _currency(row: dict[str, Any], currency: str | None) -> None:
    value = row.get("currency")
    code = value.strip() if isinstance(value, str) else value
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
        raise _Bad("wrong_currency", f"currency {_shown(value)} is not a currency code")
    if currency is not None and code != currency:
        raise _Bad("wrong_currency", f"currency {code}, this agency works in {currency}")


def _account(row: dict[str, Any], currency: str | None) -> None:
    _key(row, "account_no")
    for field, limit in (("name_ar", 200), ("name_latin", 200)):
        _text(row, field, limit)
    for field, limit in (("address", 300), ("city", 100), ("district", 100)):
        _text(row, field, limit, required=False)
    for field, limit in (("category", 32), ("status", 16)):
        _text(row, field, limit, required=False)
    for field, limit in (("phone1", 32), ("phone2", 32), ("email", 200)):
        _text(row, field, limit, required=False)
    _currency(row, currency)
    _int(row, "credit_minor", 0)


def _service_point(row: dict[str, Any], _currency_code: str | None) -> None:
    _key(row, "meter_no")
    _key(row, "account_no")
    for field, limit in (("service", 16), ("tariff_code", 64), ("billing_period", 16)):
        _text(row, field, limit)


def _bill(row: dict[str, Any], currency: str | None) -> None:
    _key(row, "bill_no")
    _key(row, "account_no")
    _key(row, "meter_no")
    start, end = _day(row, "period_start"), _day(row, "period_end")
    _day(row, "issue_date")
    _day(row, "due_date")
    if end < start:
        raise _Bad("bad_date", f"period_end {end} is before period_start {start}")
    _int(row, "consumption")
    if not isinstance(row.get("estimated"), bool):
        raise _Bad("bad_row", f"estimated is {_shown(row.get('estimated'))}, not true/false")
    _currency(row, currency)
    amount = _int(row, "amount_minor", 0)
    open_minor = _int(row, "open_minor", 0)
    if open_minor > amount:
        raise _Bad("bad_amount", f"open_minor {open_minor} is more than amount_minor {amount}")


def _online_payment(row: dict[str, Any], currency: str | None) -> None:
    value = row.get("uuid")
    try:
        if not isinstance(value, str) or len(value) != 36:
            raise ValueError
        uuid_module.UUID(value)
    except ValueError:
        raise _Bad("bad_key", f"uuid {_shown(value)} is not a UUID") from None
    _key(row, "account_no")
    _currency(row, currency)
    amount = _int(row, "amount_minor", 1)
    _int(row, "credit_minor", 0, amount)
    _moment(row, "created_at")
    if row.get("status") not in ("valid", "void"):
        raise _Bad("bad_row", f"status {_shown(row.get('status'))} is not valid or void")
    for field, limit in (("agency_code", 16), ("terminal", 64)):
        _text(row, field, limit)
    for field, limit in (("card_scheme", 16), ("external_ref", 64)):
        _text(row, field, limit, required=False)
    allocations = row.get("allocations")
    if not isinstance(allocations, list):
        raise _Bad("bad_row", "allocations is not a list")
    total = 0
    for a in allocations:
        if not isinstance(a, dict):
            raise _Bad("bad_row", "an allocation is not an object")
        _key(a, "bill_no")
        try:
            uuid_module.UUID(str(a.get("uuid")))
        except ValueError:
            raise _Bad(
                "bad_key", f"allocation uuid {_shown(a.get('uuid'))} is not a UUID"
            ) from None
        total += _int(a, "amount_minor", 0, amount)
    if total > amount:
        raise _Bad("bad_amount", f"allocations total {total}, more than amount_minor {amount}")


CHECKS: dict[str, Callable[[dict[str, Any], str | None], None]] = {
    "account": _account,
    "service_point": _service_point,
    "bill": _bill,
    "online_payment": _online_payment,
}


def check_row(kind: str, row: Any, currency: str | None) -> Problem | None:
    """``None`` when ``row`` (a ``kind`` row as central sends it) can be applied, else
    ``(reason, detail)``. ``currency``: the terminal's (None when not configured yet: then
    any three-letter code passes, there is no counter to take money anyway)."""
    check = CHECKS.get(kind)
    if check is None:
        return "bad_row", f"unknown kind of row {_shown(kind)}"
    if not isinstance(row, dict):
        return "bad_row", f"the {kind} is {_shown(row)}, not an object"
    try:
        check(row, currency)
    except _Bad as bad:
        return bad.reason, bad.detail
    return None
