"""Where the database lives and how this terminal is configured.

Why two sources: the database path is a property of the machine (environment or the user data
directory), while the agency, terminal and payment rules travel with the data in the
``settings`` table, so a backup restores a terminal whole.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, fields
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import LargeBinary, cast, select
from sqlalchemy.orm import Session

from desktop.domain.errors import DomainError
from desktop.money import Money, check_currency
from desktop.store.models import Setting
from desktop.text import display_safe, is_text

DB_ENV = "GUICHET_DB"


def env_text(name: str) -> str | None:
    """The environment variable ``name``, or None when unset.

    Python turns bytes that are not UTF-8 into lone surrogates (``surrogateescape``); such a
    value would fail later, half-way (a password hashed, a URL sent), so it is refused here,
    naming the variable and never showing its value (it may be a password).
    """
    value = os.environ.get(name)
    if value is not None and not is_text(value):
        raise DomainError("input.env_not_text", name=name)
    return value


def default_db_path() -> Path:
    """``$GUICHET_DB`` if set, else ``guichet.db`` in the user's data directory."""
    env = env_text(DB_ENV)
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


LOCALES = re.compile(r"(ar|fr|en)(_(DZ|MA))?")
"""The display locales a terminal may have (ar_DZ, fr_MA, en...)."""

_log = logging.getLogger("guichet.settings")


def _settings_values(session: Session) -> tuple[dict[str, str], dict[str, str]]:
    """(values, damaged): the settings table, read as bytes so that a value that is not UTF-8
    (written into the file by hand) is set apart, shown with U+FFFD, instead of failing the
    whole query in the driver."""
    values: dict[str, str] = {}
    damaged: dict[str, str] = {}
    rows = session.execute(select(cast(Setting.key, LargeBinary), cast(Setting.value, LargeBinary)))
    for raw_key, raw_value in rows:
        key = bytes(raw_key).decode("utf-8", "replace")
        raw = bytes(raw_value or b"")
        try:
            values[key] = raw.decode("utf-8")
        except UnicodeDecodeError:
            damaged[key] = raw.decode("utf-8", "replace")
    return values, damaged


def checked_locale(value: str | None, currency: str) -> str:
    """The stored display locale, or French of the currency's country when it is damaged.

    Why a fallback and not a refusal: the locale only chooses how amounts and dates are
    shown; refusing every command (and the window) until someone edits the settings would
    stop the counter for a cosmetic fault. The fallback is logged as a warning (the CLI
    prints it on stderr), so it gets corrected.
    """
    if value is not None and LOCALES.fullmatch(value):
        return value
    fallback = "fr_MA" if currency == "MAD" else "fr_DZ"
    if value is not None:
        _log.warning(
            "the setting locale is '%s', not one of ar_DZ, fr_DZ, ar_MA, fr_MA, en: using %s. "
            "Correct it in the terminal settings.",
            display_safe(value),
            fallback,
        )
    return fallback


def load_terminal_settings(session: Session) -> TerminalSettings:
    """Read the settings table; a missing required key is a ``config.missing`` error, a value
    that is not text ``setting.invalid`` (the locale falls back, see ``checked_locale``)."""
    values, damaged = _settings_values(session)
    for key in (*_REQUIRED, "allow_credit", "max_payment_minor"):
        if key in damaged:
            raise DomainError(
                "setting.invalid",
                key=key,
                value=display_safe(damaged[key]),
                expected="text in UTF-8",
            )
    if "locale" in damaged:
        values["locale"] = damaged["locale"]
    missing = [k for k in _REQUIRED if not values.get(k)]
    if missing:
        raise DomainError("config.missing", what=", ".join(missing))
    return TerminalSettings(
        company_name=values["company_name"],
        agency_code=values["agency_code"],
        agency_name=values["agency_name"],
        terminal_code=values["terminal_code"],
        currency=check_currency(values["currency"]),
        locale=checked_locale(values.get("locale"), values["currency"]),
        allow_credit=values.get("allow_credit", "0") == "1",
        max_payment_minor=int_setting(
            "max_payment_minor", values.get("max_payment_minor"), 100_000_000, minimum=1
        ),
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
        raise DomainError(
            "setting.invalid", key=key, value=value, expected=f"a whole number of {minimum} or more"
        )
    return int(text)


def save_terminal_settings(session: Session, settings: TerminalSettings) -> None:
    """Write every field (the caller commits)."""
    for key, value in settings.to_values().items():
        session.merge(Setting(key=key, value=value))
