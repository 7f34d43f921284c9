"""Draw a receipt as a 1-bit image at the printer's width, in Arabic and French.

Why an image: thermal printers cannot shape Arabic from their code pages; drawn by Qt
(HarfBuzz shaping, Unicode bidi) and sent as raster, the receipt prints the same on every
ESC/POS printer. Amounts are formatted by ``desktop.money.format_money`` (no-break
separators, isolated) and drawn as one piece, so no bidi reordering can split them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop.domain.errors import DomainError
from desktop.money import Money, format_money
from desktop.services.receipts import ReceiptData
from desktop.text import display_safe_record
from reports.receipt_canvas import Canvas, has_arabic
from reports.receipt_labels import LABELS, label, stored_pair

WIDTHS = (384, 512, 576)


def render_receipt(
    data: ReceiptData, *, width: int = 576, languages: tuple[str, ...] = ("ar", "fr")
) -> QImage:
    """The receipt as a Format_Mono QImage ``width`` dots wide.

    ``languages``: label order, ("ar", "fr"), ("fr", "ar"), ("ar",) or ("fr",). A receipt
    already printed (``print_count`` > 0) is marked DUPLICATA with its number; a voided
    payment prints as a void slip.
    """
    _check(width, languages)
    # Names, addresses and header lines come from central and from people: no control
    # character or bidi override of theirs may reach the paper ("ALI ‮DIAP 0001" would
    # print as "ALI 1000 PAID"). The QR payload stays as hashed.
    data = display_safe_record(data, keep=frozenset({"verification"}))
    c = Canvas(width, languages, height_hint=900 + 140 * len(data.bills))
    money = _money_formatter(data.locale, languages)
    big = c.body + 8

    if data.voided:
        c.banner(_both(c, "void"))
    if data.total.minor < 0:  # a reversing payment (guichet correct): money given back
        c.banner(_both(c, "correction"))
    if data.is_duplicate:
        c.banner(_both(c, "duplicate"), count=data.print_count)
    c.space(c.body // 2)
    c.text(data.company_name, size=c.body + 6, bold=True)
    c.text(data.agency_name)
    for line in data.header_lines:
        _header_line(c, line)
    c.rule(dashed=False)
    c.pair(*LABELS["title"], size=c.body + 4, bold=True)
    c.rule(dashed=False)

    c.row(*LABELS["receipt_no"], data.receipt_no, bold=True)
    c.row(*LABELS["date"], data.issued_at.strftime("%d/%m/%Y %H:%M"))
    c.row(*LABELS["terminal"], f"{data.agency_code} / {data.terminal_code}")
    if data.clerk:
        c.row(*LABELS["clerk"], data.clerk)
    c.rule()
    c.row(*LABELS["account"], data.account_no, bold=True)
    if "fr" in languages and data.name_latin:
        c.text(data.name_latin, bold=True, align=Qt.AlignmentFlag.AlignLeft)
    if "ar" in languages and data.name_ar:
        c.text(data.name_ar, bold=True, align=Qt.AlignmentFlag.AlignRight)
    c.rule()

    if data.bills:
        c.pair(*LABELS["bills"], bold=True)
        for bill in data.bills:
            service = stored_pair(bill.service)
            c.space(c.body // 4)
            ar = service[1] if len(languages) == 2 else f"{service[1]}  {bill.bill_no}"
            c.pair(f"{bill.bill_no}  {service[0]}", ar, size=c.body - 2)
            period = f"{bill.period_start:%d/%m/%Y} - {bill.period_end:%d/%m/%Y}"
            c.ends(period, money(bill.amount), size=c.body - 2)
        c.rule()
    if data.credit:
        c.row(*LABELS["credit"], money(data.credit))
    c.row(*LABELS["total"], money(data.total), bold=True, size=big)
    c.rule()
    c.row(*LABELS["tender"], " / ".join(label(data.tender, lang) for lang in languages))
    if data.is_cash:
        if data.tendered is not None:
            c.row(*LABELS["tendered"], money(data.tendered))
        c.row(*LABELS["change"], money(data.change))
    else:
        c.row(*LABELS["card_no"], f"{data.card_scheme or ''} **** {data.card_last4 or ''}")
        if data.auth_code:
            c.row(*LABELS["auth_code"], data.auth_code)
        if data.terminal_ref:
            c.row(*LABELS["terminal_ref"], data.terminal_ref)
    c.rule()
    if data.balance_after.minor >= 0:
        c.row(*LABELS["balance"], money(data.balance_after), bold=True)
    else:
        c.row(*LABELS["balance_credit"], money(-data.balance_after), bold=True)
    if data.plan is not None:
        plan = data.plan
        c.rule()
        c.pair(*LABELS["plan"], bold=True)
        c.row(*LABELS["plan_ref"], plan.reference, size=c.body - 2)
        c.row(*LABELS["plan_paid"], f"{plan.paid_count} / {plan.count}")
        c.row(*LABELS["plan_remaining"], money(plan.remaining))
        if plan.next_due is not None and plan.next_amount is not None:
            c.row(*LABELS["plan_next"], f"{plan.next_due:%d/%m/%Y}  {money(plan.next_amount)}")
    if data.voided:
        c.rule()
        c.pair(*LABELS["void_note"], bold=True)
    c.rule()

    c.qr(data.verification)
    c.row(*LABELS["verify"], data.record_hash, size=c.body - 4)
    c.rule()
    for line in data.footer_lines:
        _header_line(c, line)
    if not data.footer_lines:
        c.pair(*LABELS["thanks"])
        c.pair(*LABELS["keep"], size=c.body - 2)
    if data.voided:
        c.banner(_both(c, "void"))
    return c.finish()


def render_test_page(
    *, width: int = 576, languages: tuple[str, ...] = ("ar", "fr"), printer: str = ""
) -> QImage:
    """A test page: both scripts, an amount, the full width marked, a QR code."""
    _check(width, languages)
    c = Canvas(width, languages, height_hint=900)
    c.banner(_both(c, "test_title"))
    c.space(c.body // 2)
    c.pair(*LABELS["test_ok"], bold=True)
    c.row(*LABELS["test_width"], f"{width} dots")
    if printer:
        c.text(printer, size=c.body - 4)
    c.rule(dashed=False)
    c.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 éèàçôù", align=Qt.AlignmentFlag.AlignLeft)
    c.text("أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ", align=Qt.AlignmentFlag.AlignRight)
    c.row(*LABELS["amount"], format_money(Money(123_456_789, "DZD"), "fr_DZ"), bold=True)
    c.rule(dashed=False)
    for x in (0, width - 8):  # both edges must print: the paper is as wide as configured
        c._painter.fillRect(x, c.y, 8, 40, Qt.GlobalColor.black)
    c.space(48)
    c.qr("GCH1;TEST")
    return c.finish()


def _money_formatter(locale: str, languages: tuple[str, ...]) -> Callable[[Money], str]:
    """Amounts with Western digits (as on the bills), in the Arabic style only on an
    Arabic-only receipt."""
    country = "MA" if locale.endswith("_MA") else "DZ"  # anything else: the default country
    fmt_locale = f"ar_{country}" if languages == ("ar",) else f"fr_{country}"

    def money(value: Money) -> str:
        return format_money(value, fmt_locale)

    return money


def _both(c: Canvas, key: str) -> str:
    return " / ".join(label(key, lang) for lang in c.languages)


def _header_line(c: Canvas, line: str) -> None:
    """A configured header/footer line: "texte français | نص عربي" prints as a pair."""
    if "|" in line:
        left, right = (part.strip() for part in line.split("|", 1))
        fr, ar = (right, left) if _arabic_first(left, right) else (left, right)
        c.pair(fr, ar, size=c.body - 2)
    else:
        c.text(line, size=c.body - 2)


def _arabic_first(left: str, right: str) -> bool:
    return has_arabic(left) and not has_arabic(right)


def _check(width: int, languages: tuple[str, ...]) -> None:
    if width not in WIDTHS:
        raise DomainError("printer.width_invalid", width=width)
    if not languages or any(lang not in ("ar", "fr") for lang in languages):
        raise ValueError(f"languages must be ar and/or fr, not {languages!r}")
