"""The installment agreement (échéancier, اتفاقية تسديد بالتقسيط) as an A4 PDF to sign.

Why this layout: the customer takes the paper home and keeps it beside their bills, so it says
in one sentence who agrees to what, then lists the bills covered, the terms (debt, down payment
with its receipt, amount scheduled, frequency), the dated schedule with a column to initial at
each payment, the undertakings (including the configured breaking rule, in days) and two
signature boxes. The title is also given in the other language of the country (Arabic under a
French title, French under an Arabic one): agencies print the language the customer reads and
the second title tells any reader what the document is.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from desktop.money import Money
from desktop.services.plan_views import PlanAgreement, PlanView
from desktop.text import display_safe_record
from reports.pdf_common import (
    ACCENT,
    BAND,
    CONTENT_W,
    INK,
    MUTED,
    Column,
    Document,
    check_writable,
    fmt_amount,
    fmt_date,
    fmt_money,
    iso,
    ltr,
    tr_key,
    write_atomically,
)
from reports.pdf_labels import has_label, label
from reports.pdf_text import fit, layout

__all__ = ["check_writable", "render_plan_agreement", "write_plan_agreement"]

SECOND_LANG = {"fr": "ar", "ar": "fr", "en": "fr"}


def _holder(agreement: PlanAgreement, lang: str) -> str:
    a = agreement.account
    first, second = (a.name_ar, a.name_latin) if lang == "ar" else (a.name_latin, a.name_ar)
    return f"{iso(first)} ({iso(second)})" if second else iso(first)


def _frequency(months: int, lang: str) -> str:
    key = f"agr.freq.{months}"
    return label(key, lang) if has_label(key) else label("agr.freq.n", lang, n=ltr(str(months)))


def _header(doc: Document, a: PlanAgreement, lang: str) -> None:
    doc.y -= 16
    doc.put(fit(iso(a.issuer.company_name), CONTENT_W, 14, True, doc.rtl), 0, CONTENT_W, doc.y)
    doc.y -= 14
    doc.color(MUTED)
    doc.put(
        layout(iso(a.issuer.agency_name) + f" ({ltr(a.issuer.agency_code)})", 9, False, doc.rtl),
        0,
        CONTENT_W,
        doc.y,
    )
    doc.color(INK)
    doc.y -= 8
    doc.rule(doc.y, ACCENT, 1)
    doc.y -= 30
    doc.color(ACCENT)
    doc.put(layout(label("agr.title", lang), 19, True, doc.rtl), 0, CONTENT_W, doc.y, "center")
    doc.y -= 17
    other = SECOND_LANG[lang]
    doc.put(layout(label("agr.title", other), 11, False, doc.rtl), 0, CONTENT_W, doc.y, "center")
    doc.color(MUTED)
    doc.y -= 16
    ref = label(
        "agr.reference", lang, ref=ltr(a.plan.reference), date=fmt_date(a.plan.agreed_on, lang)
    )
    doc.put(layout(ref, 8.5, False, doc.rtl), 0, CONTENT_W, doc.y, "center")
    doc.color(INK)
    doc.y -= 14


def _bills(doc: Document, a: PlanAgreement, lang: str) -> None:
    plan = a.plan
    cur = label("currency." + plan.currency, lang)
    doc.heading(label("agr.bills", lang), 10)
    cols = [
        Column("bill", label("agr.col.bill", lang), 38 * mm),
        Column("service", label("agr.col.service", lang), 32 * mm),
        Column("period", label("agr.col.period", lang), 48 * mm),
        Column("due", label("agr.col.due", lang), 28 * mm),
        Column(
            "open", f"{label('agr.col.open', lang)} ({cur})", CONTENT_W - 146 * mm, numeric=True
        ),
    ]
    rows = [
        [
            ltr(b.bill_no),
            tr_key("service", b.service, lang).capitalize(),
            ltr(f"{b.period_start:%d/%m/%Y} – {b.period_end:%d/%m/%Y}"),
            fmt_date(b.due_date, lang),
            fmt_amount(b.open_at_start, lang),
        ]
        for b in plan.bills
    ]
    rows.append([label("agr.total", lang), "", "", "", fmt_amount(plan.total, lang)])
    doc.table(cols, rows, size=8, row_h=13, bold_rows=frozenset({len(rows) - 1}))


def _terms(doc: Document, a: PlanAgreement, lang: str) -> None:
    plan = a.plan
    doc.heading(label("agr.summary", lang), 10)
    down = fmt_money(plan.down_payment, lang)
    if plan.down_receipt_no:
        down = label("agr.down_receipt", lang, amount=down, receipt=ltr(plan.down_receipt_no))
    items = [
        (label("agr.debt", lang), fmt_money(plan.total, lang)),
        (label("agr.down", lang), down),
        (label("agr.financed", lang), fmt_money(plan.financed, lang)),
        (label("agr.count", lang), ltr(str(len(plan.installments)))),
        (label("agr.frequency", lang), _frequency(plan.frequency_months, lang)),
        (label("agr.rounding", lang), _rounding(plan, lang)),
    ]
    doc.pairs(items, key_w=55 * mm, value_w=CONTENT_W - 55 * mm, size=9.5, value_align="start")


def _rounding(plan: PlanView, lang: str) -> str:
    """The rounding rule in words: the regular installment, and the last taking the remainder
    so that the installments add up exactly to the amount scheduled (issue 14)."""
    amounts = [i.amount for i in plan.installments]
    if len(amounts) < 2:
        return label("agr.rounding.single", lang)
    return label(
        "agr.rounding.rule",
        lang,
        regular=fmt_money(amounts[0], lang),
        last=fmt_money(amounts[-1], lang),
        financed=fmt_money(plan.financed, lang),
    )


def _schedule(doc: Document, a: PlanAgreement, lang: str) -> None:
    plan = a.plan
    cur = label("currency." + plan.currency, lang)
    doc.heading(label("agr.schedule", lang), 10)
    cols = [
        Column("seq", label("agr.col.seq", lang), 18 * mm),
        Column("due", label("agr.col.due", lang), 40 * mm),
        Column("amount", f"{label('agr.col.amount', lang)} ({cur})", 45 * mm, numeric=True),
        Column("paid", label("agr.col.paid", lang), CONTENT_W - 103 * mm),
    ]
    rows = [
        [ltr(str(i.seq)), fmt_date(i.due_date, lang), fmt_amount(i.amount, lang), ""]
        for i in plan.installments
    ]
    total = Money(sum(i.amount.minor for i in plan.installments), plan.currency)
    rows.append([label("agr.total", lang), "", fmt_amount(total, lang), ""])
    doc.table(cols, rows, size=8.5, row_h=13.5, bold_rows=frozenset({len(rows) - 1}))


def _undertakings(doc: Document, a: PlanAgreement, lang: str) -> None:
    plan = a.plan
    doc.heading(label("agr.commitments", lang), 10)
    rules = [
        label("agr.rule.pay", lang),
        label("agr.rule.order", lang),
        label("agr.rule.current", lang),
        label("agr.rule.break", lang, days=ltr(str(plan.break_after_days))),
    ]
    for n, rule in enumerate(rules, 1):
        doc.text(f"{ltr(str(n))}. {rule}", 9, leading=13)
    if plan.previous:
        doc.gap(3)
        doc.text(label("agr.previous", lang, ref=ltr(plan.previous)), 8.5, color=MUTED)
    if plan.approved_by and plan.approval_reason:
        doc.gap(3)
        doc.text(
            label(
                "agr.approved",
                lang,
                name=iso(a.approver or plan.approved_by),
                reason=iso(plan.approval_reason),
            ),
            8.5,
            color=MUTED,
        )
    if a.clerk:
        doc.text(label("agr.clerk", lang, name=iso(a.clerk)), 8.5, color=MUTED)


def _signatures(doc: Document, a: PlanAgreement, lang: str) -> None:
    doc.need(104)
    doc.y -= 18
    half = CONTENT_W / 2
    place = label(
        "cert.place_date",
        lang,
        city=iso(a.issuer.agency_name),
        date=fmt_date(a.plan.agreed_on, lang),
    )
    doc.put(layout(place, 9.5, False, doc.rtl), 0, CONTENT_W, doc.y, "center")
    doc.y -= 16
    for x, key in ((0, "agr.sign.customer"), (half, "agr.sign.agency")):
        doc.put(layout(label(key, lang), 9, True, doc.rtl), x, half, doc.y, "center")
    doc.y -= 64
    doc.rect(20, doc.y, half - 40, 56, stroke=BAND)
    doc.rect(half + 20, doc.y, half - 40, 56, stroke=BAND)


def render_plan_agreement(agreement: PlanAgreement, lang: str) -> bytes:
    """The agreement of one plan as PDF bytes, in ``lang`` (ar, fr or en)."""
    agreement = display_safe_record(agreement)  # names and addresses come from outside
    title = label("agr.title", lang)
    doc = Document(
        lang,
        title,
        f"{iso(agreement.issuer.company_name)} — {title} {ltr(agreement.plan.reference)}",
        author=f"{agreement.issuer.company_name} — {agreement.issuer.agency_name}",
    )
    _header(doc, agreement, lang)
    body = label(
        "agr.parties",
        lang,
        company=iso(agreement.issuer.company_name),
        agency=iso(agreement.issuer.agency_name),
        name=_holder(agreement, lang),
        account=ltr(agreement.account.account_no),
    )
    doc.text(body, 10, leading=15)
    doc.gap(4)
    _bills(doc, agreement, lang)
    _terms(doc, agreement, lang)
    _schedule(doc, agreement, lang)
    _undertakings(doc, agreement, lang)
    _signatures(doc, agreement, lang)
    return doc.render()


def write_plan_agreement(agreement: PlanAgreement, lang: str, path: Path) -> Path:
    """Render and write atomically (the file is whole or untouched); returns the path."""
    return write_atomically(render_plan_agreement(agreement, lang), path)
