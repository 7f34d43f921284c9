"""The account statement PDF: header, summary and aging, movements with running balance,
installment plan, consumption charts.

Why this order on the page: the clerk and the customer first look for *how much is owed
and since when* (summary, aging), then check the lines; the charts answer the usual
follow-up question ("why is this bill so high?", often an estimate) without another visit.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from desktop.money import Money
from desktop.services.statements import ConsumptionSeries, StatementEntry, StatementView
from desktop.text import display_safe, display_safe_record
from reports.pdf_chart import consumption_drawing, draw_drawing, legend_swatch
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

CHART_H = 38 * mm


def render_statement(view: StatementView, lang: str, company: str, agency: str) -> bytes:
    """The statement as PDF bytes, in ``lang`` (ar, fr, en)."""
    view = display_safe_record(view)  # the holder's name and address come from outside
    company, agency = display_safe(company), display_safe(agency)
    title = label("statement.title", lang)
    period = label(
        "statement.period",
        lang,
        start=fmt_date(view.date_from, lang),
        end=fmt_date(view.date_to, lang),
    )
    note = f"{iso(company)} — {title} {ltr(view.account.account_no)} — {period}"
    doc = Document(
        lang,
        f"{title} — {ltr(view.account.account_no)} — {period}",
        note,
        author=f"{company} — {agency}",
    )
    _header(doc, view, lang, company, agency, title, period)
    _customer(doc, view, lang)
    _summary_and_aging(doc, view, lang)
    _movements(doc, view, lang)
    if view.installment_plan is not None:
        _plan(doc, view, lang)
    if view.regularisations:
        _regularisations(doc, view, lang)
    for series in view.consumption:
        _chart(doc, series, lang)
    return doc.render()


def _header(
    doc: Document,
    view: StatementView,
    lang: str,
    company: str,
    agency: str,
    title: str,
    period: str,
) -> None:
    half = CONTENT_W / 2
    doc.y -= 14
    doc.put(fit(iso(company), half, 13, True, doc.rtl), 0, half, doc.y)
    doc.color(ACCENT)
    doc.put(fit(title, half, 16, True, doc.rtl), half, half, doc.y, "end")
    doc.color(MUTED)
    doc.y -= 14
    doc.put(fit(iso(agency), half, 9, False, doc.rtl), 0, half, doc.y)
    doc.put(fit(period, half, 9, False, doc.rtl), half, half, doc.y, "end")
    doc.y -= 12
    issued = label("issued_on", lang, date=fmt_date(view.generated_on, lang))
    doc.put(fit(issued, half, 8, False, doc.rtl), half, half, doc.y, "end")
    doc.color(INK)
    doc.y -= 8
    doc.rule(doc.y, ACCENT, 1)


def _customer(doc: Document, view: StatementView, lang: str) -> None:
    a = view.account
    top = doc.y - 6
    box_h = 62.0
    doc.rect(0, top - box_h, CONTENT_W, box_h, fill=BAND)
    half = CONTENT_W / 2 - 10
    y = top - 15
    doc.color(MUTED)
    doc.put(layout(label("customer", lang), 7.5, False, doc.rtl), 8, half, y + 1)
    doc.color(INK)
    y -= 13
    doc.put(fit(a.name_ar, half, 12, True, doc.rtl), 8, half, y)
    y -= 14
    doc.put(fit(a.name_latin, half, 11, True, doc.rtl), 8, half, y)
    address = iso(", ".join(p for p in (a.address, a.district, a.city) if p))
    rows = [
        (label("account_no", lang), ltr(a.account_no)),
        (label("category", lang), tr_key("category", a.category, lang)),
        (label("address", lang), address),
    ]
    y = top - 15
    x = CONTENT_W / 2
    key_w = 62.0
    for key, value in rows:
        doc.color(MUTED)
        doc.put(fit(key, key_w, 8, False, doc.rtl), x, key_w, y)
        doc.color(INK)
        bold = key == rows[0][0]
        doc.put(
            fit(value, half - key_w, 9 if bold else 8, bold, doc.rtl), x + key_w, half - key_w, y
        )
        y -= 13
    meters = "  ·  ".join(
        f"{tr_key('service', s.service, lang)} {ltr(s.meter_no)}" for s in view.consumption
    )
    if meters:
        doc.color(MUTED)
        doc.put(fit(label("meters", lang), key_w, 8, False, doc.rtl), x, key_w, y)
        doc.color(INK)
        doc.put(fit(meters, half - key_w, 8, False, doc.rtl), x + key_w, half - key_w, y)
    doc.y = top - box_h - 4


def _summary_and_aging(doc: Document, view: StatementView, lang: str) -> None:
    doc.heading(label("summary", lang))
    start_y = doc.y
    half = CONTENT_W / 2 - 8
    doc.pairs(
        [
            (
                label("opening", lang) + " " + fmt_date(view.date_from, lang),
                fmt_money(view.opening, lang),
            ),
            (label("total_debit", lang), fmt_money(view.total_debit, lang)),
            (label("total_credit", lang), fmt_money(view.total_credit, lang)),
            (
                label("closing", lang) + " " + fmt_date(view.date_to, lang),
                fmt_money(view.closing, lang),
            ),
            *(
                [
                    (label("pending_regularisation", lang), fmt_money(view.pending, lang)),
                    (label("total_due", lang), fmt_money(view.total_due, lang)),
                ]
                if view.pending
                else []
            ),
        ],
        key_w=half * 0.6,
        value_w=half * 0.4,
        bold_last=True,
    )
    doc.y -= 3
    doc.text(label("balance_note.due", lang), 6.8, width=half, color=MUTED)
    left_end = doc.y
    doc.y = start_y - 4
    x0 = CONTENT_W / 2 + 8
    width = CONTENT_W - x0
    doc.put(
        fit(
            label("aging.title", lang, date=fmt_date(view.date_to, lang)), width, 8.5, True, doc.rtl
        ),
        x0,
        width,
        doc.y - 8,
    )
    doc.y -= 12
    cur = view.account.currency
    cols = [
        Column("bucket", label("aging.bucket", lang), width * 0.42),
        Column("bills", label("aging.bills", lang), width * 0.2, numeric=True),
        Column(
            "amount",
            f"{label('aging.amount', lang)} ({label('currency.' + cur, lang)})",
            width * 0.38,
            numeric=True,
        ),
    ]
    rows = [
        [label(f"aging.{b.key}", lang), ltr(str(b.bills)), fmt_amount(b.amount, lang)]
        for b in view.aging
    ]
    total = Money(sum(b.amount.minor for b in view.aging), cur)
    rows.append(
        [
            label("aging.total", lang),
            ltr(str(sum(b.bills for b in view.aging))),
            fmt_amount(total, lang),
        ]
    )
    bold = {len(rows) - 1}
    if view.unallocated_credit:
        rows.append([label("aging.credit", lang), "", fmt_amount(-view.unallocated_credit, lang)])
    doc.table(cols, rows, size=7.5, row_h=12, bold_rows=frozenset(bold), x0=x0)
    doc.y = min(doc.y, left_end) - 4


def _description(e: StatementEntry, lang: str) -> str:
    if e.kind in ("bill", "adjustment"):
        service = tr_key("service", e.service, lang)
        text = label(f"kind.{e.kind}", lang, service=service)
        if e.period_start and e.period_end:
            text += " " + ltr(f"{e.period_start:%d/%m/%y}–{e.period_end:%d/%m/%y}")
        if e.estimated:
            text += f" ({label('estimated', lang)})"
    elif e.kind == "regularisation":
        text = label("kind.regularisation", lang, meter=ltr(e.reference))
        if e.period_start and e.period_end:
            text += " " + ltr(f"{e.period_start:%d/%m/%y}–{e.period_end:%d/%m/%y}")
    elif e.kind == "payment":
        key = f"{e.channel}.{e.tender}" if e.channel == "counter" else (e.channel or "other")
        text = label("kind.payment", lang, channel=tr_key("channel", key, lang))
    else:
        text = label("kind.void", lang)
    return text[:1].upper() + text[1:]


def _movements(doc: Document, view: StatementView, lang: str) -> None:
    cur = label("currency." + view.account.currency, lang)
    doc.heading(label("statement.title", lang))
    cols = [
        Column("date", label("col.date", lang), 19 * mm),
        Column("description", label("col.description", lang), 66 * mm),
        Column("reference", label("col.reference", lang), 33 * mm),
        Column("debit", f"{label('col.debit', lang)} ({cur})", 20 * mm, numeric=True),
        Column("credit", f"{label('col.credit', lang)} ({cur})", 20 * mm, numeric=True),
        Column("balance", f"{label('col.balance', lang)} ({cur})", 22 * mm, numeric=True),
    ]
    rows = [
        [
            fmt_date(view.date_from, lang),
            label("opening", lang),
            "",
            "",
            "",
            fmt_amount(view.opening, lang),
        ]
    ]
    for e in view.entries:
        rows.append(
            [
                fmt_date(e.date, lang),
                _description(e, lang),
                ltr(e.reference),
                fmt_amount(e.debit, lang) if e.debit else "",
                fmt_amount(e.credit, lang) if e.credit else "",
                fmt_amount(e.balance, lang),
            ]
        )
    if not view.entries:
        rows.append(["", label("no_entries", lang), "", "", "", ""])
    rows.append(
        [
            fmt_date(view.date_to, lang),
            label("totals", lang) + " — " + label("closing", lang),
            "",
            fmt_amount(view.total_debit, lang),
            fmt_amount(view.total_credit, lang),
            fmt_amount(view.closing, lang),
        ]
    )
    doc.table(cols, rows, bold_rows=frozenset({0, len(rows) - 1}))


def _plan(doc: Document, view: StatementView, lang: str) -> None:
    plan = view.installment_plan
    assert plan is not None
    doc.heading(label("plan.title", lang))
    doc.text(
        label(
            "plan.summary",
            lang,
            ref=ltr(plan.reference),
            date=fmt_date(plan.agreed_on, lang),
            total=fmt_money(plan.total, lang),
            remaining=fmt_money(plan.remaining, lang),
        ),
        8.5,
    )
    doc.gap(4)
    cols = [
        Column("due", label("plan.due", lang), 40 * mm),
        Column("amount", label("plan.amount", lang), 40 * mm, numeric=True),
        Column("paid", label("plan.paid", lang), 40 * mm, numeric=True),
    ]
    rows = [
        [fmt_date(i.due_date, lang), fmt_amount(i.amount, lang), fmt_amount(i.paid, lang)]
        for i in plan.installments
    ]
    doc.table(cols, rows)


def _regularisations(doc: Document, view: StatementView, lang: str) -> None:
    """Each regularisation explained: the measured consumption split over the estimated
    periods by days, each period priced at its own tiers, against what was billed."""
    doc.heading(label("reg.title", lang))
    cur = view.account.currency
    for r in view.regularisations:
        d = r.detail
        adjustment = Money(abs(d.adjustment_minor), cur)
        key = (
            "reg.debit"
            if d.adjustment_minor > 0
            else "reg.credit"
            if d.adjustment_minor
            else "reg.none"
        )
        doc.text(
            label(
                "reg.summary",
                lang,
                meter=ltr(r.meter_no),
                start=fmt_date(r.period_start, lang),
                end=fmt_date(r.period_end, lang),
                kwh=ltr(str(d.actual_kwh)),
                outcome=label(key, lang, amount=fmt_money(adjustment, lang)),
            ),
            8.5,
        )
        doc.gap(3)
        cols = [
            Column("period", label("reg.period", lang), 44 * mm),
            Column("days", label("reg.days", lang), 16 * mm, numeric=True),
            Column("kwh", label("reg.kwh", lang), 20 * mm, numeric=True),
            Column("actual", label("reg.actual", lang), 32 * mm, numeric=True),
            Column("billed", label("reg.billed", lang), 32 * mm, numeric=True),
            Column("diff", label("reg.diff", lang), 32 * mm, numeric=True),
        ]
        rows = [
            [
                ltr(f"{p.start:%d/%m/%y}–{p.end:%d/%m/%y}"),
                ltr(str(p.days)),
                ltr(str(p.kwh)),
                fmt_amount(Money(p.amount_minor, cur), lang),
                fmt_amount(Money(p.billed_minor, cur), lang),
                fmt_amount(Money(p.difference_minor, cur), lang),
            ]
            for p in d.periods
        ]
        rows.append(
            [
                label("reg.total", lang),
                "",
                ltr(str(sum(p.kwh for p in d.periods))),
                fmt_amount(Money(d.actual_minor, cur), lang),
                fmt_amount(Money(d.billed_minor, cur), lang),
                fmt_amount(Money(d.adjustment_minor, cur), lang),
            ]
        )
        doc.table(cols, rows, bold_rows=frozenset({len(rows) - 1}))
        doc.gap(4)


def _chart(doc: Document, series: ConsumptionSeries, lang: str) -> None:
    service = tr_key("service", series.service, lang)
    unit = (
        tr_key("unit", series.unit, lang) if series.unit else tr_key("unit", series.service, lang)
    )
    title = label("chart.title", lang, service=service, meter=ltr(series.meter_no), unit=unit)
    doc.need(CHART_H + 40)
    doc.heading(title[:1].upper() + title[1:], 9.5)
    # Legend: swatch + word, twice, from the reading side.
    doc.y -= 12
    x = 0.0
    for estimated, key in ((False, "chart.actual"), (True, "chart.estimated")):
        words = layout(label(key, lang), 7.5, False, doc.rtl)
        sw_left = doc.left(x, 7)
        y = doc.y
        doc.op(lambda c, sx=sw_left, sy=y, e=estimated: legend_swatch(c, sx, sy - 1, e))
        doc.put(words, x + 11, words.width + 2, y)
        x += 11 + words.width + 18
    drawing = consumption_drawing(series, CONTENT_W, CHART_H, doc.rtl)
    doc.y -= CHART_H + 4
    y = doc.y
    doc.op(lambda c: draw_drawing(c, drawing, doc.left(0, CONTENT_W), y))
    doc.y -= 4
