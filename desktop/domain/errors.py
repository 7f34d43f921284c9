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

    "tariff.unknown": "Unknown tariff '{tariff}'. Use one of: {known}.",
    "tariff.quantity_negative": (
        "Consumption {quantity} is negative. Check the meter readings: "
        "the new index must not be below the previous one."
    ),
    "tariff.invalid": (
        "Tariff file {file} is not valid: {problem}. Correct the file or reinstall the tariff data."
    ),
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
