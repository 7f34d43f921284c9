"""Payment certificate and no-debt certificate (attestation de non-dette, شهادة براءة الذمة).

Why one layout for both: an attestation is read by a third party (a landlord, a notary, an
administration) who looks for the same things in the same places: who issues it, the
title, one sentence that says what is attested, the details, place, date and the branch
manager's stamp. The sentence carries every value as an isolated unit so that account
numbers, amounts and dates stay whole inside Arabic text.
"""

from __future__ import annotations

from collections.abc import Callable

import qrcode
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.services.certificates import (
    Issuance,
    Issuer,
    NoDebtCertificate,
    PaymentCertificate,
)
from desktop.services.statements import AccountHeader
from desktop.text import display_safe_record
from reports.pdf_common import (
    ACCENT,
    BAND,
    CONTENT_W,
    INK,
    MUTED,
    Column,
    Document,
    fmt_amount,
    fmt_date,
    fmt_money,
    iso,
    ltr,
    tr_key,
)
from reports.pdf_labels import label
from reports.pdf_text import fit, layout


def _holder(account: AccountHeader, lang: str) -> str:
    """Both spellings of the name, the document language's first."""
    first, second = (
        (account.name_ar, account.name_latin)
        if lang == "ar"
        else (account.name_latin, account.name_ar)
    )
    return f"{iso(first)} ({iso(second)})" if second else iso(first)


def _frame(doc: Document, issuer: Issuer, title: str, reference: str, lang: str) -> None:
    doc.y -= 16
    doc.put(fit(iso(issuer.company_name), CONTENT_W, 14, True, doc.rtl), 0, CONTENT_W, doc.y)
    doc.y -= 14
    doc.color(MUTED)
    doc.put(
        layout(iso(issuer.agency_name) + f" ({ltr(issuer.agency_code)})", 9, False, doc.rtl),
        0,
        CONTENT_W,
        doc.y,
    )
    doc.color(INK)
    doc.y -= 8
    doc.rule(doc.y, ACCENT, 1)
    doc.y -= 42
    doc.color(ACCENT)
    doc.put(layout(title, 20, True, doc.rtl), 0, CONTENT_W, doc.y, "center")
    doc.color(MUTED)
    doc.y -= 18
    ref = (
        f"{label('cert.reference', lang)} : {ltr(reference)}"
        if lang == "fr"
        else (f"{label('cert.reference', lang)}: {ltr(reference)}")
    )
    doc.put(layout(ref, 8.5, False, doc.rtl), 0, CONTENT_W, doc.y, "center")
    doc.color(INK)
    doc.y -= 26


QR_SIZE = 30 * mm


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR code of ``data`` as the receipts draw it (level M, mask 2, no quiet zone)."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=2
    )
    code.add_data(data)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def _qr(data: str, x: float, y: float) -> Callable[[Canvas], None]:
    """A draw operation: the QR code of ``data``, QR_SIZE square, lower-left at (x, y); each
    horizontal run of dark modules is one filled rectangle (vector, sharp at any zoom)."""
    matrix = qr_matrix(data)
    cell = QR_SIZE / len(matrix)
    runs: list[tuple[int, int, int]] = []  # (row, first column, length)
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1

    def draw(canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFillColor(INK)
        for r, start, length in runs:
            canvas.rect(
                x + start * cell,
                y + QR_SIZE - (r + 1) * cell,
                length * cell,
                cell,
                stroke=0,
                fill=1,
            )
        canvas.restoreState()

    return draw


def _issuance(doc: Document, issuance: Issuance, lang: str) -> None:
    """Who issued the certificate and when (the register's real values), its own
    verification code, and the QR code carrying the verification string."""
    doc.need(QR_SIZE + 20)
    doc.y -= 10
    top = doc.y
    text_w = CONTENT_W - QR_SIZE - 8 * mm
    when = issuance.issued_at
    issued = label(
        "cert.issued",
        lang,
        date=fmt_date(when.date(), lang),
        time=ltr(f"{when:%H:%M}"),
        name=iso(issuance.issued_by_name or issuance.issued_by),
    )
    doc.text(issued, 9.5, width=text_w)
    doc.pairs(
        [
            (label("cert.reference", lang), ltr(issuance.number)),
            (label("cert.own_check", lang), ltr(issuance.record_hash.upper())),
        ],
        key_w=55 * mm,
        value_w=text_w - 55 * mm,
        size=9,
        value_align="start",
    )
    doc.text(label("cert.verify_note", lang), 8, width=text_w, color=MUTED)
    left = doc.left(CONTENT_W - QR_SIZE, QR_SIZE)
    doc.op(_qr(issuance.verification, left, top - QR_SIZE))
    doc.y = min(doc.y, top - QR_SIZE)


def _signature(doc: Document, city: str, day_text: str, lang: str) -> None:
    doc.need(110)
    doc.y -= 30
    half = CONTENT_W / 2
    place = label("cert.place_date", lang, city=iso(city), date=day_text) if city else day_text
    doc.put(layout(place, 10, False, doc.rtl), half, half, doc.y, "center")
    doc.y -= 16
    doc.put(layout(label("cert.signature", lang), 9, True, doc.rtl), half, half, doc.y, "center")
    doc.y -= 70
    doc.rect(half + 30, doc.y, half - 60, 60, stroke=BAND)


def render_payment_certificate(cert: PaymentCertificate, lang: str) -> bytes:
    """The payment certificate as PDF bytes."""
    cert = display_safe_record(cert, keep=frozenset({"verification"}))
    r = cert.receipt
    title = label("cert.payment.title", lang)
    doc = Document(
        lang,
        title,
        f"{iso(cert.issuer.company_name)} — {title} {ltr(cert.reference)}",
        author=f"{cert.issuer.company_name} — {cert.issuer.agency_name}",
        created=cert.issuance.issued_at,
    )
    _frame(doc, cert.issuer, title, cert.reference, lang)
    body = label(
        "cert.payment.body",
        lang,
        company=iso(cert.issuer.company_name),
        agency=iso(cert.issuer.agency_name),
        name=_holder(cert.account, lang),
        account=ltr(r.account_no),
        amount=fmt_money(r.total, lang),
        date=fmt_date(r.issued_at.date(), lang),
        receipt=ltr(r.receipt_no),
    )
    doc.text(body, 11, leading=18)
    doc.gap(12)
    tender = tr_key("tender", r.tender, lang)
    details = [
        (label("cert.receipt", lang), ltr(r.receipt_no)),
        (
            label("cert.date", lang),
            fmt_date(r.issued_at.date(), lang) + " " + ltr(f"{r.issued_at:%H:%M}"),
        ),
        (label("cert.amount", lang), fmt_money(r.total, lang)),
        (label("cert.tender", lang), tender),
    ]
    if r.tender == "card":
        details.append(
            (label("cert.card", lang), ltr(f"{r.card_scheme or ''} •••• {r.card_last4 or ''}"))
        )
        if r.auth_code:
            details.append((label("cert.auth", lang), ltr(r.auth_code)))
    if r.credit:
        details.append((label("cert.credit", lang), fmt_money(r.credit, lang)))
    if r.clerk:
        details.append((label("cert.clerk", lang), iso(r.clerk)))
    details.append((label("cert.check", lang), ltr(r.record_hash.upper())))
    doc.pairs(details, key_w=55 * mm, value_w=CONTENT_W - 55 * mm, size=9.5, value_align="start")
    if r.bills:
        doc.gap(8)
        doc.heading(label("cert.bills", lang), 10)
        cols = [
            Column("bill", label("cert.bill", lang), 50 * mm),
            Column("service", label("col.description", lang), 45 * mm),
            Column("period", label("cert.period", lang), 45 * mm),
            Column(
                "amount",
                f"{label('cert.amount', lang)} ({label('currency.' + r.total.currency, lang)})",
                CONTENT_W - 140 * mm,
                numeric=True,
            ),
        ]
        rows = [
            [
                ltr(b.bill_no),
                tr_key("service", b.service, lang).capitalize(),
                ltr(f"{b.period_start:%d/%m/%Y} – {b.period_end:%d/%m/%Y}"),
                fmt_amount(b.amount, lang),
            ]
            for b in r.bills
        ]
        doc.table(cols, rows, size=8.5, row_h=15)
    doc.gap(10)
    doc.text(label("cert.purpose", lang), 9.5, color=MUTED)
    _issuance(doc, cert.issuance, lang)
    _signature(doc, cert.issuer.agency_name, fmt_date(cert.issued_on, lang), lang)
    return doc.render()


def render_no_debt_certificate(cert: NoDebtCertificate, lang: str) -> bytes:
    """The no-debt certificate as PDF bytes."""
    cert = display_safe_record(cert, keep=frozenset({"verification"}))
    title = label("cert.nodebt.title", lang)
    doc = Document(
        lang,
        title,
        f"{iso(cert.issuer.company_name)} — {title} {ltr(cert.reference)}",
        author=f"{cert.issuer.company_name} — {cert.issuer.agency_name}",
        created=cert.issuance.issued_at,
    )
    _frame(doc, cert.issuer, title, cert.reference, lang)
    body = label(
        "cert.nodebt.body",
        lang,
        company=iso(cert.issuer.company_name),
        agency=iso(cert.issuer.agency_name),
        name=_holder(cert.account, lang),
        account=ltr(cert.account.account_no),
        date=fmt_date(cert.as_of, lang),
    )
    doc.text(body, 11, leading=18)
    if cert.credit:
        doc.gap(4)
        doc.text(label("cert.nodebt.credit", lang, amount=fmt_money(cert.credit, lang)), 10)
    doc.gap(12)
    a = cert.account
    address = iso(", ".join(p for p in (a.address, a.district, a.city) if p))
    details = [
        (label("account_no", lang), ltr(a.account_no)),
        (label("category", lang), tr_key("category", a.category, lang)),
        (label("address", lang), address),
    ]
    doc.pairs(details, key_w=55 * mm, value_w=CONTENT_W - 55 * mm, size=9.5, value_align="start")
    if cert.services:
        doc.gap(8)
        doc.heading(label("cert.services", lang), 10)
        cols = [
            Column("service", label("col.description", lang), 80 * mm),
            Column("meter", label("meters", lang), CONTENT_W - 80 * mm),
        ]
        rows = [[tr_key("service", s, lang).capitalize(), ltr(m)] for s, m in cert.services]
        doc.table(cols, rows, size=9, row_h=15)
    if cert.last_payment_date and cert.last_receipt_no:
        doc.gap(6)
        doc.text(
            label(
                "cert.last_payment",
                lang,
                date=fmt_date(cert.last_payment_date, lang),
                receipt=ltr(cert.last_receipt_no),
            ),
            9,
            color=MUTED,
        )
    doc.gap(10)
    doc.text(label("cert.purpose", lang), 9.5, color=MUTED)
    _issuance(doc, cert.issuance, lang)
    _signature(doc, cert.issuer.agency_name, fmt_date(cert.as_of, lang), lang)
    return doc.render()
