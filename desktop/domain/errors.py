"""Domain errors: a stable code plus parameters, turned into words only at the edges.

Why codes: the same refusal must read well in the CLI (English), in the window (Arabic,
French, English through Qt Linguist) and in JSON for automation. Each message says what is
wrong and what to do about it.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, str] = {
    "currency.unknown": "Unknown currency {currency}. Use one of: {supported}.",
    "currency.mismatch": "Cannot combine {left} and {right} amounts. Enter the amount in {left}.",
    "amount.empty": "No amount was entered. Type an amount such as 1250,00.",
    "amount.not_a_number": "'{text}' is not an amount. Type digits, e.g. 1250,50 or ١٢٥٠٫٥٠.",
    "amount.negative": "Amounts must be positive ('{text}'). Enter the amount received.",
    "amount.zero": "The amount is zero. Enter the amount received.",
    "amount.too_precise": "'{text}' has more than {decimals} decimals. Round it to the centime.",
    "amount.too_large": "'{text}' is too large. Check the amount and type it again.",
    "amount.over_maximum": (
        "{amount} is above the maximum of {maximum} for one payment. "
        "Split it or ask the branch manager."
    ),
    "account.not_found": "No account {account_no}. Check the number or search by name.",
    "account.closed": "Account {account_no} is closed: payments are refused. Send the customer to the branch manager.",
    "bill.not_found": "No bill {bill_no} on account {account_no}. Check the reference on the bill.",
    "bill.already_paid": "Bill {bill_no} is already paid. Remove it from the selection.",
    "bill.duplicate": "Bill {bill_no} is listed twice. List each bill once.",
    "payment.overpayment": (
        "{amount} is more than the {due} due, and this agency does not keep credit. "
        "Take {due} at most."
    ),
    "payment.nothing_due": (
        "Nothing is due on account {account_no} and this agency does not keep credit. "
        "No payment is needed."
    ),
    "payment.tendered_short": "{tendered} tendered is less than the {amount} to pay. Ask for more cash or lower the amount.",
    "payment.tender_unknown": "Unknown tender '{tender}'. Use cash or card.",
    "card.last4_invalid": "Card: type the last 4 digits only (got '{text}'). Never type the full card number.",
    "card.auth_missing": "Card: the authorisation code from the terminal slip is missing. Copy it from the slip.",
    "card.auth_invalid": "Card: authorisation code '{text}' is not valid (2 to 12 letters or digits). Copy it from the slip.",
    "card.scheme_unknown": "Unknown card scheme '{scheme}'. Use one of: {supported}.",
    "card.tendered_not_allowed": "'Tendered' only applies to cash. Remove it for a card payment.",
    "auth.unknown_user": "Unknown user or wrong password. Check both and try again.",
    "auth.wrong_password": "Unknown user or wrong password. Check both and try again.",
    "auth.locked": "User {username} is locked after too many wrong passwords. Ask an administrator.",
    "auth.inactive": "User {username} is disabled. Ask an administrator.",
    "auth.forbidden": "User {username} ({role}) may not {action}. Ask a {needed}.",
    "config.missing": "No configuration: {what}. Run 'guichet init' or the first-run assistant.",
    "db.not_initialised": "Database {path} has no Guichet schema. Run 'guichet init --db {path}' first.",
    "db.outdated": "Database {path} is at an older version. Run 'guichet init --db {path}' to upgrade it.",
    "search.empty": "Type at least one letter or digit to search.",
    "demo.profile_unknown": "Unknown demo profile '{profile}'. Use dz or ma.",
    "demo.not_empty": "Database {path} already holds {count} accounts. Use a new --db path.",
    "input.invalid": "{field}: {problem}",
    "session.none_open": "{username} has no open cash session on terminal {terminal}. Open one with the counted float first.",
    "session.already_open": "Terminal {terminal} already has an open cash session ({username}). Close it before opening another.",
    "session.pickup_too_large": "A pickup of {amount} is more than the {available} in the till. Count again and enter a smaller amount.",
    "session.validation_required": "The {tender} count differs by {difference} (tolerance {tolerance}). A manager must validate it with a justification.",
    "session.justification_required": "Write why the count differs before the manager validates it.",
    "session.not_found": "No cash session {session}. Check the reference.",
    "day.closed": "The business day {day} is closed: nothing more can be recorded for it. Open a session tomorrow.",
    "day.sessions_open": "The day cannot be closed: sessions still open on {terminals}. Close them first.",
    "day.not_open": "No business day {day} to close: no session was opened that day.",
    "approval.same_person": "{username} cannot approve their own request: another manager must type their credentials.",
    "payment.not_found": "No payment with receipt {receipt_no}. Check the receipt number.",
    "void.not_same_day": "Receipt {receipt_no} is from {day}: only payments of today's open session can be voided. Record a correction instead.",
    "void.session_closed": "The cash session of receipt {receipt_no} is closed: it can no longer be voided. Record a correction instead.",
    "void.already_void": "Receipt {receipt_no} is already voided.",
    "void.reason_unknown": "Unknown void reason '{reason}'. Use one of: {known}.",
    "void.credit_used": "Receipt {receipt_no} put {credit} on the account credit, and only {available} is left. Settle that first with the branch manager.",
    "journal.broken": "The journal is broken at entry {seq}: {reason}. Keep the database as it is and call the branch manager.",
    "auth.weak_password": "That password is too weak: use 8 characters or more, not only digits, not the user name.",
    "user.not_found": "No user {username}. Check the name with 'guichet user list'.",
    "user.exists": "User {username} already exists. Choose another name.",
    "cash.unknown_denomination": "{value} is not a {currency} note or coin here. Count with the listed denominations.",
    "cash.bad_count": "The count for {value} must be a whole number of 0 or more (got {count}). Count again.",
    "tariff.unknown": "Unknown tariff '{tariff}'. Use one of: {known}.",
    "tariff.quantity_negative": (
        "Consumption {quantity} is negative. Check the meter readings: "
        "the new index must not be below the previous one."
    ),
    "tariff.invalid": (
        "Tariff file {file} is not valid: {problem}. Correct the file or reinstall the tariff data."
    ),
    "receipt.not_found": "No receipt {receipt_no}. Check the number printed on the receipt or find the payment on the account.",
    "printer.uri_invalid": (
        "Printer address '{uri}' is not valid: {problem}. Use tcp://HOST:9100, usb://VID:PID, "
        "serial:///dev/ttyUSB0?baudrate=19200, cups://QUEUE, win://NAME or file:///PATH."
    ),
    "printer.width_invalid": "Printer width {width} is not supported. Use 384, 512 or 576 dots.",
    "printer.offline": (
        "Printer {printer} does not answer ({detail}). Check that it is switched on and "
        "connected, then retry: the receipt stays in the print queue."
    ),
    "printer.timeout": (
        "Printer {printer} did not answer within {seconds} s. Check the cable or network and "
        "that the printer is not busy, then retry: the receipt stays in the print queue."
    ),
    "printer.out_of_paper": (
        "Printer {printer} is out of paper. Load a new roll and close the cover, then retry: "
        "the receipt stays in the print queue."
    ),
    "printer.cover_open": (
        "Printer {printer} reports an error or an open cover. Close the cover and clear any "
        "paper jam, then retry: the receipt stays in the print queue."
    ),
    "printer.disconnected": (
        "Printer {printer} was disconnected while printing ({detail}). Reconnect it and "
        "retry; check the printed receipt, and reprint it if it is incomplete."
    ),
    "printer.driver_missing": (
        "Printing to {printer} needs {package}, which is not installed. Install it "
        "(pip install {package}) or choose another printer connection."
    ),
    "printer.failed": "Printer {printer} refused the job: {detail}. Check the printer and its settings, then retry.",
    "printer.interrupted": (
        "Printing on {printer} was interrupted (the program stopped while printing). Check "
        "whether the receipt came out; retry the job if it did not."
    ),
    "print_job.not_found": "No print job {job}. Refresh the print queue and pick a job from it.",
    "print_job.done": "Print job {job} has already been printed. Use reprint to print a duplicate.",
    "printer.not_configured": (
        "No receipt printer is configured for this terminal. Set one in the settings "
        "(printer_uri) or pass --printer URI."
    ),
    "statement.period_reversed": (
        "The period starts on {date_from}, after it ends on {date_to}. "
        "Swap the two dates (--from is the first day, --to the last)."
    ),
    "date.invalid": "{field} '{text}' is not a date. Type it as YYYY-MM-DD, e.g. 2024-03-31.",
    "certificate.payment_voided": (
        "Receipt {receipt_no} was voided: no payment certificate can be issued for it. "
        "Check the receipt number, or issue the certificate of the payment that replaced it."
    ),
    "certificate.debt_outstanding": (
        "Account {account_no} still owes {due} on {count} bill(s): {bills}. A no-debt "
        "certificate is issued only when nothing is due: take the payment first."
    ),
    "pdf.output_unwritable": (
        "Cannot write the PDF to {path} ({problem}). Choose a file in a folder that exists "
        "and that you may write to."
    ),
    "day.report_failed": (
        "The business day {day} is closed (Z {z_number}) but its report could not be written "
        "to {path} ({problem}). The totals are stored: reprint the report with "
        "'guichet z-report --day {day} --report FILE.pdf'."
    ),
    "day.not_closed": (
        "The business day {day} is still open: it has no Z report yet. Close it first with "
        "'guichet close-day --user MANAGER --day {day} --report FILE.pdf'."
    ),
    "day.unknown": (
        "No business day {day} for agency {agency}: no cash session was opened that day. "
        "Check the date (YYYY-MM-DD)."
    ),
    "sync.offline": (
        "The central database cannot be reached ({problem}). Keep working: payments wait in "
        "the queue and are sent when the network is back."
    ),
    "sync.busy": "The central database is busy ({problem}). Nothing was lost: sync again in a minute.",
    "sync.failed": "Synchronisation stopped ({problem}). Nothing was lost: payments stay in the queue. Tell support if it repeats.",
    "sync.not_agency": (
        "The central login '{user}' is not an agency login. Use the connection settings printed "
        "by 'guichet central add-agency'."
    ),
    "sync.wrong_agency": (
        "This terminal belongs to agency {local}, but the central login is agency {remote}'s. "
        "Use this agency's connection settings; nothing was sent."
    ),
    "central.url_missing": "No central database address. Pass --url or set $GUICHET_CENTRAL_URL.",
    "central.url_invalid": "'{url}' is not a PostgreSQL address. Use postgresql://USER@HOST:5432/DATABASE.",
    "central.not_initialised": "The central database {url} has no Guichet schema. Run 'guichet central init --url ...' first.",
    "central.agency_exists": "Agency {code} already exists. Use --new-password to give it a new password.",
    "central.unreachable": "Cannot use the central database {url} ({problem}). Check the address, that PostgreSQL runs and that this login may connect.",
    "central.agency_code_invalid": "'{code}' is not an agency code: use 1 to 16 letters, digits, '-' or '_'.",
}


class DomainError(Exception):
    """A refusal the user can act on.

    Fields:
        code: stable identifier, a key of ``MESSAGES`` (e.g. ``"amount.negative"``).
        params: values substituted into the message; plain strings and numbers.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self, template: str | None = None) -> str:
        """The message in English, or formatted into ``template`` (e.g. a translation)."""
        text = template or MESSAGES.get(self.code, self.code)
        try:
            return text.format(**self.params)
        except (KeyError, IndexError):
            return f"{text} {self.params}"

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"error": code, "message": ..., "params": {...}}``."""
        return {
            "error": self.code,
            "message": self.message(),
            "params": {k: str(v) for k, v in self.params.items()},
        }
