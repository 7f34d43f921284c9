"""Configuring the terminal: the admin's settings form and the first-run assistant.

Why use cases: who may change the agency, the printer or the payment limits is a rule
(``manage_settings``, admins only) that must hold for the window, the CLI and any future
API, not just a hidden menu. The form comes in as the text the admin typed and every problem
comes back at once as data (``FieldError``), so the dialog can show each one next to its
field; nothing is written unless all fields are valid. The first-run assistant creates the
settings and the first admin of an empty database, and refuses once a terminal is configured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.config import (
    DEFAULT_CREDIT_CONFIRM_MINOR,
    TerminalSettings,
    load_terminal_settings,
    save_terminal_settings,
)
from desktop.credentials import read_credentials
from desktop.devices.uri import parse_printer_uri
from desktop.domain.card_numbers import find_card_number
from desktop.domain.errors import DomainError, Problem
from desktop.money import CURRENCIES, Money, parse_amount
from desktop.services.auth import AuthenticatedUser, add_user, require
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import Setting, Till, User

EXTRA_KEYS = (
    "receipt_header",
    "receipt_footer",
    "printer_uri",
    "central_url",
    "central_credentials",
)
"""Optional settings keys edited with the terminal identity."""
LANGUAGES = ("ar", "fr", "en")
_CODE = re.compile(r"^[A-Za-z0-9_-]{1,16}$")
_COUNTRY = {"DZD": "DZ", "MAD": "MA"}


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field. Fields: field (form field name), code (a domain error code
    such as ``amount.not_a_number``, or ``field.required``, ``field.code``, ``field.url``,
    ``field.too_long``, ``field.locked``, ``field.mismatch``, ``field.till_open``, ``field.url_password``,
    ``field.printer``), params (for the message)."""

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SettingsForm:
    """The settings as text, the way the admin sees and types them.

    Fields: company_name, agency_code, agency_name, terminal_code, currency (shown, changed
    only by the first run), language (default of the terminal: ar, fr, en), receipt_header,
    receipt_footer (newline-separated lines), printer_uri, central_url (without password),
    allow_credit, max_payment (an amount as typed, e.g. "1000000,00"), central_credentials
    (path of the 0600 file holding the agency's central password, see desktop.credentials),
    credit_confirm (an amount as typed: a payment leaving more as account credit must be
    confirmed; empty = the default 10 000,00; 0 = every credit).
    """

    company_name: str
    agency_code: str
    agency_name: str
    terminal_code: str
    currency: str
    language: str
    receipt_header: str = ""
    receipt_footer: str = ""
    printer_uri: str = ""
    central_url: str = ""
    allow_credit: bool = False
    max_payment: str = ""
    central_credentials: str = ""
    credit_confirm: str = ""


def locale_for(language: str, currency: str) -> str:
    """The terminal's display locale: ``ar_DZ``, ``fr_MA``... (``en`` stays ``en``)."""
    return language if language == "en" else f"{language}_{_COUNTRY.get(currency, 'DZ')}"


def load_settings_form(session: Session, admin: AuthenticatedUser) -> SettingsForm:
    """The current settings, for the admin's dialog."""
    require(admin, "manage_settings")
    s = load_terminal_settings(session)
    extra = dict(
        session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(EXTRA_KEYS))).all()
    )
    return SettingsForm(
        company_name=s.company_name,
        agency_code=s.agency_code,
        agency_name=s.agency_name,
        terminal_code=s.terminal_code,
        currency=s.currency,
        language=s.locale.split("_")[0],
        receipt_header=extra.get("receipt_header", ""),
        receipt_footer=extra.get("receipt_footer", ""),
        printer_uri=extra.get("printer_uri", ""),
        central_url=extra.get("central_url", ""),
        allow_credit=s.allow_credit,
        max_payment=s.max_payment.as_str(),
        central_credentials=extra.get("central_credentials", ""),
        credit_confirm=Money(s.credit_confirm_minor, s.currency).as_str(),
    )


def validate_settings(form: SettingsForm) -> tuple[tuple[FieldError, ...], TerminalSettings | None]:
    """Every problem of ``form`` at once, and the settings it describes when there is none.

    A card number in any text field is reported alone (the other checks may quote the text).
    """
    cards = _card_number_errors({name: getattr(form, name) for name in _TEXT_FIELDS})
    if cards:
        return cards, None
    errors: list[FieldError] = []
    for name, limit in (("company_name", 200), ("agency_name", 200)):
        value = getattr(form, name).strip()
        if not value:
            errors.append(FieldError(name, "field.required"))
        elif len(value) > limit:
            errors.append(FieldError(name, "field.too_long", {"limit": limit}))
    for name in ("agency_code", "terminal_code"):
        value = getattr(form, name).strip()
        if not value:
            errors.append(FieldError(name, "field.required"))
        elif not _CODE.match(value):
            errors.append(FieldError(name, "field.code", {"text": value}))
    if form.currency not in CURRENCIES:
        errors.append(
            FieldError(
                "currency",
                "currency.unknown",
                {"currency": form.currency, "supported": ", ".join(CURRENCIES)},
            )
        )
    if form.language not in LANGUAGES:
        errors.append(FieldError("language", "field.required"))
    if form.printer_uri.strip():
        try:
            parse_printer_uri(form.printer_uri.strip())
        except DomainError:  # its "problem" is English prose: say it in the field's words
            errors.append(
                FieldError("printer_uri", "field.printer", {"uri": form.printer_uri.strip()})
            )
    url = form.central_url.strip()
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("postgresql", "postgresql+psycopg") or not parsed.hostname:
            errors.append(FieldError("central_url", "field.url", {"text": _without_password(url)}))
        elif parsed.password is not None:  # settings travel in backups and the journal
            errors.append(FieldError("central_url", "field.url_password"))
    credentials = form.central_credentials.strip()
    if credentials:
        try:
            read_credentials(Path(credentials))
        except DomainError as exc:
            errors.append(FieldError("central_credentials", exc.code, exc.params))
    max_minor = None
    confirm_minor = DEFAULT_CREDIT_CONFIRM_MINOR  # when left empty
    if form.currency in CURRENCIES:
        loc = locale_for(form.language if form.language in LANGUAGES else "fr", form.currency)
        if form.credit_confirm.strip():
            try:
                confirm_minor = parse_amount(
                    form.credit_confirm, form.currency, allow_zero=True, locale=loc
                ).minor
            except DomainError as exc:
                errors.append(FieldError("credit_confirm", exc.code, exc.params))
        try:
            max_minor = parse_amount(form.max_payment, form.currency, locale=loc).minor
            if max_minor <= 0:
                errors.append(FieldError("max_payment", "amount.zero", {"text": form.max_payment}))
        except DomainError as exc:
            errors.append(FieldError("max_payment", exc.code, exc.params))
    if errors or max_minor is None:
        return tuple(errors), None
    return (), TerminalSettings(
        company_name=form.company_name.strip(),
        agency_code=form.agency_code.strip(),
        agency_name=form.agency_name.strip(),
        terminal_code=form.terminal_code.strip(),
        currency=form.currency,
        locale=locale_for(form.language, form.currency),
        allow_credit=form.allow_credit,
        max_payment_minor=max_minor,
        credit_confirm_minor=confirm_minor,
    )


_TEXT_FIELDS = (
    "company_name",
    "agency_code",
    "agency_name",
    "terminal_code",
    *EXTRA_KEYS,
    "max_payment",
)


def _card_number_errors(values: dict[str, str]) -> tuple[FieldError, ...]:
    """``text.card_number`` for each field holding what looks like a full card number:
    settings are journaled forever and travel in backups."""
    found = ((name, find_card_number(value)) for name, value in values.items())
    return tuple(
        FieldError(name, "text.card_number", {"field": name, "last4": pan[-4:]})
        for name, pan in found
        if pan
    )


def save_settings(
    uow: UnitOfWork, admin: AuthenticatedUser, form: SettingsForm
) -> tuple[FieldError, ...]:
    """Save the form (committed) and return (); or return the problems with nothing written.

    The currency cannot change here (amounts already stored are in it), and the agency or
    terminal code cannot change while a till is open on this terminal (its receipts and
    session belong to the old identity).
    """
    require(admin, "manage_settings")
    s = uow.session
    current = load_terminal_settings(s)
    errors, settings = validate_settings(form)
    extra: list[FieldError] = []
    if form.currency != current.currency:
        extra.append(FieldError("currency", "field.locked"))
    moved = (form.agency_code.strip(), form.terminal_code.strip()) != (
        current.agency_code,
        current.terminal_code,
    )
    if moved and _open_tills(s, current) > 0:
        field_name = (
            "agency_code" if form.agency_code.strip() != current.agency_code else "terminal_code"
        )
        extra.append(FieldError(field_name, "field.till_open"))
    if errors or extra or settings is None:
        return (*errors, *extra)
    _write(s, settings, form)
    journaled = {**settings.to_values(), **_extras(form)}
    journaled["central_url"] = _without_password(journaled["central_url"])
    journal.append(s, "settings.change", journaled, username=admin.username)
    uow.commit()
    return ()


def _without_password(url: str) -> str:
    """The address as the journal keeps it: never a password (the journal is kept forever
    and sent to central; the password belongs in the 0600 file of desktop.credentials)."""
    parsed = urlparse(url)
    if parsed.password is None:
        return url
    netloc = parsed.netloc.rsplit("@", 1)[1]
    user = parsed.username or ""
    return parsed._replace(netloc=f"{user}:***@{netloc}" if user else f"***@{netloc}").geturl()


def _open_tills(s: Session, current: TerminalSettings) -> int:
    return int(
        s.scalar(
            select(func.count())
            .select_from(Till)
            .where(
                Till.agency == current.agency_code,
                Till.terminal == current.terminal_code,
                Till.status == "open",
            )
        )
        or 0
    )


def _extras(form: SettingsForm) -> dict[str, str]:
    return {key: getattr(form, key).strip() for key in EXTRA_KEYS}


def _write(s: Session, settings: TerminalSettings, form: SettingsForm) -> None:
    save_terminal_settings(s, settings)
    for key, value in _extras(form).items():
        s.merge(Setting(key=key, value=value))


# --- first run ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SetupForm:
    """What the first-run assistant asks. Fields: company_name, agency_code, agency_name,
    terminal_code, currency (DZD or MAD), language, admin_username, admin_full_name,
    password, password_again."""

    company_name: str
    agency_code: str
    agency_name: str
    terminal_code: str
    currency: str
    language: str
    admin_username: str
    admin_full_name: str
    password: str
    password_again: str


def needs_setup(session: Session) -> bool:
    """True on a database with no terminal settings and no user (a fresh install)."""
    try:
        load_terminal_settings(session)
    except DomainError as exc:
        if exc.code != "config.missing":
            raise
        return not session.scalar(select(func.count()).select_from(User))
    return False


def default_max_payment(currency: str) -> str:
    """One million in the currency: a sane limit the admin can change later."""
    return "1000000"


def run_setup(uow: UnitOfWork, form: SetupForm) -> tuple[FieldError, ...]:
    """Create the settings and the first admin (committed), or return every problem."""
    s = uow.session
    if not needs_setup(s):
        raise DomainError("input.invalid", field="setup", problem=Problem("already_configured"))
    settings_form = SettingsForm(
        form.company_name,
        form.agency_code,
        form.agency_name,
        form.terminal_code,
        form.currency,
        form.language,
        max_payment=default_max_payment(form.currency),
    )
    cards = _card_number_errors({"admin_full_name": form.admin_full_name})
    errors, settings = validate_settings(settings_form)
    if cards:
        return (*errors, *cards)
    problems = list(errors)
    name = form.admin_username.strip()
    if not name:
        problems.append(FieldError("admin_username", "field.required"))
    elif not re.fullmatch(r"[A-Za-z0-9._-]{2,64}", name):
        problems.append(FieldError("admin_username", "field.code", {"text": name}))
    if not form.admin_full_name.strip():
        problems.append(FieldError("admin_full_name", "field.required"))
    pw = form.password
    if len(pw) < 8 or pw.isdigit() or pw.lower() == name.lower():
        problems.append(FieldError("password", "auth.weak_password"))
    elif pw != form.password_again:
        problems.append(FieldError("password_again", "field.mismatch"))
    if problems or settings is None:
        return tuple(problems)
    save_terminal_settings(s, settings)
    add_user(uow, name, pw, "admin", form.admin_full_name.strip(), form.language)
    s.flush()
    journal.append(s, "setup", {**settings.to_values(), "admin": name}, username=name)
    uow.commit()
    return ()
