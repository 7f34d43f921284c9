"""Languages of the window: Qt Linguist translators, layout direction and Babel formatting.

Why one module: switching language must change three things together (the translated
strings, the right-to-left layout, and how amounts and dates are written), and the domain
error codes must turn into translated sentences. Source strings are English; the ``.ts``
files next to this module are kept with ``pyside6-lupdate`` and compiled to ``.qm`` with
``pyside6-lrelease`` (run ``python -m ui.i18n.update``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
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
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import DomainError
from desktop.maintenance import describe_database_error
from desktop.money import FSI, PDI, Money, format_money
from desktop.text import display_safe

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
            if qt.load(
                f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
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


# Translatable templates of every domain error code (tests/ui/test_i18n.py fails when a code
# of desktop.domain.errors.MESSAGES is missing here). Each template has exactly the
# placeholders ({amount}...) of the English message, and so must its translations. The
# English may differ from MESSAGES only where the CLI wording (--flags) makes no sense in the
# window. A code not listed (added to desktop/ since) falls back to the English message.
ERROR_TEMPLATES: dict[str, str] = {
    "currency.unknown": QT_TRANSLATE_NOOP(
        "Errors", "Unknown currency {currency}. Use one of: {supported}."
    ),
    "currency.mismatch": QT_TRANSLATE_NOOP(
        "Errors", "Cannot combine {left} and {right} amounts. Enter the amount in {left}."
    ),
    "amount.empty": QT_TRANSLATE_NOOP(
        "Errors", "No amount was entered. Type an amount such as 1250,00."
    ),
    "amount.not_a_number": QT_TRANSLATE_NOOP(
        "Errors", "'{text}' is not an amount. Type digits, e.g. 1250,50."
    ),
    "amount.negative": QT_TRANSLATE_NOOP(
        "Errors", "Amounts must be positive ('{text}'). Enter the amount received."
    ),
    "amount.zero": QT_TRANSLATE_NOOP("Errors", "The amount is zero. Enter the amount received."),
    "amount.too_precise": QT_TRANSLATE_NOOP(
        "Errors", "'{text}' has more than {decimals} decimals. Round it to the centime."
    ),
    "amount.too_large": QT_TRANSLATE_NOOP(
        "Errors", "'{text}' is too large. Check the amount and type it again."
    ),
    "amount.ambiguous": QT_TRANSLATE_NOOP(
        "Errors", "'{text}' could be {small} or {large}: type {large_typed} or {small}, as meant."
    ),
    "amount.ambiguous_decimals": QT_TRANSLATE_NOOP(
        "Errors",
        "'{text}' could be {large}, or {small} which has more than {decimals} decimals. Type {large_typed} for {large}.",
    ),
    "amount.grouping": QT_TRANSLATE_NOOP(
        "Errors",
        "'{text}' is not grouped by three digits (1 234 567,50). Check the amount and type it again, or without grouping (1234567,50).",
    ),
    "amount.other_currency": QT_TRANSLATE_NOOP(
        "Errors",
        "'{text}' is in another currency ({found}): this terminal takes {currency} only. Type the amount in {currency}.",
    ),
    "amount.over_maximum": QT_TRANSLATE_NOOP(
        "Errors",
        "{amount} is above the maximum of {maximum} for one payment. Split it or ask the branch manager.",
    ),
    "account.not_found": QT_TRANSLATE_NOOP(
        "Errors", "No account {account_no}. Check the number or search by name."
    ),
    "account.closed": QT_TRANSLATE_NOOP(
        "Errors",
        "Account {account_no} is closed: payments are refused. Send the customer to the branch manager.",
    ),
    "bill.not_found": QT_TRANSLATE_NOOP(
        "Errors", "No bill {bill_no} on account {account_no}. Check the reference on the bill."
    ),
    "bill.already_paid": QT_TRANSLATE_NOOP(
        "Errors", "Bill {bill_no} is already paid. Remove it from the selection."
    ),
    "bill.duplicate": QT_TRANSLATE_NOOP(
        "Errors", "Bill {bill_no} is listed twice. List each bill once."
    ),
    "payment.overpayment": QT_TRANSLATE_NOOP(
        "Errors",
        "{amount} is more than the {due} due, and this agency does not keep credit. Take {due} at most.",
    ),
    "payment.nothing_due": QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing is due on account {account_no} and this agency does not keep credit. No payment is needed.",
    ),
    "payment.tendered_short": QT_TRANSLATE_NOOP(
        "Errors",
        "{tendered} tendered is less than the {amount} to pay. Ask for more cash or lower the amount.",
    ),
    "payment.credit_unconfirmed": QT_TRANSLATE_NOOP(
        "Errors",
        "{credit} of the {amount} would be left as account credit (more than {threshold}). Check the amount; if it is meant, tick the confirmation box.",
    ),
    "payment.tender_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Unknown tender '{tender}'. Use cash or card."
    ),
    "card.last4_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Card: type the last 4 digits only (got '{text}'). Never type the full card number.",
    ),
    "card.auth_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "Card: the authorisation code from the terminal slip is missing. Copy it from the slip.",
    ),
    "card.auth_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Card: authorisation code '{text}' is not valid (2 to 12 letters or digits). Copy it from the slip.",
    ),
    "card.scheme_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Unknown card scheme '{scheme}'. Use one of: {supported}."
    ),
    "card.tendered_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "'Tendered' only applies to cash. Remove it for a card payment."
    ),
    "auth.unknown_user": QT_TRANSLATE_NOOP(
        "Errors", "Unknown user or wrong password. Check both and try again."
    ),
    "auth.wrong_password": QT_TRANSLATE_NOOP(
        "Errors", "Unknown user or wrong password. Check both and try again."
    ),
    "auth.locked": QT_TRANSLATE_NOOP(
        "Errors", "User {username} is locked after too many wrong passwords. Ask an administrator."
    ),
    "auth.inactive": QT_TRANSLATE_NOOP(
        "Errors", "User {username} is disabled. Ask an administrator."
    ),
    "auth.forbidden": QT_TRANSLATE_NOOP(
        "Errors", "User {username} ({role}) may not {action}. Ask a {needed}."
    ),
    "config.missing": QT_TRANSLATE_NOOP(
        "Errors", "No configuration: {what}. Run 'guichet init' or the first-run assistant."
    ),
    "file.is_database": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is the database itself: {option} must name another file, or every payment in it would be lost.",
    ),
    "file.unusable": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot use the file {path} ({problem}). Check the name (not too long, no forbidden characters), that its folder exists and that you may use it, then retry.",
    ),
    "setting.invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The setting {key} is '{value}', not {expected}. Ask an administrator to correct it in the terminal settings.",
    ),
    "setup.invalid": QT_TRANSLATE_NOOP(
        "Errors", "The set-up was refused: {problems}. Correct these and run it again."
    ),
    "db.not_initialised": QT_TRANSLATE_NOOP(
        "Errors", "Database {path} has no Guichet schema. Run 'guichet init --db {path}' first."
    ),
    "db.outdated": QT_TRANSLATE_NOOP(
        "Errors",
        "Database {path} is at an older version. Run 'guichet init --db {path}' to upgrade it.",
    ),
    "search.empty": QT_TRANSLATE_NOOP("Errors", "Type at least one letter or digit to search."),
    "demo.profile_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Unknown demo profile '{profile}'. Use dz or ma."
    ),
    "demo.not_empty": QT_TRANSLATE_NOOP(
        "Errors", "Database {path} already holds {count} accounts. Use a new --db path."
    ),
    "input.invalid": QT_TRANSLATE_NOOP("Errors", "{field}: {problem}"),
    "session.none_open": QT_TRANSLATE_NOOP(
        "Errors",
        "{username} has no open cash session on terminal {terminal}. Open one with the counted float first.",
    ),
    "session.already_open": QT_TRANSLATE_NOOP(
        "Errors",
        "Terminal {terminal} already has an open cash session ({username}). Close it before opening another.",
    ),
    "session.pickup_too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "A pickup of {amount} is more than the {available} in the till. Count again and enter a smaller amount.",
    ),
    "session.validation_required": QT_TRANSLATE_NOOP(
        "Errors",
        "The {tender} count differs by {difference} (tolerance {tolerance}). A manager must validate it with a justification.",
    ),
    "session.justification_required": QT_TRANSLATE_NOOP(
        "Errors", "Write why the count differs before the manager validates it."
    ),
    "session.not_found": QT_TRANSLATE_NOOP(
        "Errors", "No cash session {session}. Check the reference."
    ),
    "day.closed": QT_TRANSLATE_NOOP(
        "Errors",
        "The business day {day} is closed: nothing more can be recorded for it. Open a session tomorrow.",
    ),
    "day.sessions_open": QT_TRANSLATE_NOOP(
        "Errors", "The day cannot be closed: sessions still open on {terminals}. Close them first."
    ),
    "day.not_open": QT_TRANSLATE_NOOP(
        "Errors", "No business day {day} to close: no session was opened that day."
    ),
    "approval.same_person": QT_TRANSLATE_NOOP(
        "Errors",
        "{username} cannot approve their own request: another manager must type their credentials.",
    ),
    "payment.not_found": QT_TRANSLATE_NOOP(
        "Errors", "No payment with receipt {receipt_no}. Check the receipt number."
    ),
    "void.not_same_day": QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt {receipt_no} is from {day}: only payments of today's open session can be voided. Record a correction instead.",
    ),
    "void.session_closed": QT_TRANSLATE_NOOP(
        "Errors",
        "The cash session of receipt {receipt_no} is closed: it can no longer be voided. Record a correction instead.",
    ),
    "void.already_void": QT_TRANSLATE_NOOP("Errors", "Receipt {receipt_no} is already voided."),
    "void.reason_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Unknown void reason '{reason}'. Use one of: {known}."
    ),
    "correction.use_void": QT_TRANSLATE_NOOP(
        "Errors",
        "The till of receipt {receipt_no} is still open: void the payment instead of correcting it.",
    ),
    "correction.already_done": QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt {receipt_no} has already been corrected. Look for its correction in the payment history.",
    ),
    "correction.not_a_payment": QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt {receipt_no} is itself a correction and cannot be corrected. Take a new payment instead.",
    ),
    "void.credit_used": QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt {receipt_no} put {credit} on the account credit, and only {available} is left. Settle that first with the branch manager.",
    ),
    "journal.broken": QT_TRANSLATE_NOOP(
        "Errors",
        "The journal is broken at entry {seq}: {reason}. Keep the database as it is and call the branch manager.",
    ),
    "journal.audit_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The journal audit found {count} problem(s), the first: {first}. Keep the database as it is and call the branch manager.",
    ),
    "journal.central_unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "The journal could not be compared with what central acknowledged ({problem}). Check the network and run the audit again, or add --local to check this file alone.",
    ),
    "central.audit_forbidden": QT_TRANSLATE_NOOP(
        "Errors",
        "The central audit needs an administrator login that may read every agency's rows (a superuser, or a role with BYPASSRLS); '{user}' may not. Use the administrator address of 'guichet central init'.",
    ),
    "auth.weak_password": QT_TRANSLATE_NOOP(
        "Errors",
        "That password is too weak: use 8 characters or more, not only digits, not the user name.",
    ),
    "user.not_found": QT_TRANSLATE_NOOP(
        "Errors", "No user {username}. Check the name with 'guichet user list'."
    ),
    "user.self_disable": QT_TRANSLATE_NOOP(
        "Errors", "{username} cannot disable their own account. Ask another administrator."
    ),
    "user.exists": QT_TRANSLATE_NOOP(
        "Errors", "User {username} already exists. Choose another name."
    ),
    "cash.unknown_denomination": QT_TRANSLATE_NOOP(
        "Errors",
        "{value} is not a {currency} note or coin here. Count with the listed denominations.",
    ),
    "cash.bad_count": QT_TRANSLATE_NOOP(
        "Errors",
        "The count for {value} must be a whole number of 0 or more (got {count}). Count again.",
    ),
    "tariff.unknown": QT_TRANSLATE_NOOP(
        "Errors", "Unknown tariff '{tariff}'. Use one of: {known}."
    ),
    "tariff.quantity_negative": QT_TRANSLATE_NOOP(
        "Errors",
        "Consumption {quantity} is negative. Check the meter readings: the new index must not be below the previous one.",
    ),
    "tariff.invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Tariff file {file} is not valid: {problem}. Correct the file or reinstall the tariff data.",
    ),
    "receipt.not_found": QT_TRANSLATE_NOOP(
        "Errors",
        "No receipt {receipt_no}. Check the number printed on the receipt or find the payment on the account.",
    ),
    "printer.uri_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Printer address '{uri}' is not valid: {problem}. Use tcp://HOST:9100, usb://VID:PID, serial:///dev/ttyUSB0?baudrate=19200, cups://QUEUE, win://NAME or file:///PATH.",
    ),
    "printer.width_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Printer width {width} is not supported. Use 384, 512 or 576 dots."
    ),
    "printer.offline": QT_TRANSLATE_NOOP(
        "Errors",
        "Printer {printer} does not answer ({detail}). Check that it is switched on and connected, then retry: the receipt stays in the print queue.",
    ),
    "printer.timeout": QT_TRANSLATE_NOOP(
        "Errors",
        "Printer {printer} did not answer within {seconds} s. Check the cable or network and that the printer is not busy, then retry: the receipt stays in the print queue.",
    ),
    "printer.out_of_paper": QT_TRANSLATE_NOOP(
        "Errors",
        "Printer {printer} is out of paper. Load a new roll and close the cover, then retry: the receipt stays in the print queue.",
    ),
    "printer.cover_open": QT_TRANSLATE_NOOP(
        "Errors",
        "Printer {printer} reports an error or an open cover. Close the cover and clear any paper jam, then retry: the receipt stays in the print queue.",
    ),
    "printer.disconnected": QT_TRANSLATE_NOOP(
        "Errors",
        "Printer {printer} was disconnected while printing ({detail}). Reconnect it and retry; check the printed receipt, and reprint it if it is incomplete.",
    ),
    "printer.driver_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "Printing to {printer} needs {package}, which is not installed. Install it (pip install {package}) or choose another printer connection.",
    ),
    "printer.failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Printer {printer} refused the job: {detail}. Check the printer and its settings, then retry.",
    ),
    "printer.interrupted": QT_TRANSLATE_NOOP(
        "Errors",
        "Printing on {printer} was interrupted (the program stopped while printing). Check whether the receipt came out; retry the job if it did not.",
    ),
    "print_job.not_found": QT_TRANSLATE_NOOP(
        "Errors", "No print job {job}. Refresh the print queue and pick a job from it."
    ),
    "print_job.done": QT_TRANSLATE_NOOP(
        "Errors", "Print job {job} has already been printed. Use reprint to print a duplicate."
    ),
    "printer.not_configured": QT_TRANSLATE_NOOP(
        "Errors",
        "No receipt printer is configured for this terminal. Set one in the settings (printer_uri) or pass --printer URI.",
    ),
    "statement.period_reversed": QT_TRANSLATE_NOOP(
        "Errors",
        "The period starts on {date_from}, after it ends on {date_to}. Swap the two dates.",
    ),
    "date.invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field} '{text}' is not a date. Type it as YYYY-MM-DD, e.g. 2024-03-31."
    ),
    "date.out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "{day} is too far in the past or the future for this. Check the date (YYYY-MM-DD).",
    ),
    "certificate.payment_voided": QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt {receipt_no} was voided: no payment certificate can be issued for it. Check the receipt number, or issue the certificate of the payment that replaced it.",
    ),
    "certificate.debt_outstanding": QT_TRANSLATE_NOOP(
        "Errors",
        "Account {account_no} still owes {due} in all, with {count} open bill(s): {bills}. A no-debt certificate is issued only when nothing is due: take the payment first.",
    ),
    "certificate.debt_pending": QT_TRANSLATE_NOOP(
        "Errors",
        "Account {account_no} still owes {due}: a regularisation debit of {pending} (meter {meter_no}, {period_start} to {period_end}) is decided and waits for the next bill. A no-debt certificate is issued only when nothing is due: take {due} as an advance payment, or wait for the bill and take its payment.",
    ),
    "text.card_number": QT_TRANSLATE_NOOP(
        "Errors",
        "{field} looks like a full card number (ending {last4}): nothing was saved. Type only the last 4 digits of a card, never the whole number.",
    ),
    "pdf.output_unwritable": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write the PDF to {path} ({problem}). Choose a file in a folder that exists and that you may write to.",
    ),
    "day.report_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The business day {day} is closed (Z {z_number}) but its report could not be written to {path} ({problem}). The totals are stored: reprint the report with 'guichet z-report --day {day} --report FILE.pdf'.",
    ),
    "day.not_closed": QT_TRANSLATE_NOOP(
        "Errors",
        "The business day {day} is still open: it has no Z report yet. Close it first with 'guichet close-day --user MANAGER --day {day} --report FILE.pdf'.",
    ),
    "day.unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "No business day {day} for agency {agency}: no cash session was opened that day. Check the date (YYYY-MM-DD).",
    ),
    "sync.offline": QT_TRANSLATE_NOOP(
        "Errors",
        "The central database cannot be reached ({problem}). Keep working: payments wait in the queue and are sent when the network is back.",
    ),
    "sync.busy": QT_TRANSLATE_NOOP(
        "Errors",
        "The central database is busy ({problem}). Nothing was lost: sync again in a minute.",
    ),
    "sync.failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Synchronisation stopped ({problem}). Nothing was lost: payments stay in the queue. Tell support if it repeats.",
    ),
    "sync.not_agency": QT_TRANSLATE_NOOP(
        "Errors",
        "The central login '{user}' is not an agency login. Use the connection settings printed by 'guichet central add-agency'.",
    ),
    "sync.note_required": QT_TRANSLATE_NOOP(
        "Errors",
        "Say in a note (at least {minimum} characters) what was done about this item: customer refunded, duplicate confirmed with support... The note is kept in the journal.",
    ),
    "sync.quarantine_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Sync problem {item} is not in the list any more. Close and reopen the list."
    ),
    "sync.quarantine_resolved": QT_TRANSLATE_NOOP(
        "Errors", "Sync problem {item} was already dealt with by {username} at {at}: nothing to do."
    ),
    "sync.pull_problem_no_retry": QT_TRANSLATE_NOOP(
        "Errors",
        "Sync problem {item} is a row central sent that failed its checks: there is nothing to send again. Ask head office to correct it (it then applies by itself), or mark it handled with a note.",
    ),
    "sync.wrong_agency": QT_TRANSLATE_NOOP(
        "Errors",
        "This terminal belongs to agency {local}, but the central login is agency {remote}'s. Use this agency's connection settings; nothing was sent.",
    ),
    "central.url_missing": QT_TRANSLATE_NOOP(
        "Errors", "No central database address. Pass --url or set $GUICHET_CENTRAL_URL."
    ),
    "central.url_invalid": QT_TRANSLATE_NOOP(
        "Errors", "'{url}' is not a PostgreSQL address. Use postgresql://USER@HOST:5432/DATABASE."
    ),
    "central.not_initialised": QT_TRANSLATE_NOOP(
        "Errors",
        "The central database {url} has no Guichet schema. Run 'guichet central init --url ...' first.",
    ),
    "central.agency_exists": QT_TRANSLATE_NOOP(
        "Errors", "Agency {code} already exists. Use --new-password to give it a new password."
    ),
    "central.unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot use the central database {url} ({problem}). Check the address, that PostgreSQL runs and that this login may connect.",
    ),
    "central.agency_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Agency {code} is not registered centrally. Add it with 'guichet central add-agency {code}'.",
    ),
    "central.currency_invalid": QT_TRANSLATE_NOOP(
        "Errors", "'{currency}' is not a currency code: use three capital letters, e.g. DZD or MAD."
    ),
    "central.max_payment_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The largest payment must be above zero (got {amount})."
    ),
    "central.agency_code_invalid": QT_TRANSLATE_NOOP(
        "Errors", "'{code}' is not an agency code: use 1 to 16 letters, digits, '-' or '_'."
    ),
    "credentials.exists": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} already exists: a credentials file is never overwritten. Choose a new file name.",
    ),
    "credentials.unwritable": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot create the credentials file {path} ({problem}). Choose a folder that exists and that you may write to.",
    ),
    "credentials.not_found": QT_TRANSLATE_NOOP(
        "Errors",
        "No credentials file {path}. Copy there the file written by 'guichet central add-agency --save', or correct the path.",
    ),
    "credentials.too_open": QT_TRANSLATE_NOOP(
        "Errors",
        "The credentials file {path} may be read or changed by other users (mode {mode}). Make it private with 'chmod 600 {path}' (owned by this user), then retry.",
    ),
    "credentials.invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a Guichet credentials file ({problem}). Write it again with 'guichet central add-agency --save FILE'.",
    ),
    "credentials.wrong_user": QT_TRANSLATE_NOOP(
        "Errors",
        "The credentials file {path} is for {user}, but the central address logs in as {url_user}. Use this agency's file and address.",
    ),
    "remote.offline": QT_TRANSLATE_NOOP(
        "Errors",
        "The central server cannot be reached ({problem}): look-up of other agencies' accounts needs the network. Try again when it is back; this agency's own accounts can still be paid.",
    ),
    "remote.not_identifier": QT_TRANSLATE_NOOP(
        "Errors",
        "'{query}' is not an account, bill or meter number. Other agencies' accounts are looked up by their exact number only: type the whole number from the bill or the meter.",
    ),
    "remote.not_found": QT_TRANSLATE_NOOP(
        "Errors",
        "No account, bill or meter {query} in any agency. Check the number on the bill or the meter.",
    ),
    "remote.too_many": QT_TRANSLATE_NOOP(
        "Errors",
        "Too many look-ups of other agencies' accounts in the last minute. Wait a minute, then try again.",
    ),
    "remote.not_configured": QT_TRANSLATE_NOOP(
        "Errors",
        "No central server is configured, so other agencies' accounts cannot be looked up. An administrator sets its address in the settings (central_url).",
    ),
    "remote.bad_data": QT_TRANSLATE_NOOP(
        "Errors",
        "Central's data for {query} failed the checks of this counter (a date, an amount or a currency it cannot use): nothing was imported. The manager sees why under Sync problems; ask head office to correct it.",
    ),
    "tariff.not_in_force": QT_TRANSLATE_NOOP(
        "Errors",
        "Tariff {tariff} has no version in force on {day} (versions: {valid}). Check the date, or install the tariff file for that period.",
    ),
    "regularisation.estimates_count": QT_TRANSLATE_NOOP(
        "Errors",
        "The span covers {periods} billing period(s) ({months}) but {given} estimated amount(s) were given. Give one amount per period, 0 for a period not billed.",
    ),
    "reading.meter_unknown": QT_TRANSLATE_NOOP(
        "Errors", "No meter {meter_no}. Check the number on the meter or search the account."
    ),
    "reading.future_date": QT_TRANSLATE_NOOP(
        "Errors", "The reading date {day} is in the future. Type the day the meter was read."
    ),
    "reading.index_below_previous": QT_TRANSLATE_NOOP(
        "Errors",
        "Index {index} is below the previous index {previous} ({day}). Check the meter again; if the meter was replaced or its register restarted at zero, record it as such.",
    ),
    "reading.rollover_not_needed": QT_TRANSLATE_NOOP(
        "Errors",
        "Index {index} is not below the previous index {previous}: this is not a roll-over. Record it as a normal reading.",
    ),
    "reading.replacement_and_rollover": QT_TRANSLATE_NOOP(
        "Errors", "A reading is either a meter replacement or a roll-over, not both. Choose one."
    ),
    "reading.same_day": QT_TRANSLATE_NOOP(
        "Errors",
        "Meter {meter_no} already has index {index} on {day}. To replace it, record the reading again as a correction.",
    ),
    "reading.nothing_to_correct": QT_TRANSLATE_NOOP(
        "Errors", "Meter {meter_no} has no reading on {day} to correct. Record it as a new reading."
    ),
    "reading.before_last": QT_TRANSLATE_NOOP(
        "Errors",
        "The reading date {day} is before the last reading ({last}). Type the date the meter was read, or correct the last reading instead.",
    ),
    "reading.unusual": QT_TRANSLATE_NOOP(
        "Errors",
        "A consumption of {consumption} in {days} days is more than {factor} times the usual {usual}. Check the index with the customer, then confirm the unusual consumption.",
    ),
    "reading.factor_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The setting {key} is '{value}', not a number of 1 or more. Ask an administrator to set it, e.g. 3.",
    ),
    "contact.mobile_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "'{text}' is not a mobile number. Type 10 digits (05, 06 or 07 in Algeria; 06 or 07 in Morocco) or the international form +213... / +212....",
    ),
    "contact.email_invalid": QT_TRANSLATE_NOOP(
        "Errors", "'{text}' is not an e-mail address. Type it as name@domain.tld."
    ),
    "contact.channel_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Unknown channel '{channel}'. Use one of: {known}."
    ),
    "contact.channel_needs_address": QT_TRANSLATE_NOOP(
        "Errors", "Channel {channel} needs {needed}. Enter it first, or choose another channel."
    ),
    "contact.ebill_needs_channel": QT_TRANSLATE_NOOP(
        "Errors",
        "An e-bill needs the SMS or e-mail channel. Choose one of them, or keep paper bills.",
    ),
    "notification.kind_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Unknown notification '{kind}'. Use one of: {known}."
    ),
    "plan.category_not_eligible": QT_TRANSLATE_NOOP(
        "Errors",
        "Customers of category {category} are not offered installment plans. Only a branch manager can approve an exception.",
    ),
    "plan.active_exists": QT_TRANSLATE_NOOP(
        "Errors",
        "Account {account_no} already has an active plan {reference}. Renegotiate that plan instead of adding a second one.",
    ),
    "plan.recently_broken": QT_TRANSLATE_NOOP(
        "Errors",
        "Account {account_no} broke plan {reference} on {date} (within {days} days): a branch manager must approve a new plan.",
    ),
    "plan.bill_not_due": QT_TRANSLATE_NOOP(
        "Errors",
        "Bill {bill_no} is not overdue yet (due {due_date}): only overdue bills go into a plan. Leave it out, or ask a manager to approve.",
    ),
    "plan.down_too_small": QT_TRANSLATE_NOOP(
        "Errors",
        "The down payment {down} is below the minimum of {minimum} ({percent}% of {total}). Ask for more, or ask a manager to approve.",
    ),
    "plan.too_many_installments": QT_TRANSLATE_NOOP(
        "Errors",
        "{count} installments are more than the {maximum} allowed. Choose {maximum} or fewer, or ask a manager to approve.",
    ),
    "plan.installment_too_small": QT_TRANSLATE_NOOP(
        "Errors",
        "Installments of {amount} are below the minimum of {minimum}. Choose fewer installments, or ask a manager to approve.",
    ),
    "plan.policy_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The installment policy for {category} is not valid: {problem}. Correct the plan_policy setting.",
    ),
    "plan.count_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{count} is not a number of installments. Give 1 or more."
    ),
    "plan.count_over_ceiling": QT_TRANSLATE_NOOP(
        "Errors",
        "{count} installments is more than any plan may have ({maximum}), even with a manager's approval. Give {maximum} installments or fewer.",
    ),
    "plan.installment_over_ceiling": QT_TRANSLATE_NOOP(
        "Errors",
        "Installments of {installment} would take {count} installments, more than any plan may have ({maximum}), even with a manager's approval. Give an installment of at least {minimum}.",
    ),
    "plan.rounding.count": QT_TRANSLATE_NOOP(
        "Errors",
        "{financed} is split into {count} installments of {regular}, rounded down to a multiple of {unit}; the last one, {last}, takes the remainder.",
    ),
    "plan.rounding.installment": QT_TRANSLATE_NOOP(
        "Errors",
        "{financed} is paid in installments of {regular} as agreed; the last one, {last}, is what remains.",
    ),
    "plan.rounding.single": QT_TRANSLATE_NOOP(
        "Errors", "One installment of {amount}: nothing is rounded."
    ),
    "plan.terms_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Give either a number of installments or a target installment amount: one of the two, not both.",
    ),
    "plan.installment_zero": QT_TRANSLATE_NOOP(
        "Errors", "{financed} cannot be split into {count} installments. Choose fewer installments."
    ),
    "plan.no_bills": QT_TRANSLATE_NOOP(
        "Errors",
        "Account {account_no} has no overdue bill to put in a plan. Nothing needs a calendar: take an ordinary payment.",
    ),
    "plan.bill_not_open": QT_TRANSLATE_NOOP(
        "Errors",
        "Bill {bill_no} is not an open bill of account {account_no}. Choose among the account's open bills.",
    ),
    "plan.down_exceeds_debt": QT_TRANSLATE_NOOP(
        "Errors",
        "The down payment {down} covers the whole {total} of the plan. No plan is needed: take it as an ordinary payment.",
    ),
    "plan.none_active": QT_TRANSLATE_NOOP(
        "Errors",
        "Account {account_no} has no active installment plan. Create one with 'guichet plan create'.",
    ),
    "plan.not_found": QT_TRANSLATE_NOOP(
        "Errors", "No installment plan {reference}. Check the reference printed on the agreement."
    ),
    "plan.blocked": QT_TRANSLATE_NOOP(
        "Errors", "The plan cannot be created: {violations} No approval can lift this."
    ),
    "plan.out_of_policy": QT_TRANSLATE_NOOP(
        "Errors",
        "The plan breaks {count} rule(s): {violations} Change the terms, or have another manager approve it with a reason.",
    ),
    "plan.agreement_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Plan {reference} was created, but its agreement could not be written to {path} ({problem}). Print it again with 'guichet plan agreement {reference} --out FILE.pdf'.",
    ),
    "plan.approval_reason": QT_TRANSLATE_NOOP(
        "Errors", "Write why the manager approves this: the reason is kept with the plan."
    ),
    "db.unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} cannot be used ({problem}). Check that the disk is not full, the file is writable and no other program holds it, then retry.",
    ),
    "db.locked": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is busy: another program kept it locked for more than {seconds} s. Finish or close the other Guichet window or command, then retry; nothing was written.",
    ),
    "db.full": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding {path} is full: nothing was written. Free some space (or move the database to a larger disk), then retry.",
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} cannot be written ({problem}): nothing was recorded. Make the file and its folder writable for this user (and the disk not read-only), then retry.",
    ),
    "db.damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is damaged ({problem}). Stop using it and keep the file; restore the last backup with 'guichet restore --from BACKUP --db {path}'.",
    ),
    "db.io_error": QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding {path} reported an error ({problem}): nothing was written. Check that the disk is not full or failing, then retry and take a backup.",
    ),
    "db.in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is open in another Guichet window or command. Close it, then run the restore again; nothing was changed.",
    ),
    "db.is_directory": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is a folder, not a database file: nothing was written. Give the database file itself (for example {path}/guichet.db) with --db or $GUICHET_DB.",
    ),
    "db.not_a_file": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is {kind}, not a database file: nothing was read or written. Give a database file with --db or $GUICHET_DB.",
    ),
    "input.argument_not_text": QT_TRANSLATE_NOOP(
        "Errors",
        "The argument {name} ('{shown}') is not UTF-8 text. Type it again in UTF-8 (check the terminal's encoding); nothing was done.",
    ),
    "input.env_not_text": QT_TRANSLATE_NOOP(
        "Errors",
        "The environment variable {name} is not UTF-8 text. Set it again in UTF-8; nothing was done.",
    ),
    "backup.exists": QT_TRANSLATE_NOOP(
        "Errors", "{path} already exists. Choose a new file name, or add --force to replace it."
    ),
    "backup.same_file": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is the database itself: a backup must be another file. Choose another file.",
    ),
    "backup.write_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write the backup to {path} ({problem}). Nothing was left half-written: choose a folder that exists, has room and that you may write to.",
    ),
    "backup.not_found": QT_TRANSLATE_NOOP(
        "Errors", "No backup file {path}. Check the name and the folder."
    ),
    "backup.not_sqlite": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a Guichet backup (not an SQLite file). Nothing was restored: choose a file written by 'guichet backup'.",
    ),
    "backup.not_guichet": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is an SQLite file but not a Guichet database. Nothing was restored: choose a file written by 'guichet backup'.",
    ),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {path} is damaged ({problem}). Nothing was restored: choose an older backup.",
    ),
    "backup.newer_version": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {path} comes from a newer version of Guichet (schema {revision}). Nothing was restored: install that version first.",
    ),
    "backup.journal_broken": QT_TRANSLATE_NOOP(
        "Errors",
        "The journal in the backup {path} is broken at entry {seq}: {reason}. Nothing was restored: choose another backup and call the branch manager.",
    ),
    "restore.failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The restore could not finish ({problem}). The database {path} was left as it was; check the disk and retry.",
    ),
}

# Problems with one field of a form (desktop.services.terminal_setup.FieldError codes that
# are not domain error codes).
FIELD_TEMPLATES: dict[str, str] = {
    "field.required": QT_TRANSLATE_NOOP("Errors", "Required: fill in this field."),
    "field.too_long": QT_TRANSLATE_NOOP("Errors", "Too long: {limit} characters at most."),
    "field.code": QT_TRANSLATE_NOOP(
        "Errors", "'{text}' is not a valid code: use letters, digits, - or _ only, without spaces."
    ),
    "field.url": QT_TRANSLATE_NOOP(
        "Errors",
        "'{text}' is not a central database address such as postgresql://agency_2401@central.example.dz/guichet.",
    ),
    "field.url_password": QT_TRANSLATE_NOOP(
        "Errors",
        "Do not type the password in the address: it would be kept in every backup. Put it in a credentials file and name that file below.",
    ),
    "field.locked": QT_TRANSLATE_NOOP(
        "Errors", "The currency cannot be changed once amounts are recorded."
    ),
    "field.till_open": QT_TRANSLATE_NOOP(
        "Errors",
        "A till is open on this terminal: close it before changing the agency or terminal code.",
    ),
    "field.printer": QT_TRANSLATE_NOOP(
        "Errors",
        "'{uri}' is not a printer address. Use tcp://HOST:9100, usb://VID:PID, serial:///dev/ttyUSB0, cups://QUEUE, win://NAME or file:///PATH.",
    ),
    "field.mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The two passwords differ. Type the same password twice."
    ),
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


def _database_name() -> str:
    """The database file named in messages (the application sets it at start-up)."""
    app = QCoreApplication.instance()
    name = app.property("guichet_db") if app is not None else None
    return str(name) if name else "guichet.db"


DATE_EDIT_FORMAT = "dd/MM/yyyy"
"""Date fields read the same in Arabic and French; Qt's Arabic default is "yyyy MM d",
with no separators once laid out right to left."""


def error_text(error: BaseException) -> str:
    """A translated, actionable sentence for ``error`` (domain errors by code).

    In a right-to-left layout each value is isolated: a path, an address or a reference
    given by the core ("/home/agent/guichet.db", "(Permission denied)") would otherwise be
    reordered by the Arabic around it ("home/agent/guichet.db/").
    """
    if isinstance(error, (sqlite3.Error, DBAPIError)):
        # locked, disk full, read-only, damaged: the same one-line ways out as the CLI
        error = describe_database_error(error, _database_name())
    if isinstance(error, DomainError):
        template = ERROR_TEMPLATES.get(error.code)
        if template is None:
            return display_safe(error.message())
        text = QCoreApplication.translate("Errors", template)
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # a value may echo what someone typed or central sent: shown clean, like any data
        values = {k: display_safe(_param_text(v)) for k, v in error.params.items()}
        try:
            return text.format(**({k: isolate(v) for k, v in values.items()} if rtl else values))
        except (KeyError, IndexError):
            return display_safe(error.message(text))
    return QCoreApplication.translate(
        "Errors", "Unexpected error: {detail}. Try again; if it persists, call support."
    ).format(detail=type(error).__name__)


def _param_text(value: object) -> str:
    """A parameter of an error in the clerk's language when it is a code word the core uses
    (a role, an action, "manager or admin"); anything else (numbers, references) as it is."""
    text = str(value)
    if text in TERMS:
        return term(text)
    parts = text.split(" or ")
    if len(parts) > 1 and all(p in TERMS for p in parts):
        return QCoreApplication.translate("Terms", " or ").join(term(p) for p in parts)
    return text


# Values stored in the database, shown in the clerk's language.
TERMS: dict[str, str] = {
    "clerk": QT_TRANSLATE_NOOP("Terms", "clerk"),
    # the actions of desktop.services.auth.PERMISSIONS, as auth.forbidden names them
    "take payment": QT_TRANSLATE_NOOP("Terms", "take payments"),
    "manage settings": QT_TRANSLATE_NOOP("Terms", "change the settings"),
    "manage users": QT_TRANSLATE_NOOP("Terms", "manage users"),
    "view users": QT_TRANSLATE_NOOP("Terms", "see the users"),
    "approve": QT_TRANSLATE_NOOP("Terms", "approve"),
    " or ": QT_TRANSLATE_NOOP("Terms", " or "),
    "manager": QT_TRANSLATE_NOOP("Terms", "manager"),
    "admin": QT_TRANSLATE_NOOP("Terms", "admin"),
    "electricity": QT_TRANSLATE_NOOP("Terms", "electricity"),
    "gas": QT_TRANSLATE_NOOP("Terms", "gas"),
    "a device": QT_TRANSLATE_NOOP("Terms", "a device"),  # what --db is (db.not_a_file)
    "a named pipe (FIFO)": QT_TRANSLATE_NOOP(
        "Terms", "a named pipe (FIFO)"
    ),  # what --db is (db.not_a_file)
    "a socket": QT_TRANSLATE_NOOP("Terms", "a socket"),  # what --db is (db.not_a_file)
    "a special file": QT_TRANSLATE_NOOP("Terms", "a special file"),  # what --db is (db.not_a_file)
    "water": QT_TRANSLATE_NOOP("Terms", "water"),
    "sanitation": QT_TRANSLATE_NOOP("Terms", "sanitation"),
    "cash": QT_TRANSLATE_NOOP("Terms", "cash"),
    "card": QT_TRANSLATE_NOOP("Terms", "card"),
    "counter": QT_TRANSLATE_NOOP("Terms", "counter"),
    "online": QT_TRANSLATE_NOOP("Terms", "online"),
    "post": QT_TRANSLATE_NOOP("Terms", "post office"),
    "valid": QT_TRANSLATE_NOOP("Terms", "valid"),
    "held_by_central": QT_TRANSLATE_NOOP("Terms", "held by central"),
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
