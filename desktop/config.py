"""Where the database lives and how this terminal is configured.

Why two sources: the database path is a property of the machine (environment or the user data
directory), while the agency, terminal and payment rules travel with the data in the
``settings`` table, so a backup restores a terminal whole.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.money import Money, check_currency
from desktop.store.models import Setting

DB_ENV = "GUICHET_DB"


def default_db_path() -> Path:
    """``$GUICHET_DB`` if set, else ``guichet.db`` in the user's data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return user_data_path("guichet", appauthor=False) / "guichet.db"


def default_demo_db_path() -> Path:
    """The demo database lives apart from the real one, so trying the demo never touches it."""
    return user_data_path("guichet", appauthor=False) / "guichet-demo.db"


DEFAULT_CREDIT_CONFIRM_MINOR = 1_000_000
"""10 000,00: a credit above this must be confirmed (setting ``credit_confirm_minor``)."""


@dataclass(frozen=True, slots=True)
class TerminalSettings:
    """Identity and rules of this counter.

    Fields:
        company_name, agency_code, agency_name, terminal_code: printed on receipts; the
            receipt series is per (agency_code, terminal_code, year).
        currency: DZD or MAD. locale: default display locale (ar_DZ, fr_DZ, ar_MA, fr_MA, en).
        allow_credit: whether an overpayment may become account credit.
        max_payment_minor: the largest single payment accepted, in minor units.
        credit_confirm_minor: a payment leaving more than this (minor units) as account credit
            needs an explicit confirmation (window: a tick box; CLI: ``--allow-large-credit``).
    """

    company_name: str
    agency_code: str
    agency_name: str
    terminal_code: str
    currency: str
    locale: str = "fr_DZ"
    allow_credit: bool = False
    max_payment_minor: int = 100_000_000
    credit_confirm_minor: int = DEFAULT_CREDIT_CONFIRM_MINOR

    @property
    def max_payment(self) -> Money:
        return Money(self.max_payment_minor, self.currency)

    def to_values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = ("1" if value else "0") if isinstance(value, bool) else str(value)
        return out


_REQUIRED = ("company_name", "agency_code", "agency_name", "terminal_code", "currency")


def load_terminal_settings(session: Session) -> TerminalSettings:
    """Read the settings table; a missing required key is a ``config.missing`` error."""
    values = {k: v for k, v in session.execute(select(Setting.key, Setting.value))}
    missing = [k for k in _REQUIRED if not values.get(k)]
    if missing:
        raise DomainError("config.missing", what=", ".join(missing))
    return TerminalSettings(
        company_name=values["company_name"],
        agency_code=values["agency_code"],
        agency_name=values["agency_name"],
        terminal_code=values["terminal_code"],
        currency=check_currency(values["currency"]),
        locale=values.get("locale", "fr_DZ"),
        allow_credit=values.get("allow_credit", "0") == "1",
        max_payment_minor=int_setting("max_payment_minor", values.get("max_payment_minor"),
                                      100_000_000, minimum=1),  # fmt: skip
        credit_confirm_minor=int_setting(
            "credit_confirm_minor", values.get("credit_confirm_minor"), DEFAULT_CREDIT_CONFIRM_MINOR
        ),
    )


def terminal_locale(session: Session) -> str:
    """The terminal's display locale (``fr_DZ`` when unset): how the CLI writes the readings of
    an ambiguous amount. Readable before the terminal is fully configured."""
    value = session.execute(select(Setting.value).where(Setting.key == "locale")).scalar()
    return value or "fr_DZ"


def int_setting(key: str, value: str | None, default: int, *, minimum: int = 0) -> int:
    """A whole-number setting, or ``default`` when absent. A damaged value (edited by hand,
    restored from an old file) is ``setting.invalid`` naming the key, not a traceback."""
    if value is None:
        return default
    text = value.strip()
    if not re.fullmatch(r"[0-9]{1,18}", text) or int(text) < minimum:
        raise DomainError("setting.invalid", key=key, value=value,
                          expected=f"a whole number of {minimum} or more")  # fmt: skip
    return int(text)


def save_terminal_settings(session: Session, settings: TerminalSettings) -> None:
    """Write every field (the caller commits)."""
    for key, value in settings.to_values().items():
        session.merge(Setting(key=key, value=value))
