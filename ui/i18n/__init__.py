"""Languages of the window: Qt Linguist translators, layout direction and Babel formatting.

Why one module: switching language must change three things together (the translated
strings, the right-to-left layout, and how amounts and dates are written), and the domain
error codes must turn into translated sentences. Source strings are English; the ``.ts``
files next to this module are kept with ``pyside6-lupdate`` and compiled to ``.qm`` with
``pyside6-lrelease`` (run ``python -m ui.i18n.update``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib.resources import files

from babel.dates import format_date, format_datetime
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from desktop.domain.errors import DomainError
from desktop.money import FSI, PDI, Money, format_money

LANGUAGES: dict[str, str] = {"ar": "العربية", "fr": "Français", "en": "English"}
"""Language code → its own name (shown untranslated so anyone can find theirs)."""

_COUNTRY = {"DZD": "DZ", "MAD": "MA"}


def babel_locale(lang: str, currency: str) -> str:
    """Babel locale for a UI language in the country of the currency: ar_DZ, fr_MA, en..."""
    if lang == "en":
        return "en"
    return f"{lang}_{_COUNTRY.get(currency, 'DZ')}"


def isolate(text: str) -> str:
    """Wrap free text (an address, a name) so its own first letter decides its direction.

    Without it, "81 Rue Khemisti" in a right-to-left cell is shown as "Rue Khemisti 81".
    """
    return f"{FSI}{text}{PDI}" if text else text


def system_language() -> str:
    """The OS language if we have it, else French (the common language of both countries)."""
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "fr"


class Translators:
    """The translators currently installed on the application (ours and Qt's own dialogs)."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self._keep = b""  # QTranslator.load(bytes) reads from this buffer, keep it alive
        self.language = "en"

    def install(self, lang: str) -> None:
        """Replace the installed translators by ``lang``'s and set the layout direction."""
        for tr in self._installed:
            self._app.removeTranslator(tr)
        self._installed.clear()
        if lang != "en":
            ours = QTranslator(self._app)
            data = (files("ui.i18n") / f"guichet_{lang}.qm").read_bytes()
            if ours.load(data):  # loaded from package data, works from a wheel or zip
                self._installed.append(ours)
            qt = QTranslator(self._app)
            if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
            self._keep = data
        for tr in self._installed:
            self._app.installTranslator(tr)
        self.language = lang
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )


@dataclass(frozen=True, slots=True)
class Formats:
    """How amounts and dates are written for one Babel locale (e.g. ``ar_DZ``).

    Dates are isolated like amounts, so "12/03/2024" never gets reordered inside Arabic text.
    """

    locale: str

    def money(self, money: Money) -> str:
        return format_money(money, self.locale)

    def date(self, day: dt.date) -> str:
        return f"{FSI}{format_date(day, 'short', locale=self.locale)}{PDI}"

    def datetime(self, moment: dt.datetime) -> str:
        """``moment`` is naive UTC (as stored); shown in the machine's local time."""
        local = moment.replace(tzinfo=dt.UTC).astimezone()
        return f"{FSI}{format_datetime(local, 'short', locale=self.locale)}{PDI}"


# Translatable templates of every domain error code. Placeholders ({amount}...) must be
# kept in translations. Codes not listed fall back to the English of desktop.domain.errors.
ERROR_TEMPLATES: dict[str, str] = {
    "currency.mismatch": QT_TRANSLATE_NOOP("Errors", "Cannot combine {left} and {right} amounts. Enter the amount in {left}."),
    "amount.empty": QT_TRANSLATE_NOOP("Errors", "No amount was entered. Type an amount such as 1250,00."),
    "amount.not_a_number": QT_TRANSLATE_NOOP("Errors", "'{text}' is not an amount. Type digits, e.g. 1250,50."),
    "amount.negative": QT_TRANSLATE_NOOP("Errors", "Amounts must be positive ('{text}'). Enter the amount received."),
    "amount.zero": QT_TRANSLATE_NOOP("Errors", "The amount is zero. Enter the amount received."),
    "amount.too_precise": QT_TRANSLATE_NOOP("Errors", "'{text}' has more than {decimals} decimals. Round it to the centime."),
    "amount.too_large": QT_TRANSLATE_NOOP("Errors", "'{text}' is too large. Check the amount and type it again."),
    "amount.over_maximum": QT_TRANSLATE_NOOP("Errors", "{amount} is above the maximum of {maximum} for one payment. Split it or ask the branch manager."),
    "account.not_found": QT_TRANSLATE_NOOP("Errors", "No account {account_no}. Check the number or search by name."),
    "account.closed": QT_TRANSLATE_NOOP("Errors", "Account {account_no} is closed: payments are refused. Send the customer to the branch manager."),
    "bill.not_found": QT_TRANSLATE_NOOP("Errors", "No bill {bill_no} on account {account_no}. Check the reference on the bill."),
    "bill.already_paid": QT_TRANSLATE_NOOP("Errors", "Bill {bill_no} is already paid. Remove it from the selection."),
    "bill.duplicate": QT_TRANSLATE_NOOP("Errors", "Bill {bill_no} is listed twice. List each bill once."),
    "payment.overpayment": QT_TRANSLATE_NOOP("Errors", "{amount} is more than the {due} due, and this agency does not keep credit. Take {due} at most."),
    "payment.nothing_due": QT_TRANSLATE_NOOP("Errors", "Nothing is due on account {account_no} and this agency does not keep credit. No payment is needed."),
    "payment.tendered_short": QT_TRANSLATE_NOOP("Errors", "{tendered} tendered is less than the {amount} to pay. Ask for more cash or lower the amount."),
    "payment.tender_unknown": QT_TRANSLATE_NOOP("Errors", "Unknown tender '{tender}'. Use cash or card."),
    "card.last4_invalid": QT_TRANSLATE_NOOP("Errors", "Card: type the last 4 digits only (got '{text}'). Never type the full card number."),
    "card.auth_missing": QT_TRANSLATE_NOOP("Errors", "Card: the authorisation code from the terminal slip is missing. Copy it from the slip."),
    "card.auth_invalid": QT_TRANSLATE_NOOP("Errors", "Card: authorisation code '{text}' is not valid (2 to 12 letters or digits). Copy it from the slip."),
    "card.scheme_unknown": QT_TRANSLATE_NOOP("Errors", "Unknown card scheme '{scheme}'. Use one of: {supported}."),
    "card.tendered_not_allowed": QT_TRANSLATE_NOOP("Errors", "'Tendered' only applies to cash. Remove it for a card payment."),
    "auth.unknown_user": QT_TRANSLATE_NOOP("Errors", "Unknown user or wrong password. Check both and try again."),
    "auth.wrong_password": QT_TRANSLATE_NOOP("Errors", "Unknown user or wrong password. Check both and try again."),
    "auth.locked": QT_TRANSLATE_NOOP("Errors", "User {username} is locked after too many wrong passwords. Ask an administrator."),
    "auth.inactive": QT_TRANSLATE_NOOP("Errors", "User {username} is disabled. Ask an administrator."),
    "auth.forbidden": QT_TRANSLATE_NOOP("Errors", "User {username} ({role}) may not {action}. Ask a {needed}."),
    "config.missing": QT_TRANSLATE_NOOP("Errors", "No configuration: {what}. Run 'guichet init' or the first-run assistant."),
    "db.not_initialised": QT_TRANSLATE_NOOP("Errors", "Database {path} has no Guichet schema. Run 'guichet init --db {path}' first."),
    "db.outdated": QT_TRANSLATE_NOOP("Errors", "Database {path} is at an older version. Run 'guichet init --db {path}' to upgrade it."),
    "search.empty": QT_TRANSLATE_NOOP("Errors", "Type at least one letter or digit to search."),
    "session.none_open": QT_TRANSLATE_NOOP("Errors", "{username} has no open cash session on terminal {terminal}. Open one with the counted float first."),
    "session.already_open": QT_TRANSLATE_NOOP("Errors", "Terminal {terminal} already has an open cash session ({username}). Close it before opening another."),
    "cash.unknown_denomination": QT_TRANSLATE_NOOP("Errors", "{value} is not a {currency} note or coin here. Count with the listed denominations."),
    "cash.bad_count": QT_TRANSLATE_NOOP("Errors", "The count for {value} must be a whole number of 0 or more (got {count}). Count again."),
    "currency.unknown": QT_TRANSLATE_NOOP("Errors", "Unknown currency {currency}. Use one of: {supported}."),
    "session.validation_required": QT_TRANSLATE_NOOP("Errors", "The {tender} count differs by {difference} (tolerance {tolerance}). A manager must validate it with a justification."),
    "session.justification_required": QT_TRANSLATE_NOOP("Errors", "Write why the count differs before the manager validates it."),
    "approval.same_person": QT_TRANSLATE_NOOP("Errors", "{username} cannot approve their own request: another manager must type their credentials."),
    "day.closed": QT_TRANSLATE_NOOP("Errors", "The business day {day} is closed: nothing more can be recorded for it. Open a session tomorrow."),
    "day.sessions_open": QT_TRANSLATE_NOOP("Errors", "The day cannot be closed: sessions still open on {terminals}. Close them first."),
    "day.not_open": QT_TRANSLATE_NOOP("Errors", "No business day {day} to close: no session was opened that day."),
    "payment.not_found": QT_TRANSLATE_NOOP("Errors", "No payment with receipt {receipt_no}. Check the receipt number."),
    "void.not_same_day": QT_TRANSLATE_NOOP("Errors", "Receipt {receipt_no} is from {day}: only payments of today's open session can be voided. Record a correction instead."),
    "void.session_closed": QT_TRANSLATE_NOOP("Errors", "The cash session of receipt {receipt_no} is closed: it can no longer be voided. Record a correction instead."),
    "void.already_void": QT_TRANSLATE_NOOP("Errors", "Receipt {receipt_no} is already voided."),
    "void.credit_used": QT_TRANSLATE_NOOP("Errors", "Receipt {receipt_no} put {credit} on the account credit, and only {available} is left. Settle that first with the branch manager."),
    "auth.weak_password": QT_TRANSLATE_NOOP("Errors", "That password is too weak: use 8 characters or more, not only digits, not the user name."),
    "statement.period_reversed": QT_TRANSLATE_NOOP("Errors", "The period starts on {date_from}, after it ends on {date_to}. Swap the two dates."),
    "pdf.output_unwritable": QT_TRANSLATE_NOOP("Errors", "Cannot write the PDF to {path} ({problem}). Choose a file in a folder that exists and that you may write to."),
    "printer.uri_invalid": QT_TRANSLATE_NOOP("Errors", "Printer address '{uri}' is not valid: {problem}. Use tcp://HOST:9100, usb://VID:PID, serial:///dev/ttyUSB0?baudrate=19200, cups://QUEUE, win://NAME or file:///PATH."),
}

# Problems with one field of a form (desktop.services.terminal_setup.FieldError codes that
# are not domain error codes).
FIELD_TEMPLATES: dict[str, str] = {
    "field.required": QT_TRANSLATE_NOOP("Errors", "Required: fill in this field."),
    "field.too_long": QT_TRANSLATE_NOOP("Errors", "Too long: {limit} characters at most."),
    "field.code": QT_TRANSLATE_NOOP("Errors", "'{text}' is not a valid code: use letters, digits, - or _ only, without spaces."),
    "field.url": QT_TRANSLATE_NOOP("Errors", "'{text}' is not an address such as https://central.example.dz."),
    "field.locked": QT_TRANSLATE_NOOP("Errors", "The currency cannot be changed once amounts are recorded."),
    "field.till_open": QT_TRANSLATE_NOOP("Errors", "A till is open on this terminal: close it before changing the agency or terminal code."),
    "field.printer": QT_TRANSLATE_NOOP("Errors", "'{uri}' is not a printer address. Use tcp://HOST:9100, usb://VID:PID, serial:///dev/ttyUSB0, cups://QUEUE, win://NAME or file:///PATH."),
    "field.mismatch": QT_TRANSLATE_NOOP("Errors", "The two passwords differ. Type the same password twice."),
}


def field_error_text(code: str, params: dict) -> str:
    """A translated sentence for one form field problem (a field code or a domain code)."""
    template = FIELD_TEMPLATES.get(code)
    if template is None:
        return error_text(DomainError(code, **params))
    text = QCoreApplication.translate("Errors", template)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def error_text(error: BaseException) -> str:
    """A translated, actionable sentence for ``error`` (domain errors by code)."""
    if isinstance(error, DomainError):
        template = ERROR_TEMPLATES.get(error.code)
        if template is None:
            return error.message()
        return error.message(QCoreApplication.translate("Errors", template))
    return QCoreApplication.translate(
        "Errors", "Unexpected error: {detail}. Try again; if it persists, call support."
    ).format(detail=type(error).__name__)


# Values stored in the database, shown in the clerk's language.
TERMS: dict[str, str] = {
    "clerk": QT_TRANSLATE_NOOP("Terms", "clerk"),
    "manager": QT_TRANSLATE_NOOP("Terms", "manager"),
    "admin": QT_TRANSLATE_NOOP("Terms", "admin"),
    "electricity": QT_TRANSLATE_NOOP("Terms", "electricity"),
    "gas": QT_TRANSLATE_NOOP("Terms", "gas"),
    "water": QT_TRANSLATE_NOOP("Terms", "water"),
    "sanitation": QT_TRANSLATE_NOOP("Terms", "sanitation"),
    "cash": QT_TRANSLATE_NOOP("Terms", "cash"),
    "card": QT_TRANSLATE_NOOP("Terms", "card"),
    "counter": QT_TRANSLATE_NOOP("Terms", "counter"),
    "online": QT_TRANSLATE_NOOP("Terms", "online"),
    "post": QT_TRANSLATE_NOOP("Terms", "post office"),
    "valid": QT_TRANSLATE_NOOP("Terms", "valid"),
    "void": QT_TRANSLATE_NOOP("Terms", "void"),
    "voided": QT_TRANSLATE_NOOP("Terms", "void"),
    "active": QT_TRANSLATE_NOOP("Terms", "active"),
    "closed": QT_TRANSLATE_NOOP("Terms", "closed"),
    "monthly": QT_TRANSLATE_NOOP("Terms", "monthly"),
    "bimonthly": QT_TRANSLATE_NOOP("Terms", "every two months"),
    "quarterly": QT_TRANSLATE_NOOP("Terms", "quarterly"),
    "residential_individual": QT_TRANSLATE_NOOP("Terms", "residential, individual"),
    "residential_collective": QT_TRANSLATE_NOOP("Terms", "residential, collective"),
    "professional": QT_TRANSLATE_NOOP("Terms", "professional"),
    "administration": QT_TRANSLATE_NOOP("Terms", "administration"),
    "account": QT_TRANSLATE_NOOP("Terms", "account"),
    "bill": QT_TRANSLATE_NOOP("Terms", "bill"),
    "meter": QT_TRANSLATE_NOOP("Terms", "meter"),
    "phone": QT_TRANSLATE_NOOP("Terms", "phone"),
    "name": QT_TRANSLATE_NOOP("Terms", "name"),
    "open": QT_TRANSLATE_NOOP("Terms", "open"),
    "none": QT_TRANSLATE_NOOP("Terms", "not opened"),
    "wrong_amount": QT_TRANSLATE_NOOP("Terms", "wrong amount"),
    "wrong_account": QT_TRANSLATE_NOOP("Terms", "wrong account"),
    "wrong_tender": QT_TRANSLATE_NOOP("Terms", "wrong tender"),
    "duplicate": QT_TRANSLATE_NOOP("Terms", "duplicate payment"),
    "customer_request": QT_TRANSLATE_NOOP("Terms", "customer request"),
    "other": QT_TRANSLATE_NOOP("Terms", "other (describe)"),
}


def term(value: str) -> str:
    """A stored code word (role, service, tender...) in the current language."""
    source = TERMS.get(value)
    return QCoreApplication.translate("Terms", source) if source else value
