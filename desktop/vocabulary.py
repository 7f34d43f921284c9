"""The stored words of Guichet: each code word the core keeps or sends, once, with its English.

Why one catalogue: a tender, a service, a category or a void reason is shown by the window,
printed on receipts and written in PDFs. When each kept its own table they drifted (Arabic
"cash" was نقدًا on screen and نقدا on paper). Here each word has a code ``kind.value`` (the
kind says where the value lives: ``tender.cash`` is ``payments.tender = 'cash'``) and its
English; the Arabic and French are in the translators' file (``ui/i18n/guichet_*.ts``,
context ``Vocabulary``, the code as disambiguation), which ``python -m ui.i18n.update`` fills
from this table. The window reads them through Qt, receipts and PDFs through
``reports.translations`` (no Qt).
"""

from __future__ import annotations

CONTEXT = "Vocabulary"
"""The Qt Linguist context of these words in the ``.ts`` files."""

WORDS: dict[str, str] = {
    # roles and what they may do (desktop.services.auth), as auth.forbidden names them
    "role.clerk": "clerk",
    "role.manager": "manager",
    "role.admin": "admin",
    "action.take payment": "take payments",
    "action.manage settings": "change the settings",
    "action.manage users": "manage users",
    "action.view users": "see the users",
    "action.approve": "approve",
    # services of a service point (service_points.service)
    "service.electricity": "electricity",
    "service.gas": "gas",
    "service.water": "water",
    "service.sanitation": "sanitation",
    # units of consumption (tariffs, readings)
    "unit.kWh": "kWh",
    "unit.m3": "m³",
    "unit.th": "th",
    # fees of the tariff files (desktop/tariffs/*.toml, [[fees]] code)
    "fee.meter_rental": "Meter rental",
    "fee.fixed_charge": "Fixed charge",
    # what a --db path is when it is not a file (db.not_a_file)
    "file_kind.a device": "a device",
    "file_kind.a named pipe (FIFO)": "a named pipe (FIFO)",
    "file_kind.a socket": "a socket",
    "file_kind.a special file": "a special file",
    # tenders (payments.tender) and channels (payments.channel)
    "tender.cash": "cash",
    "tender.card": "card",
    "channel.counter": "counter",
    "channel.online": "online",
    "channel.post": "post office",
    "channel.agency": "agency",
    "channel.other": "other channel",
    # state of a payment and of an account
    "payment_status.valid": "valid",
    "payment_status.held_by_central": "held by central",
    "payment_status.void": "void",
    "payment_status.voided": "void",
    "account_status.active": "active",
    "account_status.closed": "closed",
    # billing frequency of an account
    "frequency.monthly": "monthly",
    "frequency.bimonthly": "every two months",
    "frequency.quarterly": "quarterly",
    # customer categories (accounts.category)
    "category.residential_individual": "residential, individual",
    "category.residential_collective": "residential, collective",
    "category.professional": "professional",
    "category.administration": "administration",
    # what a search looked in
    "search.account": "account",
    "search.bill": "bill",
    "search.meter": "meter",
    "search.phone": "phone",
    "search.name": "name",
    "search.name_variant": "name (other spelling)",
    "search.name_prefix": "start of the name",
    "search.name_typo": "name (one letter differs)",
    "search.address": "address",
    # state of the till on this terminal
    "till_state.open": "open",
    "till_state.none": "not opened",
    # age of unpaid bills (desktop.services.dashboard.BUCKETS, statements' aging table)
    "aging.0-30": "0–30 days",
    "aging.31-90": "31–90 days",
    "aging.91-180": "91–180 days",
    "aging.>180": "over 180 days",
    # reasons for voiding a payment (void_reason)
    "void_reason.wrong_amount": "wrong amount",
    "void_reason.wrong_account": "wrong account",
    "void_reason.wrong_tender": "wrong tender",
    "void_reason.duplicate": "duplicate payment",
    "void_reason.customer_request": "customer request",
    "void_reason.other": "other (describe)",
    # fields named by input.invalid ("{field}: {problem}") when a service refuses a value
    "input_field.action": "action",
    "input_field.denominations": "denominations",
    "input_field.index": "index",
    "input_field.old_final": "final index of the old meter",
    "input_field.new_start": "first index of the new meter",
    "input_field.kind": "kind",
    "input_field.language": "language",
    "input_field.note": "note",
    "input_field.printer_fragment_height": "image fragment height",
    "input_field.reason": "reason",
    "input_field.role": "role",
    "input_field.setup": "set-up",
    "input_field.terminal_ref": "terminal reference",
    "input_field.timezone": "time zone",
    "input_field.user": "user",
}
"""Code (``kind.value``) → English. The value part is exactly what the core stores or sends."""


def code_of(kind: str, value: str) -> str | None:
    """The catalogue code of a stored ``value`` of ``kind`` (None when it has none)."""
    code = f"{kind}.{value}"
    return code if code in WORDS else None


def codes_of_value(value: str) -> list[str]:
    """Every code whose stored value is ``value`` (whatever its kind), in catalogue order."""
    return [code for code in WORDS if code.split(".", 1)[1] == value]
